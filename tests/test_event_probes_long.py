"""Events in long wire sentences of our own (session 13, parties helper round 1).

``tests/data/plover_probes_long.jsonl`` holds two batches of 25-50 word agency-style sentences
(attribution first, fronted clauses, titles and possessives, passives with "by", coordinated
verbs, events in "after"/"as"/"when" clauses, nominal events and relative clauses), labelled by
the CAMEO→PLOVER table before they were scored. Batch 1 (84 rows) scored 51/84 fully right at
the first run (type 0.738, source/type/target F1 0.610 as written); eight labels were then set to
the project's conventions (an expulsion of diplomats is SANCTION 16x, "will give aid" and "agreed
to send" are intents, AGREE 03x; joint subjects of talks are both sources with no target).
Batch 2 (40 rows) was written after the batch-1 fixes and scored 27/40 before its misses were
read (type 0.725, F1 0.691). The whole file measured type 0.774 and F1 0.738 when the floors
were set (F1 0.700 with the parties code before this round); floors sit a little below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_long.jsonl"
TYPE_ACCURACY_FLOOR = 0.75
TRIPLE_F1_FLOOR = 0.71


@pytest.fixture(scope="module")
def long_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_long_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len(rows) >= 124 and len({r["event"] for r in rows}) >= 15


def test_long_probe_type_accuracy_and_triples_hold(long_scores):
    assert long_scores["n"] >= 124
    assert long_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert long_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR
