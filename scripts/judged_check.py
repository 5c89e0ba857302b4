"""Which judged event records the current code still produces.

Usage:
  .venv/bin/python scripts/judged_check.py [--json OUT] [FOLDER ...]

Reads every event verdict table in ``tests/data/fresh_news_*_judged/`` (with the reader of
``train_trust.py``), codes the folder's articles again and counts, per folder, the records judged
wrong that are still produced and the records judged right that are still produced as judged
(same type, trigger and party codes, sentence within one, as ``train_trust.py`` matches them). With ``--mentions`` it does the same for the judged actor
mentions (same sentence, text and code). Run it with ``PYTHONPATH`` pointing at
another checkout's ``src`` to compare two versions; it is how a session checks that its rules
fixed the verdicts they aimed at without losing the records judged right.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_view import coded, mention_code  # noqa: E402  (the views' own coding and printing)
from train_trust import judged_rows  # noqa: E402  (one reader of the verdict tables for both scripts)


def _key_codes(parties: list[dict]) -> tuple[str, ...]:
    return tuple(sorted({p["code"] for p in parties if p.get("code")}))


def produced(articles_file: Path) -> set[tuple]:
    """Keys of every event record the current code produces for one articles file, as
    ``train_trust`` matches them: article, sentence, type, first trigger word, party codes."""
    keys = set()
    for d in coded([articles_file]):
        for e in d["events"]:
            keys.add((d["id"], e["sentence"], e["type"], e["trigger"].split()[0].lower(),
                      _key_codes(e["source"]), _key_codes(e["target"])))
    return keys


_MENTION_ROW = re.compile(r"^\|\s*\d+\s*\|\s*([A-Z]+\d+)\s*\|\s*(\d+)\s*\|\s*'(.*)' = (\S+)\s*\|\s*([a-z][a-z ,]*?)\s*\|(.*)$")


def judged_mentions(folder: Path, reasons: bool = False) -> list[tuple]:
    """(article, sentence, text, code, verdict) per judged actor-mention row (``'TEXT' = CODE``);
    with ``reasons``, the judge's reason too, as a sixth item."""
    rows: list[tuple] = []
    for path in sorted(folder.glob("judge*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _MENTION_ROW.match(line)
            if m:
                row = (m.group(1), int(m.group(2)), m.group(3), m.group(4), m.group(5))
                rows.append(row + (m.group(6).strip().rstrip("|").strip(),) if reasons else row)
    return rows


def check_mentions(folder: Path, out: list[dict] | None = None) -> Counter:
    """Judged mentions that are not places, split by verdict, and how many today's code still
    makes with the same sentence, text and code; each judged row is appended to ``out`` if given."""
    articles_file = folder.parent / (folder.name.removesuffix("_judged") + ".jsonl")
    made = {(d["id"], a["sentence"], a["text"], mention_code(a)) for d in coded([articles_file]) for a in d["actors"]}
    c: Counter = Counter()
    for art, sent, text, code, verdict, reason in judged_mentions(folder, reasons=True):
        if verdict == "place":
            continue
        kind = "right" if verdict == "right" else "wrong" if verdict in ("wrong code", "not an actor") else "near"
        still = (art, sent, text, code) in made
        c[kind] += 1
        c[kind + "_still"] += still
        if out is not None:
            out.append({"folder": folder.name, "article": art, "sentence": sent, "text": text, "code": code,
                        "verdict": verdict, "kind": kind, "reason": reason, "still": still})
    return c


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="judged folders (default: all)")
    parser.add_argument("--json", type=Path,
                        help="write the per-record results here (with --mentions: each judged mention, "
                             "its verdict and reason, and whether it is still made)")
    parser.add_argument("--mentions", action="store_true",
                        help="check the judged actor mentions instead (right, near: sector off or bad span, wrong)")
    args = parser.parse_args()
    folders = args.folders or sorted(DATA.glob("fresh_news_*_judged"))
    if args.mentions:
        rows: list[dict] = []
        total = Counter()
        for folder in folders:
            c = check_mentions(folder, rows)
            total.update(c)
            if c:
                print(f"{folder.name}: " + ", ".join(f"{k} still {c[k + '_still']}/{c[k]}" for k in ("wrong", "near", "right")))
        print("all: " + ", ".join(f"{k} still {total[k + '_still']}/{total[k]}" for k in ("wrong", "near", "right")))
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
        return
    out, total = [], Counter()
    for folder in folders:
        rows = judged_rows(folder)
        if not rows:
            continue
        keys = produced(folder.parent / (folder.name.removesuffix("_judged") + ".jsonl"))
        c = Counter()
        for art, sent, kind, trigger, src, tgt, right in rows:
            still = any((art, s, kind, trigger, tuple(src), tuple(tgt)) in keys for s in (sent - 1, sent, sent + 1))
            c["right" if right else "wrong"] += 1
            c[("right" if right else "wrong") + "_still"] += still
            out.append({"folder": folder.name, "article": art, "sentence": sent, "type": kind, "trigger": trigger,
                        "source": src, "target": tgt, "right": right, "still": still})
        total.update(c)
        print(f"{folder.name}: wrong still {c['wrong_still']}/{c['wrong']}, right still {c['right_still']}/{c['right']}")
    print(f"all: wrong still {total['wrong_still']}/{total['wrong']}, right still {total['right_still']}/{total['right']}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
