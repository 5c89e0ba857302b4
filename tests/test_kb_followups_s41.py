"""Session 41: two rules that the session-40 knowledge-base rows needed. Once both presidents of a
two-state story are known, a deed in a charge ("accused Eritrea of moving troops") no longer falls
back on one story state, so its troops are read from the party charged; and a government named by
its head ("the government of Prime Minister X") is a body a later "it" can go on with. Sentences
written for these tests."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def codes(nlp, text: str, date: str = "2018-09-17") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def test_troops_in_a_charge_belong_to_the_party_charged(nlp):
    text = ("Djibouti's President Ismail Omar Guelleh met Eritrean President Isaias Afwerki in "
            "Jeddah. Djibouti later accused Eritrea of moving troops into the disputed area.")
    assert ("troops", "ERIMIL") in codes(nlp, text)


def test_troops_sent_in_a_charge_against_a_neighbour(nlp):
    text = ("Kenyan President Uhuru Kenyatta spoke to Somali President Mohamed Abdullahi Mohamed. "
            "Nairobi accused Somalia of sending soldiers across the border.")
    assert ("soldiers", "SOMMIL") in codes(nlp, text, "2019-03-01")


def test_troops_of_the_accuser_stay_unplaced_without_a_charged_party(nlp):
    text = "The UN accused both sides of deploying soldiers near the town."
    assert ("soldiers", "UNOMIL") not in codes(nlp, text)


def test_government_named_by_its_head_is_the_later_it(nlp):
    text = ("Russia protested on Monday. In Praia, the government of Prime Minister Ulisses Correia "
            "e Silva said it had acted in accordance with the decisions of its courts.")
    got = codes(nlp, text, "2021-10-17")
    assert ("it", "CPVGOV") in got
    assert ("courts", "CPVJUD") in got
