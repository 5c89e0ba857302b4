"""Actors on real news, round 11: bodies before titles, abstract heads, landforms."""
from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Article
from dyads.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-07-08"))}


def test_body_before_a_two_noun_portfolio_codes_the_person(nlp) -> None:
    got = _codes(nlp, "The summit began on Sunday. AU trade and industry commissioner "
                      "Albert Muchanga announced Benin was to join.")
    person = next(k for k in got if k.endswith("Albert Muchanga"))
    assert got[person] == "IGO"
    assert person.startswith("trade and industry")


def test_development_bank_and_its_president_are_igo(nlp) -> None:
    got = _codes(nlp, "African Export–Import Bank president Okey Oramah said the system "
                      "would help trade.")
    assert got["African Export–Import Bank"] == "IGO"
    assert got["president Okey Oramah"].startswith("IGO")


def test_authority_of_a_body_is_the_body(nlp) -> None:
    got = _codes(nlp, "Pierluisi did not recognize the authority of the Puerto Rico Senate "
                      "to address the matter.")
    assert "the authority of the Puerto Rico Senate" not in got
    assert got["the Puerto Rico Senate"] == "PRILEG"


def test_a_name_before_rainforest_is_a_place(nlp) -> None:
    got = _codes(nlp, "Smoke from fires burning the Amazon rainforest reached the coast.")
    assert not any("Amazon" in k for k in got)


def test_us_agencies_from_the_table(nlp) -> None:
    got = _codes(nlp, "Officials must give the data to the Census Bureau, and he left the "
                      "Marine Forces Reserve in 2007.")
    assert got["Census Bureau"] == "USAGOV"
    assert got["Marine Forces Reserve"] == "USAMIL"
