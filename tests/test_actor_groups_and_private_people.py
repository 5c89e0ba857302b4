"""Actors that are private people or unnamed groups, and names that hide a state's name."""

from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Actor, Article



def _actors(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date="2019-06-01"))


def _code(actors: list[Actor], text: str) -> str | None:
    found = [a for a in actors if a.text == text]
    assert found, [(a.text, a.code) for a in actors]
    return found[0].code


def test_possessive_forces_are_the_owners_not_the_place_they_leave(nlp):
    actors = _actors(nlp, "Turkey pulled its soldiers out of Iraq after Moscow moved its "
                          "troops from Libya.")
    assert _code(actors, "troops") == "RUSMIL"
    assert "LBYMIL" not in [a.code for a in actors]


def test_a_person_described_by_a_place_is_a_civilian(nlp):
    actors = _actors(nlp, "Kansas woman Mary Stone crashed her car. She was charged with "
                          "assault on Tuesday.")
    assert _code(actors, "Kansas woman Mary Stone") == "USACVL"
    assert _code(actors, "She") == "USACVL"


def test_an_unnamed_person_from_a_place_is_its_civilian(nlp):
    assert _code(_actors(nlp, "Police detained a man from Multan."), "a man") == "PAKCVL"
    assert _code(_actors(nlp, "An Ohio woman sued the city."), "An Ohio woman") == "USACVL"
    # several unnamed men take no state from a diplomat named later in the clause
    actors = _actors(nlp, "Police held three men for insulting a Cuban diplomat.")
    assert not any(a.code == "CUBCVL" for a in actors)


def test_a_titled_official_is_not_a_civilian(nlp):
    actors = _actors(nlp, "Kenyan President Uhuru Kenyatta met the delegation.")
    assert _code(actors, "Kenyan President Uhuru Kenyatta") == "KENGOV"


def test_a_middle_initial_keeps_the_name_whole(nlp):
    actors = _actors(nlp, "Prosecutor Walter B. Vance charged the group.")
    names = [a.text for a in actors]
    assert not any(n.endswith("Walter") for n in names), names
    assert "USAGOV" not in [a.code for a in actors]  # not the Vice President of that surname


def test_a_country_named_surname_is_a_person(nlp):
    actors = _actors(nlp, "Susan Jordan criticised the council's budget.")
    assert "JOR" not in [a.code for a in actors]
    assert _code(_actors(nlp, "Jordan criticised the plan."), "Jordan") == "JOR"


def test_a_central_bank_is_a_state_institution(nlp):
    actors = _actors(nlp, "The Reserve Bank of India cut its lending rate.")
    assert _code(actors, "Reserve Bank of India") == "INDGOV"


def test_a_firms_national_branch_is_one_firm(nlp):
    actors = _actors(nlp, "Samsung India recalled the phones.")
    assert [a.text for a in actors] == ["Samsung India"]
    assert actors[0].code == "KORBUS"


def test_a_province_that_sues_is_its_states_government(nlp):
    actors = _actors(nlp, "Arizona sued the federal government over the funding.")
    assert _code(actors, "Arizona") == "USAGOV"
    assert _code(_actors(nlp, "Arizona is dry in June."), "Arizona") == "USA"


@pytest.mark.parametrize("text,group,code", [
    ("Kenyan police arrested the taxi driver in Nairobi.", "the taxi driver", "KENCVL"),
    ("Pakistani authorities barred children from the rallies.", "children", "PAKCVL"),
    ("Women in Chad marched against the ban.", "Women", "TCDCVL"),
    ("Iran stopped pilgrims from Iraq at the border.", "pilgrims", "IRQCVL"),
])
def test_civilian_groups_are_actors_of_their_state(nlp, text, group, code):
    assert _code(_actors(nlp, text), group) == code


def test_a_lone_driver_in_a_road_story_is_no_actor(nlp):
    actors = _actors(nlp, "The driver lost control of the lorry on the bridge.")
    assert not any(a.text.lower().endswith("driver") for a in actors)
