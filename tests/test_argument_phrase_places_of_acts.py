"""Participant phrase boundaries, session 12: where an act happens is not part of the act's phrase,
while a site, a body or people keep their "in <place>"."""

from __future__ import annotations


from dyads.argument_phrases import argument_phrase

from event_helpers import phrases_at as _spans



def _phrase(nlp, text: str, head: str) -> str:
    """The argument phrase headed by the first token ``head`` of ``text``."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    start, end = argument_phrase(tok)
    return doc[start:end].text


def test_act_loses_the_place_it_happens_in(nlp):
    assert _phrase(nlp, "The militia broke the fragile truce in the southern valley.", "truce") == "the fragile truce"
    assert _phrase(nlp, "Farmers rallied against the new mining operations in Peru.", "operations") == \
        "the new mining operations"


def test_site_and_people_keep_their_place(nlp):
    assert _phrase(nlp, "A court in Kenya freed the journalist on Friday.", "court") == "A court in Kenya"
    assert _phrase(nlp, "Foreign workers in Chad protested on Monday.", "workers") == "Foreign workers in Chad"


def test_site_keeps_the_place_hung_on_its_verb(nlp):
    """The parser hangs "in <place>" on the verb; a site keeps it even when the place is no actor."""
    assert ("T", "an army base in northern Mali") in \
        _spans(nlp, "Rebel fighters attacked an army base in northern Mali on Sunday.", "attacked")
    assert ("T", "government positions in eastern Ukraine") in \
        _spans(nlp, "The insurgents vowed to shell government positions in eastern Ukraine.", "vowed")


def test_site_leaves_a_purpose_or_time_out(nlp):
    spans = _spans(nlp, "Rebel fighters attacked an army base in May.", "attacked")
    assert ("T", "an army base") in spans
