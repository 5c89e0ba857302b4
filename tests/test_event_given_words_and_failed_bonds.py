"""Session 27: one list of words "given" (a motive, a timetable, a briefing: told, never aid) read
by every giving verb, and one list of relation words (ties, cooperation, a partnership) read both
where they are harmed in words and where they fail. Each case pairs a sentence whose record the
shared list settles with a near miss that keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of


def test_a_motive_provided_is_no_aid(nlp):
    assert not events_of(nlp, "The police provided a motive for the attack.", "AID")


def test_a_timetable_provided_is_no_aid(nlp):
    assert not events_of(nlp, "The European Union provided a timetable for the talks.", "AID")


def test_a_briefing_delivered_is_no_aid(nlp):
    assert not events_of(nlp, "The ministry delivered a briefing to the envoys.", "AID")


def test_a_reason_given_to_a_state_is_no_aid(nlp):
    assert not events_of(nlp, "The ministry gave Germany no explanation for the delay.", "AID")


def test_food_provided_stays_aid(nlp):
    assert events_of(nlp, "The ministry provided food to the refugees.", "AID")


def test_boats_given_to_a_state_stay_aid(nlp):
    assert events_of(nlp, "Japan gave Vietnam two patrol boats.", "AID")


def test_cooperation_that_collapsed_is_no_cooperation(nlp):
    assert not events_of(nlp, "Cooperation with Moscow collapsed after the invasion.", "COOPERATE")


def test_a_partnership_that_collapsed_is_no_cooperation(nlp):
    assert not events_of(nlp, "The partnership between Kenya and Uganda collapsed last year.", "COOPERATE")


def test_a_partnership_signed_stays_cooperation(nlp):
    assert events_of(nlp, "Kenya signed a partnership with Uganda on Monday.", "COOPERATE")
