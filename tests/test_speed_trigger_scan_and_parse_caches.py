"""Guards for the speed shortcuts of session 13: each must give what the plain code gives."""

from __future__ import annotations

import numpy as np

from dyads.argument_tagger import TAGS, ArgumentTagger, sentence_features
from dyads.event_roles import children
from dyads.event_scan import _possible_triggers
from dyads.events import _Coder
from dyads.triggers import lexicon

_TEXT = ("The rebels shelled the capital on Monday, and the cease-fire brokered by Norway collapsed. "
         "The attack left three guards dead. Officials said they are committed to a pro-government "
         "deal and will meet the envoys in Oslo; the talks were boycotted by the opposition.")


def test_trigger_scan_lets_through_every_token_match_takes(nlp) -> None:
    """Skipping a token ``match`` would take (or a hyphenated word) would lose an event."""
    doc = nlp(_TEXT)
    coder = _Coder(doc, [], [], None)
    for sent in doc.sents:
        kept = {t.i for t in _possible_triggers(sent, lexicon())}
        for tok in sent:
            if "-" in tok.text or coder.match(tok) is not None:
                assert tok.i in kept, tok.text
        assert len(kept) < len(sent)


def test_children_cache_gives_the_parse_children_per_document(nlp) -> None:
    """The per-document cache answers as ``Token.children`` does, and each document keeps its own."""
    first, second = nlp(_TEXT), nlp("Protesters marched to the embassy and burned a flag.")
    for doc in (first, second, first):
        for tok in doc:
            for deps in ({"dobj"}, {"nsubj", "nsubjpass", "prep"}):
                assert [c.i for c in children(tok, deps)] == [c.i for c in tok.children if c.dep_ in deps]
    assert first.user_data["dyads_children"] is not second.user_data["dyads_children"]


def test_tagger_emissions_are_the_per_token_sums(nlp) -> None:
    """The gathered sums equal a per-token ``sum`` to the bit, so decoding is unchanged."""
    rng = np.random.default_rng(3)
    names = [f"f{k}" for k in range(50)]
    tagger = ArgumentTagger(names, rng.normal(size=(50, len(TAGS))).astype(np.float32),
                            np.zeros((len(TAGS), len(TAGS))), np.zeros(len(TAGS)))
    doc = nlp(_TEXT)
    sent = next(iter(doc.sents))
    feats = sentence_features(sent, ["O"] * len(sent), sent.root)
    feats = [[names[hash(f) % 50] for f in fs] + ["unknown"] for fs in feats] + [["unknown"]]
    expected = np.zeros((len(feats), len(TAGS)), dtype=np.float32)
    for k, fs in enumerate(feats):
        ids = [tagger.index[f] for f in fs if f in tagger.index]
        if ids:
            expected[k] = tagger.weights[ids].sum(axis=0)
    assert np.array_equal(tagger.emissions(feats), expected)
