"""Actors given another state's code in a story about a foreign state: bodies that the
knowledge base files under the United States but many states have ("the House", a "National
Security Council"), courts named by their international seat, "both countries" after a union and
a ministry, the place where a named person happened to be, ranges of capitals, and an office that
a named person's "who" clause gives."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_shared_body_name_in_a_foreign_story_is_the_story_states(nlp):
    codes = actor_codes(nlp, (
        "CANBERRA, May 3 (Wire) - The Australian House of Representatives passed the climate "
        "bill on Tuesday, Australian Prime Minister Anthony Albanese said. House Clerk Claressa "
        "Surtees said 90 members voted for it. Australia's opposition leader criticised the "
        "vote and Australian officials said Canberra would publish the law."))
    assert codes["House Clerk Claressa Surtees"] == "AUSLEG"


def test_a_shared_body_name_stays_american_when_the_united_states_is_named(nlp):
    codes = actor_codes(nlp, (
        "KYIV, May 3 (Wire) - Ukraine's president thanked the United States after the House of "
        "Representatives approved aid. Ukrainian officials said Kyiv needed the weapons."))
    assert codes["House of Representatives"] == "USALEG"


def test_a_national_security_council_of_a_foreign_story_is_its_states(nlp):
    codes = actor_codes(nlp, (
        "TUNIS, May 3 (Wire) - President Kais Saied told the National Security Council on "
        "Tuesday that migrants threatened Tunisia. Tunisian officials said the police would act."))
    assert codes["National Security Council"] == "TUNGOV"


def test_a_court_named_by_its_international_seat_is_the_international_court(nlp):
    codes = actor_codes(nlp, (
        "OSLO, May 3 (Wire) - Norway took Russia to the European Court of Human Rights on "
        "Tuesday over the detention of its fishermen. The Strasbourg court has ruled on few "
        "such cases. The court will decide next year, Norwegian officials said."))
    assert codes["The Strasbourg court"] == "IGOJUD"
    assert codes["The court"] == "IGOJUD"


def test_a_city_court_is_its_states_where_no_international_court_is_named(nlp):
    codes = actor_codes(nlp, (
        "PARIS, May 3 (Wire) - A Strasbourg court jailed a French mayor for fraud on Tuesday, "
        "French prosecutors said."))
    assert codes["A Strasbourg court"] == "FRAJUD"


def test_both_countries_after_a_union_and_a_ministry_are_the_story_sides(nlp):
    codes = actor_codes(nlp, (
        "Armenia accused Azerbaijan of blocking the road on Monday. Azerbaijan denied it and said "
        "Armenia had laid mines. Armenia called the claim false. Azerbaijan said talks were "
        "over. The European Union and the U.S. State Department urged restraint. Both countries "
        "filed complaints at the United Nations."))
    found = {c for t, c in codes.items() if t == "Both countries"}
    assert found and found <= {"ARM", "AZE"}


def test_where_a_named_person_happened_to_be_is_not_his_state(nlp):
    codes = actor_codes(nlp, (
        "BRASILIA, May 3 (Wire) - The governor dismissed his aide, Joao Pereira, a former "
        "minister who was in Spain at the time."))
    assert codes.get("Joao Pereira") != "ESP"


def test_a_range_of_capitals_gives_no_state(nlp):
    codes = actor_codes(nlp, (
        "Leaders from Paris to Tokyo condemned the coup in Niger on Monday."))
    assert codes.get("Leaders") is None or not codes["Leaders"].startswith(("FRA", "JPN"))


def test_an_office_in_a_named_persons_who_clause_is_of_his_state(nlp):
    codes = actor_codes(nlp, (
        "DUBLIN, May 3 (Wire) - Ireland will sue Britain, Irish Foreign Minister Micheal Martin "
        "said. Britain said the law was fair and London rejected the case. British officials "
        "said Britain would defend it. Martin, who is also deputy prime minister, told "
        "reporters the case was strong."))
    assert codes["deputy prime minister"] == "IRLGOV"
