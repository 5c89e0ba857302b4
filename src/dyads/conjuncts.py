"""The first item of a coordination, which the parser makes the head of the others."""

from __future__ import annotations

from spacy.tokens import Token


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` belongs to ("police and soldiers" from "soldiers"):
    the parser hangs each later item on the one before it with the dependency ``conj``."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
