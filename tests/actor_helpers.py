"""What the actor tests share: the resolved codes of one text read as one article."""

from __future__ import annotations

import json
from pathlib import Path

from dyads.actors import find_actors
from dyads.model import Article
from dyads.pipeline import annotate


def actor_codes(nlp, text: str, date: str = "2021-03-01",
                title: str | None = None) -> dict[str, str | None]:
    """Each actor mention's text with its code, for ``text`` read as one article of ``date``
    (with headline ``title``)."""
    return {a.text: a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date,
                                                                   title=title))}


def annotated(text: str, date: str, title: str = "") -> Article:
    """``text`` read by the whole pipeline as one article of ``date`` (with headline ``title``)."""
    return annotate(Article(id="t", text=text, date=date, title=title))


def annotated_mentions(text: str, date: str, title: str = "") -> list[tuple[str, str | None, str | None]]:
    """Every actor mention of the annotated article, in order, as (text, code, name): a span
    repeated for each member of a plural keeps every code."""
    art = annotated(text, date, title)
    return [(art.text[a.start:a.end], a.code, a.name) for a in art.actors]


def annotated_pairs(text: str, date: str, title: str = "") -> list[tuple[str, str | None]]:
    """(text, code) of every mention, in order: what most of a session's tests assert on."""
    return [(span, code) for span, code, _ in annotated_mentions(text, date, title)]


def annotated_codes(text: str, word: str, date: str, title: str = "") -> list[str | None]:
    """The codes of the mentions whose text ends with ``word``, in order."""
    return [code for span, code, _ in annotated_mentions(text, date, title) if span.endswith(word)]


def annotated_events(text: str, date: str) -> list[tuple[str, str]]:
    """Each event record of the annotated article as (PLOVER type, trigger word)."""
    return [(e.type, e.trigger) for e in annotated(text, date).events]


def stored_mentions(batch: str, article: str) -> list[tuple[int, str, str | None]]:
    """(sentence, text, code) of every mention of one article of a stored blind batch
    (``tests/data/<batch>.jsonl``), as the tests of a session read the verdicts they fixed."""
    for line in (Path(__file__).parent / "data" / f"{batch}.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line) if line.strip() else {}
        if d.get("id") == article:
            art = annotate(Article(id=article, text=d["text"], date=d["date"], title=d.get("title", "")))
            return [(a.sentence, a.text, a.code) for a in art.actors]
    raise KeyError(article)
