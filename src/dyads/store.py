"""The embedded DuckDB store: the only module that writes to the database.

Rows go in bulk: each batch of articles is written as newline-delimited JSON to a temporary
file and loaded with one ``INSERT … SELECT FROM read_json`` per table, inside one transaction,
so an interrupted ingest leaves whole batches or nothing, and a re-run skips what is stored.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .model import Actor, Article, Event, Rejection

__all__ = ["Store", "TABLES", "article_rows", "has_table"]

TABLES = ("articles", "sentences", "actors", "events", "statements", "quotes", "figures", "rejected")


# Columns added after a table was first released: older store files get them on open.
_ADDED_COLUMNS = (
    ("events", "source_spans", "JSON"),
    ("events", "target_spans", "JSON"),
    ("statements", "source_spans", "JSON"),
    ("statements", "target_spans", "JSON"),
    ("events", "trust", "DOUBLE"),
    ("statements", "trust", "DOUBLE"),
)


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the store has ``name``: a store written by an older dyads and opened read-only may lack it."""
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
    return bool(found.fetchone()[0])


def _schema_sql() -> str:
    return resources.files("dyads").joinpath("schema.sql").read_text(encoding="utf-8")


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _actor_json(actor: Actor | None) -> dict[str, Any] | None:
    return asdict(actor) if actor is not None else None


def _event_row(a: Article, e: Event) -> dict[str, Any]:
    """One row of the events (or statements) table: the entities as JSON and as parallel lists."""
    return {
        "id": e.id, "article_id": a.id, "sentence": e.sentence, "start": e.start,
        "end": e.end, "trigger": e.trigger, "date": e.date or a.date, "type": e.type,
        "mode": e.mode, "context": e.context, "cameo": e.cameo,
        "quad_class": e.quad_class, "goldstein": e.goldstein,
        "plover_score": e.plover_score, "confidence": e.confidence,
        "negated": e.negated, "future": e.future, "hypothetical": e.hypothetical,
        "source_countries": [x.country for x in e.source],
        "source_sectors": [x.sector for x in e.source],
        "source_codes": [x.code for x in e.source],
        "target_countries": [x.country for x in e.target],
        "target_sectors": [x.sector for x in e.target],
        "target_codes": [x.code for x in e.target],
        "source": [asdict(x) for x in e.source],
        "target": [asdict(x) for x in e.target],
        "reported_by": _actor_json(e.reported_by),
        "source_spans": e.source_spans,
        "target_spans": e.target_spans,
        "trust": e.trust,
    }


def article_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one annotated article."""
    a = article
    tone = a.tone
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    rows["articles"].append(
        {
            "id": a.id,
            "title": a.title,
            "authors": a.authors,
            "date": a.date,
            "publisher": a.publisher,
            "url": a.url,
            "source_path": a.source_path,
            "source_line": a.source_line,
            "language": a.language,
            "metadata": a.metadata,
            "text": a.text,
            "tone": tone.polarity if tone else None,
            "tone_positive": tone.positive if tone else None,
            "tone_negative": tone.negative if tone else None,
            "word_count": tone.words if tone else None,
        }
    )
    rows["sentences"] = [
        {"article_id": a.id, "idx": i, "start": s.start, "end": s.end,
         "tone": s.tone.polarity if s.tone else None}
        for i, s in enumerate(a.sentences)
    ]
    rows["actors"] = [
        {"article_id": a.id, "idx": i, "sentence": m.sentence, "start": m.start, "end": m.end,
         "text": m.text, "country": m.country, "sector": m.sector, "code": m.code,
         "name": m.name, "role": m.role, "kind": m.kind, "confidence": m.confidence}
        for i, m in enumerate(a.actors)
    ]
    rows["events"] = [_event_row(a, e) for e in a.events]
    rows["statements"] = [_event_row(a, e) for e in a.statements]
    for q in a.quotes:
        sp = q.speaker
        rows["quotes"].append(
            {
                "id": q.id, "article_id": a.id, "sentence": q.sentence, "start": q.start,
                "end": q.end, "text": q.text, "cue": q.cue, "direct": q.direct,
                "speaker_text": sp.text if sp else None, "speaker_name": sp.name if sp else None,
                "speaker_country": sp.country if sp else None,
                "speaker_sector": sp.sector if sp else None, "speaker": _actor_json(sp),
            }
        )
    for f in a.figures:
        rows["figures"].append(
            {
                "id": f.id, "article_id": a.id, "sentence": f.sentence, "start": f.start,
                "end": f.end, "text": f.text, "kind": f.kind, "value": f.value, "low": f.low,
                "high": f.high, "unit": f.unit, "counts": f.counts, "event_id": f.event,
                "actor": _actor_json(f.actor),
            }
        )
    return rows


class Store:
    """A DuckDB file holding articles and everything found in them."""

    def __init__(self, path: str | os.PathLike[str] = "dyads.duckdb", read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = None
        self._columns: dict[str, list[tuple[str, str]]] = {}

    def connect(self) -> duckdb.DuckDBPyConnection:
        """The open connection, creating the file and schema on first use."""
        if self._con is None:
            if self.read_only and not Path(self.path).exists():
                raise StoreError(
                    f"no store at {self.path!r}: run 'dyads ingest PATH --db {self.path}' first"
                )
            try:
                self._con = duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open store {self.path!r}: {exc}") from exc
            if not self.read_only:
                # older stores first gain the columns the schema's views read
                for table, column, kind in _ADDED_COLUMNS:
                    self._con.execute(f"ALTER TABLE IF EXISTS {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
                self._con.execute(_schema_sql())
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _table_columns(self, table: str) -> list[tuple[str, str]]:
        if table not in self._columns:
            rows = self.connect().execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND column_default IS NULL ORDER BY ordinal_position",
                [table],
            ).fetchall()
            self._columns[table] = [(n, t) for n, t in rows]
        return self._columns[table]

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.connect().execute(
            "SELECT id FROM articles WHERE id IN (SELECT UNNEST(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def _bulk_insert(self, table: str, rows: Sequence[dict[str, Any]], tmpdir: str) -> None:
        if not rows:
            return
        cols = self._table_columns(table)
        path = os.path.join(tmpdir, f"{table}.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, default=str))
                fh.write("\n")
        spec = ", ".join(f"'{n}': '{t}'" for n, t in cols)
        names = ", ".join(f'"{n}"' for n, _ in cols)
        self.connect().execute(
            f"INSERT INTO {table} ({names}) SELECT {names} FROM "
            f"read_json(?, format='newline_delimited', columns={{{spec}}})",
            [path],
        )

    def add_articles(self, articles: Sequence[Article]) -> int:
        """Store a batch atomically; articles already stored are skipped. Returns rows added."""
        con = self.connect()
        fresh: dict[str, Article] = {}
        for a in articles:
            fresh.setdefault(a.id, a)
        for known in self.known_ids(fresh):
            del fresh[known]
        if not fresh:
            return 0
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        for a in fresh.values():
            for table, rows in article_rows(a).items():
                tables[table].extend(rows)
        with tempfile.TemporaryDirectory(prefix="dyads-") as tmp:
            con.execute("BEGIN TRANSACTION")
            try:
                for table in TABLES:
                    self._bulk_insert(table, tables[table], tmp)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return len(fresh)

    def add_rejections(self, rejections: Sequence[Rejection]) -> None:
        """Record inputs that could not be read, so nothing is silently lost."""
        if not rejections:
            return
        rows = [{"source": r.source, "line": r.line, "reason": r.reason} for r in rejections]
        with tempfile.TemporaryDirectory(prefix="dyads-") as tmp:
            self._bulk_insert("rejected", rows, tmp)

    def counts(self) -> dict[str, int]:
        con = self.connect()
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def list_articles(self, limit: int = 50, search: str | None = None) -> list[dict[str, Any]]:
        """Stored articles, newest first, with how many records each has."""
        sql = """
            SELECT a.id, a.date, a.publisher, a.title, a.source_path,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
                   (SELECT count(*) FROM figures f WHERE f.article_id = a.id) AS figures
            FROM articles a
            WHERE ? IS NULL OR a.title ILIKE '%' || ? || '%'
            ORDER BY a.date DESC NULLS LAST, a.id
            LIMIT ?
        """
        return _dicts(self.connect().execute(sql, [search, search, limit]))

    def find_article_ids(self, prefix: str) -> list[str]:
        rows = self.connect().execute(
            "SELECT id FROM articles WHERE id LIKE ? || '%' ORDER BY id LIMIT 5", [prefix]
        ).fetchall()
        return [r[0] for r in rows]

    def fetch(self, table: str, where: str = "TRUE", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of one table as dicts (``where`` is trusted SQL with ? parameters)."""
        if table not in TABLES and table != "event_dyads":
            raise StoreError(f"unknown table {table!r}")
        return _dicts(self.connect().execute(f"SELECT * FROM {table} WHERE {where}", list(params)))
