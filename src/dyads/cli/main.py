"""The root command group and the glue every verb shares: options, errors, exit codes.

Exit codes: 0 done, 1 some inputs rejected, 2 usage or input error.
"""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import DyadsError

DEFAULT_DB = "dyads.duckdb"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="DuckDB store file.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
trust_option = click.option(
    "--min-trust", type=click.FloatRange(0, 1), default=None,
    help="Only events at least this likely to be right (0-1; see docs/events.md, step 13); "
         "statements carry no trust and are left out.",
)


class DyadsGroup(click.Group):
    """Turns library errors into one actionable line and exit code 2."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except DyadsError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=DyadsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyads")
def cli() -> None:
    """Political event data from news: actors, events, quotes, figures, tone, and the system view.

    \b
    Quick start:
      dyads code article.md --json      # process files, print records (no database)
      dyads ingest news/ --db my.duckdb # process into the store
      dyads events --actor RUS          # query the store
    """


def _register() -> None:
    # Each area module adds its verbs to `cli` on import.
    import importlib

    for name in ("records", "actors", "events", "quotes", "evaluate", "analysis", "distributed"):
        try:
            importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise


_register()


def main() -> None:
    cli(prog_name="dyads")
