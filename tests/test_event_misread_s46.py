"""Session 46: acts the parse hid or turned round (batch AR2). A past verb with its own object that
the small model read as a participle after a dateline is its noun's act; the deaths a passive act
caused are not the victim's doing. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import cameo_records


def records(text: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    return cameo_records(text, "2011-03-17")


def test_arrest_after_a_dateline_is_the_forces_act():
    got = records("MANAMA, March 17 (Wire) - Bahraini security forces arrested at least six prominent "
                  "opposition leaders in pre-dawn raids on Thursday, a day after troops and riot police "
                  "drove thousands of protesters from the square.")
    arrests = [r for r in got if r[0] == "COERCE" and r[1] == "173"]
    assert arrests and arrests[0][2] == ["BHRCOP"] and "BHRCOP" not in arrests[0][3]


def test_plane_shot_down_killed_no_one_itself():
    got = records("AMSTERDAM, July 29 (Wire) - Ambassadors met in Brussels less than two weeks after "
                  "Malaysia Airlines flight MH17 was shot down over rebel-held territory, killing all 298 "
                  "people on board.")
    assert not any("MYSBUS" in r[2] for r in got)


def test_clerics_own_call_after_a_march_is_his_appeal():
    got = records("BAGHDAD, March 17 (Wire) - Thousands of Shi'ites marched in the Iraqi city of Basra in "
                  "support of Bahrain's protesters, and Iraq's top Shi'ite cleric, Grand Ayatollah Ali "
                  "al-Sistani, called for an end to the use of force.")
    assert any(r[0] == "REQUEST" and r[2] == ["IRQREL"] for r in got)
    assert any(r[0] == "PROTEST" for r in got)


def test_a_strike_over_a_refusal_keeps_the_refusal_as_its_grievance():
    got = records("ABUJA, June 3 (Wire) - Nigeria's labour federations began a general strike on Monday "
                  "over the government's refusal to raise the minimum wage.")
    assert [r[0] for r in got] == ["PROTEST"]
