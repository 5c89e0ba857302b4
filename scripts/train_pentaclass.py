"""Train the bundled PentaClass sentence classifier and report its honest cross-validated score.

Hyper-parameters are chosen by an inner grid search; the figure reported is from the OUTER
folds of a nested cross-validation, which never see the tuning. The final artefact is then
tuned and fitted on all the data.

    .venv/bin/python scripts/train_pentaclass.py                    # nested CV + write artefact
    .venv/bin/python scripts/train_pentaclass.py --no-nested        # only refit and write
    .venv/bin/python scripts/train_pentaclass.py --grid small --folds 5 --seed 0
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

from dyads.classify import ARTEFACT_PATH, PENTACLASS_NAMES, export_sklearn, fit_sklearn
from dyads.evaluate import classification_report, read_pentaclass

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "cameo_quad_train.tsv"

GRIDS: dict[str, list[dict]] = {
    "small": [{"model": "logreg", "C": c} for c in (5.0, 20.0)],
    "full": [{"model": "logreg", "C": c} for c in (10.0, 30.0, 100.0)]
    + [{"model": "svm", "C": c} for c in (0.3, 1.0, 3.0)],
}


def macro_f1(gold, pred) -> float:
    return classification_report(list(gold), list(pred), n_classes=5)["macro_f1"]


def select(texts: list[str], labels: np.ndarray, grid: list[dict], folds: int, seed: int) -> tuple[dict, float]:
    """Best parameters by inner stratified CV macro-F1."""
    skf = StratifiedKFold(folds, shuffle=True, random_state=seed)
    best, best_score = grid[0], -1.0
    for params in grid:
        preds = np.empty_like(labels)
        for tr, te in skf.split(texts, labels):
            pipe = fit_sklearn([texts[i] for i in tr], labels[tr], **params)
            preds[te] = pipe.predict([texts[i] for i in te])
        score = macro_f1(labels, preds)
        print(f"    inner {params} macro-F1 {score:.3f}", file=sys.stderr)
        if score > best_score:
            best, best_score = params, score
    return best, best_score


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=ARTEFACT_PATH)
    ap.add_argument("--grid", choices=sorted(GRIDS), default="full")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--inner-folds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-nested", action="store_true", help="skip the nested CV report")
    ap.add_argument("--no-write", action="store_true", help="do not write the artefact")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"error: training file {args.gold} not found (pass --gold FILE)", file=sys.stderr)
        return 2
    rows = read_pentaclass(args.gold)
    texts = [r.text for r in rows]
    labels = np.array([r.label for r in rows])
    grid = GRIDS[args.grid]
    report: dict = {}
    t0 = time.time()
    if not args.no_nested:
        outer = StratifiedKFold(args.folds, shuffle=True, random_state=args.seed)
        preds = np.empty_like(labels)
        chosen = []
        for k, (tr, te) in enumerate(outer.split(texts, labels)):
            tr_texts = [texts[i] for i in tr]
            params, inner = select(tr_texts, labels[tr], grid, args.inner_folds, args.seed)
            chosen.append(params)
            pipe = fit_sklearn(tr_texts, labels[tr], **params)
            preds[te] = pipe.predict([texts[i] for i in te])
            print(f"  outer fold {k}: chose {params} (inner {inner:.3f}), fold macro-F1 "
                  f"{macro_f1(labels[te], preds[te]):.3f}", file=sys.stderr)
        report = classification_report(labels.tolist(), preds.tolist(), n_classes=5)
        report["chosen"] = chosen
        print(f"nested {args.folds}-fold CV (seed {args.seed}, inner {args.inner_folds}-fold, grid {args.grid}): "
              f"macro-F1 {report['macro_f1']:.3f}, accuracy {report['accuracy']:.3f}")
        for c, name in enumerate(PENTACLASS_NAMES):
            pc = report["per_class"][c]
            print(f"  {c} {name:22s} P {pc['precision']:.3f} R {pc['recall']:.3f} F1 {pc['f1']:.3f} n={pc['support']}")
    if args.no_write:
        return 0
    params, inner = select(texts, labels, grid, args.folds, args.seed)
    print(f"final parameters {params} (CV macro-F1 {inner:.3f} on all data, used for selection)")
    pipe = fit_sklearn(texts, labels, **params)
    meta = {
        "trained_on": "cameo_quad_train.tsv (dyads shared gold, 1,349 sentences, PentaClass labels)",
        "trained_by": "scripts/train_pentaclass.py",
        "date": dt.date.today().isoformat(),
        "selection_cv_macro_f1": round(inner, 4),
    }
    if report:
        meta["nested_cv"] = {
            "folds": args.folds, "seed": args.seed, "grid": args.grid,
            "macro_f1": round(report["macro_f1"], 4), "accuracy": round(report["accuracy"], 4),
            "per_class_f1": [round(report["per_class"][c]["f1"], 4) for c in range(5)],
        }
    clf = export_sklearn(pipe, meta)
    check = clf.predict_proba(texts[:200])
    ref = pipe.predict_proba(texts[:200])
    diff = float(np.abs(check - ref).max())
    if diff > 1e-4:
        print(f"error: exported model differs from scikit-learn by {diff:g}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    clf.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, max |p - p_sklearn| = {diff:.1e}, "
          f"{time.time() - t0:.0f} s)")
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
