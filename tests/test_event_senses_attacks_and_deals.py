"""Blows and accidents: bombers, car bombs and raids are attacks while crashes and trucks hitting
barriers are not; giving in to a demand is one concession, a ratified deal one ratification, and
waters named after a state are no party to joint patrols."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def test_plane_crash_is_no_assault_but_raid_is(nlp):
    crash = "At least nine people were killed when a cargo plane crashed near the airport."
    assert not events_of(nlp, crash, "ASSAULT")
    raid = "Rebels killed nine people when they attacked the village."
    assert events_of(nlp, raid, "ASSAULT")


def test_crash_clause_kills_no_one_by_assault(nlp):
    crash = ("At least five people were killed in Italy on Tuesday, when a vintage fighter plane crashed "
             "at Rimini Airport in Miramare, Emilia.")
    assert not events_of(nlp, crash, "ASSAULT")
    raid = "At least five people were killed in Syria on Tuesday, when government jets bombed a market in Idlib."
    assert events_of(nlp, raid, "ASSAULT")


def test_a_bomber_striking_a_market_is_an_attack(nlp):
    hits = events_of(nlp, "A suicide bomber struck a crowded market in Mosul on Friday.", "ASSAULT")
    assert hits
    assert hits[0].cameo.startswith("183")


def test_a_truck_hitting_a_barrier_stays_an_accident(nlp):
    assert not events_of(nlp, "A lorry struck a concrete barrier near Lyon.", "ASSAULT")


def test_a_bombing_participle_codes_the_attack_once(nlp):
    hits = events_of(nlp, "Insurgents attacked the army post, striking it with a car bomb.", "ASSAULT")
    assert len(hits) == 1
    assert hits[0].cameo == "1832"


def test_a_post_struck_by_a_car_bomb_is_a_car_bombing(nlp):
    hits = events_of(nlp, "The police station in Kabul was struck by a car bomb on Monday.", "ASSAULT")
    assert [e.cameo for e in hits] == ["1832"]
    assert hits[0].mode == "explosives"


def test_giving_in_to_a_demand_is_one_concession_to_the_demanders(nlp):
    events = code_events(nlp, "The Kenyan government caved in to the demands of the Kenyan teachers' union.")
    assert [e.type for e in events] == ["CONCEDE"]
    assert events[0].cameo == "083"
    assert states_of(events[0].target) == {"KEN"}


def test_bowing_to_an_audience_is_no_concession(nlp):
    assert not events_of(nlp, "The Japanese prime minister bowed to the audience.", "CONCEDE")


def test_the_ratified_deal_is_part_of_the_ratification(nlp):
    events = code_events(nlp, "Peru ratified the agreement with Chile on Tuesday.")
    assert [e.type for e in events] == ["SUPPORT"]
    assert states_of(events[0].target) == {"CHL"}


def test_waters_named_after_a_state_are_no_party_to_joint_patrols(nlp):
    hits = events_of(nlp, "India and France held joint naval patrols off the coast of Oman.", "COOPERATE")
    assert hits
    assert states_of(hits[0].source) == {"IND", "FRA"}
    assert not hits[0].target
