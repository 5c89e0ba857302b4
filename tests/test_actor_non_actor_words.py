"""Words that start no actor: hyphenated verbs, storm names, titles of works, acronyms of systems, a
state's word or a body noun that only modifies a thing, and a capitalised first word before a
noun; the real actor beside each (a sponsor, a person named like a storm, a name with lower-case
particles) stays."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes
from dyads.actors import find_actors
from dyads.model import Article


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text)


def _found(nlp, text: str, date: str = "2019-09-27") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def test_hyphenated_verb_starts_no_actor(nlp) -> None:
    codes = _codes(nlp, "Soldiers kicked and pepper-sprayed students outside the school.")
    assert not any(t.startswith("sprayed") for t in codes), codes
    assert "students" in codes


def test_hyphenated_sponsor_still_joins(nlp) -> None:
    codes = _codes(nlp, "Turkish-backed fighters shelled the town.")
    assert codes.get("Turkish-backed fighters", "").startswith("TUR")


def test_storm_names_are_no_actors(nlp) -> None:
    codes = actor_codes(nlp, "Hurricane Dorian hit the Bahamas on Sunday. Later Dorian moved "
                        "north, the National Hurricane Center said.")
    assert not any("Dorian" in t for t in codes), codes
    assert codes.get("National Hurricane Center") == "USAGOV", codes


def test_storm_name_as_first_name_of_a_person_stays(nlp) -> None:
    codes = actor_codes(nlp, "Tropical Storm Barry approached the coast. "
                        "She married Barry Comden in 1976.")
    assert "Barry Comden" in codes, codes
    assert "Tropical Storm Barry" not in codes, codes


def test_work_title_after_work_noun_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "He wrote the book Fire and Fury about the White House.")
    assert not any("Fire" in t for t in codes), codes


def test_acronym_of_a_system_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "Ships broadcast through the Automatic Identification System "
                        "(AIS). The tanker turned its AIS off.")
    assert "AIS" not in codes and not any("Identification" in t for t in codes), codes


@pytest.mark.parametrize("text", [
    "Cuban roads suffer a large number of accidents.",
    "\"The Hong Kong economy has already slipped into recession\", she said.",
])
def test_state_word_before_a_thing_is_no_actor(nlp, text: str) -> None:
    assert _found(nlp, text) == []


def test_state_word_before_goods_or_arms_stays(nlp) -> None:
    codes = [c for _, c in _found(nlp, "Cuban exports fell as Russian missiles struck.")]
    assert "CUB" in codes and "RUS" in codes


def test_body_noun_modifying_a_thing_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "The bishop welcomed the new church law on Monday.")
    assert not any("church" in k for k in codes), codes
    codes = actor_codes(nlp, "Church officials in Kenya denied the claims.")
    assert any("Church officials" in k for k in codes), codes


@pytest.mark.parametrize("text, name", [
    ("Ramon dela Cruz of the coast guard said the boat sank.", "Ramon dela Cruz"),
    ("A street was named after Charles de Gaulle's wartime aide.", "Charles de Gaulle"),
])
def test_names_with_lower_case_particles_stay_whole(nlp, text: str, name: str) -> None:
    codes = actor_codes(nlp, text)
    assert name in codes, codes


def test_capitalised_first_word_before_a_noun_is_no_person(nlp) -> None:
    codes = actor_codes(nlp, "Monday, January 28, 2019\n\n\nTwin bombings yesterday struck "
                             "the cathedral in Jolo, Philippines.")
    assert "Twin" not in codes
