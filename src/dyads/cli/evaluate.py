"""``dyads eval``: score the full pipeline against gold files."""

from __future__ import annotations

from typing import Any

import click

from .. import evaluate as ev
from ..classify import PENTACLASS_NAMES
from .main import cli, json_option

__all__ = ["eval_command"]

_FILE = click.Path(exists=True, dir_okay=False)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _prf_line(name: str, m: dict[str, Any]) -> str:
    return f"  {name:<28} P {_pct(m['precision'])}  R {_pct(m['recall'])}  F1 {_pct(m['f1'])}"


def _print_pentaclass(r: dict[str, Any]) -> None:
    click.echo(f"PentaClass  {r['file']}  ({r['n']} sentences)")
    click.echo(f"  macro-F1 {_pct(r['macro_f1'])}   accuracy {_pct(r['accuracy'])}")
    for c, name in enumerate(PENTACLASS_NAMES):
        pc = r["per_class"][c]
        click.echo(_prf_line(f"{c} {name}", pc) + f"  n={pc['support']}")
    click.echo("  confusion (rows gold, columns predicted 0-4):")
    for c, row in enumerate(r["confusion"]):
        click.echo(f"    {c} " + " ".join(f"{v:5d}" for v in row))


def _print_plover(r: dict[str, Any]) -> None:
    click.echo(f"PLOVER  {r['file']}  ({r['n']} sentences)")
    click.echo(f"  event-type accuracy {_pct(r['event_type_accuracy'])}   "
               f"sentences with an event {_pct(r['sentences_with_event'])}")
    click.echo(_prf_line("source/type/target (main)", r["triples"]))
    click.echo(_prf_line("source/type/target (all)", r["triples_all"]))
    click.echo("  accuracy by gold type: " + ", ".join(
        f"{t} {_pct(v['accuracy']).strip()} ({v['n']})" for t, v in r["per_type_accuracy"].items()))


def _print_spans(r: dict[str, Any]) -> None:
    click.echo(f"Participant spans  {r['file']}  ({r['n']} sentences, {r['gold_spans']} gold, "
               f"{r['predicted_spans']} predicted)")
    for key, label in (("exact", "exact span + role"), ("head", "head match + role"),
                       ("exact_untyped", "exact span, any role"), ("head_untyped", "head match, any role")):
        click.echo(_prf_line(label, r[key]))
    click.echo("  F1 by role (exact / head): " + ", ".join(
        f"{role} {_pct(v['exact']).strip()} / {_pct(v['head']).strip()} (n={v['gold']})"
        for role, v in r["per_role"].items()))


@cli.command("eval")
@click.option("--plover", "plover", type=_FILE, help="PLOVER gold JSONL (text, event, source, target).")
@click.option("--pentaclass", "pentaclass", type=_FILE, help="TSV 'sentence<TAB>label' with PentaClass 0-4.")
@click.option("--actor-spans", "actor_spans", type=_FILE, help="CoNLL 'token TAG' file with S/T/R spans.")
@click.option("--cv", "cv", type=click.IntRange(min=2), default=None,
              help="Retrain the sentence classifier (and, with --actor-spans, the argument tagger) "
                   "on K-1 folds and score the held-out fold.")
@click.option("--train", "train", type=_FILE, default=None,
              help="Training TSV for --cv (default: the --pentaclass file itself).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N gold items.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the --cv fold split.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for the pipeline (default: DYADS_WORKERS or all cores).")
@click.option("--no-veto", "no_veto", is_flag=True,
              help="The sentence classifier may choose each sentence's main event but not drop the "
                   "rules' events: for gold sets where every sentence holds an event (S/T/R, PLOVER). "
                   "Not how `dyads code` runs; report it beside the default figure, not instead.")
@json_option
def eval_command(
    plover: str | None,
    pentaclass: str | None,
    actor_spans: str | None,
    cv: int | None,
    train: str | None,
    limit: int | None,
    seed: int,
    workers: int | None,
    no_veto: bool,
    as_json: bool,
) -> None:
    """Score the full pipeline (actors + events) against gold files.

    Each gold sentence is coded as its own article; its main event is the one with the
    highest confidence. See `dyads.evaluate` for the exact definition of every figure.
    Without --cv, figures on the classifier's (or the argument tagger's) own training sentences
    are flagged.

    \b
    Examples:
      dyads eval --plover gold/plover_gsr.jsonl
      dyads eval --pentaclass gold/cameo_quad_train.tsv --cv 5
      dyads eval --actor-spans gold/cameo_actors_train.txt --limit 200 --json
      dyads eval --actor-spans gold/cameo_actors_train.txt --no-veto
    """
    if not (plover or pentaclass or actor_spans):
        raise click.UsageError("give at least one gold file: --plover, --pentaclass or --actor-spans")
    train_path = (train or pentaclass) if cv else None
    if cv and not train_path:
        raise click.UsageError("--cv needs training sentences: add --train FILE (or use it with --pentaclass)")
    common = {"limit": limit, "cv": cv, "train_path": train_path, "seed": seed, "workers": workers,
              "veto": not no_veto}
    results: dict[str, Any] = {}
    if pentaclass:
        results["pentaclass"] = ev.eval_pentaclass(pentaclass, **common)
    if plover:
        results["plover"] = ev.eval_plover(plover, **common)
    if actor_spans:
        results["actor_spans"] = ev.eval_actor_spans(actor_spans, **common)
    for r in results.values():
        for warning in r.get("warnings", []):
            click.secho(f"warning: {warning}", fg="yellow", err=True)
    if as_json:
        click.echo(ev.dump(results))
        return
    printers = {"pentaclass": _print_pentaclass, "plover": _print_plover, "actor_spans": _print_spans}
    for i, (name, r) in enumerate(results.items()):
        if i:
            click.echo()
        printers[name](r)
        if r.get("cv"):
            c = r["cv"]
            click.echo(f"  ({c['folds']}-fold cross-validation, seed {c['seed']}: the sentence classifier was "
                       f"retrained without each held-out fold, {c['training_sentences']} training sentences)")
        if r.get("no_veto"):
            click.echo(f"  (--no-veto: {r['no_veto']}; `dyads code` lets it drop them)")
