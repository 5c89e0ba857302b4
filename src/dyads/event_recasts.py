"""Verbs the lexicon reads as one type whose object or voice tells another (session 37, batch AJ).

Why apart: "ordered" is a demand and "met" a meeting, "handed over" a return of property, until
their phrase shows a broadcaster taken off the air, sanctions imposed, a politician met by
protesters or a prisoner handed to a state; `events._Coder.candidate` asks these predicates once
the trigger's row is known.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import children as _children, prep_objects as _prep_objects

__all__ = ["off_air", "ordered_measure", "met_by_protesters", "person_handed_over"]

# measures a body "orders" on another: the order is the measure imposed, not a demand
_SANCTION_MEASURES = frozenset({"sanction", "sanctions", "embargo", "freeze", "freezes", "boycott"})
_BAN_MEASURES = frozenset({"ban", "bans"})
# crowds whose meeting someone is hostile: "was met by angry protesters"
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "heckler", "picket", "rioter"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# named entities that are lands or bodies, never a prisoner ("Hong Kong was handed over to China")
_PLACE_KINDS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def off_air(tok: Token) -> bool:
    """Whether an order takes a broadcaster "off the air" ("ordered Radio France Internationale off
    the air"): a ban on a medium, censorship (COERCE 1721), no demand the broadcaster could refuse."""
    return any(o.lower_ == "air" for n in (tok, *_children(tok, {"dobj"})) for o in _prep_objects(n, {"off"}))


def ordered_measure(tok: Token) -> str | None:
    """The type of the measure an order names as its object ("ordered travel bans and asset freezes
    on its leaders", "ordered sanctions against"): the order imposes it, so the record is the measure,
    a sanction (SANCTION 163) or a ban (COERCE 172), not a request. None when the object is no measure."""
    named = _children(tok, {"dobj"})
    for clause in _children(tok, {"ccomp"}):
        # the small model may read "ordered travel bans and asset freezes on" as a clause whose
        # verb is "freezes" and whose subject is "bans"
        named += [*_children(clause, {"nsubj"}), clause]
    for obj in named:
        word = obj.lemma_.lower()
        if word in _SANCTION_MEASURES or obj.lower_ in _SANCTION_MEASURES:
            return "SANCTION"
        if word in _BAN_MEASURES or obj.lower_ in _BAN_MEASURES:
            return "COERCE"
    return None


def met_by_protesters(tok: Token) -> bool:
    """Whether a passive "met" has protesters for its agent ("was met by angry protesters in several
    cities"): a protest against the one met (PROTEST 141), no consultation."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(o.lemma_.lower() in _PROTESTERS for o in _prep_objects(tok, {"by"}))


def person_handed_over(tok: Token) -> bool:
    """Whether a passive "handed over" gives a person to another party ("he was handed over to
    Equatorial Guinea"): a prisoner transferred between states is an extradition (judicial
    cooperation, CAMEO 063), not property returned. Territory or power handed over stays."""
    if not _prep_objects(tok, {"to"}) or not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    return any(s.lower_ in _PERSON_PRONOUNS or s.ent_type_ == "PERSON"
               or s.pos_ == "PROPN" and s.ent_type_ not in _PLACE_KINDS and _children(s, {"appos"})
               for s in _children(tok, {"nsubjpass"}))
