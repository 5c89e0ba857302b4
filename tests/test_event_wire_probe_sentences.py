"""Events in fresh wire-style sentences (session 12, round 3).

``tests/data/plover_probes_wire.jsonl`` holds five batches of our own agency-style sentences
(1980s-2000s wire copy: attributions, datelines, "according to", relative and time clauses, a
secondary event beside the main one; batch 5 passives and noun events as main events), all 16
PLOVER types, labelled by the CAMEO→PLOVER table before they were scored (three labels were
corrected afterwards to that table: "will give aid" and "agreed to step down" are intents, AGREE
03x; "the decision to free" a rebel leader is RETREAT 0841).

First runs, each batch scored before its misses were read: batch 1 0.851 (57/67), batch 2 0.813
as written (39/48; 0.854 with the corrected labels), batch 3 (after the batch-1/2 fixes) 0.969
(31/32), batch 4 1.000 (28/28; the code before this round also 1.000), batch 5 0.50 (10/20; same
before this round). The whole file (195 rows) measured type accuracy 0.923 and source/type/target
F1 0.647 when the guard was set (0.856 and 0.601 with the code before this round); floors sit a
little below. Round 4 appended three hard batches (H1 44, H2 42, H3 16 rows; see test_event_wire_passives_and_noun_acts.py):
the 297-row file measured 0.926 and 0.629 (0.859 and 0.593 before round 4), so the triple floor
moved from 0.63 to 0.61 because the file got harder, not because the code got worse. The single-sentence tests pair each construction with a use that must not be coded
the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, code_events, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_wire.jsonl"
TYPE_ACCURACY_FLOOR = 0.91
TRIPLE_F1_FLOOR = 0.61


@pytest.fixture(scope="module")
def wire_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_wire_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len({r["event"] for r in rows}) == 16


def test_wire_probe_type_accuracy_and_triples_hold(wire_scores):
    assert wire_scores["n"] >= 297
    assert wire_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert wire_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR


def _main(nlp, text: str):
    found = code_events(nlp, text)
    return max(found, key=lambda e: e.confidence) if found else None


def test_troops_promised_to_an_international_force_are_a_pledge_not_a_threat(nlp):
    kind = _main(nlp, "Norway promised on Friday to send 200 soldiers to a United Nations force in Lebanon, "
                      "a ministry spokesman said.")
    assert kind is not None and kind.type == "AGREE"
    threat = _main(nlp, "Norway threatened on Friday to send 200 soldiers to the border with Sweden.")
    assert threat is not None and threat.type == "THREATEN"


def test_expelled_foreign_workers_are_deported_but_aid_staff_are_a_sanction(nlp):
    workers = _main(nlp, "Libya expelled 3,000 Egyptian workers on Wednesday, the Egyptian consulate said.")
    assert workers is not None and (workers.type, workers.cameo) == ("COERCE", "174")
    staff = _main(nlp, "Somalia expelled five aid workers employed by the United Nations on Wednesday.")
    assert staff is not None and staff.type == "SANCTION" and staff.cameo.startswith("166")


def test_exchanging_information_is_cooperation(nlp):
    main = _main(nlp, "Chilean and Peruvian officials exchanged information on drug smuggling at a meeting "
                      "in Arica, officials said.")
    assert main is not None and (main.type, main.cameo) == ("COOPERATE", "064")


def test_grain_shipped_to_a_famine_hit_state_is_aid(nlp):
    main = _main(nlp, "Australia shipped 10,000 tonnes of grain to famine-hit North Korea last week, "
                      "a spokesman said.")
    assert main is not None and main.type == "AID"
    assert {a.code for a in main.target} == {"PRK"}


def test_a_time_clause_stays_below_the_act_a_light_verb_carries(nlp):
    main = _main(nlp, "British and Omani troops staged joint manoeuvres in the desert on Sunday, days after "
                      "Yemeni aircraft bombed the border town of Habarut, military sources said.")
    assert main is not None and main.type == "COOPERATE"


def test_a_meeting_after_which_the_news_was_told_is_background(nlp):
    main = _main(nlp, "Damascus has agreed to let Lebanese troops take over checkpoints near Tripoli, a Lebanese "
                      "minister said on Sunday after meeting President Hafez al-Assad.")
    assert main is not None and main.type == "AGREE"


def test_a_deed_in_a_relative_clause_of_a_time_clause_does_not_lead(nlp):
    main = _main(nlp, "Turkish troops pulled out of two villages in northern Iraq on Monday, days after they "
                      "moved in to chase rebels who had attacked Turkish border posts, the army said.")
    assert main is not None and main.type == "RETREAT"


def test_a_dated_preposition_does_not_hide_the_one_called_on(nlp):
    main = _main(nlp, "The Croatian president called on the world on Sunday to punish Serbia for the siege "
                      "of Vukovar.")
    assert main is not None and main.type == "REQUEST"


def test_criticism_drawn_from_a_party_is_its_act_against_the_deed_owner(nlp):
    main = _main(nlp, "The Polish plan to build a dam on the Oder drew sharp criticism from Germany on Monday.")
    assert main is not None and main.type == "ACCUSE"
    assert {a.code for a in main.source} == {"DEU"} and {(a.code or "")[:3] for a in main.target} == {"POL"}
    praise = _main(nlp, "Kenya's handling of the refugee crisis won praise from Britain.")
    assert praise is not None and praise.type == "SUPPORT" and {a.code for a in praise.source} == {"GBR"}


def test_troops_rushed_somewhere_are_a_deployment(nlp):
    main = _main(nlp, "Nigeria rushed troops to its border with Cameroon on Friday.")
    assert main is not None and main.type == "MOBILIZE"
