"""Actor causes in named groups, pronoun owners and titles: a state's name inside a group's
name is not the state, an owner pronoun in "urged X to ..." is X's, a posting's title stays one
mention, a name with a person in apposition is a person, and a school's stated place codes it."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_group_named_after_a_state_is_not_the_state(nlp) -> None:
    codes = actor_codes(nlp, "The Syria Solidarity Campaign held a vigil outside the embassy in London.")
    assert "Syria" not in codes
    assert all(code is None or not code.startswith("SYR") for code in codes.values())


def test_a_group_name_cut_at_its_cause_is_made_whole(nlp) -> None:
    codes = actor_codes(nlp, "Photos of him at a march with the Yemen Veterans Against the Bombing "
                             "were published on Monday.")
    assert not any(code and code.startswith("YEM") for code in codes.values())


def test_a_state_ministry_keeps_its_state(nlp) -> None:
    codes = actor_codes(nlp, "The Iraq Ministry of Defence said the troops had left the city.")
    assert any(code and code.startswith("IRQ") for code in codes.values())


def test_a_journal_title_is_no_state(nlp) -> None:
    codes = actor_codes(nlp, "The study appeared in the British Journal of Sports Medicine on Monday.")
    assert all(code is None or not code.startswith("GBR") for code in codes.values())


def test_an_urged_states_own_troops(nlp) -> None:
    codes = actor_codes(nlp, "France urged Turkey to pull back its soldiers from the border.")
    assert codes.get("soldiers") == "TURMIL"


def test_the_subjects_own_troops_without_an_object(nlp) -> None:
    codes = actor_codes(nlp, "Turkey promised to pull back its soldiers from the border.")
    assert codes.get("soldiers") == "TURMIL"


def test_an_envoy_to_a_body_stays_one_mention(nlp) -> None:
    codes = actor_codes(nlp, "Former British Ambassador to the United Nations Jonathan Allen "
                             "criticised the plan.", date="2022-06-01")
    title = "Former British Ambassador to the United Nations Jonathan Allen"
    assert codes.get(title) == "GBRGOV"
    assert "United Nations" not in codes


def test_a_name_with_a_person_in_apposition_is_a_person(nlp) -> None:
    codes = actor_codes(nlp, "Thandeka Mbeleni, a resident of Soweto, said the water was cut off.")
    assert codes.get("Thandeka Mbeleni") == "ZAFCVL"


def test_a_school_takes_the_place_it_is_said_to_be_in(nlp) -> None:
    codes = actor_codes(nlp, "Scientists at Stanford University in California published the study.")
    assert codes.get("Stanford University") == "USAEDU"


def test_a_church_official_is_religious(nlp) -> None:
    codes = actor_codes(nlp, "A church official in Poland denied the report.")
    assert codes.get("A church official") == "POLREL"


def test_a_venue_named_for_a_person_and_a_people_is_no_actor(nlp) -> None:
    codes = actor_codes(nlp, "The film opened at Talbot's Egyptian Theatre in Hollywood on Friday.")
    assert "Talbot" not in codes
    assert all(code is None or not code.startswith("EGY") for code in codes.values())


def test_a_persons_possession_outside_a_venue_name_keeps_the_person(nlp) -> None:
    codes = actor_codes(nlp, "Trump's speech at the hall angered Democrats.", date="2019-06-01")
    assert codes.get("Trump") == "USAGOV"


def test_a_school_without_a_named_state_takes_the_articles(nlp) -> None:
    text = ("The United States Senate passed the bill on Monday. American lawmakers in "
            "Washington praised it. The senator studied law at Baylor University before "
            "entering politics.")
    codes = actor_codes(nlp, text, date="2019-06-01")
    assert codes.get("Baylor University") == "USAEDU"


def test_a_school_in_a_sentence_naming_another_state_stays_open(nlp) -> None:
    text = ("The United States Senate passed the bill on Monday. American lawmakers in "
            "Washington praised it. Scientists from Baylor University and Japan wrote the study.")
    codes = actor_codes(nlp, text, date="2019-06-01")
    assert codes.get("Baylor University") is None
