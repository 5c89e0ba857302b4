"""Trust: how likely each event record is right, and the --min-trust filters that use it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dyads.cli.main import cli
from dyads.event_trust import ARTEFACT_PATH, TrustModel, default_trust_model
from dyads.store import Store

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _train_script():
    spec = importlib.util.spec_from_file_location("train_trust", REPO / "scripts" / "train_trust.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("trust") / "demo.duckdb"
    result = run("demo", "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.output
    return db


def test_the_bundled_model_is_trained_on_judged_news_that_ships_with_the_repo():
    model = default_trust_model()
    assert model is not None and ARTEFACT_PATH.exists()
    judged = model.meta["judged"]
    assert judged and all((DATA / name).is_dir() for name in judged)
    assert model.meta["records"] >= 300
    # words are never features: only the record's shape (type, parties, flags, parse positions)
    assert not any(name.startswith(("trigger=", "lemma=", "word=")) for name in model.weights)


def test_code_json_gives_every_event_a_trust_between_0_and_1(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Police arrested three opposition leaders in Harare on Monday, a party spokesman said.\n\n"
        "The European Union condemned the arrests and urged the government to release them.\n",
        encoding="utf-8")
    result = run("code", str(article), "--json")
    assert result.exit_code == 0, result.output
    rec = json.loads(result.output.splitlines()[0])
    assert rec["events"]
    for event in rec["events"]:
        assert 0.0 <= event["trust"] <= 1.0
    for statement in rec["statements"]:
        assert statement.get("trust") is None


def test_trust_model_reads_its_weights_back_and_is_a_probability(tmp_path):
    model = TrustModel({"bias": -1.0, "type=ASSAULT": 2.0, "negated": -3.0}, {"judged": []})
    path = tmp_path / "m.json"
    model.save(path)
    again = TrustModel.load(path)
    assert again.weights == model.weights
    assault = again.probability({"bias": 1.0, "type=ASSAULT": 1.0})
    negated = again.probability({"bias": 1.0, "type=ASSAULT": 1.0, "negated": 1.0})
    assert 0.5 < assault < 1.0 and 0.0 < negated < 0.5
    assert again.probability({"bias": 1.0, "unknown feature": 5.0}) == again.probability({"bias": 1.0})


def test_min_trust_keeps_only_surer_events(demo_db):
    everything = json.loads(run("events", "--db", str(demo_db), "--limit", "0", "--json").output)
    surer = json.loads(run("events", "--db", str(demo_db), "--limit", "0", "--min-trust", "0.6", "--json").output)
    assert everything and all(e["trust"] is not None for e in everything)
    assert 0 < len(surer) < len(everything)
    assert all(e["trust"] >= 0.6 for e in surer)
    assert {e["id"] for e in surer} == {e["id"] for e in everything if e["trust"] >= 0.6}
    text = run("events", "--db", str(demo_db), "--limit", "3").output
    assert "trust 0." in text or "trust 1." in text


def test_min_trust_outside_0_1_is_refused(demo_db):
    result = CliRunner().invoke(cli, ["events", "--db", str(demo_db), "--min-trust", "1.5"])
    assert result.exit_code == 2
    assert "--min-trust" in result.output


def test_export_with_min_trust(demo_db, tmp_path):
    out_all, out_sure = tmp_path / "all.jsonl", tmp_path / "sure.jsonl"
    assert run("export", "--db", str(demo_db), "--format", "plover", "-o", str(out_all)).exit_code == 0
    assert run("export", "--db", str(demo_db), "--format", "plover", "--min-trust", "0.6",
               "-o", str(out_sure)).exit_code == 0
    every = [json.loads(line) for line in out_all.read_text(encoding="utf-8").splitlines()]
    sure = [json.loads(line) for line in out_sure.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in sure} == {r["id"] for r in every if r["trust"] >= 0.6}
    csv_out = run("export", "--db", str(demo_db), "--format", "csv", "--table", "event_dyads", "--min-trust", "0.6").output
    header, *rows = csv_out.splitlines()
    assert "trust" in header.split(",")
    column = header.split(",").index("trust")
    assert rows and all(float(r.split(",")[column]) >= 0.6 for r in rows)
    refused = CliRunner().invoke(cli, ["export", "--db", str(demo_db), "--format", "csv", "--table", "quotes",
                                       "--min-trust", "0.5"])
    assert refused.exit_code != 0 and "quotes" in refused.output and "trust" in refused.output


def test_dyad_and_blocs_take_min_trust(demo_db):
    loose = run("blocs", "--db", str(demo_db), "--json")
    strict = run("blocs", "--db", str(demo_db), "--min-trust", "0.6", "--json")
    assert loose.exit_code == 0 and strict.exit_code == 0
    edges_loose = json.loads(loose.output)["edges"]
    edges_strict = json.loads(strict.output)["edges"]
    assert len(json.loads(strict.output)["nodes"]) <= len(json.loads(loose.output)["nodes"])
    assert sum(e.get("events", 0) for e in edges_strict) < sum(e.get("events", 0) for e in edges_loose)
    result = run("dyad", "USA", "VEN", "--db", str(demo_db), "--min-trust", "0.99", "--json")
    assert result.exit_code == 0


def test_a_store_from_before_trust_gains_the_column_and_says_what_to_do(tmp_path):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.connect()
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW event_dyads")
    con.execute("ALTER TABLE events DROP COLUMN trust")
    con.execute("INSERT INTO events (id, article_id, type, quad_class) VALUES ('x-e0', 'x', 'ASSAULT', 4)")
    con.close()
    copy = tmp_path / "old2.duckdb"
    copy.write_bytes(db.read_bytes())
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--min-trust", "0.5"])
    assert result.exit_code != 0
    assert "trust" in result.output and "ingest" in result.output
    with Store(copy) as store:  # opened for writing: the column comes back, the view too
        names = [r[0] for r in store.connect().execute("DESCRIBE events").fetchall()]
        assert "trust" in names
        assert store.connect().execute("SELECT count(*) FROM event_dyads").fetchone()[0] == 0


def test_judged_rows_read_the_judges_tables(tmp_path):
    folder = tmp_path / "fresh_news_s99_judged"
    folder.mkdir()
    (folder / "judge_x1.md").write_text(
        "| # | article | sent | record | verdict | reason |\n|---|---|---|---|---|---|\n"
        "| 1 | X01 | 3 | ASSAULT 190 'shelled' The army=ABCMIL -> the town=ABC | wrong party | a place |\n"
        "| 2 | X01 | 5 | REQUEST 020 'urged' Ministers=-; UN=UNO -> - (rep. she) | right, missing party | ok |\n"
        "| S1 | X01 | 6 | STATEMENT 016 'denied' He=ABCGOV -> - | right | a denial |\n",
        encoding="utf-8")
    rows = _train_script().judged_rows(folder)
    assert rows == [("X01", 3, "ASSAULT", "shelled", ["ABCMIL"], ["ABC"], False),
                    ("X01", 5, "REQUEST", "urged", ["UNO"], [], True)]


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs the dev extra (scikit-learn)")
def test_trust_ranks_judged_records_better_than_the_rules_confidence():
    """On judged fresh news, trust orders right records above wrong ones far better than chance.

    These are the model's own training records (the held-out figure is in docs/events.md, step
    13): the test catches a feature changed without retraining, or a model that learnt nothing.
    """
    from sklearn.metrics import roc_auc_score

    script = _train_script()
    X, y, _, rule = script.labelled(sorted(DATA.glob("fresh_news_s*_judged")))
    model = default_trust_model()
    trust = [model.probability(x) for x in X]
    assert len(y) >= 300
    assert roc_auc_score(y, trust) >= 0.65
    assert roc_auc_score(y, trust) > roc_auc_score(y, rule) + 0.05


def test_show_prints_each_events_trust(demo_db):
    events = json.loads(run("events", "--db", str(demo_db), "--limit", "1", "--json").output)
    shown = run("show", events[0]["article_id"], "--db", str(demo_db)).output
    assert f"trust {events[0]['trust']:.2f}" in shown
