"""The store keeps whole batches, never duplicates, and round-trips every record."""

from __future__ import annotations

import json

import pytest

from dyads.export import GDELT_COLUMNS, export
from dyads.model import Actor, Article, Event, Figure, Quote, Rejection, Sentence, Tone, article_id
from dyads.store import Store


def _article(text: str = "Russia supports Venezuela. The U.S. imposed sanctions on Caracas.") -> Article:
    a = Article(id=article_id(text), text=text, title="T", date="2019-09-27", publisher="P", url="http://x")
    a.sentences = [Sentence(0, 26, Tone(1.0, 0.0, 1.0, 3)), Sentence(27, len(text), Tone())]
    rus = Actor(0, 6, "Russia", "RUS", "GOV", "RUSGOV", sentence=0)
    ven = Actor(16, 25, "Venezuela", "VEN", "GOV", "VENGOV", sentence=0)
    usa = Actor(31, 35, "U.S.", "USA", "GOV", "USAGOV", sentence=1)
    chn = Actor(0, 6, "Russia", "CHN", None, "CHN", sentence=0)
    a.actors = [rus, ven, usa]
    a.events = [
        Event(7, 15, "supports", "SUPPORT", 0, [rus, chn], [ven], cameo="051", quad_class=1,
              goldstein=3.4, plover_score=5.0, date="2019-09-25", id=f"{a.id}-e0"),
        Event(44, 51, "imposed", "SANCTION", 1, [usa], [], cameo="163", quad_class=4, id=f"{a.id}-e1"),
    ]
    a.quotes = [Quote(0, 26, text[:26], 0, "said", rus, False, id=f"{a.id}-q0")]
    a.figures = [Figure(0, 6, "Russia", "count", 0, value=1.0, event=f"{a.id}-e0", id=f"{a.id}-f0")]
    a.tone = Tone(2.0, 1.0, 1.0, 10)
    return a


def test_round_trip_and_no_duplicates(tmp_path):
    db = tmp_path / "t.duckdb"
    a = _article()
    with Store(db) as store:
        assert store.add_articles([a]) == 1
        assert store.add_articles([a, a]) == 0  # same article again: stored once
        counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 2 and counts["actors"] == 3
    with Store(db, read_only=True) as store:
        ev = store.fetch("events", "type = 'SUPPORT'")[0]
        assert ev["source_codes"] == ["RUSGOV", "CHN"]
        assert str(ev["date"]) == "2019-09-25"
        art = store.fetch("articles")[0]
        assert art["text"][ev["start"]:ev["end"]] == "supports"
        dyads = store.fetch("event_dyads", "event_id = ?", [ev["id"]])
        assert {(d["source_code"], d["target_code"]) for d in dyads} == {("RUSGOV", "VENGOV"), ("CHN", "VENGOV")}
        # an event with no target gives no dyad
        assert store.fetch("event_dyads", "type = 'SANCTION'") == []


def test_failed_batch_leaves_nothing(tmp_path, monkeypatch):
    store = Store(tmp_path / "t.duckdb")
    a = _article()
    a.figures[0].value = "not a number"  # type: ignore[assignment]
    with pytest.raises(Exception):
        store.add_articles([a])
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    a.figures[0].value = 1.0
    assert store.add_articles([a]) == 1


def test_rejections_are_recorded(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.add_rejections([Rejection("x.jsonl", "not JSON", 12)])
        rows = store.fetch("rejected")
    assert rows[0]["source"] == "x.jsonl" and rows[0]["line"] == 12


def test_read_only_store_must_exist(tmp_path):
    from dyads.errors import StoreError

    with pytest.raises(StoreError, match="dyads ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True).connect()


def test_exports(tmp_path, capsys):
    with Store(tmp_path / "t.duckdb") as store:
        store.add_articles([_article()])
        con = store.connect()
        out = tmp_path / "p.jsonl"
        assert export(con, "plover", str(out)) == 2
        recs = [json.loads(line) for line in out.read_text().splitlines()]
        sup = next(r for r in recs if r["event"] == "SUPPORT")
        assert [x["code"] for x in sup["actor"]] == ["RUS", "CHN"]
        assert sup["recipient"][0]["identifier_id"] == "VENGOV"
        assert sup["text"] == "Russia supports Venezuela."
        assert sup["cite_info"]["url"] == "http://x"
        gd = tmp_path / "g.tsv"
        export(con, "gdelt", str(gd))
        lines = gd.read_text().splitlines()
        assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
        rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines[1:]]
        assert {r["Actor1Code"] for r in rows if r["EventRootCode"] == "05"} == {"RUSGOV", "CHN"}
        assert all(r["SQLDATE"] == "20190925" for r in rows if r["EventRootCode"] == "05")
        pq = tmp_path / "q.parquet"
        assert export(con, "parquet", str(pq), table="quotes") == 1
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(pq)]).fetchone()[0] == 1
        cs = tmp_path / "a.csv"
        export(con, "csv", str(cs), table="actors")
        assert cs.read_text().splitlines()[0].startswith("article_id,idx")
