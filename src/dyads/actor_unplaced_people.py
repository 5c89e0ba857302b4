"""Private people no rule placed whom their own sentence places (session 58).

Why: batch CQ2's judges found "civilians" whose bodies were found in Bucha, "protesters" of
Gaddafi's crackdown and "students" who occupied Taiwan's legislature all left without a state,
though each sentence says whose they are: a "where" clause puts them in a named town, a
crackdown is a ruler's on his own people, and people who occupy a state's parliament act at
home. Only unplaced civilians, students and the like are read, after every other pass.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex, Mention
from .countries import NON_STATE_CODES
from .mention_sectors import MISSIONS

__all__ = ["people_placed_by_sentence"]

_PRIVATE = frozenset({"CVL", "EDU", "LAB", "REF", "MED", "BUS", "AGR", "REL"})
_CRACKDOWNS = frozenset({"crackdown", "repression", "persecution", "massacre"})
_OCCUPYING = frozenset({"occupy", "storm", "besiege", "blockade", "surround", "invade"})
_ORGANS = frozenset({"LEG", "GOV", "JUD"})


def _mention_of(ix: DocIndex, tok: Token) -> Mention | None:
    return next((o for o in ix.mentions if o.start <= tok.i < o.end), None)


def _state_of(o: Mention | None) -> str | None:
    return o.country if o is not None and o.country and o.country not in NON_STATE_CODES else None


def _where_place(ix: DocIndex, head: Token) -> str | None:
    """"the town of Bucha, where bodies of civilians ... were found": the place a "where"
    clause hangs on, for its subject or a noun of its subject's "of" phrase."""
    tok = head
    for _ in range(3):
        verb = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" \
                and any(c.lower_ == "where" for c in verb.children):
            return _state_of(_mention_of(ix, verb.head))
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
            continue
        return None
    return None


def _cracked_down(ix: DocIndex, head: Token) -> str | None:
    """"Muammar Gaddafi's crackdown on protesters": the ruler's own people."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("on", "against", "of"):
        return None
    noun = prep.head
    if noun.lemma_.lower() not in _CRACKDOWNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return _state_of(_mention_of(ix, owner)) if owner is not None else None


def _occupied_organ(ix: DocIndex, head: Token) -> str | None:
    """"hundreds of students occupied Taiwan's legislature": people who seize a state's
    parliament or ministry act at home (not an embassy: "students stormed the US embassy")."""
    tok = head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj":
        tok = tok.head.head  # "hundreds of students"
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _OCCUPYING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in MISSIONS:
        return None
    organ = _mention_of(ix, obj)
    if organ is None or organ.sector not in _ORGANS:
        return None
    return _state_of(organ)


def people_placed_by_sentence(ix: DocIndex) -> None:
    """Give unplaced private groups the state their own sentence places them in."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "group" or m.sector not in _PRIVATE or m.name:
            continue
        head = doc[m.end - 1]
        state = _where_place(ix, head) or _cracked_down(ix, head) or _occupied_organ(ix, head)
        if state is not None:
            m.country, m.from_context, m.confidence = state, True, 0.6
