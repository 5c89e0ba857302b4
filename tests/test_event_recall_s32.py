"""Session 32 (D), events the judges listed as missed: a no-confidence motion named "motion of no
confidence" (its "no" names the kind of vote, it denies nothing), a motion "submitted" or "tabled"
by its movers, and a person "led away and handed over to" others, who is the one handed over and
not the doer. Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None, list[str | None], list[str | None], bool]]:
    """(type, CAMEO, source codes, target codes, negated) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.negated)
            for e in code_events(nlp, text) if e.trigger == trigger]


def test_a_motion_of_no_confidence_demands_a_change(nlp):
    text = "Kenya's opposition filed a motion of no confidence against President William Ruto on Monday."
    got = _on(nlp, text, "confidence")
    assert [(t, c, s, g, n) for t, c, s, g, n in got] == [("REQUEST", "1041", ["KENOPP"], ["KENGOV"], False)]


def test_no_confidence_in_a_leader_is_no_motion(nlp):
    text = "Kenya's opposition said it had no confidence in President William Ruto."
    assert not [e for e in _on(nlp, text, "confidence") if e[0] == "REQUEST"]


def test_a_submitted_motion_is_its_movers(nlp):
    text = "Kenya's opposition submitted a no-confidence motion against President William Ruto on Monday."
    got = _on(nlp, text, "motion")
    assert [(t, c, s) for t, c, s, _, _ in got] == [("REQUEST", "1041", ["KENOPP"])]


def test_one_led_away_and_handed_over_is_not_the_doer(nlp):
    text = ("Former Kenyan minister John Otieno was led in handcuffs across the runway and handed over to "
            "agents of the U.S. Federal Bureau of Investigation.")
    got = _on(nlp, text, "handed")
    assert got and all("KENGOV" not in s for _, _, s, _, _ in got)


def test_one_who_hands_over_a_prisoner_stays_the_doer(nlp):
    text = "Kenyan police arrested the suspect on Monday and handed him over to U.S. agents."
    got = _on(nlp, text, "handed")
    assert got and all(s == ["KENCOP"] for _, _, s, _, _ in got)
