"""What changes in dyads' output between two checkouts, article by article.

Usage:
  .venv/bin/python scripts/output_diff.py dump OUT.json [ARTICLES.jsonl ...]
  .venv/bin/python scripts/output_diff.py diff OLD.json NEW.json

``dump`` codes the articles (default: every fresh news file in tests/data) with the ``dyads`` found
on ``PYTHONPATH`` and writes each article's actor mentions and event records as short lines;
``diff`` prints the lines that differ, per article, and how many articles changed. A session runs
``dump`` once on its starting commit and once on its result, so that every changed line can be read
and called better or worse before a rule is kept.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _parties(parties: list[dict]) -> str:
    return "; ".join(f"{p['text']}={p.get('code') or '-'}" for p in parties) or "-"


def dump(out: Path, files: list[Path]) -> None:
    from dyads import ingest, pipeline
    from dyads.model import Rejection, to_dict

    articles = [a for a in ingest.read_inputs([str(f) for f in files]) if not isinstance(a, Rejection)]
    result = {}
    for d in (to_dict(a) for a in pipeline.process_articles(articles, workers=1)):
        actors = [f"s{a['sentence']} '{a['text']}'={a.get('code') or ('?' + a['sector'] if a.get('sector') else '-')}"
                  for a in d["actors"]]
        events = [f"s{e['sentence']} {e['type']} {e.get('cameo')} '{e['trigger']}' {_parties(e['source'])} -> {_parties(e['target'])}"
                  for e in d["events"] + d["statements"]]
        result[d["id"]] = {"actors": actors, "events": events}
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
