"""A target the rules missed comes from the tagged target phrase (``fill_targets``): the first
actor with a state inside a T phrase, never a side of a shared R phrase, the source itself, its
own code or own state, the press, the reporter or a mere scene ("near Uruguay"); a countryless
target gets the state named in its own phrase."""

from __future__ import annotations

import pytest

from dyads.model import Actor, Event
from dyads.tagged_parties import fill_parties, fill_targets

TEXT = ("Chilean marines and the Peruvian navy shelled the harbour of Bolivia and Ecuador's coast near Uruguay, "
        "Xinhua said.")


def _actor(word: str, code: str | None, sector: str | None = None, kind: str = "country") -> Actor:
    start = TEXT.index(word)
    return Actor(start, start + len(word), word, country=code[:3] if code else None, sector=sector, code=code,
                 kind=kind)


def _span(phrase: str) -> list[int]:
    start = TEXT.index(phrase)
    return [start, start + len(phrase)]


def _event(source: list[Actor], target_phrases: list[str], source_phrases: list[str] = (),
           target: list[Actor] = ()) -> Event:
    verb = TEXT.index("shelled")
    return Event(verb, verb + 7, "shelled", "ASSAULT", 0, source=list(source), target=list(target),
                 source_spans=[_span(p) for p in source_phrases], target_spans=[_span(p) for p in target_phrases],
                 confidence=0.6)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_first_actor_inside_the_tagged_target_phrase_becomes_the_target(doc):
    doer, place, coast = _actor("Chilean", "CHLMIL", "MIL"), _actor("Bolivia", "BOL"), _actor("Ecuador", "ECU")
    event = _event([doer], ["the harbour of Bolivia and Ecuador's coast"])
    fill_targets(doc, [event], [doer, place, coast])
    assert [a.code for a in event.target] == ["BOL"]


def test_an_actor_outside_the_phrase_is_not_taken(doc):
    doer, place = _actor("Chilean", "CHLMIL", "MIL"), _actor("Bolivia", "BOL")
    event = _event([doer], ["the harbour"])
    fill_targets(doc, [event], [doer, place])
    assert event.target == []


def test_a_scene_is_not_the_target(doc):
    doer, scene = _actor("Chilean", "CHLMIL", "MIL"), _actor("Uruguay", "URY")
    event = _event([doer], ["Ecuador's coast near Uruguay"])
    fill_targets(doc, [event], [doer, scene])
    assert event.target == []


def test_the_doers_own_state_is_not_its_target(doc):
    doer, home = _actor("Chilean", "BOLMIL", "MIL"), _actor("Bolivia", "BOL")
    event = _event([doer], ["the harbour of Bolivia"])
    fill_targets(doc, [event], [doer, home])
    assert event.target == []


def test_a_shared_phrase_is_the_source_not_a_target(doc):
    chile, peru = _actor("Chilean", "CHLMIL", "MIL"), _actor("Peruvian", "PERMIL", "MIL")
    both = "Chilean marines and the Peruvian navy"
    event = _event([chile], [both], source_phrases=[both])
    fill_targets(doc, [event], [chile, peru])
    assert event.target == []


@pytest.mark.parametrize("word, code, sector", [
    ("Peruvian", "CHLMIL", "MIL"),  # the source's own code: no side acts on itself
    ("Xinhua", "CHNMED", "MED"),  # the press tells of the act, it is not hit by it
])
def test_the_source_code_and_the_press_are_never_the_target(doc, word, code, sector):
    doer, other = _actor("Chilean", "CHLMIL", "MIL"), _actor(word, code, sector)
    event = _event([doer], [TEXT[TEXT.index("the Peruvian"):]])
    fill_targets(doc, [event], [doer, other])
    assert event.target == []


def test_the_owner_of_a_target_phrase_is_a_target(doc):
    doer, coast = _actor("Chilean", "CHLMIL", "MIL"), _actor("Ecuador", "ECU")
    event = _event([doer], ["Ecuador's coast"])
    fill_targets(doc, [event], [doer, coast])
    assert [a.code for a in event.target] == ["ECU"]


def test_a_countryless_target_keeps_its_place_and_gains_the_state_of_its_phrase(doc):
    doer, place = _actor("Chilean", "CHLMIL", "MIL"), _actor("Bolivia", "BOL")
    port = _actor("harbour", None, kind="group")
    event = _event([doer], ["the harbour of Bolivia"], target=[port])
    fill_targets(doc, [event], [doer, port, place])
    assert [a.text for a in event.target] == ["harbour", "Bolivia"]


def test_a_countryless_target_gains_no_state_from_another_phrase(doc):
    doer, coast = _actor("Chilean", "CHLMIL", "MIL"), _actor("Ecuador", "ECU")
    port = _actor("harbour", None, kind="group")
    event = _event([doer], ["Ecuador's coast"], target=[port])
    fill_targets(doc, [event], [doer, port, coast])
    assert [a.text for a in event.target] == ["harbour"]


def test_a_target_with_a_state_is_left_alone(doc):
    doer, coast, place = _actor("Chilean", "CHLMIL", "MIL"), _actor("Ecuador", "ECU"), _actor("Bolivia", "BOL")
    event = _event([doer], ["the harbour of Bolivia"], target=[coast])
    fill_targets(doc, [event], [doer, coast, place])
    assert [a.code for a in event.target] == ["ECU"]


def test_a_filled_source_is_not_taken_again_as_the_target(doc):
    chile, place = _actor("Chilean", "CHLMIL", "MIL"), _actor("Bolivia", "BOL")
    event = _event([], ["Chilean marines and", "the harbour of Bolivia"], source_phrases=["Chilean marines"])
    fill_parties(doc, [event], [chile, place])
    assert [a.code for a in event.source] == ["CHLMIL"] and [a.code for a in event.target] == ["BOL"]
