"""Our second per-code CAMEO-manual probe set (session 13, events round 3) scored as a user scores it.

``tests/data/plover_probes_cameo2.jsonl`` holds one or two sentences of our own per CAMEO code
that has a PLOVER type in the CAMEO->PLOVER table (260 rows, terse codebook style, wordings not
in ``plover_probes_cameo.jsonl``), then 40 fresh rows written after the fixes. All were labelled
by the table before they were run, except one: a state of emergency revoked is CONCEDE, as the
PLOVER gold codes "lifted a state of emergency" (the table says RETREAT 0814). First runs, each
scored before its misses were read: the 260 rows 0.742 type accuracy and 0.632 source/type/target
F1 (rows whose trigger word the first set never used for that type: 0.470); the 40 fresh rows
0.900 and 0.727 (the code before this round: 0.700 and 0.585). The misses of the 260 were read
and fixed, so the figures are optimistic; the floors sit a little below those measured when the
guard was set. Round 4 appended 18 rows for causes other helpers named (incursions, sealed
borders, tear gas, refugees sent back, suspects handed over, armed groups driven out, "set free"
before a count, calls by phone), labelled by the table before they were run (first run 6 of 18).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_cameo2.jsonl"
TYPE_ACCURACY_FLOOR = 0.82
TRIPLE_F1_FLOOR = 0.66


@pytest.fixture(scope="module")
def cameo2_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_cameo2_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len(rows) >= 300
    assert len({r["event"] for r in rows}) == 16


def test_cameo2_probe_type_accuracy_and_triples_hold(cameo2_scores):
    assert cameo2_scores["n"] >= 300
    assert cameo2_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert cameo2_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR
