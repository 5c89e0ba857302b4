"""Session 50: what pressure demands and what an offensive aims at are no acts done (batches BG
and BG2's verdicts: "no event, a purpose"). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import coded_records


def _types(text: str, date: str) -> dict[str, str]:
    return {trigger.split()[0]: kind for kind, trigger, _, _ in coded_records(text, date)}


def test_the_aim_of_an_offensive_is_no_seizure():
    text = ("ADEN, June 13 (Wire) - Forces backed by the Saudi-led coalition, led on the ground by troops "
            "trained by the United Arab Emirates, launched an offensive to seize the city from the "
            "Houthis in June.")
    assert "seize" not in _types(text, "2018-06-13")


def test_what_pressure_demands_is_no_release():
    text = ("WASHINGTON, July 28 (Wire) - Bush signed a law banning imports from Burma, stepping up "
            "pressure on the junta to free opposition leader Aung San Suu Kyi.")
    assert "free" not in _types(text, "2003-07-28")


def test_a_release_told_as_done_is_still_an_event():
    text = "YANGON, May 6 (Wire) - The junta freed opposition leader Aung San Suu Kyi on Monday."
    assert "freed" in _types(text, "2002-05-06")
