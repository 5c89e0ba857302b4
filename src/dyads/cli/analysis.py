"""Verbs for the system view: dyad (a pair over time), blocs (alignment, polarity), merge."""

from __future__ import annotations

import csv
import json

import click

from ..analysis import PERIODS, connect, dyad_series, find_blocs, merge_events
from ..analysis.blocs import WEIGHTS
from .main import cli, db_option, json_option, trust_option

__all__ = ["dyad", "blocs", "merge"]

since_option = click.option("--since", help="First day (2019-09-01, 2019-09 or 2019).")
until_option = click.option("--until", help="Last day (2019-09-30, 2019-09 or 2019).")
uncertain_option = click.option(
    "--include-uncertain", is_flag=True, help="Also count negated and hypothetical events."
)


def _num(value: float | None, fmt: str = "{:+.2f}") -> str:
    return "" if value is None else fmt.format(value)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(PERIODS), default="month", show_default=True, help="Period.")
@since_option
@until_option
@click.option("--directed/--both", default=False, help="Only A -> B, or both directions (default).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write the rows to this CSV file.")
@click.option("--chart", "chart_path", type=click.Path(dir_okay=False), help="Draw a chart (.png or .svg).")
@uncertain_option
@trust_option
@db_option
@json_option
def dyad(a, b, by, since, until, directed, csv_path, chart_path, include_uncertain, min_trust, db_path, as_json):
    """What actors A and B did to each other, per day, week, month, quarter or year.

    Actors are countries (USA) or country+sector codes (VENOPP, also written VEN:OPP).
    Counts are by quad class (1 verbal / 2 material cooperation, 3 verbal / 4 material
    conflict) and PLOVER type, with summed and mean Goldstein and PLOVER scores.

    \b
    Example:
      dyads dyad USA VEN --by month --since 2019 --until 2019 --chart usa_ven.png
    """
    series = dyad_series(
        connect(db_path), a, b, by=by, since=since, until=until, directed=directed,
        include_uncertain=include_uncertain, min_trust=min_trust,
    )
    rows = series.rows()
    if csv_path:
        with open(csv_path, "w", newline="", encoding="utf-8") as fh:
            fields = list(rows[0]) if rows else ["period", "events"]
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
    if chart_path:
        from ..analysis.charts import draw_dyad

        draw_dyad(series, chart_path)
    if as_json:
        click.echo(json.dumps(series.to_dict(), indent=2))
        return
    arrow = "->" if directed else "<->"
    if not series.total:
        click.echo(
            f"no events {series.a} {arrow} {series.b} between {series.window}"
            + ("" if not directed else "; try --both")
            + f" (check the codes with `dyads events --actor {series.a}`)"
        )
        return
    types = series.types[:6]
    headers = ["period", "events", f"{series.a}>{series.b}", f"{series.b}>{series.a}", "q1", "q2", "q3", "q4",
               "gold.sum", "gold.mean", "plover.mean", *types]
    body = [
        [r["period"], str(r["events"]), str(r["forward"]), str(r["backward"]),
         *(str(r[f"quad{q}"]) for q in range(1, 5)),
         _num(r["goldstein_sum"], "{:+.1f}"), _num(r["goldstein_mean"]), _num(r["plover_mean"]),
         *(str(r[t]) for t in types)]
        for r in rows
    ]
    click.echo(f"{series.a} {arrow} {series.b}, by {by}, {series.window}: {series.total} events")
    click.echo(_table(headers, body))
    for path in (csv_path, chart_path):
        if path:
            click.echo(f"wrote {path}")


@cli.command()
@since_option
@until_option
@click.option("--sectors", is_flag=True, help="Nodes are country+sector codes (VENGOV, VENOPP), not countries.")
@click.option("--min-events", type=int, default=1, show_default=True, help="Leave out actors with fewer events.")
@click.option("--weight", type=click.Choice(WEIGHTS), default="goldstein", show_default=True,
              help="Edge weight: summed |Goldstein| signed by quad class, or event counts.")
@click.option("--top", type=int, default=10, show_default=True, help="Aligned/opposed pairs to list (0: all).")
@click.option("--chart", "chart_path", type=click.Path(dir_okay=False), help="Draw the network (.png or .svg).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed of the community search.")
@uncertain_option
@trust_option
@db_option
@json_option
def blocs(since, until, sectors, min_events, weight, top, chart_path, seed, include_uncertain, min_trust, db_path,
          as_json):
    """Alignment blocs, pairwise alignment and the polarity of the system in a time window.

    Cooperation (quad 1-2) links actors positively, conflict (quad 3-4) negatively; blocs
    maximise signed modularity (see docs/analysis.md). Polarity is the effective number of
    poles, 1 / sum of squared bloc shares of cooperation.

    \b
    Example:
      dyads blocs --since 2019-01 --until 2019-12 --sectors --chart blocs.png
    """
    report = find_blocs(
        connect(db_path), since=since, until=until, sectors=sectors, weight=weight,
        min_events=min_events, include_uncertain=include_uncertain, seed=seed, top_pairs=top or None,
        min_trust=min_trust,
    )
    if chart_path:
        from ..analysis.charts import draw_blocs

        draw_blocs(report, chart_path)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
        return
    net, pol = report.network, report.polarity
    click.echo(f"{len(net.nodes)} actors, {int((net.pair_events > 0).sum() // 2)} linked pairs, {net.window}")
    for b in report.blocs:
        if len(b.members) == 1 and len(report.blocs) > 12:
            continue
        click.echo(
            f"bloc {b.id + 1} ({len(b.members)} actors, {b.share:.0%} of cooperation, cohesion {b.cohesion:.2f}, "
            f"led by {b.leader}): " + ", ".join(b.members[:15])
            + (f" and {len(b.members) - 15} more (--json lists all)" if len(b.members) > 15 else "")
        )
    singles = [b.members[0] for b in report.blocs if len(b.members) == 1]
    if len(report.blocs) > 12 and singles:
        click.echo(f"on their own: {', '.join(singles)}")
    click.echo(
        "polarity: effective poles "
        + ("n/a" if pol.poles is None else f"{pol.poles:.2f}")
        + f", blocs {pol.blocs}, cohesion {_num(pol.cohesion, '{:.2f}') or 'n/a'},"
        + f" hostility {_num(pol.hostility, '{:.2f}') or 'n/a'},"
        + f" frustration {_num(pol.frustration, '{:.2f}') or 'n/a'}, signed modularity {round(pol.modularity, 2) + 0.0:.2f}"
    )
    n = top or len(report.alignment)
    pos = [x for x in report.alignment if x.score > 0][:n]
    neg = [x for x in report.alignment[::-1] if x.score < 0][:n]
    if pos:
        click.echo("most aligned: " + "; ".join(f"{x.a}~{x.b} {x.score:+.2f}" for x in pos))
    if neg:
        click.echo("most opposed: " + "; ".join(f"{x.a}~{x.b} {x.score:+.2f}" for x in neg))
    if chart_path:
        click.echo(f"wrote {chart_path}")


@cli.command()
@click.option("--window", "window_days", type=int, default=3, show_default=True,
              help="Days within which mentions of one event must fall.")
@click.option("--threshold", type=float, default=0.1, show_default=True,
              help="Least word overlap (Jaccard) of two sentences reporting one event.")
@click.option("--rebuild", is_flag=True, help="Forget earlier merges and merge every event again.")
@click.option("--top", type=int, default=10, show_default=True, help="Most reported events to list.")
@db_option
@json_option
def merge(window_days, threshold, rebuild, top, db_path, as_json):
    """Merge reports of the same real-world event across articles (incremental).

    Writes merged_events (with num_mentions, num_sources, num_articles) and event_mentions
    (each mention's event id, article and offsets). Run it after every ingest: only events
    not merged yet are looked at.

    \b
    Example:
      dyads ingest news/ --db news.duckdb && dyads merge --db news.duckdb
    """
    con = connect(db_path, read_only=False)
    stats = merge_events(con, window_days=window_days, threshold=threshold, rebuild=rebuild)
    rows = con.execute(
        """SELECT merged_id, first_date, type, source_code, target_code, num_mentions, num_sources,
                  num_articles, trigger FROM merged_events
           ORDER BY num_mentions DESC, first_date DESC, merged_id LIMIT ?""",
        [max(top, 0)],
    ).fetchall()
    if as_json:
        keys = ["merged_id", "first_date", "type", "source_code", "target_code", "num_mentions",
                "num_sources", "num_articles", "trigger"]
        top_rows = [dict(zip(keys, r)) | {"first_date": r[1].isoformat() if r[1] else None} for r in rows]
        click.echo(json.dumps({"stats": stats.to_dict(), "top": top_rows}, indent=2))
        return
    click.echo(
        f"merged {stats.new_mentions} new mentions: {stats.new_merged} new events, "
        f"{stats.joined_existing} added to earlier ones; the store holds {stats.merged_events} merged "
        f"events from {stats.mentions} mentions"
    )
    if rows:
        click.echo(_table(
            ["first date", "type", "source", "target", "mentions", "sources", "articles", "trigger"],
            [[str(r[1]), r[2] or "", r[3] or "-", r[4] or "-", str(r[5]), str(r[6]), str(r[7]), r[8] or ""]
             for r in rows],
        ))
