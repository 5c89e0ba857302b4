"""Behaviour kept or changed when duplicated rules were merged (review of session 9): one rule for
a count the parser hung on the wrong noun, one list of speech verbs, one surname guard."""

from __future__ import annotations

from event_helpers import events_of
from spacy.tokens import Doc, Span

from dyads.anchor_gazetteer import _surname
from dyads.argument_phrases import _stray_counts


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_a_stray_count_stands_in_the_next_phrase_only(nlp):
    # "freed on bail two ministers", with "two" hung on "bail": the count goes to "two ministers"
    doc = _parsed(nlp, ["freed", "on", "bail", "two", "ministers"], [0, 0, 1, 2, 0],
                  ["ROOT", "prep", "pobj", "nummod", "dobj"])
    assert _stray_counts([(2, 4), (4, 5)], doc) == [(2, 3), (3, 5)]
    # a count hung on its own head is left where it is
    own = _parsed(nlp, ["freed", "two", "ministers"], [0, 2, 0], ["ROOT", "nummod", "dobj"])
    assert _stray_counts([(1, 3)], own) == [(1, 3)]


def test_readiness_told_by_any_speech_verb_is_a_threat(nlp):
    # "confirmed" reports the party's own words just as "said" does
    for verb in ("said", "confirmed"):
        text = f"Russia {verb} it was ready to attack the base."
        assert events_of(nlp, text, "THREATEN"), text
        assert not events_of(nlp, text, "MOBILIZE"), text


def test_a_state_named_surname_in_a_tagged_body_is_a_person(nlp):
    doc = Doc(nlp.vocab, words=["Dana", "Holland", "of", "the", "agency", "spoke"])
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert _surname(doc, 1, 2, "name")
    # not when the word before is a known name of its own ("Samsung India"), nor an airline
    assert not _surname(doc, 1, 2, "name", known_before=True)
    air = Doc(nlp.vocab, words=["Air", "India", "flew"])
    air.ents = [Span(air, 0, 2, label="ORG")]
    assert not _surname(air, 1, 2, "name")
