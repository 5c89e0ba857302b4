"""Event types and missed events of session 15 (events round: the weak PLOVER types).

Five batches of our own wire sentences (``tests/data/plover_probes_s15.jsonl``), weighted toward
RETREAT, CONCEDE, CONSULT, SANCTION, ACCUSE, COERCE, PROTEST, ASSAULT and MOBILIZE, were labelled
by the CAMEO->PLOVER table and scored before their misses were read. The causes found there are
tested here with other sentences of ours: the main event of a sentence (a deed told as the
occasion, the terms of a concession, the deed an accusation charges), senses fixed by who acts
(a state's forces blocking, police raiding, an international body let in, trade curbs) and
phrases the lexicon lacked. Each construction is paired with a use that must not be coded so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.evaluate import main_event
from event_helpers import assert_probe_format, cli_plover_scores, code_events, probe_rows

PROBES = Path(__file__).resolve().parent / "data" / "plover_probes_s15.jsonl"
# measured when the guard was set (245 rows): type accuracy 0.922, triple F1 0.742 with this round's
# event changes alone, 0.726 with the same session's party changes (which name more scene targets
# than these labels do); first runs of the five batches, before their misses were read: 0.855/0.679,
# 0.786/0.631, 0.767/0.625, 0.886/0.754, 0.886/0.714. Floors a little below.
TYPE_ACCURACY_FLOOR = 0.89
TRIPLE_F1_FLOOR = 0.65


def _main(nlp, text: str):
    return main_event(code_events(nlp, text))


def _main_type(nlp, text: str) -> str | None:
    ev = _main(nlp, text)
    return ev.type if ev else None


def _states(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


@pytest.fixture(scope="module")
def s15_scores(nlp) -> dict:
    return cli_plover_scores(PROBES)


def test_s15_probe_file_is_in_the_gold_format():
    rows = probe_rows(PROBES)
    assert_probe_format(rows)
    assert len(rows) >= 245 and len({r["event"] for r in rows}) == 16


def test_s15_probe_type_accuracy_and_triples_hold(s15_scores):
    assert s15_scores["event_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert s15_scores["triples"]["f1"] >= TRIPLE_F1_FLOOR


def test_a_deed_told_as_the_occasion_stays_below_the_act(nlp):
    ev = _main(nlp, "Iran put its navy on high alert on Monday after Israel began air drills with Greece.")
    assert ev.type == "MOBILIZE" and "IRN" in _states(ev.source)


def test_a_concession_outranks_the_agreement_that_spells_its_terms(nlp):
    assert _main_type(nlp, "The Bulgarian cabinet bowed to a month of student protests and agreed to step down.") \
        == "CONCEDE"
    # a span of time heads what is bowed to; a bow to people is a courtesy
    assert _main_type(nlp, "The Romanian government bowed to weeks of street protests on Sunday.") == "CONCEDE"
    assert "CONCEDE" not in {e.type for e in code_events(nlp, "The Romanian prime minister bowed to the crowd.")}


def test_the_deed_an_accusation_charges_stays_below_it(nlp):
    ev = _main(nlp, "Syrian Kurdish officials accused Turkish jets of bombing a market, killing nine civilians.")
    assert ev.type == "ACCUSE" and "TUR" in _states(ev.target)


def test_state_forces_blocking_restrict_movement_but_crowds_protest(nlp):
    ev = _main(nlp, "Israeli naval vessels blocked an aid flotilla from reaching Gaza on Monday.")
    assert (ev.type, ev.cameo) == ("COERCE", "191")
    assert _main_type(nlp, "Kenyan riot police blocked the marchers from reaching parliament.") == "COERCE"
    assert _main_type(nlp, "Truckers blocked the highway into Ottawa on Saturday.") == "PROTEST"


def test_letting_aid_or_inspectors_in_is_access(nlp):
    ev = _main(nlp, "Damascus let U.N. aid convoys into the besieged suburb on Sunday.")
    assert (ev.type, ev.mode) == ("RETREAT", "access")
    assert not code_events(nlp, "Let the voters decide, the Greek prime minister said.")
    ev = _main(nlp, "Azerbaijan allowed the delivery of humanitarian supplies to Karabakh on Monday.")
    assert (ev.type, ev.cameo) == ("RETREAT", "0863")
    ev = _main(nlp, "Belarus allowed Red Cross staff to visit jailed protesters on Tuesday.")
    assert (ev.type, ev.mode) == ("RETREAT", "access")


def test_orders_that_move_troops_or_expel_aid_bodies(nlp):
    assert _main_type(nlp, "The Armenian defence minister ordered extra troops to the border on Friday.") == "MOBILIZE"
    ev = _main(nlp, "The Ethiopian government ordered two foreign aid agencies to leave the Tigray region.")
    assert (ev.type, ev.cameo) == ("SANCTION", "1663")


def test_a_round_of_talks_is_held_by_those_who_gather_for_it(nlp):
    ev = _main(nlp, "Negotiators from Sudan and South Sudan gathered in Addis Ababa for a new round of talks.")
    assert ev.type == "CONSULT" and {"SDN", "SSD"} <= _states(ev.source)


def test_a_police_raid_coerces_and_an_army_raid_attacks(nlp):
    assert _main_type(nlp, "Turkish police raided the offices of a Kurdish newspaper in Istanbul on Friday.") == "COERCE"
    assert _main_type(nlp, "Nigerian troops raided a militant camp in the Niger Delta.") == "ASSAULT"


def test_curbs_on_trade_are_sanctions_and_easing_them_a_retreat(nlp):
    assert _main_type(nlp, "China imposed restrictions on imports of Japanese seafood on Thursday.") == "SANCTION"
    ev = _main(nlp, "Beijing eased restrictions on imports of Australian barley on Friday.")
    assert (ev.type, ev.cameo) == ("RETREAT", "085")
    assert _main_type(nlp, "The government lifted restrictions on opposition rallies.") == "CONCEDE"


def test_protest_phrases(nlp):
    ev = _main(nlp, "Jailed activists in Bahrain refused food for ten days to protest their treatment.")
    assert (ev.type, ev.mode) == ("PROTEST", "hunger")
    assert _main_type(nlp, "Opposition youths burned tyres in the streets of Dhaka on Monday.") == "PROTEST"


def test_phrases_of_sanction_disarming_and_restriction(nlp):
    assert _main_type(nlp, "Paris scrapped a planned visit by the Algerian foreign minister on Wednesday.") == "SANCTION"
    assert _main_type(nlp, "Rabat broke off contacts with the German embassy on Monday.") == "SANCTION"
    assert _main_type(nlp, "Hundreds of Colombian paramilitary fighters turned in their rifles on Saturday.") == "RETREAT"
    ev = _main(nlp, "The World Bank withheld a loan to Zambia on Monday.")
    assert ev.type == "SANCTION" and "ZMB" in _states(ev.target)
    assert _main_type(nlp, "Authorities in Caracas stripped an opposition television channel of its licence.") \
        == "COERCE"


def test_a_dismissed_government_is_a_concession_only_under_pressure(nlp):
    ev = _main(nlp, "Kuwait's emir dismissed the cabinet on Sunday after weeks of protests.")
    assert (ev.type, ev.cameo) == ("CONCEDE", "0831")
    assert "REJECT" not in {e.type for e in code_events(nlp, "The Egyptian president dismissed his finance minister.")}


def test_paying_compensation_returns_what_was_taken(nlp):
    ev = _main(nlp, "Germany paid compensation to 1,200 former forced labourers from Poland on Monday.")
    assert (ev.type, ev.cameo) == ("RETREAT", "0842") and "DEU" in _states(ev.source)


def test_a_deed_dated_to_a_past_year_is_no_plan_or_threat(nlp):
    types = {e.type for e in code_events(nlp, "Kenya agreed to pay compensation to victims of the 1984 massacre.")}
    assert "THREATEN" not in types and "AGREE" in types


def test_an_arms_sales_ban_lifted_eases_a_sanction(nlp):
    ev = _main(nlp, "Washington lifted a ban on arms sales to Hanoi on Monday.")
    assert (ev.type, ev.cameo) == ("RETREAT", "085")


def test_troops_leaving_a_place_they_held_withdraw(nlp):
    ev = _main(nlp, "Israeli troops evacuated the last settlement in Gaza on Monday.")
    assert (ev.type, ev.mode) == ("RETREAT", "withdraw")
    assert _main_type(nlp, "The army evacuated 300 villagers from the flooded area.") == "AID"
    assert _main_type(nlp, "The rebels disbanded their militia units under the peace plan.") == "RETREAT"
    assert not code_events(nlp, "The president disbanded parliament.")


def test_trials_war_footing_and_stations_shut(nlp):
    assert _main_type(nlp, "Egypt's prosecutor general referred 20 activists to trial on Monday.") == "ACCUSE"
    assert _main_type(nlp, "Syrian troops were put on a war footing.") == "MOBILIZE"
    ev = _main(nlp, "Nicaragua's government shut down 24 independent radio stations over the weekend.")
    assert (ev.type, ev.cameo) == ("COERCE", "1721")
    assert not code_events(nlp, "Germany shut down its last nuclear power stations.")
    ev = _main(nlp, "A car bomb tore through a busy market in Baghdad, killing 30.")
    assert ev.type == "ASSAULT"
    assert not code_events(nlp, "A fire tore through a textile factory in Dhaka.")


def test_a_state_protests_in_words_and_a_crowd_in_the_street(nlp):
    ev = _main(nlp, "Hanoi called in the Chinese ambassador on Monday to protest the seizure of a fishing boat.")
    assert ev.type == "ACCUSE" and "CHN" in _states(ev.target)
    assert _main_type(nlp, "The Indonesian government protested the arrest of its fishermen.") == "ACCUSE"
    ev = _main(nlp, "The Malaysian foreign ministry filed a protest with Beijing over the incident.")
    assert ev.type == "ACCUSE" and "CHN" in _states(ev.target)
    assert _main_type(nlp, "Farmers in Belgium protested against the new tax.") == "PROTEST"
    assert _main_type(nlp, "The jailed opposition leader fasted for a week to protest his prison conditions.") \
        == "PROTEST"


def test_widening_freedoms_eases_restrictions(nlp):
    ev = _main(nlp, "The Jordanian king expanded press freedoms on Monday.")
    assert (ev.type, ev.cameo) == ("CONCEDE", "0811")


def test_a_release_from_jails_is_by_their_keeper(nlp):
    ev = _main(nlp, "The release of 40 Eritrean prisoners from Ethiopian jails ended a long dispute.")
    assert ev.type == "RETREAT" and _states(ev.source) == {"ETH"} and "ERI" in _states(ev.target)
