"""How good is the coder? Metrics, readers for the gold formats, and the runners behind ``dyads eval``.

Every runner reads a gold file, runs the FULL pipeline on each sentence as a one-sentence
article, and scores what a user would get. The scorers take gold rows and annotated articles,
so they are tested on hand-made articles without the model.

Definitions (the numbers mean exactly this):

* **main event** of a sentence: the event with the highest ``confidence`` (ties: the earliest
  trigger). A sentence without events has no main event.
* **PentaClass of an event**: from its CAMEO root (01-02 -> 0, 03-05 -> 1, 06-08 -> 2,
  09-13 and 16 -> 3, 14-15 and 17-20 -> 4); an event without a CAMEO code falls back on its
  PLOVER type (:func:`dyads.classify.pentaclass_of_plover`). No main event -> class 0.
* **PLOVER event-type accuracy**: share of gold sentences whose main event has the gold type;
  no event counts as wrong.
* **source/type/target F1 (country level)**: per sentence, the set of tuples
  ``(source country, type, target country)`` obtained by crossing every source with every
  target of a record (an empty side contributes one ``None``). Gold: the gold record.
  Predicted: the main event (``triples``) or every event of the sentence (``triples_all``).
  Countries are normalised with :func:`normalise_country`; micro P/R/F1 over all sentences.
* **participant spans**: the predicted participants of a sentence are the argument phrases
  (``Event.source_spans``/``target_spans``, see :mod:`dyads.arguments`) of its main event: S
  for source phrases, T for target phrases, R for both parties of a reciprocal event (meet,
  talk, sign with …: the same phrases on both sides). When the main event has no phrases, its
  actor mentions stand in (CONSULT parties as R). Spans are deduplicated per sentence. *exact*: same [start, end)
  and role. *head*: same role and the predicted span contains the head of the gold span, the
  last token before the first post-modifier (preposition, relative pronoun, conjunction, comma
  or bracket) - "the last ISIS group bastion in the country" has head "bastion"; each gold and
  predicted span is matched at most once.
  *untyped* variants ignore the role.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .argument_tagger import bio_runs
from .classify import (
    SentenceClassifier,
    default_classifier,
    pentaclass_of_event,
    pentaclass_of_plover,
    text_hash,
    use_classifier,
)
from .errors import InputError
from .model import Article, Event

__all__ = [
    "GoldActor",
    "PentaRow",
    "PloverRow",
    "SpanRow",
    "annotate_texts",
    "classification_report",
    "confusion_matrix",
    "detokenise",
    "dump",
    "eval_actor_spans",
    "eval_pentaclass",
    "eval_plover",
    "event_pentaclass",
    "main_event",
    "main_record",
    "match_spans",
    "normalise_country",
    "prf",
    "read_actor_spans",
    "read_pentaclass",
    "read_plover",
    "score_actor_spans",
    "score_pentaclass",
    "score_plover",
    "stratified_folds",
    "text_hash",
]

# A function that trains the sentence classifier from texts and PentaClass labels (``--cv``).
Trainer = Callable[[list[str], list[int]], SentenceClassifier]

# ---------------------------------------------------------------- metrics


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def confusion_matrix(gold: Sequence[int], pred: Sequence[int], n_classes: int) -> list[list[int]]:
    """Counts with gold classes as rows and predicted classes as columns."""
    matrix = [[0] * n_classes for _ in range(n_classes)]
    for g, p in zip(gold, pred, strict=True):
        matrix[g][p] += 1
    return matrix


def classification_report(gold: Sequence[int], pred: Sequence[int], n_classes: int = 5) -> dict[str, Any]:
    """Accuracy, macro-F1 (unweighted mean over all classes), per-class P/R/F1 and confusion."""
    matrix = confusion_matrix(gold, pred, n_classes)
    per_class = []
    for c in range(n_classes):
        tp = matrix[c][c]
        fp = sum(matrix[g][c] for g in range(n_classes)) - tp
        fn = sum(matrix[c]) - tp
        per_class.append({**prf(tp, fp, fn), "support": sum(matrix[c])})
    n = len(gold)
    return {
        "n": n,
        "accuracy": sum(matrix[c][c] for c in range(n_classes)) / n if n else 0.0,
        "macro_f1": sum(pc["f1"] for pc in per_class) / n_classes,
        "per_class": per_class,
        "confusion": matrix,
    }


def _set_prf(gold: Iterable[set], pred: Iterable[set]) -> dict[str, float]:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        both = len(g & p)
        tp += both
        fp += len(p) - both
        fn += len(g) - both
    return prf(tp, fp, fn)


# ---------------------------------------------------------------- gold readers


@dataclass(slots=True)
class PentaRow:
    text: str
    label: int
    line: int = 0


@dataclass(slots=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None = None


@dataclass(slots=True)
class PloverRow:
    id: str
    text: str
    event: str
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)
    mode: str | None = None
    line: int = 0


@dataclass(slots=True)
class SpanRow:
    """One CoNLL sentence rejoined into text, with its gold participant spans as char offsets."""

    tokens: list[str]
    tags: list[str]
    text: str
    offsets: list[tuple[int, int]]
    spans: list[tuple[int, int, str]]  # (start, end, role S|T|R)
    heads: list[tuple[int, int]]  # char range of each span's head token
    line: int = 0


def _open_lines(path: str | Path) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such file (give the path of a gold file, see gold/README.md)")
    return p.read_text(encoding="utf-8").splitlines()


def read_pentaclass(path: str | Path) -> list[PentaRow]:
    """``sentence<TAB>label`` lines, label 0-4."""
    rows = []
    for n, line in enumerate(_open_lines(path), 1):
        if not line.strip():
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise InputError(str(path), "expected 'sentence<TAB>label' with a label 0-4", n)
        rows.append(PentaRow(text.strip(), int(label), n))
    return rows


def _gold_actors(value: Any) -> list[GoldActor]:
    if not isinstance(value, list):
        return []  # null, "" or a stray string: the record names no actor on this side
    return [
        GoldActor(str(a.get("actorText") or ""), a.get("code") or None, a.get("sector") or None)
        for a in value
        if isinstance(a, dict)
    ]


def read_plover(path: str | Path) -> list[PloverRow]:
    """JSON Lines with ``id``, ``text``, ``event`` and ``source``/``target`` actor lists."""
    rows = []
    for n, line in enumerate(_open_lines(path), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(str(path), "not JSON (expected one PLOVER gold object per line)", n) from None
        if not isinstance(obj, dict) or not obj.get("text") or not obj.get("event"):
            raise InputError(str(path), "expected an object with 'text' and 'event'", n)
        rows.append(
            PloverRow(
                str(obj.get("id") or f"line{n}"),
                obj["text"],
                str(obj["event"]).upper(),
                _gold_actors(obj.get("source")),
                _gold_actors(obj.get("target")),
                obj.get("mode") or None,
                n,
            )
        )
    return rows


_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "”", "-", "’", "s'"})  # fmt: skip
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "€", "£", "“", "-", "‘"})
_HEAD_STOP = frozenset({"of", "in", "on", "at", "for", "from", "with", "who", "whom", "which", "that", "and", "or",
                        ",", "(", "-", "to", "by", "led", "based", "under", "over", "near", "against"})  # fmt: skip


def detokenise(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Rejoin tokens with the spacing of ordinary prose; returns the text and each token's offsets.

    "Baghdad ’ s" becomes "Baghdad’s", "Syria - related" "Syria-related" and "6 . 3" "6.3", so the parser
    sees the text a user would give it.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    prev = ""
    for i, tok in enumerate(tokens):
        glue = i == 0 or tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER or (prev == "’" and tok == "s")
        # "6 . 3 million", "100 , 000": a decimal point or thousands comma inside a number
        if i >= 2 and prev in (".", ",") and tokens[i - 2].isdigit() and tok.isdigit() \
                and (prev == "." or len(tok) == 3):
            glue = True
        if not glue:
            parts.append(" ")
            pos += 1
        parts.append(tok)
        offsets.append((pos, pos + len(tok)))
        pos += len(tok)
        prev = tok
    return "".join(parts), offsets


def _head_index(tokens: Sequence[str], start: int, end: int) -> int:
    head = start
    for i in range(start, end):
        if i > start and tokens[i].lower() in _HEAD_STOP:
            break
        if tokens[i] not in {"'s", "’", "s"} or i == start:
            head = i
    return head


def read_actor_spans(path: str | Path) -> list[SpanRow]:
    """CoNLL ``token tag`` lines, blank line between sentences; tags B-/I- with S, T or R."""
    rows: list[SpanRow] = []
    tokens: list[str] = []
    tags: list[str] = []
    first_line = 0

    def flush() -> None:
        if not tokens:
            return
        text, offsets = detokenise(tokens)
        runs = bio_runs(tags)
        spans = [(offsets[i][0], offsets[j - 1][1], role) for role, i, j in runs]
        heads = [offsets[_head_index(tokens, i, j)] for _, i, j in runs]
        rows.append(SpanRow(list(tokens), list(tags), text, offsets, spans, heads, first_line))
        tokens.clear()
        tags.clear()

    for n, line in enumerate(_open_lines(path), 1):
        if not line.strip():
            flush()
            continue
        parts = line.split()
        if len(parts) != 2 or not (parts[1] == "O" or parts[1][:2] in ("B-", "I-") and parts[1][2:] in ("S", "T", "R")):
            raise InputError(str(path), "expected 'token TAG' with TAG one of O, B-S, I-S, B-T, I-T, B-R, I-R", n)
        if not tokens:
            first_line = n
        tokens.append(parts[0])
        tags.append(parts[1])
    flush()
    return rows


# ---------------------------------------------------------------- predictions


def main_event(events: Sequence[Event]) -> Event | None:
    """The highest-confidence event (the earliest on ties, as ``dyads.events.main_event``)."""
    if not events:
        return None
    return max(events, key=lambda e: (e.confidence, -e.start))


# The class of a sentence's main event; one definition with the classifier's agreement step.
event_pentaclass = pentaclass_of_event


# Gold files use some CAMEO country codes that are not ISO 3166 alpha-3, and several codes for
# international organisations; both sides are compared after this mapping.
_COUNTRY_ALIASES = {
    "JAP": "JPN",  # CAMEO Japan
    "ITL": "ITA",  # CAMEO Italy
    "VTN": "VNM",  # CAMEO Vietnam
    "ROM": "ROU",  # old ISO/CAMEO Romania
    "ZAR": "COD",  # old Zaire code, DR Congo
    "TMP": "TLS",  # old East Timor code
    "WBK": "PSE",  # West Bank
    "GZS": "PSE",  # Gaza Strip
    "UNO": "IGO",  # United Nations: the gold codes the UN as IGO
    "EUR": "IGO",  # European Union / Community: IGO in the gold
}


def normalise_country(code: str | None) -> str | None:
    """Country code for comparison: upper case, CAMEO aliases to ISO, UN/EU/IGO* to ``IGO``."""
    if not code:
        return None
    c = code.strip().upper()[:3]
    return _COUNTRY_ALIASES.get(c, c) or None


def _triples(sources: Sequence[str | None], event_type: str, targets: Sequence[str | None]) -> set[tuple]:
    srcs = list(sources) or [None]
    tgts = list(targets) or [None]
    return {(s, event_type, t) for s in srcs for t in tgts}


def _event_triples(event: Event) -> set[tuple]:
    return _triples(
        [normalise_country(a.country) for a in event.source],
        event.type.upper(),
        [normalise_country(a.country) for a in event.target],
    )


# ---------------------------------------------------------------- scorers (no model needed)


def score_plover(rows: Sequence[PloverRow], articles: Sequence[Article]) -> dict[str, Any]:
    """Event-type accuracy and country-level source/type/target F1 (see module docstring)."""
    correct = covered = 0
    per_type: dict[str, Counter] = {}
    gold_sets, main_sets, all_sets = [], [], []
    for row, article in zip(rows, articles, strict=True):
        event = main_event(article.events)
        counts = per_type.setdefault(row.event, Counter())
        counts["n"] += 1
        if event is not None:
            covered += 1
            if event.type.upper() == row.event:
                correct += 1
                counts["correct"] += 1
        gold_sets.append(
            _triples(
                [normalise_country(a.code) for a in row.source],
                row.event,
                [normalise_country(a.code) for a in row.target],
            )
        )
        main_sets.append(_event_triples(event) if event else set())
        everything: set[tuple] = set()
        for e in article.events:
            everything |= _event_triples(e)
        all_sets.append(everything)
    n = len(rows)
    return {
        "n": n,
        "event_type_accuracy": correct / n if n else 0.0,
        "sentences_with_event": covered / n if n else 0.0,
        "per_type_accuracy": {
            t: {"n": c["n"], "accuracy": c["correct"] / c["n"]} for t, c in sorted(per_type.items())
        },
        "triples": _set_prf(gold_sets, main_sets),
        "triples_all": _set_prf(gold_sets, all_sets),
    }


def score_pentaclass(rows: Sequence[PentaRow], articles: Sequence[Article]) -> dict[str, Any]:
    """Macro-F1, per-class P/R/F1 and confusion of each sentence's main-event class."""
    gold = [r.label for r in rows]
    pred = [event_pentaclass(main_event(a.events)) for a in articles]
    return classification_report(gold, pred, n_classes=5)


def main_record(article: Article) -> Event | None:
    """The sentence's main event, or when it has none its main CAMEO 01 statement: the record whose
    participants the S/T/R gold marks (statements count only where no event is)."""
    return main_event(article.events) or main_event(article.statements)


def _participants(article: Article) -> list[tuple[int, int, str]]:
    from .arguments import participant_spans

    event = main_record(article)
    if event is None:
        return []
    if event.source_spans or event.target_spans:
        return sorted((start, end, role) for role, start, end in participant_spans([event]))
    roles: dict[tuple[int, int], set[str]] = {}
    reciprocal = event.type.upper() == "CONSULT"
    both = {(a.start, a.end) for a in event.source} & {(a.start, a.end) for a in event.target}
    for side, actors in (("S", event.source), ("T", event.target)):
        for actor in actors:
            key = (actor.start, actor.end)
            roles.setdefault(key, set()).add("R" if reciprocal or key in both else side)
    return [(start, end, "R" if "R" in rs else "S" if "S" in rs else "T")
            for (start, end), rs in sorted(roles.items())]


def match_spans(
    gold: Sequence[tuple[int, int, str]],
    heads: Sequence[tuple[int, int]],
    pred: Sequence[tuple[int, int, str]],
    typed: bool = True,
) -> tuple[int, int]:
    """(exact matches, head matches) between gold and predicted spans, each used once."""
    exact = 0
    used: set[int] = set()
    for g in gold:
        for k, p in enumerate(pred):
            if k not in used and p[:2] == g[:2] and (not typed or p[2] == g[2]):
                exact += 1
                used.add(k)
                break
    head = 0
    used = set()
    for g, (hs, he) in zip(gold, heads, strict=True):
        for k, p in enumerate(pred):
            if k not in used and p[0] <= hs and he <= p[1] and (not typed or p[2] == g[2]):
                head += 1
                used.add(k)
                break
    return exact, head


def score_actor_spans(rows: Sequence[SpanRow], articles: Sequence[Article]) -> dict[str, Any]:
    """Participant span P/R/F1, exact and head match, typed (S/T/R) and untyped."""
    n_gold = n_pred = 0
    hits = Counter()
    per_role = {r: Counter() for r in "STR"}
    for row, article in zip(rows, articles, strict=True):
        pred = _participants(article)
        n_gold += len(row.spans)
        n_pred += len(pred)
        for typed in (True, False):
            exact, head = match_spans(row.spans, row.heads, pred, typed)
            hits[("exact", typed)] += exact
            hits[("head", typed)] += head
        for role in "STR":
            g = [s for s in row.spans if s[2] == role]
            h = [hd for s, hd in zip(row.spans, row.heads) if s[2] == role]
            p = [s for s in pred if s[2] == role]
            exact, head = match_spans(g, h, p)
            per_role[role].update({"gold": len(g), "pred": len(p), "exact": exact, "head": head})
    out: dict[str, Any] = {"n": len(rows), "gold_spans": n_gold, "predicted_spans": n_pred}
    for kind in ("exact", "head"):
        for typed in (True, False):
            tp = hits[(kind, typed)]
            out[f"{kind}{'' if typed else '_untyped'}"] = prf(tp, n_pred - tp, n_gold - tp)
    out["per_role"] = {
        r: {k: prf(c[k], c["pred"] - c[k], c["gold"] - c[k])["f1"] for k in ("exact", "head")} | {"gold": c["gold"]}
        for r, c in per_role.items()
    }
    return out


# ---------------------------------------------------------------- running the pipeline


def annotate_texts(texts: Sequence[str], workers: int | None = None, veto: bool = True) -> list[Article]:
    """Run the full pipeline on each text as its own article, keeping order (``veto``: see
    ``dyads.pipeline.VETO``)."""
    from .model import article_id
    from .pipeline import process_articles

    articles = [Article(id=article_id(t), text=t) for t in texts]
    return list(process_articles(articles, workers=workers, veto=veto))


def stratified_folds(labels: Sequence[int], k: int, seed: int = 0) -> list[list[int]]:
    """Row indices split into ``k`` folds with each label spread evenly (no sklearn needed)."""
    if k < 2:
        raise ValueError(f"--cv needs at least 2 folds, got {k}")
    by_label: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    start = 0
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            folds[(start + j) % k].append(i)
        start += len(idx)
    return [sorted(f) for f in folds]


def _annotate_cv(
    texts: Sequence[str],
    labels_for_folds: Sequence[int],
    train: Sequence[PentaRow],
    k: int,
    seed: int,
    trainer: Trainer,
    workers: int | None,
    span_rows: Sequence[SpanRow] | None = None,
    veto: bool = True,
) -> list[Article]:
    """Annotate each fold with a classifier trained without the fold's sentences (and, when
    ``span_rows`` are the gold, an argument tagger trained on the other folds' rows)."""
    from .pipeline import vetoes

    if span_rows is not None:
        with vetoes(veto):
            return _annotate_cv_tagged(texts, labels_for_folds, train, k, seed, trainer, span_rows)
    articles: list[Article | None] = [None] * len(texts)
    for fold in stratified_folds(labels_for_folds, k, seed):
        clf = _fold_classifier(texts, fold, train, trainer)
        with use_classifier(clf):
            # in-process: a worker pool would not see the fold's classifier
            for i, article in zip(fold, annotate_texts([texts[i] for i in fold], workers=1, veto=veto)):
                articles[i] = article
    return [a for a in articles if a is not None]


def _fold_classifier(texts: Sequence[str], fold: Sequence[int], train: Sequence[PentaRow],
                     trainer: Trainer) -> SentenceClassifier:
    """The sentence classifier trained on ``train`` without the sentences of ``fold``."""
    held = {text_hash(texts[i]) for i in fold}
    kept = [r for r in train if text_hash(r.text) not in held]
    return trainer([r.text for r in kept], [r.label for r in kept])


def _annotate_cv_tagged(
    texts: Sequence[str],
    labels_for_folds: Sequence[int],
    train: Sequence[PentaRow],
    k: int,
    seed: int,
    trainer: Trainer,
    span_rows: Sequence[SpanRow],
) -> list[Article]:
    """Cross-validation of the whole argument path: per fold, the classifier and then the argument
    tagger are trained without the fold's sentences, and the fold is annotated with both."""
    from .argument_tagger import refine_arguments, train_tagger, training_example, use_tagger
    from .model import article_id
    from .nlp import load_nlp
    from .pipeline import annotate_doc
    from .tagged_parties import fill_parties

    docs = list(load_nlp().pipe(texts, batch_size=64))  # parsed once, annotated once per fold
    articles: list[Article | None] = [None] * len(texts)
    for fold in stratified_folds(labels_for_folds, k, seed):
        held = set(fold)
        clf = _fold_classifier(texts, fold, train, trainer)
        with use_classifier(clf), use_tagger(None):
            annotated = [annotate_doc(Article(id=article_id(t), text=t), d) for t, d in zip(texts, docs)]
        examples = [ex for i in range(len(texts)) if i not in held
                    if (ex := training_example(docs[i], annotated[i].events, span_rows[i].spans)) is not None]
        tagger = train_tagger(examples)
        with use_tagger(tagger):
            for i in fold:
                refine_arguments(docs[i], annotated[i].events)
                fill_parties(docs[i], annotated[i].events, annotated[i].actors)
                articles[i] = annotated[i]
    return [a for a in articles if a is not None]


def _tagger_warning(texts: Sequence[str]) -> str | None:
    from .argument_tagger import default_tagger

    tagger = default_tagger()
    seen = tagger.seen_in_training(texts) if tagger is not None else None
    if seen is None or not len(texts) or float(seen.mean()) < 0.2:
        return None
    return (f"{float(seen.mean()):.0%} of these sentences were used to train the bundled argument tagger: "
            "the span figures are on TRAINING data and overstate accuracy (use --cv K for honest ones)")


def _default_trainer(texts: list[str], labels: list[int]) -> SentenceClassifier:
    from .classify import train_classifier

    bundled = default_classifier()
    params = dict((bundled.meta.get("params") if bundled else None) or {})
    params = {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}
    return train_classifier(texts, labels, **params)


def _seen_warning(texts: Sequence[str]) -> str | None:
    clf = default_classifier()
    seen = clf.seen_in_training(texts) if clf is not None else None
    if seen is None or not len(texts):
        return None
    share = float(seen.mean())
    if share < 0.2:
        return None
    return (
        f"{share:.0%} of these sentences were used to train the bundled sentence classifier: "
        "the figures are on TRAINING data and overstate accuracy (use --cv K for honest ones)"
    )


def _run(
    texts: Sequence[str],
    cv: int | None,
    cv_labels: Sequence[int] | None,
    train: Sequence[PentaRow] | None,
    seed: int,
    workers: int | None,
    trainer: Trainer | None,
    span_rows: Sequence[SpanRow] | None = None,
    veto: bool = True,
) -> tuple[list[Article], dict[str, Any]]:
    info: dict[str, Any] = {"warnings": []}
    if not veto:
        info["no_veto"] = "the sentence classifier could choose each sentence's main event but not drop events"
    if cv:
        if not train:
            raise InputError("--cv", "cross-validation needs training sentences: give --train FILE (sentence<TAB>label)")
        labels = list(cv_labels) if cv_labels is not None else [0] * len(texts)
        articles = _annotate_cv(texts, labels, train, cv, seed, trainer or _default_trainer, workers, span_rows, veto)
        info["cv"] = {"folds": cv, "seed": seed, "training_sentences": len(train)}
        if span_rows is not None:
            info["cv"]["argument_tagger"] = "retrained per fold on the other folds of this file"
    else:
        articles = annotate_texts(texts, workers, veto)
        warnings = [_seen_warning(texts)] + ([_tagger_warning(texts)] if span_rows is not None else [])
        info["warnings"] += [w for w in warnings if w]
    if default_classifier() is None and not cv:
        info["warnings"].append("no sentence classifier bundled (src/dyads/data/pentaclass.npz): rules only")
    return articles, info


def _limit(rows: list, limit: int | None) -> list:
    return rows[:limit] if limit else rows


def _halves(score: Callable[..., dict[str, Any]], rows: Sequence[Any], articles: Sequence[Article]) -> dict[str, Any]:
    """Scores of the even rows (0, 2, 4, ...) and the odd rows apart: dyads' event and argument
    rules were developed looking at the even rows of the bundled gold files only, so the odd
    rows are the figure not tuned on."""
    return {
        name: score([rows[i] for i in range(k, len(rows), 2)], [articles[i] for i in range(k, len(rows), 2)])
        for name, k in (("even", 0), ("odd", 1))
    }


def _evaluate(
    path: str | Path,
    rows: Sequence[Any],
    score: Callable[[Sequence[Any], Sequence[Article]], dict[str, Any]],
    cv_labels: Sequence[int] | None,
    train: Sequence[PentaRow] | None,
    cv: int | None,
    seed: int,
    workers: int | None,
    trainer: Trainer | None,
    halves: bool = True,
    span_rows: Sequence[SpanRow] | None = None,
    veto: bool = True,
) -> dict[str, Any]:
    """The body every ``eval_*`` runner shares: annotate the rows' texts, score, add run info.

    ``halves`` adds the even/odd split (see :func:`_halves`); the PentaClass runner reports none.
    ``span_rows`` (participant spans) also retrain the argument tagger per fold under ``cv``.
    ``veto=False`` keeps every rule event (for sets where each sentence holds one).
    """
    articles, info = _run([r.text for r in rows], cv, cv_labels, train, seed, workers, trainer, span_rows, veto)
    result = {"file": str(path), **score(rows, articles), **info}
    if halves:
        result["halves"] = _halves(score, rows, articles)
    return result


def eval_pentaclass(
    path: str | Path,
    limit: int | None = None,
    cv: int | None = None,
    train_path: str | Path | None = None,
    seed: int = 0,
    workers: int | None = None,
    trainer: Trainer | None = None,
    veto: bool = True,
) -> dict[str, Any]:
    """Score the pipeline's main-event class on a PentaClass TSV; ``cv`` retrains per fold."""
    rows = _limit(read_pentaclass(path), limit)
    train = read_pentaclass(train_path) if train_path else rows
    labels = [r.label for r in rows]
    return _evaluate(path, rows, score_pentaclass, labels, train, cv, seed, workers, trainer, halves=False, veto=veto)


def eval_plover(
    path: str | Path,
    limit: int | None = None,
    cv: int | None = None,
    train_path: str | Path | None = None,
    seed: int = 0,
    workers: int | None = None,
    trainer: Trainer | None = None,
    veto: bool = True,
) -> dict[str, Any]:
    """Score event types and country dyads on a PLOVER gold JSONL."""
    rows = _limit(read_plover(path), limit)
    train = read_pentaclass(train_path) if train_path else None
    labels = [pentaclass_of_plover(r.event) or 0 for r in rows]
    return _evaluate(path, rows, score_plover, labels, train, cv, seed, workers, trainer, veto=veto)


def eval_actor_spans(
    path: str | Path,
    limit: int | None = None,
    cv: int | None = None,
    train_path: str | Path | None = None,
    seed: int = 0,
    workers: int | None = None,
    trainer: Trainer | None = None,
    veto: bool = True,
) -> dict[str, Any]:
    """Score participant spans on a CoNLL S/T/R file."""
    rows = _limit(read_actor_spans(path), limit)
    train = read_pentaclass(train_path) if train_path else None
    return _evaluate(path, rows, score_actor_spans, None, train, cv, seed, workers, trainer, span_rows=rows,
                     veto=veto)


def dump(result: dict[str, Any]) -> str:
    """JSON of a result, rounded for humans who read it too."""

    def rnd(x: Any) -> Any:
        if isinstance(x, float):
            return round(x, 4)
        if isinstance(x, dict):
            return {str(k): rnd(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [rnd(v) for v in x]
        return x

    return json.dumps(rnd(result), indent=2, ensure_ascii=False)

