"""Undated background told with "once" (``event_generics._formerly_done``), session 33 (helper g).
Sentences our own."""

from __future__ import annotations

from event_helpers import events_of


def test_once_done_is_undated_background(nlp):
    text = "Luis Mora, whose guerrilla movement once fought the Colombian army, said he would run for mayor."
    assert not events_of(nlp, text, "ASSAULT")
    assert not events_of(nlp, "Ecuador and Peru once fought a war over the Amazon, officials said.", "ASSAULT")


def test_once_again_a_conjunction_or_a_date_keeps_the_act(nlp):
    assert events_of(nlp, "Turkish jets once again struck Kurdish positions in Iraq on Monday.", "ASSAULT")
    assert events_of(nlp, "Once the army withdrew, rebels attacked the town of Bunia.", "ASSAULT")
    assert events_of(nlp, "The rebels once attacked the town of Bunia in 1998.", "ASSAULT")


def test_a_state_still_going_on_is_background(nlp):
    text = "Land mines laid during the civil war still kill and maim farmers in Angola."
    assert not events_of(nlp, text, "ASSAULT")


def test_still_with_a_past_or_a_date_keeps_the_act(nlp):
    assert events_of(nlp, "Bolivian police still fired tear gas at the marchers on Sunday.", "ASSAULT")


def test_place_counted_by_ordinal_where_a_deed_happened_is_no_act(nlp):
    """(session 33, helper j) "the second country where a court has overturned an election result"
    counts places; the court's own ruling, told plainly, stays."""
    text = ("The ruling makes Malawi only the second country in Africa, after Kenya in 2017, where a court "
            "has overturned a presidential election result.")
    assert not events_of(nlp, text, "REJECT")
    assert events_of(nlp, "Malawi's constitutional court overturned the presidential election result.", "REJECT")


def test_class_charge_answered_by_its_target_is_an_accusation(nlp):
    """(session 33, helper j) "rights groups accuse X of ..., a charge the party denies" is a live
    charge; without the answer, a plural class accusing in the present stays a standing grievance."""
    text = ("Kenya's election was held on Monday. Rights groups accuse the ruling party's youth wing of beating "
            "opponents in Nairobi, a charge the party denies.")
    assert events_of(nlp, text, "ACCUSE")
    text = "Kenya's election was held on Monday. Rights groups accuse the police of torture."
    assert not events_of(nlp, text, "ACCUSE")
