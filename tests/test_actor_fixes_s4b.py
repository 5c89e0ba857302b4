"""Actor fixes: US party members in US stories, "the House" after the chamber's full name,
the attorney general as a justice official, police detectives."""

from __future__ import annotations

from actor_helpers import actor_codes


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text)


_US_LEAD = ("The United States House of Representatives voted on Tuesday on a measure to expand "
            "farm subsidies. ")


def test_party_members_in_us_story_are_us_party(nlp) -> None:
    codes = _codes(nlp, _US_LEAD + "The measure passed after 212 Democrats backed it, while "
                   "180 Republicans rejected it.")
    assert codes.get("Democrats") == "USAPTY", codes
    assert codes.get("Republicans") == "USAPTY", codes


def test_party_lawmakers_in_us_story_are_us_legislature(nlp) -> None:
    codes = _codes(nlp, _US_LEAD + "Republican Senators denounced the farm measure.")
    assert "USALEG" in {c for t, c in codes.items() if "Republican" in t}, codes


def test_party_words_outside_us_story_stay_open(nlp) -> None:
    codes = _codes(nlp, "Irish police arrested two men in Dublin on Friday. Police said the "
                   "Republicans had planned a bombing.")
    assert not any(c and c.startswith("USA") for c in codes.values()), codes


def test_bare_house_after_full_name_is_us_legislature(nlp) -> None:
    codes = _codes(nlp, "The United States House of Representatives held the commerce secretary in "
                   "contempt. The secretary had refused to hand over papers about the census. "
                   "A justice department spokesman criticised the House on Thursday.")
    assert codes.get("the House") == "USALEG", codes


def test_full_house_is_the_chamber(nlp) -> None:
    codes = _codes(nlp, "A committee of the House of Representatives in the United States approved "
                   "the report. The full House is expected to take it up next week.")
    assert codes.get("The full House") == "USALEG", codes


def test_attorney_general_is_justice_not_military(nlp) -> None:
    codes = _codes(nlp, "United States Attorney General Merrick Garland announced new charges.")
    code = next(c for t, c in codes.items() if "Garland" in t)
    assert code == "USAJUD", codes


def test_companies_and_movements_in_the_news_have_a_state(nlp):
    text = "Lion Air and Walmart said on Monday that the Civil Human Rights Front had called a rally."
    codes = actor_codes(nlp, text, date="2019-08-01")
    assert codes.get("Lion Air") == "IDNBUS"
    assert codes.get("Walmart") == "USABUS"
    assert codes.get("Civil Human Rights Front") == "HKGOPP"
