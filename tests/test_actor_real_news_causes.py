"""Actor causes found in coded real news: the owner of an ally or neighbour is not that side,
a candidate's campaign is no government office, a US town's state shares a country's name,
and a private person's home town is no second actor beside the person."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_states_neighbours_are_not_that_state(nlp) -> None:
    codes = actor_codes(nlp, "Chile's neighbouring countries have closed their borders to tourists.")
    assert "Chile" not in codes
    assert all(code != "CHL" for code in codes.values())


def test_a_states_allies_are_not_that_state(nlp) -> None:
    codes = actor_codes(nlp, "Iran's allies in the region rejected the proposal on Tuesday.")
    assert all(code is None or not code.startswith("IRN") for code in codes.values())


def test_a_states_own_army_keeps_its_state(nlp) -> None:
    codes = actor_codes(nlp, "Chile's army closed the border on Tuesday.")
    assert codes.get("Chile's army") == "CHLMIL"


def test_a_campaign_post_is_not_the_candidates_office(nlp) -> None:
    codes = actor_codes(nlp, "Biden campaign manager Jen O'Malley Dillon spoke to reporters.",
                        date="2020-06-01")
    assert not any(code and code.endswith("GOV") for code in codes.values())
    assert "Biden" not in codes


def test_the_candidate_named_alone_keeps_the_office(nlp) -> None:
    codes = actor_codes(nlp, "Trump spoke to reporters on Friday.", date="2019-06-01")
    assert codes.get("Trump") == "USAGOV"


def test_a_former_congressman_is_a_former_elite(nlp) -> None:
    codes = actor_codes(nlp, "Ron Paul spoke at the rally in Texas.", date="2019-06-01")
    assert codes.get("Ron Paul") == "USAELI"


def test_a_us_town_before_georgia_is_american(nlp) -> None:
    codes = actor_codes(nlp, "Police arrested two men in Macon, Georgia on Sunday.")
    assert codes.get("Georgia") == "USA"


def test_a_georgian_town_before_georgia_stays_georgian(nlp) -> None:
    codes = actor_codes(nlp, "Police arrested two men in Batumi, Georgia on Sunday.")
    assert codes.get("Georgia") == "GEO"


def test_a_home_town_is_no_actor_of_its_own(nlp) -> None:
    codes = actor_codes(nlp, "Police detained a 31-year-old from Multan after the blast.")
    assert codes.get("a 31-year-old") == "PAKCVL"
    assert "Multan" not in codes


def test_a_home_country_stays_its_own_mention(nlp) -> None:
    codes = actor_codes(nlp, "Police detained a man from Pakistan after the blast.")
    assert codes.get("Pakistan") == "PAK"
