"""Non-acts from judged wire news: what a sentence names without telling it done. The aim of a
told act ("lifted its embargo, seeking to help the country recover"), the deed a charge names
("over allegations of smuggling and aiding the rebels"), what a decision "could" do, what trust
"would depend on whether" someone does, a stance kept "long", the act a comparison recalls ("in
the same way Sudan had backed Egypt"), a standing refusal described beside an "is" clause, a bare
participle that only says what a party or thing is ("activists charged or convicted in Bolivia",
"assets frozen in Portugal") and a measure only named as what is to be ended. Each case pairs a
sentence whose record must go with a near miss that keeps its reading (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


# --- aims ----------------------------------------------------------------------------------------


def test_the_aim_of_a_told_act_is_no_aid(nlp):
    text = "The bloc lifted its embargo on Libya on Monday, seeking to help the country recover from the war."
    assert not _on(nlp, text, "help")
    assert _on(nlp, text, "lifted")  # the lifting itself is told


# --- what a charge names --------------------------------------------------------------------------


def test_a_deed_listed_in_allegations_is_no_act(nlp):
    text = "Customs officers arrested the trader at the airport over allegations of smuggling and aiding the rebels."
    assert not _on(nlp, text, "aiding")


def test_a_deed_under_suspicion_is_no_act_but_the_arrest_is(nlp):
    text = "Police arrested the editor on suspicion of helping the rebels."
    assert not _on(nlp, text, "helping")
    assert _on(nlp, text, "arrested") == [("COERCE", "173")]


# --- possible effects and conditions ---------------------------------------------------------------


def test_what_a_decision_could_do_is_no_act(nlp):
    text = ("The arrest came a week after the supreme court annulled the senator's election, "
            "a decision that could bar him from office.")
    assert not _on(nlp, text, "bar")


def test_what_a_move_could_do_is_no_act_but_the_move_is(nlp):
    text = "Ankara University expelled the activist on Monday, a move that could bar her from leaving the country."
    assert not _on(nlp, text, "bar")
    assert _on(nlp, text, "expelled") == [("COERCE", "174")]


def test_an_act_something_depends_on_whether_is_done_is_no_act(nlp):
    text = "Peace would depend on whether Ethiopia sends aid to the region."
    assert not [e for e in code_events(nlp, text) if e.type == "AID"]


# --- standing stances and habits -------------------------------------------------------------------


def test_a_stance_kept_long_is_no_request(nlp):
    text = "Canada, which has long urged Mexico to curb migration, welcomed the accord."
    assert not _on(nlp, text, "urged")
    assert _on(nlp, text, "welcomed")


def test_a_dated_urging_in_the_same_clause_stays_a_request(nlp):
    text = "Canada, which urged Mexico on Monday to curb migration, welcomed the accord."
    assert [t for t, _ in _on(nlp, text, "urged")] == ["REQUEST"]


def test_the_act_a_comparison_recalls_is_no_act(nlp):
    text = "Egypt would back Sudan in the same way Sudan had backed Egypt over the dam."
    assert not _on(nlp, text, "backed")
    assert _on(nlp, text, "back")  # the pledge itself is kept


def test_a_refusal_described_beside_a_standing_is_a_policy(nlp):
    text = "Peru is a member of the bloc but has declined to join its sanctions on Venezuela."
    assert not _on(nlp, text, "declined")


def test_a_dated_refusal_to_join_sanctions_stays(nlp):
    text = "Peru refused on Tuesday to join the bloc's sanctions on Venezuela."
    assert [t for t, _ in _on(nlp, text, "refused")] == ["REJECT"]


# --- descriptors -----------------------------------------------------------------------------------


def test_people_described_as_charged_or_convicted_is_no_charge(nlp):
    text = "Chile granted asylum to three activists charged or convicted in Bolivia."
    assert not _on(nlp, text, "charged") and not _on(nlp, text, "convicted")
    assert _on(nlp, text, "granted")


def test_a_participle_with_its_occasion_stays_an_act(nlp):
    text = "Chile granted asylum to three activists jailed in Bolivia on Monday."
    assert _on(nlp, text, "jailed") == [("COERCE", "173")]


def test_assets_described_as_frozen_are_no_new_sanction(nlp):
    text = "Venezuelan assets frozen in Portugal were moved to a bank in Spain."
    assert not [e for e in code_events(nlp, text) if e.type == "SANCTION"]


def test_a_measure_to_be_ended_is_no_new_restriction(nlp):
    text = "Syria's new rulers have lobbied Western capitals to end restrictions that they say are strangling the economy."
    assert not _on(nlp, text, "restrictions")
    assert [t for t, _ in _on(nlp, text, "lobbied")] == ["REQUEST"]
