"""Sentence-level agreement between the rules and the sentence classifier.

The rules find candidate events; the classifier (``dyads.classify``) reads the whole sentence.
Where the classifier is confident that a sentence reports nothing (a statement, an opinion, a
comment: PentaClass 0), the rules' events there are most often false alarms, so they are
dropped, except requests and appeals (CAMEO 02), which are PentaClass 0 themselves; where it is confident of a class that one of the candidates has, that candidate
becomes the sentence's main event. Elsewhere the rules decide alone.

Both thresholds were chosen by cross-validation on the PentaClass training sentences
(``scripts/dev_event_confidence.py``); the classifier used is always ``default_classifier()``,
so ``dyads eval --cv`` swaps in fold models.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .classify import default_classifier, pentaclass_of_event
from .model import Event
from .nlp import sentences

__all__ = ["DROP_NEUTRAL", "PREFER_CLASS", "reweigh_events"]

DROP_NEUTRAL = 0.5  # P(neutral) at or above which a sentence's rule events are dropped
PREFER_CLASS = 0.6  # P(class) at or above which a candidate of that class becomes the main event


def reweigh_events(
    doc: Doc,
    events: list[Event],
    drop_neutral: float = DROP_NEUTRAL,
    prefer_class: float = PREFER_CLASS,
) -> list[Event]:
    """Events after the classifier's say: one predict call per document, only for sentences with events."""
    clf = default_classifier()
    if clf is None or not events:
        return events
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for e in events:
        by_sentence[e.sentence].append(e)
    ids = sorted(i for i in by_sentence if i >= 0)
    sents = sentences(doc)
    probs = clf.predict_proba([sents[i].text for i in ids])
    dropped: set[int] = set()
    for sid, p in zip(ids, probs):
        top = int(p.argmax())
        if top == 0 and p[0] >= drop_neutral:
            # a request or appeal (CAMEO 02) is itself PentaClass 0: only the others go
            neutral = [e for e in by_sentence[sid] if pentaclass_of_event(e) == 0]
            if neutral:
                dropped.update(id(e) for e in by_sentence[sid] if e not in neutral)
            else:
                dropped.add(sid)
            continue
        if top == 0 or p[top] < prefer_class:
            continue
        group = by_sentence[sid]
        best = max((e.confidence for e in group), default=0.0)
        matching = [e for e in group if pentaclass_of_event(e) == top]
        if matching:
            lead = max(matching, key=lambda e: (e.confidence, -e.start))
            if lead.confidence < best:
                lead.confidence = min(1.0, best + 0.01)
    return [e for e in events if e.sentence not in dropped and id(e) not in dropped]
