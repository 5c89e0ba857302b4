"""Which event leads a sentence: the main clause over a hypothetical, and reported news over
the speech words of its attribution."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyads.classify import use_classifier
from dyads.event_confidence import reported_text, reweigh_events
from dyads.event_records import main_event
from dyads.model import Article, Event
from dyads.nlp import sentences
from dyads.pipeline import annotate_doc


class FixedClassifier:
    """The same probabilities for every text; records what it was asked."""

    def __init__(self, probs: list[float]):
        self.probs = probs
        self.calls: list[str] = []

    def predict_proba(self, texts):
        self.calls.extend(texts)
        return np.array([self.probs for _ in texts])



def _event(doc: Doc, i: int, cameo: str, typ: str, confidence: float, **kw) -> Event:
    t = doc[i]
    return Event(t.idx, t.idx + len(t), t.text, typ, 0, cameo=cameo, confidence=confidence, **kw)


def _plain_doc() -> Doc:
    words = ["Rebels", "attacked", "if", "talks", "failed", "."]
    return Doc(Vocab(), words=words, sent_starts=[True] + [False] * 5)


def test_a_trailing_attribution_does_not_make_reported_news_a_statement(nlp):
    text = "Peru apologised to Chile for the border incident, a foreign ministry spokeswoman said."
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == "apologised")
    event = Event(tok.idx, tok.idx + len(tok), tok.text, "SUPPORT", 0, cameo="055", confidence=0.8)

    class SpeechShy:
        """Reads any text with "said" in it as a statement, as speech words pull a real model."""

        def predict_proba(self, texts):
            return np.array([[0.9, 0.05, 0.02, 0.02, 0.01] if "said" in t else [0.1, 0.8, 0.05, 0.03, 0.02]
                             for t in texts])

    with use_classifier(SpeechShy()):
        assert reweigh_events(doc, [event]) == [event]
        assert reweigh_events(doc, [event], strip_tag=False) == []


def test_a_hypothetical_candidate_is_not_promoted_by_its_class():
    doc = _plain_doc()
    lead = _event(doc, 1, "190", "ASSAULT", 0.7)
    maybe = _event(doc, 4, "046", "CONSULT", 0.65, hypothetical=True)
    with use_classifier(FixedClassifier([0.05, 0.8, 0.05, 0.05, 0.05])):
        kept = reweigh_events(doc, [lead, maybe], strip_tag=False)
    assert main_event(kept) is lead
    maybe.hypothetical = False
    with use_classifier(FixedClassifier([0.05, 0.8, 0.05, 0.05, 0.05])):
        kept = reweigh_events(doc, [lead, maybe], strip_tag=False)
    assert main_event(kept) is maybe


def test_a_trailing_attribution_is_left_out_of_what_the_classifier_reads(nlp):
    text = "Peru apologised to Chile for the border incident, a foreign ministry spokeswoman said."
    doc = nlp(text)
    sent = sentences(doc)[0]
    apologised = next(t for t in doc if t.lower_ == "apologised")
    event = Event(apologised.idx, apologised.idx + len(apologised), apologised.text, "SUPPORT", 0, cameo="055")
    part = reported_text(sent, [event])
    assert part.startswith("Peru apologised") and "said" not in part and "spokeswoman" not in part
    # an event outside the reported part (the speech verb itself) keeps the sentence whole
    said = next(t for t in doc if t.lower_ == "said")
    own = Event(said.idx, said.idx + len(said), said.text, "ACCUSE", 0, cameo="111")
    assert reported_text(sent, [event, own]) == sent.text


def test_a_sentence_led_by_its_speaker_stays_whole(nlp):
    text = "Officials in Lima said that Peru had recalled its ambassador."
    doc = nlp(text)
    sent = sentences(doc)[0]
    tok = next(t for t in doc if t.lower_ == "recalled")
    event = Event(tok.idx, tok.idx + len(tok), tok.text, "REDUCE", 0, cameo="161")
    assert reported_text(sent, [event]) == sent.text


def test_a_condition_does_not_outrank_the_warning_it_belongs_to(nlp):
    text = "Ankara warned Athens of grave consequences if it allowed foreign warships into its ports."
    doc = nlp(text)
    # a classifier sure of the condition's class (material cooperation) must not make it the news
    with use_classifier(FixedClassifier([0.02, 0.04, 0.7, 0.2, 0.04])):
        art = annotate_doc(Article(id="t", text=text), doc)
    lead = main_event(art.events)
    assert lead is not None and lead.trigger == "warned"
