"""Session 23: a truce declared or agreed with no party named is aimed at the state or region of the
war it halts, named anywhere in its clause (arguments._war_scene; sentences are our own)."""

from __future__ import annotations

import pytest

from cli_records import code_records, event_at, phrase_texts


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return code_records([
        "The junta declared a cessation of hostilities until a final settlement is reached in Myanmar.",
        "Colombian President Ivan Duque agreed to a ceasefire halting the army's offensive into northern Colombia.",
        "The militia fighting the army in Sudan declared a unilateral ceasefire on Sunday.",
        "Rebels in the north announced a truce with the army.",
        "The army declared a week-long ceasefire for the elections.",
    ])


@pytest.mark.model
def test_a_declared_truce_is_aimed_at_the_state_at_war(coded):
    rec = coded[0]
    ev = event_at(rec, "hostilities")
    assert phrase_texts(rec, ev, "source") == ["The junta"]
    assert phrase_texts(rec, ev, "target") == ["Myanmar"]


@pytest.mark.model
def test_an_agreed_truce_is_no_target_itself(coded):
    # before: "a ceasefire" was the target of "agreed"
    rec = coded[1]
    ev = event_at(rec, "agreed")
    assert phrase_texts(rec, ev, "target") == ["northern Colombia"]


@pytest.mark.model
def test_the_war_may_be_named_in_the_subjects_own_participle(coded):
    rec = coded[2]
    ev = event_at(rec, "ceasefire")
    assert phrase_texts(rec, ev, "source") == ["The militia"]
    assert phrase_texts(rec, ev, "target") == ["Sudan"]


@pytest.mark.model
def test_a_truce_with_a_party_keeps_that_party(coded):
    rec = coded[3]
    assert phrase_texts(rec, event_at(rec, "truce"), "target") == ["the army"]


@pytest.mark.model
def test_what_a_truce_is_held_for_is_no_party(coded):
    # before: "the elections" was the target
    rec = coded[4]
    ev = event_at(rec, "ceasefire")
    assert phrase_texts(rec, ev, "source") == ["The army"]
    assert phrase_texts(rec, ev, "target") == []
