"""Session 23: giving back what was seized is aimed at whom it was taken from, and an agentless
release is done by whoever the clause beside it says freed the person (argument_slots._taken_from
and _freed_by; sentences are our own)."""

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
        "The gunmen said they would return the rifles they seized from the Malian army.",
        "The journalist was released on Monday after President Alpha Conde pardoned him.",
    ])


@pytest.mark.model
def test_returning_seized_things_is_aimed_at_their_owner(coded):
    rec = coded[0]
    ev = _at(rec, "return")
    assert _spans(rec, ev, "source") == ["The gunmen"]
    assert _spans(rec, ev, "target") == ["the Malian army"]


@pytest.mark.model
def test_the_pardoner_did_an_agentless_release(coded):
    rec = coded[1]
    ev = _at(rec, "released")
    assert _spans(rec, ev, "source") == ["President Alpha Conde"]
    assert _spans(rec, ev, "target") == ["The journalist"]
