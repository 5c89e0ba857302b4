"""Session 29 (batch AC): a person described as "<state>'s representative" acts for that state's
government; a private person given an age and then "a <trade> from <town>" is of the town's
state; a company that "state" or "state-owned" makes public before its name is the story
state's business."""

from __future__ import annotations

from actor_helpers import actor_codes

_MONGOLIA = ("Protesters marched in Mongolia on Monday. Mongolia's government promised an "
             "inquiry. ")


def test_state_representative_in_apposition_is_that_states_government(nlp) -> None:
    text = ('Georgia and Turkey argued over the pipeline in court. "We were right," said '
            "Levan Beridze, Georgia's representative for legal matters.")
    assert actor_codes(nlp, text).get("Levan Beridze") == "GEOGOV"


def test_representative_of_no_state_gives_no_government(nlp) -> None:
    codes = actor_codes(nlp, '"We won," said John Smith, a sales representative from Toronto.')
    assert codes.get("John Smith") != "CANGOV"


def test_home_town_after_an_age_gives_the_towns_state(nlp) -> None:
    text = ("Russia and Bulgaria expelled diplomats on Monday. \"My son works in Moscow,\" said "
            "Maria Petrova, 61, a retired teacher from Varna.")
    assert actor_codes(nlp, text).get("Maria Petrova") == "BGRCVL"


def test_state_miner_named_as_a_person_is_the_story_states_business(nlp) -> None:
    codes = actor_codes(nlp, _MONGOLIA + "Managers at state miner Altan Coal colluded with "
                                         "traders, reports said.")
    assert codes.get("Altan Coal") == "MNGBUS"


def test_state_owned_company_is_the_story_states_business(nlp) -> None:
    codes = actor_codes(nlp, _MONGOLIA + "Officials at state-owned Altan Coal denied the reports.")
    assert codes.get("state-owned Altan Coal") == "MNGBUS"


def test_company_not_called_state_owned_gets_no_sector(nlp) -> None:
    codes = actor_codes(nlp, _MONGOLIA + "Managers at Altan Coal denied the reports.")
    assert codes.get("Altan Coal") != "MNGBUS"


def test_bare_embassy_after_an_envoy_speaks_is_the_envoys_states(nlp) -> None:
    text = ("Romania expelled ten Russian diplomats on Monday. Russian Ambassador Ivan Petrov said "
            "he would ask Moscow to close the embassy in Bucharest.")
    assert actor_codes(nlp, text).get("the embassy") == "RUSGOV"


def test_bare_embassy_in_the_envoys_own_state_is_not_the_envoys(nlp) -> None:
    text = ("Romania expelled ten Russian diplomats. Russian Ambassador Ivan Petrov left "
            "Bucharest. Romania said it would close the embassy in Moscow.")
    assert actor_codes(nlp, text).get("the embassy") != "RUSGOV"
