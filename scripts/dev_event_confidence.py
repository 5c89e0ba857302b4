"""Choose the thresholds of ``dyads.event_confidence`` by cross-validation.

PentaClass: 5 folds over ../shared/gold/cameo_quad_train.tsv; for each fold the sentence
classifier is retrained without it, and every setting is scored on it (macro-F1 of the main
event's class, as ``dyads eval --pentaclass``). A setting is the pair of thresholds (drop a
"nothing" sentence's events, promote the confident class), whether a trailing attribution
is left out of what the "nothing" verdict is judged on, and how sure the verdict must be to
drop a main-clause event too (0: dropped with the rest, as before). The setting is then
picked on the mean over folds: this figure is a development figure, and the ``dyads eval --cv``
figure of the chosen setting is the one to report.
PLOVER: event-type accuracy on the even (development) rows of ../shared/gold/plover_gsr.jsonl
with the bundled classifier, to check the step does not cost the event coder its recall.

Run: .venv/bin/python scripts/dev_event_confidence.py
"""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

from dyads import evaluate as ev
from dyads.classify import train_classifier, use_classifier
from dyads.event_confidence import reweigh_events
from dyads.model import Article
from dyads.nlp import load_nlp
from dyads.pipeline import annotate_doc

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
GRID_DROP = (0.5, 0.6, 0.7, 1.01)
GRID_PREFER = (0.5, 0.6, 1.01)
GRID_STRIP = (False, True)
GRID_SURE = (0.0, 0.7, 0.8)


def annotate(docs, texts) -> list[Article]:
    """The articles before the classifier's say (it is applied per setting by ``reweigh``)."""
    return [annotate_doc(Article(id=f"s{i}", text=text), doc, reweigh=False)
            for i, (doc, text) in enumerate(zip(docs, texts))]


def reweigh(docs, arts, setting) -> list[Article]:
    """Copies of ``arts`` with the events the setting keeps (the originals stay untouched)."""
    drop, prefer, strip, sure = setting
    out = []
    for doc, art in zip(docs, arts):
        twin = copy.copy(art)
        twin.events = reweigh_events(doc, [copy.copy(e) for e in art.events], drop, prefer, strip_tag=strip,
                                     sure_neutral=sure)
        out.append(twin)
    return out


def main() -> None:
    nlp = load_nlp()
    rows = ev.read_pentaclass(GOLD / "cameo_quad_train.tsv")
    texts = [r.text for r in rows]
    docs = list(nlp.pipe(texts, batch_size=64))
    folds = ev.stratified_folds([r.label for r in rows], 5, seed=0)
    settings = list(itertools.product(GRID_DROP, GRID_PREFER, GRID_STRIP, GRID_SURE))
    scores: dict[tuple, list[float]] = {}
    for k, fold in enumerate(folds):
        held = set(fold)
        clf = train_classifier([texts[i] for i in range(len(rows)) if i not in held],
                               [rows[i].label for i in range(len(rows)) if i not in held])
        f_rows, f_docs = [rows[i] for i in fold], [docs[i] for i in fold]
        with use_classifier(clf):
            arts = annotate(f_docs, [texts[i] for i in fold])
            for setting in settings:
                scores.setdefault(setting, []).append(ev.score_pentaclass(f_rows, reweigh(f_docs, arts, setting))["macro_f1"])
        print(f"fold {k + 1} done")
    for key, vals in sorted(scores.items(), key=lambda kv: -sum(kv[1]))[:20]:
        print(f"drop>={key[0]:.2f} prefer>={key[1]:.2f} strip={key[2]!s:5} sure>={key[3]:.2f}  "
              f"mean macro-F1 {sum(vals) / len(vals):.4f}")
    prow = ev.read_plover(GOLD / "plover_gsr.jsonl")[0::2]
    ptexts = [r.text for r in prow]
    pdocs = list(nlp.pipe(ptexts, batch_size=64))
    parts = annotate(pdocs, ptexts)
    for setting in ((1.01, 1.01, False, 0.0), (0.5, 0.6, False, 0.0), (0.5, 0.6, True, 0.0),
                    (0.5, 0.6, True, 0.7), (0.5, 0.6, True, 0.8)):
        r = ev.score_plover(prow, reweigh(pdocs, parts, setting))
        print(f"PLOVER (even rows) {setting}: type accuracy {r['event_type_accuracy']:.3f}, "
              f"triples F1 {r['triples']['f1']:.3f}")


if __name__ == "__main__":
    main()
