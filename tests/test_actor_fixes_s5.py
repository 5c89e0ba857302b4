"""Actor fixes found on real news: English counties and their police forces, the full name of
UNESCO, the Taoiseach, public boards named after a state, plural titles shared by a list of
names, a continent that is no town, and a company's one-word short form after its full name."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes


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


def test_unesco_full_name(nlp) -> None:
    codes = actor_codes(nlp, "The United Nations Educational, Scientific and Cultural "
                             "Organization added the old town to its list on Friday.")
    assert "UNO" in codes.values()
    assert "United Nations" not in codes  # the whole name, not its first two words


@pytest.mark.parametrize("text", [
    "The Taoiseach told reporters the talks had stalled.",
    "The Taoiseach, Mary Doyle, rejected the offer.",
])
def test_taoiseach_is_irish_government(nlp, text: str) -> None:
    codes = actor_codes(nlp, text)
    assert any(k.endswith("Taoiseach") and v == "IRLGOV" for k, v in codes.items()), codes


def test_public_board_named_after_a_state(nlp) -> None:
    codes = actor_codes(nlp, "The Oregon Water Resources Board fined the farm.")
    assert codes.get("The Oregon Water Resources Board") == "USAGOV"


def test_plural_title_covers_each_name(nlp) -> None:
    codes = actor_codes(nlp, "Senators Alice Marwick and Peter Hollis of Ohio voted no.")
    assert codes.get("Senators Alice Marwick") == "USALEG"
    assert codes.get("Peter Hollis") == "USALEG"


def test_singular_title_is_not_shared(nlp) -> None:
    codes = actor_codes(nlp, "Senator Alice Marwick and Peter Hollis of Ohio met the press.")
    assert codes.get("Peter Hollis") != "USALEG"


def test_company_short_form_after_full_name(nlp) -> None:
    codes = actor_codes(nlp, "Ford Motor will cut 500 jobs in Germany. Unions said Ford "
                             "had broken its promise.")
    assert codes.get("Ford") == "USABUS"


def test_bare_surname_without_the_company_stays_unresolved(nlp) -> None:
    codes = actor_codes(nlp, "Ford said the pay offer was fair.")
    assert codes.get("Ford") != "USABUS"


def test_continent_is_no_country(nlp) -> None:
    codes = actor_codes(nlp, "The diplomat spent most of her career at embassies in Asia.")
    assert not any(c and c.startswith("PHL") for c in codes.values()), codes
