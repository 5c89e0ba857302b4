"""Session 31 (helper L): a known name opening someone else's longer name, offices not yet
held on the story's date, and words that are no actors."""
from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Actor, Article
from dyads.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _actors(nlp, text: str, date: str = "2022-04-21") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def test_a_known_full_name_opening_a_longer_other_name_is_not_that_person(nlp):
    found = _actors(nlp, "Rodrigo Paz Mejia, a security analyst in Tegucigalpa, said the "
                         "arrests would not end the trade.")
    assert not any(a.country == "BOL" for a in found)
    assert not any(a.text == "Rodrigo Paz" for a in found)


def test_the_known_person_under_his_own_longer_name_is_still_found(nlp):
    found = _actors(nlp, "President Rodrigo Paz Pereira met the envoy in La Paz.",
                    date="2026-01-10")
    assert any(a.country == "BOL" and "Paz" in a.text for a in found)
