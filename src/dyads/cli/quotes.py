"""Verbs ``dyads quotes`` (who said what) and ``dyads figures`` (which numbers), over files or the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click
import duckdb

from .. import queries_text as q
from ..model import Article, Rejection
from ..store import Store
from .main import cli, db_option, json_option

__all__ = ["quotes", "figures"]

_WIDTH = 110


def _articles(paths: tuple[str, ...], rejected: list[Rejection]) -> Iterator[Article]:
    """Run the pipeline over files, reporting each rejected input on standard error."""
    from .. import ingest, pipeline

    def good() -> Iterator[Article]:
        for item in ingest.read_inputs(paths):
            if isinstance(item, Rejection):
                click.echo(f"error: {item.message()}", err=True)
                rejected.append(item)
            else:
                yield item

    yield from pipeline.process_articles(good())


def _short(text: str, width: int = _WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _who(actor: dict[str, Any] | None, fallback: str | None = None) -> str:
    if not actor:
        return fallback or "(unknown speaker)"
    name = actor.get("name") or actor.get("text") or fallback or "?"
    if actor.get("text") and actor.get("name") and actor["text"].lower() != actor["name"].lower():
        name = f"{name} [{actor['text']}]"
    code = actor.get("code") or actor.get("country")
    return f"{name} ({code})" if code else name


def _print_quote(row: dict[str, Any]) -> None:
    date = row.get("date") or "????-??-??"
    who = _who(row.get("speaker"), row.get("speaker_text"))
    cue = row.get("cue") or "said"
    body = f"“{_short(row['text'])}”" if row.get("direct") else f"that {_short(row['text'])}"
    if cue == "according to":
        click.echo(f"{date}  according to {who}: {body.removeprefix('that ')}")
    else:
        click.echo(f"{date}  {who} {cue}: {body}" if row.get("direct") else f"{date}  {who} {cue} {body}")


def _amount(row: dict[str, Any]) -> str:
    unit = row.get("unit") or ""
    def fmt(x: float) -> str:
        for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
            if abs(x) >= scale:
                return f"{x / scale:g}{word}"
        return f"{x:g}"
    value, low, high = row.get("value"), row.get("low"), row.get("high")
    if value is not None and low == high == value:
        text = fmt(value)
    elif value is not None:
        text = f"~{fmt(value)}"
    elif low is not None and high is not None:
        text = f"{fmt(low)}–{fmt(high)}"
    elif low is not None:
        text = f">{fmt(low)}"
    elif high is not None:
        text = f"<{fmt(high)}"
    else:
        text = "?"
    return f"{text} {unit}".strip()


def _print_figure(row: dict[str, Any]) -> None:
    date = row.get("date") or "????-??-??"
    what = row.get("counts")
    actor = row.get("actor")
    about = f" about {_who(actor)}" if actor else ""
    counted = f" of {what}" if what and what != row.get("unit") else ""
    click.echo(f"{date}  {row['kind']:<10} {_amount(row):<18} “{_short(row['text'], 60)}”{counted}{about}")


def _emit(rows: list[dict[str, Any]], as_json: bool, printer: Callable[[dict[str, Any]], None], empty: str) -> None:
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo(empty, err=True)
        return
    for row in rows:
        printer(row)


def _show(
    paths: tuple[str, ...],
    since: str | None,
    until: str | None,
    db_path: str,
    as_json: bool,
    *,
    from_articles: Callable[[Iterable[Article], q.Window], list[dict[str, Any]]],
    from_store: Callable[[duckdb.DuckDBPyConnection, q.Window], list[dict[str, Any]]],
    printer: Callable[[dict[str, Any]], None],
    empty: str,
) -> None:
    """Rows from files run now or from the store, printed; one place decides exit 1 on rejects."""
    window = q.parse_window(since, until)
    rejected: list[Rejection] = []
    if paths:
        rows = from_articles(_articles(paths, rejected), window)
    else:
        with Store(db_path, read_only=True) as store:
            rows = from_store(store.connect(), window)
    _emit(rows, as_json, printer, empty)
    if rejected:
        sys.exit(1)


def _listing_options(noun: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``--since``/``--until``/``--limit``/``--db``/``--json``, worded alike on both listing verbs."""
    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        for option in (
            json_option,
            db_option,
            click.option("--limit", type=int, default=None, help=f"At most this many {noun}."),
            click.option("--until", default=None, help="Last article day (2019-09-30, 2019-09 or 2019)."),
            click.option("--since", default=None, help="First article day (2019-09-01, 2019-09 or 2019)."),
        ):
            command = option(command)
        return command
    return decorate


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--speaker", default=None, help="Only speakers whose name or text contains this.")
@click.option("--actor", default=None, help="Only speakers of this country (RUS) or code (USAGOV).")
@_listing_options("quotes")
def quotes(paths, speaker, actor, since, until, limit, db_path, as_json) -> None:
    """Who said what: direct and reported quotes with their speakers.

    With PATHs, the files are processed now (nothing is stored); without, the store is read.

    \b
    Examples:
      dyads quotes article.md
      dyads quotes --speaker Putin --since 2019-09 --db news.duckdb
      dyads quotes --actor VEN --json
    """
    _show(
        paths, since, until, db_path, as_json,
        from_articles=lambda articles, window: q.article_quote_rows(articles, speaker, actor, window, limit),
        from_store=lambda con, window: q.quote_rows(con, speaker, actor, window, limit),
        printer=_print_quote,
        empty="no quotes found (try without --speaker/--actor, or check the dates)",
    )


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--kind", default=None,
              help="Only this kind: money, killed, wounded, arrested, displaced, protesters, troops, states, people, percent, count.")
@click.option("--actor", default=None, help="Only figures about this country (VEN) or code.")
@_listing_options("figures")
def figures(paths, kind, actor, since, until, limit, db_path, as_json) -> None:
    """Which numbers: money, casualties, crowds, troops and other counts, normalised.

    With PATHs, the files are processed now (nothing is stored); without, the store is read.
    Bounds: "more than $50 million" is >50m USD (low only); "tens of thousands" is 10k–100k.

    \b
    Examples:
      dyads figures article.md
      dyads figures --kind killed --since 2019 --db news.duckdb
      dyads figures --kind money --json
    """
    _show(
        paths, since, until, db_path, as_json,
        from_articles=lambda articles, window: q.article_figure_rows(articles, kind, actor, window, limit),
        from_store=lambda con, window: q.figure_rows(con, kind, actor, window, limit),
        printer=_print_figure,
        empty="no figures found (try without --kind/--actor, or check the dates)",
    )
