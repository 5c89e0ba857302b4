"""Session 26 (helper A): two linked acts of one type by two bodies that share a code (two
intergovernmental bodies, IGO) are two records, not one; one body named twice is still one
(our own sentences)."""

from __future__ import annotations

from event_helpers import events_of


def test_two_named_blocs_calling_are_two_records(nlp):
    text = ("The African Union urged Kenya and Uganda to calm the situation, and the regional bloc "
            "IGAD called for dialogue.")
    sources = [{a.name for a in e.source} for e in events_of(nlp, text, "REQUEST")]
    assert len(sources) == 2 and {"Intergovernmental Authority on Development"} in sources


def test_one_body_acting_twice_stays_one_record(nlp):
    text = "The African Union urged Kenya to calm the situation, and it called for dialogue."
    assert len(events_of(nlp, text, "REQUEST")) == 1
