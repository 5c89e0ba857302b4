"""Session 38, helper v: pronoun and name links of batches AK and AJ judged wrong (a treaty
named "... Union" that is signed, a surname the tagger read as a body or an adverb, a speaker
named after a body's title, a hyphened first name, and an "it" announced by the head of a
body). Sentences written for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Article


def mentions(nlp, text: str, date: str = "2021-06-01") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def codes_of(nlp, text: str, span: str) -> list[str | None]:
    return [c for t, c in mentions(nlp, text) if t == span]


def test_a_signed_union_is_a_treaty_not_a_labour_union(nlp):
    text = ("NUKU'ALOFA, May 3 (Wire) - Tonga's government defended a migration pact with New Zealand. "
            "The Moana Union, signed by the two prime ministers last week, will let 300 Tongans a year "
            "settle in New Zealand.")
    assert codes_of(nlp, text, "The Moana Union") == []


def test_a_union_that_acts_stays_an_actor(nlp):
    text = "ADDIS ABABA, May 3 (Wire) - The African Union, founded in 2002, condemned the coup in Mali."
    assert codes_of(nlp, text, "The African Union") or codes_of(nlp, text, "African Union")


def test_a_surname_with_a_who_clause_is_the_person_and_takes_his_pronouns(nlp):
    text = ("BISSAU, March 2 (Wire) - Soldiers arrested former parliament speaker Domingos Reves on Friday "
            "after an attack on the barracks. Among the dead was Mario Lopes, a former South African mercenary. "
            "Reves, who leads a small opposition party, was taken from his home by soldiers. "
            "Officials have accused him of plotting the attack.")
    reves = codes_of(nlp, text, "Reves")
    assert reves and reves[0] != "ZAF"
    assert codes_of(nlp, text, "him") == reves


@pytest.mark.parametrize("text, pronoun, code", [
    pytest.param("PARIS, Nov 21 (Wire) - French judge Jean-Pierre Moulinier issued arrest warrants for nine "
                 "officials of Burundi on Monday. Moulinier, investigating the crash of a cargo plane over "
                 "Bujumbura in 1996, concluded that rebels had downed the aircraft carrying President "
                 "Cyprien Ntaryamira. He said the rebels' leader could not be tried in France.", "He", "FRAJUD",
                 id="sentence-opening-surname-set-off-by-a-comma-is-the-subject"),
    pytest.param("KIGALI, Nov 27 (Wire) - Rwanda's President Paul Kagame cut ties with France on Monday. "
                 "In Paris, Foreign Ministry spokesman Jean-Baptiste Lemaire said France regretted the move. "
                 "\"This is a matter for the courts,\" he told a briefing.", "he", "FRAGOV",
                 id="he-after-a-quotation-goes-on-with-the-titled-speaker-before"),
])
def test_a_pronoun_goes_on_with_the_named_person(nlp, text, pronoun, code):
    found = codes_of(nlp, text, pronoun)
    assert found and found[0] == code


def test_it_announced_by_the_head_of_a_body_is_not_the_sentence_befores_subject(nlp):
    text = ("PRAIA, Oct 17 (Wire) - Cape Verde extradited a businessman to the United States on Saturday. "
            "The U.S. Treasury had imposed sanctions on him in 2019. "
            "Hours later, Pedro Alvarez, head of the government's delegation, announced that it would "
            "not attend the next round of talks.")
    assert all(c != "USAGOV" for c in codes_of(nlp, text, "it"))


def test_it_of_a_speaking_body_still_links(nlp):
    text = ("BRUSSELS, Oct 17 (Wire) - The European Commission fined Google on Tuesday. "
            "The Commission said it would appeal any ruling against the fine.")
    assert codes_of(nlp, text, "it") and codes_of(nlp, text, "it")[0] is not None
