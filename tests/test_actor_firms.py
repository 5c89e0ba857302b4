"""Firms as actors: a firm named with its legal form is business of the state named, a company's
short form after its full name, a country inside a company's name is no state, and a firm named
many times does not make its state the article's."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes
from dyads.actor_anchors import Mention
from dyads.actor_coref import main_country


def test_companies_and_movements_in_the_news_have_a_state(nlp):
    text = "Lion Air and Walmart said on Monday that the Civil Human Rights Front had called a rally."
    codes = actor_codes(nlp, text, date="2019-08-01")
    assert codes.get("Lion Air") == "IDNBUS"
    assert codes.get("Walmart") == "USABUS"
    assert codes.get("Civil Human Rights Front") == "HKGOPP"


def test_company_short_form_after_full_name(nlp) -> None:
    codes = actor_codes(nlp, "Ford Motor will cut 500 jobs in Germany. Unions said Ford "
                             "had broken its promise.")
    assert codes.get("Ford") == "USABUS"


def test_bare_surname_without_the_company_stays_unresolved(nlp) -> None:
    codes = actor_codes(nlp, "Ford said the pay offer was fair.")
    assert codes.get("Ford") != "USABUS"


def test_country_inside_company_name_is_no_state(nlp) -> None:
    codes = actor_codes(nlp, "A court ruled against Uber Netherlands Limited on Monday.")
    assert "IRL" not in codes.values()
    assert "NLD" not in codes.values()


@pytest.mark.parametrize("text, name, code", [
    ("In Kenya, Savanna Brewers Ltd said it would raise prices.", "Savanna Brewers Ltd", "KENBUS"),
    ("Regulators in Canada fined Northpeak Mining Corp on Tuesday.",
     "Northpeak Mining Corp", "CANBUS"),
])
def test_firm_with_legal_form_is_business_of_the_state_named(nlp, text: str, name: str,
                                                              code: str) -> None:
    assert actor_codes(nlp, text).get(name) == code


def test_legal_form_alone_is_no_firm(nlp) -> None:
    codes = actor_codes(nlp, "Brazil said the deal was limited.")
    assert codes.get("Brazil") == "BRA"
    assert not any(c and c.endswith("BUS") for c in codes.values())


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
