"""Dyads over time, actor and window parsing, and the system-view CLI verbs."""

from __future__ import annotations

import csv
import datetime as dt
import json

import duckdb
import pytest
from click.testing import CliRunner

from dyads.analysis import dyad_series, parse_actor, parse_window
from dyads.analysis.synthetic import event, insert_events, open_memory_store, seed_events
from dyads.cli.main import cli
from dyads.errors import DyadsError


ROWS = [
    event("USAGOV", "VENOPP", "SUPPORT", "2019-01-05", id="e1"),
    event("USAGOV", "VENOPP", "AID", "2019-01-20", id="e2"),
    event("USAGOV", "VENGOV", "SANCTION", "2019-03-05", id="e3"),
    event("VENGOV", "USAGOV", "ACCUSE", "2019-03-07", id="e4"),
    event("VENGOV", "USAGOV", "ACCUSE", "2019-03-08", id="e5", negated=True),
    event("RUSGOV", "VENGOV", "SUPPORT", "2019-03-09", id="e6"),
]


@pytest.fixture()
def con():
    c = open_memory_store()
    insert_events(c, ROWS)
    return c


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "store.duckdb"
    c = duckdb.connect(str(path))
    c.close()
    from dyads.store import Store

    store = Store(path)
    con = store.connect()
    insert_events(con, ROWS + seed_events())
    store.close()
    return path


def test_parse_actor_forms():
    assert parse_actor("usa").code == "USA" and parse_actor("usa").sector is None
    assert parse_actor("VEN:OPP") == parse_actor("VENOPP")
    assert parse_actor("VEN:OPP").country == "VEN" and parse_actor("VENOPP").sector == "OPP"
    with pytest.raises(DyadsError, match="3-letter country code"):
        parse_actor("Venezuela!")


def test_parse_window_forms():
    w = parse_window("2019", "2019-02")
    assert w.since == dt.date(2019, 1, 1) and w.until == dt.date(2019, 2, 28)
    assert parse_window(None, "2019").until == dt.date(2019, 12, 31)
    with pytest.raises(DyadsError, match="swap them"):
        parse_window("2020", "2019")
    with pytest.raises(DyadsError, match="expected a date"):
        parse_window("last week")


def test_monthly_series_both_directions(con):
    s = dyad_series(con, "USA", "VEN", by="month")
    assert [p.period for p in s.points] == [dt.date(2019, 1, 1), dt.date(2019, 2, 1), dt.date(2019, 3, 1)]
    jan, feb, mar = s.points
    assert (jan.events, jan.quad1, jan.quad2, jan.forward, jan.backward) == (2, 1, 1, 2, 0)
    assert jan.goldstein_sum == pytest.approx(3.5 + 7.0) and jan.goldstein_mean == pytest.approx(5.25)
    assert feb.events == 0 and feb.goldstein_mean is None  # gap filled
    # the negated accusation does not count; one each way
    assert (mar.events, mar.forward, mar.backward, mar.quad3, mar.quad4) == (2, 1, 1, 1, 1)
    assert mar.types == {"SANCTION": 1, "ACCUSE": 1}
    assert s.total == 4 and s.types[0] in {"ACCUSE", "AID", "SANCTION", "SUPPORT"}


def test_directed_sector_and_uncertain(con):
    assert dyad_series(con, "USA", "VEN", directed=True).total == 3
    assert dyad_series(con, "VEN", "USA", directed=True, include_uncertain=True).total == 2
    opp = dyad_series(con, "USA", "VEN:OPP", by="year")
    assert [(p.period.year, p.events) for p in opp.points] == [(2019, 2)]
    assert dyad_series(con, "USA", "RUS").points == []


def test_window_fills_every_period(con):
    s = dyad_series(con, "USA", "VEN", by="quarter", since="2019", until="2019")
    assert [p.events for p in s.points] == [4, 0, 0, 0]
    weeks = dyad_series(con, "USA", "VEN", by="week", since="2019-03-01", until="2019-03-31")
    assert weeks.points[0].period == dt.date(2019, 2, 25)  # ISO weeks start on Monday
    assert sum(p.events for p in weeks.points) == 2
    with pytest.raises(DyadsError, match="choose one of"):
        dyad_series(con, "USA", "VEN", by="fortnight")


def test_rows_have_a_column_per_type(con):
    rows = dyad_series(con, "USA", "VEN").rows()
    assert rows[0]["period"] == "2019-01-01" and rows[0]["SUPPORT"] == 1 and rows[0]["SANCTION"] == 0


def test_cli_dyad_table_csv_chart_json(db, tmp_path):
    runner = CliRunner()
    out_csv, out_png = tmp_path / "d.csv", tmp_path / "d.png"
    res = runner.invoke(cli, ["dyad", "USA", "VEN", "--db", str(db), "--csv", str(out_csv), "--chart", str(out_png)])
    assert res.exit_code == 0, res.output
    assert "USA <-> VEN" in res.output and "2019-03-01" in res.output
    with out_csv.open() as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["period"] == "2019-01-01" and rows[0]["events"] == "2"
    assert out_png.read_bytes()[:4] == b"\x89PNG"
    res = runner.invoke(cli, ["dyad", "usa", "ven:opp", "--by", "year", "--json", "--db", str(db)])
    data = json.loads(res.output)
    assert data["b"] == "VENOPP" and data["events"] == 4
    res = runner.invoke(cli, ["dyad", "USA", "VEN", "--chart", str(tmp_path / "d.gif"), "--db", str(db)])
    assert res.exit_code == 2 and ".png, .svg or .pdf" in res.output


def test_cli_blocs_seed_case(db, tmp_path):
    runner = CliRunner()
    chart = tmp_path / "blocs.svg"
    res = runner.invoke(cli, ["blocs", "--since", "2019-09", "--until", "2019-09", "--sectors", "--db", str(db),
                              "--chart", str(chart)])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.output.splitlines() if line.startswith("bloc ")]
    assert len(lines) == 2
    us = next(line for line in lines if "USAGOV" in line)
    ru = next(line for line in lines if "RUSGOV" in line)
    assert "VENOPP" in us and "VENGOV" not in us
    assert "VENGOV" in ru and "CHNGOV" in ru
    assert "effective poles" in res.output
    assert chart.read_text().lstrip().startswith("<?xml")
    data = json.loads(runner.invoke(cli, ["blocs", "--sectors", "--json", "--db", str(db)]).output)
    assert data["polarity"]["blocs"] >= 2


def test_cli_missing_store_names_the_fix(tmp_path):
    res = CliRunner().invoke(cli, ["dyad", "USA", "VEN", "--db", str(tmp_path / "nope.duckdb")])
    assert res.exit_code == 2 and "dyads ingest" in res.output


def test_cli_help_has_examples():
    runner = CliRunner()
    for verb in ("dyad", "blocs", "merge"):
        res = runner.invoke(cli, [verb, "--help"])
        assert res.exit_code == 0 and "Example:" in res.output and f"dyads {verb}" in res.output


@pytest.mark.model
def test_seed_article_through_the_pipeline_shows_the_venezuelan_sides(seed_path, tmp_path):
    """The user's example, ingested for real: the US with the opposition, Russia and China
    with the government."""
    db = tmp_path / "seed.duckdb"
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(seed_path), "--db", str(db), "--workers", "1"])
    assert res.exit_code == 0, res.output
    from dyads.analysis import connect, find_blocs

    con = connect(db)
    if con.execute("SELECT count(*) FROM events WHERE len(target_countries) > 0").fetchone()[0] == 0:
        pytest.skip("the events stage found no dyadic events yet")
    report = find_blocs(con, sectors=True)
    assert report.bloc_of("USAGOV") == report.bloc_of("VENOPP")
    assert report.bloc_of("RUSGOV") == report.bloc_of("VENGOV")
    assert report.bloc_of("USAGOV") != report.bloc_of("RUSGOV")
    con.close()
    res = runner.invoke(cli, ["dyad", "USA", "VEN", "--db", str(db)])
    assert res.exit_code == 0 and "USA <-> VEN" in res.output
    res = runner.invoke(cli, ["merge", "--db", str(db)])
    assert res.exit_code == 0 and "merged" in res.output
