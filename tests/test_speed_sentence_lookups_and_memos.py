"""Session 31 speed-ups give the same answers as the walks they replace."""

from __future__ import annotations

import numpy as np
import pytest

from dyads.classify import default_classifier
from dyads.event_generics import _quote_marks
from dyads.event_roles import children
from dyads.nlp import QUOTE_TOKENS, load_nlp, sentence_lookups

TEXT = ('The army said on Monday it had shelled the town. "We will not retreat," said Ana Ruiz, 51. '
        "Analysts said the strike suggested the junta was trying to deter villages. "
        "“They left,” he said, and the talks collapsed.")


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def test_sentence_lookups_give_spacys_sentences_and_leave_the_doc_as_it_came(doc):
    plain = [(t.sent.start, t.sent.end) for t in doc]
    spans = [doc[i:j] for i in range(len(doc)) for j in (i, i + 1, min(len(doc), i + 5))] + [doc[len(doc):]]
    plain_spans = [(s.sent.start, s.sent.end) for s in spans]
    with sentence_lookups(doc):
        assert "sent" in doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == plain
        assert [(s.sent.start, s.sent.end) for s in spans] == plain_spans
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_sentence_lookups_keep_hooks_set_by_others(doc):
    def mine(tok):
        return tok.doc[0:1]

    doc.user_token_hooks["sent"] = mine
    try:
        with sentence_lookups(doc):
            assert doc[5].sent.end == 1
        assert doc.user_token_hooks["sent"] is mine
    finally:
        del doc.user_token_hooks["sent"]


def test_quote_marks_are_the_marks_a_walk_finds(doc):
    assert _quote_marks(doc) == [t.i for t in doc if t.text in QUOTE_TOKENS]


def test_children_are_the_dependents_with_those_labels(doc):
    for deps in ({"nsubj"}, {"dobj", "prep"}, {"punct", "aux", "neg"}):
        for tok in doc:
            assert [c.i for c in children(tok, deps)] == [c.i for c in tok.children if c.dep_ in deps]


def test_classifier_memo_gives_the_rows_of_a_fresh_batch():
    clf = default_classifier()
    if clf is None:
        pytest.skip("no bundled classifier")
    texts = [s.strip() + "." for s in TEXT.split(".") if s.strip()]
    first = clf.predict_proba(texts[:2])
    clf._seen.clear()
    whole = clf.predict_proba(texts + texts[:1])
    assert np.array_equal(whole[:2], first)
    assert np.array_equal(whole[-1], whole[0])
    assert np.array_equal(clf.predict_proba(texts[::-1]), whole[:len(texts)][::-1])
    assert clf.predict_proba([]).shape == (0, 5)
