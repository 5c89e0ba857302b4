"""Parties of session 16 (issue 4: sources and targets that generalise).

A batch of 82 wire sentences of our own (``tests/data/plover_probes_parties3.jsonl``), rich in the
structures wire prose uses for parties, was labelled before dyads was run on it (first run: type
accuracy 0.927, main-event triples F1 0.830). Its misses and the development half of the PLOVER
gold led to the causes tested here, each with sentences of our own and, where a rule could
overreach, a use that must stay as it was:

- a scene named by a place noun's "of" phrase ("near the town of X") and a scene inside an "of"
  phrase of the object (``event_places.place_target``);
- force used at a named place of the doer's own state is aimed at that state
  (``event_parties.home_scene``);
- a state's coercion of people it gives no other state is aimed at its own people
  (``event_places.own_people``);
- those struck where the clause is placed are of that state (``placed_groups``);
- a protest with no protesters named is by the people of the state it is held in
  (``event_places.home_protesters``);
- a blow at a vehicle is aimed at the people it carries (``event_parties.carried``);
- nameless attackers striking one state's people with no place named are of that state
  (``event_places.victims_home``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.evaluate import main_event
from event_helpers import assert_probe_format, cli_plover_scores, code_events, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_parties3.jsonl"
# measured when the guard was set (82 rows): type accuracy 0.927, triple F1 0.852 (first run, before
# the misses were read, 0.927 / 0.830). Floors a little below.
TYPE_ACCURACY_FLOOR = 0.89
TRIPLE_F1_FLOOR = 0.80


def _main(nlp, text: str):
    return main_event(code_events(nlp, text))


def _states(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors if a.code}


@pytest.fixture(scope="module")
def parties3_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_parties3_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len(rows) >= 80


def test_parties3_probe_type_accuracy_and_triples_hold(parties3_scores):
    assert parties3_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert parties3_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR


# ---------------------------------------------------------------- scenes named one phrase down

def test_a_town_named_by_its_of_phrase_places_an_unnamed_bomb(nlp):
    ev = _main(nlp, "A roadside bomb near the town of Tikrit killed three policemen on Monday.")
    assert ev is not None and ev.type == "ASSAULT"
    assert "IRQ" in _states(ev.source)


def test_a_withdrawal_near_a_city_named_by_its_of_phrase_is_aimed_at_its_state(nlp):
    ev = _main(nlp, "Russian soldiers withdrew from trenches near the Ukrainian town of Izium.")
    assert ev is not None and ev.type == "RETREAT"
    assert _states(ev.target) == {"UKR"}


# ---------------------------------------------------------------- force at home

def test_shelling_a_place_of_the_doers_own_state_is_aimed_at_it(nlp):
    ev = _main(nlp, "Sudanese army helicopters fired rockets at villages near Nyala on Sunday.")
    assert ev is not None and ev.type == "ASSAULT"
    assert _states(ev.source) == {"SDN"} and _states(ev.target) == {"SDN"}


def test_the_doer_named_twice_is_still_no_target(nlp):
    ev = _main(nlp, "Russian and Ukrainian officials agreed on the transit of Russian gas.")
    assert ev is not None
    assert "RUS" not in _states(ev.target)


# ---------------------------------------------------------------- a state's own people

@pytest.mark.parametrize("text, state", [
    ("Kenyan police arrested a prominent opposition blogger on Tuesday.", "KEN"),
    ("Belarus jailed two independent journalists for eight years.", "BLR"),
    ("The Tajik government outlawed the main opposition party.", "TJK"),
    ("The Egyptian authorities imposed a travel ban on several rights lawyers.", "EGY"),
])
def test_coercion_of_people_of_no_other_state_is_aimed_at_the_doers_state(nlp, text, state):
    ev = _main(nlp, text)
    assert ev is not None and ev.type == "COERCE"
    assert _states(ev.target) == {state}


def test_coercion_of_things_names_no_target(nlp):
    ev = _main(nlp, "The Nicaraguan government shut down eleven independent radio stations.")
    assert ev is not None and ev.type == "COERCE"
    assert not _states(ev.target)


def test_foreigners_named_as_such_keep_their_own_state(nlp):
    ev = _main(nlp, "Indonesian police detained four Malaysian fishermen off Borneo.")
    assert ev is not None and ev.type == "COERCE"
    assert _states(ev.target) == {"MYS"}


# ---------------------------------------------------------------- the struck placed by the clause

def test_people_struck_in_a_city_are_of_its_state(nlp):
    ev = _main(nlp, "Armed militias massacred hundreds of Hutus in Bujumbura.")
    assert ev is not None and ev.type == "ASSAULT"
    assert "BDI" in _states(ev.target)


# ---------------------------------------------------------------- protesters placed by the protest

def test_nameless_protesters_are_the_people_of_the_state_they_protest_in(nlp):
    ev = _main(nlp, "Truck drivers blocked the main roads into Santiago on Thursday.")
    assert ev is not None and ev.type == "PROTEST"
    assert _states(ev.source) == {"CHL"}


def test_a_protest_held_in_several_states_gets_no_home_protesters(nlp):
    ev = _main(nlp, "Thousands marched in Paris, Madrid and Rome against the war.")
    assert ev is None or not _states(ev.source)


# ---------------------------------------------------------------- those a vehicle carries

def test_an_attack_on_a_vehicle_is_aimed_at_the_people_it_carries(nlp):
    ev = _main(nlp, "Rebels ambushed a truck carrying Burundian soldiers near the border.")
    assert ev is not None and ev.type == "ASSAULT"
    assert "BDI" in _states(ev.target)


# ---------------------------------------------------------------- nameless attackers

@pytest.mark.parametrize("text, state", [
    ("Gunmen shot dead a Guatemalan judge outside his home.", "GTM"),
    ("A suicide bomber killed nine Pakistani soldiers at a checkpoint.", "PAK"),
])
def test_nameless_attackers_of_one_states_people_are_of_that_state(nlp, text, state):
    ev = _main(nlp, text)
    assert ev is not None and ev.type == "ASSAULT"
    assert _states(ev.source) == {state}


def test_people_abroad_by_their_role_do_not_place_their_attackers(nlp):
    ev = _main(nlp, "Gunmen kidnapped three Spanish aid workers on Friday.")
    assert ev is not None and ev.type == "ASSAULT"
    assert "ESP" not in _states(ev.source)
