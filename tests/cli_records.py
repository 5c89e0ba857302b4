"""Run ``dyads code --json`` as a user does (a subprocess, articles on stdin) and read its records:
the shared helpers of the tests that check events and their phrases through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys


def code_records(lines: list[str], date: str = "2022-05-10") -> list[dict]:
    """``dyads code --json`` on one article per text."""
    data = "\n".join(json.dumps({"id": f"t{k}", "text": t, "date": date}) for k, t in enumerate(lines))
    res = subprocess.run([sys.executable, "-c", "from dyads.cli import main; main()", "code", "-",
                          "--json", "--workers", "1"], input=data, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def phrase_texts(rec: dict, ev: dict, side: str) -> list[str]:
    """The text of an event's ``source``/``target`` phrases."""
    return [rec["text"][s:e] for s, e in ev[f"{side}_spans"]]


def event_at(rec: dict, trigger: str) -> dict:
    """The first event whose trigger is ``trigger`` (the test fails if there is none)."""
    found = [e for e in rec["events"] if e["trigger"] == trigger]
    assert found, f"no event at {trigger!r}: {[e['trigger'] for e in rec['events']]}"
    return found[0]
