"""Events in fresh sentences (session 12, round 2).

``tests/data/plover_probes_fresh.jsonl`` holds two batches of our own news-style sentences, written
before they were scored, with named states on both sides, all 16 PLOVER types and varied syntax
(passives, nominals, relative clauses, coordination, headlines). Labels follow the CAMEO→PLOVER
table (signing and apologising are SUPPORT 057/055, releasing is RETREAT 0841, a pledge is AGREE).

Measured when the guard was set: 140 sentences in three batches, event-type accuracy 0.850 before
the round's rules and 0.950 after; source/type/target F1 0.768 before, 0.812 after. First runs,
each batch scored before its misses were read: batch 1 0.875, batch 2 (written after the batch-1
fixes) 0.783, batch 3 (after the batch-2 fixes) 0.813. The floors sit a little below the figures after.
The single-sentence tests pair each construction with a use that must not be coded the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import assert_probe_format, cli_plover_scores, code_events, events_of, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_fresh.jsonl"
TYPE_ACCURACY_FLOOR = 0.93
TRIPLE_F1_FLOOR = 0.79


@pytest.fixture(scope="module")
def fresh_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_fresh_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len({r["event"] for r in rows}) == 16


def test_fresh_probe_type_accuracy_and_triples_hold(fresh_scores):
    assert fresh_scores["n"] >= 140
    assert fresh_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert fresh_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR


def _main(nlp, text: str):
    found = code_events(nlp, text)
    return max(found, key=lambda e: e.confidence) if found else None


def _codes(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


def test_an_act_noun_as_passive_subject_takes_the_light_verbs_parties(nlp):
    ban = events_of(nlp, "A trade embargo was slapped on Cuba by the United States in 1962.", "SANCTION")
    assert ban and _codes(ban[0].source) == {"USA"} and _codes(ban[0].target) == {"CUB"}
    law = events_of(nlp, "A state curfew was imposed in Bolivia on Sunday night.", "COERCE")
    assert law and "BOL" in _codes(law[0].target)
    talks = events_of(nlp, "Talks between Chile and Peru were held in Lima this week.", "CONSULT")
    assert talks and _codes(talks[0].source) == {"CHL", "PER"}
    # a wall placed on a border is no act aimed at anyone
    assert not code_events(nlp, "A new fence was placed on the lawn by the gardeners.")


def test_a_past_deed_in_a_relative_clause_outlives_a_statement_verdict(nlp):
    text = "Uganda, which bombed Congolese villages last year, denied any role in the new raid."
    assert any(e.type == "ASSAULT" and "COD" in _codes(e.target) for e in code_events(nlp, text))


def test_the_deed_an_apology_is_for_is_background(nlp):
    main = _main(nlp, "The Malian government issued an apology to Niger for the bombing of a market.")
    assert main is not None and main.type == "SUPPORT" and main.cameo == "055"


def test_harassing_violating_airspace_and_abandoning_positions(nlp):
    assert events_of(nlp, "Chinese coast guard ships harassed Vietnamese fishing boats near Hainan.", "COERCE")
    assert events_of(nlp, "Belarusian helicopters violated Polish airspace on Tuesday.", "MOBILIZE")
    assert events_of(nlp, "Libyan rebels abandoned their positions near Sirte after Egyptian air strikes.",
                     "RETREAT")
    assert not code_events(nlp, "Fans harassed the referee after the match.")
    assert not events_of(nlp, "The firm abandoned its position on the merger.", "RETREAT")


def test_troops_sent_in_the_passive_are_a_deployment_and_land_handed_back_a_return(nlp):
    assert events_of(nlp, "Hundreds of Indian soldiers were sent to the Bhutan border.", "MOBILIZE")
    assert not events_of(nlp, "Hundreds of Indian soldiers were sent to the Bhutan border.", "AID")
    assert events_of(nlp, "Armenia handed back the captured village to Azerbaijan.", "RETREAT")


def test_an_unagented_passive_emergency_is_imposed_by_the_scenes_authorities(nlp):
    found = events_of(nlp, "A state of emergency was declared in Ecuador on Friday.", "COERCE")
    assert found and _codes(found[0].source) == {"ECU"} and _codes(found[0].target) == {"ECU"}


def test_criticism_that_comes_from_a_state_is_that_states(nlp):
    found = events_of(nlp, "Strong criticism of Serbia's election came from Croatia.", "ACCUSE")
    assert found and _codes(found[0].source) == {"HRV"}
    assert not code_events(nlp, "Help came from the neighbours.")


def test_the_owner_of_airspace_entered_is_the_target(nlp):
    found = events_of(nlp, "Russian bombers violated Finnish airspace near Helsinki.", "MOBILIZE")
    assert found and "FIN" in _codes(found[0].target)


def test_voting_down_and_calling_off_read_the_particle_before_the_object(nlp):
    assert events_of(nlp, "The Georgian parliament voted down a pact with Armenia.", "REJECT")
    assert events_of(nlp, "Nigerian unions called off the strike against the government.", "CONCEDE")
    assert not code_events(nlp, "The band called off its concert in Leeds.")


def test_soldiers_marching_deploy_and_citizens_marching_protest(nlp):
    assert events_of(nlp, "Chadian troops marched toward the Sudanese border on Monday.", "MOBILIZE")
    assert events_of(nlp, "Thousands of Peruvians marched in Lima against the new mining law.", "PROTEST")
