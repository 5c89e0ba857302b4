"""Event types and missed events of session 16 (events round: the CAMEO codes themselves).

Six batches of our own codebook-style wire sentences (``tests/data/plover_probes_s16.jsonl``),
written for CAMEO codes and wordings the earlier probe sets lacked, were labelled by the
CAMEO->PLOVER table and scored before their misses were read. The causes found there are tested
here with other sentences of ours: saying verbs whose clause is a mandative subjunctive (a
demand), nouns and idioms of the codebook the lexicon lacked, an adjective after the object that
is its predicate ("found X guilty"), and the main event of a sentence whose commitment or pledge
names its act in a "to" or "of" phrase. Each construction is paired with a use that must not be
coded so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.evaluate import main_event
from event_helpers import assert_probe_format, cli_plover_scores, code_events, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_s16.jsonl"
# measured when the guard was set (279 rows): type accuracy 0.968, triple F1 0.670 (the code
# before this round: 0.846 / 0.628); first runs of the six batches, before their misses were read,
# are in tests/data/README.md. Floors a little below.
TYPE_ACCURACY_FLOOR = 0.94
TRIPLE_F1_FLOOR = 0.63


def _main(nlp, text: str):
    return main_event(code_events(nlp, text))


def _main_type(nlp, text: str) -> str | None:
    ev = _main(nlp, text)
    return ev.type if ev else None


def _types(nlp, text: str) -> set[str]:
    return {e.type for e in code_events(nlp, text)}


def _states(actors) -> set[str]:
    return {(a.country or "")[:3] for a in actors}


@pytest.fixture(scope="module")
def s16_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_s16_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len(rows) >= 279 and len({r["event"] for r in rows}) == 16


def test_s16_probe_type_accuracy_and_triples_hold(s16_scores):
    assert s16_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert s16_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR


def test_insisting_on_another_partys_act_in_the_subjunctive_is_a_demand(nlp):
    ev = _main(nlp, "Tokyo insisted on Monday that Seoul withdraw its coast guard ships from the islets.")
    assert ev is not None and ev.type == "REQUEST"
    assert "JPN" in _states(ev.source) and "KOR" in _states(ev.target)
    # a fact insisted on is speech, not a demand
    assert "REQUEST" not in _types(nlp, "Tokyo insisted on Monday that the talks with Seoul would continue.")
    assert "REQUEST" not in _types(nlp, "The rebels insisted that they hold the town.")


def test_a_plea_to_someone_is_an_appeal_but_a_plea_in_court_is_not(nlp):
    ev = _main(nlp, "Malawi made an urgent plea to Western governments on Friday for maize to feed its people.")
    assert ev is not None and ev.type == "REQUEST" and "MWI" in _states(ev.source)
    assert "REQUEST" not in _types(nlp, "The former Malawian minister entered a plea of not guilty to the charges.")


def test_a_deadline_given_to_a_party_is_an_ultimatum(nlp):
    ev = _main(nlp, "NATO gave the Bosnian Serbs a 48-hour deadline on Sunday to pull their heavy guns back.")
    assert ev is not None and ev.type == "THREATEN" and ev.cameo == "139"


def test_barring_a_party_restricts_it_and_barring_monitors_refuses_them(nlp):
    ev = _main(nlp, "Kenyan authorities barred the opposition daily on Tuesday from printing for a month.")
    assert ev is not None and ev.type == "COERCE"
    ev = _main(nlp, "Sudan barred United Nations monitors from the town of Abyei on Monday.")
    assert ev is not None and ev.type == "REJECT" and ev.cameo == "1245"
    assert not code_events(nlp, "The new law bars foreigners from owning farmland.")


def test_sealing_off_a_town_restricts_movement(nlp):
    ev = _main(nlp, "Indian troops sealed off the old quarter of Srinagar on Friday.")
    assert ev is not None and ev.type == "COERCE" and ev.cameo == "191"


def test_accepting_a_mediator_is_an_intent_to_accept_mediation(nlp):
    ev = _main(nlp, "Eritrea said on Monday it would accept Libyan mediation in its dispute with Yemen.")
    assert ev is not None and ev.type == "AGREE" and ev.cameo == "038"
    # accepting demands stays a concession
    ev = _main(nlp, "The government accepted the demands of the striking teachers on Monday.")
    assert ev is not None and ev.type == "CONCEDE"


def test_handing_over_intelligence_files_is_intelligence_sharing(nlp):
    ev = _main(nlp, "Pakistani intelligence handed Kabul a dossier on the bombers on Thursday.")
    assert ev is not None and ev.type == "COOPERATE" and ev.cameo == "064"


def test_shipped_military_hardware_is_military_aid_over_its_purpose(nlp):
    ev = _main(nlp, "Russia shipped six attack helicopters to the Syrian army on Monday to fight the rebels.")
    assert ev is not None and ev.type == "AID" and ev.cameo == "072"


def test_an_expelled_cleric_is_deported_and_an_expelled_envoy_is_a_sanction(nlp):
    ev = _main(nlp, "Britain expelled a Jordanian cleric to Amman on Sunday.")
    assert ev is not None and ev.type == "COERCE" and ev.cameo == "174"
    ev = _main(nlp, "Britain expelled the Libyan ambassador on Sunday.")
    assert ev is not None and ev.type == "SANCTION"


def test_people_driven_from_their_homes_are_expelled_but_a_drive_is_not(nlp):
    ev = _main(nlp, "Militiamen drove hundreds of Darfur villagers from their homes on Monday.")
    assert ev is not None and ev.type == "ASSAULT" and ev.cameo == "201"
    assert not code_events(nlp, "The Sudanese minister drove from the airport to his home on Monday.")


def test_found_guilty_with_the_adjective_after_the_object(nlp):
    ev = _main(nlp, "A court in Ankara found three Kurdish journalists guilty of separatism on Tuesday.")
    assert ev is not None and ev.type == "ACCUSE" and ev.cameo == "116"


def test_a_commitment_outranks_the_talks_in_its_to_phrase(nlp):
    ev = _main(nlp, "The Burmese junta committed itself on Monday to holding talks with ethnic Karen rebels.")
    assert ev is not None and ev.type == "AGREE"


def test_a_pledge_outranks_the_aid_in_its_of_phrase(nlp):
    ev = _main(nlp, "A Japanese pledge of $300 million in grants to Indonesia was announced in Tokyo on Monday.")
    assert ev is not None and ev.type == "AGREE"


def test_a_past_passive_with_its_doer_named_is_no_mere_statement(nlp):
    ev = _main(nlp, "Charges of torture were levelled against the Egyptian police by Amnesty International on Monday.")
    assert ev is not None and ev.type == "ACCUSE"


def test_an_offensive_ended_is_de_escalation(nlp):
    ev = _main(nlp, "The Turkish army ended its offensive against Kurdish rebels in northern Iraq on Friday.")
    assert ev is not None and ev.type == "RETREAT"


def test_assurances_given_promise_the_act_in_their_clause(nlp):
    ev = _main(nlp, "Rwanda gave assurances on Monday that it would withdraw its troops from eastern Congo.")
    assert ev is not None and ev.type == "AGREE" and ev.future


def test_mending_fences_is_the_idiom_only_in_the_plural(nlp):
    ev = _main(nlp, "Ecuador and Peru mended fences on Tuesday after years of border disputes.")
    assert ev is not None and ev.type == "SUPPORT"
    assert not code_events(nlp, "The farmer was mending a fence near the Peruvian border on Tuesday.")


def test_closing_universities_is_a_restriction_but_a_closure_after_a_quake_is_not(nlp):
    ev = _main(nlp, "Iranian authorities closed two universities in Tabriz on Sunday.")
    assert ev is not None and ev.type == "COERCE"
    assert not code_events(nlp, "Many schools in Tabriz were closed on Sunday after the earthquake.")


@pytest.mark.parametrize("text, kind", [
    ("Ethiopian and Eritrean soldiers exchanged fire near Badme on Monday.", "ASSAULT"),
    ("Dock workers in Karachi stayed off the job for a second day on Tuesday.", "PROTEST"),
    ("Belgrade ignored a ruling of the war crimes tribunal on Monday.", "REJECT"),
    ("Ukrainian prosecutors opened a case against the former energy minister on Friday.", "ACCUSE"),
    ("Egyptian police tightened security around the Israeli embassy in Cairo on Monday.", "MOBILIZE"),
    ("The Yemeni navy intercepted a dhow carrying rifles off Aden on Friday.", "COERCE"),
    ("Gunmen slit the throats of nine Algerian farmers on Sunday.", "ASSAULT"),
    ("Armenia put its army on a war footing on Monday.", "MOBILIZE"),
    ("Israel turned a deaf ear on Monday to Egyptian calls to freeze settlement building.", "REJECT"),
    ("Georgia mustered thousands of reservists on Friday.", "MOBILIZE"),
    ("Turkish jets strafed Kurdish rebel camps in northern Iraq on Tuesday.", "ASSAULT"),
    ("The Algerian junta dissolved the Islamic Salvation Front party on Wednesday.", "COERCE"),
    ("Protesters in Kiev ransacked the offices of the ruling party on Friday.", "PROTEST"),
])
def test_codebook_wordings_the_lexicon_lacked(nlp, text, kind):
    assert _main_type(nlp, text) == kind


def test_an_intercepted_missile_is_no_restriction(nlp):
    assert "COERCE" not in _types(nlp, "The Israeli army intercepted a rocket fired from Gaza on Monday.")


def test_a_past_deed_told_in_a_said_clause_outlives_the_statement_verdict(nlp):
    text = ("Chechen rebels said they attempted to assassinate the pro-Moscow Chechen leader, in a "
            "statement posted on a rebel website.")
    ev = _main(nlp, text)
    assert ev is not None and ev.type == "ASSAULT" and ev.cameo == "185"
