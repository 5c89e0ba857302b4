"""How far to trust each event record: the chance a human coder would call it right.

The rules' own ``confidence`` ranks readings of one sentence against each other (it picks the
main event); across articles it says little about whether a record is right (on 505 judged
records of unseen wire news its ranking AUC is 0.56). ``trust`` is learned instead from what
judges said of dyads' records on fresh news (``tests/data/fresh_news_s*_judged``): a logistic
model over what a record shows about itself (its type, whether its parties have a state, whether
source and target are the same state, flags, whether it sits in a quotation or a lead sentence,
how the trigger and the parties stand in the parse). No words are features, so it does not
learn the judged articles' topics. ``scripts/train_trust.py`` trains it and reports
cross-validated figures; the artefact ``data/event_trust.json`` is a few hundred weights.

A user who wants fewer, surer records filters on it (``dyads events --min-trust 0.6``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .arguments import token_at
from .countries import NON_STATE_CODES
from .model import Actor, Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ARTEFACT_PATH", "TrustModel", "article_features", "default_trust_model", "score_trust", "trust_features"]

ARTEFACT_PATH = Path(__file__).parent / "data" / "event_trust.json"
_QUOTE_MARKS = frozenset('"\u201c\u201d')


def _party_features(f: dict[str, float], side: str, actors: Sequence[Actor], doc: Doc) -> None:
    f[f"{side}_n"] = min(len(actors), 3)
    if not actors:
        f[f"{side}_none"] = 1.0
        return
    first = actors[0]
    f[f"{side}_sector={first.sector}"] = 1.0
    f[f"{side}_kind={first.kind}"] = 1.0
    f[f"{side}_stateless"] = float(not first.country)
    f[f"{side}_actor_confidence"] = first.confidence or 0.0
    if first.country in NON_STATE_CODES:
        f[f"{side}_nonstate"] = 1.0
    tok = token_at(doc, max(first.end - 1, first.start))
    if tok is None:
        return
    f[f"{side}_ent={tok.ent_type_ or 'none'}"] = 1.0
    # a place named after "in"/"at"/"near" is more often where something happened than who
    head = tok
    while head.dep_ in ("compound", "amod", "flat") and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near", "across", "around", "from", "into", "outside", "inside"):
        f[f"{side}_after_place_preposition"] = 1.0
    if head.dep_ == "poss":
        f[f"{side}_possessive"] = 1.0


def trust_features(doc: Doc, article: Article, event: Event, same_sentence: Sequence[Event]) -> dict[str, float]:
    """What a record shows about itself, as named numeric features (no words)."""
    f: dict[str, float] = {"bias": 1.0}
    f[f"type={event.type}"] = 1.0
    f[f"root={(event.cameo or '')[:2]}"] = 1.0
    f["rule_confidence"] = event.confidence
    _party_features(f, "source", event.source, doc)
    _party_features(f, "target", event.target, doc)
    states_s = {a.country for a in event.source if a.country}
    states_t = {a.country for a in event.target if a.country}
    if states_s and states_t and states_s & states_t:
        f["same_state"] = 1.0
    f["reported"] = float(event.reported_by is not None)
    f["negated"] = float(event.negated)
    f["future"] = float(event.future)
    f["hypothetical"] = float(event.hypothetical)
    f["lead_sentence"] = float(event.sentence == 0)
    f["sentence_position"] = min(event.sentence, 20) / 20
    f["events_in_sentence"] = min(len(same_sentence), 4)
    f["rank_in_sentence"] = min(next((k for k, e in enumerate(same_sentence) if e is event), 0), 3)
    if event.sentence < len(article.sentences):
        sent = article.sentences[event.sentence]
        text = article.text[sent.start:sent.end]
        f["quote_in_sentence"] = float(any(c in _QUOTE_MARKS for c in text))
        f["trigger_position"] = (event.start - sent.start) / max(1, sent.end - sent.start)
    if any(q.start <= event.start < q.end for q in article.quotes if q.direct):
        f["inside_direct_quote"] = 1.0
    tok = token_at(doc, event.start)
    if tok is not None:
        f[f"trigger_pos={tok.pos_}"] = 1.0
        f["trigger_is_root"] = float(tok.dep_ == "ROOT")
        f["trigger_in_clause"] = float(tok.dep_ in ("advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp"))
        f["trigger_capitalised"] = float(tok.text[:1].isupper() and tok.i != tok.sent.start)
    return f


class TrustModel:
    """A logistic model over :func:`trust_features`; weights by feature name."""

    def __init__(self, weights: dict[str, float], meta: dict[str, object] | None = None):
        self.weights = weights
        self.meta = meta or {}

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path) -> None:
        data = {"meta": self.meta, "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> TrustModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in data["weights"].items()}, data.get("meta"))


@lru_cache(maxsize=1)
def default_trust_model() -> TrustModel | None:
    """The bundled model, or None when it has not been trained (records then carry no trust)."""
    return TrustModel.load(ARTEFACT_PATH) if ARTEFACT_PATH.exists() else None


def article_features(doc: Doc, article: Article) -> list[dict[str, float]]:
    """:func:`trust_features` of every event of ``article``, in order (the model's input, at run
    time and in ``scripts/train_trust.py``)."""
    by_sentence: dict[int, list[Event]] = {}
    for event in article.events:
        by_sentence.setdefault(event.sentence, []).append(event)
    return [trust_features(doc, article, event, by_sentence[event.sentence]) for event in article.events]


def score_trust(doc: Doc, article: Article, model: TrustModel | None = None) -> None:
    """Set ``trust`` on every event of ``article`` (rounded to two decimals)."""
    model = model or default_trust_model()
    if model is None:
        return
    for event, features in zip(article.events, article_features(doc, article)):
        event.trust = round(model.probability(features), 2)
