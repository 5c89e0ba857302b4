"""Actor fixes found on real news, round 8: capitalised legislative titles, offices and schools
named after a town, descriptions of a named body, long official names that open with a state,
and capitalised words that are no names."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes


def _code(codes: dict[str, str | None], part: str) -> str | None:
    return next((c for k, c in codes.items() if part in k), None)


@pytest.mark.parametrize("text, part", [
    ("In Washington, Representative Jim Smith of Ohio opposed the bill.", "Jim Smith"),
    ("Former United States Representative John Conyers died on Sunday.", "John Conyers"),
])
def test_capitalised_representative_before_a_name_is_a_lawmaker(nlp, text: str,
                                                                part: str) -> None:
    assert _code(actor_codes(nlp, text), part) == "USALEG"


def test_lower_case_representative_is_no_lawmaker(nlp) -> None:
    codes = actor_codes(nlp, "A company representative said the plant in Texas would close.")
    assert not any(c and c.endswith("LEG") for c in codes.values())


@pytest.mark.parametrize("text, part, code", [
    ("The city council of Leeds voted to close the library.", "council of Leeds", "GBRGOV"),
    ("The mayor of Lyon resigned on Monday.", "mayor of Lyon", "FRAGOV"),
    ("The municipality of Lyon said so.", "municipality of Lyon", "FRAGOV"),
])
def test_local_office_of_a_town_is_its_states_government(nlp, text: str, part: str,
                                                         code: str) -> None:
    assert _code(actor_codes(nlp, text), part) == code


def test_a_municipality_as_a_place_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "He lives in a municipality in Bavaria.")
    assert not any("municipality" in k for k in codes)


@pytest.mark.parametrize("text, part, code", [
    ("Adamowicz was taken to the Medical University of Gdańsk, where doctors operated.",
     "University of Gdańsk", "POLEDU"),
    ("Professors at the University of Geneva said so.", "University of Geneva", "CHEEDU"),
])
def test_school_named_after_a_town_takes_its_state(nlp, text: str, part: str,
                                                   code: str) -> None:
    assert _code(actor_codes(nlp, text), part) == code


@pytest.mark.parametrize("text, part, code", [
    ("HDT Limited, a Hungarian state firm, bought the Austrian plant.", "HDT Limited", "HUNBUS"),
    ("Acme Corp, an American company, bought the Austrian plant.", "Acme Corp", "USABUS"),
])
def test_description_in_apposition_gives_a_bodys_state(nlp, text: str, part: str,
                                                        code: str) -> None:
    codes = actor_codes(nlp, text)
    assert _code(codes, part) == code
    assert not any(k.startswith(("a ", "an ")) for k in codes)


def test_long_official_name_opening_with_a_state_is_one_body(nlp) -> None:
    codes = actor_codes(nlp, "The United States Commission on International Religious Freedom "
                             "issued a report.")
    assert _code(codes, "Commission on International Religious Freedom") == "USAGOV"
    assert "The United States" not in codes


def test_clause_after_a_name_is_no_apposition(nlp) -> None:
    codes = actor_codes(nlp, "Yemen's minister Moammar al-Eryani spoke. According to "
                             "al-Eryani, the rebels are backed by Iran.")
    assert not any(c == "IRNREB" for k, c in codes.items() if "Eryani" in k)


def test_short_name_of_a_body_in_the_text_is_that_body(nlp) -> None:
    codes = actor_codes(nlp, "Germany banned Iranian airline Mahan Air. Germany has suspended "
                             "Mahan's permit.")
    assert codes.get("Mahan") == "IRNBUS"


def test_capitalised_first_word_before_a_noun_is_no_person(nlp) -> None:
    codes = actor_codes(nlp, "Monday, January 28, 2019\n\n\nTwin bombings yesterday struck "
                             "the cathedral in Jolo, Philippines.")
    assert "Twin" not in codes


def test_state_of_a_place_after_in_is_a_place(nlp) -> None:
    codes = actor_codes(nlp, "On Wednesday in the US state of Alabama, the bill was signed.")
    assert not any(c and c.endswith("GOV") for c in codes.values())
    assert actor_codes(nlp, "The state of Massachusetts sued the company.").get(
        "The state of Massachusetts") == "USAGOV"


def test_title_word_naming_a_thing_is_no_person(nlp) -> None:
    codes = actor_codes(nlp, "In Canada, the monarch butterfly population fell. Experts say "
                             "the monarch needs milkweed.")
    assert not any("monarch" in k for k in codes)


def test_name_between_commas_after_a_title_is_that_person(nlp) -> None:
    codes = actor_codes(nlp, "According to the El Paso mayor, Dee Margo, during the weekend, "
                             "police were investigating.")
    assert codes.get("Dee Margo") == "USAGOV"
