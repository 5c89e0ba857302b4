"""Session 28, brief S: peoples that live mostly in one state named on their own ("Maori" as a
noun), a people's word used as a language, listed parties and rebel groups, and an indefinite
description set off after a named body. Each rule has a case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_NZ = "WELLINGTON, May 3 (Wire) - New Zealand's parliament voted on Tuesday on a land bill. "


def test_people_word_standing_as_noun_is_that_peoples_civilians(nlp):
    codes = actor_codes(nlp, _NZ + "Critics said the bill would strip Maori of fishing rights.")
    assert codes["Maori"] == "NZLCVL"


def test_people_word_modifying_a_noun_is_read_with_that_noun(nlp):
    codes = actor_codes(nlp, _NZ + "The accord was signed by 40 Maori elders in 1850.")
    assert codes["40 Maori elders"] == "NZLCVL"


def test_people_word_as_a_language_is_no_actor(nlp):
    codes = actor_codes(nlp, _NZ + "The walk, known in Maori as a hikoi, ended at noon.")
    assert "Maori" not in codes


def test_state_adjective_standing_as_noun_is_unchanged(nlp):
    codes = actor_codes(nlp, _NZ + "Officials said the Swiss had offered to mediate.")
    assert codes.get("Swiss") == "CHE"


def test_listed_party_named_before_lawmaker_is_the_party(nlp):
    codes = actor_codes(nlp, _NZ + "Te Pati Maori lawmaker Ana Kereama walked out of the debate.")
    assert codes["Te Pati Maori"] == "NZLPTY"


def test_indefinite_description_after_listed_group_takes_its_code(nlp):
    text = ("KINSHASA, May 3 (Wire) - Congo said its army would not work with the FDLR, a militia "
            "active in the hills, officials said.")
    codes = actor_codes(nlp, text)
    assert codes["FDLR"] == "RWAREB"
    assert "a militia" not in codes  # (session 58) the description is the FDLR, no second actor


def test_description_after_unlisted_name_is_left_to_other_rules(nlp):
    text = ("KINSHASA, May 3 (Wire) - Congo said its army clashed with Mai-Mai Kifuafua, a militia "
            "active in the hills.")
    assert actor_codes(nlp, text).get("a militia") != "RWAREB"


def test_company_short_name_is_not_the_story_state(nlp):
    text = ("KATHMANDU, May 3 (Wire) - Nepal blocked several apps on Tuesday. Meta, which owns "
            "Instagram, said it was studying the order.")
    assert actor_codes(nlp, text)["Meta"] == "USABUS"


def test_firm_short_name_that_is_a_named_persons_surname_is_the_person(nlp):
    text = ("TIRANA, May 3 (Wire) - Albanian President Ilir Meta refused to sign the decree on "
            "Tuesday. Meta said the law broke the constitution.")
    assert actor_codes(nlp, text, "2019-05-03")["Meta"] == "ALBGOV"
