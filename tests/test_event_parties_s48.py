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


def test_visa_requirements_reimposed_on_citizens_cut_relations():
    got = records("CHISINAU, April 8 (Wire) - The government reimposed visa requirements on Romanian citizens.")
    assert ("SANCTION", "160", ["MDAGOV"], ["ROUCVL"]) in got


def test_riot_gear_used_before_a_second_verb_is_crowd_control():
    got = records("CHISINAU, April 8 (Wire) - Riot police used tear gas and water cannon and retook the "
                  "buildings overnight.")
    assert [r[:2] for r in got] == [("ASSAULT", "175")]


def test_a_step_called_unjustified_is_criticism():
    got = records("CHISINAU, April 8 (Wire) - Romanian Foreign Minister Cristian Diaconescu told reporters the "
                  "expulsion was an \"unjustified and disproportionate\" step.")
    assert ("ACCUSE", "111") in [r[:2] for r in got]


def test_a_decision_called_historic_is_praise():
    got = records("SAN PEDRO SULA, June 3 (Wire) - Honduran President Manuel Zelaya called the decision "
                  "historic.")
    assert [r[:2] for r in got] == [("SUPPORT", "051")]


def test_a_ruling_that_lets_both_sides_claim_victory_concedes_nothing():
    got = records("THE HAGUE, July 17 (Wire) - The judges rejected the demands, allowing both sides to "
                  "claim victory.")
    assert "CONCEDE" not in [r[0] for r in got]
    allowed = records("ISLAMABAD, July 17 (Wire) - Pakistan allowed Indian diplomats to visit him.")
    assert "CONCEDE" in [r[0] for r in allowed]
