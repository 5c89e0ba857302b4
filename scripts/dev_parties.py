"""Development numbers for the parties the argument tagger fills in (``dyads.tagged_parties``).

Usage:
  .venv/bin/python scripts/dev_parties.py                      # both measures, fills as shipped
  .venv/bin/python scripts/dev_parties.py --fill sources       # only the source fill (none | sources | parties)
  .venv/bin/python scripts/dev_parties.py --cache /tmp/partcache   # keep parses, actors and fold taggers
  .venv/bin/python scripts/dev_parties.py --wikinews FILE      # list what the fills change (even articles)

Two measures, each by half (even rows develop, odd rows only report):

* **parties on cameo_actors_train.txt**: for each sentence's main event, the country-level P/R/F1 of
  its source against the countries of OUR actor mentions inside the gold S (and R) spans, and of
  its target against those inside the gold T (and R) spans. The gold is built from our actors, so
  this measures the linking of found actors to the event, not the finding. The shipped tagger was
  trained on this whole file, so the tagger is retrained per fold (the 5 folds of
  ``dyads eval --actor-spans --cv 5``) and each fold is refined and filled by a tagger that never
  saw it. The sentence classifier is the bundled one.
* **PLOVER triples on plover_gsr.jsonl**: the country-level source/type/target F1 of
  :func:`dyads.evaluate.score_plover` (the scorer of ``dyads eval --plover``) by half.

Fills are switched off while annotating (``dyads.pipeline.fill_parties`` is patched) and applied
after, so one parse serves every setting.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from unittest import mock

from dyads.argument_tagger import refine_arguments, train_tagger, training_example, use_tagger
from dyads.evaluate import main_event, normalise_country, read_actor_spans, read_plover, score_plover, stratified_folds
from dyads.model import Actor, Article, Event, article_id
from dyads.nlp import load_nlp
from dyads.pipeline import annotate_doc
from dyads import tagged_parties

SHARED = Path(__file__).resolve().parents[2] / "shared"
SPANS = SHARED / "gold" / "cameo_actors_train.txt"
PLOVER = SHARED / "gold" / "plover_gsr.jsonl"
FOLDS = 5

Fill = Callable[..., None]


def fills(name: str) -> Fill:
    """The fill step of a setting: none, the source fill alone, or every shipped fill."""
    if name == "none":
        return lambda doc, events, actors: None
    if name == "sources":
        return tagged_parties.fill_sources
    return tagged_parties.fill_parties


def _annotate(texts: Sequence[str], docs: Sequence) -> list[Article]:
    """Annotate parsed texts with the fills switched off."""
    with mock.patch("dyads.pipeline.fill_parties", lambda *a, **k: None):
        return [annotate_doc(Article(id=article_id(t), text=t), d) for t, d in zip(texts, docs)]


def _cached(cache: Path | None, name: str, build: Callable[[], object]) -> object:
    if cache is None:
        return build()
    path = cache / f"{name}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = build()
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(value))
    return value


def _parse(texts: Sequence[str], cache: Path | None, name: str) -> list:
    from spacy.tokens import DocBin

    nlp = load_nlp()
    path = cache / f"{name}.spacy" if cache is not None else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=64))
    if path is not None:
        cache.mkdir(parents=True, exist_ok=True)
        db = DocBin()
        for d in docs:
            db.add(d)
        db.to_disk(path)
    return docs


def _inside(actor: Actor, spans: Sequence[tuple[int, int, str]], roles: str) -> bool:
    return any(r in roles and s <= actor.start and actor.end <= e for s, e, r in spans)


def party_counts(event: Event | None, actors: Sequence[Actor],
                 gold: Sequence[tuple[int, int, str]]) -> dict[str, list[int]]:
    """[true positives, predicted, gold] country counts of the source side and the target side."""
    out = {}
    for side, roles in (("source", "SR"), ("target", "TR")):
        want = {normalise_country(a.country) for a in actors if a.country and _inside(a, gold, roles)}
        got = {normalise_country(a.country) for a in (getattr(event, side) if event else []) if a.country}
        out[side] = [len(want & got), len(got), len(want)]
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} pred={n_pred} gold={n_gold})"


def span_parties(fill: Fill, cache: Path | None) -> None:
    """The party figures on the CAMEO actor-span gold, with a tagger retrained per fold."""
    rows = read_actor_spans(SPANS)
    texts = [r.text for r in rows]
    docs = _parse(texts, cache, "spans")
    base = _cached(cache, "spans_articles", lambda: pickle.dumps(_annotate(texts, docs)))
    folds = stratified_folds([0] * len(rows), FOLDS, 0)

    def taggers() -> list:
        arts = pickle.loads(base)
        out = []
        for fold in folds:
            held = set(fold)
            examples = [ex for i in range(len(rows)) if i not in held
                        if (ex := training_example(docs[i], arts[i].events, rows[i].spans)) is not None]
            out.append(train_tagger(examples))
        return out

    fold_taggers = _cached(cache, "spans_taggers", taggers)
    arts = pickle.loads(base)
    for fold, tagger in zip(folds, fold_taggers):
        with use_tagger(tagger):
            for i in fold:
                refine_arguments(docs[i], arts[i].events)
                fill(docs[i], arts[i].events, arts[i].actors)
    for half, k in (("dev (even)", 0), ("report (odd)", 1)):
        totals = {"source": [0, 0, 0], "target": [0, 0, 0]}
        for i in range(k, len(rows), 2):
            for side, c in party_counts(main_event(arts[i].events), arts[i].actors, rows[i].spans).items():
                totals[side] = [a + b for a, b in zip(totals[side], c)]
        both = [a + b for a, b in zip(totals["source"], totals["target"])]
        print(f"  spans {half:13} source {_prf(*totals['source'])}\n"
              f"  {'':19} target {_prf(*totals['target'])}\n  {'':19} both   {_prf(*both)}")


def plover_triples(fill: Fill, cache: Path | None) -> None:
    """Triple F1 and type accuracy of ``score_plover`` on each half of the PLOVER gold."""
    rows = read_plover(PLOVER)
    texts = [r.text for r in rows]
    docs = _parse(texts, cache, "plover")
    arts = pickle.loads(_cached(cache, "plover_articles", lambda: pickle.dumps(_annotate(texts, docs))))
    for doc, art in zip(docs, arts):
        fill(doc, art.events, art.actors)
    for half, k in (("dev (even)", 0), ("report (odd)", 1)):
        s = score_plover(rows[k::2], arts[k::2])
        t = s["triples"]
        print(f"  plover {half:13} type={s['event_type_accuracy']:.3f} triples P={t['precision']:.3f} "
              f"R={t['recall']:.3f} F1={t['f1']:.3f}")


def _names(actors: Sequence[Actor]) -> str:
    return ", ".join(f"{a.text}[{a.code or a.country}]" for a in actors) or "-"


def wikinews_changes(path: Path, base: Fill, fill: Fill, cache: Path | None) -> None:
    """Each event of the even-numbered articles whose parties ``fill`` changes from what ``base``
    gives, to judge by hand."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][::2]
    texts = [r.get("text") or "" for r in records]
    docs = _parse(texts, cache, "wikinews")
    arts = pickle.loads(_cached(cache, "wikinews_articles", lambda: pickle.dumps(_annotate(texts, docs))))
    n = 0
    for doc, art in zip(docs, arts):
        base(doc, art.events, art.actors)
        before = [(list(e.source), list(e.target)) for e in art.events]
        fill(doc, art.events, art.actors)
        for e, (src, tgt) in zip(art.events, before):
            if [id(a) for a in e.source] == [id(a) for a in src] and [id(a) for a in e.target] == [id(a) for a in tgt]:
                continue
            n += 1
            sent = doc.char_span(e.start, e.end, alignment_mode="expand").root.sent
            print(f"[{n}] {sent.text.strip()}\n    {e.type} '{e.trigger}': source {_names(src)} -> {_names(e.source)}"
                  f"; target {_names(tgt)} -> {_names(e.target)}")
    print(f"{n} events changed in {len(arts)} articles")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fill", choices=("none", "sources", "parties"), default="parties")
    ap.add_argument("--cache", type=Path, default=None, help="directory to keep parses, actors and fold taggers")
    ap.add_argument("--base", choices=("none", "sources", "parties"), default="sources",
                    help="with --wikinews: the setting the changes are counted from")
    ap.add_argument("--only", choices=("spans", "plover"), default=None)
    ap.add_argument("--wikinews", type=Path, default=None, help="list the events the fill changes in this corpus")
    args = ap.parse_args()
    if not SPANS.exists() or not PLOVER.exists():
        print(f"cannot find the gold under {SHARED / 'gold'}", file=sys.stderr)
        return 2
    fill = fills(args.fill)
    if args.wikinews:
        wikinews_changes(args.wikinews, fills(args.base), fill, args.cache)
        return 0
    print(f"== fill={args.fill}")
    if args.only != "plover":
        span_parties(fill, args.cache)
    if args.only != "spans":
        plover_triples(fill, args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
