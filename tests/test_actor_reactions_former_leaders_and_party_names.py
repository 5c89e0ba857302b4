"""Session 31 (blind batch AE): reactions from another capital, former leaders and their
pronouns, parties named by an acronym or a kind word, and analysts described after their name."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_reaction_in_other_capital_is_no_scene_and_places_the_official(nlp):
    text = ("TEGUCIGALPA - Honduras extradited a former police chief to the United States. "
            "He was arrested at his home in Tegucigalpa. "
            "In Washington, Attorney General Jane Roe accused him of taking bribes. "
            "He will appear before a federal judge in Manhattan. "
            "Outside the base, dozens of people waved flags.")
    codes = actor_codes(nlp, text, date="2022-04-21")
    assert codes["Attorney General Jane Roe"] == "USAJUD"
    assert codes["dozens of people"] == "HNDCVL"


def test_residents_speaking_in_a_city_still_set_the_scene(nlp):
    text = ("UNITED NATIONS - The U.N. Security Council voted on Haiti. "
            "In Port-au-Prince, residents said the vote would change little. "
            "\"Guns come every week,\" said Jean Pierre, who runs a pharmacy in Port-au-Prince.")
    codes = actor_codes(nlp, text, date="2023-10-21")
    assert codes["residents"] == "HTICVL"


def test_former_leader_after_a_former_president_is_that_person(nlp):
    text = ("Former Honduran President Juan Orlando Hernandez was extradited on Thursday. "
            "The former leader denies the charges and says he is a victim of revenge. "
            "In a message, he said he would prove his innocence before a U.S. judge. "
            "His wife, Ana Garcia, told local television the case was false.")
    codes = actor_codes(nlp, text, date="2022-04-21")
    assert codes["The former leader"] == "HNDELI"
    assert codes["he"] == "HNDELI"
    assert codes["Ana Garcia"] == "HND"  # "His" goes on with the "he" before, not the judge


def test_former_leader_of_a_party_alone_keeps_the_office_word(nlp):
    codes = actor_codes(nlp, "The party said it would not abandon its former leader.")
    assert codes.get("former leader") != "ELI"


def test_bracketed_acronym_of_a_party_with_a_possessive_name(nlp):
    text = ("FREETOWN - Sierra Leone's main opposition All People's Congress (APC) rejected the "
            "results. The APC said it would go to court. Police fired tear gas outside the APC "
            "headquarters.")
    codes = actor_codes(nlp, text, date="2023-06-28")
    assert "Congress" not in codes  # not the US Congress
    assert codes["All People's Congress"] == "SLEOPP"
    assert codes["The APC"] == "SLEOPP"


def test_kind_word_before_an_unknown_party_and_its_leader(nlp):
    text = ("SKOPJE - The government needs support from the nationalist opposition VMRO-DPMNE. "
            "VMRO-DPMNE leader Hristijan Mickoski said the vote failed.")
    codes = actor_codes(nlp, text, date="2018-10-01")
    assert codes["VMRO-DPMNE"] == "MKDOPP"
    assert codes["VMRO-DPMNE leader Hristijan Mickoski"] == "MKDOPP"


def test_known_party_after_kind_word_keeps_its_own_code(nlp):
    codes = actor_codes(nlp, "The opposition Democratic Alliance said it would sue, in "
                             "South Africa.", date="2023-01-01")
    assert codes["Democratic Alliance"] == "ZAFPTY"


def test_analyst_described_after_the_name_is_a_private_person(nlp):
    codes = actor_codes(nlp, "ISLAMABAD - Pakistan's army chief met the prime minister. Sana "
                             "Rafiq, a defence analyst at the Islamabad Policy Research "
                             "Institute, said the timing was no accident. She said more.")
    assert codes["Sana Rafiq"] == "PAKCVL"
    assert codes["She"] == "PAKCVL"
    codes = actor_codes(nlp, "Marija Trajkovska, an analyst at a Skopje think tank, said the "
                             "result was weak.")
    assert codes["Marija Trajkovska"] == "MKDCVL"


def test_researcher_at_an_eu_seat_is_not_claimed_by_the_story(nlp):
    codes = actor_codes(nlp, '"This is the least Strasbourg could do," said Tomas Lindqvist, a '
                             'researcher at a Brussels policy institute who follows the Council.')
    assert codes["Tomas Lindqvist"] is None
