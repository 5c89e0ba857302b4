"""Actor mentions (or event records) per sentence, as the judges of our fresh news read them.

Usage:
  .venv/bin/python scripts/actor_view.py tests/data/fresh_news_s23v.jsonl view.md
  .venv/bin/python scripts/actor_view.py --events tests/data/fresh_news_s23v.jsonl events.md

Each article becomes a heading, each sentence a numbered line, and each actor mention under it a
line ``- 'TEXT' = CODE [kind] (name; role)``; a sector with no state shows as ``?SEC``, no code as
``-``. Judges mark every line (right, sector off, bad span, wrong code, not an actor, place) and
list the actors missed; ``tests/data/fresh_news_s23*_judged/`` hold their verdicts. With
``--events`` each record shows as ``- [E] TYPE CAMEO trigger='..' | SOURCES -> TARGETS`` (``[S]``
for statements) with its flags and reporter, for the event judges.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dyads import ingest, pipeline
from dyads.model import Rejection, to_dict


def coded(files: list[Path]) -> list[dict]:
    """``dyads code --json`` records of the articles in ``files`` (one process); a rejected
    line stops the run, since a view with an article missing would mislead its judge."""
    articles = []
    for item in ingest.read_inputs([str(f) for f in files]):
        if isinstance(item, Rejection):
            raise SystemExit(f"error: {item.message()}")
        articles.append(item)
    return [to_dict(a) for a in pipeline.process_articles(articles, workers=1)]


def mention_code(a: dict) -> str:
    """A mention's code as the views print it: the code, ``?SEC`` for a sector with no state, ``-``."""
    return a.get("code") or ("?" + a["sector"] if a.get("sector") else "-")


def parties_text(parties: list[dict]) -> str:
    """One side of a record as the views print it: ``text=CODE; ...`` or ``-``."""
    return "; ".join(f"{p['text']}={p.get('code') or '-'}" for p in parties) or "-"


def render(records: list[dict]) -> str:
    """The markdown view of ``dyads code --json`` records."""
    lines: list[str] = []
    for d in records:
        lines.append(f"\n## {d['id']} {d.get('title') or ''} ({d.get('date')})\n")
        by_sentence: dict[int, list[dict]] = {}
        for a in d["actors"]:
            by_sentence.setdefault(a["sentence"], []).append(a)
        for i, s in enumerate(d["sentences"]):
            lines.append(f"{i}. " + d["text"][s["start"]:s["end"]].replace("\n", " "))
            for a in by_sentence.get(i, []):
                code = mention_code(a)
                extra = "; ".join(x for x in (a.get("name"), a.get("role")) if x)
                lines.append(f"    - '{a['text']}' = {code} [{a.get('kind')}]" + (f" ({extra})" if extra else ""))
    return "\n".join(lines) + "\n"


def render_events(records: list[dict]) -> str:
    """The markdown view of the event and statement records of ``dyads code --json``."""
    lines: list[str] = []
    for d in records:
        lines.append(f"\n## {d['id']} {d.get('title') or ''} ({d.get('date')})\n")
        by_sentence: dict[int, list[tuple[str, dict]]] = {}
        for tag, key in (("E", "events"), ("S", "statements")):
            for e in d.get(key, []):
                by_sentence.setdefault(e["sentence"], []).append((tag, e))
        for i, s in enumerate(d["sentences"]):
            lines.append(f"{i}. " + d["text"][s["start"]:s["end"]].replace("\n", " "))
            for tag, e in sorted(by_sentence.get(i, []), key=lambda t: t[1]["start"]):
                line = (f"    - [{tag}] {e['type']} {e.get('cameo')} trigger='{e['trigger']}' | "
                        f"{parties_text(e['source'])} -> {parties_text(e['target'])}")
                flags = [f for f in ("negated", "future", "hypothetical") if e.get(f)]
                if flags:
                    line += " | flags: " + ", ".join(flags)
                if e.get("reported_by"):
                    r = e["reported_by"]
                    line += f" | reported_by: {r['text']}={r.get('code') or '-'}"
                lines.append(line)
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, help="a JSON Lines file of articles")
    parser.add_argument("out", type=Path, help="the markdown view to write")
    parser.add_argument("--events", action="store_true", help="show event and statement records, not actor mentions")
    args = parser.parse_args()
    records = coded([args.articles])
    args.out.write_text((render_events if args.events else render)(records), encoding="utf-8")


if __name__ == "__main__":
    main()
