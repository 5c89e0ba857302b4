"""Event queries over the store: the SQL behind ``dyads events``, kept out of the CLI so tests and
other front ends (web, notebooks) get the same rows.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from .analysis.filters import ActorSpec, check_trust, parse_actor, parse_window, trust_sql
from .countries import NON_STATE_CODES
from .errors import DyadsError
from .store import has_table
from .triggers import PLOVER_TYPES

__all__ = ["query_events", "resolve_actor"]


def resolve_actor(text: str) -> ActorSpec:
    """A code (``RUS``, ``RUSGOV``, ``VEN:OPP``) or a country name (``Russia``) as an actor filter."""
    raw = text.strip()
    if raw.isupper() or ":" in raw or len(raw) <= 3:  # a code: RUS, RUSGOV, VEN:OPP, usa
        try:
            return parse_actor(raw)
        except DyadsError:
            pass
    try:
        import pycountry

        country = pycountry.countries.lookup(raw)
        return ActorSpec(country.alpha_3)
    except LookupError:
        pass
    try:
        from .countries import country_forms

        form = country_forms().get(raw)
        code = getattr(form, "iso3", None) or getattr(form, "code", None)
        if code:
            return ActorSpec(code)
    except Exception:  # the actors data is optional here: fall through to the error
        pass
    try:
        spec = parse_actor(raw)  # "rusgov" written in lower case, if its country is a known code
        import pycountry

        if spec.country in NON_STATE_CODES or pycountry.countries.get(alpha_3=spec.country):
            return spec
    except DyadsError:
        pass
    raise DyadsError(
        f"cannot read actor {text!r}: give a country code (RUS), a code with sector (RUSGOV, VEN:OPP) "
        "or a country name (Russia)"
    )


def _actors(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, list) else [value]


def query_events(
    con: duckdb.DuckDBPyConnection,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
    article: str | None = None,
    statements: bool = False,
    cameo: str | None = None,
    min_trust: float | None = None,
) -> list[dict[str, Any]]:
    """Events matching every filter given, newest first, with their article's title.

    ``actor`` matches either side; ``source``/``target`` one side each. Rows are the ``events``
    columns with ``source``/``target``/``reported_by`` decoded from JSON and ``date`` as ISO text.
    ``cameo`` keeps codes starting with it ("18", "0874"). ``statements`` reads the CAMEO 01
    statements instead of the events; ``type`` is then an error, as they have no PLOVER type.
    ``min_trust`` keeps events at least that likely to be right (statements have no trust).
    """
    where: list[str] = []
    params: list[Any] = []
    if actor:
        spec = resolve_actor(actor)
        where.append(f"({spec.events_sql('source')} OR {spec.events_sql('target')})")
    if source:
        where.append(resolve_actor(source).events_sql("source"))
    if target:
        where.append(resolve_actor(target).events_sql("target"))
    if statements and not has_table(con, "statements"):
        raise DyadsError("this store has no statements table (written by an older dyads): run `dyads ingest` again")
    if type and statements:
        raise DyadsError("--type filters events; statements have no PLOVER type (filter them with --cameo)")
    if type:
        kind = type.strip().upper()
        if kind not in PLOVER_TYPES:
            raise DyadsError(f"unknown event type {type!r}: use one of {', '.join(PLOVER_TYPES)}")
        where.append("e.type = ?")
        params.append(kind)
    if cameo:
        code = cameo.strip()
        if not code.isdigit():
            raise DyadsError(f"--cameo takes a CAMEO code or its first digits (18, 0874), not {cameo!r}")
        where.append("e.cameo LIKE ? || '%'")
        params.append(code)
    if min_trust is not None:
        if statements:
            raise DyadsError("--min-trust filters events; statements carry no trust score")
        check_trust(con, min_trust)
        where.append(trust_sql(min_trust, "e.trust"))
    window = parse_window(since, until)
    where.append(window.sql("e.date"))
    if article:
        where.append("e.article_id LIKE ? || '%'")
        params.append(article)
    sql = (
        f"SELECT e.*, a.title AS article_title FROM {'statements' if statements else 'events'} e "
        "LEFT JOIN articles a ON a.id = e.article_id "
        f"WHERE {' AND '.join(where)} ORDER BY e.date DESC NULLS LAST, e.article_id, e.start"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = []
    for values in cur.fetchall():
        row = dict(zip(names, values))
        row["source"] = _actors(row.get("source"))
        row["target"] = _actors(row.get("target"))
        rep = _actors(row.get("reported_by"))
        row["reported_by"] = rep[0] if rep else None
        if row.get("date") is not None:
            row["date"] = row["date"].isoformat()
        rows.append(row)
    return rows
