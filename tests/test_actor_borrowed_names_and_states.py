"""Names and states borrowed from the wrong place: a family name inside a relative's name, a
surname shared with a known person, the state of a group's victims or of what a speaker
demands. Each rule has a case it must leave alone."""

from __future__ import annotations


from dyads.actor_lexicon import held_office, is_candidacy
from dyads.actors import find_actors
from dyads.model import Actor, Article



def _actors(nlp, text: str, date: str = "2019-09-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _codes(actors: list[Actor], text: str) -> list[str | None]:
    return [a.code for a in actors if a.text == text]


def test_family_name_after_another_given_name_is_a_relative(nlp):
    text = "Hamza bin Laden, son of the late al-Qaeda founder Osama bin Laden, was killed."
    actors = _actors(nlp, text)
    assert "Hamza bin Laden" in [a.text for a in actors]
    assert not _codes(actors, "bin Laden") and not _codes(actors, "Laden")
    # the father's own full name is still the known person
    assert any(a.text.endswith("Osama bin Laden") and a.code == "IMGELI" for a in actors)


def test_known_surname_after_its_own_given_name_still_matches(nlp):
    actors = _actors(nlp, "Osama bin Laden was killed in 2011.")
    assert _codes(actors, "Osama bin Laden") == ["IMGELI"]


def test_lone_surname_goes_to_the_full_name_of_the_article(nlp):
    text = ("Governor Pedro R. Pierluisi Urrutia was sworn in on Friday. Urrutia said he "
            "would serve.")
    actors = _actors(nlp, text)
    assert all(not (a.code or "").startswith("VEN") for a in actors)


def test_lone_known_surname_alone_in_the_article_stays_known(nlp):
    actors = _actors(nlp, "Putin met the delegation in Moscow on Friday.")
    assert _codes(actors, "Putin") == ["RUSGOV"]


def test_victims_adjective_does_not_give_captors_their_state(nlp):
    actors = _actors(nlp, "Rebels captured three Italian engineers on Monday.")
    assert _codes(actors, "Rebels") == [None]


def test_group_named_with_its_state_keeps_it(nlp):
    actors = _actors(nlp, "Syrian rebels captured three Italian engineers on Monday.")
    assert any(a.code == "SYRREB" for a in actors)


def test_bare_title_does_not_take_the_state_of_what_it_demands(nlp):
    text = ("British Foreign Secretary Jeremy Hunt spoke to Mike Pompeo on Friday about the "
            "tanker. The minister said Iran must release the sailors.")
    assert _codes(_actors(nlp, text), "The minister") != ["IRNGOV"]


def test_officials_reporting_their_state_act_keep_its_state(nlp):
    actors = _actors(nlp, "France expelled two diplomats, officials said.")
    assert _codes(actors, "officials") == ["FRAGOV"]


def test_warship_named_again_without_its_prefix(nlp):
    text = "The USS Grayback sank in 1944. The Grayback was short on torpedoes."
    assert _codes(_actors(nlp, text), "Grayback") == ["USAMIL"]


def test_ship_name_never_introduced_with_a_prefix_is_not_a_warship(nlp):
    actors = _actors(nlp, "The Grayback was short on torpedoes.")
    assert not _codes(actors, "Grayback")


def test_opposition_leader_in_the_knowledge_base(nlp):
    actors = _actors(nlp, "Morgan Tsvangirai accused Robert Mugabe of fraud.", date="2008-05-01")
    assert _codes(actors, "Morgan Tsvangirai") == ["ZWEOPP"]


def test_office_held_outranks_candidacy():
    assert held_office("LEG", "senator")
    assert not held_office("LEG", "presidential candidate")
    assert not held_office("OPP")
    assert is_candidacy("Democratic nominee") and not is_candidacy("Senator")
