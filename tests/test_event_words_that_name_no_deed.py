"""Session 30 (helper L): trigger words that tell no deed in an opinion piece. The preposition
"bar" ("every measure bar an invasion") read as a ban; a writer's impersonal plea ("it must be
rejected that") read as a rejection with no source; the pacts a party is bound by ("treaties
that Chile has signed") read as a signing; an effort "not given up" read as a concession. Each
with a counter-case (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_bar_as_except_is_no_ban(nlp):
    assert not events_of(nlp, "Britain has tried every tool bar a naval blockade to weaken the regime in Harare.",
                         "COERCE")
    assert events_of(nlp, "Hungary barred Romanian journalists from the border area on Monday.", "COERCE")


def test_writers_impersonal_plea_is_no_rejection(nlp):
    assert not events_of(nlp, "Thus it must be rejected that the French government has the interests of Chadians at heart.", "REJECT")
    assert events_of(nlp, "Chad rejected the French proposal on Monday.", "REJECT")


def test_pacts_a_party_is_bound_by_are_no_signing(nlp):
    assert not events_of(nlp, "The strikes breach international conventions that Chile has signed.", "SUPPORT")
    assert events_of(nlp, "Chile and Peru signed a fisheries treaty in Lima on Tuesday.", "SUPPORT")


def test_an_effort_not_given_up_is_no_concession(nlp):
    events = code_events(nlp, "Ecuador has not given up its attempts to reclaim the disputed islands.")
    assert not [e for e in events if e.trigger == "given" and e.type in ("CONCEDE", "AID")], events
    assert events_of(nlp, "Ecuador gave up its claim to the disputed islands on Monday.", "CONCEDE")


def test_who_backs_talks_is_no_side_to_them(nlp):
    events = code_events(nlp, "Brazil backs negotiations with the rebels.")
    talks = [e for e in events if e.trigger == "negotiations"]
    assert talks and not any(a.text == "Brazil" for e in talks for a in e.source), talks
    held = [e for e in code_events(nlp, "Brazil held negotiations with the rebels.") if e.trigger == "negotiations"]
    assert held and any(a.text == "Brazil" for e in held for a in e.source), held


def test_talks_with_another_partner_are_not_the_talks_told_before(nlp):
    events = code_events(nlp, "Lula met Petro on Monday. The Brazilian president also praised the "
                              "dialogue with the rebels.")
    talks = [e for e in events if e.trigger == "dialogue"]
    assert talks and not any(a.text == "Lula" for e in talks for a in e.source), talks
    # (session 59) the talks with the same partner are the meeting told before: its record holds
    # them, with Lula as its doer, and the noun is no second record (the judges' convention)
    again = code_events(nlp, "Lula met Petro on Monday. The talks with Petro lasted three hours.")
    assert [e for e in again if e.trigger == "met" and any(a.text == "Lula" for a in e.source)], again
    assert not [e for e in again if e.trigger == "talks"], again


def test_a_dated_signing_in_a_relative_clause_stays(nlp):
    assert events_of(nlp, "Both sides must respect agreements that Chile and Peru signed in 2015.", "SUPPORT")
