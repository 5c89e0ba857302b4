"""Titles and heads of bodies: a title the tagger took for a body, a body before a two-noun
portfolio, presidents of development banks and authorities of bodies, plural titles over names
with their states, US agencies from the knowledge base, coalitions for a cause, and clergy meeting
in a capital."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def _actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-06-01"))}


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-07-08"))}


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


def test_body_before_a_two_noun_portfolio_codes_the_person(nlp) -> None:
    got = _codes(nlp, "The summit began on Sunday. AU trade and industry commissioner "
                      "Albert Muchanga announced Benin was to join.")
    person = next(k for k in got if k.endswith("Albert Muchanga"))
    assert got[person] == "IGO"
    assert person.startswith("AU trade and industry")


def test_development_bank_and_its_president_are_igo(nlp) -> None:
    got = _codes(nlp, "African Export–Import Bank president Okey Oramah said the system "
                      "would help trade.")
    assert got["African Export–Import Bank president Okey Oramah"].startswith("IGO")


def test_authority_of_a_body_is_the_body(nlp) -> None:
    got = _codes(nlp, "Pierluisi did not recognize the authority of the Puerto Rico Senate "
                      "to address the matter.")
    assert "the authority of the Puerto Rico Senate" not in got
    assert got["the Puerto Rico Senate"] == "PRILEG"


def test_us_agencies_from_the_table(nlp) -> None:
    got = _codes(nlp, "Officials must give the data to the Census Bureau, and he left the "
                      "Marine Forces Reserve in 2007.")
    assert got["Census Bureau"] == "USAGOV"
    assert got["Marine Forces Reserve"] == "USAMIL"
