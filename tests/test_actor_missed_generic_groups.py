"""Session 28 (helper Q), common nouns of groups and bodies the blind judges of batch AB found
missed: counted people who act, opponents, voters, "the public", analysts, lower-case chambers
and committees of parliament, stations and outlets, labour federations, lawyers, parties
named with a hyphened camp, and a crowd others join or disperse. Each case has a near miss
(our own sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes

_LEDE = "QUITO, May 3 (Wire) - Ecuador's congress passed the budget. "


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, _LEDE + text, date="2022-05-03")


# --- counted people -----------------------------------------------------------------------------

def test_counted_people_who_act_are_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "Tens of thousands of people marched to the ministry.")
    assert codes.get("Tens of thousands of people") == "ECUCVL"


def test_counted_people_after_a_dateline_are_the_story_civilians(nlp) -> None:
    codes = actor_codes(nlp, "QUITO, May 3 (Wire) - Thousands of people converged on Ecuador's "
                             "congress on Tuesday.", date="2022-05-03")
    assert codes.get("Thousands of people") == "ECUCVL"


def test_people_in_general_stay_no_actor(nlp) -> None:
    codes = _codes(nlp, "People say the budget is unfair.")
    assert "People" not in codes


def test_counted_people_killed_stay_a_toll(nlp) -> None:
    codes = _codes(nlp, "Thousands of people were killed in the fighting.")
    assert not any("people" in text for text in codes)


# --- critics, voters, the public, analysts --------------------------------------------------------

def test_opponents_and_voters_are_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "Opponents say the voters were never asked.")
    assert codes.get("Opponents") == "ECUCVL"
    assert codes.get("the voters") == "ECUCVL"


def test_the_public_is_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "The finance minister apologised to the public.")
    assert codes.get("the public") == "ECUCVL"


def test_public_without_its_article_is_no_actor(nlp) -> None:
    codes = _codes(nlp, "The minister made the figures public and spoke in public on Monday.")
    assert not any("public" in text for text in codes)


def test_political_analyst_is_a_civilian(nlp) -> None:
    codes = _codes(nlp, "\"The vote changes little,\" said a political analyst.")
    assert codes.get("a political analyst") == "ECUCVL"


# --- bodies named in lower case -------------------------------------------------------------------

def test_lower_house_is_the_legislature(nlp) -> None:
    codes = _codes(nlp, "The bill now goes to the lower house.")
    assert codes.get("the lower house") == "ECULEG"


def test_radio_station_is_media(nlp) -> None:
    codes = _codes(nlp, "Protesters set fire to a car belonging to a radio station.")
    assert codes.get("a radio station") == "ECUJRN"


def test_labour_federations_are_labour(nlp) -> None:
    codes = _codes(nlp, "The three main labour federations called a strike.")
    assert codes.get("The three main labour federations") == "ECULAB"


def test_hyphened_camp_names_parties(nlp) -> None:
    codes = _codes(nlp, "Left-wing parties called a strike.")
    assert codes.get("Left-wing parties") == "ECUPTY"


# --- crowds others join or disperse ---------------------------------------------------------------

def test_crowd_police_disperse_is_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "Police dispersed the crowd with tear gas.")
    assert codes.get("the crowd") == "ECUCVL"


def test_crowd_of_a_size_stays_no_actor(nlp) -> None:
    codes = _codes(nlp, "The minister said the size of the crowd did not matter.")
    assert "the crowd" not in codes


def test_crowd_force_is_used_against_is_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "Rights groups said force against unarmed crowds was unlawful.")
    assert codes.get("unarmed crowds") == "ECUCVL"


def test_relatives_a_report_cites_are_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "Police searched the homes of two reporters, according to relatives.")
    assert codes.get("relatives") == "ECUCVL"


def test_relatives_abroad_who_send_money_stay_no_actor(nlp) -> None:
    codes = _codes(nlp, "Many families live on money from relatives abroad.")
    assert "relatives" not in codes


def test_student_organisers_are_education(nlp) -> None:
    codes = _codes(nlp, "Student organisers vowed to keep marching.")
    assert codes.get("Student organisers") == "ECUEDU"


def test_opponents_of_a_president_are_not_his_office(nlp) -> None:
    codes = _codes(nlp, "Money went to opponents of President Guillermo Lasso.")
    assert codes.get("opponents") == "ECUCVL"
    assert codes.get("President Guillermo Lasso") == "ECUGOV"


def test_public_a_building_is_closed_to_is_no_actor(nlp) -> None:
    codes = _codes(nlp, "The hearings were closed to the public.")
    assert "the public" not in codes


def test_counted_people_who_died_stay_a_toll(nlp) -> None:
    codes = _codes(nlp, "Hundreds of people died in the floods.")
    assert not any("people" in text for text in codes)
