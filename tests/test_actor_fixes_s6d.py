"""Actor fixes of round 10: a firm named many times does not make its state the article's,
titles the tagger took for bodies, voluntary associations, a church meeting in a capital,
plural titles over names followed by their states."""

from __future__ import annotations

import pytest

from dyads.actor_anchors import Mention
from dyads.actor_coref import main_country
from dyads.actors import find_actors
from dyads.model import Article
from dyads.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-06-01"))}


def test_repeated_firm_counts_once_for_the_main_state() -> None:
    states = [Mention(i, i + 1, "country", country="DEU") for i in range(3)]
    firm = [Mention(10 + i, 11 + i, "organisation", country="IRN", sector="BUS", name="Mahan Air")
            for i in range(6)]
    assert main_country(states + firm + [Mention(20, 21, "country", country="IRN")]) == "DEU"


def test_repeated_leader_still_counts_for_the_main_state() -> None:
    leader = [Mention(i, i + 1, "person", country="TUR", sector="GOV", name="Recep Tayyip Erdoğan")
              for i in range(5)]
    others = [Mention(10 + i, 11 + i, "country", country="USA") for i in range(2)]
    assert main_country(leader + others) == "TUR"


def test_title_the_tagger_took_for_a_body_is_a_person_of_it(nlp) -> None:
    got = _actors(nlp, "The Philippine Coast Guard said the ship sank. Coast Guard Commandant "
                       "Elson Hermogino ordered units to help.")
    assert got.get("Coast Guard Commandant Elson Hermogino") == "PHLMIL"


def test_coalition_for_a_cause_is_an_ngo(nlp) -> None:
    got = _actors(nlp, "The National Coalition for Men sued the government of Texas.")
    assert got.get("The National Coalition for Men") == "NGO"
    assert got.get("the government of Texas") == "USAGOV"


def test_clergy_at_a_summit_in_rome_are_not_italian(nlp) -> None:
    got = _actors(nlp, "Catholic bishops from around the world met in Rome to discuss abuse by "
                       "the clergy.")
    assert got.get("Rome") == "ITA"
    assert got.get("the clergy") != "ITAREL"


def test_plural_title_spans_names_with_their_states(nlp) -> None:
    got = _actors(nlp, "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed "
                       "the agreement.")
    assert got.get("Presidents Muhammadu Buhari") == "NGAGOV"
    assert got.get("Patrice Talon") == "BENGOV"
