"""Session 32 (helper i, judged actor mentions): a known person whose office starts only after
the story's date is what the text calls them on that date (a title before the name or an
apposition after it), unless the sentence speaks of the coming office ("President-elect",
"would become prime minister")."""

from __future__ import annotations

from actor_helpers import actor_codes

_BEFORE = "2022-03-01"  # Albanese was prime minister of Australia from 23 May 2022


def test_title_before_the_name_wins_over_a_later_office(nlp):
    codes = actor_codes(nlp, "Opposition leader Anthony Albanese criticised the budget on Monday.",
                        date=_BEFORE)
    assert codes["Opposition leader Anthony Albanese"] == "AUSOPP"


def test_apposition_after_the_name_wins_for_every_mention(nlp):
    codes = actor_codes(nlp, "Anthony Albanese, leader of the opposition, criticised the budget. "
                             "The treasurer rejected the claims. Albanese said voters would decide.",
                        date=_BEFORE)
    assert codes["Anthony Albanese"] == "AUSOPP"
    assert codes["Albanese"] == "AUSOPP"


def test_incoming_holder_and_undescribed_name_keep_the_office(nlp):
    codes = actor_codes(nlp, "Anthony Albanese criticised the budget on Monday.", date=_BEFORE)
    assert codes["Anthony Albanese"] == "AUSGOV"
    codes = actor_codes(nlp, "Opposition leader Anthony Albanese, who will become prime minister "
                             "if Labor wins, criticised the budget.", date=_BEFORE)
    assert codes["Opposition leader Anthony Albanese"] == "AUSGOV"
    # an office held on the date is no later office
    codes = actor_codes(nlp, "Anthony Albanese, leader of the opposition, spoke on Monday.",
                        date="2022-06-01")
    assert codes["Anthony Albanese"] == "AUSGOV"


def test_people_killed_at_a_scene_are_of_the_scene_not_the_doer(nlp):
    codes = actor_codes(nlp, "Investigators said officers of the SVR were involved in the fire at "
                             "a plant in the northern Kharkiv region, which killed two plant "
                             "workers.", date="2021-05-02")
    assert codes["two plant workers"] == "UKRLAB"
    codes = actor_codes(nlp, "Investigators said officers of the SVR set fire to a warehouse in "
                             "the Lviv region and killed three warehouse workers.", date="2021-05-02")
    assert codes["three warehouse workers"] == "UKRLAB"
    # near miss: people whose own words say where they are from keep that state
    codes = actor_codes(nlp, "The fishermen, all from a village in the Indian state of Kerala, "
                             "were taken to a harbour in Jaffna.", date="2021-05-02")
    assert codes["The fishermen"] == "INDAGR"


def test_a_city_after_a_romance_de_ends_a_body_s_name(nlp):
    codes = actor_codes(nlp, "The operator Metro de Lima closed its stations after protesters "
                             "set fire to several trains.", date="2021-05-02")
    assert codes["Metro de Lima"] == "PER"
    assert "Lima" not in codes
    # near miss: a square named that way is a place, and a city alone is its government
    codes = actor_codes(nlp, "Protesters filled the Plaza de Mayo. Buenos Aires rejected the "
                             "demands.", date="2021-05-02")
    assert codes["Buenos Aires"] == "ARGGOV"


def test_a_label_of_political_camps_is_of_the_story_s_state(nlp):
    story = ("AMMAN, May 2 (Wire) - Jordan's King Abdullah suspended parliament on Tuesday for up "
             "to four years. Jordan's government said the move would speed reforms, and Jordan's "
             "army said it was ready. Saudi Arabia said it respected the decision. Some analysts "
             "said the suspension could clear the way for spending cuts, but warned that "
             "sidelining the assembly might fuel resentment among the tribal and Islamist groups "
             "that dominate it.")
    assert actor_codes(nlp, story)["Islamist"] == "JOR"
    # near miss: a label before a noun of fighters keeps that noun's sector
    story = story.replace("the tribal and Islamist groups that dominate it", "Islamist fighters")
    assert actor_codes(nlp, story)["Islamist fighters"] == "JORREB"
