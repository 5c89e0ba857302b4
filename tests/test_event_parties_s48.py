"""Session 48: parties from batch AY's verdicts. An envoy declared persona non grata with his
name set off between is the one expelled; a town named as where troops raided stays the raid's
target (a rule that dropped a town of the raiders' own state was tried and dropped: earlier
judges had counted such records right). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import cameo_records


def records(text: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    return cameo_records(text, "2009-04-08")


def test_an_envoy_named_between_declared_and_persona_non_grata_is_expelled():
    got = records("CHISINAU, April 8 (Wire) - The government declared Romania's ambassador, Filip "
                  "Teodorescu, persona non grata and gave him 24 hours to leave.")
    assert ("SANCTION", "166", ["MDAGOV"], ["ROUGOV"]) in got


def test_a_town_of_another_state_stays_the_raids_target():
    got = records("JERUSALEM, May 24 (Wire) - Israeli troops raided homes in Jenin on Tuesday.")
    assert ("ASSAULT", "190", ["ISRMIL"], ["PSE"]) in got
