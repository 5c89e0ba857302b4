"""An act whose subject or object is quantified by "no" did not happen to anyone: "No soldiers
were injured" is negated, while "no" deeper in the clause leaves the act standing."""

from __future__ import annotations



from event_helpers import events_of



def test_no_one_hurt_is_negated(nlp):
    events = events_of(nlp, "No Danish soldiers were injured in the attack on the base.", "ASSAULT")
    assert events and all(e.negated for e in events)


def test_no_shots_fired_is_negated(nlp):
    events = events_of(nlp, "Border guards fired no shots at the migrants.", "ASSAULT")
    assert events and all(e.negated for e in events)


def test_no_in_a_second_conjunct_leaves_the_act(nlp):
    events = events_of(nlp, "Police in Lagos arrested two men and no women on Friday.", "COERCE")
    assert events and not any(e.negated for e in events)


def test_plain_casualties_stay_affirmed(nlp):
    events = events_of(nlp, "Danish soldiers were injured in the attack on the base.", "ASSAULT")
    assert events and not any(e.negated for e in events)
