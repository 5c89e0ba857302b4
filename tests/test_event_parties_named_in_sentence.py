"""Parties named in the sentence but lost: a request the parser took for a clause's subject,
a purpose clause the parser hung on a copula, and a first-person owner inside a quote."""

from __future__ import annotations

from spacy.language import Language

from dyads.model import Actor, Event
from event_helpers import code_events

DATE = "2019-06-01"  # the article date these tests have always been coded with


def _codes(actors: list[Actor]) -> list[str | None]:
    return [a.code for a in actors]


def _one(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.type) for e in events]
    return found[0]


def test_stranded_at_request_names_the_one_asked(nlp: Language) -> None:
    ev = _one(code_events(nlp, "U.S. troops left Iraq in 2011, then at the Iraqi government's request "
                           "returned three years later.", date=DATE), "request")
    assert _codes(ev.source) == ["IRQGOV"]
    assert _codes(ev.target) == ["USAMIL"]


def test_request_as_a_real_subject_gets_no_target(nlp: Language) -> None:
    # counter-case: no preposition left without its object, so nobody acted on the request
    ev = _one(code_events(nlp, "The Iraqi government's request surprised Washington.", date=DATE), "request")
    assert _codes(ev.source) == ["IRQGOV"]
    assert ev.target == []


def test_mission_of_troops_stationed_there_is_no_act(nlp: Language) -> None:
    # session 13: what stationed troops are "there to" do is their mission, not an act told as done
    events = code_events(nlp, "The base is home to U.S. troops there to eliminate Islamic State elements "
                          "in cooperation with Iraqi security forces.", date=DATE)
    assert not [e for e in events if e.trigger == "cooperation"]


def test_copula_with_an_acting_subject_keeps_it(nlp: Language) -> None:
    # counter-case: a subject that can act keeps the infinitive, not the noun right before "to"
    events = code_events(nlp, "Russia is ready to send troops to fight ISIS.", date=DATE)
    ev = _one(events, "fight")
    assert "RUS" in [a.country for a in ev.source]
    assert "RUSMIL" not in _codes(ev.source)


def test_our_in_a_quote_is_its_speaker(nlp: Language) -> None:
    ev = _one(code_events(nlp, '"The Kurds were instrumental in our successful fight against ISIS," '
                           'former US ambassador Nikki Haley said.', date=DATE), "fight")
    assert any(a.country == "USA" for a in ev.source)
    assert _codes(ev.target) == ["IMGREB"]


def test_our_outside_a_quote_keeps_the_clause_subject(nlp: Language) -> None:
    # counter-case: no quote, so no speaker to stand for "our"
    ev = _one(code_events(nlp, "The Kurds were instrumental in our successful fight against ISIS.", date=DATE), "fight")
    assert not any(a.country == "USA" for a in ev.source)
    assert [a.text for a in ev.source] == ["Kurds"]
