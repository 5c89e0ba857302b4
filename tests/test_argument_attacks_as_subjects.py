"""Session 23: an attack noun told as the subject of a verb of impact is aimed at that verb's object
("air strikes HIT the enclave"; argument_slots._struck; sentences are our own)."""

from __future__ import annotations

from event_helpers import spans_at


def test_an_attack_noun_subject_is_aimed_at_what_it_hit(nlp):
    _, target = spans_at(nlp, "Russian air strikes and artillery fire hit the rebel-held district of Jobar for a "
                              "second day.", "strikes", source=["Russian"], type_="ASSAULT")
    assert target == ["the rebel-held district of Jobar"]


def test_an_attack_noun_under_another_verb_takes_no_object_from_it(nlp):
    # "reported" is no verb of impact: what it has as object is no target of the strikes
    _, target = spans_at(nlp, "Russian air strikes reported a new record on Monday.", "strikes",
                         source=["Russian"], type_="ASSAULT")
    assert target == []
