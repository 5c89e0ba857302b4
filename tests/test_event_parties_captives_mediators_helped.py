"""Parties a sentence names but our events left empty (session 11, fourth round): people a state
frees though the actors stage coded them with that state, the sides a go-between works between
when they sit in its purpose clause, and an act's "against" phrase the parser hung on the act's
appositive name, and the one "helped" to do something, parsed as the subject of a bare infinitive.
Each has a counter-case."""

from event_helpers import code_events


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_captives_a_state_frees_are_the_target(nlp):
    freed = _on(code_events(nlp, "Morocco freed detainees on Friday."), "freed")
    assert any(a.text == "Morocco" for a in freed.source)
    assert any("detainees" in a.text for a in freed.target)


def test_refusing_to_free_captives_still_names_them(nlp):
    release = _on(code_events(nlp, "Egypt will not release prisoners this year."), "release")
    assert any("prisoners" in a.text for a in release.target)


def test_a_state_withdrawing_its_own_forces_has_no_target(nlp):
    withdrew = _on(code_events(nlp, "Egypt withdrew its troops on Friday."), "withdrew")
    assert not withdrew.target


def test_freeing_ones_own_fighters_is_no_target(nlp):
    freed = _on(code_events(nlp, "The rebels freed their fighters."), "freed")
    assert not freed.target


def test_mediating_to_end_a_rift_targets_its_sides(nlp):
    text = "Norway mediated to resolve the dispute between Chile and Peru."
    mediated = _on(code_events(nlp, text), "mediated")
    assert {a.text for a in mediated.target} >= {"Chile", "Peru"}


def test_a_mediation_effort_targets_the_sides_of_its_purpose(nlp):
    text = "Kuwait launched a mediation effort to end the rift between Algeria and Morocco."
    mediation = _on(code_events(nlp, text), "mediation")
    assert {a.text for a in mediation.target} >= {"Algeria", "Morocco"}


def test_an_attack_to_end_a_rift_is_not_aimed_at_its_sides(nlp):
    text = "Kuwait launched an attack to end the rift between Algeria and Morocco."
    attack = _on(code_events(nlp, text), "attack")
    assert not {a.text for a in attack.target} & {"Algeria", "Morocco"}


def test_an_operation_with_an_appositive_name_targets_its_against_phrase(nlp):
    text = "The Sri Lankan army launched a military offensive, Operation Jaya-e-Sikurui, against rebels in Vanni on June 2."
    offensive = _on(code_events(nlp, text), "offensive")
    assert any("rebels" in a.text for a in offensive.target)


def test_an_operation_without_an_against_phrase_keeps_its_place(nlp):
    text = "The Indian Army launched a military operation in Manipur."
    events = code_events(nlp, text)
    assert not any("insurgents" in a.text for e in events for a in e.target)


def test_the_one_helped_to_do_something_is_the_target(nlp):
    text = "Norway set aside funds in relief aid to help Nepal recover from the floods."
    help_ = _on(code_events(nlp, text), "help")
    assert any(a.text == "Nepal" for a in help_.target)


def test_helping_to_build_something_names_no_target(nlp):
    events = code_events(nlp, "Norway helped build a school in the capital.")
    assert not any(a.text == "Norway" for e in events for a in e.target)
