"""Parties named in a sentence that used to come out uncoded: given names alone, quoted "we",
warships, bracketed native names, slips of a surname, described private people. Each rule has
a case it must leave alone."""

from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Actor, Article



def _actors(nlp, text: str, date: str = "2019-10-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _codes(actors: list[Actor], text: str) -> list[str | None]:
    return [a.code for a in actors if a.text == text]


def test_given_name_alone_is_the_one_person_of_the_story_who_bears_it(nlp):
    actors = _actors(nlp, "Former CIA officer Marcus Delgado died on Saturday. Colleagues said "
                          "Marcus was one of the best officers to serve.")
    assert _codes(actors, "Marcus") == ["USASPY"]


def test_given_name_shared_by_two_people_stays_open(nlp):
    actors = _actors(nlp, "Former CIA officer Marcus Delgado met the writer Marcus Brandt. "
                          "Marcus was later seen in Berlin.")
    assert _codes(actors, "Marcus") in ([], [None])


def test_full_name_repeated_keeps_the_code_of_its_first_mention(nlp):
    actors = _actors(nlp, "US District Judge Harriet Calloway sentenced the men. Later, "
                          "\"Harriet Calloway was fair,\" a lawyer said.")
    assert _codes(actors, "Harriet Calloway") == ["USAJUD"]


def test_quoted_we_is_the_body_that_says_it(nlp):
    actors = _actors(nlp, "\"We are cooperating with the government,\" said a Toyota "
                          "spokesperson.")
    assert _codes(actors, "We") == ["JPNBUS"]


def test_quoted_we_of_a_person_speaking_for_themselves_is_left_alone(nlp):
    actors = _actors(nlp, "\"We will win this,\" Putin said.")
    assert _codes(actors, "We") == []


def test_warship_prefix_is_the_navy(nlp):
    actors = _actors(nlp, "The submarine USS Grayback sank two cargo ships, and HMS Dauntless "
                          "sailed to Oman.")
    assert _codes(actors, "USS Grayback") == ["USAMIL"]
    assert _codes(actors, "HMS Dauntless") == ["GBRMIL"]


def test_president_named_after_a_ship_is_not_the_ship(nlp):
    actors = _actors(nlp, "Ronald Reagan met Mikhail Gorbachev in Reykjavik.")
    assert all(a.code != "USAMIL" for a in actors)


def test_bracketed_native_name_does_not_break_the_body(nlp):
    actors = _actors(nlp, "The Supreme Court of Justice (Oberster Gerichtshof) of Austria "
                          "referred the case. Later the Court of Justice answered the Oberster "
                          "Gerichtshof.")
    assert _codes(actors, "The Supreme Court of Justice") == ["AUTJUD"]
    assert _codes(actors, "Oberster Gerichtshof") == ["AUTJUD"]
    assert _codes(actors, "the Oberster Gerichtshof") == ["AUTJUD"]


def test_swapped_letters_in_a_long_surname_is_the_same_person(nlp):
    actors = _actors(nlp, "Governor Pedro Pierluisi was sworn in on Friday. The Senate filed a "
                          "lawsuit against Pierliusi on Sunday.")
    assert _codes(actors, "Pierliusi") == ["PRIGOV"]


def test_short_surname_one_swap_away_is_not_merged(nlp):
    actors = _actors(nlp, "Senator Anna Brandt spoke on Friday. Later Bradnt spoke too.")
    assert all(c is None for c in _codes(actors, "Bradnt"))


def test_aged_private_person_with_nationality_in_apposition(nlp):
    actors = _actors(nlp, "An Australian, Lachlan Bevan, aged 31, appeared in court in "
                          "Auckland, New Zealand.")
    assert _codes(actors, "Lachlan Bevan") == ["AUSCVL"]


def test_venue_adjective_gives_a_private_person_no_state(nlp):
    actors = _actors(nlp, "Mara Keogh, 39, met two officers at an Irish pub.")
    assert _codes(actors, "Mara Keogh") in ([None], [])


def test_state_inside_the_name_of_its_constitution_is_no_actor(nlp):
    actors = _actors(nlp, "The United States Constitution specifies how officials are removed.")
    assert _codes(actors, "United States") == []
    actors = _actors(nlp, "The United States rejected the proposal.")
    assert _codes(actors, "The United States") + _codes(actors, "United States") == ["USA"]


def test_bare_age_before_a_verb_and_object_is_a_person(nlp):
    actors = _actors(nlp, "A 28-year-old stabbed two people in London.")
    assert _codes(actors, "A 28-year-old") == ["GBRCVL"]
    actors = _actors(nlp, "A 28-year-old stabbed man was found in London.")
    assert _codes(actors, "A 28-year-old") == []


def test_held_pronoun_is_not_the_captors(nlp):
    actors = _actors(nlp, "Rebels captured the embassy, taking dozens of people hostage. They "
                          "were held for 444 days.")
    assert all(a.code is None or not a.code.endswith("REB") for a in actors if a.text == "They")
    actors = _actors(nlp, "Taliban fighters attacked the base on Monday. They were repelled by "
                          "the army.")
    assert _codes(actors, "They") == ["AFGREB"]


def test_us_state_with_state_word_standing_alone(nlp):
    actors = _actors(nlp, "New York State sued the company.")
    assert _codes(actors, "New York State") == ["USA"]
    actors = _actors(nlp, "Washington State University said the study was flawed.")
    assert all(a.code != "USA" for a in actors)
