"""Parties in CAMEO-manual style sentences of our own (session 13, parties helper round 3).

``tests/data/plover_probes_parties2.jsonl`` holds short past-tense sentences in the style of the
CAMEO manual's examples whose parties are the hard part: states in adjectives and hyphenated
pairs ("Sino-Indian talks"), possessives and "of" phrases, passives with "by", reported speech,
recipients of aid, requests, releases and withdrawals. They were labelled by the CAMEO→PLOVER table
before being run. Batch 1 (103 rows) scored 67/103 fully right at the first run (type 0.728, F1
0.688 as written); eleven type labels were then set by the table (a release or a lifted blockade
is RETREAT 084/087, a signed pact or praise is SUPPORT 05x), giving 76/103. Batch 2 (40 rows) was
written after the batch-1 fixes and scored 24/40 before its misses were read (type 0.825, F1
0.673); batch 3 (25 rows) was written to probe the fixes. The whole file measured type 0.833 and
F1 0.785 when the floors were set (F1 0.754 with the parties code before this round).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_parties2.jsonl"
TYPE_ACCURACY_FLOOR = 0.81
TRIPLE_F1_FLOOR = 0.76


@pytest.fixture(scope="module")
def parties2_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_parties2_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len(rows) >= 168 and len({r["event"] for r in rows}) >= 14


def test_parties2_probe_type_accuracy_and_triples_hold(parties2_scores):
    assert parties2_scores["n"] >= 168
    assert parties2_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert parties2_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR
