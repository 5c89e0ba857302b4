"""From candidates to Event records: confidence, the classifier's tie-break, and the main event.

Why apart from the coder: how sure an event is, and which event of a sentence a reader names,
is scored after all of a document's sentences are coded, so the costly classifier is asked once
per document and only where readings compete. (The pipeline's later, sentence-level say of the
classifier is :mod:`dyads.event_confidence`.)
"""

from __future__ import annotations

from spacy.tokens import Span

from .event_modality import Candidate
from .model import Event
from .triggers import PLOVER_SCORES, cameo_info

__all__ = ["main_event", "penta_of_event", "to_events"]


def penta_of_event(event: Event | None) -> int:
    """PentaClass of an event's CAMEO code (0 when no event): 1 verbal coop .. 4 material conflict."""
    if event is None:
        return 0
    info = cameo_info(event.cameo)
    return info.penta if info else 0


def main_event(events: list[Event], sentence: int | None = None) -> Event | None:
    """The event a reader would name for a sentence: the most confident, then the earliest."""
    pool = [e for e in events if sentence is None or e.sentence == sentence]
    if not pool:
        return None
    return max(pool, key=lambda e: (e.confidence, -e.start))


def _classifier_probs(texts: list[str]):
    """PentaClass probabilities per text, or None: the classifier is optional, never required."""
    try:
        from .classify import default_classifier
    except ImportError:
        return None
    try:
        clf = default_classifier()
        if clf is None or not texts:
            return None
        return clf.predict_proba(texts)
    except Exception:  # a broken or missing model must not stop event coding
        return None


def _to_event(cand: Candidate, sid: int, date: str | None, prob=None) -> Event:
    """The record, with a confidence that falls with clause depth and missing roles."""
    tok = cand.token
    start, end, trigger = tok.idx, tok.idx + len(tok.text), tok.text
    if cand.span_end:
        start, trigger = tok.idx + cand.span_end, tok.text[cand.span_end:]
    info = cameo_info(cand.cameo)
    confidence = 0.75 - 0.06 * min(cand.depth, 5.0)
    if cand.source and cand.target:
        confidence += 0.1
    elif not cand.source:
        confidence -= 0.15
    if cand.trigger.word is not None:
        confidence += 0.05
    if cand.hypothetical:
        confidence -= 0.1
    if prob is not None and info is not None:
        confidence = 0.7 * confidence + 0.3 * float(prob[info.penta])
    return Event(
        start=start,
        end=end,
        trigger=trigger,
        type=cand.type,
        sentence=sid,
        source=list(cand.source),
        target=list(cand.target),
        mode=cand.mode,
        context=list(dict.fromkeys(cand.context)),
        cameo=cand.cameo,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        plover_score=PLOVER_SCORES.get(cand.type),
        date=cand.date or date,
        confidence=round(max(0.05, min(0.99, confidence)), 3),
        negated=cand.negated,
        future=cand.future,
        hypothetical=cand.hypothetical,
        reported_by=cand.reported_by,
    )


def to_events(found: list[tuple[int, Candidate]], sents: list[Span], date: str | None) -> list[Event]:
    """One Event per (sentence, type, source, target), in the order the candidates were found."""
    # The classifier is the costly part: ask it only where readings compete (two candidate
    # events of different PentaClass in one sentence), which is where it changes the main event.
    classes: dict[int, set[int]] = {}
    for sid, cand in found:
        info = cameo_info(cand.cameo)
        classes.setdefault(sid, set()).add(info.penta if info else -1)
    sids = sorted(sid for sid, seen_classes in classes.items() if len(seen_classes) > 1)
    probs = _classifier_probs([sents[s].text for s in sids]) if sids else None
    row = {s: i for i, s in enumerate(sids)}
    events: list[Event] = []
    seen: set[tuple] = set()
    for sid, cand in found:
        prob = probs[row[sid]] if probs is not None and sid in row else None
        event = _to_event(cand, sid, date, prob)
        # (by span and code: a capital read as a place is a fresh copy of the same mention)
        key = (sid, event.type, tuple((a.start, a.end, a.code) for a in event.source),
               tuple((a.start, a.end, a.code) for a in event.target))
        if key in seen:
            continue
        seen.add(key)
        events.append(event)
    return events
