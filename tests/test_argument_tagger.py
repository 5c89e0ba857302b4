"""The learned argument-phrase tagger: training, decoding, persistence, the pipeline step, and its
honest evaluation (retrained per fold under --cv, a warning when it scores its own training data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from dyads import argument_tagger as at
from dyads import evaluate as ev
from dyads.cli.main import cli
from dyads.errors import InputError
from dyads.model import Event

SPANS = Path(__file__).parent / "resources" / "gold" / "actors_mini.txt"


def feats(words: list[str]) -> list[list[str]]:
    """The word, the word before, and a rule tag that puts every word before "said" in the source."""
    return [["b", "w=" + w, "w-1=" + (words[k - 1] if k else "<s>"), "r=" + ("O" if w in ("said", ".") else "S")]
            for k, w in enumerate(words)]


def toy_examples() -> list[tuple[list[list[str]], list[str]]]:
    """Two conventions a rule tag alone cannot tell: "of" phrases stay in a source, "in" ones do not."""
    def sent(words: list[str], gold: list[str]) -> tuple[list[list[str]], list[str]]:
        return feats(words), gold

    return [
        sent(["leaders", "of", "Chad", "said", "."], ["B-S", "I-S", "I-S", "O", "O"]),
        sent(["troops", "in", "Mali", "said", "."], ["B-S", "O", "O", "O", "O"]),
        sent(["envoys", "of", "Peru", "said", "."], ["B-S", "I-S", "I-S", "O", "O"]),
        sent(["police", "in", "Oman", "said", "."], ["B-S", "O", "O", "O", "O"]),
    ]


def test_the_perceptron_learns_a_boundary_convention():
    tagger = at.train_tagger(toy_examples(), epochs=10)
    assert tagger.tag(feats(["judges", "of", "Fiji", "said"])) == ["B-S", "I-S", "I-S", "O"]
    assert tagger.tag(feats(["judges", "in", "Fiji", "said"])) == ["B-S", "O", "O", "O"]


def test_averaged_weights_are_the_time_average():
    # one sentence, learnt at the first step and never updated again: the update is in force for
    # four of the five steps, so the averaged weight is 4/5 of it
    example = ([["b", "w=x"]], ["B-S"])
    tagger = at.train_tagger([example], epochs=5)
    row = tagger.weights[tagger.index["w=x"]]
    assert row[at.TAGS.index("B-S")] == pytest.approx(0.8)
    assert row[at.TAGS.index("O")] == pytest.approx(-0.8)
    assert tagger.tag([["b", "w=x"]]) == ["B-S"]


def test_features_never_updated_are_pruned():
    tagger = at.train_tagger(toy_examples(), epochs=10)
    assert "w=leaders" in tagger.index or "w=troops" in tagger.index
    assert all(np.abs(tagger.weights).max(axis=1) >= 1e-3)


def test_decoding_never_starts_a_span_inside():
    # weights that prefer I-S everywhere still yield a well-formed sequence
    weights = np.zeros((1, len(at.TAGS)), np.float32)
    weights[0, at.TAGS.index("I-S")] = 5.0
    tagger = at.ArgumentTagger(["b"], weights, np.zeros((7, 7)), np.zeros(7))
    tags = tagger.tag([["b"], ["b"], ["b"]])
    assert tags[0] != "I-S"
    assert all(not t.startswith("I-") or tags[k - 1][2:] == t[2:] for k, t in enumerate(tags) if k)


def test_saved_tagger_tags_the_same(tmp_path):
    tagger = at.train_tagger(toy_examples(), epochs=10, texts=["leaders of Chad said."])
    path = tmp_path / "tagger.npz"
    tagger.save(path)
    loaded = at.ArgumentTagger.load(path)
    for feats, _ in toy_examples():
        assert loaded.tag(feats) == tagger.tag(feats)
    assert loaded.seen_in_training(["Leaders of Chad said.", "Something else."]).tolist() == [True, False]


@pytest.mark.model
def test_rule_tags_and_spans_round_trip(nlp):
    doc = nlp("The Swiss court rejected the Croatian request.")
    sent = doc[:]
    spans = [("S", 0, 15), ("T", 29, 46)]
    tags = at.rule_tags(sent, spans)
    assert tags[:3] == ["B-S", "I-S", "I-S"] and tags[5] == "B-T"
    assert at.spans_of_tags(sent, tags) == spans


@pytest.mark.model
def test_features_see_the_syntactic_heads_rule_tag(nlp):
    doc = nlp("The Swiss court rejected the request.")
    sent = doc[:]
    rules = at.rule_tags(sent, [("S", 0, 15)])
    feats = at.sentence_features(sent, rules, doc[3])
    # "Swiss" hangs off "court", which the rules put inside the source
    assert doc[1].head.i == 2
    assert "hr=I-S|I-S" in feats[1]
    assert "r2=B-T" not in feats[1] and "r2=O" in feats[1]  # two tokens on: "rejected"
    assert "r-2=edge" in feats[0]


@pytest.mark.model
def test_a_side_the_tagger_leaves_empty_keeps_the_rules_phrases(nlp):
    text = "Russia condemned the Ukrainian strikes."
    doc = nlp(text)
    event = Event(7, 16, "condemned", "ACCUSE", 0, source_spans=[[0, 6]], target_spans=[[17, 38]])
    silent = at.ArgumentTagger(["b"], np.zeros((1, 7), np.float32), np.zeros((7, 7)), np.zeros(7))
    with at.use_tagger(silent):
        at.refine_arguments(doc, [event])
    assert event.source_spans == [[0, 6]] and event.target_spans == [[17, 38]]
    # a tagger that sees "ukrainian" as the whole target redraws that side only
    weights = np.zeros((2, 7), np.float32)
    weights[0, at.TAGS.index("B-T")] = 9.0
    weights[1, at.TAGS.index("O")] = 1.0
    narrow = at.ArgumentTagger(["w=ukrainian", "b"], weights, np.zeros((7, 7)), np.zeros(7))
    with at.use_tagger(narrow):
        at.refine_arguments(doc, [event])
    assert event.target_spans == [[21, 30]] and event.source_spans == [[0, 6]]


@pytest.mark.model
def test_cv_retrains_the_tagger_without_the_held_out_fold(monkeypatch):
    rows = ev.read_actor_spans(SPANS)
    calls = []
    real = at.train_tagger

    def recording(examples, **kw):
        calls.append(len(examples))
        return real(examples, epochs=2)

    monkeypatch.setattr(at, "train_tagger", recording)
    with pytest.raises(InputError):  # --cv needs --train: the sentence classifier is retrained too
        ev.eval_actor_spans(SPANS, cv=2)
    train = [ev.PentaRow(row.text, 0) for row in rows]
    r = ev._evaluate(SPANS, rows, ev.score_actor_spans, None, train, 2, 0, 1,
                     lambda texts, labels: None, span_rows=rows)
    assert len(calls) == 2
    assert all(n < len(rows) for n in calls)  # each fold's tagger saw only the other fold
    assert r["cv"]["argument_tagger"].startswith("retrained per fold")
    assert r["n"] == len(rows)


@pytest.mark.model
def test_cli_warns_when_the_tagger_scores_its_own_training_sentences():
    rows = ev.read_actor_spans(SPANS)
    seen = at.train_tagger(toy_examples(), epochs=2, texts=[r.text for r in rows])
    with at.use_tagger(seen):
        result = CliRunner().invoke(cli, ["eval", "--actor-spans", str(SPANS)])
    assert result.exit_code == 0, result.output
    assert "argument tagger" in result.stderr and "TRAINING data" in result.stderr
