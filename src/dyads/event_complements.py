"""One event from two triggers: "agreed to cooperate", "lifted the blockade", "a strike to demand X".

Why apart from the coder: the coder first finds every trigger of a sentence on its own; these
rules then fold a complement into the trigger that governs it, so the pair reads as one event
coded by what is agreed, refused, threatened, undone or demanded.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .event_modality import COMMANDS as _COMMANDS, COOP_TYPES as _COOP_TYPES, Candidate
from .event_roles import (
    OBJ as _OBJ,
    PASS_SUBJ as _PASS_SUBJ,
    SUBJ as _SUBJ,
    ActorIndex,
    acting_condition,
    children as _children,
    for_to as _for_to,
    merge as _merge,
    mention_root,
    prep_objects as _prep_objects,
    shut_space_owners,
    to_infinitive as _to_infinitive,
    verb_of as _verb_of,
)
from .event_resignations import not_resigning
from .event_retyping import own_mission
from .model import Actor
from .triggers import (
    AGREE_CODE as _AGREE_CODE,
    AGREE_CONTEXT_CODE as _AGREE_CTX,
    APPEAL_CODE as _APPEAL_CODE,
    REJECT_CODE as _REJECT_CODE,
    REQUEST_CODE as _REQUEST_CODE,
    THREATEN_CODE as _THREATEN_CODE,
    cameo_info,
    word_list,
)

__all__ = ["BOUNDARIES", "TARGET_PREPS", "WEAK_TARGET_PREPS", "along_line", "blocked_author", "concede_to", "embed", "for_clauses",
           "hypothetical_content", "protest_aim", "undo"]

# Prepositions that introduce whom an event is aimed at; the coder's argument finding uses them too.
TARGET_PREPS = {"to", "against", "on", "with", "at", "toward", "towards", "into", "for", "over", "upon", "onto", "from"}
WEAK_TARGET_PREPS = {"in", "across", "inside", "near", "of"}
# lines between lands: an act near, along or across one lies between two sides, so no place in
# the line's phrase is its target ("fighting near its border in Shan state")
BOUNDARIES = frozenset({"border", "frontier", "boundary", "borderline"})


def along_line(pobj: Token) -> bool:
    """Whether a preposition's object is a line between lands reached from outside it ("near the
    border", "along the frontier"); "in the border area" still names a place."""
    return pobj.lemma_.lower() in BOUNDARIES and pobj.head.lower_ != "in"


_PLEDGES = {"THREATEN", "AGREE"}
_WEAK_INTENT = word_list("weak_intent")
_VOWS = word_list("vows")
_LEVIES = word_list("levies")
_ECONOMY = word_list("economic_sectors")
_ACCEDE = {"agree", "accede", "bow", "yield", "submit"}
_COMMANDED_ACTS = {"MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "SANCTION"}
# (session 37: also "stand down", "step aside" in any tense; "quit" no longer matches "quite")
_RESIGN = re.compile(r"\b(resign\w*|(step|steps|stepped|stepping|stand|stands|stood|standing) (down|aside)"
                     r"|quit|quits|quitting)\b", re.I)
# the kind of help appealed for, by the CAMEO code of the help ("sought military aid": 0232)
_APPEAL_KINDS = {"071": "0231", "072": "0232", "073": "0233", "074": "0234",
                 "061": "0211", "062": "0212", "063": "0213", "064": "0214"}
# verbs of seeking: a request that asks, not one that insists
_SEEKS = {"seek"}


def _resignation_after(tok: Token) -> bool:
    """Whether a resignation verb follows ``tok`` in its sentence ("called for him to step down").

    (session 37) A phrasal verb that also tells other things counts only in its sense of leaving
    office: "urged all sides to stand down" asks a de-escalation, not a change of leader."""
    sent = tok.sent
    for m in _RESIGN.finditer(sent.text, tok.idx - sent.start_char):
        verb = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if verb is None or not not_resigning(verb[0]):
            return True
    return False


def _sought_relief(verb: Token, inner: Candidate) -> bool:
    """Whether ``verb`` seeks help or someone's release ("seeking aid for war victims", "seeks the
    release of the journalists"): asking for relief is an appeal (CAMEO 023, 0253), as the PentaClass
    gold labels it, while "sought refuge" or "seeks the minister's resignation" stay demands (10x)."""
    return verb.lemma_.lower() in _SEEKS and (inner.type == "AID" or inner.mode == "release")
# nouns for a pact: as the object of a folded act they are what the act concerns, not a pact made
_PACTS = word_list("signed_pacts") | word_list("ratified_pacts")


# verbs of paying back a loss: what they take is one's own dead or wrong, not the enemy
_AVENGING = frozenset({"avenge", "revenge"})


def _avenging(tok: Token) -> bool:
    """Whether a vow is to avenge ("vowed to avenge his death", "swore to avenge the commander").
    Why: paying back a loss means striking whoever caused it, so the pledge is a threat of
    retaliation (CAMEO 130), not an offer; its object is the side's own loss, never the one
    threatened, so no target is drawn from it (the caller returns before the object is read)."""
    return any(c.lemma_.lower() in _AVENGING for c in _children(tok, {"xcomp"}) + to_clauses(tok))


# (session 22) messages, and the verbs that send them, whose participle can carry an offer
_MESSAGES = frozenset({"letter", "message", "note", "proposal", "invitation"})
_SENDING = frozenset({"send", "write", "deliver", "hand", "address", "dispatch"})
# (session 22) sectors of a state's executive, whose orders to its own organs are its own acts
_EXECUTIVE = frozenset({"GOV", "ELI", "MIL"})
_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "ELI"})
_ORGANS = word_list("state_organs")
# modifiers that put an organ outside the orderer's state
_ALIEN = frozenset({"foreign", "other", "overseas", "neighbouring", "neighboring", "western", "international",
                    "rival"})
# verbs of command (the lexicon's "order", "command" and the directives "tell", "instruct", "direct")
_ORDERING = _COMMANDS | {"tell", "instruct", "direct"}
# orders to one's own traders (session 21, G): "told", "ordered", "instructed" firms to shun goods
_BAN_ORDERS = frozenset({"tell", "order", "instruct", "direct"})
_SHUNNING = frozenset({"avoid", "boycott", "shun"})
_BUYING = frozenset({"buy", "import", "purchase"})
_HALTS = frozenset({"stop", "halt", "cease", "suspend"})
_SHUNNED_GOODS = word_list("farm_goods") | {"good", "goods", "import", "export", "product", "produce", "shipment",
                                              "cargo", "brand", "liquor", "alcohol", "spirit"}
# taking goods off sale (session 22): "pull American brands from its shelves"
_PULLING = frozenset({"pull", "remove", "take"})
_SALE_PLACES = frozenset({"shelf", "shelves", "store", "shop", "sale", "supermarket", "outlet"})


def _off_shelves(verb: Token) -> bool:
    """Whether a verb takes goods off sale ("pull American brands from its shelves", "remove
    Russian vodka from stores"): a seller's boycott of the goods (session 22)."""
    return verb.lemma_.lower() in _PULLING and any(
        p.lemma_.lower() in _SALE_PLACES for p in _prep_objects(verb, {"from", "off"}))


def _shunned_goods(verb: Token) -> list[Token]:
    """The goods an order tells its hearers to shun or stop buying ("told traders to avoid
    Australian coal, timber and lobster", "ordered state firms to stop buying US soybeans"):
    the object nouns of the ordered verb that name goods (farm goods, imports, products)."""
    out: list[Token] = []
    for comp in _children(verb, {"xcomp"}):
        lemma = comp.lemma_.lower()
        acts = [comp] if lemma in _SHUNNING or _off_shelves(comp) else [
            c for c in _children(comp, {"xcomp"}) if c.lemma_.lower() in _BUYING] if lemma in _HALTS else []
        for act in acts:
            for obj in _children(act, {"dobj"}):
                out += [n for n in (obj, *obj.conjuncts) if n.lemma_.lower() in _SHUNNED_GOODS]
    return out


_CAUSATIVES = frozenset({"have", "get"})


def _caused_acts(comp: Token) -> list[Token]:
    """(session 29) The participle of a causative "to have/get X killed": what is threatened or
    planned is that act ("threatened to have the president killed"), and its subject is the one it
    is done to, not its doer."""
    if comp.lemma_.lower() not in _CAUSATIVES or comp.tag_ != "VB":
        return []
    return [c for c in comp.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ in ("VBN", "VBD")
            and _children(c, _SUBJ | _PASS_SUBJ)]


# nouns of taking an act up again: what is asked or agreed is that act ("urged a return to talks")
_RENEWALS = frozenset({"return", "resumption", "restart", "revival", "renewal"})


def _renewed_acts(comp: Token) -> list[Token]:
    """(session 29) The act named in "a return to talks", "a resumption of negotiations": the
    noun of renewal is no act, so the act it governs is the complement the appeal or promise is
    about, as in "urged talks"."""
    if comp.pos_ != "NOUN" or comp.lemma_.lower() not in _RENEWALS:
        return []
    return _prep_objects(comp, {"to", "of"})


def _included_acts(comp: Token) -> list[Token]:
    """(session 34) "accuse both sides of atrocities, including the killing of hundreds": the acts a
    noun of the content lists as its examples ("including", "notably") are content too, no acts
    told of their own."""
    if comp.pos_ != "NOUN":
        return []
    return [o for p in comp.children if p.dep_ == "prep" and p.lower_ in ("including", "notably")
            for o in _children(p, {"pobj"})]


def embed(index: ActorIndex, cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"agreed to cooperate", "refused to meet", "threatened to impose sanctions": one event."""
    tok = cand.token
    inner: Candidate | None = None
    comps = _children(tok, {"xcomp", "ccomp", "dobj", "acl"}) + _prep_objects(tok, {"for", "of", "on"})
    if cand.type == "REQUEST":  # "pressed Israel into talks": the act pushed for is what is asked
        comps += _prep_objects(tok, {"into"})
    stray = _stray_clause(tok)
    wanted = for_clauses(tok)
    comps += stray + to_clauses(tok) + wanted + _object_strays(tok)
    if cand.trigger.pattern == "call on" and not _children(tok, {"xcomp", "ccomp", "advcl"}) \
            and not _prep_objects(tok, {"for", "into"}) and not wanted:
        if cand.target and all(a.kind == "person" for a in cand.target):
            # (session 57) "Wang called on Prime Minister Deuba and President Bhandari": a
            # courtesy call on people, with nothing asked of them, is a visit
            cand.type, cand.cameo, cand.mode, cand.context = "CONSULT", "042", "visit", ["diplomatic"]
            return
    for example in (c for comp in comps for t in _included_acts(comp) if (c := by_token.get(t.i)) is not None):
        if example is not cand:
            example.absorbed = True  # its parties are the example's, not the charge's or the demand's
    for comp in comps:
        # (session 22) "demanded an end to violence and the release of prisoners": a conjunct of the
        # object is wanted as much as the object is
        listed = comp.conjuncts if comp.pos_ in ("NOUN", "PROPN") else ()
        for t in [comp, *(c for c in comp.children if c.dep_ in ("dobj", "xcomp", "pobj")), *listed,
                  *_caused_acts(comp), *_renewed_acts(comp)]:
            c = by_token.get(t.i)
            if c is not None and c is not cand:
                inner = c
                break
        if inner:
            break
    if cand.type == "REQUEST" and (cand.trigger.cameo or "").startswith("02") and tok.lemma_.lower() not in _COMMANDS:
        _appeal_content(tok, cand, inner, by_token)
    shunned = _shunned_goods(tok) if cand.type == "REQUEST" and tok.lemma_.lower() in _BAN_ORDERS else []
    shunned = [a for g in shunned for a in index.in_phrase(g) if a.country and a.country not in
               {s.country for s in cand.source}]
    if shunned:
        # "Beijing told traders to avoid Australian coal": an order to shun a state's goods is an
        # informal import ban, a sanction on that state (CAMEO 163), no request to the traders
        cand.type, cand.cameo, cand.mode, cand.context = "SANCTION", "163", "discontinue", ["economic"]
        cand.target = _merge([], shunned)
        if inner is not None:
            inner.absorbed = True
        return
    done = _ordered_done(tok, by_token) if cand.type == "REQUEST" and tok.lemma_.lower() in _COMMANDS else None
    if done is not None and done[0] is not cand and done[0].type in _COMMANDED_ACTS:
        # "ordered the journalist released", "ordered the envoy expelled": the order is that act
        done[0].target = [a for a in index.in_phrase(done[1]) if a not in cand.source] or done[0].target
        done[0].source = []
        if not cand.source:
            # "GUATEMALA CITY, Oct 18 (Wire) - A court ordered ...": the parser makes the dateline the
            # subject and the court its apposition; the order is absorbed, so its doer is read here
            cand.source = [a for s in _children(tok, _SUBJ) for ap in _children(s, {"appos"})
                           for a in index.in_phrase(ap) if a not in done[0].target]
        _commanded(index, cand, done[0])
        return
    if cand.type == "REQUEST" and tok.lemma_.lower() in _COMMANDS and _thing_ordered(index, tok):
        # "ordered the borders with Niger closed": a state of things ordered, no party asked to act
        cand.absorbed = True
        return
    if cand.type == "REQUEST" and tok.lemma_.lower() in _COMMANDS and _order_naming_thing(index, tok):
        # (session 22) "duties ordered by President Trump": an order named by what it set in motion
        # asks no party to act; the thing ordered, when it is an act, is the orderer's
        cand.absorbed = True
        done_act = by_token.get(tok.head.i)
        if done_act is not None and not done_act.source:
            done_act.source = cand.source
        return
    if cand.type == "REQUEST" and tok.lemma_.lower() in _ORDERING and _own_organ_ordered(index, tok, cand):
        # (session 22) "told her economy minister to launch tariff responses", "ordered police to
        # arrest the protesters": a leader's order to an organ of the own state is no request between
        # parties; the ordered act is the leader's own
        cand.absorbed = True
        organ = [a for o in _children(tok, {"dobj"}) for a in index.in_phrase(o, loose=False)]
        for comp in _children(tok, {"xcomp"}):
            span = {t.i for t in comp.subtree}
            for act in by_token.values():
                if act is cand or act.token.i not in span or not (
                        act is inner or not act.source or all(a in organ for a in act.source)):
                    continue
                # the acts of the ordered clause ("to reinforce patrols": both words) are the
                # orderer's; the order is the decision, so the ordered verb and its object are as
                # done as the order is ("ordered police to arrest" is the arrest, as "ordered the
                # arrest of" is); an act named deeper ("to launch a plan of tariff responses") keeps
                # its own modality
                act.source = cand.source or act.source
                act.target = [a for a in act.target if a not in act.source]
                if act.token.i in {comp.i, *(o.i for o in _children(comp, {"dobj"}))}:
                    act.future, act.negated = cand.future, cand.negated or act.negated
        return
    ordered = [a for o in _children(tok, {"dobj"}) for a in index.in_phrase(o) if a.code]
    if cand.type == "REQUEST" and tok.lemma_.lower() in _COMMANDS and own_mission(tok) \
            and (not ordered or _own_side(ordered, cand.source)):
        # "ordered a MiG-29 to accompany the jet": a force sent on its own task is asked nothing by
        # another party; an act it carries out is the orderer's
        cand.absorbed = True
        if inner is not None and inner.type in _COMMANDED_ACTS:
            inner.source = cand.source or inner.source
        return
    # the lexicon's head, not the token's lemma: the small model keeps "is prepared to" an adjective
    # whose lemma is "prepared", which must still count as readiness
    if cand.type == "AGREE" and (tok.lemma_.lower() in _WEAK_INTENT or cand.trigger.head in _WEAK_INTENT):
        # "plans to", "is ready to": a promise only of cooperation; "prepared to attack" is the attack, planned
        # ((session 37) one the flags already found to be no act stays so: "funds intended to support")
        dropped, cand.absorbed = cand.absorbed, True
        if inner is not None and inner.type not in _COOP_TYPES and inner.type != "AGREE":
            inner.future = True
            return
        if inner is None:
            return
        cand.absorbed = dropped
    ccomp = _children(tok, {"ccomp"})
    if not ccomp and tok.pos_ == "NOUN":  # "its demand that Israel ease restrictions"
        ccomp = [c for c in _children(tok, {"acl"})
                 if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        ccomp = ccomp or stray
    if ccomp and ccomp[0].i < tok.i and any(t.text in (":", ";") for t in tok.doc[ccomp[0].i:tok.i]):
        # "X and Y conducted searches: all three nations offered help": a clause cut off by a colon
        # is a separate statement the parser hung on the verb, not what the verb says or asks
        ccomp = []
    if ccomp and not cand.target:
        subj = _children(ccomp[0], _SUBJ | _PASS_SUBJ)
        if subj and not _agreed_patient(cand, ccomp[0]):
            found = [a for a in index.in_phrase(subj[0]) if a not in cand.source]
            if not (cand.type in _PLEDGES and _own_side(found, cand.source)):
                cand.target = found  # "warned that Iran would attack": Iran's threat is aimed elsewhere
    for clause in wanted:
        if not cand.target:  # "called for Russia to withdraw": the one asked is the clause's subject
            for subj in _children(clause, _SUBJ):
                cand.target = _merge(cand.target, [a for a in index.in_phrase(subj) if a not in cand.source])
    if not cand.target and cand.type == "AGREE" and cand.trigger.cameo == "036":
        cand.target = _addressee(index, tok, cand)  # (session 22) "sent a letter to X proposing talks"
    if inner is None and cand.type == "AGREE" and tok.lemma_.lower() in _ACCEDE and concede_to(cand, by_token):
        return
    if inner is None and cand.type == "AGREE" and tok.lemma_.lower() in _VOWS and _avenging(tok):
        cand.type, cand.cameo, cand.mode, cand.future = "THREATEN", "130", None, True
        return
    asked = cand.type == "REQUEST" and any(o.pos_ in ("NOUN", "PROPN") for o in _children(tok, {"dobj", "dative"})
                                           + _called_on_objects(tok))
    if inner is None and not cand.target and not asked:
        # ("asked the Queen to suspend Parliament": the one asked is the target, though no actor
        # is found in it; what the asked act is done to is not)
        for comp in _children(tok, {"xcomp"}) + to_clauses(tok):
            owners = shut_space_owners(comp)  # "agreed to close EU airspace to Russian aircraft"
            for obj in _children(comp, _OBJ):
                cand.target = _merge(cand.target, [a for a in index.in_phrase(obj) if a not in cand.source
                                                   and _root_index(index, a) not in owners])
                for pobj in _prep_objects(obj, TARGET_PREPS):
                    cand.target = _merge(cand.target, [a for a in index.in_phrase(pobj) if a not in cand.source])
            for pobj in _prep_objects(comp, TARGET_PREPS | WEAK_TARGET_PREPS):
                cand.target = _merge(cand.target, [a for a in index.in_phrase(pobj) if a not in cand.source])
    if cand.type == "THREATEN" and not cand.target:
        for t in (tok, *_children(tok, {"xcomp"})):
            for clause in _children(t, {"advcl"}):
                if acting_condition(clause):  # (not "if Navalny died in prison")
                    for subj in _children(clause, _SUBJ):
                        cand.target = [a for a in index.in_phrase(subj) if a not in cand.source]
    if inner is None:
        if cand.type == "REQUEST" and _resignation_after(tok):
            cand.cameo, cand.mode = "1041", "change"
        return
    if cand.type == "REQUEST" and tok.lemma_.lower() in _COMMANDS and inner.trigger.nominal \
            and inner.token.dep_ == "dobj" and inner.token.head.i == tok.i and inner.type in _COMMANDED_ACTS:
        _commanded(index, cand, inner)
        return
    # "called for Russia to withdraw": a clause with its own subject stays a record of its own (a
    # hypothetical act beside the request), as the parser gives it a doer
    inner.absorbed = inner.token not in wanted
    if inner.absorbed:
        _fold_pact_object(cand, inner, by_token)
    kind = inner.type
    aimless = not (_children(inner.token, {"dobj"}) or _prep_objects(inner.token, {"for", "against"}))
    anyone = kind == "ASSAULT" and any(_whoever(o) for o in _children(inner.token, {"dobj"}))
    # (session 46) "vowed to retake the north", "vowed to crush the rebellion": force vowed over
    # land or an armed movement is a threat to whoever holds it, named or not
    anyone = anyone or kind in ("ASSAULT", "COERCE") and any(_held_by_foes(o) for o in _children(inner.token, {"dobj"}))
    if cand.type == "AGREE" and kind == "REJECT" and tok.lemma_.lower() in _VOWS and not inner.negated:
        # "pledged to veto the bill", "vowed to reject the plan": a promised refusal is the refusal,
        # still to come (REJECT, future), neither a promise of cooperation nor a threat of harm
        cand.type, cand.cameo, cand.mode = "REJECT", inner.cameo or "120", inner.mode
        cand.future = True
    elif cand.type == "AGREE" and kind == "ACCUSE" and inner.cameo == "115" and tok.lemma_.lower() in _VOWS \
            and not inner.negated:
        # (session 33) "vowed to continue legal efforts in the United States": a promised lawsuit is
        # the legal action, still to come (ACCUSE 115, future), aimed at whom it is brought against;
        # the court's country is its venue, no party
        cand.type, cand.cameo, cand.mode, cand.context = "ACCUSE", "115", inner.mode, ["legal"]
        cand.target, cand.future = list(inner.target), True
    elif cand.type == "AGREE" and kind in _THREATEN_CODE and (
            inner.target or (aimless and kind == "ASSAULT") or anyone or kind == "PROTEST") \
            and tok.lemma_.lower() in _VOWS and not inner.negated:
        # "vowed to attack Israel", "pledged to expel the envoys": a promise of harm to someone is
        # a threat (CAMEO 13x), not an intent to cooperate; "promised protests" needs no named
        # target, as a protest is pressure on whoever it is about (CAMEO 133)
        cand.type, (cand.cameo, cand.mode) = "THREATEN", _THREATEN_CODE[kind]
        cand.future = True
    elif cand.type == "AGREE":
        code = _AGREE_CODE.get(kind, "030")
        for ctx in inner.context:
            code = _AGREE_CTX.get((code, ctx), code)
        cand.cameo = code
        cand.context = _unique(cand.context + inner.context)
        cand.future = True
    elif cand.type == "REQUEST":
        code, mode = _REQUEST_CODE.get(kind, ("100", None))
        if kind == "RETREAT" and inner.mode == "resign":
            code, mode = "1041", "change"
        if (cand.trigger.cameo or "").startswith("02") or _sought_relief(tok, inner):  # an appeal, not a demand
            code = _APPEAL_CODE.get(kind, "020")
            if code == "025" and inner.mode == "release":
                code = "0253"  # appeal for the release of persons or property
            code = _APPEAL_KINDS.get(inner.cameo or "", code) if code in ("021", "023") else code
        cand.cameo, cand.mode = code, mode
    elif cand.type == "REJECT":
        code, mode = _REJECT_CODE.get(kind, ("120", None))
        cand.cameo, cand.mode = code, mode
    elif cand.type == "THREATEN":
        code, mode = _THREATEN_CODE.get(kind, ("130", None))
        cand.cameo, cand.mode = code, mode
    # "asked for donations to the foundation": those who would receive the help are not the ones
    # asked for it
    beneficiaries = cand.type == "REQUEST" and kind == "AID" and inner.token.dep_ == "pobj" and all(
        a in cand.source for a in inner.source)
    if beneficiaries:
        # (but the one the request is made to stays: "appealed to Russia for help" - the help
        # noun borrowed the verb's "to" phrase, and Russia is the one asked, not the one helped)
        addressed = _merge(*(index.in_phrase(p, loose=False) for p in _children(tok, {"dobj", "dative"})
                             + _prep_objects(tok, _CALL_ON_VERBS.get(tok.lemma_.lower(), set()))))
        cand.target = [a for a in cand.target if a not in inner.target or a in addressed]
    if not cand.target and not _agreed_patient(cand, inner.token):
        pool = inner.source if inner.token.dep_ == "ccomp" or inner.token.head.dep_ == "ccomp" else inner.target
        if cand.type in _PLEDGES and _own_side(pool, cand.source):
            pool = inner.target  # "said Iran would attack Israel": the threat or promise is aimed at Israel
        if cand.type == "REJECT" and inner.token.pos_ == "NOUN" and inner.type in ("REQUEST", "AGREE", "CONSULT"):
            pool = inner.source  # "rejected a U.S. request": the requester is the target
        if beneficiaries:
            pool = []
        elif cand.type == "REQUEST" and tok.pos_ == "NOUN" and inner.token.dep_ == "acl" \
                and inner.token.head.i == tok.i and _to_infinitive(inner.token):
            # "the request of Johnson to suspend Parliament": the one asked would do the act, so
            # what the act is done to is no target of the request
            pool = [a for a in inner.source if a not in cand.source]
        elif cand.type == "REQUEST" and inner.mode == "investigate" and inner.token.pos_ == "NOUN":
            # "demands for investigations into police brutality": who is looked into is not the
            # one asked to look (that is whoever would investigate, if named)
            pool = [a for a in inner.source if a not in cand.source]
        elif cand.type == "REQUEST" and inner.mode == "release":
            # "demanded Navalny's immediate release": the people to be freed are not the ones
            # asked; the demand is made of whoever would free them (the holder), if named
            # (the freed: the owner or "of" object and its list, not those holding them,
            # "the release of its citizens held in Iran")
            heads = [c for c in inner.token.children if c.dep_ == "poss"] + [
                o for c in inner.token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                if o.dep_ == "pobj"]
            freed = {t.i for h in heads for t in (h, *h.conjuncts, *(c for c in h.children if c.dep_ == "appos"))}
            pool = [a for a in inner.source if a not in cand.source] \
                or [a for a in inner.target if a not in cand.source and _root_index(index, a) not in freed]
        elif asked and inner.token.dep_ in ("xcomp", "ccomp"):
            # "asked the Queen to suspend Parliament": the one asked does the act, so whom the
            # act touches is no target of the request
            pool = [a for a in inner.source if a not in cand.source]
        else:
            pool = ([a for a in pool if a not in cand.source] or [a for a in inner.target if a not in cand.source]
                    or [a for a in inner.source if a not in cand.source])
        if cand.type == "REQUEST" and (inner.type == "AID" or inner.token.dep_ == "pobj"
                                       and inner.token.head.lower_ == "for"):
            # "asked for a foreign force to help its police": the asker's own people whom the
            # help asked for would serve are not the ones asked (the helper is, if named)
            home = {a.country for a in cand.source if a.country}
            pool = [a for a in pool if a.country not in home]
        cand.target = pool
    if not cand.source and inner.source and inner.token.dep_ != "ccomp" and not (
            inner.token.dep_ == "acl" and ccomp and inner.token.i == ccomp[0].i):
        # "Google was ordered to remove the video": the one told to act is the target, not the
        # one who told it
        # ("called on Russia to withdraw": the one urged does the act, so it is never the urger)
        cand.source = [a for a in inner.source if a not in cand.target]
    cand.context = _unique(cand.context + [c for c in inner.context if c not in cand.context])
    if inner.date and not cand.date:
        cand.date = inner.date


# verbs that name the one urged in a prepositional phrase ("called on", "appealed to", "pleaded with")
_CALL_ON_VERBS = {"call": {"on", "upon"}, "appeal": {"to"}, "plead": {"with"}, "prevail": {"on", "upon"}}


def _called_on_objects(tok: Token) -> list[Token]:
    """The nouns urged by "called on X", "appealed to X", "pleaded with X" when the verb also has a
    "to" infinitive: like the object of "urged X to", they are the ones asked, so what the urged
    act is aimed at ("to mobilise against U.S. war moves", "to vote for the PDP") is no target of
    the request, even when no actor is found in the ones asked."""
    preps = _CALL_ON_VERBS.get(tok.lemma_.lower())
    if not preps or not any(_to_infinitive(c) for c in _children(tok, {"xcomp", "advcl", "ccomp"})):
        return []
    return [o for o in _prep_objects(tok, preps) if o.pos_ in ("NOUN", "PROPN", "PRON")]


def _agreed_patient(cand: Candidate, clause: Token) -> bool:
    """"agreed that Paraguay would be barred": the one a passive clause of what is agreed is done
    to is its matter, a third party; the agreement is among those who agree (or with a "with"
    party), so neither the clause's subject nor its act's target is whom it is made with."""
    return cand.type == "AGREE" and cand.token.pos_ == "VERB" and clause.dep_ == "ccomp" \
        and clause.head.i == cand.token.i and bool(_children(clause, _PASS_SUBJ))


def _fold_pact_object(cand: Candidate, inner: Candidate, by_token: dict[int, Candidate]) -> None:
    """"refused to sign the pact", "urged Iran to ratify the treaty": the pact is what the folded
    act is about, so it is no agreement made of its own; whom it is with stays a party."""
    if not inner.trigger.verbal:
        return
    if cand.type in _PLEDGES or cand.type == "REJECT":
        # (session 21) "threatened to impose tariffs", "agreed to provide Egypt with 7 billion euros
        # in loans": a noun of the folded act's own type in its phrases names that very act, no
        # second act done now (an order's act stays a record: "ordered police to reinforce patrols")
        for noun in _phrase_nouns(inner.token):
            same = by_token.get(noun.i)
            if same is not None and same is not cand and same.type == inner.type and same.trigger.nominal \
                    and same.trigger.word is None:
                same.absorbed = True
    for obj in _children(inner.token, {"dobj"} | _PASS_SUBJ):
        for noun in (obj, *_children(obj, {"conj"})):
            pact = by_token.get(noun.i)
            if pact is None or pact is cand or pact.absorbed or not pact.trigger.nominal \
                    or noun.lemma_.lower() not in _PACTS:
                continue
            pact.absorbed = True
            if not cand.target:
                cand.target = [a for a in pact.target if a not in cand.source]


def _phrase_nouns(verb: Token) -> list[Token]:
    """The nouns of what a verb hands over or acts on: its objects and its "with" phrase, through
    the "of"/"in" phrases and conjuncts of those nouns ("provide Egypt with 7 billion euros in
    loans": Egypt, euros, loans). A reason or answer phrase on the verb ("attack again in response
    to the bombing") is another act and is not entered."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in ("dobj", "dative") or c.dep_ in _PASS_SUBJ
            or c.dep_ == "prep" and c.lower_ == "with"]
    while todo:
        t = todo.pop()
        if t.pos_ in ("NOUN", "PROPN"):
            out.append(t)
        todo += [c for c in t.children if c.dep_ in ("pobj", "conj", "appos") and c.pos_ not in ("VERB", "AUX")
                 or c.dep_ == "prep" and c.lower_ in ("of", "in") and t.pos_ in ("NOUN", "PROPN", "NUM")]
    return out


def _ordered_done(verb: Token, by_token: dict[int, Candidate]) -> tuple[Candidate, Token] | None:
    """"ordered him released", "ordered the envoy expelled": a bare past participle after an order
    says what is to be done to the one named (no "to", so no one else is told to act); gives the
    participle's event and the one it is done to."""
    for comp in _children(verb, {"ccomp", "oprd"}):
        subj = _children(comp, _SUBJ | _PASS_SUBJ)
        if subj and comp.i in by_token and (_mandated(comp) or (comp.tag_ in ("VBN", "VBD") or comp.pos_ == "ADJ")
                                            and not _children(comp, {"aux", "auxpass", "mark", "dobj"})):
            return by_token[comp.i], subj[0]
        held = [o for o in _children(verb, {"dobj"}) if o.i < comp.i]
        if not subj and held and comp.i in by_token and comp.tag_ in ("VBN", "VBD") \
                and not _children(comp, {"aux", "auxpass", "mark", "dobj", "nsubj"}):
            return by_token[comp.i], held[0]  # "ordered the borders with Chad | closed": the parser's object
    for obj in _children(verb, {"dobj"}):
        for comp in _children(obj, {"acl"}):
            if comp.tag_ == "VBN" and comp.i in by_token and not _children(comp, {"aux", "dobj"}):
                return by_token[comp.i], obj
    return None


def _order_naming_thing(index: ActorIndex, verb: Token) -> bool:
    """Whether an order verb is a participle naming a thing ("duties ordered by President Trump",
    "the evacuation ordered by the governor"): no party is asked to act. Why: the noun it hangs on
    is what the order set in motion; people or bodies ordered ("the aid agencies ordered to leave")
    are the ones asked, so a noun naming an actor keeps the request."""
    head = verb.head
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and head.pos_ == "NOUN" \
        and not _children(verb, {"xcomp"}) and not index.in_phrase(head, loose=False) \
        and head.lemma_.lower() not in _ORGANS  # ("citizens ordered to leave": the ones asked)


def _addressee(index: ActorIndex, verb: Token, cand: Candidate) -> list[Actor]:
    """The one a letter or message is sent or written to, when a participle of the message makes
    the offer ("sent a letter to Khamenei proposing talks", "wrote to Khamenei proposing talks",
    "sent Khamenei a letter proposing talks"): the talks are offered to the addressee."""
    if verb.dep_ not in ("advcl", "acl", "xcomp"):
        return []
    head = verb.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _MESSAGES and head.dep_ == "dobj":
        head = head.head
    if head.lemma_.lower() not in _SENDING:
        return []
    heard: list[Token] = []
    for c in head.children:
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            heard += _children(c, {"pobj"})
        elif c.dep_ == "dative":
            heard.append(c)
    return [a for n in heard for a in index.in_phrase(n) if a not in cand.source]


def _own_organ_ordered(index: ActorIndex, verb: Token, cand: Candidate) -> bool:
    """Whether an order is given by a state's executive to an organ or office-holder of the same
    state ("told her economy minister to", "ordered the province's liquor board to", "ordered
    police to"). Why: a leader directing their own government acts through it, so the ordered act
    is the leader's (the PLOVER gold codes "ordered the newspaper to suspend publication" as the
    censorship and "ordered patrols by police" as the mobilisation); a court's order to the
    government, or an order to a foreign body or to citizens, stays a demand."""
    if not cand.source or any((a.sector or "") not in _EXECUTIVE for a in cand.source):
        return False
    home = {a.country for a in cand.source}
    objs = _children(verb, {"dobj"})
    if len(objs) != 1 or objs[0].pos_ != "NOUN" or not any(c.dep_ == "xcomp" and c.i > objs[0].i
                                                             for c in verb.children):
        return False  # ("ordered him to withdraw his forces", "told Zuniga to": a person faced, asked)
    if any(c.lower_ in _ALIEN for c in objs[0].children):
        return False  # "told foreign governments to stop interfering"
    found = index.in_phrase(objs[0], loose=False)
    if found:
        return all((a.sector or "") in _ORGAN_SECTORS and a.country in home | {None} for a in found)
    return objs[0].lemma_.lower() in _ORGANS


def _thing_ordered(index: ActorIndex, verb: Token) -> bool:
    """Whether an order's object is a bare participle clause about a thing, not a party ("ordered
    the borders closed", "ordered the shops shut"): the order sets a state of things; it asks no
    one to act (a party in that clause, "ordered him released", is one the order acts on)."""
    for comp in _children(verb, {"ccomp", "oprd"}):
        if comp.tag_ not in ("VBN", "VBD") or _children(comp, {"aux", "auxpass", "mark", "dobj"}):
            continue
        held = _children(comp, _SUBJ | _PASS_SUBJ) or [o for o in _children(verb, {"dobj"}) if o.i < comp.i]
        if held and held[0].pos_ == "NOUN" and not index.in_phrase(held[0], loose=False):
            return True
    return False


def _mandated(comp: Token) -> bool:
    """Whether an order's clause is a bare "that X be done" ("ordered that the journalist be released"):
    the subjunctive says, like "ordered him released", what the order itself does to X; a clause with a
    modal or a tense ("that he should leave", "that he was released") tells another's act or a fact."""
    bare_be = [c for c in _children(comp, {"auxpass"}) if c.tag_ == "VB"]
    return comp.tag_ == "VBN" and bool(bare_be) and not _children(comp, {"aux", "dobj"})


def _commanded(index: ActorIndex, cand: Candidate, inner: Candidate) -> None:
    """An order whose object is the act itself ("ordered the deployment of troops") is that act,
    done by whoever gave the order; ordering another party's withdrawal expels it (CAMEO 166)."""
    cand.absorbed = True
    withdrawn = [a for p in _prep_objects(inner.token, {"of"}) for a in index.in_phrase(p)]
    if inner.type == "RETREAT" and inner.mode == "withdraw" and withdrawn and not _own_side(withdrawn, cand.source):
        inner.type, inner.cameo, inner.mode = "SANCTION", "166", "expel"
        inner.target = [a for a in withdrawn if a not in cand.source]
    elif withdrawn:
        inner.target = [a for a in inner.target if a not in withdrawn]  # "of its troops": its own
    inner.source = cand.source or inner.source
    inner.target = [a for a in inner.target if a not in inner.source] or [
        a for a in cand.target if a not in inner.source]


def _left_talks(cand: Candidate, by_token: dict[int, Candidate]) -> bool | None:
    """"walked away from the talks", "withdrew from the negotiations": leaving talks halts them
    (CAMEO 164). True when so recoded, False when a walk-away leaves no talks ("walked away
    unhurt"), None when the rule does not apply."""
    tok = cand.token
    walk = cand.type == "SANCTION" and cand.trigger.pattern == "walk away"
    if not walk and not (cand.type == "RETREAT" and cand.mode == "withdraw" and tok.pos_ == "VERB"):
        return None
    holders = [tok, *(c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "out"))]
    left = [by_token.get(p.i) for h in holders for p in _prep_objects(h, {"from", "of"})]
    talks = next((c for c in left if c is not None and c is not cand and c.type == "CONSULT"), None)
    if talks is None:
        return False if walk else None
    cand.type, cand.mode = "SANCTION", "withdraw"
    cand.cameo = "165" if talks.mode == "third-party" else "164"
    talks.absorbed = True
    cand.target = cand.target or [a for a in talks.target + talks.source if a not in cand.source]
    cand.context = _unique(cand.context + talks.context)
    return True


def _on_economy(noun: Token) -> bool:
    """Whether a restriction lies "on" branches of an economy ("restrictions on energy, transport and
    banking", "curbs on trade"): eased, it is an economic sanction relieved (RETREAT 085), not a
    freedom given back at home (CONCEDE 0811), which is what restrictions on rallies or the press are."""
    objs = [o for p in _children(noun, {"prep"}) if p.lower_ == "on" for o in _children(p, {"pobj"})]
    objs += [c for o in objs for c in o.conjuncts]
    return any(o.lemma_.lower() in _ECONOMY or any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in _ECONOMY
                                                   for m in o.children) for o in objs)


def _undone_objects(tok: Token) -> list[Token]:
    """The objects of an undoing verb, an amount's "in" noun included: "suspended $700 million in
    economic assistance" undoes the assistance as "suspended economic assistance" does (session 31)."""
    objs = _children(tok, {"dobj", "nsubjpass"})
    return objs + [n for o in objs if o.like_num or o.ent_type_ == "MONEY"
                   for p in _children(o, {"prep"}) if p.lower_ == "in" for n in _children(p, {"pobj"})]


def undo(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"lifted the blockade" is a RETREAT, "suspended aid" a SANCTION: one event, coded by what is undone."""
    left = _left_talks(cand, by_token)
    if left is not None:
        cand.absorbed = cand.absorbed or not left
        return
    for obj in _undone_objects(cand.token):
        inner = by_token.get(obj.i)
        if cand.type == "SANCTION" and cand.mode == "withdraw" and (
                (inner is not None and inner.type in ("SANCTION", "COERCE"))
                or (inner is None and obj.lemma_.lower() in _LEVIES)):
            # "suspended the tariffs", "suspended a digital tax": a burden is eased, not a tie cut
            cand.type, cand.cameo, cand.mode = "RETREAT", "085", "ease"
            if inner is None:
                return
        if inner is None or inner is cand:
            continue
        if cand.type == "RETREAT" and cand.mode == "release" and inner.type == "COERCE":
            # "granted him house arrest": the detention granted is where the freed one goes, so the
            # grant stays a release (0841); the arrest noun is no act of its own
            inner.absorbed = True
            continue
        if cand.type in ("CONCEDE", "RETREAT") and inner.type in ("SANCTION", "COERCE"):
            code = inner.cameo or ""
            if inner.type == "SANCTION":
                cand.type, cand.cameo, cand.mode = "RETREAT", "085", "ease"
            elif code.startswith("191"):
                cand.type, cand.cameo, cand.mode = "RETREAT", "0872", "withdraw"
            elif code in ("1723", "1724"):
                cand.type, cand.cameo, cand.mode = "RETREAT", "0813" if code == "1723" else "0814", None
            elif code.startswith("172") and _on_economy(inner.token):
                cand.type, cand.cameo, cand.mode = "RETREAT", "085", "ease"  # "restrictions on energy and banking"
            else:
                cand.type, cand.cameo, cand.mode = "CONCEDE", "0811" if code.startswith("172") else "081", None
        elif cand.type == "SANCTION" and inner.type in _COOP_TYPES | {"AGREE"}:
            code = {"AID": "162", "CONSULT": "164", "COOPERATE": "161", "SUPPORT": "161"}.get(inner.type, "160")
            if inner.type == "CONSULT" and inner.mode == "third-party":
                code = "165"
            if inner.type == "AID":
                code = {"economic": "1621", "military": "1622", "humanitarian": "1623"}.get(
                    next(iter(inner.context), ""), "162")
            info = cameo_info(code)
            cand.cameo, cand.mode = code, info.mode if info else cand.mode
        else:
            continue
        inner.absorbed = True
        if not cand.target:
            cand.target = [a for a in inner.target + inner.source if a not in cand.source]
        cand.context = _unique(cand.context + inner.context)
        return


def concede_to(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """"agreed to the students' demand", "caved in to the demands of doctors": giving in to a
    demand is one concession (CAMEO 083) aimed at those who demanded, not a concession plus a
    demand. Whether such a fold was made."""
    tok = cand.token
    if not cand.trigger.verbal:
        return False
    heads = [tok] + [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ == "in"]
    for head in heads:
        for demand in _prep_objects(head, {"to"}):
            asked = by_token.get(demand.i)
            if asked is None or asked.absorbed or asked.type != "REQUEST" or not asked.trigger.nominal:
                continue
            asked.absorbed = True
            cand.type, cand.cameo, cand.mode = "CONCEDE", "083", None
            demanders = [a for a in asked.source if a not in cand.source]
            cand.target = demanders or [a for a in cand.target if a not in cand.source] or asked.target
            return True
    return False


def blocked_author(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"blocked an EU aid package for Ukraine": a veto is aimed at whoever put the measure forward
    (PLOVER: the party whose act is rejected), not at those it would have helped; help that is
    blocked is not given, so it is no AID event of its own."""
    if cand.type != "REJECT" or cand.absorbed or not cand.trigger.verbal:
        return
    for obj in _children(cand.token, {"dobj", "nsubjpass"}):
        for noun in (obj, *_children(obj, {"compound", "amod"})):
            inner = by_token.get(noun.i)
            if inner is None or inner is cand or inner.trigger.verbal or not inner.source:
                continue
            authors = [a for a in inner.source if a not in cand.source]
            if authors:
                cand.target = authors
            if inner.type == "AID":
                inner.absorbed = True
            return


def protest_aim(cand: Candidate, cands: list[Candidate]) -> None:
    """"staged a hunger strike to demand the resignation of X": one PROTEST aimed at X."""
    verb = cand.token if cand.token.pos_ == "VERB" else (_verb_of(cand.token) or cand.token)
    for other in cands:
        if other is not cand and not other.absorbed and other.type == "PROTEST" and _protest_purpose(other.token, verb):
            # "demonstrated along the buffer zone to protest against the occupation", "began a
            # hunger strike to protest the authorities' failure": the purpose names the one aimed at
            cand.target = _aimed(cand, other)
            other.absorbed = True
            return
        if other is cand or other.absorbed or other.type not in ("REQUEST", "ACCUSE", "REJECT"):
            continue
        cur, hops = other.token, 0
        while cur.head.i != cur.i and hops < 4 and cur.i != verb.i and cur.i != cand.token.i:
            cur, hops = cur.head, hops + 1
        if other.source and other.token.pos_ == "VERB" and not any(a in cand.source for a in other.source):
            continue  # (session 46) "thousands marched ..., and the top cleric, X, called for ...": his own call
        if cur.i in (verb.i, cand.token.i) and other.token.i != verb.i:
            cand.target = _aimed(cand, other)
            other.absorbed = True
            return


def _aimed(cand: Candidate, purpose: Candidate) -> list[Actor]:
    """The protest's target once its purpose is known: whom the purpose names, unless that names
    no state while the protest already has one ("rallied outside the British embassy to denounce a
    novel by Salman Rushdie": the embassy's state, not the uncoded author)."""
    aim = [a for a in purpose.target if a not in cand.source]
    if not aim or not any(a.country for a in aim) and any(a.country for a in cand.target):
        return cand.target
    return aim


# (session 31) the chants of a march are the march ("marched to parliament, chanting against the minister")
_CHANTING = frozenset({"chant", "shout"})


def _protest_purpose(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a "to protest" clause that states the purpose of the protest verb
    ``verb`` (one act told twice), not a protest of its own ("marched, and then protested"), or
    the chanting of the crowd that does it ("marched to parliament, chanting against X"). The
    small model may hang it on a subjectless participle or noun between ("demonstrated along the
    zone dividing the island to protest"); a clause with its own subject stops the climb."""
    chant = tok.tag_ == "VBG" and tok.lemma_.lower() in _CHANTING and tok.dep_ in ("advcl", "xcomp", "conj")
    if tok.pos_ != "VERB" or tok.i < verb.i or tok.dep_ not in ("advcl", "xcomp") and not chant \
            or not chant and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    cur, hops = tok.head, 0
    while cur.i != verb.i and hops < 3 and cur.head.i != cur.i and not _children(cur, _SUBJ | _PASS_SUBJ):
        cur, hops = cur.head, hops + 1
    return cur.i == verb.i


def _root_index(index: ActorIndex, actor: Actor) -> int:
    """The index of a mention's head token (-1 when it cannot be found)."""
    root = mention_root(index.doc, actor)
    return -1 if root is None else root.i


def _own_side(actors: list[Actor], side: list[Actor]) -> bool:
    """Whether every actor is of the same country as someone in ``side`` (a speaker's own state)."""
    countries = {a.country for a in side if a.country}
    return bool(actors) and all(a.country in countries for a in actors)


def _appeal_content(tok: Token, cand: Candidate, inner: Candidate | None, by_token: dict[int, Candidate]) -> None:
    """(session 30) The acts an appeal asks for are no acts of those asked: "called on both sides to
    show restraint and settle the dispute through dialogue", "urged the two governments to hold
    talks and sign a ceasefire". The first act asked for refines the appeal (``embed``); the acts
    of the verbs joined to it by "and" (and what they name) were left as records of their own,
    hypothetical settlements, talks and ceasefires of the addressees, which the judges count as the
    content of the appeal, not events. Those that name no party but the appeal's own are absorbed
    here. An act in a clause of its own inside it ("to free the men it seized last week", "...
    after troops killed two") keeps its record."""
    for comp in _children(tok, {"xcomp"}) + to_clauses(tok):
        if comp.pos_ not in ("VERB", "AUX"):
            continue
        # (the first asked verb and its objects are ``embed``'s: "urged X to lodge a protest")
        for t in (t for conj in comp.conjuncts if conj.i > comp.i for t in conj.subtree):
            other = by_token.get(t.i)
            if other is None or other is cand or other is inner or other.absorbed:
                continue
            # an asked act that names a party of its own ("to hold talks with Hamas", "to free
            # captured aid workers") tells whom the appeal is about and keeps its record
            own = {(a.start, a.end) for a in (*cand.source, *cand.target)}
            if not _inside_clause(t, comp) and all((a.start, a.end) in own for a in (*other.source, *other.target)):
                other.absorbed = True


# the dependencies that open a clause of its own (with its own time and doer) inside an asked act
_OWN_CLAUSE = frozenset({"relcl", "advcl", "acl", "ccomp", "parataxis", "csubj"})


def _inside_clause(t: Token, top: Token) -> bool:
    """Whether ``t`` sits in a clause of its own below ``top`` (a relative or adverbial clause, or a
    conjunct verb with its own subject), rather than in the asked act itself."""
    while t.i != top.i:
        if t.dep_ in _OWN_CLAUSE or (t.pos_ in ("VERB", "AUX") and _children(t, _SUBJ | _PASS_SUBJ)):
            return True
        if t.head.i == t.i:
            return True
        t = t.head
    return False


def to_clauses(tok: Token) -> list[Token]:
    """The "to" infinitive the parser filed as an adverbial clause of a vow ("have sworn to fight"),
    or of a verb that takes one as its object when a time phrase splits them, as wire copy does
    ("Ghana threatened on Monday to expel Nigerian traders", "agreed on Thursday to reopen")."""
    vow = tok.lemma_.lower() in _VOWS
    if not vow and tok.lemma_.lower() not in _SPLIT_CONTROL:
        return []
    return [c for c in _children(tok, {"advcl"}) if c.i > tok.i and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(m.dep_ == "mark" for m in c.children)
            and (vow or _split_by_time(tok, c))]


# verbs whose object is a "to" infinitive of their own subject's act
_SPLIT_CONTROL = {"threaten", "refuse", "decline", "agree", "decide", "offer", "promise", "pledge", "vow",
                  "seek", "plan", "intend", "try", "attempt"}


def _split_by_time(verb: Token, clause: Token) -> bool:
    """Whether only adverbials of the verb ("on Monday", "again", "last week") stand between it
    and the clause, so the clause is the verb's complement the parser hung as an adverbial."""
    between = range(verb.i + 1, clause.left_edge.i)
    if not between:
        return False
    parts = [c for c in verb.children if verb.i < c.i < clause.left_edge.i]
    covered = {t.i for c in parts for t in c.subtree}
    return all(c.dep_ in ("prep", "npadvmod", "advmod") for c in parts) and covered == set(between)


def for_clauses(tok: Token) -> list[Token]:
    """The "for X to do" clause the parser files as an adverbial clause: "called for Russia to withdraw",
    and (session 30) a passive one, "called for the embargo to be lifted"."""
    return [c for c in _children(tok, {"advcl", "ccomp", "xcomp"}) if c.i > tok.i
            and _for_to(c) and _children(c, _SUBJ | _PASS_SUBJ)]


def _object_strays(verb: Token) -> list[Token]:
    """(session 22) Nouns the small model hangs as conjuncts of the verb above ``verb`` although
    they join ``verb``'s object ("passed a resolution, demanding an end to violence and the release
    of prisoners": "release" made a conjunct of "passed"). A noun cannot be coordinated with a
    verb, so one that comes right after this verb's object is read as part of it."""
    up = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or up.i == verb.i or not _children(verb, {"dobj"}):
        return []
    edge = verb.right_edge.i
    return [c for c in up.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > edge
            and all(w.pos_ not in ("VERB", "AUX") for w in verb.doc[edge + 1:c.i])]


def _stray_clause(noun: Token) -> list[Token]:
    """The "that" clause the parser hung on the verb instead of the noun: "reiterated its demand
    [today] that Israel ease restrictions" (the clause says what is demanded)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    return [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)] + _stray_infinitive(noun)


def _stray_infinitive(noun: Token) -> list[Token]:
    """The "to" infinitive a time phrase cut off from its noun: "signalled its readiness on Sunday
    to resume talks" - the parser hangs the clause on the verb as an adverbial once the noun has
    taken "on Sunday", but the clause still says what the readiness is for (a purpose clause that
    does not start right after the noun's phrase stays the verb's)."""
    if noun.right_edge.i == noun.i or not any(c.dep_ == "prep" and c.i > noun.i for c in noun.children):
        return []
    # (session 22) or as the verb's own infinitive: "repeated his call for a settlement and a group
    # of countries to mediate" (the mediating is what is called for, not the caller's act)
    return [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
            and c.left_edge.i == noun.right_edge.i + 1
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(m.dep_ == "mark" for m in c.children)]


def _whoever(obj: Token) -> bool:
    """Whether an object is anyone at all ("any aircraft", "anyone who", "every ship"): harm vowed
    to whoever may come is a threat even though it names no actor ("vowed to shoot down any
    aircraft that enters"), where harm to a named thing ("vowed to destroy the drugs") is not."""
    return obj.lower_ in ("anyone", "anybody", "whoever", "everyone") or any(
        d.dep_ == "det" and d.lower_ in ("any", "every") for d in obj.children)


# (session 46) Land and armed movements whose taking or crushing is vowed against those holding them.
_CONTESTED = frozenset({"north", "south", "east", "west", "territory", "territories", "region", "province",
                        "city", "town", "capital", "stronghold", "rebellion", "insurgency", "uprising",
                        "revolt", "insurrection", "field", "oilfield", "base", "airport", "port", "area",
                        "zone", "island", "islands", "village", "district", "ridge", "valley", "peninsula"})


def _held_by_foes(obj: Token) -> bool:
    """Whether an object of vowed force is land or an armed movement ("the north", "Kidal", "the
    rebellion"), not a thing such as drugs or corruption."""
    return obj.lemma_.lower() in _CONTESTED or obj.ent_type_ in ("GPE", "LOC") and obj.pos_ == "PROPN"


def _unique(items: list[str]) -> list[str]:
    """Context words once each, in first-seen order (the order is stored)."""
    return list(dict.fromkeys(items))


# the acts whose object or clause is only what is asked, charged, threatened or banned: an act
# named there is their content ("called on the junta to free the leaders", "accused it of backing
# rebels", "warned that any attack would draw a response", "banned the party from holding a rally")
_CONTENT_HOLDERS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "COERCE"})
# the acts whose content an act only flagged future is: what is asked or ordered is still ahead
_ORDERS = frozenset({"REQUEST"})
# nouns whose clause or object is a charge or a demand ("accusations that it backed militants")
_CHARGE_NOUNS = word_list("charge_nouns")


def hypothetical_content(found: list[tuple[int, Candidate]]) -> None:
    """(session 32) A record flagged hypothetical whose trigger lies in what another act of its
    sentence asks, charges, threatens or bans (or in what a charge or demand noun says) is that
    act's content, not an act of its own: the judges count it "no event" even with its flag
    right ("asked Washington to lift restrictions", "calling for the president to step down",
    "imposed over accusations that it backed militants"). It is dropped, and so is a record
    flagged only future below a request or order ("told residents to prepare to defend"). A clause of its own on
    the way up keeps its record: a relative clause ("deputies who had tried to block the vote"),
    an adverbial clause with a time or reason of its own ("after he tried to dissolve", "prompting
    supporters to clash") and a conjunct with its own subject ("and its envoy said ...")."""
    by_token = {cand.token.i: cand for _sid, cand in found if not cand.absorbed}
    for _sid, cand in found:
        if not cand.absorbed and _asked_for_participle(cand.token, by_token):
            cand.absorbed = True
            continue
        if cand.absorbed or not (cand.hypothetical or cand.future) or _presupposed(cand.token, by_token):
            continue
        # an act only flagged future is content of a request alone ("told residents to prepare")
        holders = _CONTENT_HOLDERS if cand.hypothetical else _ORDERS
        t = cand.token
        while t.head.i != t.i and not _own_clause_step(t, by_token):
            t = t.head
            holder = by_token.get(t.i)
            if holder is not None and holder is not cand and holder.type in holders or (
                    holder is None and cand.hypothetical and t.pos_ == "NOUN" and t.lemma_.lower() in _CHARGE_NOUNS):
                cand.absorbed = True
                break


def _asked_for_participle(tok: Token, by_token: dict[int, Candidate]) -> bool:
    """(session 35) Whether an "-ing" participle describes a thing a request asks for ("might ask the
    court for provisional measures ordering the troops out", "asked the UN for a resolution
    condemning Russia"): the measure or resolution does not exist yet, so what it would order or
    condemn is the request's content, no act of the asker (the AH judges: no event)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ != "NOUN":
        return False
    noun = tok.head
    asker = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else \
        noun.head if noun.dep_ == "dobj" else None
    holder = by_token.get(asker.i) if asker is not None else None
    return holder is not None and holder.type == "REQUEST" and holder.token.pos_ == "VERB"


def _own_clause_step(t: Token, by_token: dict[int, Candidate]) -> bool:
    """Whether ``t`` opens a clause with a time or doer of its own under its head (see
    ``hypothetical_content``): a relative clause, a finite or participle adverbial clause or one
    with a subordinating mark, or a conjunct verb with its own subject or joined to an act told as
    done ("appealed for restraint and said it was prepared to help": the saying is no part of the
    appeal). An infinitive the parser hangs as an adverbial ("calling for the president to step
    down") is not one."""
    if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i in by_token and not by_token[t.head.i].hypothetical:
        return True  # (a conjunct of an act that is itself content stays content: "that it backed X and refused Y")
    if t.dep_ == "relcl":
        return True
    if t.dep_ == "advcl":
        return t.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP") or any(
            m.dep_ == "mark" and m.lower_ not in ("to", "for") for m in t.children)
    return t.dep_ == "conj" and bool(_children(t, _SUBJ | _PASS_SUBJ))


def _presupposed(noun: Token, by_token: dict[int, Candidate]) -> bool:
    """Whether a noun act is named as a known fact inside the content rather than as the content
    itself: a definite noun a preposition ties to a word other than the asking or charging act
    ("allegations that agents were linked to the killing of a separatist leader": the link is
    charged, the killing happened), where "asked for the deployment of a force" asks for it."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children)
    return definite and noun.head.head.i not in by_token
