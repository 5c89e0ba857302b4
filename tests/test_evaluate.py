"""Metrics, gold readers, scorers and the `dyads eval` verb, on small hand-made inputs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from dyads import evaluate as ev
from dyads.classify import SentenceClassifier, default_classifier, text_hash
from dyads.cli.main import cli
from dyads.errors import InputError
from dyads.model import Actor, Article, Event

GOLD = Path(__file__).parent / "resources" / "gold"
PLOVER = GOLD / "plover_mini.jsonl"
PENTA = GOLD / "pentaclass_mini.tsv"
SPANS = GOLD / "actors_mini.txt"
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def actor(text: str, sentence: str, country: str | None = None) -> Actor:
    start = sentence.index(text)
    return Actor(start, start + len(text), text, country=country, sentence=0)


def event(sentence: str, trigger: str, type_: str, src=(), tgt=(), cameo=None, confidence=0.5) -> Event:
    start = sentence.index(trigger)
    return Event(start, start + len(trigger), trigger, type_, 0, list(src), list(tgt), cameo=cameo,
                 confidence=confidence)


# ---------------------------------------------------------------- metrics


def test_prf_by_hand():
    m = ev.prf(tp=2, fp=1, fn=2)
    assert m["precision"] == pytest.approx(2 / 3)
    assert m["recall"] == pytest.approx(1 / 2)
    assert m["f1"] == pytest.approx(4 / 7)
    assert ev.prf(0, 0, 0)["f1"] == 0.0


def test_classification_report_by_hand():
    r = ev.classification_report([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], n_classes=3)
    assert r["confusion"] == [[1, 1, 0], [0, 2, 0], [1, 0, 0]]
    assert r["accuracy"] == pytest.approx(3 / 5)
    assert [c["f1"] for c in r["per_class"]] == pytest.approx([0.5, 0.8, 0.0])
    assert r["macro_f1"] == pytest.approx(1.3 / 3)
    assert [c["support"] for c in r["per_class"]] == [2, 2, 1]


def test_stratified_folds_partition_and_balance():
    labels = [0] * 10 + [1] * 5
    folds = ev.stratified_folds(labels, 5, seed=1)
    assert sorted(i for f in folds for i in f) == list(range(15))
    assert all(sum(labels[i] == 0 for i in f) == 2 and sum(labels[i] == 1 for i in f) == 1 for f in folds)
    assert folds == ev.stratified_folds(labels, 5, seed=1)


# ---------------------------------------------------------------- readers


def test_read_pentaclass():
    rows = ev.read_pentaclass(PENTA)
    assert [r.label for r in rows] == [2, 4, 0, 3, 1]
    assert rows[0].text == "Russia and China signed a trade agreement."


def test_read_pentaclass_names_the_bad_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("Fine sentence.\t1\nNo label here\n")
    with pytest.raises(InputError, match="line 2"):
        ev.read_pentaclass(bad)


def test_read_plover_tolerates_null_and_empty_sides():
    rows = ev.read_plover(PLOVER)
    assert [r.event for r in rows] == ["AGREE", "ASSAULT", "REQUEST"]
    assert [a.code for a in rows[1].source] == ["SRB", "ALB"] and rows[1].target == []
    assert rows[2].target == []
    assert rows[0].source[0].sector == "GOV"


def test_read_plover_rejects_non_json(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "event": "AGREE"}\nnot json\n')
    with pytest.raises(InputError, match="line 2: not JSON"):
        ev.read_plover(bad)


def test_detokenise_glues_punctuation_and_keeps_offsets():
    tokens = ["Baghdad", "’", "s", "forces", "(", "Iraq", ")", "killed", "5", "Syria", "-", "related", "men", "."]
    text, offsets = ev.detokenise(tokens)
    assert text == "Baghdad’s forces (Iraq) killed 5 Syria-related men."
    assert [text[s:e] for s, e in offsets] == tokens


def test_read_actor_spans_builds_char_spans_and_heads():
    rows = ev.read_actor_spans(SPANS)
    assert len(rows) == 2
    first, second = rows
    assert first.text == "The Swiss court rejected the Croatian government’s request."
    assert [(first.text[s:e], role) for s, e, role in first.spans] == [
        ("The Swiss court", "S"),
        ("Croatian government’s request", "T"),
    ]
    assert [first.text[s:e] for s, e in first.heads] == ["court", "request"]
    assert second.text == "Trump and King Abdullah met in Syria-related talks (Riyadh)."
    assert [(second.text[s:e], r) for s, e, r in second.spans] == [("Trump and King Abdullah", "R")]
    assert [second.text[s:e] for s, e in second.heads] == ["Trump"]


def test_read_actor_spans_rejects_unknown_tags(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Russia B-X\n")
    with pytest.raises(InputError, match="line 1"):
        ev.read_actor_spans(bad)


# ---------------------------------------------------------------- scorers


def test_main_event_and_its_class():
    s = "Troops attacked and officials said so."
    weak = event(s, "said", "CONSULT", confidence=0.3)
    strong = event(s, "attacked", "ASSAULT", cameo="190", confidence=0.9)
    assert ev.main_event([weak, strong]) is strong
    assert ev.main_event([]) is None
    assert ev.event_pentaclass(strong) == 4
    assert ev.event_pentaclass(event(s, "said", "REQUEST", cameo="020")) == 0  # CAMEO root wins
    assert ev.event_pentaclass(event(s, "said", "REQUEST")) == 3  # PLOVER fallback
    assert ev.event_pentaclass(None) == 0


def test_normalise_country():
    assert ev.normalise_country("JAP") == "JPN"
    assert ev.normalise_country("itl") == "ITA"
    assert ev.normalise_country("UNO") == "IGO"
    assert ev.normalise_country("USA") == "USA"
    assert ev.normalise_country("") is None


def plover_articles() -> list[Article]:
    rows = ev.read_plover(PLOVER)
    t0, t1, t2 = (r.text for r in rows)
    a0 = Article("a0", t0, events=[event(t0, "agreed", "AGREE", [actor("Japan", t0, "JPN")], [actor("Italy", t0, "ITA")], confidence=0.8)])
    # right type, only one of the two sources found, plus a weaker wrong extra event
    a1 = Article("a1", t1, events=[
        event(t1, "clashed", "ASSAULT", [actor("Serbian", t1, "SRB")], confidence=0.9),
        event(t1, "forces", "MOBILIZE", [actor("Albanian", t1, "ALB")], confidence=0.2),
    ])
    a2 = Article("a2", t2)  # no event: wrong
    return [a0, a1, a2]


def test_score_plover_by_hand():
    r = ev.score_plover(ev.read_plover(PLOVER), plover_articles())
    assert r["event_type_accuracy"] == pytest.approx(2 / 3)
    assert r["sentences_with_event"] == pytest.approx(2 / 3)
    # gold tuples: (JPN,AGREE,ITA) | (SRB,ASSAULT,-) (ALB,ASSAULT,-) | (IGO,REQUEST,-) = 4
    # main-event tuples: (JPN,AGREE,ITA) (SRB,ASSAULT,-) = 2, both right
    assert (r["triples"]["tp"], r["triples"]["fp"], r["triples"]["fn"]) == (2, 0, 2)
    assert r["triples"]["f1"] == pytest.approx(2 / 3)
    # all events add (ALB,MOBILIZE,-): wrong type
    assert (r["triples_all"]["tp"], r["triples_all"]["fp"], r["triples_all"]["fn"]) == (2, 1, 2)
    assert r["per_type_accuracy"]["REQUEST"] == {"n": 1, "accuracy": 0.0}


def test_score_pentaclass_uses_the_main_event():
    rows = ev.read_pentaclass(PENTA)
    texts = [r.text for r in rows]
    arts = [Article(str(i), t) for i, t in enumerate(texts)]
    arts[0].events = [event(texts[0], "signed", "COOPERATE", cameo="061")]  # 2 right
    arts[1].events = [event(texts[1], "shelled", "ASSAULT", cameo="195")]  # 4 right
    arts[3].events = [event(texts[3], "accused", "ACCUSE", cameo="112")]  # 3 right
    # arts[2]: no event -> 0, right; arts[4]: no event -> 0, gold 1
    r = ev.score_pentaclass(rows, arts)
    assert r["accuracy"] == pytest.approx(4 / 5)
    assert r["confusion"][1] == [1, 0, 0, 0, 0]
    # class 0: P 1/2 R 1 F 2/3; class 1: F 0; classes 2-4: F 1
    assert r["macro_f1"] == pytest.approx((2 / 3 + 0 + 3) / 5)


def test_score_actor_spans_exact_and_head():
    rows = ev.read_actor_spans(SPANS)
    t0, t1 = rows[0].text, rows[1].text
    a0 = Article("s0", t0, events=[event(t0, "rejected", "REJECT", [actor("The Swiss court", t0)], [actor("Croatian government", t0)])])
    # a meeting: both parties are R, and "Trump" holds the gold head
    a1 = Article("s1", t1, events=[event(t1, "met", "CONSULT", [actor("Trump", t1)], [actor("King Abdullah", t1)])])
    r = ev.score_actor_spans(rows, [a0, a1])
    assert r["gold_spans"] == 3 and r["predicted_spans"] == 4
    assert r["exact"]["tp"] == 1  # only "The Swiss court"
    assert r["head"]["tp"] == 2  # + "Trump" (R); "Croatian government" misses the head "request"
    assert r["head"]["precision"] == pytest.approx(2 / 4)
    assert r["head"]["recall"] == pytest.approx(2 / 3)
    assert r["per_role"]["R"]["head"] == pytest.approx(2 * (1 / 2) * 1 / (1 / 2 + 1))


def test_match_spans_uses_each_prediction_once():
    gold = [(0, 5, "S"), (0, 5, "S")]
    heads = [(0, 5), (0, 5)]
    assert ev.match_spans(gold, heads, [(0, 5, "S")]) == (1, 1)
    assert ev.match_spans(gold, heads, [(0, 5, "T")], typed=False) == (1, 1)


# ---------------------------------------------------------------- runners and CLI


def fake_annotate(texts, workers=None, veto=True):
    """Stands in for the pipeline: every text mentioning 'shelled' gets an ASSAULT event."""
    out = []
    for t in texts:
        art = Article(str(text_hash(t)), t)
        if "shelled" in t:
            art.events = [event(t, "shelled", "ASSAULT", cameo="190")]
        out.append(art)
    return out


@pytest.fixture
def mocked(monkeypatch):
    monkeypatch.setattr(ev, "annotate_texts", fake_annotate)


def test_cli_pentaclass_json(mocked):
    result = CliRunner().invoke(cli, ["eval", "--pentaclass", str(PENTA), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["pentaclass"]["n"] == 5
    assert data["pentaclass"]["confusion"][4] == [0, 0, 0, 0, 1]
    assert data["pentaclass"]["accuracy"] == pytest.approx(0.4)


def test_cli_all_three_human_readable(mocked):
    result = CliRunner().invoke(cli, ["eval", "--plover", str(PLOVER), "--pentaclass", str(PENTA),
                                      "--actor-spans", str(SPANS), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.stdout
    assert "event-type accuracy   0.0" in result.stdout
    assert "head match + role" in result.stdout
    assert "(2 sentences" in result.stdout


def test_cli_needs_a_gold_file():
    result = CliRunner().invoke(cli, ["eval"])
    assert result.exit_code == 2
    assert "give at least one gold file" in result.output


def test_cli_cv_needs_training_sentences(mocked):
    result = CliRunner().invoke(cli, ["eval", "--plover", str(PLOVER), "--cv", "2"])
    assert result.exit_code == 2
    assert "--train FILE" in result.output


def test_cli_warns_when_scoring_training_data(mocked):
    texts = [r.text for r in ev.read_pentaclass(PENTA)]
    clf = SentenceClassifier([{"kind": "cue"}], [["cue:none"]], [np.ones(1)], np.zeros((5, 1)), np.zeros(5),
                             train_hashes=np.array([text_hash(t) for t in texts]))
    from dyads.classify import use_classifier

    with use_classifier(clf):
        result = CliRunner().invoke(cli, ["eval", "--pentaclass", str(PENTA)])
    assert result.exit_code == 0
    assert "100% of these sentences were used to train" in result.stderr
    assert "TRAINING data" in result.stderr


def test_cv_trains_without_the_held_out_fold(monkeypatch):
    rows = ev.read_pentaclass(PENTA)
    seen_during_annotation = []

    class Marker(SentenceClassifier):
        def __init__(self, texts):
            self.trained_on = set(texts)

    def trainer(texts, labels):
        return Marker(texts)

    def annotate(texts, workers=None, veto=True):
        clf = default_classifier()
        assert isinstance(clf, Marker)
        assert not clf.trained_on & set(texts)  # never scored on its own training sentences
        assert workers == 1  # folds run in-process so the override is visible
        seen_during_annotation.extend(texts)
        return fake_annotate(texts)

    monkeypatch.setattr(ev, "annotate_texts", annotate)
    r = ev.eval_pentaclass(PENTA, cv=5, trainer=trainer)
    assert sorted(seen_during_annotation) == sorted(r.text for r in rows)
    assert r["cv"] == {"folds": 5, "seed": 0, "training_sentences": 5}
    assert r["warnings"] == []
    assert r["accuracy"] == pytest.approx(0.4)


@pytest.mark.model
def test_eval_runs_the_real_pipeline_on_the_mini_files():
    result = CliRunner().invoke(cli, ["eval", "--plover", str(PLOVER), "--actor-spans", str(SPANS),
                                      "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["plover"]["n"] == 3 and data["actor_spans"]["gold_spans"] == 3
    assert 0.0 <= data["plover"]["event_type_accuracy"] <= 1.0


def test_cli_bad_gold_file_exits_2_with_the_line(tmp_path, mocked):
    bad = tmp_path / "bad.tsv"
    bad.write_text("A sentence without a label\n")
    result = CliRunner().invoke(cli, ["eval", "--pentaclass", str(bad)])
    assert result.exit_code == 2
    assert "line 1" in result.stderr and "sentence<TAB>label" in result.stderr


@pytest.mark.model
def test_no_veto_keeps_the_events_the_classifier_would_drop(tmp_path):
    """A claimed attack is a statement to the classifier; --no-veto keeps the rules' ASSAULT,
    and says so in the output, while the default run drops it."""
    gold = tmp_path / "claim.jsonl"
    gold.write_text(json.dumps({"text": "The rebels claimed responsibility for the attack on the army base in Mali.",
                                "event": "ASSAULT", "source": None, "target": [{"code": "MLI"}]}) + "\n")
    runs = {}
    for flag in ([], ["--no-veto"]):
        result = CliRunner().invoke(cli, ["eval", "--plover", str(gold), "--workers", "1", "--json", *flag])
        assert result.exit_code == 0, result.output
        runs[bool(flag)] = json.loads(result.stdout)["plover"]
    assert runs[False]["sentences_with_event"] == 0.0 and "no_veto" not in runs[False]
    assert runs[True]["sentences_with_event"] == 1.0 and runs[True]["event_type_accuracy"] == 1.0
    assert "no_veto" in runs[True]
