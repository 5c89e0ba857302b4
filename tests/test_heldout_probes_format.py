"""The report sets of probes must stay readable by `dyads eval --plover` (their scores are
never asserted: they are read as figures only, see tests/data/README.md)."""

from collections import Counter
from pathlib import Path

import pytest

from dyads.evaluate import read_plover
from dyads.triggers import PLOVER_TYPES

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name, per_type", [("plover_probes_heldout.jsonl", 10), ("plover_probes_heldout2.jsonl", 6), ("plover_probes_heldout3.jsonl", 6)])
def test_report_probe_sets_cover_every_type_evenly(name: str, per_type: int) -> None:
    rows = read_plover(DATA / name)
    counts = Counter(row.event for row in rows)
    assert set(counts) == set(PLOVER_TYPES)
    assert set(counts.values()) == {per_type}
    texts = [row.text.strip() for row in rows]
    assert all(texts) and len(set(texts)) == len(texts)
