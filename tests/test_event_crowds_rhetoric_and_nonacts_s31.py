"""Session 31: a crowd rallying behind someone demonstrates, a cause named beside its holders is no
new appeal, "will not allow" a harm is a warning or rhetoric, a medium cut is censorship, and an act
denied by "no" is no act; on sentences of our own."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_a_crowd_rallying_behind_someone_demonstrates(nlp):
    text = "Thousands of supporters rallied behind the president in the capital on Sunday."
    rallies = events_of(nlp, text, "PROTEST")
    assert rallies and rallies[0].cameo == "141" and not rallies[0].target
    assert not events_of(nlp, text, "SUPPORT")
    assert events_of(nlp, "Hundreds of farmers rallied behind the opposition leader outside parliament.", "PROTEST")
    backing = events_of(nlp, "Asian leaders rallied behind Japan after the incident.", "SUPPORT")
    assert backing and backing[0].cameo == "053"


def test_a_cause_named_beside_its_holders_is_no_new_appeal(nlp):
    text = 'Biden said Washington stood "with the Cuban people and their clarion call for freedom".'
    assert not events_of(nlp, text, "REQUEST")
    assert events_of(nlp, text, "SUPPORT")
    assert not events_of(nlp, "Washington stood with the demonstrators and their demand for freedom.", "REQUEST")
    assert events_of(nlp, "The opposition leader issued a clarion call for a general strike on Monday.", "REQUEST")


def test_not_allowing_a_harm_is_a_warning_or_rhetoric_not_a_refusal(nlp):
    text = "French Foreign Minister Jean-Noel Barrot said the European Union would not allow other nations to attack its borders."
    assert not events_of(nlp, text, "REJECT")
    warnings = events_of(nlp, text, "THREATEN")
    assert warnings and warnings[0].cameo == "130" and [a.code for a in warnings[0].source] == ["EUR"]
    text = '"I will not allow democracy to be exploited to destroy the state," the emir said.'
    assert not [e for e in code_events(nlp, text) if e.trigger == "allow"]
    refusal = events_of(nlp, "President Daniel Noboa's government said it would not allow him to leave.", "REJECT")
    assert refusal and refusal[0].trigger == "allow"


def test_a_medium_cut_is_censorship(nlp):
    cut = events_of(nlp, "Cuba's government cut mobile internet service across the country on Sunday.", "COERCE")
    assert cut and cut[0].cameo == "1721"
    assert events_of(nlp, "The government cut internet access in Cuba on Sunday.", "COERCE")
    assert not code_events(nlp, "The policy cuts across party lines.")


def test_an_act_denied_by_no_is_no_act(nlp):
    assert not code_events(nlp, "Police unions said their members had received no warning.")
    assert not code_events(nlp, "Coup leader Mamady Doumbouya has given no timetable for a return to civilian rule.")
    assert events_of(nlp, "The army issued a warning to the rebels on Monday.", "THREATEN")


def test_assets_frozen_by_police_or_a_court_are_seized(nlp):
    seized = events_of(nlp, "A Brazilian court froze the bank accounts of the former minister on Tuesday.", "COERCE")
    assert seized and seized[0].cameo == "1711"
    assert events_of(nlp, "The U.S. Treasury froze the assets of Russia's central bank.", "SANCTION")


def test_a_lockdown_ordered_confines_like_a_curfew(nlp):
    text = "Prime Minister Manasseh Sogavare ordered a 36-hour lockdown of the capital on Thursday."
    assert not events_of(nlp, text, "REQUEST")
    confined = events_of(nlp, text, "COERCE")
    assert confined and confined[0].cameo == "1723"


def test_the_state_an_act_warned_against_would_hit_is_not_warned(nlp):
    warnings = events_of(nlp, "Moscow warned against any foreign interference in Cuba's internal affairs.", "THREATEN")
    assert warnings and not warnings[0].target
    warnings = events_of(nlp, "Russia warned Washington against interference in Venezuela.", "THREATEN")
    assert warnings and [a.code for a in warnings[0].target] == ["USAGOV"]
