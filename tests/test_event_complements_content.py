"""Session 32 (helper a): an act flagged hypothetical that is only what another act of its
sentence asks, charges, threatens or bans is that act's content, not a record of its own
(``event_complements.hypothetical_content``). Sentences of our own, each with a counter-case."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_acts_asked_for_are_dropped(nlp):
    text = "The Kenyan foreign minister asked Washington to recognise Kenya as a partner and to lift curbs on exports to Nairobi."
    assert events_of(nlp, text, "REQUEST")
    assert not events_of(nlp, text, "CONCEDE")
    text = "Protesters in Lima shouted slogans and called for the president to step down."
    assert events_of(nlp, text, "REQUEST")
    assert not events_of(nlp, text, "RETREAT")
    text = "The envoy invited German firms to invest in Ghana's mining sector."
    assert events_of(nlp, text, "REQUEST")
    assert not events_of(nlp, text, "COOPERATE")


def test_what_a_charge_names_is_no_record(nlp):
    text = ("Peru has faced an arms embargo since 2015 over accusations that it backed rebels in Ecuador "
            "and refused to withdraw troops from the border.")
    assert not events_of(nlp, text, "AID")
    assert not events_of(nlp, text, "REJECT")


def test_the_condition_of_a_threat_and_the_act_banned_are_no_records(nlp):
    text = "Ghana warned that any attack on Ghanaian ships would draw a swift response."
    assert events_of(nlp, text, "THREATEN")
    assert not events_of(nlp, text, "ASSAULT")
    text = "Police in Accra on Friday banned the New Patriotic Party from holding a mass rally outside its offices."
    assert events_of(nlp, text, "COERCE")
    assert not events_of(nlp, text, "PROTEST")


def test_a_known_act_inside_a_charge_keeps_its_record(nlp):
    # the link is charged, the killing happened: a definite noun tied to another word stays
    text = ("Togo expelled a Ghanaian diplomat on Monday, a day after Ghana said it was pursuing allegations "
            "that Togolese agents were linked to the killing of a Ghanaian journalist.")
    assert events_of(nlp, text, "ASSAULT")


def test_an_act_in_a_clause_of_its_own_keeps_its_record(nlp):
    # a relative clause and a participle clause tell acts with their own doer and time
    assert any(e.trigger == "block" for e in code_events(nlp, "Police removed protesters who had tried to block the road."))
    text = "Chile's electoral court rejected the candidate on Monday, prompting his supporters to clash with police."
    assert events_of(nlp, text, "ASSAULT")


def test_an_act_ordered_of_others_is_the_orders_content(nlp):
    # flagged only future, an act below a request or order is what is asked, not a promise
    text = "Ghana's government told residents of the capital to prepare to defend their neighbourhoods."
    assert events_of(nlp, text, "REQUEST")
    assert not events_of(nlp, text, "AGREE")
    # near miss: one's own promise stays a promise
    assert events_of(nlp, "Ghana's government promised on Monday to refund the money.", "AGREE")


def test_the_party_an_agreed_passive_clause_acts_on_is_no_party_to_the_agreement(nlp):
    # the content of the agreement names Hungary; the agreement is among those who agree
    text = "The ministers of France and Germany agreed that Hungary would be barred from the bloc's meetings."
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and all(a.country != "HUN" for e in agreed for a in e.target)
    # counter-case: a "with" party is still whom the agreement is made with
    text = "France agreed with Germany that Hungary would be barred from the meetings."
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and any(a.country == "DEU" for e in agreed for a in e.target)
    assert all(a.country != "HUN" for e in agreed for a in e.target)
