"""The records that flow through dyads: article -> sentences -> actors -> events, quotes, figures.

Every span is a pair of [start, end) character offsets into ``Article.text`` (the clean text),
so ``article.text[x.start:x.end]`` is always the evidence for record ``x``. Records are plain
dataclasses so they pickle across processes and serialise with :func:`to_dict`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Figure",
    "Quote",
    "Rejection",
    "Sentence",
    "Tone",
    "article_from_dict",
    "article_id",
    "to_dict",
]


def article_id(text: str) -> str:
    """A stable id from the clean text, so re-ingesting the same article finds the same row."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Tone:
    """GDELT-style tone: percentages of positive and negative words, and their difference."""

    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0  # positive - negative, in percentage points (GDELT "tone")
    words: int = 0


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tone: Tone | None = None


@dataclass(slots=True)
class Actor:
    """One mention of an actor, resolved as far as the text and the knowledge base allow.

    ``country`` is ISO 3166 alpha-3 or a PLOVER non-state code (IGO, UNO, EUR, NGO, MNC, ...);
    ``code`` is the CAMEO-style country+sector code such as ``RUSGOV``.
    """

    start: int
    end: int
    text: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    name: str | None = None
    role: str | None = None
    kind: str = "country"  # country | person | organisation | group | pronoun
    sentence: int = -1
    confidence: float = 1.0


# The ``type`` of a CAMEO 01 statement record (``Article.statements``); never a PLOVER type.
STATEMENT_TYPE = "STATEMENT"


@dataclass(slots=True)
class Event:
    """Who did what to whom: one PLOVER event with its CAMEO code and scores.

    ``start``/``end`` is the trigger; ``source``/``target`` are lists because several actors
    doing one thing are one record (PLOVER convention).
    """

    start: int
    end: int
    trigger: str
    type: str
    sentence: int
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    date: str | None = None
    confidence: float = 0.5
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    reported_by: Actor | None = None
    # Argument phrases around the trigger ([start, end) pairs): "the Croatian government's
    # request", where ``target`` holds the actor mention "Croatian government" inside it.
    source_spans: list[list[int]] = field(default_factory=list)
    target_spans: list[list[int]] = field(default_factory=list)
    id: str = ""
    # The chance a human coder would call the record right, learned from judged news
    # (``dyads.event_trust``); None where no model is bundled and for statements.
    trust: float | None = None


@dataclass(slots=True)
class Quote:
    """A direct or indirect quotation with its cue verb and resolved speaker."""

    start: int
    end: int
    text: str
    sentence: int
    cue: str | None = None
    speaker: Actor | None = None
    direct: bool = True
    id: str = ""


@dataclass(slots=True)
class Figure:
    """A number the text states: money, counts of people or things, percentages.

    ``value`` is the normalised point value when the text gives one; ``low``/``high`` bound it
    ("more than $50 million" has low=5e7, high=None). ``event`` is the id of the event the
    sentence ties it to, if any.
    """

    start: int
    end: int
    text: str
    kind: str  # money | killed | wounded | arrested | displaced | protesters | troops | states | people | percent | count
    sentence: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # USD, EUR, people, percent, ...
    counts: str | None = None  # what is counted ("Venezuelans", "troops")
    event: str | None = None
    actor: Actor | None = None
    id: str = ""


@dataclass(slots=True)
class Article:
    """One article and everything dyads found in it."""

    id: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601 date
    publisher: str | None = None
    url: str | None = None
    source_path: str | None = None
    source_line: int | None = None
    language: str = "en"
    metadata: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # CAMEO 01 statements ("expressed concern over", "claimed responsibility for"): PLOVER has
    # no type for them, so they are kept apart from ``events``; each is an Event whose ``type``
    # is STATEMENT_TYPE, with its CAMEO 01x code, Goldstein score and quad class 1.
    statements: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    tone: Tone | None = None


@dataclass(slots=True)
class Rejection:
    """An input that could not become an article, and why: nothing the user gave is silently lost."""

    source: str
    reason: str
    line: int | None = None

    def message(self) -> str:
        where = f"{self.source!r} line {self.line}" if self.line else repr(self.source)
        return f"cannot read {where}: {self.reason}"


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record (nested records become dicts)."""
    return asdict(record)


def _actor(d: dict[str, Any] | None) -> Actor | None:
    return Actor(**d) if d else None


def _tone(d: dict[str, Any] | None) -> Tone | None:
    return Tone(**d) if d else None


def _event(d: dict[str, Any]) -> Event:
    e = dict(d)
    e["source"] = [Actor(**a) for a in e.get("source", [])]
    e["target"] = [Actor(**a) for a in e.get("target", [])]
    e["reported_by"] = _actor(e.get("reported_by"))
    return Event(**e)


def article_from_dict(d: dict[str, Any]) -> Article:
    """Rebuild an annotated article from :func:`to_dict` output (e.g. ``dyads code --json``)."""
    d = dict(d)
    d["sentences"] = [Sentence(s["start"], s["end"], _tone(s.get("tone"))) for s in d.get("sentences", [])]
    d["actors"] = [Actor(**a) for a in d.get("actors", [])]
    d["events"] = [_event(e) for e in d.get("events", [])]
    d["statements"] = [_event(e) for e in d.get("statements", [])]
    quotes = []
    for q in d.get("quotes", []):
        q = dict(q)
        q["speaker"] = _actor(q.get("speaker"))
        quotes.append(Quote(**q))
    d["quotes"] = quotes
    figures = []
    for f in d.get("figures", []):
        f = dict(f)
        f["actor"] = _actor(f.get("actor"))
        figures.append(Figure(**f))
    d["figures"] = figures
    d["tone"] = _tone(d.get("tone"))
    return Article(**d)
