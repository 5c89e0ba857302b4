"""Session 46: a court's finding against a thing a state made ("the barrier Israel is building
violates international law") is against that state, and those who hail or reject the decision
react to the court. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import cameo_records


def records(text: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    return cameo_records("THE HAGUE, July 9 (Wire) - " + text, "2004-07-09")


def test_finding_against_a_thing_a_state_builds_is_against_the_state():
    got = records("The International Court of Justice ruled on Friday that the fence Morocco is building "
                  "in the disputed territory violates international law.")
    assert ("ACCUSE", "116", ["UNOJUD"], ["MAR"]) in got


def test_finding_against_a_law_passed_by_a_parliament():
    got = records("The European Court of Justice ruled on Tuesday that a law passed by the Hungarian "
                  "parliament violates EU law.")
    assert any(r[0] == "ACCUSE" and r[2] == ["EURJUD"] and r[3] and r[3][0].startswith("HUN") for r in got)


def test_those_who_hail_and_reject_the_decision_react_to_the_court():
    got = records("The International Court of Justice ruled on Friday that the fence Morocco is building "
                  "violates international law, a decision hailed by Algeria and rejected by the Moroccan "
                  "government as biased.")
    assert ("SUPPORT", "051", ["DZA"], ["UNOJUD"]) in [(t, c[:3], s, g) for t, c, s, g in got]
    assert any(r[0] == "REJECT" and r[2] == ["MARGOV"] and r[3] == ["UNOJUD"] for r in got)
