"""Session 42 (helper e7): a place's state put in an event's target slot. A place inside a phrase
that dates the act by another one, the place that already gave the unnamed doer, the place after
the people fired on, and where a road or cable leads are no targets; a town attacked or a protest's
home state still are. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import coded_record as record



def test_a_place_inside_a_time_phrase_is_the_other_acts():
    source, target = record("In 2021 the authorities restricted internet access during protests in Nairobi.",
                            "restricted")
    assert source == ["KENGOV"]
    assert "KEN" not in target


def test_the_place_that_gave_the_seizer_is_not_also_the_seized():
    source, target = record("The tanker was seized in Ghana last month.", "seized")
    assert source == ["GHAGOV"]
    assert target == []


def test_a_place_struck_by_a_rocket_does_not_name_the_attacker():
    source, target = record("A rocket struck a market in the town of Kidal in Mali on Sunday.", "struck")
    assert target == ["MLI"]
    assert source == []


def test_people_fired_on_are_the_target_not_their_town():
    source, target = record("Troops opened fire on a wedding procession in the Nigerian town of Zaria.", "opened")
    assert target == ["NGACVL"]


def test_where_a_blocked_road_leads_is_no_target_of_the_protest():
    _, target = record("Kenyan farmers blocked the main road to Uganda for a week.", "blocked")
    assert "UGA" not in target


def test_where_a_damaged_cable_leads_is_not_the_seized():
    source, target = record("Swedish police seized a ship suspected of damaging the data cable to Latvia, "
                            "officials said on Friday.", "seized")
    assert source == ["SWECOP"]
    assert "LVA" not in target


def test_a_town_attacked_stays_the_target():
    _, target = record("Government jets bombed the rebel-held town of Kidal in Mali on Sunday.", "bombed")
    assert "MLI" in target


def test_arrests_in_a_town_keep_the_towns_police():
    source, target = record("Three men were arrested in Nairobi on Monday.", "arrested")
    assert source == ["KENCOP"]
