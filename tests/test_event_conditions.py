"""Conditions still open (``event_conditions._pending_until``), session 33 (helper g): an "until"
clause shifted into the past by reported speech. Sentences our own."""

from __future__ import annotations

from event_helpers import events_of


def test_backshifted_until_clause_is_a_condition_not_a_deed(nlp):
    text = "The opposition leader said his party would boycott the election until the president withdrew his candidacy."
    assert not events_of(nlp, text, "CONCEDE")
    text = "The union said it would not end the strike until the ministry released the detained workers."
    assert not events_of(nlp, text, "RETREAT")


def test_plain_past_until_clause_happened(nlp):
    assert events_of(nlp, "The rebels held the town until the army withdrew on Friday.", "RETREAT")


def test_present_until_clause_stays_flagged(nlp):
    found = events_of(nlp, "The militia will keep attacking ships until Israel halts its offensive in Gaza.", "RETREAT")
    assert found and all(e.hypothetical for e in found)


def test_task_of_a_body_still_to_be_set_up_is_no_act(nlp):
    text = "The Kenyan president promised to set up a judicial commission to look into the abuses."
    assert not events_of(nlp, text, "ACCUSE")
    assert events_of(nlp, text, "AGREE")  # the promise itself stays
    assert not events_of(nlp, "Ruto said he would create a panel to investigate the Kenyan police.", "ACCUSE")


def test_task_of_a_body_set_up_in_the_past_stays(nlp):
    assert events_of(nlp, "The Kenyan government set up a committee to investigate the shooting on Monday.",
                     "ACCUSE")


def test_aim_of_a_broken_up_gathering_did_not_happen(nlp):
    """(session 33, helper j) what a stopped gathering was called for is only its purpose."""
    text = "Police broke up a news conference that Kenya's opposition party had called to denounce the new tax."
    assert not events_of(nlp, text, "ACCUSE")
    assert events_of(nlp, text, "ASSAULT")
    text = "Kenya's opposition party called a news conference to denounce the new tax."
    assert events_of(nlp, text, "ACCUSE")
