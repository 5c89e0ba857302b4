"""The classifier drops rule events in sentences it is sure report nothing, and picks the main event."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyads.classify import use_classifier
from dyads.event_confidence import reweigh_events
from dyads.model import Event


class FakeClassifier:
    """Returns fixed probabilities per sentence text."""

    def __init__(self, table: dict[str, list[float]]):
        self.table = table
        self.calls: list[list[str]] = []

    def predict_proba(self, texts):
        self.calls.append(list(texts))
        return np.array([self.table[t] for t in texts])


def _doc() -> Doc:
    words = ["He", "said", "so", ".", "Troops", "attacked", "and", "talks", "failed", ".", "Quiet", "."]
    starts = [True, False, False, False, True, False, False, False, False, False, True, False]
    return Doc(Vocab(), words=words, sent_starts=starts)


def _event(doc: Doc, i: int, cameo: str, typ: str, sentence: int, confidence: float) -> Event:
    t = doc[i]
    return Event(t.idx, t.idx + len(t), t.text, typ, sentence, cameo=cameo, confidence=confidence)


def test_neutral_sentences_lose_their_events_and_the_confident_class_leads():
    doc = _doc()
    said = _event(doc, 1, "111", "ACCUSE", 0, 0.6)
    attacked = _event(doc, 5, "190", "ASSAULT", 1, 0.5)
    failed = _event(doc, 8, "046", "CONSULT", 1, 0.7)
    clf = FakeClassifier({
        "He said so .": [0.9, 0.02, 0.02, 0.03, 0.03],
        "Troops attacked and talks failed .": [0.05, 0.1, 0.05, 0.1, 0.7],
    })
    with use_classifier(clf):
        kept = reweigh_events(doc, [said, attacked, failed])
    assert kept == [attacked, failed]
    assert attacked.confidence > failed.confidence  # material conflict is the main event now
    assert len(clf.calls) == 1  # one call per document, only sentences with events
    assert "Quiet ." not in clf.calls[0]


def test_unsure_classifier_leaves_the_rules_alone():
    doc = _doc()
    said = _event(doc, 1, "111", "ACCUSE", 0, 0.6)
    clf = FakeClassifier({"He said so .": [0.45, 0.1, 0.1, 0.3, 0.05]})
    with use_classifier(clf):
        assert reweigh_events(doc, [said]) == [said]
    assert said.confidence == 0.6


def test_without_a_classifier_nothing_changes():
    doc = _doc()
    said = _event(doc, 1, "111", "ACCUSE", 0, 0.6)
    with use_classifier(None):
        assert reweigh_events(doc, [said]) == [said]
