"""Session 11, round 2: actor causes found in judged events on even rows of the CAMEO
sentence set. Each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Actor, Article

from actor_helpers import actor_codes


def _actors(nlp, text: str, date: str = "2019-10-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def test_known_name_inside_a_longer_name_its_acronym_spells(nlp):
    text = "Police guarded the office of the Gold Coast Democratic Congress (GCDC) in the north."
    codes = actor_codes(nlp, text)
    assert "USALEG" not in codes.values()


def test_known_name_with_its_own_acronym_is_still_that_body(nlp):
    codes = actor_codes(nlp, "The Economic Community of West African States (ECOWAS) met.")
    assert codes["Economic Community of West African States"] == "IGO"
    assert codes["ECOWAS"] == "IGO"


def test_acronym_written_as_a_word_is_the_body(nlp):
    codes = actor_codes(nlp, "The Ecowas leaders agreed to send troops to the border.")
    assert any(code and code.startswith("IGO") for code in codes.values())


def test_acronym_that_is_a_verb_in_a_headline_is_no_body(nlp):
    codes = actor_codes(nlp, "THE SIEGE IS OVER, SAYS THE MAYOR")
    assert "IMGREB" not in codes.values()


def test_acronym_of_a_group_before_its_members(nlp):
    codes = actor_codes(nlp, "Drone strikes killed six IS members near the border with Syria.")
    assert "IMGREB" in codes.values()


def test_capital_labelling_a_facility_is_a_place(nlp):
    codes = actor_codes(nlp, "Aid workers landed at the Kabul airport on Monday.")
    assert codes["Kabul"] == "AFG"


def test_capital_acting_is_still_its_government(nlp):
    codes = actor_codes(nlp, "Kabul rejected the proposal on Monday.")
    assert codes["Kabul"] == "AFGGOV"


def test_capital_named_as_the_capital_is_a_place(nlp):
    codes = actor_codes(nlp, "Envoys gathered in Afghanistan's capital Kabul for the talks.")
    assert codes["Kabul"] == "AFG"


def test_towns_naming_a_route_are_no_actors(nlp):
    codes = actor_codes(nlp, "Rebels blew up a section of the Mosul-Tikrit highway overnight.")
    assert "Mosul" not in codes and "Tikrit" not in codes


def test_town_alone_before_a_route_still_a_place(nlp):
    codes = actor_codes(nlp, "Rebels shelled Mosul overnight, officials said.")
    assert codes["Mosul"] == "IRQ"


def test_article_before_a_reduced_relative_leaves_the_people_word(nlp):
    actors = _actors(nlp, "Two guards died in a raid officials blamed on the rebels.")
    assert "officials" in [a.text for a in actors]
    assert not any(a.text.startswith("a raid") for a in actors)


def test_article_of_a_noun_compound_stays(nlp):
    actors = _actors(nlp, "The minister met an army officers delegation in the capital.")
    assert not any(a.text == "officers" for a in actors)


def test_year_before_a_body_is_no_part_of_it(nlp):
    actors = _actors(nlp, "On 3 May 2018 Kenya's High Court blocked the order.")
    texts = [a.text for a in actors]
    assert "Kenya's High Court" in texts


def test_plural_of_a_two_word_sector_phrase(nlp):
    actors = _actors(nlp, "The government cut its support to the militant groups in the east.")
    assert any(a.text.endswith("militant groups") and a.sector == "REB" for a in actors)


def test_anti_campaign_groups_are_civilians(nlp):
    actors = _actors(nlp, "Anti-nuclear groups marched through the city centre.")
    assert any(a.text == "Anti-nuclear groups" and a.sector == "CVL" for a in actors)


def test_hyphenated_word_before_a_plain_noun_is_no_group(nlp):
    codes = actor_codes(nlp, "The anti-war movie opened on Friday.")
    assert not any(code and code.endswith("CVL") for code in codes.values())


def test_state_adjective_before_a_body_labelling_a_thing_is_that_body(nlp):
    codes = actor_codes(nlp, "Gunmen attacked a Nigerian army base near the lake.")
    assert codes["Nigerian"] == "NGAMIL"


def test_state_adjective_before_a_plain_thing_stays_the_state(nlp):
    codes = actor_codes(nlp, "Gunmen attacked a Nigerian oil base near the lake.")
    assert codes["Nigerian"] == "NGA"


def test_plural_pronoun_takes_joined_people_of_one_state(nlp):
    text = ("Kenya froze the assets of former minister Ann Wairimu and ex-governor Peter Otieno, "
            "banning them from travel.")
    codes = actor_codes(nlp, text)
    assert codes.get("them", "").startswith("KEN")


def test_plural_pronoun_stands_for_each_of_two_joined_states(nlp):
    actors = _actors(nlp, "Peru and Chile signed the pact on Monday, and later they hailed it.")
    assert sorted(a.country for a in actors if a.text == "they") == ["CHL", "PER"]


def test_nationality_before_the_first_of_two_joined_bodies(nlp):
    codes = actor_codes(nlp, "The court may question members of the Kenyan cabinet or armed forces.")
    assert codes["armed forces"] == "KENMIL"


def test_second_body_with_its_own_nationality_keeps_it(nlp):
    codes = actor_codes(nlp, "Members of the Kenyan cabinet and Ugandan troops met at the border.")
    assert codes["Ugandan troops"] == "UGAMIL"


def test_religious_movement_takes_its_national_branch(nlp):
    codes = actor_codes(nlp, "Prosecutors charged members of the Russian branch of Jehovah's "
                             "Witnesses with extremism.")
    # (session 30) the national branch is the actor, of the movement's sector and its state
    assert codes["the Russian branch of Jehovah's Witnesses"] == "RUSREL"


def test_known_people_of_round_two(nlp):
    codes = actor_codes(nlp, "Horst Seehofer defended the plan on Tuesday.", date="2019-06-01")
    assert codes["Horst Seehofer"] == "DEUGOV"


def test_ruler_is_a_title(nlp):
    codes = actor_codes(nlp, "The Dubai ruler opened the fair.")
    assert codes["The Dubai ruler"] == "AREGOV"


def test_shared_body_name_takes_the_state_the_story_is_about(nlp):
    text = ("The National Security Council (NSC) in Kabul rejected the demand of Afghan "
            "opposition parties on Sunday.")
    codes = actor_codes(nlp, text)
    assert codes["National Security Council"] == "AFGGOV"


def test_shared_body_name_in_its_own_state_stays(nlp):
    codes = actor_codes(nlp, "The National Security Council met in Washington to discuss Iran.")
    assert codes["National Security Council"] == "USAGOV"


def test_intelligence_shared_is_information(nlp):
    actors = _actors(nlp, "Norway shared intelligence and supplies with Sweden.")
    assert not any(a.text == "intelligence" for a in actors)


def test_intelligence_of_a_state_is_its_service(nlp):
    codes = actor_codes(nlp, "Dutch intelligence warned of a plot.")
    assert codes["Dutch intelligence"] == "NLDSPY"


def test_state_name_ending_a_named_body_with_its_acronym(nlp):
    codes = actor_codes(nlp, "Police detained leaders of the Harakat-e-Nijat Pakistan (HNP) on Friday.")
    assert "Pakistan" not in codes
    assert codes.get("Harakat-e-Nijat Pakistan") == "PAK"


def test_state_after_of_in_a_named_body_is_still_read(nlp):
    codes = actor_codes(nlp, "The Reserve Bank of India (RBI) raised rates.")
    assert codes["Reserve Bank of India"].startswith("IND")
