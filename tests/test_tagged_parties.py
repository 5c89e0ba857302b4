"""A doer the rules missed comes from the tagged source phrase, never a reporter, the press or
an owner."""

from __future__ import annotations

import pytest

from dyads.model import Actor, Event
from dyads.tagged_parties import fill_sources
from event_helpers import code_events

TEXT = "Somali rebels and Reuters said Erdogan's critics planned the raid on Kenya, the minister said."


def _actor(word: str, code: str, sector: str | None = None, name: str | None = None) -> Actor:
    start = TEXT.index(word)
    return Actor(start, start + len(word), word, country=code[:3], sector=sector, code=code, name=name)


def _event(phrase: str, target: list[Actor], reported_by: Actor | None = None) -> Event:
    start = TEXT.index(phrase)
    raid = TEXT.index("raid")
    return Event(raid, raid + 4, "raid", "ASSAULT", 0, target=target, source_spans=[[start, start + len(phrase)]],
                 reported_by=reported_by, confidence=0.6)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_actor_inside_tagged_source_phrase_becomes_the_source(doc):
    doer, victim = _actor("Somali", "SOMREB"), _actor("Kenya", "KEN")
    event = _event("Somali rebels", [victim])
    fill_sources(doc, [event], [doer, victim])
    assert [a.code for a in event.source] == ["SOMREB"]


def test_actor_outside_the_phrase_is_not_taken(doc):
    doer, victim = _actor("Somali", "SOMREB"), _actor("Kenya", "KEN")
    event = _event("the raid", [victim])
    fill_sources(doc, [event], [doer, victim])
    assert event.source == []


@pytest.mark.parametrize("doer, phrase", [
    (("Reuters", "GBRJRN", "JRN"), "Reuters"),  # the press tells, it does not act
    (("Somali", "KENREB", None), "Somali rebels"),  # the target's own code: no group acts on itself
    (("Erdogan", "TURGOV", None), "Erdogan's critics"),  # the critics acted, not their owner
])
def test_press_own_code_and_owners_are_never_the_source(doc, doer, phrase):
    word, code, sector = doer
    actor, victim = _actor(word, code, sector), _actor("Kenya", "KENREB")
    event = _event(phrase, [victim])
    fill_sources(doc, [event], [actor, victim])
    assert event.source == []


def test_the_reporter_of_the_event_is_not_its_doer(doc):
    minister, victim = _actor("Somali", "SOMGOV", name="Ali Omar"), _actor("Kenya", "KEN")
    event = _event("Somali rebels", [victim], reported_by=_actor("minister", "SOMGOV", name="Ali Omar"))
    fill_sources(doc, [event], [minister, victim])
    assert event.source == []


def test_an_event_with_a_source_is_left_alone(doc):
    doer, other, victim = _actor("critics", "TURCVL"), _actor("Somali", "SOMREB"), _actor("Kenya", "KEN")
    event = _event("Somali rebels", [victim])
    event.source = [doer]
    fill_sources(doc, [event], [other, doer, victim])
    assert [a.code for a in event.source] == ["TURCVL"]


@pytest.mark.model
def test_pipeline_names_who_left_a_pact_the_relative_clause_hides(nlp):
    text = "Last year the Chinese government left a trade pact with Japan, which had been signed under a former leader."
    pact = [e for e in code_events(nlp, text) if text[e.start:e.end] == "pact"]
    assert pact and {a.code for a in pact[0].source} == {"CHNGOV"}


@pytest.mark.model
def test_who_reacts_to_an_act_in_a_phrase_of_time_did_not_do_it(nlp):
    text = "Lyon was in shock after the deadly raid on the French consulate."
    for e in code_events(nlp, text):
        assert not e.source


def test_a_scope_is_not_the_doer(nlp):
    text = "In the history of France, only one president has been impeached."
    doc = nlp(text)
    france = Actor(text.index("France"), text.index("France") + 6, "France", country="FRA", code="FRA")
    verb = text.index("impeached")
    event = Event(verb, verb + 9, "impeached", "ACCUSE", 0, source_spans=[[0, text.index(",")]], confidence=0.6)
    fill_sources(doc, [event], [france])
    assert event.source == []
