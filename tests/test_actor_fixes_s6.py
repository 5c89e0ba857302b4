"""Actor fixes found on real news, round 7: parties an event needs that had no code. A firm
named with its legal form is business, a national or federal office is its government, and
local councillors are local government; each takes its state from the text around it."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes


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


@pytest.mark.parametrize("text, name, code", [
    ("A ferry sank off Indonesia. The National Search and Rescue Agency said 12 were missing.",
     "National Search and Rescue Agency", "IDNGOV"),
    ("Germany acted first. The Federal Aviation Office suspended the airline's permit.",
     "Federal Aviation Office", "DEUGOV"),
])
def test_national_office_is_the_government_of_the_state(nlp, text: str, name: str,
                                                        code: str) -> None:
    codes = actor_codes(nlp, text)
    assert next(c for k, c in codes.items() if name in k) == code


def test_office_with_force_word_keeps_the_force(nlp) -> None:
    codes = actor_codes(nlp, "In Japan, the National Police Agency arrested two men.")
    assert next(c for k, c in codes.items() if "Police Agency" in k) == "JPNCOP"


@pytest.mark.parametrize("title", ["Councillor", "Councilwoman", "Alderman"])
def test_local_councillor_is_local_government(nlp, title: str) -> None:
    codes = actor_codes(nlp, f"In Brazil, {title} Ana Pereirinha opposed the new road.")
    assert next(c for k, c in codes.items() if "Pereirinha" in k) == "BRAGOV"
