"""What a user does: the `dyads` command on real files, end to end."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.cli.main import cli
from dyads.cli.records import sample_corpus

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The sample corpus ingested once (in-process, one worker) for the store verbs."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = run("demo", "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.output
    return db


def test_every_verb_has_help_with_an_example():
    for name, command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "Usage:" in result.output
        assert "dyads " in (command.help or ""), f"'dyads {name} --help' shows no example"


def test_every_verb_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"dyads {name}" not in readme]
    assert not missing, f"README does not show: {missing}"


def test_sample_corpus_ships_with_the_package():
    files = sorted(p.name for p in sample_corpus().iterdir())
    assert any(f.endswith(".md") for f in files)
    assert any(f.endswith(".html") for f in files)
    assert any(f.endswith(".jsonl") for f in files)


def test_demo_stores_the_samples(demo_db):
    result = run("articles", "--db", str(demo_db), "--json")
    rows = json.loads(result.output)
    assert len(rows) >= 8
    assert all(r["title"] for r in rows)
    assert sum(r["events"] for r in rows) >= 20
    assert sum(r["quotes"] for r in rows) >= 10


def test_demo_twice_stores_nothing_new(demo_db):
    result = run("ingest", str(sample_corpus()), "--db", str(demo_db), "--workers", "1", "--json")
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["stored"] == 0 and summary["already_stored"] >= 8


def test_show_gives_evidence_offsets(demo_db):
    rows = json.loads(run("articles", "--db", str(demo_db), "--json").output)
    rec = json.loads(run("show", rows[0]["id"][:8], "--db", str(demo_db), "--json").output)
    text = rec["text"]
    for e in rec["events"]:
        assert text[e["start"]:e["end"]] == e["trigger"]
    for q in rec["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    human = run("show", rows[0]["id"], "--db", str(demo_db))
    assert rows[0]["title"] in human.output


def test_show_unknown_id_is_a_usage_error(demo_db):
    result = run("show", "zzzz", "--db", str(demo_db))
    assert result.exit_code == 2
    assert "dyads articles" in result.output


def test_exports_from_the_demo(demo_db, tmp_path):
    out = tmp_path / "ev.plover.jsonl"
    assert run("export", "--format", "plover", "-o", str(out), "--db", str(demo_db)).exit_code == 0
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert recs and all(r["event"] and r["id"] and "text_info" in r for r in recs)
    gd = tmp_path / "ev.tsv"
    run("export", "--format", "gdelt", "-o", str(gd), "--db", str(demo_db))
    assert all(len(line.split("\t")) == 61 for line in gd.read_text().splitlines())
    pq = tmp_path / "ev.parquet"
    assert run("export", "--format", "parquet", "-o", str(pq), "--db", str(demo_db)).exit_code == 0
    assert pq.stat().st_size > 0
    csv_out = run("export", "--format", "csv", "--table", "quotes", "--db", str(demo_db)).output
    assert csv_out.splitlines()[0].startswith("id,article_id")


def test_code_json_offsets_hold_for_every_record():
    result = run("code", str(sample_corpus()), "--json", "--workers", "1")
    assert result.exit_code == 0
    recs = [json.loads(line) for line in result.output.splitlines()]
    assert len(recs) >= 8
    for rec in recs:
        text = rec["text"]
        for key in ("id", "title", "authors", "date", "publisher", "sentences", "actors", "events", "quotes", "figures"):
            assert key in rec
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"])
        for s in rec["sentences"]:
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]
        for a in rec["actors"]:
            assert text[a["start"]:a["end"]] == a["text"]
        for f in rec["figures"]:
            assert text[f["start"]:f["end"]] == f["text"]
        for e in rec["events"]:
            assert text[e["start"]:e["end"]] == e["trigger"]
            for a in e["source"] + e["target"]:
                assert text[a["start"]:a["end"]] == a["text"]


def test_code_reads_stdin_jsonl():
    lines = "\n".join(
        json.dumps({"id": f"s{i}", "text": t})
        for i, t in enumerate(["Russia and China signed a trade agreement on Monday.",
                               "Protesters clashed with police in Caracas."])
    )
    result = run("code", "-", "--json", input=lines)
    assert result.exit_code == 0
    recs = [json.loads(x) for x in result.output.splitlines()]
    assert [r["id"] for r in recs] == ["s0", "s1"]
    assert recs[0]["text"] == "Russia and China signed a trade agreement on Monday."


def test_bad_inputs_are_reported_recorded_and_the_rest_goes_on(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("inputs")
    good = tmp_path / "good.txt"
    good.write_text("The United Nations condemned the attack on civilians in Syria on Monday.\n")
    (tmp_path / "empty.md").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1") + b"\xff\xfe")
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"id": "ok1", "text": "NATO leaders met in Brussels on Thursday."}) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "notext"}) + "\n")
    db = tmp_path_factory.mktemp("store") / "bad.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(db), "--workers", "1", "--json"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 5, result.output
    assert any("feed.jsonl.gz" in e and "line 2" in e for e in errors)
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["stored"] == 2 and summary["rejected"] == 5
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source, line, reason FROM rejected ORDER BY source, line").fetchall()
    assert len(rows) == 5
    assert all(reason for _, _, reason in rows)


def test_store_verbs_on_a_missing_store_say_what_to_do(tmp_path):
    result = run("articles", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2
    assert "dyads ingest" in result.output
