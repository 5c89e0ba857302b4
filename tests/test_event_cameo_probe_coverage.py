"""Coverage of the CAMEO categories by the trigger lexicon (session 12).

``tests/data/plover_probes_cameo.jsonl`` holds our own wire-style sentences, at least one per CAMEO
code (01x statements left out), with named state actors on both sides and the everyday wording of
each act (verbal and nominal forms, synonyms, passives). It was written from the CAMEO→PLOVER table,
not from any gold file, and its misses drove the lexicon rows and sense checks of session 12.

Measured when the guard was set: 504 sentences, event-type accuracy 0.857 before the session's
rows and 0.940 after; main-event source/type/target F1 0.761 before, 0.808 after. The floors
sit about 0.03 below the figures after. The single-sentence tests pair each new word with a use of
the same word that must not be coded the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, code_events, events_of, probe_rows, types_of

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_cameo.jsonl"
TYPE_ACCURACY_FLOOR = 0.91
TRIPLE_F1_FLOOR = 0.78


@pytest.fixture(scope="module")
def probe_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    for r in rows:
        assert {"id", "text", "event", "source", "target"} <= set(r)


def test_cameo_probe_type_accuracy_and_triples_hold(probe_scores):
    assert probe_scores["n"] >= 500
    assert probe_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert probe_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR


def _codes(nlp, text: str, kind: str) -> list[str | None]:
    return [e.cameo for e in events_of(nlp, text, kind)]


def test_a_state_protesting_to_another_complains_but_a_crowd_protests(nlp):
    assert "114" in _codes(nlp, "Chile protested to Bolivia over the detention of its truck drivers.", "ACCUSE")
    text = "Hundreds of dock workers protested to the port director over unpaid wages."
    assert "PROTEST" in types_of(nlp, text) and "ACCUSE" not in types_of(nlp, text)


def test_ramming_a_boat_is_force_but_ramming_a_bill_through_is_not(nlp):
    assert events_of(nlp, "Iranian speedboats rammed a Kuwaiti fishing vessel near Bubiyan.", "ASSAULT")
    assert not events_of(nlp, "The ruling party rammed the budget bill through parliament.", "ASSAULT")


def test_raped_is_rape_and_rapped_is_music(nlp):
    assert "1821" in _codes(nlp, "Militiamen raped villagers in eastern Congo, the report said.", "ASSAULT")
    assert not code_events(nlp, "The singer rapped about her childhood in Lagos.")


def test_targeted_is_an_attack_only_for_an_armed_doer(nlp):
    assert events_of(nlp, "Israeli jets targeted Hezbollah depots in the Bekaa valley.", "ASSAULT")
    assert not events_of(nlp, "The advertising campaign targeted first-time voters in Texas.", "ASSAULT")


def test_a_missile_slamming_into_a_building_attacks_but_a_senator_slamming_into_a_rival_criticises(nlp):
    assert events_of(nlp, "A Russian rocket slammed into an apartment block in Zaporizhzhia.", "ASSAULT")
    text = "The senator slammed into the Mexican government over border security."
    assert "ASSAULT" not in types_of(nlp, text)


def test_expelling_migrants_deports_while_expelling_diplomats_sanctions(nlp):
    assert "174" in _codes(nlp, "Tunisia expelled dozens of migrants to Libya.", "COERCE")
    assert events_of(nlp, "Tunisia expelled two Libyan diplomats.", "SANCTION")
    assert not events_of(nlp, "Tunisia expelled two Libyan diplomats.", "COERCE")


def test_thanking_a_state_praises_it_but_thanking_supporters_is_courtesy(nlp):
    assert events_of(nlp, "Armenia thanked France for its humanitarian convoy.", "SUPPORT")
    assert not code_events(nlp, "The mayor thanked her supporters after the count.")


def test_a_case_brought_against_a_state_is_a_suit_but_one_brought_before_a_court_is_a_referral(nlp):
    assert "115" in _codes(nlp, "Gambia brought a case against Myanmar at the world court.", "ACCUSE")
    assert "115" in _codes(nlp, "Bolivia took Chile to the International Court of Justice.", "ACCUSE")
    assert not events_of(nlp, "The Austrian high court brought the case before the European judges.", "ACCUSE")


def test_receiving_a_minister_hosts_a_visit_but_receiving_a_letter_does_not(nlp):
    assert "043" in _codes(nlp, "The Jordanian king received the Iraqi prime minister in Amman.", "CONSULT")
    assert not events_of(nlp, "The Jordanian king received a letter from the mayor.", "CONSULT")


def test_meeting_demands_concedes_but_meeting_a_minister_consults(nlp):
    assert events_of(nlp, "The Peruvian government met the demands of the striking miners.", "CONCEDE")
    assert not events_of(nlp, "The Peruvian president met the Chilean foreign minister in Lima.", "CONCEDE")


def test_granting_amnesty_releases_but_granting_a_loan_aids(nlp):
    assert events_of(nlp, "The Cuban government granted amnesty to 500 prisoners.", "RETREAT")
    assert events_of(nlp, "Kuwait granted a loan to Egypt.", "AID")
    assert not events_of(nlp, "Kuwait granted a loan to Egypt.", "RETREAT")


def test_scrambled_jets_mobilise(nlp):
    assert events_of(nlp, "Taiwan scrambled jets on Sunday to warn off Chinese aircraft.", "MOBILIZE")
    assert not events_of(nlp, "Reporters scrambled to find the minister after the vote.", "MOBILIZE")
