"""Session 31 (batch AE, actor mentions, helper i): a stateless people in a story about one of
its homes is that state's; a body's name the tagger cut at its "and" is one name; a bare "the
administration" in a sentence naming only the United States is the US executive. Each rule has
a near miss it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_IRAQ = ("BAGHDAD, May 2 (Wire) - Iraqi troops moved north after clashes near Kirkuk. "
         "Prime Minister Ali Hassan said the state would protect the Yazidis and all of Iraq's "
         "communities. ")


def test_stateless_people_in_story_about_its_home_is_that_states(nlp):
    assert actor_codes(nlp, _IRAQ)["Yazidis"] == "IRQCVL"  # (session 47: a people placed at home are civilians)


def test_stateless_people_with_another_home_in_its_sentence_stays_open(nlp):
    codes = actor_codes(nlp, _IRAQ + "Syria said it would also protect the Yazidis.")
    assert codes.get("Yazidis") is None


def test_stateless_people_in_a_hyphenated_word_is_no_actor(nlp):
    codes = actor_codes(nlp, _IRAQ + "A Yazidi-led militia said it held the town.")
    assert "Yazidi" not in codes


def test_body_name_cut_at_its_and_is_one_name(nlp):
    codes = actor_codes(nlp, "The Kenya Textile and Apparel Association said it feared the tariff.")
    assert codes["Kenya Textile and Apparel Association"] == "KENBUS"
    assert codes["it"] == "KENBUS"
    codes = actor_codes(nlp, "The Canadian Apparel and Footwear Association welcomed the deal.")
    assert codes["Canadian Apparel and Footwear Association"] == "CANBUS"
    assert "Footwear Association" not in codes


def test_two_bodies_joined_by_and_stay_two(nlp):
    codes = actor_codes(nlp, "The Kenya Medical Association and Teachers Union said they would strike.")
    assert codes["Kenya Medical Association"] == "KENMED"
    assert codes["Teachers Union"] == "KENLAB"


def test_bare_administration_in_sentence_naming_only_us_is_the_us_executive(nlp):
    text = ("HANOI, July 3 (Wire) - Vietnam agreed a trade framework. The Vietnamese government "
            "welcomed it. A retailers' group said the duty would push up prices for U.S. families "
            "and urged the administration to publish its rules.")
    assert actor_codes(nlp, text)["the administration"] == "USAGOV"


def test_bare_administration_with_no_us_in_sentence_is_the_storys(nlp):
    text = ("MANILA, July 3 (Wire) - The Philippines agreed a trade framework with the United "
            "States. Farmers urged the administration to protect rice growers.")
    assert actor_codes(nlp, text)["the administration"] == "PHLGOV"


def test_gazetteer_town_taken_for_person_after_preposition_is_a_place(nlp):
    codes = actor_codes(nlp, "Farmers near Mato Grosso blocked a highway on Monday.")
    assert codes["Mato Grosso"] == "BRA"


def test_person_name_after_preposition_stays_a_person(nlp):
    codes = actor_codes(nlp, "The mayor wrote to Joe Biden on Monday.")
    assert codes["Joe Biden"] == "USAGOV"


def test_listed_town_taken_for_body_is_a_place(nlp):
    codes = actor_codes(nlp, "Cargo may move through the Eritrean ports of Assab and Massawa instead.")
    assert codes["Massawa"] == "ERI"
