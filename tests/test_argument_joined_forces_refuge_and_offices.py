"""Session 23: troops sent to join a force are aimed at where the force serves, refuge is asked of
the place it is sought in, and a resignation is aimed at the body whose office it leaves
(arguments._joined_force, argument_slots._refuge_place and _office_left; sentences are our own)."""

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
        "Ghana is sending troops to the African Union peacekeeping force in South Sudan.",
        "Hundreds of migrants arrived in Greece seeking asylum last month.",
        "The prime minister said he was resigning as leader of the Labour Party.",
    ])


@pytest.mark.model
def test_troops_sent_to_join_a_force_are_aimed_at_where_it_serves(coded):
    rec = coded[0]
    ev = _at(rec, "sending")
    assert _spans(rec, ev, "source") == ["Ghana"]
    assert _spans(rec, ev, "target") == ["South Sudan"]


@pytest.mark.model
def test_refuge_is_sought_from_the_place_the_seekers_arrive_in(coded):
    rec = coded[1]
    ev = _at(rec, "seeking")
    assert _spans(rec, ev, "target") == ["Greece"]


@pytest.mark.model
def test_a_resignation_is_aimed_at_the_body_of_the_office_left(coded):
    rec = coded[2]
    ev = _at(rec, "resigning")
    assert _spans(rec, ev, "source") == ["The prime minister"]
    assert _spans(rec, ev, "target") == ["the Labour Party"]
