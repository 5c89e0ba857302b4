"""Development numbers for event argument phrases (``dyads.arguments``) on the CAMEO actor gold.

Usage:
  .venv/bin/python scripts/dev_arguments.py                 # score both halves, both text joins
  .venv/bin/python scripts/dev_arguments.py --join space    # one join only (space | prose)
  .venv/bin/python scripts/dev_arguments.py --errors 40     # print development-half errors
  .venv/bin/python scripts/dev_arguments.py --cache /tmp/argcache   # reuse parses between runs
  .venv/bin/python scripts/dev_arguments.py --classes       # error classes (gold verb, main event; dev half)
  .venv/bin/python scripts/dev_arguments.py --kinds         # error kinds on both halves (figures only)
  .venv/bin/python scripts/dev_arguments.py --tagger-cv 3    # the tagger, 3 seeds: 5-fold CV inside the
                                                             # dev half; trained on dev, applied to report

How the gold becomes text: each sentence of ``gold/cameo_actors_train.txt`` is one article.
``--join space`` joins the CoNLL tokens with single spaces (token k starts after the k previous
tokens and k spaces); ``--join prose`` uses ``dyads.evaluate.detokenise`` ("Baghdad ’ s" ->
"Baghdad’s"), the text ``dyads eval --actor-spans`` parses. A gold span runs from the first
character of its B- token to the last character of its last I- token.

What is scored: the MAIN event of the sentence (highest confidence, earliest on ties: the rule
of ``dyads eval``), or when it has none its main CAMEO 01 statement, after ``add_argument_spans``; its phrases via ``participant_spans`` (role S,
T, or R for reciprocal events). *exact*: same [start, end) (and role, when typed). *overlap*:
the spans share a character (and role, when typed); each gold and predicted span matches once.
Development is on even sentence indices (0, 2, ...), the report half is the odd ones.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from dataclasses import replace
from collections import Counter
from pathlib import Path

from dyads.argument_tagger import bio_runs
from dyads.arguments import add_argument_spans, participant_spans
from dyads.evaluate import detokenise, main_event, main_record
from dyads.event_confidence import reweigh_events
from dyads.events import find_events_and_statements
from dyads.pipeline import REWEIGH
from dyads.model import Article, Event
from dyads.nlp import load_nlp
from dyads.pipeline import annotate_doc
from dyads.statements import settle_after_classifier, tidy_statement_spans

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "cameo_actors_train.txt"

Span = tuple[int, int, str]


def read_gold(path: Path, join: str) -> list[tuple[str, list[Span]]]:
    """(text, [(start, end, role)]) per sentence, offsets into the joined text."""
    rows = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        pairs = [line.rsplit(" ", 1) for line in block.splitlines() if line.strip()]
        words, tags = [p[0] for p in pairs], [p[1] for p in pairs]
        if join == "space":
            text = " ".join(words)
            offsets, pos = [], 0
            for w in words:
                offsets.append((pos, pos + len(w)))
                pos += len(w) + 1
        else:
            text, offsets = detokenise(words)
        spans = [(offsets[i][0], offsets[j - 1][1], role) for role, i, j in bio_runs(tags)]
        rows.append((text, spans))
    return rows


def annotate_rows(rows: list[tuple[str, list[Span]]], cache: Path | None, join: str):
    """Parse and annotate each sentence (or load the cached result), then add argument spans."""
    from spacy.tokens import DocBin

    nlp = load_nlp()
    if cache is not None and (cache / f"{join}.pkl").exists():
        docs = list(DocBin().from_disk(cache / f"{join}.spacy").get_docs(nlp.vocab))
        arts = pickle.loads((cache / f"{join}.pkl").read_bytes())
    else:
        docs = list(nlp.pipe([t for t, _ in rows], batch_size=64))
        arts = [annotate_doc(Article(id=f"s{k}", text=t), d) for k, ((t, _), d) in enumerate(zip(rows, docs))]
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            db = DocBin()
            for d in docs:
                db.add(d)
            db.to_disk(cache / f"{join}.spacy")
            (cache / f"{join}.pkl").write_bytes(pickle.dumps(arts))
    t0 = time.perf_counter()
    n_events = 0
    for doc, art in zip(docs, arts):
        # events are always recomputed: the cache keeps only the parse, actors and quotes
        art.events, art.statements = find_events_and_statements(doc, art.actors, art.quotes, art.date)
        coded = art.events
        if REWEIGH:  # as the pipeline does: the sentence classifier may drop or promote events
            art.events = reweigh_events(doc, art.events)
        add_argument_spans(doc, art.events)
        add_argument_spans(doc, art.statements)  # (scored only where the sentence has no event)
        tidy_statement_spans(art.statements)
        art.statements = settle_after_classifier(doc, art.statements, coded, art.events)
        n_events += len(art.events)
    elapsed = time.perf_counter() - t0
    return docs, arts, elapsed, n_events


def predicted(art: Article) -> list[Span]:
    event = main_record(art)
    return [] if event is None else [(s, e, r) for r, s, e in participant_spans([event])]


def baseline(art: Article) -> list[Span]:
    """Today's participants: the main event's (or statement's) actor mentions (names, not phrases)."""
    event = main_record(art)
    if event is None:
        return []
    reciprocal = event.type == "CONSULT"
    out: dict[tuple[int, int], str] = {}
    for role, actors in (("S", event.source), ("T", event.target)):
        for a in actors:
            out.setdefault((a.start, a.end), "R" if reciprocal else role)
    return [(s, e, r) for (s, e), r in out.items()]


def match(gold: list[Span], pred: list[Span], typed: bool, overlap: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for k, p in enumerate(pred):
            if k in used or (typed and p[2] != g[2]):
                continue
            ok = p[0] < g[1] and g[0] < p[1] if overlap else p[:2] == g[:2]
            if ok:
                used.add(k)
                hits += 1
                break
    return hits


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows, preds) -> dict[str, tuple[float, float, float]]:
    n_gold = sum(len(g) for _, g in rows)
    n_pred = sum(len(p) for p in preds)
    out = {}
    for name, typed, overlap in (("exact", True, False), ("exact_untyped", False, False),
                                 ("overlap", True, True), ("overlap_untyped", False, True)):
        tp = sum(match(g, p, typed, overlap) for (_, g), p in zip(rows, preds))
        out[name] = prf(tp, n_pred, n_gold)
    out["counts"] = (n_gold, n_pred, 0)
    return out


def gold_verb(doc, gold: list[Span]):
    """The verb governing the gold source phrase (else the first phrase): the gold's trigger, roughly."""
    anchor = [g for g in gold if g[2] in "SR"] or gold
    span = doc.char_span(anchor[0][0], anchor[0][1], alignment_mode="expand") if anchor else None
    if span is None or not len(span):
        return None
    cur = span.root
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _near(verb) -> set[int]:
    near = {verb.i} | {x.i for x in verb.children if x.dep_ in ("dobj", "xcomp", "ccomp", "prep")}
    near |= {x.i for ch in verb.children if ch.dep_ in ("dobj", "xcomp", "prep") for x in ch.children}
    return near


def oracle_event(doc, art: Article, gold: list[Span]) -> Event | None:
    """The event at the gold's verb: the pipeline's own when it has one there, else a bare one.

    Scores the phrases apart from the events stage's choice of main event.
    """
    verb = gold_verb(doc, gold)
    if verb is None:
        return main_event(art.events)
    near = _near(verb)
    for e in sorted(art.events, key=lambda e: -e.confidence):
        tok = doc.char_span(e.start, e.end, alignment_mode="expand")
        if tok is not None and (tok[0].i in near or tok[0].head.i == verb.i):
            return replace(e)
    return Event(verb.idx, verb.idx + len(verb.text), verb.text, "UNKNOWN", 0)


def main_event_report(docs, arts, rows, idx) -> Counter:
    """Where the main event is relative to the gold's: the verb governing the gold source phrase."""
    c: Counter = Counter()
    for k in idx:
        doc, art, (_, gold) = docs[k], arts[k], rows[k]
        ev = main_event(art.events)
        c["sentences"] += 1
        if ev is None:
            c["no event"] += 1
            if art.statements:
                c["  ...of which with a CAMEO 01 statement"] += 1
            continue
        anchor = [g for g in gold if g[2] in "SR"] or gold
        span = doc.char_span(anchor[0][0], anchor[0][1], alignment_mode="expand") if anchor else None
        gold_verb = None
        if span is not None and len(span):
            cur = span.root
            for _ in range(6):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.pos_ in ("VERB", "AUX"):
                    gold_verb = cur
                    break
        trig = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if gold_verb is None or trig is None:
            c["main event: gold verb unknown"] += 1
            continue
        t = trig[0]
        near = {gold_verb.i} | {x.i for x in gold_verb.children if x.dep_ in ("dobj", "xcomp", "ccomp", "prep")}
        near |= {x.i for ch in gold_verb.children if ch.dep_ in ("dobj", "xcomp", "prep") for x in ch.children}
        if t.i in near or t.head.i == gold_verb.i:
            c["main event at the gold verb (or its object/complement)"] += 1
        elif any(
            (tt := doc.char_span(e.start, e.end, alignment_mode="expand")) is not None
            and (tt[0].i in near or tt[0].head.i == gold_verb.i)
            for e in art.events
        ):
            c["another event is at the gold verb, main event elsewhere"] += 1
            if t.dep_ in ("ccomp",) or any(x.lemma_ in ("say", "tell", "report") for x in t.ancestors):
                c["  ...of which main event is inside reported speech"] += 1
        else:
            c["no event at the gold verb"] += 1
    return c


def show_errors(rows, preds, idx, limit: int) -> None:
    shown = 0
    for k in idx:
        text, gold = rows[k]
        pred = preds[k]
        if sorted(gold) == sorted(pred):
            continue
        def mark(spans):
            return " | ".join(f"{r}:{text[s:e]}" for s, e, r in sorted(spans)) or "-"
        print(f"[{k}] {text}\n   gold: {mark(gold)}\n   pred: {mark(pred)}")
        shown += 1
        if shown >= limit:
            break


_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "all", "any", "some"})


def error_class(text: str, g: Span, pred: list[Span], gold: list[Span]) -> str:
    """What went wrong with gold span ``g``: missed, wrong role, or which edge is off and why
    (determiner, an "in/of/..." phrase, a clause or apposition, a coordination split or joined)."""
    gs, ge, gr = g
    over = [p for p in pred if p[0] < ge and gs < p[1]]
    if not over:
        return "missed"
    p = max(over, key=lambda q: min(q[1], ge) - max(q[0], gs))
    if p[:2] == (gs, ge):
        return f"role {gr} predicted {p[2]}"
    out = []
    joins = any(o != g and o[0] < p[1] and p[0] < o[1] for o in gold)
    if p[0] != gs:
        words = (text[p[0]:gs] if p[0] < gs else text[gs:p[0]]).lower().split()
        first = words[0] if words else ""
        side = "starts early" if p[0] < gs else "starts late"
        out.append(f"{side}: determiner" if first in _DETS else f"{side}: coordination joined" if joins and p[0] < gs
                   else side)
    if p[1] != ge:
        words = (text[ge:p[1]] if p[1] > ge else text[p[1]:ge]).lower().split()
        first = words[0] if words else ""
        side = "too long" if p[1] > ge else "too short"
        if joins and p[1] > ge:
            why = "coordination joined"
        elif first in ("and", "or", ","):
            why = "comma/coordination"
        elif first in ("who", "which", "that", "whose"):
            why = "relative clause"
        elif first in ("in", "at", "near", "from", "of", "on", "to", "for", "with", "by", "against"):
            why = f"'{first}' phrase"
        else:
            why = "other"
        out.append(f"{side}: {why}")
    if p[2] != gr:
        out.append(f"role {gr} predicted {p[2]}")
    return "; ".join(out)


def error_classes(rows, preds, idx) -> Counter:
    """Counts of :func:`error_class` over ``idx``, plus predicted spans no gold span overlaps."""
    c: Counter = Counter()
    for k in idx:
        text, gold = rows[k]
        pred = preds[k]
        for g in gold:
            if g not in pred:
                c[error_class(text, g, pred, gold)] += 1
        c["extra (no gold overlap)"] += sum(1 for p in pred if not any(p[0] < g[1] and g[0] < p[1] for g in gold))
    return c


def error_kinds(rows, preds, arts, idx) -> Counter:
    """Counts of what went wrong with each gold span over ``idx`` (figures only, safe on the report
    half): missed (the sentence has no event or statement; no phrase of that role at all; phrases of
    that role elsewhere), a role swap, a boundary error (and which edge), plus spurious phrases,
    split by whether the gold marks only sources in that sentence (whole blocks of the file do)."""
    c: Counter = Counter()
    for k in idx:
        text, gold = rows[k]
        pred = preds[k]
        for g in gold:
            if g in pred:
                c["right"] += 1
                continue
            over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if not over:
                if main_record(arts[k]) is None:
                    c["missed: no event or statement"] += 1
                elif any(p[2] == g[2] for p in pred):
                    c[f"missed {g[2]}: a phrase of that role elsewhere"] += 1
                else:
                    c[f"missed {g[2]}: no phrase of that role"] += 1
                continue
            p = max(over, key=lambda q: min(q[1], g[1]) - max(q[0], g[0]))
            if p[:2] == (g[0], g[1]):
                c[f"role {g[2]} predicted {p[2]}"] += 1
                continue
            edges = []
            if p[0] != g[0]:
                edges.append("starts early" if p[0] < g[0] else "starts late")
            if p[1] != g[1]:
                edges.append("ends late" if p[1] > g[1] else "ends early")
            c["boundary: " + " and ".join(edges) + ("" if p[2] == g[2] else " (and role)")] += 1
        only_sources = bool(gold) and all(g[2] == "S" for g in gold)
        for p in pred:
            if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                c[f"spurious {p[2]}" + (" (gold marks only sources)" if only_sources else "")] += 1
    return c


def tagger_cv(docs, arts, rows, seeds: int) -> None:
    """Exact F1 with the argument tagger: 5-fold cross-validation inside the development half, and
    trained on the whole development half for the report half (its gold never trains it)."""
    from dyads.argument_tagger import refine_arguments, train_tagger, training_example, use_tagger

    def reset(k: int) -> None:
        add_argument_spans(docs[k], arts[k].events)

    def examples(idx):
        out = []
        for k in idx:
            reset(k)
            if (ex := training_example(docs[k], arts[k].events, rows[k][1])) is not None:
                out.append(ex)
        return out

    def tagged(tagger, idx) -> dict[int, list[Span]]:
        out = {}
        with use_tagger(tagger):
            for k in idx:
                reset(k)
                refine_arguments(docs[k], arts[k].events)
                out[k] = predicted(arts[k])
        return out

    even, odd = list(range(0, len(rows), 2)), list(range(1, len(rows), 2))
    for seed in range(seeds):
        preds: dict[int, list[Span]] = {}
        for f in range(5):
            held = set(even[f::5])
            preds.update(tagged(train_tagger(examples([k for k in even if k not in held]), seed=seed), held))
        preds.update(tagged(train_tagger(examples(even), seed=seed), odd))
        for half, idx in (("dev (even) CV", even), ("report (odd)", odd)):
            s = score([rows[k] for k in idx], [preds[k] for k in idx])
            print(f"  tagger seed {seed} {half:14} exact P={s['exact'][0]:.3f} R={s['exact'][1]:.3f} "
                  f"F1={s['exact'][2]:.3f}")
    for k in range(len(rows)):
        reset(k)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--join", choices=("space", "prose", "both"), default="both")
    ap.add_argument("--errors", type=int, default=0, help="print this many development-half errors")
    ap.add_argument("--oracle", action="store_true", help="with --errors: errors of the event at the gold verb")
    ap.add_argument("--cache", type=Path, default=None, help="directory to keep parses between runs")
    ap.add_argument("--classes", action="store_true",
                    help="count the development-half error classes (phrases at the gold verb, then the main event)")
    ap.add_argument("--kinds", action="store_true",
                    help="count error kinds of the main event's phrases on both halves (figures only)")
    ap.add_argument("--tagger-cv", type=int, default=0, metavar="SEEDS",
                    help="score the argument tagger (CV inside the dev half; trained on dev for the report half)")
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"cannot find {GOLD}: this script needs ../shared/gold", file=sys.stderr)
        return 2
    joins = ("space", "prose") if args.join == "both" else (args.join,)
    for join in joins:
        rows = read_gold(GOLD, join)
        docs, arts, elapsed, n_events = annotate_rows(rows, args.cache, join)
        preds = [predicted(a) for a in arts]
        oracle = []
        for doc, art, (_, gold) in zip(docs, arts, rows):
            ev = oracle_event(doc, art, gold)
            if ev is not None:
                add_argument_spans(doc, [ev])
            oracle.append([] if ev is None else [(s, e, r) for r, s, e in participant_spans([ev])])
        base = [baseline(a) for a in arts]
        print(f"== join={join}: {len(rows)} sentences; add_argument_spans took {elapsed * 1000:.0f} ms "
              f"for {n_events} events")
        for half, idx in (("dev (even)", range(0, len(rows), 2)), ("report (odd)", range(1, len(rows), 2))):
            sub = [rows[k] for k in idx]
            for name, p in (("phrases", [preds[k] for k in idx]), ("actors (baseline)", [base[k] for k in idx]),
                            ("phrases@gold verb", [oracle[k] for k in idx])):
                s = score(sub, p)
                n_gold, n_pred, _ = s.pop("counts")
                line = "  ".join(f"{m} P={v[0]:.3f} R={v[1]:.3f} F1={v[2]:.3f}" for m, v in s.items())
                print(f"  {half:13} {name:18} gold={n_gold} pred={n_pred}\n      {line}")
            for key, val in main_event_report(docs, arts, rows, idx).items():
                print(f"      {key}: {val}")
        if args.tagger_cv:
            tagger_cv(docs, arts, rows, args.tagger_cv)
        if args.classes:
            print("  dev (even) phrases@gold verb error classes:")
            for name, n in error_classes(rows, oracle, range(0, len(rows), 2)).most_common():
                print(f"    {n:4d}  {name}")
            print("  dev (even) phrases of the main event, error classes:")
            for name, n in error_classes(rows, preds, range(0, len(rows), 2)).most_common():
                print(f"    {n:4d}  {name}")
        if args.kinds:
            kinds = [error_kinds(rows, preds, arts, range(h, len(rows), 2)) for h in (0, 1)]
            print("  error kinds (gold spans; spurious = predicted):      dev (even)  report (odd)")
            for name in sorted(set(kinds[0]) | set(kinds[1]), key=lambda n: -(kinds[0][n] + kinds[1][n])):
                print(f"    {name:52} {kinds[0][name]:6d} {kinds[1][name]:10d}")
        if args.errors:
            show_errors(rows, oracle if args.oracle else preds, range(0, len(rows), 2), args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
