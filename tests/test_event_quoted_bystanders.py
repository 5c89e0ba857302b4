"""Session 27: acts told in the direct quotation of an onlooker or of a private person named with
an age are opinions, and acts under an onlooker's guess ("analysts said donors could follow") are
guesses: no events. A witness's account of what was done to the speaker's people, an official's
quotation and an onlooker's plain report of a deed stay."""

from __future__ import annotations

from event_helpers import events_of


def test_private_persons_quoted_opinion_is_no_act(nlp):
    text = '"Those judges only protected the corrupt ministers," said Olga Petrenko, 47, who runs a bakery in Kyiv.'
    assert not events_of(nlp, text, "AID")


def test_protesters_quoted_denial_is_no_assault(nlp):
    text = '"We marched to be heard, not to fight," said Karim, 31, a protester in Tunis.'
    assert not events_of(nlp, text, "ASSAULT")


def test_onlookers_quoted_reading_is_no_act(nlp):
    text = '"The president backed down quickly, which shows how seriously he took the threat," said an analyst.'
    assert not events_of(nlp, text, "THREATEN")


def test_political_scientists_quoted_judgement_is_no_protest(nlp):
    text = '"A blockade by the truckers alone, Lima can absorb," said political scientist Mario Vargas.'
    assert not events_of(nlp, text, "PROTEST")


def test_witness_quoting_harm_to_her_people_stays(nlp):
    text = '"The police beat us with batons," said Ana Lopez, 34, a teacher in Quito.'
    assert events_of(nlp, text, "ASSAULT")


def test_officials_quoted_charge_stays(nlp):
    text = '"Russia has attacked our power plants," said Foreign Minister Dmytro Kuleba.'
    assert events_of(nlp, text, "ASSAULT")


def test_analysts_guess_above_the_acts_verb_is_no_act(nlp):
    text = "Analysts said the World Bank and Gulf donors could follow Washington's lead."
    assert not events_of(nlp, text, "AID")


def test_analysts_parenthetical_guess_is_no_act(nlp):
    text = "If the deal holds, analysts said, it could open the way for a ceasefire in Yemen."
    assert not events_of(nlp, text, "RETREAT")


def test_sign_an_analyst_reads_into_events_is_no_act(nlp):
    text = "Analysts said the strike suggested the junta was trying to deter villages from cooperating with the opposition."
    assert not events_of(nlp, text, "COOPERATE")


def test_analysts_plain_report_of_a_deed_stays(nlp):
    assert events_of(nlp, "Analysts said the army had shelled the town of Kharkiv on Monday.", "ASSAULT")


def test_officer_named_with_an_age_speaks_for_the_state(nlp):
    text = '"The rebels attacked our positions at dawn," said Colonel Ivan Sokol, 52, an army commander.'
    assert events_of(nlp, text, "ASSAULT")


def test_farmer_telling_an_attack_on_his_village_stays(nlp):
    text = '"The rebels attacked our village at dawn," said Ivan Sokol, 52, a farmer.'
    assert events_of(nlp, text, "ASSAULT")
