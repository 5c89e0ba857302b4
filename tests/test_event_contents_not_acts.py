"""Session 29: what a threat, an appeal, a law or a habit says is no act of its own (a causative
"to have X killed", "a return to talks", a statute's provisions, "whenever ..." in the passive,
"in recent years", a threshold "needed to", a verdict's weighed effects, private "ties"), while the
same acts told as done keep their records (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_a_causative_threat_is_one_threat_aimed_at_the_victim(nlp):
    events = code_events(nlp, "The warlord threatened to have the governor killed.")
    assert not [e for e in events if e.type == "ASSAULT"]
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and [a.text for a in threats[0].target] == ["the governor"]


def test_a_return_to_talks_is_what_the_appeal_asks(nlp):
    assert not events_of(nlp, "France urged a return to talks with the rebel commanders.", "CONSULT")
    assert events_of(nlp, "The rebels returned to talks with the government in Doha on Monday.", "CONSULT")


def test_what_a_statute_offers_is_a_provision(nlp):
    text = "The amnesty law offers reduced sentences to fighters who surrender to the army."
    assert not events_of(nlp, text, "AGREE")
    assert not events_of(nlp, text, "RETREAT")
    assert events_of(nlp, "Hundreds of fighters surrendered to the army on Sunday.", "RETREAT")


def test_a_provision_joined_to_another_shares_the_law_subject(nlp):
    text = "The bill cuts state subsidies and offers tax breaks to firms that invest abroad."
    assert not events_of(nlp, text, "AGREE")


def test_a_passive_act_whenever_something_happens_is_a_habit(nlp):
    assert not events_of(nlp, "Whenever a mayor speaks out, he is arrested by the police.", "COERCE")
    assert events_of(nlp, "When the mayor spoke out on Monday, he was arrested by the police.", "COERCE")


def test_acts_spread_over_recent_years_are_background(nlp):
    assert not events_of(nlp, "Police have arrested dozens of Kurdish activists in recent years.", "COERCE")
    assert not events_of(nlp, "Turkey has deported 30 Syrian refugees over the past few years.", "SANCTION")
    assert events_of(nlp, "Police have arrested dozens of Kurdish activists in recent days.", "COERCE")
    assert events_of(nlp, "In recent years the rebels have carried out attacks on army posts.", "ASSAULT")


def test_a_share_needed_to_act_is_a_threshold(nlp):
    text = "The motion won 70 votes, short of the two thirds needed to send it to the upper house."
    assert not [e for e in code_events(nlp, text) if e.trigger.startswith("send")]


def test_what_a_conviction_would_do_is_no_act(nlp):
    text = "A conviction would remove the governor from office and bar him from politics."
    assert not events_of(nlp, text, "COERCE")
    assert events_of(nlp, "The court removed the governor from office on Friday.", "COERCE")


def test_family_and_business_ties_are_a_standing_state(nlp):
    text = "The minister warned that the expulsions would hurt Serbs with family and business ties in Croatia."
    assert not [e for e in code_events(nlp, text) if e.trigger == "ties"]


def test_the_ground_of_a_stand_with_an_ally_is_no_second_act(nlp):
    text = "Canada said it stood with Estonia in resisting foreign pressure."
    assert not events_of(nlp, text, "REJECT")
    assert events_of(nlp, text, "SUPPORT")
    assert events_of(nlp, "France joined Germany in condemning the coup on Monday.", "ACCUSE")
