"""Words with a physical sense beside their political one (session 44, from batch AP's verdicts).

Why: "riot police charged the crowds with batons" is a baton charge, not a criminal charge (the
coder read CAMEO 1121, accuse of crime); "signed a decree declaring the 1991 ceasefire over" ends
a truce, it declares none (RETREAT 0871 was read from the noun; the record is dropped); "residents fired guns into the
air in celebration" is joy, no show of force (MOBILIZE 150); "Russian forces pushed on to the city
of Gori" is an advance, no appeal (REQUEST 020 from "pushed for"); and a court that "declared the
party unconstitutional" bans it (COERCE 1722, as batch AN's judges coded it), where declaring a
law so rejects the law.
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
# townspeople whose shots into the air are joy or mourning, never a show of force
_REVELLERS = frozenset({"resident", "villager", "people", "crowd", "supporter", "reveller", "reveler", "fan",
                        "guest", "celebrant", "tribesman", "mourner", "townspeople", "youth"})
# the ways an advance goes ("pushed on to the city", "pushed into the town")
_ADVANCE_PREPS = frozenset({"to", "into", "toward", "towards", "through", "deep", "onto", "across"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "port", "province", "region", "border", "outskirts",
                          "territory", "valley", "district", "frontier", "airport", "base", "heartland"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "SEP"})
# bodies a court may ban by declaring them unconstitutional
_BANNABLE = frozenset({"party", "movement", "organisation", "organization", "group", "bloc", "alliance",
                       "association", "union", "front"})


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
    if any(w.lemma_ == "be" and w.dep_ == "xcomp" and any(c.lower_ in _ENDED for c in w.children)
           for w in tok.subtree if w.i > tok.i):
        return True  # (the small model hangs "to be over" on the truce's own participle)
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_ == "be":
        # ("declaring the ceasefire brokered by the U.N. to be over")
        return any(c.lower_ in _ENDED for c in verb.children if c.dep_ in ("acomp", "advmod", "prt", "attr"))
    return tok.dep_ == "dobj" and any(c.lower_ in _ENDED for c in verb.children
                                      if c.dep_ in ("oprd", "acomp", "advmod", "prt", "ccomp", "xcomp") and c.i > tok.i)


def _advance(tok: Token) -> bool:
    """ "pushed on to the city of Gori", "pushed into the town": "push" along a way to a place,
    with no "for" phrase and no infinitive (what "pushed for talks", "pushed Kyiv to sign" ask)."""
    if tok.lemma_.lower() != "push" or tok.pos_ != "VERB" or _children(tok, {"xcomp", "ccomp", "dobj"}):
        return False
    preps = [p for p in _children(tok, {"prep"})]
    if any(p.lower_ == "for" for p in preps):
        return False
    ways = preps + [p for a in _children(tok, {"advmod", "prt"}) for p in _children(a, {"prep"})]
    if any(p.lower_ == "to" and not list(p.children) for p in ways):
        # (session 57) "pushed to within a few miles of Monrovia": the parser hangs "within"
        # beside an empty "to"; the place is in its phrase
        ways += [p for p in preps if p.lower_ in ("within", "near")]
    return any((p.lower_ in _ADVANCE_PREPS or p.lower_ in ("within", "near")) and any(
        o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in _PLACE_NOUNS
        for o in (_children(p, {"pobj"}) if p.lower_ in _ADVANCE_PREPS else p.subtree))
        for p in ways)


def _party_declared_unconstitutional(cand: Candidate) -> bool:
    tok = cand.token
    if tok.lemma_.lower() != "declare" or not cand.source or not all(a.sector == "JUD" for a in cand.source):
        return False
    # (the small model may read "the Shor party unconstitutional" as one noun phrase, or as a clause)
    objs = [w for o in _children(tok, {"dobj", "ccomp", "xcomp", "oprd"})
            for w in (o, *_children(o, {"compound", "nsubj"}))]
    return any(o.lemma_.lower() in _BANNABLE for o in objs)


def physical_retype(cand: Candidate) -> None:
    """Retype a baton charge (ASSAULT 175, violent repression), drop a truce declared over (the
    opposite of the ceasefire its noun reads as; see docs/events.md for the types tried), an armed advance
    (ASSAULT 190; an advance by anyone else is no appeal either, and is dropped) and a court's ban
    of a party (COERCE 1722)."""
    tok = cand.token
    if cand.type == "ACCUSE" and _baton_charge(tok):
        cand.type, cand.cameo, cand.mode, cand.context = "ASSAULT", "175", None, []
    elif cand.type == "RETREAT" and (cand.cameo or "").startswith("087") and _truce_declared_over(tok):
        cand.absorbed = True
    elif cand.type == "REQUEST" and _advance(tok):
        if cand.source and all(a.sector in _ARMED_SECTORS or a.kind == "country" and not a.sector
                               for a in cand.source):
            cand.type, cand.cameo, cand.mode, cand.context = "ASSAULT", "190", None, ["military"]
        else:
            cand.absorbed = True
    elif cand.type == "REJECT" and _party_declared_unconstitutional(cand):
        cand.type, cand.cameo, cand.mode, cand.context = "COERCE", "1722", "restrict", ["political_institutions"]


def celebratory_fire(tok: Token) -> bool:
    """Whether "fire" is shooting into the air for joy ("fired guns into the air in celebration",
    "firing into the air to celebrate"): no act toward anyone."""
    if tok.lemma_.lower() != "fire" or tok.pos_ != "VERB":
        return False
    air = any(o.lower_ == "air" for p in _children(tok, {"prep"}) if p.lower_ in ("into", "in")
              for o in _children(p, {"pobj"}))
    if not air:
        return False
    if any(s.lemma_.lower() in _REVELLERS for s in _children(tok, {"nsubj"})):
        return True  # ("In Tskhinvali, residents fired guns into the air": townspeople, no force)
    near = tok.doc[tok.i:min(tok.sent.end, tok.i + 12)]
    return any(t.lemma_.lower() in _JOY or t.lower_ in _JOY for t in near)
