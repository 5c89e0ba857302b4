"""Which judged event records the current code still produces.

Usage:
  .venv/bin/python scripts/judged_check.py [--json OUT] [FOLDER ...]

Reads every event verdict table in ``tests/data/fresh_news_*_judged/`` (rows ``| n | ART | S |
RECORD | VERDICT | reason |``), codes the folder's articles again and counts, per folder, the
records judged wrong that are still produced and the records judged right that are still produced
as judged (same sentence, type, trigger and party codes). Run it with ``PYTHONPATH`` pointing at
another checkout's ``src`` to compare two versions; it is how a session checks that its rules
fixed the verdicts they aimed at without losing the records judged right.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from dyads import ingest, pipeline
from dyads.model import Rejection, to_dict

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
_ROW = re.compile(r"^\|\s*\d+\s*\|\s*([A-Z]+\d+)\s*\|\s*(\d+)\s*\|(.*)\|\s*([a-z][a-z ,/'-]*?)\s*\|[^|]*\|\s*$")
_RECORD = re.compile(r"^\s*([A-Z]+)\s+(\S+)\s+(?:trigger=)?'?([^'|]*?)'?\s+(.*?)\s*->\s*(.*?)\s*$")


def _codes(side: str) -> tuple[str, ...]:
    """The party codes of one side of a record as the views print it."""
    side = side.split(" | ")[0].strip()
    if side in ("", "-"):
        return ()
    parts = [p.strip() for p in side.split(";")]
    return tuple(sorted(p.rsplit("=", 1)[-1].strip() if "=" in p else p for p in parts if p))


def judged_records(folder: Path) -> list[dict]:
    """Event verdict rows of one folder: article, sentence, type, trigger, codes, verdict."""
    rows = []
    for path in sorted(folder.glob("judge*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _ROW.match(line)
            if not m:
                continue
            r = _RECORD.match(m.group(3).replace("`", ""))
            if not r or r.group(1) not in _TYPES:
                continue
            rows.append({"file": path.name, "article": m.group(1), "sentence": int(m.group(2)),
                         "type": r.group(1), "trigger": r.group(3).strip().lower(),
                         "source": _codes(r.group(4)), "target": _codes(r.group(5)),
                         "verdict": m.group(4).strip()})
    return rows


_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
          "STATEMENT"}


def produced(articles_file: Path) -> set[tuple]:
    """Keys of every record the current code produces for one articles file."""
    articles = [a for a in ingest.read_inputs([str(articles_file)]) if not isinstance(a, Rejection)]
    keys = set()
    for d in (to_dict(a) for a in pipeline.process_articles(articles, workers=1)):
        for e in d["events"] + d["statements"]:
            keys.add((d["id"], e["sentence"], e["type"], e["trigger"].lower(),
                      tuple(sorted(p.get("code") or "-" for p in e["source"])),
                      tuple(sorted(p.get("code") or "-" for p in e["target"]))))
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="judged folders (default: all)")
    parser.add_argument("--json", type=Path, help="write the per-record results here")
    args = parser.parse_args()
    folders = args.folders or sorted(DATA.glob("fresh_news_*_judged"))
    out, total = [], Counter()
    for folder in folders:
        rows = judged_records(folder)
        if not rows:
            continue
        keys = produced(folder.parent / (folder.name.removesuffix("_judged") + ".jsonl"))
        c = Counter()
        for row in rows:
            key = (row["article"], row["sentence"], row["type"], row["trigger"], row["source"], row["target"])
            row["still"] = key in keys
            right = row["verdict"].startswith("right")
            c["right" if right else "wrong"] += 1
            c[("right" if right else "wrong") + "_still"] += row["still"]
            out.append({**row, "folder": folder.name})
        total.update(c)
        print(f"{folder.name}: wrong still {c['wrong_still']}/{c['wrong']}, right still {c['right_still']}/{c['right']}")
    print(f"all: wrong still {total['wrong_still']}/{total['wrong']}, right still {total['right_still']}/{total['right']}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=list), encoding="utf-8")


if __name__ == "__main__":
    main()
