"""Actors the resolver used to place in a state they do not belong to: faiths, people quoted
by someone else, prime ministers in news of presidential republics, heads of courts, and
currencies."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Actor, Article


def _found(nlp, text: str, date: str = "2019-06-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _one(found: list[Actor], part: str) -> Actor:
    return next(a for a in found if part in a.text)


def test_a_faith_adjective_is_no_state_of_the_city_where_its_clergy_meet(nlp):
    found = _found(nlp, "Last month, Catholic bishops from many countries held a meeting in "
                        "Rome to discuss reforms.")
    faith = _one(found, "Catholic")
    assert faith.country is None
    assert faith.sector == "REL"
    assert _one(found, "Rome").country == "ITA"


def test_a_faith_adjective_takes_the_holy_see_when_the_vatican_is_named(nlp):
    found = _found(nlp, "Catholic cardinals gathered at the Vatican on Tuesday.")
    assert _one(found, "Catholic").country == "VAT"


def test_believers_in_a_sentence_about_one_state_are_of_that_state(nlp):
    found = _found(nlp, "Polish Roman Catholic priests were accused of hiding abuse.")
    assert _one(found, "Polish").country == "POL"
    assert _one(found, "Roman Catholic").code == "POLREL"
    found = _found(nlp, "Kenyan police dispersed a march by Muslim groups in Mombasa.")
    assert _one(found, "Muslim").country == "KEN"


def test_the_president_in_one_quote_is_not_a_leader_named_in_another(nlp):
    text = ('Senator Jim Carter told reporters, "This only helps Maduro." Later he added: '
            '"I thank the president for listening to us," Carter said.')
    found = _found(nlp, text)
    assert _one(found, "Maduro").country == "VEN"
    assert _one(found, "the president").country != "VEN"
    assert _one(found, "Jim Carter").country != "VEN"


def test_the_president_outside_quotes_still_follows_the_last_president(nlp):
    found = _found(nlp, "Putin arrived in Paris on Monday. The president said talks would go on.")
    assert _one(found, "The president").code == "RUSGOV"


def test_a_prime_minister_in_us_news_belongs_to_the_state_named_beside_him(nlp):
    text = ("The National Weather Service said the storm would hit Texas and Louisiana. "
            "Federal officials in Washington prepared aid, and the US Coast Guard moved "
            "ships.\n\nHeavy rain had already flooded towns in Jamaica. Prime Minister "
            "Peter Clarke asked residents to stay indoors.")
    found = _found(nlp, text)
    assert _one(found, "Peter Clarke").code == "JAMGOV"


def test_an_islands_name_places_news_in_its_archipelago_state(nlp):
    found = _found(nlp, "The storm flattened homes on Grand Bahama and in Abaco.")
    assert {_one(found, "Grand Bahama").country, _one(found, "Abaco").country} == {"BHS"}


def test_the_president_of_a_court_is_a_judge(nlp):
    text = ("Britain's Supreme Court ruled on Tuesday. The Supreme Court is led by "
            "President Jane Marlow, who read the judgment.")
    found = _found(nlp, text)
    judge = _one(found, "Jane Marlow")
    assert judge.sector == "JUD"
    assert judge.country == "GBR"


def test_the_court_s_president_by_possessive_is_a_judge(nlp):
    found = _found(nlp, "In London, the Supreme Court's President Jane Marlow read the ruling.")
    assert _one(found, "Jane Marlow").sector == "JUD"


def test_a_state_naming_a_currency_is_no_actor(nlp):
    found = _found(nlp, "The painting sold for two million US dollars, and Canada won the "
                        "bidding for the next one.")
    assert not any(a.text.endswith("US") for a in found)
    assert _one(found, "Canada").country == "CAN"


def test_a_surname_that_is_also_a_town_stays_a_person():
    from dyads.actors import find_actors
    from dyads.model import Article
    from dyads.nlp import load_nlp

    text = "Jerry Garcia played on. Garcia invited him to collaborate in Garcia's new group."
    found = find_actors(load_nlp()(text), Article(id="t", text=text))
    assert all(a.country != "MEX" for a in found)
