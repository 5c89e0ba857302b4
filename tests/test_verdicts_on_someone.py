"""A verdict told of named or counted people is an event; one told of "all" or "those" is not."""

from __future__ import annotations

from event_helpers import code_events


def test_counted_men_sentenced_by_a_court_is_coerce(nlp) -> None:
    events = code_events(nlp, "Three men were sentenced to prison by a Kenyan court on charges of spying.")
    assert [(e.type, e.cameo[:2]) for e in events] == [("COERCE", "17")]
    assert [a.code for a in events[0].source] == ["KENJUD"]


def test_a_defendant_convicted_by_a_court_keeps_its_record(nlp) -> None:
    events = code_events(nlp, "The defendant was convicted by a Kenyan court.")
    assert events and events[0].source[0].code == "KENJUD"


def test_those_in_jail_convicted_by_courts_is_a_general_claim(nlp) -> None:
    text = "The government says those in jail were convicted by independent courts."
    assert not [e for e in code_events(nlp, text) if e.type in ("COERCE", "ACCUSE")]
