"""Stances on policy fields, acts that are only a protest's topic, things said to bar someone,
a house meeting in its own session, and readiness split by a quote (all sentences our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_backing_a_policy_field_is_a_stance(nlp):
    text = "The former premier backed free schooling, rural healthcare and organic agriculture."
    assert events_of(nlp, text, "SUPPORT") == []


def test_backing_a_party_or_a_named_plan_stays_support(nlp):
    assert events_of(nlp, "Ghana supported the ceasefire plan of the African Union.", "SUPPORT")
    assert events_of(nlp, "Kenya backed the Ugandan opposition in the dispute.", "SUPPORT")


def test_a_pact_named_as_what_a_protest_is_over_is_no_event(nlp):
    text = "Crowds marched in Lima over the proposed Peruvian extradition treaty with Bolivia."
    assert not [e for e in code_events(nlp, text) if e.type in ("COOPERATE", "AGREE")]


def test_sanctions_protested_against_were_still_imposed(nlp):
    text = "Thousands rallied in Caracas against American sanctions on Venezuela."
    sanctions = events_of(nlp, text, "SANCTION")
    assert sanctions
    assert {a.country for a in sanctions[0].target} == {"VEN"}


def test_an_audit_said_to_bar_someone_coerces_no_one(nlp):
    text = "The mayor cited a pending audit as preventing her from publishing the accounts."
    assert events_of(nlp, text, "COERCE") == []


def test_police_who_bar_a_party_still_coerce(nlp):
    assert events_of(nlp, "Police banned the opposition from holding a rally in Minsk.", "COERCE")


def test_a_house_meeting_to_discuss_a_nominee_meets_no_one(nlp):
    text = "The Senate was due to meet on Tuesday to discuss Garcia's appointment."
    assert not [e for e in code_events(nlp, text) if e.type in ("CONSULT", "AGREE")]


def test_a_leader_meeting_another_to_discuss_still_meets(nlp):
    text = "The Indian prime minister will meet Putin on Friday to discuss the oil trade."
    meetings = [e for e in code_events(nlp, text) if e.type in ("CONSULT", "AGREE")]
    assert meetings
    assert {a.country for a in meetings[0].target} == {"RUS"}


def test_readiness_split_by_the_speech_verb_is_an_offer(nlp):
    text = '"We are ready," the Canadian minister said, "to send relief to Haiti."'
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "AID"]
    offers = [e for e in events if e.type == "AGREE"]
    assert offers
    assert {a.country for a in offers[0].target} == {"HTI"}


def test_a_split_quote_without_readiness_keeps_the_aid(nlp):
    text = '"We are sending relief," the Canadian minister said, "to help Haiti."'
    assert not [e for e in code_events(nlp, text) if e.type == "AGREE"]
