"""Dyads over time: what two actors did to each other, period by period.

All counting happens in DuckDB (one scan of ``events`` filtered by date and actor lists), so a
year of a ten-million-event store answers in well under a second; Python only sees one row per
period. An event counts once for the dyad however many of its actors match.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb

from ..errors import DyadsError
from .filters import ActorSpec, Window, check_trust, parse_actor, parse_window, usable_events_sql

__all__ = ["PERIODS", "DyadPoint", "DyadSeries", "dyad_series"]

PERIODS = ("day", "week", "month", "quarter", "year")


@dataclass(slots=True)
class DyadPoint:
    """One period of one dyad: counts by direction, quad class and PLOVER type, and scores."""

    period: _dt.date
    events: int = 0
    forward: int = 0  # a -> b
    backward: int = 0  # b -> a
    quad1: int = 0  # verbal cooperation
    quad2: int = 0  # material cooperation
    quad3: int = 0  # verbal conflict
    quad4: int = 0  # material conflict
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    plover_sum: float = 0.0
    plover_mean: float | None = None
    types: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class DyadSeries:
    """A dyad's time series plus what was asked, so output can say exactly what it shows."""

    a: ActorSpec
    b: ActorSpec
    by: str
    directed: bool
    window: Window
    points: list[DyadPoint]

    @property
    def types(self) -> list[str]:
        """PLOVER types that occur at least once, most frequent first."""
        totals: dict[str, int] = {}
        for point in self.points:
            for name, n in point.types.items():
                totals[name] = totals.get(name, 0) + n
        return sorted(totals, key=lambda t: (-totals[t], t))

    @property
    def total(self) -> int:
        return sum(p.events for p in self.points)

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (one column per type present) for CSV and tables."""
        types = self.types
        out = []
        for point in self.points:
            row = asdict(point)
            row.pop("types")
            row["period"] = point.period.isoformat()
            for name in types:
                row[name] = point.types.get(name, 0)
            out.append(row)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": str(self.a),
            "b": str(self.b),
            "by": self.by,
            "directed": self.directed,
            "since": self.window.since.isoformat() if self.window.since else None,
            "until": self.window.until.isoformat() if self.window.until else None,
            "events": self.total,
            "types": self.types,
            "points": self.rows(),
        }


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    a: str | ActorSpec,
    b: str | ActorSpec,
    *,
    by: str = "month",
    since: str | _dt.date | None = None,
    until: str | _dt.date | None = None,
    directed: bool = False,
    include_uncertain: bool = False,
    min_trust: float | None = None,
) -> DyadSeries:
    """Events between ``a`` and ``b`` per ``by`` period; ``directed`` keeps only a -> b.

    Periods with no events inside the window (or between the first and last event) are filled
    with zeros so charts and CSVs have a regular time axis.
    """
    if by not in PERIODS:
        raise DyadsError(f"cannot group by {by!r}: choose one of {', '.join(PERIODS)}")
    a = a if isinstance(a, ActorSpec) else parse_actor(a)
    b = b if isinstance(b, ActorSpec) else parse_actor(b)
    check_trust(con, min_trust)
    window = parse_window(since, until)
    fwd = f"({a.events_sql('source')} AND {b.events_sql('target')})"
    bwd = f"({b.events_sql('source')} AND {a.events_sql('target')})"
    match = fwd if directed else f"({fwd} OR {bwd})"
    lo = f"DATE '{window.since}'" if window.since else "min(period)"
    hi = f"DATE '{window.until}'" if window.until else "max(period)"
    sql = f"""
    WITH ev AS (
        SELECT date_trunc('{by}', date)::DATE AS period, type, quad_class, goldstein,
               plover_score, {fwd} AS fwd, {bwd} AS bwd
        FROM events
        WHERE date IS NOT NULL AND {window.sql()} AND {usable_events_sql(include_uncertain, min_trust)}
          AND {match}
    ), agg AS (
        SELECT period, count(*) AS events,
               count(*) FILTER (WHERE fwd) AS forward, count(*) FILTER (WHERE bwd) AS backward,
               count(*) FILTER (WHERE quad_class = 1) AS quad1,
               count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3,
               count(*) FILTER (WHERE quad_class = 4) AS quad4,
               coalesce(sum(goldstein), 0) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               coalesce(sum(plover_score), 0) AS plover_sum, avg(plover_score) AS plover_mean,
               histogram(type) FILTER (WHERE type IS NOT NULL) AS types
        FROM ev GROUP BY period
    ), periods AS (
        SELECT unnest(generate_series(date_trunc('{by}', {lo}), date_trunc('{by}', {hi}),
                                      INTERVAL 1 {by}))::DATE AS period
        FROM agg
        HAVING count(*) > 0 OR {'TRUE' if window.since and window.until else 'FALSE'}
    )
    SELECT p.period, coalesce(events, 0), coalesce(forward, 0), coalesce(backward, 0),
           coalesce(quad1, 0), coalesce(quad2, 0), coalesce(quad3, 0), coalesce(quad4, 0),
           coalesce(goldstein_sum, 0), goldstein_mean, coalesce(plover_sum, 0), plover_mean, types
    FROM periods p LEFT JOIN agg USING (period)
    ORDER BY p.period
    """
    points = []
    for row in con.execute(sql).fetchall():
        *head, types = row
        point = DyadPoint(*head)
        point.types = dict(types or {})
        points.append(point)
    return DyadSeries(a, b, by, directed, window, points)
