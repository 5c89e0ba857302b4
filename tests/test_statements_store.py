"""CAMEO 01 statements are kept apart from events: their own table, GDELT rows, no PLOVER record."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from dyads.cli.main import cli
from dyads.errors import DyadsError
from dyads.export import GDELT_COLUMNS, export
from dyads.model import STATEMENT_TYPE, Actor, Article, Event, Sentence, article_from_dict, article_id, to_dict
from dyads.queries import query_events
from dyads.store import Store

TEXT = "Chile expressed condolences to Peru. Chile sent troops to Bolivia."


def _article() -> Article:
    a = Article(id=article_id(TEXT), text=TEXT, title="Neighbours", date="2021-03-04", url="http://example.org/n")
    a.sentences = [Sentence(0, 36), Sentence(37, len(TEXT))]
    chile = Actor(0, 5, "Chile", "CHL", "GOV", "CHLGOV", sentence=0)
    peru = Actor(31, 35, "Peru", "PER", None, "PER", sentence=0)
    chile2 = Actor(37, 42, "Chile", "CHL", "GOV", "CHLGOV", sentence=1)
    bolivia = Actor(58, 65, "Bolivia", "BOL", None, "BOL", sentence=1)
    a.actors = [chile, peru, chile2, bolivia]
    a.events = [Event(43, 47, "sent", "MOBILIZE", 1, [chile2], [bolivia], cameo="154", quad_class=4,
                      goldstein=-7.2, id=f"{a.id}-e0")]
    a.statements = [Event(6, 15, "expressed", STATEMENT_TYPE, 0, [chile], [peru], cameo="018", quad_class=1,
                          goldstein=3.4, id=f"{a.id}-s0")]
    return a


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add_articles([_article()])
    return path


def test_statements_have_their_own_table(db):
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["events"] == 1 and counts["statements"] == 1
        row = store.fetch("statements")[0]
        assert row["type"] == STATEMENT_TYPE and row["cameo"] == "018"
        assert row["source_codes"] == ["CHLGOV"] and row["target_countries"] == ["PER"]
        assert TEXT[row["start"]:row["end"]] == "expressed"
        # statements never become dyads of the event view
        assert all(d["cameo"] != "018" for d in store.fetch("event_dyads"))


def test_gdelt_has_statements_unless_asked_not_to_and_plover_never(db, tmp_path):
    def gdelt(**kw) -> list[dict[str, str]]:
        out = tmp_path / "g.tsv"
        with Store(db, read_only=True) as store:
            export(store.connect(), "gdelt", str(out), **kw)
        return list(csv.DictReader(io.StringIO(out.read_text()), delimiter="\t"))

    rows = gdelt()
    assert list(rows[0]) == list(GDELT_COLUMNS)
    assert sorted(r["EventRootCode"] for r in rows) == ["01", "15"]
    said = next(r for r in rows if r["EventRootCode"] == "01")
    assert (said["Actor1Code"], said["Actor2CountryCode"], said["QuadClass"]) == ("CHLGOV", "PER", "1")
    assert [r["EventRootCode"] for r in gdelt(statements=False)] == ["15"]
    plover = tmp_path / "p.jsonl"
    with Store(db, read_only=True) as store:
        assert export(store.connect(), "plover", str(plover)) == 1
    assert [json.loads(line)["event"] for line in plover.read_text().splitlines()] == ["MOBILIZE"]


def test_query_statements_by_cameo_and_actor(db):
    with Store(db, read_only=True) as store:
        con = store.connect()
        rows = query_events(con, statements=True, cameo="018", actor="CHL")
        assert [r["trigger"] for r in rows] == ["expressed"]
        assert query_events(con, statements=True, cameo="012") == []
        assert [r["type"] for r in query_events(con, cameo="15")] == ["MOBILIZE"]
        with pytest.raises(DyadsError, match="no PLOVER type"):
            query_events(con, statements=True, type="SUPPORT")
        with pytest.raises(DyadsError, match="CAMEO code"):
            query_events(con, cameo="assault")


def test_cli_lists_and_shows_statements(db):
    runner = CliRunner()
    listed = runner.invoke(cli, ["events", "--statements", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    assert [r["cameo"] for r in json.loads(listed.output)] == ["018"]
    shown = runner.invoke(cli, ["show", _article().id[:8], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "1 events, 1 statements" in shown.output and "STATEMENT" in shown.output


def test_json_round_trip_keeps_statements():
    a = _article()
    back = article_from_dict(json.loads(json.dumps(to_dict(a))))
    assert back.statements == a.statements and back.events == a.events


def test_store_from_before_statements_still_reads(db, tmp_path):
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE statements")
    con.close()
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", _article().id[:8], "--db", str(db)])
    assert shown.exit_code == 0 and "0 statements" in shown.output
    listed = runner.invoke(cli, ["events", "--statements", "--db", str(db)])
    assert listed.exit_code != 0 and "dyads ingest" in listed.output
    out = tmp_path / "g.tsv"
    with Store(db, read_only=True) as store:
        assert export(store.connect(), "gdelt", str(out)) == 1
