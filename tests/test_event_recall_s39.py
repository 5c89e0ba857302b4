"""Session 39, helper d: lines of communication cut with no doer named are the censorship of the
story's government ("mobile internet in the region has been cut since March" in a story about one
state), a record the coder lost for want of any party; a cut in a named other state stays that
state's, a story with no home state gets none, and a broadcaster taken off the air in the same
sentence keeps its own record."""

from __future__ import annotations

from event_helpers import code_events

_STORY = ("Kyrgyz police detained dozens of protesters in Bishkek on Monday, Kyrgyzstan's Interior "
          "Ministry said. Kyrgyz troops were sent to the south. ")


def _cuts(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.type == "COERCE" and e.cameo == "1721"]


def test_a_cut_with_no_doer_is_the_story_governments_censorship(nlp):
    text = _STORY + "Mobile internet in the mountainous south has been largely cut since March."
    assert ("cut", ["KGZGOV"], []) in _cuts(nlp, text)


def test_text_messaging_cut_across_the_country(nlp):
    text = _STORY + "Internet and text messaging services were suspended across the country from Tuesday."
    assert [s for t, s, _ in _cuts(nlp, text) if t == "suspended"] == [["KGZGOV"]]


def test_a_broadcaster_taken_off_the_air_beside_the_cut_keeps_its_own_record(nlp):
    text = _STORY + ("Internet services were cut across the country on Tuesday, and the signal of Radio "
                     "France Internationale was taken off the air.")
    triggers = [t for t, _, _ in _cuts(nlp, text)]
    assert "cut" in triggers and "taken" in triggers


def test_a_cut_in_another_named_state_is_that_states(nlp):
    text = _STORY + "Mobile internet was cut across Tajikistan on Tuesday."
    assert all(s != ["KGZGOV"] for _, s, _ in _cuts(nlp, text))


def test_no_story_state_no_implied_doer(nlp):
    text = "Mobile internet in the mountainous region has been largely cut since March."
    assert _cuts(nlp, text) == []


def test_water_services_cut_are_no_censorship(nlp):
    text = _STORY + "Water and power services were cut across the city on Tuesday."
    assert _cuts(nlp, text) == []


def test_a_curfew_imposed_beside_the_cut_keeps_its_own_record(nlp):
    text = _STORY + "Mobile internet was cut across the country and the government imposed a night-time curfew."
    cameos = {e.cameo for e in code_events(nlp, text) if e.type == "COERCE"}
    assert {"1721", "1723"} <= cameos
