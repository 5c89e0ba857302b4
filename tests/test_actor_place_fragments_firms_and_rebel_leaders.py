"""Session 27 (helper H): names inside longer place names, firms a state's name opens, and
leaders of armed groups in the knowledge base."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_surname_inside_a_known_place_name_is_no_person(nlp):
    codes = actor_codes(nlp, "Hundreds of protesters gathered in Mong Kok on Saturday evening.")
    assert "Kok" not in codes
    assert codes.get("Mong Kok") == "HKG"


def test_state_adjective_opening_a_foreign_province_is_the_province(nlp):
    codes = actor_codes(nlp, "Residents of Surrey, British Columbia, held a vigil on Friday.")
    assert "British" not in codes
    assert codes.get("British Columbia") == "CAN"
    assert codes.get("Residents of Surrey") == "CANCVL"


def test_full_name_of_a_known_person_still_matches(nlp):
    codes = actor_codes(nlp, "Wim Kok met Dutch officials in The Hague.", date="1999-05-01")
    assert codes.get("Wim Kok", "").startswith("NLD")


def test_state_adjective_inside_its_own_region_still_names_the_state(nlp):
    codes = actor_codes(nlp, "Troops moved into the Russian Far East last week.")
    assert codes.get("Russian") == "RUS"


def test_firm_opened_by_a_capital_is_the_firm(nlp):
    codes = actor_codes(nlp, "Seoul City Gas Supply Co said it would raise prices next month.")
    assert codes.get("Seoul City Gas Supply Co") == "KORBUS"
    assert "Seoul" not in codes


def test_firm_opened_by_a_state_name_ending_in_corp_is_the_firm(nlp):
    codes = actor_codes(nlp, "China National Offshore Oil Corp signed a deal with Brazil.")
    assert codes.get("China National Offshore Oil Corp") == "CHNBUS"


def test_jailed_rebel_leader_is_found_by_name_and_surname(nlp):
    codes = actor_codes(nlp, "Abdullah Ocalan sent a letter from prison. Ocalan asked for talks.",
                        date="2025-02-27")
    assert codes.get("Abdullah Ocalan") == "TURREB"
    assert codes.get("Ocalan") == "TURREB"


def test_armed_group_commander_is_found_by_name(nlp):
    codes = actor_codes(nlp, "Mazloum Abdi met envoys in Hasakah on Tuesday.", date="2025-03-10")
    assert codes.get("Mazloum Abdi") == "SYRREB"


def test_town_listed_with_a_tagged_town_of_its_state_is_a_place(nlp):
    codes = actor_codes(nlp, "Government troops retook Dessie and Kombolcha after heavy fighting.")
    assert codes.get("Kombolcha") == "ETH"


def test_name_after_an_envoys_remit_is_that_envoy(nlp):
    codes = actor_codes(nlp, "U.S. envoy for the Horn of Africa Tom Perriello urged calm. "
                             "Perriello later flew home.")
    assert codes.get("Tom Perriello") == "USAGOV"
    assert codes.get("Perriello") == "USAGOV"


def test_rank_word_before_a_known_council_makes_another_body(nlp):
    codes = actor_codes(nlp, "Tunisia's High Security Council met on Sunday to review the crisis.")
    assert "Security Council" not in codes
    assert codes.get("Tunisia's High Security Council", "").startswith("TUN")


def test_party_named_after_a_placed_group_label_is_that_states(nlp):
    text = ("Japan said on Tuesday it would resume the release. Japanese fishermen protested. "
            "Taiwan's main opposition People's Party criticised the plan.")
    codes = actor_codes(nlp, text, date="2023-08-30")
    assert codes.get("People's Party", "").startswith("TWN")
