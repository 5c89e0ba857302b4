"""Session 30: names the coder split, cut or left uncoded. A known surname keeps the given
names the tagger put before it, a party's name of common words stays whole, a name set off
after "party" is the party, a faith's community in a one-state story is of that state, and a
person's name before a title says whom the holder served. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def _actors(nlp, text: str, date: str = "2022-05-01") -> list:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def test_given_names_before_a_known_surname_are_one_person(nlp):
    text = ("ULAANBAATAR (Wire) - Mongolian Prime Minister Luvsannamsrai Oyun-Erdene met "
            "striking miners on Tuesday and promised an inquiry.")
    people = [a for a in _actors(nlp, text) if a.kind == "person"]
    assert [(a.text, a.code) for a in people] == [
        ("Mongolian Prime Minister Luvsannamsrai Oyun-Erdene", "MNGGOV")]


def test_a_party_named_with_common_words_is_whole(nlp):
    text = ("SOFIA (Wire) - The expulsion followed the exit of the populist We Stand For "
            "People party from the Bulgarian coalition, officials said.")
    codes = actor_codes(nlp, text)
    assert codes.get("We Stand For People party") == "BGRPTY"
    assert "People party" not in codes


def test_a_name_set_off_after_party_is_the_party(nlp):
    text = ("PRISTINA (Wire) - The largest Albanian party, Nova Zora, which is backed by "
            "Tirana, said it would boycott the vote in Kosovo.")
    found = [a for a in _actors(nlp, text) if a.text == "Nova Zora"]
    assert [(a.code, a.kind) for a in found] == [("ALBPTY", "organisation")]


def test_faith_communities_in_a_one_state_story_are_of_that_state(nlp):
    text = ("BAGHDAD (Wire) - Iraq's parliament met on Monday. \"The speaker built a base far "
            "beyond the capital, and his rivals, Sunni and Shi'ite, saw their chance,\" an "
            "Iraqi lawmaker said. The seat must go to a Sunni Arab, Iraqi officials said.")
    codes = actor_codes(nlp, text)
    assert codes.get("Sunni") == "IRQ"
    assert codes.get("Shi'ite") == "IRQ"
    assert codes.get("a Sunni Arab") == "IRQ"


def test_a_name_before_a_title_says_whom_the_holder_served(nlp):
    text = ("BRASILIA (Wire) - Police arrested Joao Reis, a former Bolsonaro justice minister, "
            "at his home on Saturday, a week after the riots.")
    found = _actors(nlp, text)
    texts = [a.text for a in found]
    assert "a former Bolsonaro" not in texts
    assert "Bolsonaro" in texts
    reis = next(a for a in found if a.text == "Joao Reis")
    assert reis.country == "BRA"
    assert reis.role == "former Bolsonaro justice minister"


def test_an_electoral_alliance_with_a_partys_adjective_is_a_party(nlp):
    text = ("ZAGREB (Wire) - The Civic Alliance won four seats in the Croatian parliament on "
            "Sunday, and its leader said Croatia needed change.")
    assert actor_codes(nlp, text).get("The Civic Alliance") == "HRVPTY"
