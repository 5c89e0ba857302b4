"""A second doer told by comparison: "Kenya condemned the attack, as did Tanzania".

Why: wire copy names a second actor who did the same thing with an elliptical "as did X" (the verb
stands in for the whole act), so the parser gives X no verb of its own and the act would be coded
for the first doer only; coders record one event per doer, and judges listed the second one as
missed ("issued a statement of congratulations, as did China's embassy").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from .event_modality import Candidate
from .model import Actor

__all__ = ["likewise_twin"]

# how far a nominal trigger may sit below the verb the comparison hangs on ("issued a statement
# of congratulations": congratulations -> of -> statement -> issued)
_MAX_UP = 3


def _carrying_verb(tok: Token) -> Token | None:
    """The verb of the trigger's own clause: the trigger itself, or the verb its noun phrase hangs on."""
    cur = tok
    for _ in range(_MAX_UP + 1):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.dep_ not in ("dobj", "pobj", "prep", "compound", "nsubjpass", "attr") or cur.head is cur:
            return None
        cur = cur.head
    return None


def _as_did(verb: Token) -> Token | None:
    """The "did" of an inverted "as did X" hung on ``verb``: the mark "as", the subject after the
    verb and nothing done of its own (not "as it did in 2010", which compares with a past act)."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.lemma_.lower() != "do" or c.i < verb.i:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "as" and m.i == c.i - 1 for m in c.children):
            continue
        subjects = [s for s in c.children if s.dep_ == "nsubj"]
        if subjects and all(s.i > c.i for s in subjects) \
                and not any(d.dep_ in ("dobj", "ccomp", "xcomp", "prep", "npadvmod") for d in c.children):
            return c
    return None


def likewise_twin(cand: Candidate, subject: Callable[[Token], list[Actor]]) -> Candidate | None:
    """The same act done by the subject of an "as did X" on the candidate's clause, or None.

    ``subject`` gives the actors of a verb's subject (the coder's own reading of subjects). The twin
    keeps the act's type, code, target and flags; only its doers change."""
    verb = _carrying_verb(cand.token)
    did = _as_did(verb) if verb is not None else None
    if did is None or not cand.source:
        return None
    doers = [a for a in subject(did) if a not in cand.source]
    if not any(a.code for a in doers):
        return None
    return replace(cand, source=doers, target=[a for a in cand.target if a not in doers],
                   context=list(cand.context))
