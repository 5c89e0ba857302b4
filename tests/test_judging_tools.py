"""The tools that render views for the judges and check their verdicts against the current code."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_judged_rows_of_both_table_layouts_are_read(tmp_path):
    trust = _script("train_trust")
    (tmp_path / "judge_events_x.md").write_text(
        "| # | Art | Sent | Record | Verdict | Reason |\n|---|---|---|---|---|---|\n"
        "| 1 | QQ101 | 3 | SANCTION 166 'ordered' Bulgaria=BGR -> 70 Russian diplomats=RUSGOV | right | expulsion |\n"
        "| 2 | QQ101 | 4 | REJECT 129 vetoed CHN -> UNSC | wrong party | other layout |\n"
        "| 3 | QQ102 | 0 | not a record row | right | ignored |\n", encoding="utf-8")
    rows = trust.judged_rows(tmp_path)
    assert rows == [("QQ101", 3, "SANCTION", "ordered", ["BGR"], ["RUSGOV"], True),
                    ("QQ101", 4, "REJECT", "vetoed", ["CHN"], ["UNSC"], False)]


def test_judged_check_counts_a_record_as_still_made_within_one_sentence(tmp_path, monkeypatch, capsys):
    check = _script("judged_check")
    folder = tmp_path / "fresh_news_qq_judged"
    folder.mkdir()
    (tmp_path / "fresh_news_qq.jsonl").write_text("", encoding="utf-8")
    (folder / "judge_events_q.md").write_text(
        "| 1 | QQ101 | 3 | SANCTION 166 'ordered' Bulgaria=BGR -> envoys=RUSGOV | right | ok |\n"
        "| 2 | QQ101 | 5 | ASSAULT 190 'attacks' World Bank=IGO -> - | wrong party | no |\n", encoding="utf-8")
    monkeypatch.setattr(check, "produced", lambda _: {("QQ101", 4, "SANCTION", "ordered", ("BGR",), ("RUSGOV",))})
    monkeypatch.setattr("sys.argv", ["judged_check", str(folder)])
    check.main()
    assert "wrong still 0/1, right still 1/1" in capsys.readouterr().out


def test_output_diff_lists_only_changed_lines(tmp_path, capsys):
    diff = _script("output_diff")
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps({"A1": {"actors": ["s0 'Mali'=MLI"], "events": []}}), encoding="utf-8")
    new.write_text(json.dumps({"A1": {"actors": ["s0 'Mali'=MLI", "s1 'it'=MLI"], "events": []}}), encoding="utf-8")
    diff.diff(old, new)
    out = capsys.readouterr().out
    assert "  + s1 'it'=MLI" in out and "'Mali'=MLI" not in out
    assert "articles changed: actors 1, events 0" in out


def test_event_view_shows_each_record_under_its_sentence():
    view = _script("actor_view")
    record = {"id": "Q1", "title": "t", "date": "2024-01-01", "text": "Mali expelled the envoy.",
              "sentences": [{"start": 0, "end": 24}], "statements": [],
              "events": [{"sentence": 0, "start": 5, "type": "SANCTION", "cameo": "166", "trigger": "expelled",
                          "source": [{"text": "Mali", "code": "MLI"}], "target": [{"text": "the envoy", "code": None}],
                          "negated": False, "future": True, "hypothetical": False, "reported_by": None}]}
    text = view.render_events([record])
    assert "0. Mali expelled the envoy." in text
    assert "- [E] SANCTION 166 trigger='expelled' | Mali=MLI -> the envoy=- | flags: future" in text


def test_judged_mention_rows_are_read_with_their_verdicts(tmp_path):
    check = _script("judged_check")
    (tmp_path / "judge_qq1.md").write_text(
        "| # | Art | Sent | Mention | Verdict | Reason |\n|---|---|---|---|---|---|\n"
        "| 1 | QQ101 | 0 | 'Kyrgyzstan's Central Election Commission' = KGZGOV | right | ok |\n"
        "| 2 | QQ101 | 2 | 'the court' = USAJUD | wrong code | the ICJ |\n"
        "| 3 | QQ101 | 3 | 'Bishkek' = KGZ | place | place |\n"
        "| 4 | QQ101 | 4 | COERCE 173 'held' police=KGZCOP -> - | right | an event row |\n", encoding="utf-8")
    assert check.judged_mentions(tmp_path) == [
        ("QQ101", 0, "Kyrgyzstan's Central Election Commission", "KGZGOV", "right"),
        ("QQ101", 2, "the court", "USAJUD", "wrong code"),
        ("QQ101", 3, "Bishkek", "KGZ", "place")]
