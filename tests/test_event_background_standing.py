"""Session 28: acts told as standing background (a rate, an "already" state, a passive
relative clause) are no events, while the same acts on an occasion stay (sentences of our own)."""

from __future__ import annotations

from event_helpers import events_of


def test_an_amount_per_period_is_a_standing_arrangement(nlp):
    assert not events_of(nlp, "Norway contributes about 40 million dollars a year to the agency's budget.", "AID")
    assert events_of(nlp, "Norway contributed 40 million dollars to the agency's budget on Monday.", "AID")
    assert events_of(nlp, "The prosecutor seeks the release of a man held in jail for over a year.", "REQUEST")


def test_a_present_that_holds_already_is_a_state(nlp):
    assert not events_of(nlp, "Djibouti already hosts French and American troops.", "CONSULT")
    assert events_of(nlp, "Djibouti hosted the French defence minister on Tuesday.", "CONSULT")


def test_a_passive_relative_clause_describes_its_noun(nlp):
    assert not events_of(nlp, "The boats carried drift nets, which are banned in Indonesia, officials said.",
                         "COERCE")
    assert events_of(nlp, "Indonesia banned drift nets on Friday, officials said.", "COERCE")


def test_an_act_noun_that_often_fares_so_is_a_habit(nlp):
    assert not events_of(nlp, "Critics say Moscow's promises often go unfulfilled.", "AGREE")
    assert events_of(nlp, "Moscow promised on Monday to resume grain exports.", "AGREE")


def test_a_participle_still_in_force_is_a_state(nlp):
    assert not events_of(nlp, "Residents described a tense calm, with soldiers on the streets and phone lines "
                              "still cut.", "SANCTION")
    assert events_of(nlp, "Authorities cut mobile internet in the region on Monday.", "COERCE")
