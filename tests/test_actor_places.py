"""Places and the state they put an actor in: English counties and their police, continents, a
capital after a place preposition, capitals listed with provinces or among another state's towns,
towns several states share, squares, municipalities and rainforests named as places, and
bystanders as the place's civilians."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes
from dyads.actors import find_actors
from dyads.model import Article


def _found(nlp, text: str, date: str = "2019-09-27") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-07-08"))}


@pytest.mark.parametrize("text, name", [
    ("Bedfordshire Police said two men were arrested after the raid.", "Bedfordshire Police"),
    ("Greater Manchester Police closed the road for six hours.", "Greater Manchester Police"),
    ("West Yorkshire Police appealed for witnesses to the crash.", "West Yorkshire Police"),
])
def test_county_police_force_is_british_police(nlp, text: str, name: str) -> None:
    assert actor_codes(nlp, text).get(name) == "GBRCOP"


def test_english_county_is_in_britain(nlp) -> None:
    codes = actor_codes(nlp, "Heavy snow closed schools across Berkshire and Northamptonshire.")
    assert codes.get("Berkshire") == "GBR"
    assert codes.get("Northamptonshire") == "GBR"


def test_continent_is_no_country(nlp) -> None:
    codes = actor_codes(nlp, "The diplomat spent most of her career at embassies in Asia.")
    assert not any(c and c.startswith("PHL") for c in codes.values()), codes


def test_square_named_after_parliament_is_a_place(nlp) -> None:
    codes = actor_codes(nlp, "Protesters gathered in Parliament Square in London.")
    assert not any(c and c.endswith("LEG") for c in codes.values()), codes


def test_capital_after_place_preposition_is_the_state(nlp) -> None:
    codes = actor_codes(nlp, "Police arrested two men near Pretoria on Monday.")
    assert codes.get("Pretoria") == "ZAF", codes
    codes = actor_codes(nlp, "Paris rejected the offer on Monday.")
    assert codes.get("Paris") == "FRAGOV", codes


def test_shoppers_are_civilians_of_the_place(nlp) -> None:
    codes = actor_codes(nlp, "A gunman shot shoppers at a store in El Paso, Texas.")
    assert codes.get("shoppers") == "USACVL", codes
    codes = actor_codes(nlp, "Commuters were stranded for hours.")
    assert "Commuters" not in codes, codes


def test_later_items_of_a_place_list_are_places(nlp):
    doc = nlp("Arrests were made in Texas, Utah and Moscow on Tuesday.")
    actors = {a.text: a for a in find_actors(doc, Article(id="t", text=doc.text, date="2019-11-29"))}
    assert actors["Moscow"].code == "RUS"
    # a capital as the subject is still its government
    doc = nlp("Washington and Moscow agreed to hold talks.")
    actors = {a.text: a for a in find_actors(doc, Article(id="t", text=doc.text, date="2019-11-29"))}
    assert actors["Moscow"].code == "RUSGOV"


def test_capital_listed_with_provinces_is_a_place(nlp) -> None:
    found = dict(_found(nlp, "Arrests were made in these states: Utah, Virginia, Washington and Washington, D.C."))
    assert found.get("Washington, D.C.") == "USA"
    assert dict(_found(nlp, "Moscow and Beijing signed a deal.")).get("Moscow") == "RUSGOV"


def test_shared_town_takes_the_state_the_text_names(nlp) -> None:
    codes = actor_codes(nlp, "Lucia Ortega, the mayor of the port city of San Juan, said she "
                             "would take the governor of Puerto Rico to court.")
    assert codes.get("San Juan") == "PRI"
    assert codes.get("Lucia Ortega") != "ARG"


def test_shared_town_keeps_its_first_state_when_that_state_is_named(nlp) -> None:
    codes = actor_codes(nlp, "Floods hit San Juan, and Argentina sent troops to the province.")
    assert codes.get("San Juan") == "ARG"


def test_capital_name_in_list_of_foreign_towns(nlp) -> None:
    codes = actor_codes(nlp, "The typhoon hit Tacloban, Ormoc, Madrid and Surigao City.")
    assert codes.get("Madrid") == "PHL"
    codes = actor_codes(nlp, "Ministers met in Paris, Berlin, Madrid and Rome.")
    assert codes.get("Madrid") in ("ESP", "ESPGOV")
    # states of a federation are no list of towns
    codes = actor_codes(nlp, "Arrests were made in Texas, Utah and Madrid on Tuesday.")
    assert codes.get("Madrid") in ("ESP", "ESPGOV")


def test_shared_town_on_a_tie_takes_the_state_named_just_before(nlp) -> None:
    codes = actor_codes(nlp, "The governor of the United States commonwealth of Puerto Rico "
                             "resigned. Ana Ruiz, the mayor of San Juan, said she would go to "
                             "court. Puerto Rico is not a U.S. state.")
    assert not any(code and code.startswith("ARG") for code in codes.values()), codes
    assert any("San Juan" in k and code and code.startswith("PRI")
               for k, code in codes.items()), codes


def test_a_municipality_as_a_place_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "He lives in a municipality in Bavaria.")
    assert not any("municipality" in k for k in codes)


def test_state_of_a_place_after_in_is_a_place(nlp) -> None:
    codes = actor_codes(nlp, "On Wednesday in the US state of Alabama, the bill was signed.")
    assert not any(c and c.endswith("GOV") for c in codes.values())
    assert actor_codes(nlp, "The state of Massachusetts sued the company.").get(
        "The state of Massachusetts") == "USAGOV"


def test_a_name_before_rainforest_is_a_place(nlp) -> None:
    got = _codes(nlp, "Smoke from fires burning the Amazon rainforest reached the coast.")
    assert not any("Amazon" in k for k in got)


def test_a_town_written_first_inside_a_longer_name_is_that_names_short_form(nlp) -> None:
    # (session 32) "Sunrise" is a US town, but the story never names the US: the gas field
    text = ("Timor-Leste will get most of the revenue of the Greater Sunrise gas fields. "
            "\"The fight over Sunrise is not over,\" said an analyst in Sydney.")
    codes = actor_codes(nlp, text, date="2018-03-06")
    assert "Sunrise" not in codes


def test_a_town_of_a_named_state_stays_a_place(nlp) -> None:
    text = ("The United States sent aid to Florida. Storms hit Greater Sunrise estates last week, "
            "and residents of Sunrise were evacuated.")
    codes = actor_codes(nlp, text, date="2018-03-06")
    assert codes.get("residents of Sunrise") == "USACVL"


def test_a_territory_shown_as_part_of_a_state_is_a_place(nlp) -> None:
    text = ("The regulator fined the channel for showing a map with Crimea as part of Russia. "
            "Ukraine protested.")
    assert actor_codes(nlp, text, date="2022-12-06").get("Crimea") == "UKR"
