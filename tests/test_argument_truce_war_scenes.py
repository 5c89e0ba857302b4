"""Session 23: a truce declared or agreed with no party named is aimed at the state or region of the
war it halts, named anywhere in its clause (arguments._war_scene; sentences are our own)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _code(lines: list[str]) -> list[dict]:
    """``dyads code --json`` on one article per text."""
    data = "\n".join(json.dumps({"id": f"t{k}", "text": t, "date": "2022-05-10"}) for k, t in enumerate(lines))
    res = subprocess.run([sys.executable, "-c", "from dyads.cli import main; main()", "code", "-",
                          "--json", "--workers", "1"], input=data, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def _spans(rec: dict, ev: dict, side: str) -> list[str]:
    return [rec["text"][s:e] for s, e in ev[f"{side}_spans"]]


def _at(rec: dict, trigger: str) -> dict:
    found = [e for e in rec["events"] if e["trigger"] == trigger]
    assert found, f"no event at {trigger!r}: {[e['trigger'] for e in rec['events']]}"
    return found[0]


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return _code([
        "The junta declared a cessation of hostilities until a final settlement is reached in Myanmar.",
        "Colombian President Ivan Duque agreed to a ceasefire halting the army's offensive into northern Colombia.",
        "The militia fighting the army in Sudan declared a unilateral ceasefire on Sunday.",
        "Rebels in the north announced a truce with the army.",
        "The army declared a week-long ceasefire for the elections.",
    ])


@pytest.mark.model
def test_a_declared_truce_is_aimed_at_the_state_at_war(coded):
    rec = coded[0]
    ev = _at(rec, "hostilities")
    assert _spans(rec, ev, "source") == ["The junta"]
    assert _spans(rec, ev, "target") == ["Myanmar"]


@pytest.mark.model
def test_an_agreed_truce_is_no_target_itself(coded):
    # before: "a ceasefire" was the target of "agreed"
    rec = coded[1]
    ev = _at(rec, "agreed")
    assert _spans(rec, ev, "target") == ["northern Colombia"]


@pytest.mark.model
def test_the_war_may_be_named_in_the_subjects_own_participle(coded):
    rec = coded[2]
    ev = _at(rec, "ceasefire")
    assert _spans(rec, ev, "source") == ["The militia"]
    assert _spans(rec, ev, "target") == ["Sudan"]


@pytest.mark.model
def test_a_truce_with_a_party_keeps_that_party(coded):
    rec = coded[3]
    assert _spans(rec, _at(rec, "truce"), "target") == ["the army"]


@pytest.mark.model
def test_what_a_truce_is_held_for_is_no_party(coded):
    # before: "the elections" was the target
    rec = coded[4]
    ev = _at(rec, "ceasefire")
    assert _spans(rec, ev, "source") == ["The army"]
    assert _spans(rec, ev, "target") == []
