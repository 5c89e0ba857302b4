"""Light verbs with their event nouns, and patterns longer than two words (all sentences our own).

Signing a pact is one act (CAMEO 057, PLOVER SUPPORT), not a signing plus an agreement; a
three-word pattern needs all its words; a verb's subject is not its object companion; a few
verbs only mean an event with the right partner or subject ("a car bomb exploded").
"""

import pytest

from dyads.model import Article
from dyads.pipeline import annotate_doc
from dyads.triggers import lexicon
from event_helpers import code_events, events_of


def _codes(actors):
    return {a.code for a in actors}


@pytest.mark.parametrize("text", [
    "Israel and Jordan signed a peace agreement in 1994.",
    "India and Pakistan inked a treaty on water sharing.",
    "The treaty was signed by Israel and Jordan.",
])
def test_signing_a_pact_is_one_support_record(nlp, text):
    events = code_events(nlp, text)
    assert len(events) == 1
    assert events[0].type == "SUPPORT" and events[0].cameo == "057"
    assert len(_codes(events[0].source)) == 2


def test_reaching_a_deal_stays_one_agree_record(nlp):
    events = code_events(nlp, "Colombia and the FARC reached a deal in Havana.")
    assert [e.type for e in events] == ["AGREE"]


def test_a_subject_is_not_an_object_companion(nlp):
    assert not events_of(nlp, "The Russian army moved into the city of Kherson.", "MOBILIZE")
    moved = events_of(nlp, "Russia moved troops to the border with Ukraine.", "MOBILIZE")
    assert moved and "RUS" in _codes(moved[0].source)


def test_a_weapon_may_still_strike_as_subject(nlp):
    hits = events_of(nlp, "Russian missiles struck an apartment block in Kharkiv.", "ASSAULT")
    assert hits and hits[0].cameo == "195"


def test_three_word_patterns_keep_every_word():
    hand_in = [t for t in lexicon()["hand"] if t.pattern == "hand in weapon"]
    assert hand_in and hand_in[0].word == "in" and hand_in[0].more == ("weapon",)


def test_handing_in_weapons_is_disarming_but_homework_is_not(nlp):
    arms = events_of(nlp, "The Colombian rebel group FARC handed in its last weapons to UN monitors.", "RETREAT")
    assert arms and arms[0].cameo == "0873" and "COL" in {a.country for a in arms[0].source}
    essay = code_events(nlp, "The Colombian student handed in his essay to the French teacher.")
    assert not any(e.cameo == "0873" for e in essay)


def test_explosions_need_a_bomb(nlp):
    blast = events_of(nlp, "A car bomb exploded near a police checkpoint in Kirkuk.", "ASSAULT")
    assert blast and blast[0].cameo == "183"
    boiler = code_events(nlp, "A gas boiler exploded in an Iraqi hotel in Kirkuk.")
    assert not any(e.cameo == "183" for e in boiler)


def test_working_together_needs_a_partner(nlp):
    joint = events_of(nlp, "Kenyan police worked together with Interpol to find the suspects.", "COOPERATE")
    assert joint and "IGO" in {(a.code or "")[:3] for a in joint[0].target}
    assert not events_of(nlp, "The British band worked together on the album in London.", "COOPERATE")


def test_willingness_to_negotiate_is_matched_before_the_classifier(nlp):
    """The rules code it; whether the sentence classifier keeps it is event_confidence's call."""
    text = "Iran expressed willingness to negotiate with the United States."
    events = annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text), reweigh=False).events
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and "IRN" in _codes(agree[0].source) and "USA" in _codes(agree[0].target)
