"""Fragments that are no actor and spans cut short: "national" before a noun is an adjective,
"social media" a channel, a subject measured in percent ("Turnout was 38%") no person; a
workforce and a trade representative are actors with their state's possessive; joined
portfolios stay in one span; a plural in apposition to named states adds no other members."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_national_before_a_noun_is_no_person(nlp) -> None:
    codes = actor_codes(nlp, "The storm knocked out the national power grid, the utility said.")
    assert not any("national" in t for t in codes)


def test_social_media_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "The mayor wrote on social media that the road would reopen.")
    assert "social media" not in codes


def test_measured_subject_is_no_person(nlp) -> None:
    codes = actor_codes(nlp, "The board counted the ballots. Turnout was 38%, it said, the "
                             "lowest in a decade.")
    assert "Turnout" not in codes


def test_workforce_is_labour_of_its_state(nlp) -> None:
    codes = actor_codes(nlp, "Economists said Brazil's workforce was ageing fast.")
    assert codes.get("Brazil's workforce") == "BRALAB"


def test_trade_representative_is_an_official(nlp) -> None:
    codes = actor_codes(nlp, "Chile's trade representative, Ana Soto, said the talks would resume.")
    assert codes.get("Chile's trade representative") == "CHLGOV"
    assert "Chile" not in codes


def test_joined_portfolios_stay_in_one_span(nlp) -> None:
    codes = actor_codes(nlp, "Chile sacked the interior and defence ministers on Friday.")
    assert codes.get("the interior and defence ministers") == "CHLGOV"


def test_plural_in_apposition_to_named_states_adds_no_others(nlp) -> None:
    text = ("Germany backed the plan and France opposed it. The European Union said talks would "
            "go on. Spain and Italy, the other two countries in the group, abstained.")
    codes = actor_codes(nlp, text)
    assert codes.get("Spain") == "ESP" and codes.get("Italy") == "ITA"
    assert "the other two countries" not in codes
