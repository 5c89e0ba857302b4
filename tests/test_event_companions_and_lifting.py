"""Longer lexicon rows win over their shorter prefixes ("hand over weapons" over "hand over"); a
lifted measure with no lifter named is lifted by its owner against its old target; inspections by
monitors or under consent are no accusations. All texts are our own, read through the pipeline."""

from event_helpers import code_events, states_of

from dyads.triggers import lexicon


def _codes(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.cameo) for e in code_events(nlp, text)]


def test_longer_companion_rows_are_tried_before_their_prefix():
    hand = [t for t in lexicon()["hand"] if t.word == "over"]
    assert hand[0].more, "the three-word 'hand over <arms>' rows must be tried before plain 'hand over'"
    assert hand[-1].more == ()


def test_handing_over_weapons_is_disarming(nlp):
    assert ("RETREAT", "0873") in _codes(nlp, "The rebels have handed over their weapons to the army.")


def test_giving_up_arms_is_disarming(nlp):
    assert ("RETREAT", "0873") in _codes(nlp, "Hundreds of fighters gave up their arms last week.")


def test_handing_over_a_suspect_is_judicial_cooperation(nlp):
    """A wanted person handed to another state is extradited (CAMEO 063), not returned property."""
    codes = _codes(nlp, "Syria handed over the suspect to Turkey.")
    assert ("COOPERATE", "063") in codes and ("RETREAT", "0873") not in codes


def test_passive_lifting_keeps_owner_as_source_and_aim_as_target(nlp):
    event = next(e for e in code_events(nlp, "European Union sanctions on Russia were lifted on Monday.")
                 if e.cameo == "085")
    assert states_of(event.source) == {"EUR"}
    assert states_of(event.target) == {"RUS"}


def test_active_lifting_is_unchanged(nlp):
    event = next(e for e in code_events(nlp, "The United States lifted its sanctions on Cuba.") if e.cameo == "085")
    assert states_of(event.source) == {"USA"}
    assert states_of(event.target) == {"CUB"}


def test_monitors_inspecting_is_no_accusation(nlp):
    assert "ACCUSE" not in {t for t, _ in _codes(nlp, "IAEA inspectors inspected the Natanz plant on Monday.")}


def test_agreed_inspection_is_no_accusation(nlp):
    text = "Iran agreed to open the facility for foreign experts to inspect the centrifuges."
    assert "ACCUSE" not in {t for t, _ in _codes(nlp, text)}


def test_police_inspecting_an_office_stays_an_investigation(nlp):
    assert ("ACCUSE", "090") in _codes(nlp, "Police inspected the offices of the opposition newspaper.")
