"""Speech cues: the verbs and nouns that mark reported speech, read from ``data/cues.tsv``.

Shared by the quote finder (where does a quotation's cue sit?) and speaker resolution (is a
clause something a cue reports?), so both read one lexicon and one test of what a cue is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

__all__ = ["Cues", "cue_lexicon", "is_cue", "cue_word"]


@dataclass(frozen=True, slots=True)
class Cues:
    verbs: frozenset[str]
    clause_verbs: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)
def cue_lexicon() -> Cues:
    """The speech cues in ``data/cues.tsv``: verbs, verbs that report a clause, speaker nouns."""
    text = resources.files("dyads").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    verbs, clause, nouns = set(), set(), set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, kind, takes_clause = (line.split("\t") + ["", ""])[:3]
        if kind == "verb":
            verbs.add(lemma)
            if takes_clause == "yes":
                clause.add(lemma)
        elif kind == "noun":
            nouns.add(lemma)
    return Cues(frozenset(verbs), frozenset(clause), frozenset(nouns))


def is_cue(tok: Token, cues: Cues) -> bool:
    """Whether ``tok`` introduces speech: a cue verb used as a verb, or 'according to'."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return True
    lemma = tok.lemma_.lower()
    if lemma not in cues.verbs or tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod":
        return False
    if lemma == "add" and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children):
        return False  # 'the aid adds to the …' is arithmetic, not speech
    return True


def cue_word(tok: Token) -> str:
    """The cue as a Quote records it: the word itself, or 'according to' in full."""
    return "according to" if tok.lower_ == "according" else tok.lower_
