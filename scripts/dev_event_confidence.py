"""Choose the thresholds of ``dyads.event_confidence`` by cross-validation.

PentaClass: 5 folds over ../shared/gold/cameo_quad_train.tsv; for each fold the sentence
classifier is retrained without it, and every threshold pair is scored on it (macro-F1 of the
main event's class, as ``dyads eval --pentaclass``). The thresholds are then picked on the
mean over folds: this figure is a development figure for the thresholds, and the ``dyads eval
--cv`` figure of the chosen pair is the one to report.
PLOVER: event-type accuracy on ../shared/gold/plover_gsr.jsonl with the bundled classifier, to
check the step does not cost the event coder its recall.

Run: .venv/bin/python scripts/dev_event_confidence.py
"""

from __future__ import annotations

import itertools
from pathlib import Path

from dyads import evaluate as ev
from dyads.classify import train_classifier, use_classifier
from dyads.event_confidence import reweigh_events
from dyads.model import Article
from dyads.nlp import load_nlp
from dyads.pipeline import annotate_doc

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
GRID_DROP = (0.5, 0.6, 0.7, 0.8, 1.01)
GRID_PREFER = (0.4, 0.5, 0.6, 1.01)


def annotate(docs, texts, drop, prefer):
    out = []
    for i, (doc, text) in enumerate(zip(docs, texts)):
        art = annotate_doc(Article(id=f"s{i}", text=text), doc, reweigh=False)
        art.events = reweigh_events(doc, art.events, drop, prefer)
        out.append(art)
    return out


def main() -> None:
    nlp = load_nlp()
    rows = ev.read_pentaclass(GOLD / "cameo_quad_train.tsv")
    texts = [r.text for r in rows]
    docs = list(nlp.pipe(texts, batch_size=64))
    folds = ev.stratified_folds([r.label for r in rows], 5, seed=0)
    scores: dict[tuple[float, float], list[float]] = {}
    for k, fold in enumerate(folds):
        held = set(fold)
        clf = train_classifier([texts[i] for i in range(len(rows)) if i not in held],
                               [rows[i].label for i in range(len(rows)) if i not in held])
        f_rows = [rows[i] for i in fold]
        with use_classifier(clf):
            for drop, prefer in itertools.product(GRID_DROP, GRID_PREFER):
                arts = annotate([docs[i] for i in fold], [texts[i] for i in fold], drop, prefer)
                scores.setdefault((drop, prefer), []).append(ev.score_pentaclass(f_rows, arts)["macro_f1"])
        print(f"fold {k + 1} done")
    for key, vals in sorted(scores.items(), key=lambda kv: -sum(kv[1])):
        print(f"drop>={key[0]:.2f} prefer>={key[1]:.2f}  mean macro-F1 {sum(vals) / len(vals):.4f}")
    prow = ev.read_plover(GOLD / "plover_gsr.jsonl")
    ptexts = [r.text for r in prow]
    pdocs = list(nlp.pipe(ptexts, batch_size=64))
    for drop, prefer in ((1.01, 1.01), (0.6, 0.5), (0.7, 0.5), (0.8, 0.5)):
        r = ev.score_plover(prow, annotate(pdocs, ptexts, drop, prefer))
        print(f"PLOVER drop>={drop} prefer>={prefer}: type accuracy {r['event_type_accuracy']:.3f}, triples F1 {r['triples']['f1']:.3f}")


if __name__ == "__main__":
    main()
