"""Shared query pieces: which actor a user means, which time window, which events count.

Every analysis reads the store through these so "USA", "VEN:OPP" and a date window mean the
same thing in ``dyads dyad``, ``dyads blocs`` and ``dyads merge``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import DyadsError

__all__ = [
    "ActorSpec",
    "Window",
    "connect",
    "parse_actor",
    "check_trust",
    "parse_window",
    "trust_sql",
    "usable_events_sql",
]

_CODE = re.compile(r"^[A-Z]{3}(?::?[A-Z]{3,})?$")


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """A country (``USA``) or a country with a sector (``VENOPP``, written ``VEN:OPP`` too)."""

    country: str
    sector: str | None = None

    @property
    def code(self) -> str:
        """The CAMEO-style code the actor stage stores: country then sector, no separator."""
        return self.country + (self.sector or "")

    def __str__(self) -> str:
        return self.code

    def events_sql(self, side: str) -> str:
        """A predicate on ``events`` true when this actor is among the ``side`` actors."""
        if self.sector is None:
            return f"list_contains({side}_countries, '{self.country}')"
        return f"list_contains({side}_codes, '{self.code}')"


def parse_actor(text: str) -> ActorSpec:
    """Read ``USA``, ``usa``, ``VENOPP`` or ``VEN:OPP`` into an :class:`ActorSpec`."""
    norm = text.strip().upper()
    if not _CODE.match(norm):
        raise DyadsError(
            f"cannot read actor {text!r}: expected a 3-letter country code such as USA, "
            "or country+sector such as VENOPP or VEN:OPP"
        )
    country, _, rest = norm.partition(":") if ":" in norm else (norm[:3], "", norm[3:])
    return ActorSpec(country, rest or None)


@dataclass(frozen=True, slots=True)
class Window:
    """A closed date window; either end may be open (None)."""

    since: _dt.date | None = None
    until: _dt.date | None = None

    def sql(self, column: str = "date") -> str:
        """A predicate on ``column``; dates are ISO literals so the SQL stays cacheable."""
        parts = []
        if self.since:
            parts.append(f"{column} >= DATE '{self.since.isoformat()}'")
        if self.until:
            parts.append(f"{column} <= DATE '{self.until.isoformat()}'")
        return " AND ".join(parts) or "TRUE"

    def __str__(self) -> str:
        if self.since and self.until:
            return f"{self.since} to {self.until}"
        if self.since or self.until:
            return f"from {self.since}" if self.since else f"until {self.until}"
        return "all dates"


def _date(value: str | _dt.date | None, name: str) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    text = value.strip()
    try:
        if len(text) == 4:
            return _dt.date(int(text), 1 if name == "since" else 12, 1 if name == "since" else 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:])
            if name == "since":
                return _dt.date(year, month, 1)
            nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - _dt.timedelta(days=1)
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise DyadsError(
            f"cannot read --{name} {value!r}: expected a date like 2019-09-27, 2019-09 or 2019"
        ) from None


def parse_window(since: str | _dt.date | None = None, until: str | _dt.date | None = None) -> Window:
    """Accept ISO dates, ``YYYY-MM`` or ``YYYY`` (a month or year as a whole)."""
    window = Window(_date(since, "since"), _date(until, "until"))
    if window.since and window.until and window.since > window.until:
        raise DyadsError(
            f"empty window: --since {window.since} is after --until {window.until} (swap them)"
        )
    return window


def usable_events_sql(include_uncertain: bool = False, min_trust: float | None = None) -> str:
    """Events that happened: negated and hypothetical ones say nothing about relations.

    ``min_trust`` also drops records less likely to be right (see :mod:`dyads.event_trust`).
    """
    sql = "quad_class IS NOT NULL"
    if not include_uncertain:
        sql += " AND NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)"
    if min_trust is not None:
        sql += f" AND {trust_sql(min_trust)}"
    return sql


def trust_sql(min_trust: float | None, column: str = "trust") -> str:
    """A predicate keeping records whose trust is at least ``min_trust``; unscored ones fail it."""
    if min_trust is None:
        return "TRUE"
    if not 0.0 <= float(min_trust) <= 1.0:
        raise DyadsError(f"--min-trust is a probability between 0 and 1, not {min_trust!r}")
    return f"coalesce({column}, -1) >= {float(min_trust)!r}"


def check_trust(con: duckdb.DuckDBPyConnection, min_trust: float | None) -> None:
    """Fail clearly when asked to filter on trust in a store that holds none."""
    if min_trust is None:
        return
    has_column = con.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'trust'"
    ).fetchone()[0]
    scored, rows = con.execute(f"SELECT {'count(trust)' if has_column else '0'}, count(*) FROM events").fetchone()
    if rows and not scored:
        raise DyadsError(
            "this store's events carry no trust scores (written by a dyads without them): "
            "run `dyads ingest` again into a new store, or leave out --min-trust"
        )


def connect(path: str | Path, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the store at ``path``; read-only by default so queries can run beside an ingest."""
    from ..store import Store

    path = Path(path)
    if not path.exists():
        raise DyadsError(
            f"no store at '{path}': create it with `dyads ingest FILES --db {path}` "
            "or pass --db with the store you built"
        )
    return Store(path, read_only=read_only).connect()
