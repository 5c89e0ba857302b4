"""Session 13: the tagger's runs get the edges a phrase always has, and a reciprocal event stays
reciprocal when the tagger redraws its phrases (sentences are our own)."""

from __future__ import annotations

import numpy as np
import pytest

from dyads import argument_tagger as at
from dyads.arguments import is_reciprocal
from dyads.model import Event


def _tagger(weights_by_word: dict[str, str]) -> at.ArgumentTagger:
    """A tagger that gives each listed word its tag and every other word O."""
    names = [f"w={w}" for w in weights_by_word] + ["b"]
    weights = np.zeros((len(names), len(at.TAGS)), np.float32)
    for k, tag in enumerate(weights_by_word.values()):
        weights[k, at.TAGS.index(tag)] = 9.0
    weights[-1, at.TAGS.index("O")] = 1.0
    return at.ArgumentTagger(names, weights, np.zeros((7, 7)), np.zeros(7))


@pytest.mark.model
def test_a_run_never_cuts_a_hyphenated_word_nor_drops_its_determiner(nlp):
    doc = nlp("Gunmen shot a 61-year-old farmer near the river.")
    sent = doc[:]
    start = [t.i for t in doc if t.text == "old"][0]
    farmer = [t.i for t in doc if t.text == "farmer"][0]
    runs = at.tidy_runs(sent, [("T", start, farmer + 1)])
    assert doc[runs[0][1]:runs[0][2]].text == "a 61-year-old farmer"


@pytest.mark.model
def test_a_run_never_ends_in_a_relative_pronoun_or_a_conjunction(nlp):
    doc = nlp("The mayor thanked the volunteers who cleaned the park and the police.")
    sent = doc[:]
    vol = [t.i for t in doc if t.text == "volunteers"][0]
    runs = at.tidy_runs(sent, [("T", vol - 1, vol + 2)])  # "the volunteers who"
    assert doc[runs[0][1]:runs[0][2]].text == "the volunteers"
    police = [t.i for t in doc if t.text == "police"][0]
    runs = at.tidy_runs(sent, [("T", police - 2, police + 1)])  # "and the police"
    assert doc[runs[0][1]:runs[0][2]].text == "the police"


@pytest.mark.model
def test_a_reciprocal_event_stays_reciprocal_under_the_tagger(nlp):
    text = "Peru held talks with Chile in Lima."
    doc = nlp(text)
    peru, chile = [0, 4], [text.index("Chile"), text.index("Chile") + 5]
    event = Event(text.index("talks"), text.index("talks") + 5, "talks", "CONSULT", 0,
                  source_spans=[peru, chile], target_spans=[list(peru), list(chile)])
    assert is_reciprocal(event)
    # the tagger reads Peru as a source and Chile as a target: the phrases stay, the reading stays R
    with at.use_tagger(_tagger({"peru": "B-S", "chile": "B-T"})):
        at.refine_arguments(doc, [event])
    assert is_reciprocal(event)
    assert sorted(event.source_spans) == [peru, chile]


@pytest.mark.model
def test_a_one_sided_event_still_takes_the_taggers_roles(nlp):
    text = "Peru condemned the attack on Chile."
    doc = nlp(text)
    event = Event(5, 14, "condemned", "ACCUSE", 0, source_spans=[[0, 4]], target_spans=[[15, 25]])
    with at.use_tagger(_tagger({"peru": "B-S", "chile": "B-T"})):
        at.refine_arguments(doc, [event])
    assert event.source_spans == [[0, 4]] and event.target_spans == [[text.index("Chile"), len(text) - 1]]
    assert not is_reciprocal(event)


@pytest.mark.model
def test_a_run_that_stops_on_a_modifier_goes_on_to_its_noun(nlp):
    doc = nlp("Jets bombed the depots of the northern rebel militia overnight.")
    sent = doc[:]
    rebel = [t.i for t in doc if t.text == "rebel"][0]
    militia = [t.i for t in doc if t.text == "militia"][0]
    assert doc[rebel].head.i == militia
    depots = [t.i for t in doc if t.text == "depots"][0]
    runs = at.tidy_runs(sent, [("T", depots - 1, rebel + 1)])
    assert doc[runs[0][1]:runs[0][2]].text == "the depots of the northern rebel militia"
    # a modifier of the trigger itself is never run on into the trigger
    runs = at.tidy_runs(sent, [("T", rebel, rebel + 1)], trigger=militia)
    assert runs == [("T", rebel, rebel + 1)]
