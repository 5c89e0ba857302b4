"""Time the system view on a synthetic store of 10 million events (``make bench``).

The store is built once in SQL and cached under /tmp (set DYADS_BENCH_EVENTS for another
size); each figure is the best of three runs, plus the first (cold) run, and the whole CLI
command as a user types it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from dyads.analysis import dyad_series, find_blocs
from dyads.analysis.synthetic import build_synthetic_store
from dyads.store import Store

N_EVENTS = int(os.environ.get("DYADS_BENCH_EVENTS", 10_000_000))
STORE = Path(os.environ.get("DYADS_BENCH_STORE", f"/tmp/dyads_bench_analysis_{N_EVENTS}_v2.duckdb"))
YEAR = ("2019-01-01", "2019-12-31")


def timed(label: str, fn, runs: int = 3):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    print(f"  {label:<58} cold {times[0]:6.3f} s   best {min(times):6.3f} s")
    return result


def main() -> None:
    print(f"bench_analysis: {N_EVENTS:,} synthetic events, store {STORE}")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if not STORE.exists():
        t0 = time.perf_counter()
        tmp = STORE.with_suffix(".building")
        build_synthetic_store(tmp, n_events=N_EVENTS)
        tmp.rename(STORE)
        print(f"  built the store in {time.perf_counter() - t0:.1f} s (cached for later runs)")
    con = Store(STORE, read_only=True).connect()
    series = timed(
        "dyad USA VEN --by month over one year",
        lambda: dyad_series(con, "USA", "VEN", by="month", since=YEAR[0], until=YEAR[1]),
    )
    print(f"    -> {len(series.points)} months, {series.total:,} events")
    timed(
        "dyad USAGOV VENOPP --by week over one year",
        lambda: dyad_series(con, "USAGOV", "VEN:OPP", by="week", since=YEAR[0], until=YEAR[1]),
    )
    report = timed("blocs over one year (countries)", lambda: find_blocs(con, since=YEAR[0], until=YEAR[1]))
    print(
        f"    -> {len(report.network.nodes)} actors, {len(report.blocs)} blocs, "
        f"effective poles {report.polarity.poles:.2f}"
    )
    report = timed(
        "blocs over one year (country+sector, --min-events 500)",
        lambda: find_blocs(con, since=YEAR[0], until=YEAR[1], sectors=True, min_events=500),
        runs=1,
    )
    print(f"    -> {len(report.network.nodes)} actors, {len(report.blocs)} blocs")
    con.close()
    # a fresh process doing what the verb does, without the CLI's other imports
    for label, code in (
        ("fresh process: dyad USA VEN --by month, one year",
         "dyad_series(con, 'USA', 'VEN', by='month', since='2019-01-01', until='2019-12-31')"),
        ("fresh process: blocs, one year", "find_blocs(con, since='2019-01-01', until='2019-12-31')"),
    ):
        script = (
            "from dyads.analysis import connect, dyad_series, find_blocs; "
            f"con = connect({str(STORE)!r}); {code}"
        )
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        status = "ok" if out.returncode == 0 else f"exit {out.returncode}: {out.stderr.strip()[-200:]}"
        print(f"  {label:<58} {time.perf_counter() - t0:6.3f} s ({status})")
    dyads = shutil.which("dyads", path=str(Path(sys.executable).parent)) or "dyads"
    for argv in (
        [dyads, "dyad", "USA", "VEN", "--by", "month", "--since", "2019", "--until", "2019"],
        [dyads, "blocs", "--since", "2019", "--until", "2019"],
    ):
        t0 = time.perf_counter()
        out = subprocess.run([*argv, "--db", str(STORE)], capture_output=True, text=True)
        took = time.perf_counter() - t0
        status = "ok" if out.returncode == 0 else f"exit {out.returncode}: {out.stderr.strip()[:200]}"
        print(f"  CLI {' '.join(argv[1:]):<54} {took:6.3f} s ({status})")


if __name__ == "__main__":
    main()
