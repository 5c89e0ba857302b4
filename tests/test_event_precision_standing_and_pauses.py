"""Session 18 (round 3), precision on wire news: a standing presence told since a year, a role told
in a relative clause, a refusal of what no one offered, pulling back from a pledge, a promise told by
its noun, a force pausing its own operations and the aim of that pause, the noun of an operation one
contributes to, and an inquiry shared with a partner. Each case pairs a sentence whose record must go
or change with a close one that must keep its record (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of, trigger_texts


# --- a perfect reaching back to a year is a standing presence --------------------------------


def test_patrolling_since_a_year_is_background(nlp):
    text = "The observer force has patrolled the buffer zone near Nicosia since 1974."
    assert "patrolled" not in trigger_texts(nlp, text)


def test_patrol_on_a_day_stays(nlp):
    text = "Turkish troops patrolled the buffer zone near Nicosia on Monday."
    assert [e.trigger for e in events_of(nlp, text, "MOBILIZE")] == ["patrolled"]


def test_mediation_since_a_year_stays(nlp):
    text = "The African Union, which has mediated talks between Khartoum and the rebels since 2019, met them again."
    assert "mediated" in trigger_texts(nlp, text)


# --- a role told in a non-restrictive relative clause, conjoined verbs too -------------------


def test_role_in_relative_clause_is_no_attack(nlp):
    text = ("Observers say the foreign mercenaries, who train the presidential guard and fight alongside "
            "the army, have grown more powerful.")
    assert not events_of(nlp, text, "ASSAULT")


def test_fighting_told_as_news_stays(nlp):
    text = "Foreign mercenaries fought alongside the army against the rebels near Bambari on Tuesday."
    assert events_of(nlp, text, "ASSAULT")


# --- a refusal of what no one has offered is a conditional stance ----------------------------


def test_refusing_an_indefinite_thing_is_hypothetical(nlp):
    text = "The Norwegian foreign minister said Oslo would not accept a watered-down report."
    rejects = events_of(nlp, text, "REJECT")
    assert rejects and all(e.hypothetical for e in rejects)


def test_refusing_the_ruling_is_no_condition(nlp):
    text = "The Norwegian foreign minister said Oslo would not accept the ruling."
    rejects = events_of(nlp, text, "REJECT")
    assert rejects and not any(e.hypothetical for e in rejects)


# --- backing away from a promise is no backing -----------------------------------------------


def test_backing_away_is_no_support(nlp):
    text = "The senator asked his party to vote no, backing away from his earlier stance on the bill."
    assert not events_of(nlp, text, "SUPPORT")


def test_backing_a_party_stays_support(nlp):
    text = "The senator backed the governor in the dispute over the budget."
    assert events_of(nlp, text, "SUPPORT")


# --- an act after a promise noun is promised, not done ---------------------------------------


def test_act_after_a_pledge_noun_is_future(nlp):
    text = ("On Tuesday the senator asked party members to vote against the bill, backing away from a "
            "pledge in May to give up his immunity.")
    given = [e for e in code_events(nlp, text) if e.trigger == "give"]
    assert given and all(e.future for e in given)


def test_act_done_stays_done(nlp):
    text = "The senator gave up his immunity in May."
    given = [e for e in code_events(nlp, text) if e.trigger == "gave"]
    assert given and not any(e.future or e.hypothetical for e in given)


# --- a force pausing its own operations holds fire; the pause's aim is no second act ---------


def test_troops_suspending_operations_retreat(nlp):
    text = "The army said soldiers had suspended operations in the valley for two days to allow the exchange."
    events = code_events(nlp, text)
    assert [e.type for e in events if e.trigger == "suspended"] == ["RETREAT"]
    assert not [e for e in events if e.type == "CONCEDE"]


def test_suspending_talks_stays_a_sanction(nlp):
    text = "Ecuador suspended talks with Peru over the border incident."
    assert not events_of(nlp, text, "RETREAT")


# --- the noun of an operation one contributes to -----------------------------------------------


def test_patrols_contributed_to_are_no_threat(nlp):
    text = "Each coast guard will contribute three cutters to the patrols in the strait."
    assert not events_of(nlp, text, "THREATEN")
    assert "patrols" not in trigger_texts(nlp, text)


def test_patrols_begun_stay(nlp):
    text = "The navy began patrols near the disputed islands on Monday."
    assert [e.trigger for e in events_of(nlp, text, "MOBILIZE")] == ["patrols"]


# --- an inquiry shared with a partner is cooperation -----------------------------------------


def test_inquiry_with_partner_is_cooperation(nlp):
    text = "Peru opened a joint investigation with Bolivia into the killing of the border guards."
    events = [e for e in code_events(nlp, text) if e.trigger == "investigation"]
    assert events and events[0].type == "COOPERATE"
    assert {a.code for a in events[0].source} >= {"PER", "BOL"}


def test_inquiry_into_a_party_stays_an_accusation(nlp):
    text = "Peru opened an investigation into Bolivia's border police."
    assert events_of(nlp, text, "ACCUSE")
