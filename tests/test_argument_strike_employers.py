"""Session 23: a strike is aimed at the employer or workplace whose pay or conditions it demands,
never at the demand itself or the work stopped (argument_slots; sentences are our own)."""

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
        "Dock workers in Chile went on strike on Tuesday for higher wages and better conditions at the state "
        "copper company Codelco.",
        "Bus drivers in Lisbon stopped work on Friday, in a campaign for better pay in the city's transport network.",
        "Teachers in Ohio went on strike for higher salaries at public schools.",
        "The workers went on strike for better pay.",
    ])


@pytest.mark.model
def test_a_strike_is_aimed_at_the_employer_named_on_its_demand(coded):
    rec = coded[0]
    ev = _at(rec, "strike")
    assert _spans(rec, ev, "source") == ["Dock workers in Chile"]
    assert _spans(rec, ev, "target") == ["the state copper company Codelco"]
    rec = coded[2]
    assert _spans(rec, _at(rec, "strike"), "target") == ["public schools"]


@pytest.mark.model
def test_the_work_stopped_is_no_target_and_a_campaigns_aim_names_the_workplace(coded):
    # "stopped WORK ... in a campaign for better pay IN the city's transport network"
    rec = coded[1]
    ev = _at(rec, "stopped")
    assert _spans(rec, ev, "target") == ["the city's transport network"]


@pytest.mark.model
def test_a_demand_with_no_employer_leaves_the_strike_without_a_target(coded):
    rec = coded[3]
    ev = _at(rec, "strike")
    assert _spans(rec, ev, "source") == ["The workers"]
    assert _spans(rec, ev, "target") == []
