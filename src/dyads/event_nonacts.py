"""Trigger words that name no act of a party in their sentence: a resolve ("cannot allow chaos to
return"), an order about an object ("ordered the statue taken down"), relief voiced, the terms
of a document ("a communique establishing relations"), help sought only "if needed", an
analyst's warning, and a protest that is announced, not held.

Why apart: the judges of batches AI and AJ called each of these "no event" (or, for the announced
protest, a wrong flag); each check reads the grammar around the trigger, so the rule works on any
such sentence and the vetoes stay out of the coder, which is about finding events.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_lexicon import sector_words
from .event_generics import ONLOOKERS
from .event_promises import DISORDERS
from .event_roles import SUBJ, children, to_infinitive

__all__ = [
    "announced_protest", "conditional_help", "document_terms", "object_order", "onlooker_warning",
    "resolve_allow", "own_act_defended", "voiced_feeling",
]

_PERMITTING = {"allow", "permit", "let"}
# modals of a resolve or a hope, not of an act: "we cannot allow", "it should allow"
_RESOLVE_MODALS = {"can", "could", "ca", "should", "must"}
_ORDERING = {"order", "command", "direct"}
# what is done to a thing ordered away ("ordered the monument taken down"); "ordered the blogger
# held" is a detention, coded elsewhere
_REMOVALS = {"take", "remove", "demolish", "dismantle", "destroy", "tear", "pull", "bulldoze", "relocate", "raze",
             "move", "knock", "burn", "scrap"}
# pacts whose terms are told by a participle: "a communique establishing relations"
# (pacts only: "a statement defending Bolsonaro", "a decree dismissing the officers" are the acts)
_DOCUMENTS = {"communique", "communiqué", "treaty", "accord", "agreement", "pact", "memorandum", "protocol",
              "charter", "convention"}
# verbs by which one utters or shows a feeling: "voiced relief", "expressed relief"
_VOICING = {"voice", "express", "feel", "show", "share", "sigh"}
_FEELINGS = {"relief", "worry", "joy", "anger", "concern", "frustration", "fear", "hope", "satisfaction"}
# verbs that put a protest ahead: "announced pickets", "planned a march" ("organised protests" were held)
_ANNOUNCING = {"announce", "plan", "schedule", "threaten", "vow"}
# conditions under which a party would act: "if needed", "if necessary"
_NEEDED = {"need", "needed", "necessary", "require", "required"}


def resolve_allow(tok: Token, has_target: bool) -> bool:
    """"We cannot allow criminals to hold the nation hostage", "it should allow the two governments
    to turn the page", "the army would not allow the nation to slide back into chaos": a resolve or
    a hope about what others may do (an object and a "to" clause), no permission given or refused.
    Why: three judges called these "no event"; "would not allow incidents", a refusal with a
    plain object, and a negated "allow" aimed at a coded party stay."""
    if tok.lemma_.lower() not in _PERMITTING or tok.pos_ not in ("VERB", "AUX"):
        return False
    clause = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
              and (to_infinitive(c) or tok.lemma_.lower() == "let")]
    if not clause:
        return False
    modals = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in tok.children)
    if modals & _RESOLVE_MODALS:
        return True
    # "would not allow the nation to slide back into chaos": disorder no one is warned off; "would
    # not allow him to leave" refuses a thing asked, and "would not allow other nations to attack"
    # warns (``event_promises``): both stay
    return negated and bool(modals) and not has_target and any(
        t.lemma_.lower() in DISORDERS for c in clause for t in c.subtree)


def object_order(tok: Token) -> bool:
    """"ordered the monument taken down": a command whose object is a thing with a past participle
    of its removal, an order about an object, no demand on another actor.
    Why: AJ's judge called such a cabinet order "no event"; "ordered the troops back", "ordered
    the prisoners released" (people) stay."""
    if tok.lemma_.lower() not in _ORDERING or tok.pos_ != "VERB":
        return False
    words = sector_words()
    # (the small model hangs the participle on the object or, as a second complement, on the verb)
    states = [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.tag_ == "VBN"
              and c.lemma_.lower() in _REMOVALS]
    for obj in children(tok, {"dobj"}):
        if not any(c.dep_ in ("acl", "oprd", "ccomp") and c.tag_ == "VBN" and c.lemma_.lower() in _REMOVALS
                   for c in obj.children) and not any(s.i > obj.i for s in states):
            continue
        lemma = obj.lemma_.lower()
        if obj.pos_ == "NOUN" and not obj.ent_type_ and lemma not in words and obj.lower_ not in words:
            return True
    return False


def voiced_feeling(tok: Token) -> bool:
    """"residents voiced both relief and worry": a feeling uttered, not relief aid given."""
    if tok.lemma_.lower() != "relief" or tok.pos_ != "NOUN":
        return False
    head = tok.head
    while tok.dep_ == "conj" and head.pos_ == "NOUN":
        tok, head = head, head.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in _VOICING:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in {"sigh", "sense", "feeling"}:
        return True
    return any(c.dep_ == "conj" and c.lemma_.lower() in _FEELINGS - {"relief"} for c in tok.children)


def document_terms(tok: Token) -> bool:
    """"sign a communique establishing relations": a participle telling what a pact provides, its
    terms, not an act told; the signing (or the trip to sign) is the event."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN" \
        and tok.head.lemma_.lower() in _DOCUMENTS


def conditional_help(tok: Token) -> bool:
    """"her government would seek help from international lenders if needed": an own act voiced as
    a possibility under a condition of need, no request made (AF1's bare possibility)."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                                                   for c in tok.children):
        return False
    for clause in children(tok, {"advcl"}):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "if" in marks and (clause.lower_ in _NEEDED or clause.lemma_.lower() in _NEEDED):
            return True
    return False


def announced_protest(tok: Token) -> bool:
    """"activists announced pickets outside the embassy": a protest noun that is the object of an
    announcement or plan is still ahead (the future flag), not held."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return False
    return tok.head.lemma_.lower() in _ANNOUNCING


_WARNING = {"warn", "caution"}


def onlooker_warning(tok: Token) -> bool:
    """"Aram Hakobyan, a researcher at an institute in Yerevan, ... warned it could stall in
    parliament": an analyst's, economist's or researcher's warning is a forecast; an onlooker
    speaks for no party that could carry out a threat (``event_generics.ONLOOKERS``)."""
    if tok.lemma_.lower() not in _WARNING or tok.pos_ != "VERB":
        return False
    verb = tok
    while not children(verb, SUBJ) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "called the deal ... but warned": the first conjunct's subject
    for subj in children(verb, SUBJ):
        nouns = [subj] + [a for a in subj.children if a.dep_ == "appos"]
        if any(n.lemma_.lower() in ONLOOKERS for n in nouns):
            return True
    return False


_JUSTIFYING = frozenset({"defend", "justify"})
# possessives that make the defended thing the defender's own ("defended its takeover of the bank")
_OWN_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my"})
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})


def own_act_defended(tok: Token, target_starts: list[int]) -> bool:
    """(session 42) "the government defended its takeover of the bank", "the president defended the
    law in an address", "the minister defended himself": a party justifying its own decision, law,
    purchase or treaty (or itself) backs no one else, so it is no SUPPORT 052 (the judges'
    self-justification convention since batch AK). The defended thing is a common noun with no
    possessor or the defender's own ("its", "his"), or a reflexive; with no possessor the record must
    have no target (``target_starts``: character offsets of the targets) but the partner of the
    thing ("defended a treaty with Australia"), so "defended the protesters" or "defended Israel's
    offensive" stay support of another party."""
    if tok.lemma_.lower() not in _JUSTIFYING or tok.pos_ != "VERB":
        return False
    objects = children(tok, {"dobj"})
    if len(objects) != 1:
        return False
    obj = objects[0]
    if obj.lower_ in _REFLEXIVES:
        return True
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"]
    if owners:
        return all(o.lower_ in _OWN_POSSESSIVES for o in owners)
    partners = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "with"]
    return all(any(a <= start < b for a, b in partners) for start in target_starts)
