"""People whose own sentence says whose they are, read after every other pass (session 58).

Why: batch CQ2's judges found "civilians" whose bodies were found in Bucha, "protesters" of
Gaddafi's crackdown and "students" who occupied Taiwan's legislature all left without a state,
though each sentence says whose they are: a "where" clause puts them in a named town, a
crackdown is a ruler's on his own people, and people who occupy a state's parliament act at
home. Batch CR2's found "commanders of the Islamist group" coded as the army, and unnamed
spokespeople given the story's state though the body that "said" just before is theirs.
Only unplaced private groups, army rank words and context-placed spokespeople are read.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex, Mention
from .actor_context import where_clause_antecedent
from .actor_mentions import mention_at
from .countries import NON_STATE_CODES
from .mention_sectors import MISSIONS

__all__ = ["people_placed_by_sentence"]

_PRIVATE = frozenset({"CVL", "EDU", "LAB", "REF", "MED", "BUS", "AGR", "REL"})
_CRACKDOWNS = frozenset({"crackdown", "repression", "persecution", "massacre"})
_OCCUPYING = frozenset({"occupy", "storm", "besiege", "blockade", "surround", "invade"})
_ORGANS = frozenset({"LEG", "GOV", "JUD"})


def _state_of(o: Mention | None) -> str | None:
    return o.country if o is not None and o.country and o.country not in NON_STATE_CODES else None


def _where_place(ix: DocIndex, head: Token) -> str | None:
    """"the town of Bucha, where bodies of civilians ... were found": the place a "where"
    clause hangs on, for its subject or a noun of its subject's "of" phrase."""
    tok = head
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass") and (where := where_clause_antecedent(tok)) is not None:
            return _state_of(mention_at(ix, where.i))
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
    return _state_of(mention_at(ix, owner.i)) if owner is not None else None


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
    organ = mention_at(ix, obj.i)
    if organ is None or organ.sector not in _ORGANS:
        return None
    return _state_of(organ)


# (session 58) Nouns of an armed group a state's army is not: "commanders of the Islamist group".
_ARMED_GROUP_NOUNS = frozenset({"group", "sect", "insurgency", "insurgent", "rebellion", "network"})


def _of_armed_group(ix: DocIndex, m: Mention) -> bool:
    """"five senior commanders of the Islamist group": an army's rank word whose "of" phrase
    names an armed group (not a state's army) is that group's."""
    head = ix.doc[m.end - 1]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            body = mention_at(ix, obj.i)
            if body is not None and body.sector in ("REB", "UAF"):
                return True
            if body is None and obj.lemma_.lower() in _ARMED_GROUP_NOUNS:
                return True
    return False


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _speaking_body(ix: DocIndex, m: Mention) -> Mention | None:
    """"The European Commission said ... A spokeswoman said the bloc expected", "the State
    Department said ... what a spokesman called China's retaliation": an unnamed spokesperson
    the context placed speaks for the body that is the subject of "said" in their own sentence
    or, when they open theirs, in the sentence before; or the official whose deed the clause they
    report tells."""
    doc = ix.doc
    head = doc[m.end - 1]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() == "say":
        # (session 59) "Vice President Yemi Osinbajo cancelled his trip, a spokesman said": the
        # spokesperson of the official whose deed the reported clause tells first
        verb = head.head
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i]
        if verb.dep_ == "parataxis" and verb.head.i < head.i:
            clauses.append(verb.head)  # (the parser may hang "a spokesman said" on the clause)
        for clause in clauses:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            leader = mention_at(ix, subject.i) if subject is not None else None
            if leader is not None and leader.kind == "person" and leader.name and leader.country \
                    and leader.sector == "GOV":
                return leader
    sent = doc[m.start].sent
    sents = [sent]
    if m.start == sent.start and sent.start > 0:
        sents.append(doc[sent.start - 1].sent)
    for s in sents:
        for tok in s:
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "say" and not m.start <= tok.i < m.end:
                body = mention_at(ix, tok.i)
                if body is not None and body is not m and body.kind == "organisation" and body.country \
                        and body.sector == "GOV":
                    return body
    return None


def people_placed_by_sentence(ix: DocIndex) -> None:
    """Give unplaced private groups the state their own sentence places them in; an army's rank
    word of an armed group is the group's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.sector == "MIL" and m.kind in ("group", "person") and m.name is None and _of_armed_group(ix, m):
            m.sector = "REB"
            continue
        if (m.from_context or m.country is None) and m.kind == "person" and m.name is None \
                and m.end - m.start == 2 and doc[m.end - 1].lower_ in _SPOKESPEOPLE \
                and not any(c.dep_ == "prep" and c.lower_ == "for" for c in doc[m.end - 1].children) \
                and (body := _speaking_body(ix, m)) is not None:
            # (only a bare "a spokesman": not "a presidential spokesperson", "a spokesman for X")
            m.country, m.sector = body.country, body.sector
            continue
        if m.country is not None or m.kind != "group" or m.sector not in _PRIVATE or m.name:
            continue
        head = doc[m.end - 1]
        state = _where_place(ix, head) or _cracked_down(ix, head) or _occupied_organ(ix, head)
        if state is not None:
            m.country, m.from_context, m.confidence = state, True, 0.6
