"""The Dask engine runs the same pipeline and `dyads load` stores its parts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyads.cli.main import cli

pytest.importorskip("dask.distributed")


def test_cluster_then_load(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Russia and Venezuela signed an energy agreement in Caracas on Monday.\n")
    (inputs / "b.jsonl").write_text(
        json.dumps({"id": "w1", "date": "2020-01-08", "text": "Iran fired missiles at U.S. bases in Iraq."}) + "\n"
        + "{broken\n"
    )
    parts = tmp_path / "parts"
    runner = CliRunner()
    result = runner.invoke(cli, ["cluster", str(inputs), "--out", str(parts), "--workers", "1",
                                 "--files-per-task", "1", "--json"])
    assert result.exit_code == 1, result.output  # one bad line
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary == {"files": 2, "tasks": 2, "articles": 2, "rejected": 1}
    recs = [json.loads(line) for f in sorted(parts.glob("part-*.jsonl")) for line in f.read_text().splitlines()]
    assert {r["id"] for r in recs} >= {"w1"}
    for r in recs:
        for e in r["events"]:
            assert r["text"][e["start"]:e["end"]] == e["trigger"]
    db = tmp_path / "c.duckdb"
    result = runner.invoke(cli, ["load", str(parts), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 articles stored, 1 rejected" in result.output
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert con.execute("SELECT line FROM rejected").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == sum(len(r["events"]) for r in recs)


def test_load_reports_bad_lines(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a"}\n')
    result = CliRunner().invoke(cli, ["load", str(f), "--db", str(tmp_path / "d.duckdb")])
    assert result.exit_code == 1
    assert "line 1" in result.output and "dyads code --json" in result.output
