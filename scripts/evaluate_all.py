"""Every evaluation on ../shared/gold, printed as one Markdown report (``make eval``).

    .venv/bin/python scripts/evaluate_all.py             # everything (a few minutes on 2 cores)
    .venv/bin/python scripts/evaluate_all.py --limit 100 # quick look
    .venv/bin/python scripts/evaluate_all.py --json out.json

Figures on sentences the bundled classifier was trained on are cross-validated (``--cv 5``):
the PentaClass file is its training set and the actor-span file holds the same sentences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np

from dyads import __version__
from dyads import evaluate as ev
from dyads.classify import PENTACLASS_NAMES, default_classifier, train_classifier

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
PLOVER = GOLD / "plover_gsr.jsonl"
PENTA = GOLD / "cameo_quad_train.tsv"
SPANS = GOLD / "cameo_actors_train.txt"


def classifier_cv(folds: int, seed: int) -> dict:
    """The classifier alone: stratified K-fold with the bundled hyper-parameters."""
    rows = ev.read_pentaclass(PENTA)
    bundled = default_classifier()
    params = {k: tuple(v) if isinstance(v, list) else v for k, v in ((bundled.meta.get("params") if bundled else None) or {}).items()}
    labels = [r.label for r in rows]
    pred = np.zeros(len(rows), dtype=int)
    for fold in ev.stratified_folds(labels, folds, seed):
        held = set(fold)
        clf = train_classifier([r.text for i, r in enumerate(rows) if i not in held],
                               [r.label for i, r in enumerate(rows) if i not in held], **params)
        pred[fold] = clf.predict([rows[i].text for i in fold])
    return ev.classification_report(labels, pred.tolist(), n_classes=5) | {"params": params}


def fmt(x: float) -> str:
    return f"{100 * x:.1f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="only the first N items of each pipeline eval")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, default=None, help="also write all results to this file")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print(f"skipped: {GOLD} is not here (the shared gold data); nothing to evaluate")
        return 0
    lim = f" --limit {args.limit}" if args.limit else ""
    results: dict = {}
    rows: list[tuple[str, str, str, str]] = []  # (eval, figure, value, command)
    t0 = time.time()

    clf = default_classifier()
    if clf is not None and "nested_cv" in clf.meta:
        n = clf.meta["nested_cv"]
        cmd = "python scripts/train_pentaclass.py"
        rows.append(("classifier alone, nested CV", f"macro-F1 ({n['folds']}-fold, seed {n['seed']})", fmt(n["macro_f1"]), cmd))
        rows.append(("classifier alone, nested CV", "per-class F1 0-4", " / ".join(fmt(f) for f in n["per_class_f1"]), cmd))
    r = results["classifier_cv"] = classifier_cv(args.folds, args.seed)
    cmd = "python scripts/evaluate_all.py (classifier_cv)"
    rows.append(("classifier alone, fixed params", f"macro-F1 ({args.folds}-fold, seed {args.seed})", fmt(r["macro_f1"]), cmd))
    rows.append(("classifier alone, fixed params", "per-class F1 0-4", " / ".join(fmt(c["f1"]) for c in r["per_class"]), cmd))

    r = results["pentaclass"] = ev.eval_pentaclass(PENTA, limit=args.limit, cv=args.folds, train_path=PENTA, seed=args.seed)
    cmd = f"dyads eval --pentaclass {PENTA.name} --cv {args.folds}{lim}"
    rows.append(("pipeline PentaClass", "macro-F1", fmt(r["macro_f1"]), cmd))
    rows.append(("pipeline PentaClass", "accuracy", fmt(r["accuracy"]), cmd))
    rows.append(("pipeline PentaClass", "per-class F1 0-4", " / ".join(fmt(c["f1"]) for c in r["per_class"]), cmd))

    r = results["plover"] = ev.eval_plover(PLOVER, limit=args.limit)
    cmd = f"dyads eval --plover {PLOVER.name}{lim}"
    rows.append(("pipeline PLOVER", "event-type accuracy", fmt(r["event_type_accuracy"]), cmd))
    rows.append(("pipeline PLOVER", "sentences with an event", fmt(r["sentences_with_event"]), cmd))
    for key, label in (("triples", "main event"), ("triples_all", "all events")):
        m = r[key]
        rows.append(("pipeline PLOVER", f"src/type/tgt P/R/F1 ({label})",
                     f"{fmt(m['precision'])} / {fmt(m['recall'])} / {fmt(m['f1'])}", cmd))
    for half, label in (("even", "development half (even rows)"), ("odd", "held-out half (odd rows)")):
        h = r["halves"][half]
        rows.append((f"pipeline PLOVER, {label}", "type accuracy / src-type-tgt F1 (main event)",
                     f"{fmt(h['event_type_accuracy'])} / {fmt(h['triples']['f1'])}", cmd))

    for key, name, label in (
            ("plover_probes", "plover_probes.jsonl", "PLOVER probes (160 sentences of ours; developed on)"),
            ("plover_probes_heldout", "plover_probes_heldout.jsonl",
             "PLOVER held-out probes (160 of ours, written after development; never tuned on)"),
            ("plover_probes_heldout2", "plover_probes_heldout2.jsonl",
             "PLOVER held-out probes 2 (96 of ours, written in session 15; never tuned on)"),
            ("plover_probes_heldout3", "plover_probes_heldout3.jsonl",
             "PLOVER held-out probes 3 (96 of ours, written in session 16; never tuned on)")):
        r = results[key] = ev.eval_plover(ROOT / "tests" / "data" / name, limit=args.limit)
        rows.append((label, "type accuracy / src-type-tgt F1",
                     f"{fmt(r['event_type_accuracy'])} / {fmt(r['triples']['f1'])}",
                     f"dyads eval --plover tests/data/{name}{lim}"))

    sys.path.insert(0, str(ROOT / "scripts"))
    from dev_statements import score as score_statements  # (a script beside this one)
    from dyads.nlp import load_nlp

    probes = ROOT / "tests" / "data" / "statement_probes.jsonl"
    probe_rows = [json.loads(line) for line in probes.read_text().splitlines() if line.strip()]
    r = results["statement_probes"] = score_statements(probe_rows[: args.limit] if args.limit else probe_rows, load_nlp())
    rows.append(("CAMEO 01 statement probes (84 sentences of ours; developed on)",
                 "found / code+source+target right; false statements on rows without one",
                 f"{fmt(r['found (root 01)'])} / {fmt(r['code+S+T right'])}; {r['false statements']} of {r['null rows']}",
                 "python scripts/dev_statements.py"))

    r = results["actor_spans"] = ev.eval_actor_spans(SPANS, limit=args.limit, cv=args.folds, train_path=PENTA, seed=args.seed)
    cmd = f"dyads eval --actor-spans {SPANS.name} --cv {args.folds} --train {PENTA.name}{lim}"
    for key, label in (("exact", "exact span+role"), ("head", "head match+role"), ("head_untyped", "head match, any role")):
        m = r[key]
        rows.append(("pipeline participants", f"{label} P/R/F1", f"{fmt(m['precision'])} / {fmt(m['recall'])} / {fmt(m['f1'])}", cmd))
    for half, label in (("even", "development half (even rows)"), ("odd", "held-out half (odd rows)")):
        h = r["halves"][half]
        rows.append((f"pipeline participants, {label}", "exact / head F1",
                     f"{fmt(h['exact']['f1'])} / {fmt(h['head']['f1'])}", cmd))

    # every S/T/R and PLOVER gold sentence holds an event: the same runs with the classifier's
    # veto off show what its drops cost there (reported beside the default figures, never instead)
    r = results["actor_spans_no_veto"] = ev.eval_actor_spans(SPANS, limit=args.limit, cv=args.folds, train_path=PENTA,
                                                             seed=args.seed, veto=False)
    cmd = f"dyads eval --actor-spans {SPANS.name} --cv {args.folds} --train {PENTA.name} --no-veto{lim}"
    rows.append(("participants, classifier may not drop events", "exact P/R/F1; held-out half exact F1",
                 f"{fmt(r['exact']['precision'])} / {fmt(r['exact']['recall'])} / {fmt(r['exact']['f1'])}; "
                 f"{fmt(r['halves']['odd']['exact']['f1'])}", cmd))
    r = results["plover_no_veto"] = ev.eval_plover(PLOVER, limit=args.limit, veto=False)
    cmd = f"dyads eval --plover {PLOVER.name} --no-veto{lim}"
    rows.append(("PLOVER, classifier may not drop events", "type accuracy / F1; held-out half type / F1",
                 f"{fmt(r['event_type_accuracy'])} / {fmt(r['triples']['f1'])}; "
                 f"{fmt(r['halves']['odd']['event_type_accuracy'])} / {fmt(r['halves']['odd']['triples']['f1'])}", cmd))

    from dyads.evaluate_actors import actor_country_accuracy

    r = results["actor_countries"] = actor_country_accuracy(PLOVER)
    rows.append(("actors", "country accuracy of gold sources/targets (PLOVER)", fmt(r["accuracy"]),
                 "python -c 'from dyads.evaluate_actors import actor_country_accuracy as f; print(f(PATH))'"))

    from dyads.evaluate_quotes import HELDOUT_GOLD, score_quotes

    r = results["quotes"] = score_quotes([ROOT / "tests/resources/quotes_gold.jsonl", HELDOUT_GOLD], repo=ROOT)
    for name, q in r.get("sets", {}).items():
        rows.append((f"quotes ({name})", "detection P / R, speaker accuracy",
                     f"{fmt(q['precision'])} / {fmt(q['recall'])}, {fmt(q['speaker_accuracy'])}",
                     "python -m dyads.evaluate_quotes --all"))

    import json as _json

    from dyads.analysis.merge import evaluate_merge_pairs

    pairs = [_json.loads(x) for x in (ROOT / "tests/resources/merge_pairs.jsonl").read_text().splitlines() if x.strip()]
    r = results["merge"] = evaluate_merge_pairs(pairs)
    rows.append(("merging (labelled pairs)", "precision / recall", f"{fmt(r['precision'])} / {fmt(r['recall'])}",
                 "evaluate_merge_pairs(tests/resources/merge_pairs.jsonl)"))

    print(f"# dyads evaluation\n\n{dt.datetime.now().isoformat(timespec='minutes')}, dyads {__version__}, "
          f"gold {GOLD}, {time.time() - t0:.0f} s. Classes: "
          + ", ".join(f"{i} {n}" for i, n in enumerate(PENTACLASS_NAMES)) + ".\n")
    print("| evaluation | figure | value (%) | command |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row[:3]) + f" | `{row[3]}` |")
    for name, r in results.items():
        for w in r.get("warnings", []):
            print(f"\n> warning ({name}): {w}")
    if args.json:
        args.json.write_text(ev.dump(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
