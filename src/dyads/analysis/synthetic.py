"""Known-answer event stores for tests, demos and benchmarks (no pipeline, no spaCy).

``event`` and ``insert_events`` write a handful of hand-made events; ``build_synthetic_store``
writes millions in one SQL statement, so the analysis can be timed at GDELT scale.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

__all__ = ["PLOVER_TYPES", "SEED_EVENTS", "seed_events", "build_synthetic_store", "event", "insert_articles", "insert_events", "open_memory_store"]

# type -> (quad class, typical Goldstein score); quads as in GDELT, scores from the CAMEO scale
PLOVER_TYPES: dict[str, tuple[int, float]] = {
    "AGREE": (1, 4.0), "CONSULT": (1, 1.0), "SUPPORT": (1, 3.5), "CONCEDE": (2, 5.0),
    "COOPERATE": (2, 6.0), "AID": (2, 7.0), "RETREAT": (2, 5.0), "REQUEST": (3, -5.0),
    "ACCUSE": (3, -2.0), "REJECT": (3, -4.0), "THREATEN": (3, -6.0), "SANCTION": (4, -4.0),
    "PROTEST": (4, -6.5), "MOBILIZE": (4, -7.2), "COERCE": (4, -7.0), "ASSAULT": (4, -9.0),
}

# The user's example article (shared/seed) as the events stage should code it: who sided with whom.
SEED_EVENTS: list[tuple[str, str, str]] = [
    ("USAGOV", "VENOPP", "SUPPORT"),
    ("USAGOV", "VENOPP", "AID"),
    ("USAGOV", "VENGOV", "SANCTION"),
    ("RUSGOV", "VENGOV", "SUPPORT"),
    ("CHNGOV", "VENGOV", "SUPPORT"),
    ("RUSGOV", "VENGOV", "COOPERATE"),
    ("RUSGOV", "VENGOV", "CONSULT"),
]

_COLUMNS = (
    "id", "article_id", "sentence", "start", "end", "trigger", "date", "type", "mode", "context",
    "cameo", "quad_class", "goldstein", "plover_score", "confidence", "negated", "future",
    "hypothetical", "source_countries", "source_sectors", "source_codes", "target_countries",
    "target_sectors", "target_codes",
)


def _split(code: str) -> tuple[str, str | None]:
    code = code.replace(":", "")
    return code[:3], (code[3:] or None)


def event(source: str | list[str], target: str | list[str] | None, type: str, date: str = "2019-09-25",
          **fields: Any) -> dict[str, Any]:
    """One event row from actor codes ('USAGOV', 'VEN:OPP', 'CHN'); other columns by keyword."""
    srcs = [source] if isinstance(source, str) else list(source)
    tgts = [] if target is None else [target] if isinstance(target, str) else list(target)
    quad, gold = PLOVER_TYPES[type]
    row: dict[str, Any] = {
        "date": date, "type": type, "quad_class": quad, "goldstein": gold, "plover_score": gold,
        "source_countries": [_split(c)[0] for c in srcs], "source_sectors": [_split(c)[1] for c in srcs],
        "source_codes": [c.replace(":", "") for c in srcs],
        "target_countries": [_split(c)[0] for c in tgts], "target_sectors": [_split(c)[1] for c in tgts],
        "target_codes": [c.replace(":", "") for c in tgts],
        "negated": False, "future": False, "hypothetical": False, "context": [],
    }
    row.update(fields)
    if "id" not in row:
        digest = hashlib.sha1(repr(sorted(row.items(), key=lambda kv: kv[0])).encode()).hexdigest()
        row["id"] = "e" + digest[:15]
    return row


def seed_events(date: str = "2019-09-25") -> list[dict[str, Any]]:
    """:data:`SEED_EVENTS` as event rows."""
    return [event(s, t, ty, date, id=f"seed{i}") for i, (s, t, ty) in enumerate(SEED_EVENTS)]


def _schema() -> str:
    return resources.files("dyads").joinpath("schema.sql").read_text(encoding="utf-8")


def open_memory_store() -> duckdb.DuckDBPyConnection:
    """An in-memory store with the dyads schema."""
    con = duckdb.connect()
    con.execute(_schema())
    return con


def insert_events(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> int:
    """Insert event rows (from :func:`event`); returns how many."""
    if not rows:
        return 0
    cols = [c for c in _COLUMNS if any(c in r for r in rows)]
    quoted = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    con.executemany(f"INSERT INTO events ({quoted}) VALUES ({marks})", [[r.get(c) for c in cols] for r in rows])
    return len(rows)


def insert_articles(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> int:
    """Insert articles (id, text, date, publisher, ...) with one sentence spanning each text."""
    if not rows:
        return 0
    con.executemany(
        "INSERT INTO articles (id, title, date, publisher, url, text) VALUES (?, ?, ?, ?, ?, ?)",
        [[r["id"], r.get("title"), r.get("date"), r.get("publisher"), r.get("url"), r["text"]] for r in rows],
    )
    con.executemany(
        'INSERT INTO sentences (article_id, idx, start, "end") VALUES (?, 0, 0, ?)',
        [[r["id"], len(r["text"])] for r in rows],
    )
    return len(rows)


def build_synthetic_store(
    path: str | Path,
    *,
    n_events: int = 10_000_000,
    years: int = 5,
    start: str = "2015-01-01",
    countries: list[str] | None = None,
) -> Path:
    """A store of ``n_events`` random events over ``years`` years, built in SQL.

    Countries follow a Zipf-like law (the first of ``countries`` is by far the most active, as
    the USA is in news), each event has one source and one target country with a sector
    drawn from five, dates are in order. Three blocs are planted (country rank modulo 3):
    80% of events inside a bloc cooperate and 80% between blocs conflict, so ``find_blocs``
    has something to find. Deterministic: every draw is a hash of the row number.
    """
    if countries is None:
        import pycountry

        first = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "VEN", "UKR", "TUR"]
        rest = sorted({c.alpha_3 for c in pycountry.countries} - set(first))
        countries = first + rest[: 200 - len(first)]
    path = Path(path)
    if path.exists():
        path.unlink()
    con = duckdb.connect(str(path))
    con.execute(_schema())
    days = (_dt.date.fromisoformat(start).replace(year=int(start[:4]) + years) - _dt.date.fromisoformat(start)).days
    types = list(PLOVER_TYPES)
    con.execute("CREATE TEMP TABLE c AS SELECT unnest(?) AS code, generate_subscripts(?, 1) - 1 AS k",
                [countries, countries])
    con.execute(
        "CREATE TEMP TABLE t AS SELECT unnest(?) AS type, unnest(?) AS quad, unnest(?) AS gold, "
        "generate_subscripts(?, 1) - 1 AS k",
        [types, [PLOVER_TYPES[t][0] for t in types], [PLOVER_TYPES[t][1] for t in types], types],
    )
    n_c = len(countries)
    n_coop = sum(1 for q, _ in PLOVER_TYPES.values() if q <= 2)  # cooperative types come first
    # u(i, salt) is a uniform draw in [0, 1) from a hash; skew = u^3 gives a Zipf-like rank
    u = "((hash(i * {salt} + {salt2}) % 1000000) / 1000000.0)"
    con.execute(
        f"""
        INSERT INTO events (id, article_id, sentence, start, "end", trigger, date, type, quad_class,
            goldstein, plover_score, confidence, negated, future, hypothetical,
            source_countries, source_sectors, source_codes, target_countries, target_sectors, target_codes)
        WITH r AS (
            SELECT i,
                   floor(pow({u.format(salt=7, salt2=1)}, 3) * {n_c})::INT AS s,
                   floor(pow({u.format(salt=11, salt2=3)}, 3) * {n_c})::INT AS t0,
                   {u.format(salt=13, salt2=5)} AS u_type, {u.format(salt=29, salt2=13)} AS u_bloc,
                   ['GOV', 'MIL', 'OPP', 'BUS', 'CVL'][1 + floor({u.format(salt=17, salt2=7)} * 5)::INT] AS ss,
                   ['GOV', 'MIL', 'OPP', 'BUS', 'CVL'][1 + floor({u.format(salt=19, salt2=9)} * 5)::INT] AS ts,
                   {u.format(salt=23, salt2=11)} AS noise
            FROM range({int(n_events)}) AS g(i)
        ), r2 AS (
            SELECT *, CASE WHEN t0 = s THEN (t0 + 1) % {n_c} ELSE t0 END AS t FROM r
        ), r3 AS (
            SELECT *, CASE WHEN (s % 3 = t % 3) = (u_bloc < 0.8)
                           THEN floor(u_type * {n_coop})::INT
                           ELSE {n_coop} + floor(u_type * {len(types) - n_coop})::INT END AS ty
            FROM r2
        )
        SELECT 'e' || r.i::VARCHAR, 'a' || (r.i // 5)::VARCHAR, 0, 0, 1, t.type,
               DATE '{start}' + (r.i * {days} // {int(n_events)})::INT, t.type, t.quad,
               t.gold + (r.noise - 0.5), t.gold, 0.8, r.noise < 0.03, false, false,
               [cs.code], [r.ss], [cs.code || r.ss], [ct.code], [r.ts], [ct.code || r.ts]
        FROM r3 AS r
        JOIN c cs ON cs.k = r.s
        JOIN c ct ON ct.k = r.t
        JOIN t ON t.k = r.ty
        ORDER BY r.i
        """
    )
    con.execute("CHECKPOINT")
    con.close()
    return path
