"""Our fresh sentences of session 13 (events round 1) scored as a user scores them.

``tests/data/plover_probes_s13.jsonl`` holds two batches of our own news sentences over all 16
PLOVER types (wire copy, long sentences, noun events, passives, leading attributions, idioms and
less common CAMEO verbs), labelled by the CAMEO->PLOVER table before they were run. First runs,
each scored before its misses were read: batch 1 (93 rows) type accuracy 0.828 and
source/type/target F1 0.734; batch 2 (44 rows, written after the batch-1 fixes) 0.773 and 0.562
(the code before this round scored the same on it). The floors sit a little below the figures
measured when the guard was set; the misses were read and fixed, so the figures are optimistic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_s13.jsonl"
TYPE_ACCURACY_FLOOR = 0.95
TRIPLE_F1_FLOOR = 0.76


@pytest.fixture(scope="module")
def s13_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_s13_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len({r["event"] for r in rows}) == 16


def test_s13_probe_type_accuracy_and_triples_hold(s13_scores):
    assert s13_scores["n"] >= 137
    assert s13_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert s13_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR
