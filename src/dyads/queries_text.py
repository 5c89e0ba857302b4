"""Queries over quotes and figures: the same filters over the store or over fresh records.

The CLI's ``dyads quotes`` and ``dyads figures`` read either the DuckDB store or files run
through the pipeline; both paths produce the same row dicts (the store's columns plus the
article date and title) so output never depends on where the records came from.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterable
from typing import Any

import duckdb

from .analysis.filters import Window, parse_actor, parse_window
from .model import Article
from .store import article_rows

__all__ = ["quote_rows", "figure_rows", "article_quote_rows", "article_figure_rows", "Window", "parse_window"]


def _actor_sql(column: str, code: str, params: list[Any]) -> str:
    """Rows whose actor JSON in ``column`` has this country, or this country+sector code."""
    spec = parse_actor(code)
    if spec.sector is None:
        params.append(spec.country)
        return f"json_extract_string({column}, '$.country') = ?"
    params.append(spec.code)
    return f"json_extract_string({column}, '$.code') = ?"


def quote_rows(
    con: duckdb.DuckDBPyConnection,
    speaker: str | None = None,
    actor: str | None = None,
    window: Window | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes in the store, oldest first, filtered by speaker text, speaker actor and date."""
    where, params = ["TRUE"], []
    if speaker:
        where.append("(speaker_name ILIKE ? OR speaker_text ILIKE ?)")
        params += [f"%{speaker}%", f"%{speaker}%"]
    if actor:
        where.append(_actor_sql("q.speaker", actor, params))
    return _store_rows(con, "quotes q", where, params, window, limit)


def figure_rows(
    con: duckdb.DuckDBPyConnection,
    kind: str | None = None,
    actor: str | None = None,
    window: Window | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Figures in the store, oldest first, filtered by kind, counted actor and date."""
    where, params = ["TRUE"], []
    if kind:
        where.append("f.kind = ?")
        params.append(kind.lower())
    if actor:
        where.append(_actor_sql("f.actor", actor, params))
    return _store_rows(con, "figures f", where, params, window, limit)


def _store_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    where: list[str],
    params: list[Any],
    window: Window | None,
    limit: int | None,
) -> list[dict[str, Any]]:
    """One query shape for both tables (``table`` is 'name alias'), so they sort and date alike."""
    alias = table.split()[1]
    if window:
        where.append(window.sql("a.date"))
    sql = (
        f"SELECT {alias}.*, CAST(a.date AS VARCHAR) AS date, a.title FROM {table} "
        f"JOIN articles a ON a.id = {alias}.article_id WHERE " + " AND ".join(where)
        + f" ORDER BY a.date NULLS LAST, {alias}.article_id, {alias}.start"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _fetch(con, sql, params)


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row)) for row in cur.fetchall()]
    for row in rows:
        for key in ("speaker", "actor"):
            if isinstance(row.get(key), str):
                row[key] = json.loads(row[key])
    return rows


def _in_window(date: str | None, window: Window | None) -> bool:
    if window is None or (window.since is None and window.until is None):
        return True
    if not date:
        return False
    day = _dt.date.fromisoformat(date[:10])
    return (window.since is None or day >= window.since) and (window.until is None or day <= window.until)


def _actor_matches(actor: dict[str, Any] | None, code: str | None) -> bool:
    if not code:
        return True
    if not actor:
        return False
    spec = parse_actor(code)
    if spec.sector is None:
        return actor.get("country") == spec.country
    return actor.get("code") == spec.code


def article_quote_rows(
    articles: Iterable[Article],
    speaker: str | None = None,
    actor: str | None = None,
    window: Window | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The rows :func:`quote_rows` would give, from annotated articles instead of the store."""
    needle = (speaker or "").lower()

    def keep(row: dict[str, Any]) -> bool:
        if needle and needle not in f"{row['speaker_name'] or ''}\n{row['speaker_text'] or ''}".lower():
            return False
        return _actor_matches(row["speaker"], actor)

    return _article_rows(articles, "quotes", keep, window, limit)


def article_figure_rows(
    articles: Iterable[Article],
    kind: str | None = None,
    actor: str | None = None,
    window: Window | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The rows :func:`figure_rows` would give, from annotated articles instead of the store."""

    def keep(row: dict[str, Any]) -> bool:
        if kind and row["kind"] != kind.lower():
            return False
        return _actor_matches(row["actor"], actor)

    return _article_rows(articles, "figures", keep, window, limit)


def _article_rows(
    articles: Iterable[Article],
    table: str,
    keep: Callable[[dict[str, Any]], bool],
    window: Window | None,
    limit: int | None,
) -> list[dict[str, Any]]:
    """Rows of ``table`` as the store would hold them, dated like :func:`_store_rows`' rows;
    stops reading articles once ``limit`` rows are found."""
    out: list[dict[str, Any]] = []
    for article in articles:
        if not _in_window(article.date, window):
            continue
        for row in article_rows(article)[table]:
            if not keep(row):
                continue
            out.append({**row, "date": article.date, "title": article.title})
            if limit and len(out) >= limit:
                return out
    return out
