"""A capital joined to "-based" only says where a body sits: it is no party of the body's acts."""

from __future__ import annotations

from event_helpers import code_events


def test_vienna_based_agency_is_not_austria(nlp) -> None:
    events = code_events(nlp, "The Vienna-based agency urged Iran to restore camera access.")
    assert events and all(not (a.code or "").startswith("AUT") for e in events for a in e.source)
    assert [a.code[:3] for a in events[0].target] == ["IRN"]


def test_capital_that_acts_keeps_its_state(nlp) -> None:
    events = code_events(nlp, "Vienna urged Iran to restore camera access.")
    assert [a.code for e in events for a in e.source] == ["AUTGOV"]


def test_london_based_group_is_not_britain(nlp) -> None:
    events = code_events(nlp, "The London-based group Amnesty International condemned the arrests.")
    assert [a.code for e in events for a in e.source] == ["NGO"]
