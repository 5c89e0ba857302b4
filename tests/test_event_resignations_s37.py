"""Session 37, helper h: resignations told with "stood down", "stepped aside", "quit", "bowed out",
"gave up the presidency" are coded as "stepped down" is (RETREAT resign, CAMEO 083); the same verbs
in other senses ("quit smoking", "police stood down", "stood aside to let the ambulance pass") are not."""

from __future__ import annotations

import pytest

from dyads.triggers import lexicon
from event_helpers import code_events


def _resignations(nlp, text: str):
    events = code_events(nlp, text)
    for e in events:
        assert text[e.start:e.end] == e.trigger
    return [e for e in events if e.type == "RETREAT" and e.mode == "resign"]


def test_lexicon_has_the_phrasal_verbs_of_leaving() -> None:
    rows = {(t.head, t.word, t.more): t for entries in lexicon().values() for t in entries}
    for head, word in (("stand", "down"), ("stand", "aside"), ("step", "aside"), ("bow", "out"), ("quit", None)):
        trig = rows[(head, word, ())]
        assert (trig.type, trig.mode, trig.cameo) == ("RETREAT", "resign", "083")
    assert rows[("give", "up", ("presidency",))].cameo == "083"
    assert rows[("stand", "down", ("troops",))].mode == "disarm"


@pytest.mark.parametrize("text, trigger, code", [
    ("Malawian Prime Minister Peter Lungu stood down on Monday after losing a confidence vote.", "stood", "MWIGOV"),
    ("The Tanzanian president has stood down.", "stood", "TZAGOV"),
    ("Peru's interior minister quit on Tuesday after the police shooting.", "quit", "PERGOV"),
    ("Peru's interior minister quit his post on Tuesday.", "quit", "PERGOV"),
    ("Chilean President Rosa Vidal quit as head of state after weeks of strikes.", "quit", "CHLGOV"),
    ("Zambia's chief justice stepped aside last week pending an inquiry.", "stepped", "ZMB"),
    ("Tanzania's finance minister stood aside as party chairman on Friday.", "stood", "TZAGOV"),
    ("Ghanaian President Kwame Mensah bowed out after a single term.", "bowed", "GHAGOV"),
    ("Malawi's President Tembo gave up the presidency in 2012.", "gave", "MWIGOV"),
    ("Sudan's military ruler relinquished office on Sunday.", "relinquished", "SDN"),
])
def test_phrasal_resignations_code_like_stepped_down(nlp, text, trigger, code) -> None:
    found = _resignations(nlp, text)
    assert [e.trigger for e in found] == [trigger]
    e = found[0]
    assert e.cameo == "083" and not e.future and not e.negated
    assert [a.code[:len(code)] for a in e.source] == [code]


def test_stepped_down_is_unchanged(nlp) -> None:
    found = _resignations(nlp, "Malawian Prime Minister Peter Lungu stepped down on Monday.")
    assert [(e.trigger, e.cameo, e.future) for e in found] == [("stepped", "083", False)]


@pytest.mark.parametrize("text", [
    "Peru's interior minister will stand aside while the inquiry runs its course.",
    "Peru's interior minister said he would stand down next year.",
    "Peru's interior minister said he would quit before the election.",
    "Peru's interior minister is to stand down in June.",
])
def test_a_resignation_ahead_is_flagged_future_as_would_step_down_is(nlp, text) -> None:
    found = _resignations(nlp, text)
    assert len(found) == 1 and found[0].future and found[0].cameo == "083"


def test_handing_over_power_is_giving_it_up(nlp) -> None:
    text = "Sudan's military ruler handed over power to the army chief."
    found = _resignations(nlp, text)
    assert [(e.trigger, e.cameo) for e in found] == [("handed", "083")]
    assert [a.text for a in found[0].target] == ["the army chief"]


@pytest.mark.parametrize("text", [
    "The Peruvian senator quit smoking last year.",
    "Peruvian police stood down after the alert ended.",
    "The Peruvian crowd stood aside to let the ambulance pass.",
    "Peru will not stand aside while its neighbour collapses.",
    "Peru's president bowed out of the presidential race.",
    "Peruvian President Ortiz quit Twitter last year.",
    "The Peruvian minister quit the talks in protest.",
    "Peru's ruling party quit last month.",
    "Iran's president gave up his emergency powers on Monday.",
])
def test_other_senses_give_no_resignation(nlp, text) -> None:
    assert _resignations(nlp, text) == []


def test_forces_stood_down_are_a_de_escalation_not_a_resignation(nlp) -> None:
    events = code_events(nlp, "Peru's army stood down its troops along the border.")
    assert [(e.type, e.mode, e.cameo) for e in events] == [("RETREAT", "disarm", "087")]


def test_appeals_to_leave_office_and_to_de_escalate(nlp) -> None:
    asked = code_events(nlp, "Opposition leaders called on Peru's president to step aside.")
    assert [(e.type, e.cameo) for e in asked] == [("REQUEST", "025")]
    urged = code_events(nlp, "Iraq's prime minister urged all sides to stand down.")
    assert [e.type for e in urged] == ["REQUEST"] and urged[0].cameo != "1041"
