"""`make bench`: ingest throughput against raw spaCy on the same texts, in the same run.

Replicates ../shared/corpora/wikinews_2019.jsonl to at least N articles (each copy keeps its
text but gets its own id, so nothing is skipped as a duplicate), then measures
1. raw spaCy: ``nlp.pipe`` of the same model over the same texts with the same number of
   processes, and
2. ``dyads ingest``: reading, spaCy, every stage and the DuckDB store,
and prints articles/s, words/s, peak memory and the ratio of the two. The two alternate
(``--rounds``, default 2) and the median ratio is reported, because throughput on a shared
machine drifts by 20% or more from one minute to the next.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "wikinews_2019.jsonl"


def _peak_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def _replicate(n: int, out: Path) -> tuple[int, int]:
    lines = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(lines[i % len(lines)])
            rec["id"] = f"wn{i:05d}"
            words += len(rec["text"].split())
            fh.write(json.dumps(rec) + "\n")
    return n, words


RAW = """
import json, sys, time, spacy
from dyads.nlp import model_name
path, workers = sys.argv[1], int(sys.argv[2])
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
nlp = spacy.load(model_name())
t = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=16))
print(json.dumps({"seconds": time.perf_counter() - t, "docs": n}))
"""

# The parse alone: each process parses its share and keeps the Docs (no transfer back).
RAW_SPLIT = """
import json, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing

def init():
    global nlp
    import spacy
    from dyads.nlp import model_name
    nlp = spacy.load(model_name())
    nlp("warm up")

def parse(texts):
    t = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
    return time.perf_counter() - t, n

if __name__ == "__main__":
    path, workers = sys.argv[1], int(sys.argv[2])
    texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
    shares = [texts[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=init) as pool:
        list(pool.map(time.sleep, [0.5] * workers))  # let every worker load its model first
        results = list(pool.map(parse, shares))
    print(json.dumps({"seconds": max(r[0] for r in results), "docs": sum(r[1] for r in results)}))
"""

INGEST = """
import json, sys, time, resource
from dyads.cli.records import run_ingest
from dyads.store import Store

if __name__ == "__main__":
    path, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Store(db) as store:
        s = run_ingest([path], store, workers=workers, progress=False)
        s["counts"] = store.counts()
    s["peak_mb_main"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    s["peak_mb_worker"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(s))
"""


def _run(code: str, *args: str) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(code)
    try:
        out = subprocess.run([sys.executable, fh.name, *args], check=True, capture_output=True, text=True)
    finally:
        os.unlink(fh.name)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_ingest(n: int, workers: int, rounds: int = 2) -> None:
    """Raw ``nlp.pipe`` and ``dyads ingest`` alternate ``rounds`` times: a shared or throttled
    machine drifts over minutes, so each ingest is compared with the raw run just before it and
    the median of those ratios is the figure."""
    if not CORPUS.exists():
        print(f"skipped ingest benchmark: {CORPUS} is not here")
        return
    with tempfile.TemporaryDirectory(prefix="dyads-bench-") as tmp:
        data = Path(tmp) / "corpus.jsonl"
        n, words = _replicate(n, data)
        print(f"corpus: {n} articles, {words:,} words (wikinews_2019 replicated), {workers} processes, {rounds} rounds")
        split = _run(RAW_SPLIT, str(data), str(workers))
        split_aps = n / split["seconds"]
        print(f"raw spaCy parse only, {workers} processes   : {split['seconds']:7.1f} s  {split_aps:7.2f} articles/s  {words / split['seconds']:9.0f} words/s"
              "  (no model load, no Doc transfer)")
        ratios, ing_aps = [], []
        for r in range(1, rounds + 1):
            raw = _run(RAW, str(data), str(workers))
            raw_aps = n / raw["seconds"]
            print(f"round {r}: raw spaCy nlp.pipe(n_process={workers}): {raw['seconds']:7.1f} s  {raw_aps:7.2f} articles/s  {words / raw['seconds']:9.0f} words/s")
            t = time.perf_counter()
            ing = _run(INGEST, str(data), str(Path(tmp) / f"bench{r}.duckdb"), str(workers))
            wall = time.perf_counter() - t
            aps = ing["stored"] / ing["seconds"]
            print(
                f"round {r}: dyads ingest (read, parse, all stages, store): {ing['seconds']:7.1f} s  {aps:7.2f} articles/s  {words / ing['seconds']:9.0f} words/s"
                f"  (process wall {wall:.1f} s incl. start-up)  ratio {aps / raw_aps:.2f}"
            )
            ratios.append(aps / raw_aps)
            ing_aps.append(aps)
        print(f"  stored: {json.dumps(ing['counts'])}")
        print(f"  peak memory: main {ing['peak_mb_main']:.0f} MB, largest worker {ing['peak_mb_worker']:.0f} MB")
        print(f"ratio dyads ingest / raw nlp.pipe(n_process={workers}) throughput: median {statistics.median(ratios):.2f} "
              f"(rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
        print(f"ratio dyads ingest / raw parse only throughput: {statistics.median(ing_aps) / split_aps:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--rounds", type=int, default=2, help="alternating raw/ingest pairs (median ratio)")
    ap.add_argument("--skip-analysis", action="store_true")
    args = ap.parse_args()
    bench_ingest(args.articles, args.workers, args.rounds)
    analysis = HERE / "bench_analysis.py"
    if not args.skip_analysis and analysis.exists():
        print()
        subprocess.run([sys.executable, str(analysis)], check=False)


if __name__ == "__main__":
    main()
