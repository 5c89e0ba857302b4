"""Unions named alone, delegations described by their "of" phrase, European lawmakers, and
title words that are family names: each rule beside a counter-case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes
from dyads.actors import find_actors
from dyads.model import Article


def _kinds(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    found = find_actors(nlp(text), Article(id="t", text=text, date="2021-03-01"))
    return {a.text: (a.code, a.kind) for a in found}


def test_bare_unions_are_labour_of_the_story_state(nlp) -> None:
    codes = actor_codes(nlp, "French President Emmanuel Macron defended the pension reform. "
                             "Unions promised protests against the reform.")
    assert codes.get("Unions") == "FRALAB"


def test_trade_unions_form_one_labour_actor(nlp) -> None:
    codes = actor_codes(nlp, "Labor unions in Chile called a general strike.")
    assert codes.get("Labor unions") == "CHLLAB"


def test_union_in_a_name_stays_the_bloc(nlp) -> None:
    codes = actor_codes(nlp, "The European Union and the African Union met in Addis Ababa.")
    assert codes.get("European Union") == "EUR"
    assert "Union" not in codes


def test_delegation_takes_the_actor_of_its_of_phrase(nlp) -> None:
    codes = actor_codes(nlp, "The delegation of Russian lawmakers arrived in Caracas.")
    assert codes.get("Russian lawmakers") == "RUSLEG"
    assert not any(text.lower().endswith("delegation") for text in codes)


def test_delegation_without_of_phrase_stays_an_actor(nlp) -> None:
    codes = actor_codes(nlp, "A Chinese delegation arrived in Paris.")
    assert codes.get("A Chinese delegation") == "CHNGOV"


def test_european_lawmakers_are_the_eu_parliament(nlp) -> None:
    codes = actor_codes(nlp, "Venezuela's government refused entry to a delegation of "
                             "European lawmakers on Saturday.")
    assert codes.get("European lawmakers") == "EURLEG"
    assert codes.get("Venezuela's government") == "VENGOV"


def test_european_leaders_take_the_region_not_one_state(nlp) -> None:
    codes = actor_codes(nlp, "European leaders met to discuss the budget.")
    assert codes.get("European leaders") == "EURGOV"


def test_title_after_a_first_name_is_a_surname(nlp) -> None:
    kinds = _kinds(nlp, "Michel Mayor and Didier Queloz won the prize.")
    assert kinds.get("Michel Mayor") == (None, "person")


def test_title_listed_with_a_surname_is_a_surname(nlp) -> None:
    found = find_actors(nlp(t := "The prize went to Queloz and Mayor for the discovery."),
                        Article(id="t", text=t, date="2021-03-01"))
    mayor = next(a for a in found if a.text == "Mayor")
    assert mayor.code is None and mayor.kind == "person"


def test_title_before_a_name_stays_the_office(nlp) -> None:
    codes = actor_codes(nlp, "The mayor of Paris spoke. Mayor Anne Hidalgo said no.")
    assert codes.get("Mayor Anne Hidalgo") == "FRAGOV"


def test_office_after_a_body_name_is_no_surname(nlp) -> None:
    kinds = _kinds(nlp, "The Senate Minority Leader, Chuck Schumer, said no.")
    assert "Minority Leader" not in kinds
    assert kinds.get("Chuck Schumer", (None, ""))[0] == "USALEG"


def test_unions_of_couples_are_no_labour(nlp) -> None:
    codes = actor_codes(nlp, "Taiwan became the first country to recognize unions between "
                             "same-sex couples.")
    assert not any("unions" in text for text in codes)
