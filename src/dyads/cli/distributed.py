"""Verbs for work beyond one machine: `dyads cluster` runs on Dask, `dyads load` stores the result."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import DyadsError
from ..model import Rejection, article_from_dict
from ..store import Store
from .main import cli, db_option, json_option


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the JSON Lines parts (shared by all workers).")
@click.option("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
@click.option("--workers", type=int, default=None, help="Worker processes of the local cluster.")
@click.option("--files-per-task", type=int, default=20, show_default=True)
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor knowledge-base file(s); must be readable by every worker.")
@json_option
def cluster(paths, out_dir, scheduler, workers, files_per_task, actor_files, as_json) -> None:
    """Annotate files on a Dask cluster; write JSON Lines parts to load with `dyads load`.

    Needs the extra: pip install 'dyads[distributed]'.

    \b
    Examples:
      dyads cluster news/ --out parts/                         # local cluster
      dyads cluster /shared/news --out /shared/parts --scheduler tcp://head:8786
      dyads load parts/ --db news.duckdb
    """
    from ..distributed import run_on_dask

    summary = run_on_dask(paths, out_dir, scheduler, workers, files_per_task, actor_files)
    click.echo(json.dumps(summary) if as_json else
               f"{summary['articles']} articles annotated from {summary['files']} files in "
               f"{summary['tasks']} tasks, {summary['rejected']} rejected -> {out_dir}")
    if summary["rejected"]:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--batch-size", type=int, default=500, show_default=True)
def load(paths, db_path, batch_size) -> None:
    """Store annotated articles (JSON Lines from `dyads code --json` or `dyads cluster`).

    Files named rejected-*.jsonl are recorded as rejected inputs.

    \b
    Example:
      dyads code news/ --json > records.jsonl && dyads load records.jsonl --db news.duckdb
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.exists():
            files.append(p)
        else:
            raise DyadsError(f"cannot read {str(p)!r}: no such file or directory")
    stored = rejected = bad = 0
    with Store(db_path) as store:
        for f in files:
            batch = []
            with f.open(encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                        if f.name.startswith("rejected-"):
                            store.add_rejections([Rejection(**rec)])
                            rejected += 1
                            continue
                        batch.append(article_from_dict(rec))
                    except (ValueError, TypeError, KeyError) as exc:
                        click.echo(f"error: cannot read {str(f)!r} line {lineno}: not an annotated "
                                   f"article ({exc}); expected `dyads code --json` output", err=True)
                        store.add_rejections([Rejection(str(f), "not an annotated article", lineno)])
                        bad += 1
                        continue
                    if len(batch) >= batch_size:
                        stored += store.add_articles(batch)
                        batch = []
            stored += store.add_articles(batch)
    click.echo(f"{stored} articles stored, {rejected} rejected inputs recorded, {bad} bad lines -> {db_path}")
    if bad:
        sys.exit(1)
