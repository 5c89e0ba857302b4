"""Writes the store in formats people already use: PLOVER JSON Lines, GDELT 2.0 TSV, JSONL, CSV, Parquet.

Table formats (jsonl, csv, parquet) are written by DuckDB itself (``COPY``); PLOVER and GDELT
records are shaped here from the ``events`` table (GDELT: and ``statements``) joined to ``articles``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import IO, Any

import duckdb

from .analysis.filters import check_trust, trust_sql
from .errors import DyadsError
from .store import TABLES, has_table

__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "plover_records", "gdelt_rows"]

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")

# GDELT 2.0 event table columns, in their order (GDELT Event Codebook V2.0).
GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale "
    "NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()

_EVENT_SQL = """
    SELECT e.*, a.title AS article_title, a.url AS article_url, a.publisher AS article_publisher,
           a.date AS article_date, a.source_path AS article_source, a.tone AS article_tone,
           a.ingested_at AS article_ingested,
           substring(a.text, s.start + 1, s."end" - s.start) AS sentence_text
    FROM {records} e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
    WHERE {where}
    ORDER BY e.date NULLS LAST, e.article_id, e.sentence, e.start
"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(2000):
        for row in batch:
            yield dict(zip(names, row))


def _entities(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    items = json.loads(value) if isinstance(value, str) else value
    return items if isinstance(items, list) else [items]


def _plover_entity(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": actor.get("country"),
        "sector": actor.get("sector"),
        "entity_text": actor.get("text"),
        "identifier_id": actor.get("code"),
        "identifier_text": actor.get("name"),
        "role": actor.get("role"),
        "start": actor.get("start"),
        "end": actor.get("end"),
    }


def plover_records(con: duckdb.DuckDBPyConnection, min_trust: float | None = None) -> Iterator[dict[str, Any]]:
    """Events as PLOVER JSON records (field names of the PLOVER manual, plus provenance).

    CAMEO 01 statements are left out: PLOVER has no type for them.
    """
    for e in _rows(con, _EVENT_SQL.format(records="events", where=trust_sql(min_trust, "e.trust"))):
        reporter = _entities(e["reported_by"])
        yield {
            "id": e["id"],
            "date": e["date"].isoformat() if e["date"] else None,
            "actor": [_plover_entity(x) for x in _entities(e["source"])],
            "recipient": [_plover_entity(x) for x in _entities(e["target"])],
            "event": e["type"],
            "mode": e["mode"],
            "context": e["context"] or [],
            "quad_code": e["quad_class"],
            "event_scale": e["plover_score"],
            "event_text": e["trigger"],
            "text": e["sentence_text"],
            "text_info": {
                "article_id": e["article_id"],
                "sequence": e["sentence"],
                "start": e["start"],
                "end": e["end"],
            },
            "cite_info": {
                "url": e["article_url"],
                "title": e["article_title"],
                "publication": e["article_publisher"],
                "date": e["article_date"].isoformat() if e["article_date"] else None,
                "source": e["article_source"],
            },
            "cameo": e["cameo"],
            "goldstein": e["goldstein"],
            "negated": e["negated"],
            "future": e["future"],
            "hypothetical": e["hypothetical"],
            "reported_by": _plover_entity(reporter[0]) if reporter else None,
            "confidence": e["confidence"],
            "trust": e.get("trust"),
            "coder": "dyads",
        }


def _fraction_date(d: Date) -> str:
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"


def gdelt_rows(con: duckdb.DuckDBPyConnection, statements: bool = True,
               min_trust: float | None = None) -> Iterator[list[str]]:
    """One GDELT 2.0 event row per (source, target) actor pair; empty where we have no value.

    GDELT codes CAMEO 01 statements too, so they are included unless ``statements`` is false
    or ``min_trust`` is given (statements carry no trust score).
    """
    records = "events"
    if statements and min_trust is None and has_table(con, "statements"):
        records = "(SELECT * FROM events UNION ALL BY NAME SELECT * FROM statements)"
    for e in _rows(con, _EVENT_SQL.format(records=records, where=trust_sql(min_trust, "e.trust"))):
        sources = _entities(e["source"]) or [{}]
        targets = _entities(e["target"]) or [{}]
        d: Date | None = e["date"]
        cameo = e["cameo"] or ""
        added = e["article_ingested"]
        for i, s in enumerate(sources):
            for j, t in enumerate(targets):
                row = dict.fromkeys(GDELT_COLUMNS, "")
                row["GLOBALEVENTID"] = e["id"] if len(sources) * len(targets) == 1 else f"{e['id']}.{i}.{j}"
                if d:
                    row["SQLDATE"] = d.strftime("%Y%m%d")
                    row["MonthYear"] = d.strftime("%Y%m")
                    row["Year"] = str(d.year)
                    row["FractionDate"] = _fraction_date(d)
                for n, actor in (("1", s), ("2", t)):
                    row[f"Actor{n}Code"] = actor.get("code") or ""
                    row[f"Actor{n}Name"] = (actor.get("name") or actor.get("text") or "").upper()
                    row[f"Actor{n}CountryCode"] = actor.get("country") or ""
                    row[f"Actor{n}Type1Code"] = actor.get("sector") or ""
                row["IsRootEvent"] = "1" if e["sentence"] == 0 else "0"
                row["EventCode"] = cameo
                row["EventBaseCode"] = cameo[:3]
                row["EventRootCode"] = cameo[:2]
                row["QuadClass"] = "" if e["quad_class"] is None else str(e["quad_class"])
                row["GoldsteinScale"] = "" if e["goldstein"] is None else f"{e['goldstein']:g}"
                row["NumMentions"] = row["NumSources"] = row["NumArticles"] = "1"
                row["AvgTone"] = "" if e["article_tone"] is None else f"{e['article_tone']:.4f}"
                row["DATEADDED"] = added.strftime("%Y%m%d%H%M%S") if added else ""
                row["SOURCEURL"] = e["article_url"] or e["article_source"] or ""
                yield [row[c] for c in GDELT_COLUMNS]


def _open_out(out: str | None) -> IO[str]:
    return open(out, "w", encoding="utf-8", newline="") if out and out != "-" else sys.stdout


def export(
    con: duckdb.DuckDBPyConnection, fmt: str, out: str | None = None, table: str = "events",
    statements: bool = True, min_trust: float | None = None,
) -> int:
    """Write ``table`` (or PLOVER/GDELT records of the events) to ``out``; returns rows written.

    ``min_trust`` keeps only events at least that likely to be right (PLOVER, GDELT, and the
    ``events`` and ``event_dyads`` tables).
    """
    if fmt not in FORMATS:
        raise DyadsError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if min_trust is not None and fmt not in ("plover", "gdelt") and table not in ("events", "event_dyads"):
        raise DyadsError(f"--min-trust filters events; the {table!r} table has no trust (use --table events or event_dyads)")
    check_trust(con, min_trust)
    if fmt in ("plover", "gdelt"):
        fh = _open_out(out)
        n = 0
        try:
            if fmt == "plover":
                for rec in plover_records(con, min_trust):
                    fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                    n += 1
            else:
                writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
                writer.writerow(GDELT_COLUMNS)
                for row in gdelt_rows(con, statements=statements, min_trust=min_trust):
                    writer.writerow(row)
                    n += 1
        finally:
            if fh is not sys.stdout:
                fh.close()
        return n
    if table not in TABLES and table != "event_dyads":
        raise DyadsError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}, event_dyads")
    rows_sql = f"SELECT * FROM {table} WHERE {trust_sql(min_trust)}"
    n = con.execute(f"SELECT count(*) FROM ({rows_sql})").fetchone()[0]
    if fmt == "parquet":
        if not out or out == "-":
            raise DyadsError("Parquet needs a file: add --out FILE.parquet")
        con.execute(f"COPY ({rows_sql}) TO ? (FORMAT parquet)", [out])
        return n
    if out and out != "-":
        opts = "FORMAT csv, HEADER" if fmt == "csv" else "FORMAT json"
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY ({rows_sql}) TO ? ({opts})", [out])
        return n
    # Standard output: stream rows ourselves.
    if fmt == "csv":
        cur = con.execute(rows_sql)
        names = [d[0] for d in cur.description]
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(names)
        while batch := cur.fetchmany(2000):
            writer.writerows(batch)
        return n
    for row in _rows(con, rows_sql):
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return n
