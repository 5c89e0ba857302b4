"""Trigger words that are no event where they stand: a disaster as the doer, a weather warning, a
refusal to comment.

Why apart: each rule vetoes a candidate the lexicon matched, for a reason a reader can check
against the sentence; keeping the vetoes together keeps the coder about finding events.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import SUBJ as _SUBJ, children as _children, prep_objects as _prep_objects, verb_of as _verb_of
from .triggers import word_list

__all__ = ["mishap", "mishap_inquiry", "no_comment", "weather"]

_MISHAPS = word_list("mishaps")
_DENIED = word_list("denied")


def _mishap_words(tok: Token) -> bool:
    """Whether a noun is or is modified by a disaster word ("Hurricane Lorenzo", "flood warning")."""
    words = {tok.lemma_.lower()} | {t.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                                    for t in c.subtree}
    return bool(words & _MISHAPS)


def weather(tok: Token) -> bool:
    """A warning of a storm or flood ("a hurricane warning", "warned of flash floods") is no threat."""
    if tok.pos_ == "NOUN":
        return _mishap_words(tok)
    if tok.dep_ == "acl" and _mishap_words(tok.head):
        return True
    return any(_mishap_words(o) for o in _prep_objects(tok, {"of", "about"}) + _children(tok, {"dobj"}))


def mishap_inquiry(tok: Token) -> bool:
    """An investigation of a crash, fire or outbreak looks for causes, not culprits (no ACCUSE)."""
    looked_at = _prep_objects(tok, {"of", "into"}) + _children(tok, {"dobj"})
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "began investigations of the crash"
        looked_at += _prep_objects(tok.head, {"of", "into"})
    return any(o.lemma_.lower() in _MISHAPS or _mishap_words(o) for o in looked_at)


def mishap(tok: Token, subject_only: bool = False) -> bool:
    """Whether the doer is a disaster or accident rather than an actor."""
    verb = tok if tok.pos_ == "VERB" else _verb_of(tok)
    if verb is None:
        return False
    for subj in _children(verb, _SUBJ):
        if _mishap_words(subj):
            return True
    if subject_only:
        return False
    for agent in _prep_objects(verb, {"by", "in"}):
        if agent.lemma_.lower() in _MISHAPS:
            return True
    return False


def no_comment(tok: Token) -> bool:
    """A refusal to comment or a denial of blame is a statement (CAMEO 011/016), not a rejection."""
    lemma = tok.lemma_.lower()
    if lemma in ("decline", "refuse") and any(c.lemma_ in ("comment", "speak", "elaborate", "confirm")
                                              for c in _children(tok, {"xcomp"})):
        return True
    if lemma in ("deny", "reject", "dismiss", "refute"):
        if any(c.lemma_.lower() in _DENIED for c in _children(tok, {"dobj"})):
            return True
        if lemma == "deny" and _children(tok, {"ccomp"}):
            return True
    return False
