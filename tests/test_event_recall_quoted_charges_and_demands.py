"""Session 18, round 4: an accusation in quoted words outlives the classifier's "nothing here", and
a demand spelt out in a that-clause stays a record beside its refusal (recall)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of

_MINISTER = "Lithuanian Foreign Minister Rasa Kalnina spoke in Vilnius on Monday. "


def test_quoted_accusation_as_main_verb_is_kept(nlp):
    # the quotation makes the classifier read a mere statement (P(nothing) above SURE_NEUTRAL)
    found = events_of(nlp, _MINISTER + 'She accused Minsk of "cynicism dressed up as concern".', "ACCUSE")
    assert found and "BLR" in {s for e in found for s in states_of(e.target)}
    assert "LTU" in {s for e in found for s in states_of(e.source)}


def test_accusation_not_made_is_no_accusation(nlp):
    text = _MINISTER + 'She did not accuse Minsk of "cynicism dressed up as concern".'
    assert not [e for e in events_of(nlp, text, "ACCUSE") if not e.negated]


def test_refused_demand_spelt_out_is_its_own_request(nlp):
    events = code_events(nlp, "Kenya rejected Somalia's demand that it withdraw its troops from Gedo.")
    assert any(e.type == "REJECT" and "SOM" in states_of(e.target) for e in events)
    asked = [e for e in events if e.type == "REQUEST"]
    assert asked and "SOM" in states_of(asked[0].source) and "KEN" in states_of(asked[0].target)
    # the refusal stays the sentence's news
    assert max(events, key=lambda e: e.confidence).type == "REJECT"


def test_refused_demand_for_a_thing_is_only_the_refusal(nlp):
    events = code_events(nlp, "Kenya rejected Somalia's demand for a new maritime boundary.")
    assert [e.type for e in events] == ["REJECT"]
