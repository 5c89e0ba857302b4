"""Session 22 (G): whole participants of the main event (sentences are our own): an act done to
another act takes that act's target, a party named in a clause on the verb holding a noun act is
no target, nor is the venue of a noun act aimed "against" someone, the subject of a sentence the
parser left verbless is the source, a phone call made to talk survives a "nothing but talk"
verdict, and of two acts one subject did, the first leads."""

from __future__ import annotations

import numpy as np
import pytest

from cli_records import code_records, phrase_texts

from dyads.classify import use_classifier
from dyads.event_confidence import _talk_call, reweigh_events
from dyads.model import Actor, Event


def _main(rec: dict) -> dict:
    return max(rec["events"], key=lambda e: (e["confidence"], -e["start"]))


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return code_records([
        "The Norwegian envoy ended mediation efforts between Colombian guerrillas last week.",
        "Cuba let free some 53 political prisoners and members of a dissident group.",
        "Turkey has imposed blockades on Turkish river and land crossings following the operation to "
        "prevent Kurdish militants from getting arms supplies.",
        "A European parliamentary report called for sanctions against Belarus over election fraud.",
        "Peruvian President Dina Boluarte declared a state of emergency in Puno, and deployed the army "
        "to clear the highways.",
        "Kenyan students staged a demonstration at the University of Nairobi against the fee increases.",
    ])


@pytest.mark.model
def test_an_act_done_to_another_act_takes_its_target(coded):
    # "ended mediation efforts BETWEEN X": what is done to the mediation is aimed at its parties
    rec = coded[0]
    ended = [e for e in rec["events"] if e["trigger"] == "ended"][0]
    assert phrase_texts(rec, ended, "target") == ["Colombian guerrillas"]
    # "let free X": the complement's act names whom the release frees
    rec = coded[1]
    let = [e for e in rec["events"] if e["trigger"] == "let"][0]
    assert phrase_texts(rec, let, "target") == ["some 53 political prisoners and members of a dissident group"]
    assert phrase_texts(rec, let, "source") == ["Cuba"]


@pytest.mark.model
def test_a_party_in_a_clause_on_the_verb_of_a_noun_act_is_no_target(coded):
    rec = coded[2]
    ev = [e for e in rec["events"] if e["trigger"] == "blockades"][0]
    assert phrase_texts(rec, ev, "target") == ["Turkish river and land crossings"]


@pytest.mark.model
def test_a_noun_act_is_aimed_at_its_against_phrase_not_its_venue(coded):
    # "staged a demonstration AT X AGAINST Y": the venue the events stage named gives way to Y
    rec = coded[5]
    ev = [e for e in rec["events"] if e["trigger"] == "demonstration"][0]
    assert phrase_texts(rec, ev, "source") == ["Kenyan students"]
    assert phrase_texts(rec, ev, "target") == ["the fee increases"]


@pytest.mark.model
def test_the_subject_of_a_verbless_parse_is_the_source(coded):
    # the parser hangs "called" on "report" as a participle: the report still called
    rec = coded[3]
    ev = [e for e in rec["events"] if e["trigger"] == "called"][0]
    assert phrase_texts(rec, ev, "source") == ["A European parliamentary report"]
    assert phrase_texts(rec, ev, "target") == ["Belarus"]


@pytest.mark.model
def test_the_first_of_two_joined_acts_leads(coded):
    rec = coded[4]
    main = _main(rec)
    assert main["trigger"] == "emergency"
    assert phrase_texts(rec, main, "target") == ["Puno"]
    deployed = [e for e in rec["events"] if e["trigger"] == "deployed"][0]
    assert deployed["confidence"] < main["confidence"]


@pytest.mark.model
def test_a_joined_verb_with_its_own_subject_is_not_ranked_below(nlp):
    from dyads.event_confidence import _later_conjunct_below

    doc = nlp("Rebels shelled the town and the army bombed their camps.")
    shelled, bombed = doc[1], doc[7]
    assert bombed.dep_ == "conj" and bombed.head.i == shelled.i
    a = Event(shelled.idx, shelled.idx + len(shelled), "shelled", "ASSAULT", 0, confidence=0.6)
    b = Event(bombed.idx, bombed.idx + len(bombed), "bombed", "ASSAULT", 0, confidence=0.8)
    _later_conjunct_below(doc, [a, b])
    assert b.confidence == 0.8


class _SureNothing:
    """A classifier sure every sentence reports nothing (PentaClass 0)."""

    def predict_proba(self, texts):
        return np.array([[0.99, 0.0025, 0.0025, 0.0025, 0.0025] for _ in texts])


@pytest.mark.model
def test_a_phone_call_made_to_talk_survives_a_nothing_verdict(nlp):
    text = "Kenya's foreign minister called his Ugandan counterpart to discuss a number of border topics."
    doc = nlp(text)
    called = [t for t in doc if t.text == "called"][0]
    caller = Actor(0, 24, "Kenya's foreign minister", "KEN", "GOV", "KENGOV")
    k = text.index("his Ugandan")
    callee = Actor(k, k + len("his Ugandan counterpart"), "his Ugandan counterpart", "UGA", "GOV", "UGAGOV")
    call = Event(called.idx, called.idx + len(called), "called", "CONSULT", 0, cameo="041",
                 source=[caller], target=[callee], confidence=0.85)
    assert _talk_call(doc, call)
    with use_classifier(_SureNothing()):
        assert [e.trigger for e in reweigh_events(doc, [call])] == ["called"]
    # a call with no talk in its purpose, or with no coded party called, gets no such pass
    doc2 = nlp("Kenya's foreign minister called his Ugandan counterpart a liar.")
    called2 = [t for t in doc2 if t.text == "called"][0]
    call2 = Event(called2.idx, called2.idx + len(called2), "called", "CONSULT", 0, cameo="041",
                  source=[caller], target=[callee], confidence=0.85)
    assert not _talk_call(doc2, call2)
    call.target = [Actor(k, k + 23, "his Ugandan counterpart")]
    assert not _talk_call(doc, call)
