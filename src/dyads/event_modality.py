"""When and how sure: negation, promises, threats and hypotheticals of a candidate event, and the
CAMEO detail its context words add.

Kept apart from the parse-walking coder because these rules read like the PLOVER manual's
("promises of cooperation are AGREE") and are tuned on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .event_roles import scoped as _scoped, verb_of as _verb_of
from .model import Actor
from .triggers import (
    AGREE_CODE as _AGREE_CODE,
    AGREE_CONTEXT_CODE as _AGREE_CTX,
    REJECT_CODE as _REJECT_CODE,
    THREATEN_CODE as _THREATEN_CODE,
    Trigger,
    context_words,
    word_list,
)

__all__ = ["COOP_TYPES", "HYPO_MARK", "THREAT_TYPES", "Candidate", "make_promise", "refine_code", "set_flags"]

_CONTEXT_WORDS = context_words()
_FUTURE_HEADS = word_list("future_heads")
_VERBAL_ADVERBS = word_list("verbal_adverbs")
_LIGHT = word_list("light_verbs")
_ATTEMPTS = {"attempt", "try", "seek", "bid"}
_HYPO_MARK = {"if", "unless", "whether"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPO_AUX = {"could", "would", "might", "may", "should", "'d"}
# "failed to", "was unable to": the act in the complement was tried or wanted but did not happen
_FAIL = {"fail", "refrain", "stop", "cease", "avoid", "unable"}
# "must sign", "has to approve": an obligation names an act still to be done
_DUTY_AUX = {"must"}
# "encouraged its allies to restrict": the act urged on someone else has not happened (yet)
_URGING = {"encourage", "urge", "ask", "press", "pressure", "push", "persuade", "lobby", "advise", "implore",
           "beg", "invite", "exhort", "prod", "nudge", "coax"}
# wishes, needs and votes: "want him to resign", "is needed to impeach", "vote to convict" name an
# outcome someone hopes for or that still has to happen, not one that took place
_WISH = {"want", "wish", "hope", "need", "vote", "prefer", "like"}
# "was arrested for spying", "jailed for insulting the king": the deed is the charge, asserted by
# the side that punishes or blames, so it stays an allegation
_CHARGING = {"arrest", "jail", "sentence", "convict", "charge", "detain", "accuse", "fine", "punish",
             "imprison", "execute", "indict", "prosecute", "blame", "criticize", "criticise", "condemn",
             "sanction", "expel", "deport", "ban", "suspend", "fire", "dismiss"}
_THREAT_TYPES = {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE"}
_COOP_TYPES = {"SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"}
_HELPERS = word_list("helpers")
_VETOABLE = word_list("vetoable")
_TIME_SPANS = word_list("time_spans")
_DRILLS = word_list("war_drills")
_JOINT = word_list("joint_words")
_CROWDS = {"CVL", "OPP", "LAB", "EDU", "AGR"}  # protesters who block access protest, they do not censor
_PARTNERS = {"ally", "partner", "counterpart", "coalition", "neighbour", "neighbor"}
# "an evacuation exercise", "a fire drill": civil-defence practice, not a show of force
_CIVIL_DRILLS = {"evacuation", "fire", "emergency", "rescue", "earthquake", "safety", "disaster", "lockdown"}
_INSTRUMENTS = word_list("instruments") | {"plan"}
_LET_IN = word_list("let_in")
_MEDIA = word_list("media_outlets")
HYPO_MARK, THREAT_TYPES, COOP_TYPES = _HYPO_MARK, _THREAT_TYPES, _COOP_TYPES


@dataclass(slots=True)
class Candidate:
    """An event in the making: the trigger with what the coder has found so far."""

    token: Token
    trigger: Trigger
    type: str
    mode: str | None
    cameo: str | None
    context: list[str]
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    wished: bool = False  # hypothetical only as something wanted or needed, never a threat
    reported_by: Actor | None = None
    date: str | None = None
    depth: float = 0.0
    absorbed: bool = False
    span_end: int = 0



def _obliging(head: Token, chain: list[Token]) -> bool:
    """Whether ``head`` puts the act below it under a present duty ("has to sign", "have to
    approve") or urges it on another party ("encouraged allies to restrict"): not yet done."""
    below = [c for c in head.children if c.dep_ == "xcomp" and c in chain]
    if not below:
        return False
    if head.lemma_.lower() == "have" and head.tag_ in ("VBZ", "VBP", "VB") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for b in below for c in b.children):
        return True
    return head.lemma_.lower() in _URGING and any(c.dep_ in ("dobj", "dative") for c in head.children) \
        and (chain[0].pos_ == "VERB" or chain[0].dep_ == "dobj")  # "release the files from their probe": the probe was done


def set_flags(cand: Candidate) -> None:
    tok = cand.token
    chain = [tok]
    verb = tok if tok.pos_ in ("VERB", "ADJ") else _verb_of(tok)
    if verb is not None and verb.i != tok.i:
        if _scoped(tok, verb):
            chain.append(verb)
        else:
            verb = None
    head = verb or tok
    # climb through control verbs: "plans to allocate", "refused to meet"
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i and len(chain) < 6:
        if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break  # "is not a member, but it is part of a pact": a clause of its own keeps its polarity
        head = head.head
        chain.append(head)
    for t in chain:
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in ("never", "no")):
                if t.i != tok.i and tok.dep_ == "pobj" and t.lemma_.lower() not in _LIGHT:
                    continue  # "did not accede to their demands": the demands were still made
                if t.i == tok.i or (verb is not None and t.i == verb.i) or c.dep_ == "neg":
                    cand.negated = True
            elif c.dep_ == "aux" and low in _FUTURE_AUX:
                cand.future = True
            elif c.dep_ == "aux" and (low in _HYPO_AUX or low in _DUTY_AUX):
                cand.hypothetical = True
            elif c.dep_ == "mark" and low in _HYPO_MARK:
                cand.hypothetical = True
        if t.i != tok.i and t.lemma_ in _FUTURE_HEADS:
            cand.future = True
        if t.i != tok.i and t.lemma_ in _FAIL:
            cand.negated = True
        if t.i != tok.i and _obliging(t, chain):
            cand.hypothetical = True
    if any(t.dep_ in ("xcomp", "ccomp") and t.head.i != t.i and t.head.lemma_.lower() in _WISH
           for t in chain[1:] + [tok] if t.pos_ in ("VERB", "AUX")):
        cand.wished = not cand.hypothetical
        cand.hypothetical = True
    if tok.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in _HYPO_AUX for c in tok.head.children):
        cand.hypothetical = True  # "executing him would not bring her back": an act weighed, not done
    if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _CHARGING:
        cand.hypothetical = True
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ == "no":
                cand.negated = True
    # "if ..." clauses further up
    cur = head
    for _ in range(4):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _HYPO_MARK for c in cur.children):
            cand.hypothetical = True
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head


def refine_code(cand: Candidate) -> None:
    """Context words near the trigger refine CAMEO (military aid 072), and promises become AGREE."""
    tok = cand.token
    lo, hi = max(tok.sent.start, tok.i - 6), min(tok.sent.end, tok.i + 8)
    for t in tok.doc[lo:hi]:
        ctx = _CONTEXT_WORDS.get(t.lower_)
        if ctx and ctx not in cand.context:
            cand.context.append(ctx)
    _retype_by_object(cand)
    code = cand.cameo or ""
    if code == "186" and tok.dep_ in ("xcomp", "acl", "advcl") and tok.head.lemma_.lower() in _ATTEMPTS:
        cand.cameo = "185"  # "attempted to assassinate", "an attempt to assassinate": CAMEO's attempt
    if cand.type == "AID" and any(c.lower_ in _VERBAL_ADVERBS for c in tok.children):
        cand.type, cand.cameo, cand.mode = "SUPPORT", "050", None  # "helping Venezuela diplomatically"
        code = "050"
    if cand.type == "AID" and code == "070":
        for ctx, sub in (("military", "072"), ("humanitarian", "073"), ("economic", "071")):
            if ctx in cand.context:
                cand.cameo = sub
                break
    elif cand.type == "COOPERATE" and code == "060":
        for ctx, sub in (("military", "062"), ("economic", "061"), ("intelligence", "064"), ("legal", "063")):
            if ctx in cand.context:
                cand.cameo = sub
                break


def _retype_by_object(cand: Candidate) -> None:
    """What a verb is done to, or with whom, can change the kind of act: blocking a bill is a
    veto, not a road block; giving someone days to leave is an ultimatum, not a gift; withdrawing
    a proposal yields ground rather than troops; drills held alone are a show of force."""
    tok = cand.token
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if cand.type == "PROTEST" and lemma == "block" and any(o.lemma_.lower() in _VETOABLE for o in objs):
        cand.type, cand.cameo, cand.mode = "REJECT", "129", "yield"  # "Hungary blocked the aid package"
    elif cand.type == "PROTEST" and lemma == "block" and tok.pos_ == "VERB" and any(
            o.lemma_.lower() in _MEDIA for o in objs) and cand.source and not any(
                a.sector in _CROWDS or a.code is None for a in cand.source):
        # "the regulator blocked access to the app": a state shutting something off coerces (a crowd
        # blocking access to a building protests)
        media = any(t.lemma_.lower() in _MEDIA - {"access"} for o in objs for t in o.subtree)
        cand.type, cand.cameo, cand.mode = "COERCE", "1721" if media else "191", "censor" if media else "restrict"
    elif cand.type == "CONCEDE" and lemma in ("allow", "permit") and any(
            t.lemma_.lower() in _LET_IN for o in tok.children if o.dep_ in ("dobj", "ccomp", "xcomp")
            for t in o.subtree):
        # "allowed aid convoys into the town", "permitted inspectors to visit": access (CAMEO 086)
        words = {t.lemma_.lower() for o in tok.children if o.dep_ in ("dobj", "ccomp", "xcomp")
                 for t in o.subtree}
        code = "0863" if words & {"aid", "convoy", "relief"} else "0861" if "peacekeeper" in words else "0862" \
            if words & {"inspector", "observer", "monitor", "investigator"} else "086"
        cand.type, cand.cameo, cand.mode = "RETREAT", code, "access"
    elif cand.type == "AID" and lemma == "give" and any(
            o.lemma_.lower() in _TIME_SPANS for o in tok.children if o.dep_ in ("dobj", "npadvmod")) and any(
            c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for t in (tok, *objs) for c in t.children):
        cand.type, cand.cameo, cand.mode = "THREATEN", "139", "relations"  # "gave them 48 hours to leave"
    elif cand.type == "RETREAT" and cand.mode == "withdraw" and tok.pos_ == "VERB" and any(
            o.lemma_.lower() in _INSTRUMENTS for o in objs):
        cand.type, cand.cameo, cand.mode = "CONCEDE", "080", None  # "withdrew its proposal"
    elif cand.type == "MOBILIZE" and tok.pos_ == "NOUN" and lemma in ("mobilization", "mobilisation") and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        cand.type, cand.cameo, cand.mode = "PROTEST", "141", "demo"  # "a mobilisation against army rule"
    elif cand.type == "MOBILIZE" and lemma == "patrol" and any(
            c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _JOINT | {"jointly"} for c in tok.children):
        cand.type, cand.cameo, cand.mode, cand.context = "COOPERATE", "062", None, ["military"]  # "joint patrols"
    elif cand.type == "COOPERATE" and lemma in _DRILLS:
        holder = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else tok
        if tok.dep_ == "pobj" and holder.head.i != holder.i:
            holder = holder.head
        paired = any(c.dep_ in ("amod", "compound") and c.lower_ in _JOINT for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between", "alongside")
            for t in (tok, holder) for c in t.children)
        # "the U.S. and its allies launched war games": a coordinated subject is more than one army
        subjects = [s for s in holder.children if s.dep_ in ("nsubj", "nsubjpass")]
        paired = paired or any(c.dep_ == "conj" for s in subjects for c in s.children) or any(
            s.lemma_.lower() in _PARTNERS for s in subjects)
        civil = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _CIVIL_DRILLS for c in tok.children)
        if not paired and not civil and len({a.country for a in cand.source if a.country}) == 1:
            # "China staged drills around Taiwan": one army exercising alone shows force (CAMEO 150)
            cand.type, cand.cameo, cand.mode, cand.context = "MOBILIZE", "150", None, ["military"]


def make_promise(cand: Candidate) -> None:
    """Plans and promises: cooperation becomes AGREE; harm, or anything "unless ...", THREATEN;
    "will not accept" is a refusal (REJECT)."""
    if cand.trigger.frame == "embed" and cand.type != "AGREE":
        return
    if cand.negated and cand.future and cand.type in _COOP_TYPES | {"AGREE"}:
        code, mode = _REJECT_CODE.get(cand.type, ("120", None))
        cand.type, cand.cameo, cand.mode, cand.negated = "REJECT", code, mode, False
        return
    verb = cand.token if cand.token.pos_ in ("VERB", "ADJ") else _verb_of(cand.token)
    owners = () if verb is None else (verb, verb.head) if verb.dep_ in ("xcomp", "ccomp") else (verb,)
    marks = {m.lower_ for t in owners for c in t.children
             if c.dep_ == "advcl" and c.i != cand.token.i for m in c.children if m.dep_ == "mark"}
    conditional = "unless" in marks or ("if" in marks and cand.type not in _COOP_TYPES)
    withdraw_help = cand.type == "RETREAT" and cand.mode == "withdraw" and any(
        t.lemma_ in _HELPERS for t in cand.token.subtree)
    if (cand.future or (cand.hypothetical and not cand.wished)) and not cand.negated and (
        (conditional and cand.type not in ("AGREE", "REQUEST", "REJECT"))
        or (cand.future and (cand.type in _THREAT_TYPES or withdraw_help))
    ):
        code, mode = _THREATEN_CODE.get(cand.type, ("130", None))
        if cand.type == "RETREAT":
            code, mode = ("136", "expel") if withdraw_help else ("1311", "relations")
        cand.type, cand.cameo, cand.mode, cand.hypothetical = "THREATEN", code, mode, False
        return
    if cand.future and cand.type in _COOP_TYPES and not cand.negated:
        base = _AGREE_CODE.get(cand.type, "030")
        for ctx in cand.context:
            base = _AGREE_CTX.get((base, ctx), base)
        cand.type, cand.cameo, cand.mode = "AGREE", base, None
