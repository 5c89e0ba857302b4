"""The sentence's main event follows its main clause: a noun event in a verb's object or adjunct
ranks below that verb, unless the verb is light or a speech verb."""

from __future__ import annotations


from dyads.event_records import main_event
from dyads.events import find_events
from dyads.model import Article
from dyads.pipeline import annotate_doc



def _main(nlp, text: str):
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text, date="2019-01-01"), doc)
    ev = main_event(art.events)
    return None if ev is None else text[ev.start:ev.end]


def test_verb_outranks_noun_in_its_purpose_clause(nlp):
    text = "Police in Kenya fired tear gas to break up protests against the new tax law in Nairobi."
    assert _main(nlp, text) == "fired"


def test_verb_outranks_noun_in_its_adjunct(nlp):
    text = "The Serbian minister refused to resign, despite the prime minister's request."
    assert _main(nlp, text) == "refused"


def test_light_verb_leaves_the_noun_as_main_event(nlp):
    text = "Taliban fighters carried out an attack on a police post in Kunduz province."
    assert _main(nlp, text) == "attack"


def test_find_events_also_ranks_by_clause(nlp):
    """Without the pipeline's classifier step, too, the governing verb is ranked first."""
    text = "The Serbian minister refused to resign, despite the prime minister's request."
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text, date="2019-01-01"), doc)
    events = find_events(doc, art.actors, art.quotes, art.date)
    by_word = {text[e.start:e.end]: e.confidence for e in events}
    assert by_word["request"] < by_word["refused"]


def test_accepted_invitation_is_with_the_one_to_be_met(nlp):
    """"accepted an invitation to meet with X": the other party is named in the invitation's clause."""
    text = "The Iranian president accepted an invitation to meet with Japanese Prime Minister Shinzo Abe in Tokyo."
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text, date="2019-01-01"), doc)
    ev = main_event(art.events)
    assert ev is not None and text[ev.start:ev.end] == "accepted"
    assert {a.country for a in ev.target} == {"JPN"}
    assert {a.country for a in ev.source} == {"IRN"}


def test_attack_that_included_parts_takes_their_aim(nlp):
    """"launched an attack that included air strikes and artillery fire on Gaza": Gaza is hit."""
    text = "Israel launched an attack that included air strikes and artillery fire on Gaza."
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text, date="2019-01-01"), doc)
    attack = [e for e in art.events if text[e.start:e.end] == "attack"]
    assert attack and {a.country for a in attack[0].target} == {"PSE"}
    assert {a.country for a in attack[0].source} == {"ISR"}
