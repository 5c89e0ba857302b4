"""The ``dyads actors`` verb: resolved actor mentions per article, and unresolved names to curate."""

from __future__ import annotations

import json
from collections.abc import Iterable

import click

from ..model import Actor, Article, Rejection, to_dict
from .main import cli, db_option, json_option

__all__ = ["actors", "unresolved_names"]


def _line(a: Actor) -> str:
    code = a.code or (f"?{a.sector}" if a.sector else "?")
    extra = ", ".join(x for x in (a.name if a.name and a.name != a.text else None, a.role) if x)
    extra = f"  ({extra})" if extra else ""
    return f"  {a.start:>6}-{a.end:<6} {code:<9} {a.kind:<12} {a.text}{extra}"


def annotate_actors(items: Iterable[Article | Rejection], actor_files: list[str]):
    """Parse each article and find its actors (the pipeline up to the actors stage)."""
    from ..actors import find_actors
    from ..kb import load_kb
    from ..nlp import load_nlp

    kb = load_kb(actor_files or None)
    nlp = load_nlp()
    for item in items:
        if isinstance(item, Rejection):
            yield item, []
            continue
        yield item, find_actors(nlp(item.text), item, kb)


def unresolved_names(db_path: str, limit: int = 50) -> list[dict]:
    """The most frequent person and organisation names whose country is unknown."""
    from ..store import Store

    con = Store(db_path, read_only=True).connect()
    rows = con.execute(
        """
        SELECT coalesce(name, text) AS name, kind, count(*) AS mentions,
               count(DISTINCT article_id) AS articles
        FROM actors
        WHERE country IS NULL AND kind IN ('person', 'organisation')
        GROUP BY 1, 2 ORDER BY mentions DESC, name LIMIT ?
        """,
        [limit],
    ).fetchall()
    return [dict(zip(("name", "kind", "mentions", "articles"), r)) for r in rows]


@cli.command()
@click.argument("paths", nargs=-1)
@json_option
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor knowledge-base file(s) in the actors.tsv format. Repeatable.")
@click.option("--unresolved", is_flag=True,
              help="List the most frequent person/organisation names in the store with no country.")
@db_option
@click.option("--limit", type=int, default=50, show_default=True, help="Rows for --unresolved.")
def actors(paths: tuple[str, ...], as_json: bool, actor_files: tuple[str, ...], unresolved: bool,
           db_path: str, limit: int) -> None:
    """Print the actor mentions of each article: country+sector code, kind, text, name, role.

    \b
    Examples:
      dyads actors article.md
      dyads actors news/ --json --actors my_actors.tsv
      dyads actors --unresolved --db my.duckdb --limit 30   # names to add to your KB

    The knowledge-base format (tab-separated, header line first):
      name  aliases(|)  country  sector  role  start  end  notes  [gender m|f]
    """
    if unresolved:
        rows = unresolved_names(db_path, limit)
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            click.echo("every person and organisation in the store has a country")
        for r in rows:
            click.echo(f"{r['mentions']:>6} {r['articles']:>5}  {r['kind']:<12} {r['name']}")
        return
    if not paths:
        raise click.UsageError("give one or more files or folders (or --unresolved)")
    from ..ingest import read_inputs

    rejected = 0
    for item, found in annotate_actors(read_inputs(list(paths)), list(actor_files)):
        if isinstance(item, Rejection):
            click.echo(f"error: {item.message()}", err=True)
            rejected += 1
            continue
        if as_json:
            click.echo(json.dumps({"article_id": item.id, "source": item.source_path,
                                   "actors": [to_dict(a) for a in found]}, ensure_ascii=False))
            continue
        click.echo(f"{item.source_path or item.id}: {len(found)} actor mentions")
        for a in found:
            click.echo(_line(a))
    if rejected:
        raise SystemExit(1)
