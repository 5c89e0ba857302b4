"""Words with a physical sense beside their political one (session 44, from batch AP's verdicts).

Why: "riot police charged the crowds with batons" is a baton charge, not a criminal charge (the
coder read CAMEO 1121, accuse of crime); "signed a decree declaring the 1991 ceasefire over" ends
a truce, it declares none (RETREAT 0871 was read from the noun); and "residents fired guns into
the air in celebration" is joy, no show of force (MOBILIZE 150).
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_modality import Candidate
from .triggers import word_list

__all__ = ["celebratory_fire", "physical_retype"]

_CROWDS = frozenset({"crowd", "protester", "protestor", "demonstrator", "marcher", "rioter", "student",
                     "supporter", "mourner", "picket", "striker", "fan", "worker", "villager"})
# what a physical charge is made with or against ("with batons", "with tear gas")
_CHARGE_WEAPONS = frozenset({"baton", "truncheon", "club", "stick", "bayonet", "horse", "horseback", "shield",
                             "gas", "cannon", "whip", "sword", "machete"})
_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# "declared the truce over", "declared the ceasefire ended / null and void"
_ENDED = frozenset({"over", "ended", "dead", "void", "null", "finished", "defunct", "invalid"})
_JOY = frozenset({"celebration", "celebrate", "jubilation", "joy", "celebrating", "festivity", "wedding"})
_TROOPS = word_list("troops")


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _with_objects(tok: Token) -> list[Token]:
    return [o for p in _children(tok, {"prep"}) if p.lower_ == "with" for o in _children(p, {"pobj"})]


def _baton_charge(tok: Token) -> bool:
    """ "police charged the crowds with batons", "troops charged at the protesters": a charge made
    with a weapon, or at or into a crowd, or on a crowd with no "with" phrase naming a crime."""
    if tok.lemma_.lower() != "charge" or tok.pos_ != "VERB":
        return False
    withs = _with_objects(tok)
    if any(o.lemma_.lower() in _CHARGE_WEAPONS for o in withs):
        return True
    at = [o for p in _children(tok, {"prep"}) if p.lower_ in ("at", "into", "toward", "towards")
          for o in _children(p, {"pobj"})]
    if any(o.lemma_.lower() in _CROWDS for o in at):
        return True
    objs = _children(tok, {"dobj"})
    return not withs and any(o.lemma_.lower() in _CROWDS for o in objs) and any(
        s.lemma_.lower() in _TROOPS or s.lemma_.lower() in ("officer", "police", "policeman", "gendarme")
        for s in _children(tok, {"nsubj"}))


def _truce_declared_over(tok: Token) -> bool:
    """ "a decree declaring the 1991 ceasefire over": the truce noun with an "over"/"ended" word."""
    if tok.lemma_.lower() not in _TRUCES or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.lower_ in _ENDED for c in tok.children if c.dep_ in ("advmod", "amod", "oprd", "acomp", "prt")):
        return True
    verb = tok.head
    return tok.dep_ == "dobj" and any(c.lower_ in _ENDED for c in verb.children
                                      if c.dep_ in ("oprd", "acomp", "advmod", "prt", "ccomp", "xcomp") and c.i > tok.i)


def physical_retype(cand: Candidate) -> None:
    """Retype a baton charge (ASSAULT 175, violent repression) and a truce declared over
    (ASSAULT 196, the end of a ceasefire, which the CAMEO table files with its violation)."""
    tok = cand.token
    if cand.type == "ACCUSE" and _baton_charge(tok):
        cand.type, cand.cameo, cand.mode, cand.context = "ASSAULT", "175", None, []
    elif cand.type == "RETREAT" and (cand.cameo or "").startswith("087") and _truce_declared_over(tok):
        cand.type, cand.cameo, cand.mode, cand.context = "ASSAULT", "196", None, ["military"]


def celebratory_fire(tok: Token) -> bool:
    """Whether "fire" is shooting into the air for joy ("fired guns into the air in celebration",
    "firing into the air to celebrate"): no act toward anyone."""
    if tok.lemma_.lower() != "fire" or tok.pos_ != "VERB":
        return False
    air = any(o.lower_ == "air" for p in _children(tok, {"prep"}) if p.lower_ in ("into", "in")
              for o in _children(p, {"pobj"}))
    if not air:
        return False
    near = tok.doc[tok.i:min(tok.sent.end, tok.i + 12)]
    return any(t.lemma_.lower() in _JOY or t.lower_ in _JOY for t in near)
