"""Verbs that turn files into records and look at them: code, ingest, articles, show, export, demo."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from ..export import FORMATS, export
from ..model import Article, Rejection, to_dict
from ..store import Store, has_table
from .main import cli, db_option, json_option, trust_option

__all__ = ["run_ingest", "sample_corpus"]

workers_option = click.option(
    "--workers", type=int, default=None, help="Processes to use (default: all cores, at most 8)."
)
actors_option = click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor knowledge-base file(s) (TSV, format in docs/actors.md). Repeatable.",
)
max_bytes_option = click.option(
    "--max-bytes",
    type=int,
    default=20_000_000,
    show_default=True,
    help="Reject input files larger than this.",
)


def _progress(total: int | None, label: str):
    """A progress bar on standard error, or None when it is not a terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rich.console import Console

    prog = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    prog.start()
    prog.add_task(label, total=total)
    return prog


def _split(items: Iterable[Article | Rejection], rejected: list[Rejection]) -> Iterator[Article]:
    """Pass articles on; report each rejection on one line as it happens and keep it."""
    for item in items:
        if isinstance(item, Rejection):
            click.echo(f"error: {item.message()}", err=True)
            rejected.append(item)
        else:
            yield item


def _event_line(e: dict[str, Any]) -> str:
    def who(actors: list[dict[str, Any]]) -> str:
        return "+".join(a.get("code") or a.get("country") or a["text"] for a in actors) or "-"

    flags = [f for f in ("negated", "future", "hypothetical") if e.get(f)]
    rep = f" (reported by {e['reported_by'].get('name') or e['reported_by']['text']})" if e.get("reported_by") else ""
    return (
        f"  {who(e['source']):<14} {e['type']:<10} {who(e['target']):<14} "
        f"cameo {e.get('cameo') or '-':<4} g {e.get('goldstein') if e.get('goldstein') is not None else '-':>5}  "
        f"{'trust ' + format(e['trust'], '.2f') + '  ' if e.get('trust') is not None else ''}"
        f"«{e['trigger']}»{(' [' + ','.join(flags) + ']') if flags else ''}{rep}"
    )


def _amount(f: dict[str, Any]) -> str:
    """A figure's normalised value as a reader says it: 52,000,000 or 100,000,000-1,000,000,000."""
    value, low, high = f.get("value"), f.get("low"), f.get("high")
    if value is not None and (low is None or low == value) and (high is None or high == value):
        return f"{value:,.15g}"
    if low is not None and high is not None:
        return f"{low:,.15g}-{high:,.15g}"
    if low is not None:
        return f"more than {low:,.15g}"
    if high is not None:
        return f"up to {high:,.15g}"
    return f"about {value:,.15g}" if value is not None else "?"


def _print_article(rec: dict[str, Any]) -> None:
    click.echo(click.style(rec.get("title") or "(untitled)", bold=True))
    meta = [rec.get("date"), rec.get("publisher"), ", ".join(rec.get("authors") or []), rec["id"]]
    click.echo("  " + " · ".join(m for m in meta if m))
    click.echo(
        f"  {len(rec['sentences'])} sentences, {len(rec['actors'])} actor mentions, "
        f"{len(rec['events'])} events, {len(rec.get('statements') or [])} statements, "
        f"{len(rec['quotes'])} quotes, {len(rec['figures'])} figures"
    )
    for kind in ("events", "statements"):
        if rec.get(kind):
            click.echo(f" {kind}:")
            for e in rec[kind]:
                click.echo(_event_line(e))
    if rec["quotes"]:
        click.echo(" quotes:")
        for q in rec["quotes"]:
            sp = q.get("speaker") or {}
            who = sp.get("name") or sp.get("text") or "?"
            text = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "..."
            click.echo(f"  {who}: {'“' + text + '”' if q['direct'] else text}")
    if rec["figures"]:
        click.echo(" figures:")
        for f in rec["figures"]:
            click.echo(f"  {f['kind']:<10} {_amount(f):<26} {f.get('unit') or '':<7} «{f['text']}»")
    if rec.get("tone"):
        t = rec["tone"]
        click.echo(f"  tone {t['polarity']:+.2f} (positive {t['positive']:.2f}%, negative {t['negative']:.2f}%)")
    click.echo()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@json_option
@workers_option
@actors_option
@max_bytes_option
def code(paths: tuple[str, ...], as_json: bool, workers: int | None, actor_files: tuple[str, ...], max_bytes: int) -> None:
    """Process files (or - for standard input) and print what was found; no database.

    PATHS are .txt, .md, .html, .jsonl files (or .gz of them) and directories.

    \b
    Examples:
      dyads code article.md
      dyads code news/ --json > records.jsonl
      cat sentences.jsonl | dyads code - --json
    """
    from .. import ingest, pipeline

    rejected: list[Rejection] = []
    articles = _split(ingest.read_inputs(paths, max_bytes=max_bytes), rejected)
    for article in pipeline.process_articles(articles, workers=workers, actor_files=actor_files):
        rec = to_dict(article)
        if as_json:
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            _print_article(rec)
    if rejected:
        sys.exit(1)


def run_ingest(
    paths: Iterable[str],
    store: Store,
    workers: int | None = None,
    batch_size: int = 64,
    actor_files: Iterable[str] = (),
    max_bytes: int = 20_000_000,
    progress: bool = True,
) -> dict[str, Any]:
    """Read, annotate and store; each batch commits atomically. Returns the run's summary."""
    from .. import ingest, pipeline

    t0 = time.perf_counter()
    rejected: list[Rejection] = []
    seen = skipped = stored = words = 0

    def fresh(items: Iterator[Article]) -> Iterator[Article]:
        nonlocal seen, skipped
        buf: list[Article] = []

        def flush() -> Iterator[Article]:
            nonlocal skipped
            known = store.known_ids(a.id for a in buf)
            for a in buf:
                if a.id in known:
                    skipped += 1
                else:
                    yield a
            buf.clear()

        for a in items:
            seen += 1
            buf.append(a)
            if len(buf) >= batch_size:
                yield from flush()
        yield from flush()

    bar = _progress(None, "ingesting") if progress else None
    articles = fresh(_split(ingest.read_inputs(paths, max_bytes=max_bytes), rejected))
    batch: list[Article] = []
    try:
        for article in pipeline.process_articles(articles, workers=workers, actor_files=actor_files):
            batch.append(article)
            words += article.tone.words if article.tone else len(article.text.split())
            if len(batch) >= batch_size:
                stored += store.add_articles(batch)
                batch.clear()
            if bar:
                bar.advance(bar.task_ids[0])
        stored += store.add_articles(batch)
    finally:
        if bar:
            bar.stop()
        store.add_rejections(rejected)
    seconds = time.perf_counter() - t0
    return {
        "read": seen,
        "stored": stored,
        "already_stored": skipped,
        "rejected": len(rejected),
        "seconds": round(seconds, 2),
        "articles_per_s": round(stored / seconds, 2) if seconds else None,
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "db": store.path,
    }


def _print_summary(summary: dict[str, Any]) -> None:
    click.echo(
        f"{summary['stored']} articles stored ({summary['already_stored']} already in the store), "
        f"{summary['rejected']} rejected, {summary['seconds']:.1f} s, "
        f"{summary['articles_per_s'] or 0:.2f} articles/s, {summary['words_per_s'] or 0:.0f} words/s "
        f"-> {summary['db']}"
    )


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@workers_option
@actors_option
@max_bytes_option
@click.option("--batch-size", type=int, default=64, show_default=True, help="Articles per committed batch.")
@json_option
def ingest_cmd(
    paths: tuple[str, ...], db_path: str, workers: int | None, actor_files: tuple[str, ...],
    max_bytes: int, batch_size: int, as_json: bool,
) -> None:
    """Process files into the store; re-running skips articles already stored.

    \b
    Examples:
      dyads ingest news/ --db news.duckdb
      dyads ingest feed.jsonl.gz --workers 2
    """
    with Store(db_path) as store:
        summary = run_ingest(paths, store, workers, batch_size, actor_files, max_bytes)
    if as_json:
        click.echo(json.dumps(summary))
    else:
        _print_summary(summary)
    if summary["rejected"]:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--search", default=None, help="Only titles containing this text.")
@json_option
def articles(db_path: str, limit: int, search: str | None, as_json: bool) -> None:
    """List stored articles, newest first, with their record counts.

    \b
    Example:
      dyads articles --search Venezuela
    """
    with Store(db_path, read_only=True) as store:
        rows = store.list_articles(limit=limit, search=search)
    if as_json:
        click.echo(json.dumps(rows, default=str, ensure_ascii=False))
        return
    for r in rows:
        click.echo(
            f"{r['id']}  {str(r['date'] or '-'):<10}  ev {r['events']:>3}  q {r['quotes']:>3}  "
            f"fig {r['figures']:>3}  {(r['title'] or '(untitled)')[:70]}"
        )


@cli.command()
@click.argument("article_id")
@db_option
@json_option
def show(article_id: str, db_path: str, as_json: bool) -> None:
    """Show one stored article (an id or unique id prefix) with its events, quotes and figures.

    \b
    Example:
      dyads show 3f2a9c
    """
    from ..errors import DyadsError

    with Store(db_path, read_only=True) as store:
        ids = store.find_article_ids(article_id)
        if len(ids) != 1:
            hint = "no article has that id" if not ids else f"ambiguous: {', '.join(ids)}"
            raise DyadsError(f"cannot show {article_id!r}: {hint} (list ids with 'dyads articles')")
        aid = ids[0]
        art = store.fetch("articles", "id = ?", [aid])[0]
        rec: dict[str, Any] = dict(art)
        rec["date"] = str(art["date"]) if art["date"] else None
        rec["metadata"] = json.loads(art["metadata"]) if isinstance(art["metadata"], str) else art["metadata"]
        rec["sentences"] = store.fetch("sentences", "article_id = ? ORDER BY idx", [aid])
        rec["actors"] = store.fetch("actors", "article_id = ? ORDER BY idx", [aid])
        for kind in ("events", "statements"):
            if not has_table(store.connect(), kind):  # a store from before statements were kept
                rec[kind] = []
                continue
            evs = store.fetch(kind, "article_id = ? ORDER BY sentence, start", [aid])
            for e in evs:
                for k in ("source", "target", "reported_by"):
                    if isinstance(e[k], str):
                        e[k] = json.loads(e[k])
                e["source"] = e["source"] or []
                e["target"] = e["target"] or []
            rec[kind] = evs
        qs = store.fetch("quotes", "article_id = ? ORDER BY start", [aid])
        for q in qs:
            q["speaker"] = json.loads(q["speaker"]) if isinstance(q["speaker"], str) else q["speaker"]
        rec["quotes"] = qs
        rec["figures"] = store.fetch("figures", "article_id = ? ORDER BY start", [aid])
        rec["tone"] = (
            {"polarity": art["tone"], "positive": art["tone_positive"], "negative": art["tone_negative"]}
            if art["tone"] is not None else None
        )
    if as_json:
        click.echo(json.dumps(rec, default=str, ensure_ascii=False))
        return
    _print_article(rec)
    text = rec["text"]
    if rec["events"] or rec["statements"]:
        click.echo(click.style("evidence:", bold=True))
        for e in rec["events"] + rec["statements"]:
            s = rec["sentences"][e["sentence"]] if 0 <= e["sentence"] < len(rec["sentences"]) else None
            sent = text[s["start"]:s["end"]] if s else ""
            click.echo(f"  [{e['start']}:{e['end']}] {e['type']}: {sent}")


@cli.command(name="export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--table", default="events", show_default=True,
              help="Table for jsonl/csv/parquet: articles, sentences, actors, events, statements, quotes, figures, rejected, event_dyads.")
@click.option("--statements/--no-statements", default=True, show_default=True,
              help="GDELT: include CAMEO 01 statements (\"expressed concern over\"). PLOVER never has them.")
@click.option("--out", "-o", default=None, help="Output file (default: standard output; required for parquet).")
@trust_option
@db_option
def export_cmd(fmt: str, table: str, statements: bool, out: str | None, min_trust: float | None, db_path: str) -> None:
    """Write stored records as PLOVER JSON Lines, GDELT 2.0 TSV, JSON Lines, CSV or Parquet.

    \b
    Examples:
      dyads export --format plover -o events.plover.jsonl
      dyads export --format gdelt -o events.tsv
      dyads export --format parquet --table quotes -o quotes.parquet
      dyads export --format csv --table event_dyads > dyads.csv
      dyads export --format plover --min-trust 0.6 -o surer.plover.jsonl
    """
    with Store(db_path, read_only=True) as store:
        n = export(store.connect(), fmt, out, table, statements=statements, min_trust=min_trust)
    if out and out != "-":
        click.echo(f"{n} rows written to {out}", err=True)


def sample_corpus() -> Path:
    """The sample articles shipped with dyads (our own writing, see its README)."""
    return Path(str(resources.files("dyads").joinpath("samples")))


@cli.command()
@db_option
@workers_option
def demo(db_path: str, workers: int | None) -> None:
    """Ingest the sample corpus shipped with dyads and print what it found.

    \b
    Example:
      dyads demo --db demo.duckdb
    """
    corpus = sample_corpus()
    click.echo(f"Ingesting the sample corpus {corpus} into {db_path} ...")
    with Store(db_path) as store:
        summary = run_ingest([str(corpus)], store, workers)
        _print_summary(summary)
        con = store.connect()
        click.echo()
        for table, n in store.counts().items():
            click.echo(f"  {table:<10} {n:>6}")
        click.echo(click.style("\nEvents by type:", bold=True))
        for typ, n in con.execute("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall():
            click.echo(f"  {typ:<10} {n:>4}")
        said = con.execute("SELECT cameo, count(*) FROM statements GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        if said:
            from ..triggers import cameo_info

            click.echo(click.style("\nStatements by CAMEO code (PLOVER has no type for them):", bold=True))
            for code, n in said:
                info = cameo_info(code)
                click.echo(f"  {code or '-':<5} {info.name if info else '':<36} {n:>4}")
        click.echo(click.style("\nMost frequent dyads (source -> target):", bold=True))
        rows = con.execute(
            "SELECT source_code, target_code, count(*) n, round(avg(goldstein), 2) FROM event_dyads "
            "GROUP BY ALL ORDER BY n DESC LIMIT 10"
        ).fetchall()
        for s, t, n, g in rows:
            click.echo(f"  {s or '?':<10} -> {t or '?':<10} {n:>3} events, mean Goldstein {g}")
        speakers = Counter(
            r[0] for r in con.execute("SELECT coalesce(speaker_name, speaker_text) FROM quotes").fetchall() if r[0]
        )
        if speakers:
            click.echo(click.style("\nMost quoted:", bold=True))
            for who, n in speakers.most_common(5):
                click.echo(f"  {who:<30} {n:>3}")
    click.echo(
        f"\nNext: dyads articles --db {db_path}   |   dyads events --db {db_path}   |   dyads show ID --db {db_path}"
        f"\n      dyads blocs --sectors --db {db_path}   |   dyads export --format plover -o events.jsonl --db {db_path}"
    )
    if summary["rejected"]:
        sys.exit(1)
