"""scripts/blind_summary.py reprints the blind batches' figures from their verdict tables: the
figures the README quotes for a batch must come back from its judges' files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _summary(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "blind_summary.py"), "--json", *args],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_a_batchs_figures_come_back_from_its_verdict_tables():
    found = {b["batch"]: b for b in _summary("--since", "49")["batches"]}
    bf = found["s49bf"]  # batch BF's README: events 67 of 113, recall 0.720; mentions 318 of 384
    assert (bf["events_right"], bf["events"]) == (67, 113)
    assert bf["events_recall"] == 0.72
    assert (bf["mentions_right"], bf["mentions"]) == (318, 384)
    assert all(b["session"] >= 49 for b in found.values())


def test_sessions_pool_their_batches():
    data = _summary("--since", "49")
    s49 = next(s for s in data["sessions"] if s["session"] == 49)
    batches = [b for b in data["batches"] if b["session"] == 49]
    assert s49["events"] == sum(b["events"] for b in batches)
    assert s49["mentions_right"] == sum(b["mentions_right"] for b in batches)
    assert s49["articles"] == 5 * len(batches)
