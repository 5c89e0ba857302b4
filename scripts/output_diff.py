"""What changes in dyads' output between two checkouts, article by article.

Usage:
  .venv/bin/python scripts/output_diff.py dump OUT.json [ARTICLES.jsonl ...]
  .venv/bin/python scripts/output_diff.py diff OLD.json NEW.json

``dump`` codes the articles (default: every fresh news file in tests/data) with the ``dyads`` found
on ``PYTHONPATH`` and writes each article's actor mentions and event records as short lines;
``diff`` prints the lines that differ, per article, and how many articles changed. An article is
keyed by its id; an id already seen in an earlier file (two batches both have P06) is keyed
``file/id``, so that neither hides the other. A session runs
``dump`` once on its starting commit and once on its result, so that every changed line can be read
and called better or worse before a rule is kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_view import coded, mention_code, parties_text  # noqa: E402  (the views' own printing)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def dump(out: Path, files: list[Path]) -> None:
    result = {}
    for d in coded(files):
        actors = [f"s{a['sentence']} '{a['text']}'={mention_code(a)}" for a in d["actors"]]
        events = [f"s{e['sentence']} {e['type']} {e.get('cameo')} '{e['trigger']}' "
                  f"{parties_text(e['source'])} -> {parties_text(e['target'])}"
                  for e in d["events"] + d["statements"]]
        key = d["id"] if d["id"] not in result else f"{Path(d.get('source_path') or '').stem}/{d['id']}"
        result[key] = {"actors": actors, "events": events}
    out.write_text(json.dumps(result, indent=0), encoding="utf-8")
    print(f"{len(result)} articles written to {out}")


def diff(old: Path, new: Path) -> None:
    a, b = json.loads(old.read_text()), json.loads(new.read_text())
    changed = {"actors": 0, "events": 0}
    for art in sorted(set(a) | set(b)):
        for kind in ("actors", "events"):
            x, y = a.get(art, {}).get(kind, []), b.get(art, {}).get(kind, [])
            gone = [line for line in x if line not in y]
            came = [line for line in y if line not in x]
            if gone or came:
                changed[kind] += 1
                print(f"## {art} {kind}")
                print("\n".join([f"  - {line}" for line in gone] + [f"  + {line}" for line in came]))
    print(f"articles changed: actors {changed['actors']}, events {changed['events']} (of {len(set(a) | set(b))})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("dump", help="code the articles and write their output lines")
    p.add_argument("out", type=Path)
    p.add_argument("articles", nargs="*", type=Path)
    q = sub.add_parser("diff", help="print the lines that differ between two dumps")
    q.add_argument("old", type=Path)
    q.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.articles or sorted(DATA.glob("fresh_news_*.jsonl")))
    else:
        diff(args.old, args.new)


if __name__ == "__main__":
    main()
