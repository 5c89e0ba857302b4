"""Guards for the speed shortcuts of session 14: each must give what the plain code gives."""

from __future__ import annotations

import gc
import math
from collections import Counter

import numpy as np

from dyads.classify import char_ngrams, default_classifier
from dyads.figures import _CURRENCY_LOW, _has_currency, _lowered

_TEXTS = ["Jets bombed a port near the coast on Sunday - a cease-fire had been agreed.",
          "The coalition said it committed no wrong; the the the aid group protested!",
          "", "!!", "Teh teh teh TEH tehhhh 1999 2001 won't can't it’s"]


def _plain_vectorise(clf, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The term-by-term tf-idf the word cache and the array reads replaced (the reference)."""
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for block in clf.blocks:
            idx, weights = [], []
            for term, count in Counter(block.analyzer(text)).items():
                i = block.vocab.get(term)
                if i is not None:
                    idx.append(i)
                    weights.append((1.0 + math.log(count)) * block.idf_values[i] if count > 1 else block.idf_values[i])
            if not idx:
                continue
            w = np.asarray(weights)
            w *= block.spec.get("weight", 1.0) / math.sqrt(float(w @ w))
            rows.extend([r] * len(idx))
            cols.extend(i + block.offset for i in idx)
            vals.extend(w.tolist())
    return np.asarray(rows, dtype=np.intp), np.asarray(cols, dtype=np.intp), np.asarray(vals)


def test_classifier_features_equal_the_term_by_term_reading() -> None:
    """Cold or warm word cache, the sentence vectors (and so the probabilities) are the same bits."""
    clf = default_classifier()
    if clf is None:
        return
    for block in clf.blocks:
        if block.word_ids is not None:
            block.word_ids.clear()
    for _ in range(2):  # the first pass fills the cache, the second reads it
        got = clf._vectorise(_TEXTS)
        for mine, plain in zip(got, _plain_vectorise(clf, _TEXTS)):
            assert mine.dtype == plain.dtype and np.array_equal(mine, plain)
    assert any(block.word_ids for block in clf.blocks)
    for batch in ([""], ["!!"], []):  # (batches with few or no features at all)
        for mine, plain in zip(clf._vectorise(batch), _plain_vectorise(clf, batch)):
            assert mine.dtype == plain.dtype and np.array_equal(mine, plain)


def test_char_ngrams_are_the_words_ngrams_in_order() -> None:
    """``char_ngrams`` is still every word's padded n-grams, word after word."""
    grams = char_ngrams("A big  dog’s bone", 2, 3)
    assert grams[:5] == [" a", "a ", " a ", " b", "bi"]
    assert "s'" in "".join(grams) and len(grams) == sum(
        sum(len(w) + 2 - n + 1 for n in (2, 3) if n <= len(w) + 2) for w in ["a", "big", "dog's", "bone"])


def test_currency_test_agrees_with_the_pattern() -> None:
    """The substring test says "a currency here" exactly when the full pattern finds one."""
    texts = ["Paid in US$ 5 million", "HK$ 3", "a sum of 300 USD", "Hong Kong  dollars", "pounds sterling",
             "the bolívar fell", "the Europe summit", "a brand-new random symbol", "they won", "trial",
             "rand.", "10 rials and 3 riyal", "No money was mentioned at all.", "", "₹ and ₽", "francophone"]
    for text in texts:
        low = _lowered(text)
        assert low is not None
        for piece in (low, low[1:], low[:-1]):
            assert _has_currency(piece) == (_CURRENCY_LOW.search(piece) is not None), piece


def test_model_is_out_of_the_collectors_sight(nlp) -> None:
    """The loaded pipeline is frozen: full collections do not walk it."""
    assert gc.get_freeze_count() > 0


def test_trigger_memo_is_bounded_and_starting_again_changes_nothing(nlp, monkeypatch):
    """The per-spelling trigger verdicts start again past a limit; the events must not change."""
    from dyads import event_scan
    from event_helpers import code_events

    text = ("Kenyan police arrested two suspects in Nairobi. Rebels attacked a convoy near Goma, "
            "and the government sent troops to the border. Peru and Chile signed a trade deal.")

    def found() -> list[tuple[str, str, int]]:
        return [(e.type, e.trigger, e.start) for e in code_events(nlp, text)]

    plain = found()
    monkeypatch.setattr(event_scan, "FORM_MEMO_LIMIT", 3)
    assert found() == plain and found() == plain
    assert all(len(memo[3]) <= 3 + len(text.split()) for memo in event_scan._FORM_MEMO.values())
