"""Words that look like events but are not, in everyday news prose (all sentences our own)."""

import pytest

from event_helpers import code_events


@pytest.mark.parametrize("text", [
    "The Committee to Protect Journalists counted nine deaths in Mexico this year.",
    "The singer fought a long custody battle with her Canadian husband.",
    "The medal, an honour conferred by the Kenyan president, hangs in the museum.",
    "The Nigerian actress was given a chance to audition for the film.",
    "Prosecutors in Chile filed an appeal against the sentence.",
    "Kenyan police launched an investigation into the fire at the Nairobi market.",
])
def test_no_event(nlp, text):
    assert code_events(nlp, text, date=None) == []


def test_a_bare_participle_clause_is_passive(nlp):
    text = "A Turkish man appeared in court in Berlin, charged with spying for Ankara."
    charged = [e for e in code_events(nlp, text, date=None) if e.type == "ACCUSE"]
    assert charged
    assert [a.country for a in charged[0].target] == ["TUR"]
    assert not charged[0].source or all(a.text != "Turkish" for a in charged[0].source)


def test_the_doers_own_post_is_no_target(nlp):
    text = "The Peruvian minister stepped down from his post on Friday."
    events = [e for e in code_events(nlp, text, date=None) if e.type == "RETREAT"]
    assert events and events[0].target == []


def test_remembering_is_not_recalling_an_envoy(nlp):
    text = "The Brazilian senator recalled meeting the Argentine president as a student."
    assert all(e.type != "SANCTION" for e in code_events(nlp, text, date=None))
