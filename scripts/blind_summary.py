"""Every blind batch's figures as its judges gave them, batch by batch and pooled by session.

Usage:
  .venv/bin/python scripts/blind_summary.py [--json] [--since SESSION]

Reads the verdict tables in ``tests/data/fresh_news_*_judged/`` (with the same readers as
``judged_check.py`` and ``train_trust.py``): event precision is the records judged right
(a missing party included) over all event records, mention precision the mentions judged right
(sector off or span off included) over the mentions that are not places. Recall needs the acts
and actors the judges listed as missed, read from their Summary tables where the judge wrote
them in the layout used since session 26; it is left out where a batch lacks them. These are
the figures of the code each batch was rendered on (named in the folder's README), not of
today's code: ``judged_check.py`` measures today's code on the same verdicts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from judged_check import judged_mentions  # noqa: E402  (one reader of the mention tables)
from train_trust import judged_rows  # noqa: E402  (one reader of the event tables)

_FOLDER = re.compile(r"fresh_news_s(\d+)(\w*)_judged$")


def _events_missed(path: Path) -> int | None:
    """The "missed" cell of the total row of a judge's per-article event table."""
    header: list[str] | None = None
    found = None
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().lower() for c in line.strip().strip("|").split("|")]
        if len(cells) > 2 and "missed" in cells and cells[1].startswith("records"):
            header = cells
        elif header and len(cells) == len(header) and cells[0].strip("* ") in ("total", "totals", "all"):
            m = re.match(r"(\d+)", cells[header.index("missed")].strip("* "))
            if m:
                found = int(m.group(1))
    return found


def _actors_missed(path: Path) -> int | None:
    m = re.search(r"missed actors:\s*(\d+)", path.read_text(encoding="utf-8"), re.I)
    return int(m.group(1)) if m else None


def _missed(paths: list[Path], reader) -> int | None:
    counts = [reader(p) for p in paths]
    return sum(counts) if counts and all(c is not None for c in counts) else None


def batch_figures(folder: Path) -> dict:
    """Counts of one judged folder: event records right and all, mentions right and all, missed."""
    events = judged_rows(folder)
    mentions = [r for r in judged_mentions(folder) if r[4] != "place"]
    mention_files = [p for p in sorted(folder.glob("judge_*.md")) if not p.name.startswith("judge_events")]
    m = _FOLDER.match(folder.name)
    articles = folder.parent / (folder.name.removesuffix("_judged") + ".jsonl")
    return {
        "batch": folder.name.removeprefix("fresh_news_").removesuffix("_judged"),
        "session": int(m.group(1)) if m else None,
        "articles": sum(1 for line in articles.open(encoding="utf-8") if line.strip()) if articles.exists() else 0,
        "events": len(events), "events_right": sum(r[6] for r in events),
        "events_missed": _missed(sorted(folder.glob("judge_events*.md")), _events_missed),
        "mentions": len(mentions), "mentions_right": sum(r[4].startswith("right") for r in mentions),
        "mentions_missed": _missed(mention_files, _actors_missed),
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def with_rates(c: dict) -> dict:
    out = dict(c)
    out["events_precision"] = _ratio(c["events_right"], c["events"])
    out["mentions_precision"] = _ratio(c["mentions_right"], c["mentions"])
    for kind in ("events", "mentions"):
        missed = c[kind + "_missed"]
        out[kind + "_recall"] = None if missed is None else _ratio(c[kind + "_right"], c[kind + "_right"] + missed)
    return out


def pooled(batches: list[dict]) -> list[dict]:
    """Per session, the sums over its batches (recall only over batches that list their misses)."""
    by: dict[int, list[dict]] = defaultdict(list)
    for b in batches:
        by[b["session"]].append(b)
    rows = []
    for session in sorted(by):
        bs = by[session]
        c = {"batch": f"session {session} ({len(bs)} batches)", "session": session}
        for key in ("articles", "events", "events_right", "mentions", "mentions_right"):
            c[key] = sum(b[key] for b in bs)
        for kind in ("events", "mentions"):
            with_missed = [b for b in bs if b[kind + "_missed"] is not None]
            c[kind + "_missed"] = None if not with_missed else sum(b[kind + "_missed"] for b in with_missed)
            if with_missed and len(with_missed) < len(bs):
                c[kind + "_missed"] = None  # a partial sum would overstate the recall
        rows.append(with_rates(c))
    return rows


def _cell(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--since", type=int, default=0, help="only batches of this session and later")
    args = ap.parse_args()
    batches = [with_rates(batch_figures(f)) for f in sorted(DATA.glob("fresh_news_*_judged"))]
    batches = [b for b in batches if (b["session"] or 0) >= args.since]
    sessions = pooled(batches)
    if args.json:
        print(json.dumps({"batches": batches, "sessions": sessions}, indent=1))
        return
    print(f"{'batch':28} {'events P':>9} {'R':>6} {'(right/all)':>12} {'mentions P':>11} {'R':>6} {'(right/all)':>12}")
    for row in batches + sessions:
        print(f"{row['batch']:28} {_cell(row['events_precision']):>9} {_cell(row['events_recall']):>6} "
              f"{row['events_right']:>5}/{row['events']:<6} {_cell(row['mentions_precision']):>11} "
              f"{_cell(row['mentions_recall']):>6} {row['mentions_right']:>5}/{row['mentions']:<6}")


if __name__ == "__main__":
    main()
