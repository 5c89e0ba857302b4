"""Measures of the actor stage against labelled data (gold/ in the shared reference folder).

``actor_country_accuracy`` answers "does the mention covering a gold actor get its country?";
``participant_spans`` answers "do our mention spans line up with labelled event participants?".
Both return plain dicts so ``dyads eval`` can print or gate on them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .actors import find_actors
from .countries import INTERGOVERNMENTAL
from .model import Actor, Article

__all__ = ["GOLD_CODE_MAP", "actor_country_accuracy", "participant_spans", "token_spans"]

# gold/plover_gsr.jsonl uses a few pre-ISO codes; map them to ISO 3166 alpha-3.
GOLD_CODE_MAP = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# The gold codes UN and EU bodies as IGO; our UNO and EUR are kinds of IGO (INTERGOVERNMENTAL counts
# as a match for a gold IGO).


def _gold_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for role in ("source", "target"):
        value = record.get(role)
        if isinstance(value, list):
            out.extend(a for a in value if isinstance(a, dict) and a.get("actorText"))
    return out


def _locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Where a gold actorText is in the sentence ("Bosnian Serbs ... forces": the first part)."""
    piece = actor_text.replace("..", "\u2026").split("\u2026")[0].strip(" .")
    if not piece:
        return None
    start = text.find(piece)
    if start < 0:
        start = text.lower().find(piece.lower())
    return (start, start + len(piece)) if start >= 0 else None


# A mention after one of these inside a gold phrase modifies its head ("Red Cross operating
# in Iraq", "militias in Tripoli", "a missionary from Calgary").
_PREPOSITIONS = frozenset({"in", "of", "from", "at", "near", "to", "for", "with", "on", "by"})


def _mention_for(found: list[Actor], start: int, end: int, text: str = "") -> Actor | None:
    covering = [a for a in found if a.start <= start and end <= a.end]
    if covering:
        return min(covering, key=lambda a: a.end - a.start)
    inside = [a for a in found if a.start < end and start < a.end and a.country]
    heads = [a for a in inside
             if not (text and a.start > start
                     and text[start:a.start].split()[-1:] in ([p] for p in _PREPOSITIONS))]
    inside = heads or inside
    return inside[-1] if inside else None  # the head of an English phrase is at its end


def _same_country(gold: str, ours: str | None) -> bool:
    gold = GOLD_CODE_MAP.get(gold, gold)
    if ours is None:
        return False
    if gold == "IGO":
        return ours in INTERGOVERNMENTAL
    return gold == ours


def actor_country_accuracy(path: str | Path, nlp=None, kb=None) -> dict[str, Any]:
    """Country accuracy of the mentions covering the gold source/target actors.

    ``accuracy`` counts every gold actor found in its sentence (a missed mention is wrong);
    ``accuracy_when_mentioned`` only those a mention covers or overlaps.
    """
    from .nlp import load_nlp

    nlp = nlp or load_nlp()
    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    total = found_in_text = mentioned = correct = 0
    errors: Counter[tuple[str, str, str]] = Counter()
    docs = nlp.pipe([r["text"] for r in records], batch_size=64)
    for record, doc in zip(records, docs):
        mentions = find_actors(doc, Article(id=record.get("id", ""), text=record["text"]), kb)
        for gold in _gold_actors(record):
            total += 1
            where = _locate(record["text"], gold["actorText"])
            if where is None or not gold.get("code"):
                continue
            found_in_text += 1
            m = _mention_for(mentions, *where, record["text"])
            if m is not None:
                mentioned += 1
            if m is not None and _same_country(gold["code"], m.country):
                correct += 1
            else:
                errors[(gold["actorText"], gold["code"], m.country if m else "-")] += 1
    return {
        "gold_actors": total,
        "found_in_text": found_in_text,
        "mentioned": mentioned,
        "correct": correct,
        "accuracy": round(correct / found_in_text, 4) if found_in_text else 0.0,
        "accuracy_when_mentioned": round(correct / mentioned, 4) if mentioned else 0.0,
        "code_map": dict(GOLD_CODE_MAP, IGO="IGO|UNO|EUR"),
        "errors": [
            {"actor_text": t, "gold": g, "ours": o, "count": n}
            for (t, g, o), n in errors.most_common(40)
        ],
    }


def token_spans(doc, actors: list[Actor], min_confidence: float = 0.0) -> list[tuple[int, int]]:
    """Mention spans as [start, end) token indices of ``doc`` (for token-labelled gold)."""
    spans = []
    for a in actors:
        if a.confidence < min_confidence or a.kind == "pronoun":
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end))
    return spans


def _conll_sentences(path: Path) -> list[tuple[list[str], list[tuple[int, int]]]]:
    """(tokens, gold participant spans) per sentence of a CoNLL ``token tag`` file."""
    sentences = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            spans = []
            start = None
            for i, tag in enumerate(tags + ["O"]):
                if start is not None and not tag.startswith("I-"):
                    spans.append((start, i))
                    start = None
                if tag.startswith("B-"):
                    start = i
            sentences.append((list(tokens), spans))
        tokens.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
            continue
        tokens.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    return sentences


def participant_spans(path: str | Path, nlp=None, kb=None, limit: int | None = None,
                      min_confidence: float = 0.0) -> dict[str, Any]:
    """How well our mention spans match labelled participants (cameo_actors_train.txt).

    Every mention is a candidate participant here (choosing source and target is the events
    stage's job), so ``recall`` is the number to watch: exact and overlapping span matches.
    """
    from spacy.tokens import Doc

    from .nlp import load_nlp

    nlp = nlp or load_nlp()
    sentences = _conll_sentences(Path(path))[:limit]
    gold_n = ours_n = exact = overlap = 0
    docs = []
    for tokens, _ in sentences:
        docs.append(Doc(nlp.vocab, words=tokens))
    for (tokens, gold), doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        found = find_actors(doc, Article(id="", text=doc.text), kb)
        ours = token_spans(doc, found, min_confidence)
        gold_n += len(gold)
        ours_n += len(ours)
        ours_set = set(ours)
        exact += sum(1 for g in gold if g in ours_set)
        overlap += sum(1 for g in gold if any(o[0] < g[1] and g[0] < o[1] for o in ours))
    return {
        "sentences": len(sentences),
        "gold_spans": gold_n,
        "mention_spans": ours_n,
        "exact_recall": round(exact / gold_n, 4) if gold_n else 0.0,
        "overlap_recall": round(overlap / gold_n, 4) if gold_n else 0.0,
        "exact_precision_upper_bound": round(exact / ours_n, 4) if ours_n else 0.0,
    }
