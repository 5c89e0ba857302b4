"""Participant phrases, session 16: a place named where an act was done never replaces what the act
is aimed at, a name the parser split from the noun it modifies stays with it, and dwellings and
workplaces are sites that keep their place (arguments, argument_phrases)."""

from __future__ import annotations

from event_helpers import spans_at


def test_an_aimed_at_phrase_is_not_replaced_by_the_place_of_the_act(nlp):
    # the events stage may take the city for the party; "against X" already says at what
    _, target = spans_at(nlp, "Thousands of farmers protested in New Delhi against new agricultural laws.",
                         "protested", ["Thousands of farmers"], ["New Delhi"], type_="PROTEST")
    assert target == ["new agricultural laws"]


def test_a_place_of_the_act_stays_the_target_when_nothing_is_aimed_at(nlp):
    # no "against/at/on" phrase: the named place is still the act's only party
    _, target = spans_at(nlp, "Thousands of farmers protested in New Delhi on Monday.",
                         "protested", ["Thousands of farmers"], ["New Delhi"], type_="PROTEST")
    assert target == ["New Delhi"]


def test_a_group_name_split_from_its_members_is_one_phrase(nlp):
    # the parser makes "12 Boko Haram" and "militants" two objects of "sentenced"
    text = "A Nigerian court sentenced 12 Boko Haram militants to death for the killing of soldiers."
    _, target = spans_at(nlp, text, "sentenced", ["A Nigerian court"], ["Boko Haram"], type_="COERCE")
    assert target == ["12 Boko Haram militants"]


def test_homes_are_a_site_that_keeps_its_place(nlp):
    # a dwelling is no act done in a place: the whole site is the target, not the region
    _, target = spans_at(nlp, "The Israeli army demolished the homes of two Palestinian attackers in the West Bank.",
                         "demolished", ["The Israeli army"], ["Palestinian", "the West Bank"], type_="ASSAULT")
    assert target == ["the homes of two Palestinian attackers in the West Bank"]


def test_a_hotel_stormed_keeps_its_city(nlp):
    _, target = spans_at(nlp, "Gunmen stormed a hotel in Mogadishu on Sunday.", "stormed", ["Gunmen"], ["Mogadishu"],
                         type_="ASSAULT")
    assert target == ["a hotel in Mogadishu"]


def test_an_enclave_is_a_site_that_keeps_its_place(nlp):
    _, target = spans_at(nlp, "Government troops seized a rebel stronghold in Darfur on Monday.", "seized",
                         ["Government troops"], ["Darfur"], type_="COERCE")
    assert target == ["a rebel stronghold in Darfur"]


def test_where_a_pair_clashes_is_no_party(nlp):
    # two named sides in one subject act on each other; the valley is only where
    source, target = spans_at(nlp, "Indian and Chinese troops clashed in the Galwan Valley.", "clashed",
                              ["Indian", "Chinese"], ["the Galwan Valley"], type_="ASSAULT")
    assert source == target == ["Indian and Chinese troops"]


def test_forces_deployed_give_way_to_the_place_they_go(nlp):
    # the parser hangs "to Somalia" on "approved"; the troops are Uganda's own
    _, target = spans_at(nlp, "Uganda's parliament approved the deployment of 1,000 troops to Somalia.", "deployment",
                         ["Uganda"], ["Somalia"], type_="MOBILIZE")
    assert target == ["Somalia"]


def test_forces_deployed_with_no_place_stay_the_target(nlp):
    _, target = spans_at(nlp, "Uganda's parliament approved the deployment of 1,000 troops.", "deployment",
                         ["Uganda"], type_="MOBILIZE")
    assert target == ["1,000 troops"]
