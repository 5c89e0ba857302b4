"""Session 29 (helper D): an armed group's or party's own outlet takes the group's code, and "one
of them" counted out of things names no actor (sentences of our own)."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_groups_own_radio_takes_the_groups_code(nlp):
    codes = actor_codes(nlp, "In a message broadcast on its radio station, Boko Haram claimed the attack "
                             "in Borno state.")
    assert codes.get("Boko Haram", "").endswith("REB")
    station = [c for t, c in codes.items() if "station" in t]
    assert station and station[0] == codes["Boko Haram"]


def test_a_states_radio_keeps_the_media_sector(nlp):
    codes = actor_codes(nlp, "Kenya's state radio station said the president would travel to Addis Ababa.")
    station = [c for t, c in codes.items() if "station" in t]
    assert station and station[0] == "KENJRN"


def test_one_of_them_counted_from_things_is_no_actor(nlp):
    codes = actor_codes(nlp, "Protesters in Lima burned three buses, one of them belonging to a local firm.")
    assert "them" not in codes


def test_one_of_them_counted_from_people_is_those_people(nlp):
    codes = actor_codes(nlp, "Police in Lima detained twelve students, one of them a protest leader.")
    assert codes.get("them") == codes["twelve students"]
