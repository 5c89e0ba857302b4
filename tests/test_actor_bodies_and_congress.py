"""Round-5 actor rules: public bodies named after places, provincial offices and unlisted
parties take the article's state, and a bare "Congress" outside US news."""

from __future__ import annotations

from actor_helpers import actor_codes


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text, date="2019-06-01")


def test_police_named_after_a_city_takes_its_state(nlp) -> None:
    codes = _codes(nlp, "The Toronto Police Service arrested two men on Friday.")
    assert codes.get("The Toronto Police Service") == "CANCOP"


def test_venue_named_congress_is_no_legislature(nlp) -> None:
    codes = _codes(nlp, "Fans gathered at the Toronto Congress Centre for the festival.")
    assert not any(c == "USALEG" for c in codes.values())


def test_congress_in_indian_news_is_the_party(nlp) -> None:
    text = ("Indian police in Mumbai detained protesters. India's government in New Delhi "
            "rejected the demand. Congress criticised the arrests in Maharashtra.")
    codes = _codes(nlp, text)
    assert codes.get("Congress") == "INDPTY"


def test_provincial_governor_takes_the_article_state(nlp) -> None:
    text = ("The Philippine army clashed with rebels near Manila. Philippine police arrested "
            "four men. Regional Governor Mujiv Hataman condemned the attack.")
    codes = _codes(nlp, text)
    assert codes.get("Regional Governor Mujiv Hataman") == "PHLGOV"


def test_known_companies_and_ngos(nlp) -> None:
    codes = _codes(nlp, "The American Civil Liberties Union sued Boeing on Monday.")
    assert codes.get("American Civil Liberties Union") == "NGO"
    assert codes.get("Boeing") == "USABUS"


def test_companies_are_business_of_their_home_state(nlp) -> None:
    codes = _codes(nlp, "Volkswagen and Mahan Air were named, and PG&E cut power to its customers.")
    assert codes.get("Volkswagen") == "DEUBUS"
    assert codes.get("Mahan Air") == "IRNBUS"
    assert codes.get("PG&E") == "USABUS"


def test_a_river_or_an_actor_named_like_a_company_is_not_the_company(nlp) -> None:
    codes = _codes(nlp, "Fires spread across the Amazon while Harrison Ford spoke in Rio.")
    assert not any(c and c.endswith("BUS") for c in codes.values())


def test_small_states_have_their_adjectives(nlp) -> None:
    codes = _codes(nlp, "Tongan police and Bahamian officials met Seychellois diplomats.")
    assert codes.get("Tongan police") == "TONCOP"
    assert any(c and c.startswith("BHS") for c in codes.values())
    assert any(c and c.startswith("SYC") for c in codes.values())


def test_congress_in_news_of_a_state_with_a_congress_is_its_own(nlp) -> None:
    text = ("Peruvian police in Lima detained protesters. Peru's government rejected their "
            "demands. Congress voted to remove the president on Thursday.")
    codes = _codes(nlp, text)
    assert codes.get("Congress") == "PERLEG"


def test_congress_in_news_of_a_state_without_one_stays_american(nlp) -> None:
    # Venezuela's legislature is the National Assembly: a critic of US sanctions who says
    # "Congress should act" means Washington's
    text = ("Venezuela's government in Caracas condemned the sanctions. Venezuelan officials said "
            "the measures hurt Venezuelans. Congress should move to stop them, an economist said.")
    codes = _codes(nlp, text)
    assert codes.get("Congress") == "USALEG"


def test_a_congress_named_after_its_members_stays_home(nlp) -> None:
    text = ("Nigerian police in Abuja arrested protesters. Nigeria's electoral commission "
            "delayed results. The All Progressives Congress denied rigging the vote.")
    codes = _codes(nlp, text)
    assert not any(c == "USALEG" for c in codes.values()), codes
