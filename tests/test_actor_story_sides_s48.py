"""Session 48: actors given the wrong side or none (batches AW and AY). A rebel's or militant's
leader is no government; an opposition party's officials named by its bracketed acronym; a long
name the tagger cut; people named after the group they belong to; a Washington story's "the
government" of the foreign state it is about; a summit's venue is not the scene of its war; a
"military court" in a World Court story is no international court. Sentences written for these
tests."""

from __future__ import annotations

from event_helpers import codes_in, stored_article

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2015-02-12") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date), word)


def test_a_rebel_leader_is_a_rebel_not_the_government():
    text = "MANILA, March 27 (Wire) - Troops clashed with the rebel leader on Monday."
    assert codes_of(text, "the rebel leader") == ["PHLREB"]
    named = "MANILA, March 27 (Wire) - Troops clashed with rebel leader Tomas Halili on Monday."
    assert codes_of(named, "rebel leader Tomas Halili") == ["PHLREB"]
    militant = "MANILA, March 27 (Wire) - Troops hunted the militant leader on Monday."
    assert codes_of(militant, "the militant leader") == ["PHLREB"]


def test_a_militant_adjective_before_students_is_no_armed_side():
    text = "MANILA, March 27 (Wire) - Militant students marched to the palace on Monday."
    assert all(not (c or "").endswith("REB") for c in codes_of(text, "Militant students"))


def test_an_opposition_youth_leader_is_one_opposition_mention():
    text = ("ASUNCION, April 1 (Wire) - Paraguayan police shot dead an opposition youth leader during a "
            "raid on Saturday.")
    assert codes_of(text, "an opposition youth leader", "2017-04-01") == ["PRYOPP"]
    assert codes_of(text, "youth leader", "2017-04-01") == []


def test_a_leader_titled_by_a_bracketed_party_acronym_is_the_opposition():
    text = ("ASUNCION, April 1 (Wire) - The victim was a member of the Authentic Radical Liberal Party "
            "(PLRA), the main opposition party. \"This was an execution,\" PLRA president Efrain "
            "Alegre told reporters. He accused the president of staging a coup.")
    assert codes_of(text, "PLRA president Efrain Alegre", "2017-04-01") == ["PRYOPP"]
    assert codes_of(text, "He", "2017-04-01") == ["PRYOPP"]


def test_a_long_name_cut_by_the_tagger_is_whole_and_its_inner_word_is_the_person():
    text = ("MANILA, March 27 (Wire) - The agreement was signed in front of President Benigno Aquino "
            "and MILF chairman Al Haj Murad Ebrahim. Murad told the gathering that the rebels had "
            "struggled for decades. But he warned that the real test would come later.")
    assert codes_of(text, "MILF chairman Al Haj Murad Ebrahim", "2014-03-27") == ["PHLREB"]
    assert codes_of(text, "Murad", "2014-03-27") == ["PHLREB"]
    assert codes_of(text, "he", "2014-03-27") == ["PHLREB"]


def test_names_after_a_group_of_leaders_are_its_members():
    text = ("KIEV, Feb 12 (Wire) - The package was signed by two rebel commanders, Ivan Petrenko and "
            "Oleg Sidorenko. Petrenko told Russian television that any violation by Kiev would end the "
            "arrangement.")
    assert codes_of(text, "Ivan Petrenko") == ["UKRREB"]
    assert codes_of(text, "Oleg Sidorenko") == ["UKRREB"]
    assert codes_of(text, "Petrenko") == ["UKRREB"]


def test_a_town_listed_after_another_town_is_a_place_not_a_person():
    text = ("KIEV, Feb 12 (Wire) - The package was signed by the separatist leaders of Donetsk and "
            "Luhansk, Alexander Zakharchenko and Igor Plotnitsky.")
    assert codes_of(text, "Luhansk") == ["UKR"]
    assert codes_of(text, "Igor Plotnitsky") == ["UKRREB"]


def test_an_envoys_host_capital_is_not_part_of_his_name():
    text = ("MOSCOW, Feb 12 (Wire) - Russia's ambassador to Kiev Mikhail Zurabov said the deal would "
            "hold.")
    assert codes_of(text, "Russia's ambassador to Kiev Mikhail Zurabov") == ["RUSGOV"]


def test_the_government_of_a_washington_story_about_sudan_is_sudans():
    art = stored_article("fresh_news_s48ay.jsonl", "AY102")
    assert set(codes_in(art, "the government")) == {"SDNGOV"}
    assert codes_in(art, "A government spokesman") == ["SDNGOV"]


def test_the_government_of_a_domestic_washington_story_stays_american():
    text = ("WASHINGTON, Oct 2 (Wire) - Congress failed to pass a budget on Tuesday. The government will "
            "shut down at midnight, the White House said.")
    assert codes_of(text, "The government", "2013-10-01") == ["USAGOV"]


def test_a_summits_venue_is_not_where_its_war_is_fought():
    art = stored_article("fresh_news_s48ay2.jsonl", "AY201")
    assert codes_in(art, "the separatists") == ["UKRREB"]
    assert codes_in(art, "residents") == ["UKRCVL"]


def test_a_military_court_in_a_world_court_story_is_no_world_court():
    art = stored_article("fresh_news_s48ay2.jsonl", "AY205")
    assert "UNOJUD" not in codes_in(art, "the military court")
    assert codes_in(art, "Indian national Kulbhushan Jadhav") == ["INDCVL"]


def test_a_spokeswoman_with_a_virtue_name_is_a_person():
    text = ("HARARE, Jan 16 (Wire) - Police spokeswoman Charity Moyo said more than 600 people had been "
            "arrested.")
    assert codes_of(text, "Police spokeswoman Charity Moyo", "2019-01-16") == ["ZWECOP"]


def test_an_aide_reporting_a_named_leaders_deed_is_that_leaders():
    text = "CAIRO, May 20 (Wire) - Arab League Secretary-General Amr Moussa urged restraint, an aide said."
    assert codes_of(text, "an aide", "2007-05-20") == ["IGOGOV"]


def test_a_military_official_is_of_the_military():
    text = "BEIRUT, May 20 (Wire) - Militants killed three soldiers, according to a military official."
    assert codes_of(text, "a military official", "2007-05-20") == ["LBNMIL"]


def test_a_place_owned_by_a_city_is_in_the_citys_state():
    text = "LONDON, Feb 10 (Wire) - The IRA set off a bomb in London's Docklands, police said."
    assert codes_of(text, "Docklands", "1996-02-10") == ["GBR"]


def test_troops_a_state_denied_having_abroad_are_its_own():
    text = "MOGADISHU, Dec 26 (Wire) - Ethiopia long denied having combat troops in Somalia."
    assert codes_of(text, "combat troops", "2006-12-26") == ["ETHMIL"]
