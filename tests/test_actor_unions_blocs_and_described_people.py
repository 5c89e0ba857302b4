"""Session 24 (helper N), actors on fresh wire news: "Pan-" before a people's name names no
state; "Town, Ghana's minister" is no "Town, State" comma; a name before a trade's "union" is
that union (LAB) of the story's state; teachers and students with no state in their sentence
are the story's, like its trades; a state's electoral council is a public body, and a bare
"head" or a leader title set off before a name makes the person that organ's; "the bloc"
refers back to the bloc named before, and its leaders are the bloc's; a private person called
"a student from Lahore" or given an age that closes the sentence is placed. Every sentence is
our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_pan_prefix_names_no_state(nlp):
    codes = actor_codes(nlp, "LIMA (Wire) - Peru's truckers blocked the Pan-American Highway "
                             "near the border. Anti-American protesters gathered too.")
    assert "American" not in codes
    assert codes["Anti-American protesters"] == "PERCVL"


def test_country_possessive_after_town_comma_is_no_town_state(nlp):
    codes = actor_codes(nlp, "DAKAR (Wire) - Mali's junta met envoys. The bloc will send a mission "
                             "to Bamako, Senegal's foreign minister told reporters.")
    assert codes["Bamako"].startswith("MLI")
    near = actor_codes(nlp, "Flooding hit Tripoli, Lebanon on Monday.")
    assert near["Tripoli"] == "LBN"


def test_named_trade_union_is_labour_of_the_story_state(nlp):
    codes = actor_codes(nlp, "LIMA (Wire) - Peru's mines were idle. The Fenamin miners union "
                             "joined the strike.")
    assert codes["The Fenamin miners union"] == "PERLAB"
    near = actor_codes(nlp, "LIMA (Wire) - Peru's mines were idle. The African Union urged talks.")
    assert near["African Union"] == "IGO"


def test_teachers_and_students_take_the_story_state(nlp):
    codes = actor_codes(nlp, "QUITO (Wire) - Ecuador's president signed a deal with Canadian miner "
                             "Solaris on Monday, angering protesters. Teachers marched again on "
                             "Tuesday.")
    assert codes["Teachers"] == "ECUEDU"
    near = actor_codes(nlp, "QUITO (Wire) - Ecuador's president met Colombian students on Monday.")
    assert near["Colombian students"] == "COLEDU"


def test_electoral_council_head_is_of_the_council(nlp):
    codes = actor_codes(nlp, "QUITO (Wire) - Ecuador's president called a vote. National Electoral "
                             "Council head Diana Atamaint said turnout was high. She said results "
                             "would come on Monday.")
    assert codes["National Electoral Council head Diana Atamaint"] == "ECUGOV"
    assert codes["She"] == "ECUGOV"


def test_leader_title_set_off_before_a_name_gives_the_body(nlp):
    codes = actor_codes(nlp, "LIMA (Wire) - Peru's Constitutional Court struck down the law, "
                             "according to a ruling read by the court's president, Luz Pacheco.")
    assert codes["Luz Pacheco"] == "PERJUD"
    near = actor_codes(nlp, "LIMA (Wire) - Peru's Constitutional Court struck down the law. "
                            "The ruling was read by Luz Pacheco.")
    assert near["Luz Pacheco"] != "PERJUD"


def test_the_bloc_refers_back_to_the_bloc_named(nlp):
    codes = actor_codes(nlp, "DAKAR (Wire) - The Economic Community of West African States "
                             "suspended Niger. Leaders of the 15-nation bloc met by video. "
                             "The bloc held back from sanctions.")
    assert codes["Leaders of the 15-nation bloc"] == "IGO"
    assert codes["The bloc"] == "IGO"
    near = actor_codes(nlp, "ROME (Wire) - Italy's parliament voted, and the opposition bloc "
                            "walked out.")
    assert near.get("the opposition bloc") != "IGO"
    named = actor_codes(nlp, "NAIROBI (Wire) - The African Union and the regional bloc IGAD sent "
                             "mediators.")
    assert "the regional bloc" not in named


def test_private_person_from_a_town_is_of_its_state(nlp):
    codes = actor_codes(nlp, "DUBAI (Wire) - Flights resumed on Monday. \"We slept at the airport,\" "
                             "said Imran Qureshi, a medical student from Multan.")
    assert codes["Imran Qureshi"] == "PAKEDU"
    retired = actor_codes(nlp, "DUBAI (Wire) - Flights resumed on Monday. \"We slept at the airport,\" "
                               "said Imran Qureshi, a retired teacher from Multan.")
    assert retired["Imran Qureshi"] == "PAKCVL"
    near = actor_codes(nlp, "DUBAI (Wire) - Flights resumed on Monday. \"It is over,\" said "
                            "Imran Qureshi, an official from Multan.")
    assert near["Imran Qureshi"] != "PAKEDU"


def test_age_closing_the_sentence_marks_a_private_person(nlp):
    codes = actor_codes(nlp, "SIDON, Lebanon (Wire) - Lebanon's fishermen stayed ashore. \"The sea "
                             "is empty,\" said Karim Haddad, 61.")
    assert codes["Karim Haddad"] == "LBNCVL"


def test_lower_case_portfolio_the_tagger_calls_a_name_stays_in_the_ministry(nlp):
    codes = actor_codes(nlp, "ALMATY (Wire) - Uzbekistan closed its border. The Kazakh health "
                             "ministry said 12 people were hurt.")
    assert codes["The Kazakh health ministry"] == "KAZGOV"
    assert "Kazakh" not in codes
