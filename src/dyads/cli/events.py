"""``dyads events``: who did what to whom, from the store."""

from __future__ import annotations

import json

import click

from ..analysis.filters import connect
from ..queries import query_events
from .main import cli, db_option, json_option, trust_option

__all__ = ["events_command"]


def _side(actors: list[dict]) -> str:
    if not actors:
        return "-"
    parts = []
    for a in actors:
        code = a.get("code") or a.get("country") or "?"
        parts.append(f"{a.get('text')} [{code}]")
    return ", ".join(parts)


def _trust(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _flags(row: dict) -> str:
    marks = [name for name in ("negated", "future", "hypothetical") if row.get(name)]
    if row.get("reported_by"):
        marks.append(f"said by {row['reported_by'].get('text')}")
    return f" ({', '.join(marks)})" if marks else ""


@cli.command("events")
@click.option("--actor", help="Either side: country code (RUS), code+sector (RUSGOV, VEN:OPP) or name (Russia).")
@click.option("--source", help="Source actor (same forms as --actor).")
@click.option("--target", help="Target actor (same forms as --actor).")
@click.option("--type", "event_type", help="PLOVER type, e.g. SANCTION, SUPPORT, ASSAULT.")
@click.option("--since", help="First date (2019-09-27, 2019-09 or 2019).")
@click.option("--until", help="Last date (same forms as --since).")
@click.option("--cameo", help="CAMEO code or its first digits: 18 (assault), 0874, 018 (condolences).")
@click.option("--statements", is_flag=True,
              help="List CAMEO 01 statements (concern, condolences, denials...) instead of events.")
@click.option("--article", help="Only this article (id or id prefix).")
@trust_option
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0), help="At most N rows (0: all).")
@db_option
@json_option
def events_command(actor, source, target, event_type, since, until, cameo, statements, article, min_trust, limit,
                   db_path, as_json):
    """List coded events: source -> TYPE -> target, with date, trigger and article.

    With --statements, the CAMEO 01 statements instead (condolences, concern, optimism, denials,
    claims of responsibility): PLOVER has no type for them, so they are kept apart.

    \b
    Examples:
      dyads events --actor RUS
      dyads events --source USA --type SANCTION --since 2019
      dyads events --target "Venezuela" --json
      dyads events --statements --cameo 018 --actor RUS
      dyads events --type ASSAULT --min-trust 0.6
    """
    con = connect(db_path)
    rows = query_events(con, actor=actor, source=source, target=target, type=event_type, since=since,
                        until=until, limit=limit or None, article=article, statements=statements,
                        cameo=cameo, min_trust=min_trust)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if not rows:
        what = "statements" if statements else "events"
        click.echo(f"no {what} match (try fewer filters, or check `dyads ingest` ran on this --db)", err=True)
        return
    for row in rows:
        code = f"{row['type']}/{row['cameo']}" if row.get("cameo") else row["type"]
        title = row.get("article_title") or row["article_id"]
        click.echo(f"{row.get('date') or '----------'}  {_side(row['source'])} -> {code} -> "
                   f"{_side(row['target'])}{_flags(row)}")
        click.echo(f"            trigger {row['trigger']!r}  goldstein {row.get('goldstein')}  "
                   f"trust {_trust(row.get('trust'))}  article {title[:60]}")
    click.echo(f"{len(rows)} {'statement' if statements else 'event'}(s)", err=True)
