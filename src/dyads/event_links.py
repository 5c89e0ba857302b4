"""How one candidate of a sentence bears on another: an order, help, a lifting, a refusal of an offer.

Why: these readings need every candidate of the sentence built first ("the arrest was ordered by
a judge", "a truce brokered by Qatar with help from Egypt", "UN sanctions were lifted", "rejected
the dialogue offer"): each looks up the other act by its token (``by_token``) and folds one act
into the other or hands over its parties. They run in ``events._Coder`` after ``embed``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_modality import Candidate
from .event_roles import PASS_SUBJ as _PASS_SUBJ, children as _children, merge as _merge, prep_objects as _prep_objects

__all__ = [
    "OFFERED_TIES", "decided_sanction", "halted_fighting", "helped_act", "lifted_by_owner", "ordered_act",
    "owned_demand", "rejected_offer", "summoned_to_protest", "undone_object",
]


def lifted_by_owner(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"UN sanctions against Iran were lifted": with no lifter named, the measure's owner lifts it and
    the one it was aimed at ("against/on Iran") is the target, not the owner named in the subject."""
    if cand.type != "RETREAT" or cand.cameo != "085" or cand.source:
        return
    for subj in _children(cand.token, _PASS_SUBJ):
        inner = by_token.get(subj.i)
        if inner is None or inner is cand or inner.type not in ("SANCTION", "COERCE"):
            continue
        cand.source = list(inner.source)
        aimed = [a for a in inner.target if a not in inner.source]
        cand.target = aimed or [a for a in cand.target if a not in inner.source]
        return


OFFERED_TIES = {"CONSULT", "COOPERATE", "AID", "AGREE"}
_OFFER_PATH = {"dobj", "compound", "nmod", "amod", "pobj", "prep", "acl", "xcomp", "conj", "poss"}
_CALLED_OFF = {"PROTEST", "THREATEN", "ASSAULT", "COERCE", "SANCTION"}


def _named_through(obj: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The act a multiword trigger names through its companion noun: "a state of emergency" has
    its trigger on "emergency", while the verb's object is "state"."""
    for pobj in _prep_objects(obj, {"of"}):
        inner = by_token.get(pobj.i)
        if inner is not None and inner.trigger.word == obj.lemma_.lower():
            return inner
    return None


def decided_sanction(cand: Candidate, by_token: dict[int, Candidate]) -> list[Candidate]:
    """The sanctions when an "agreed to" is only the deciding of a sanction its makers impose ("ECOWAS leaders
    agreed to close borders with Mali and freeze its assets"): the sanction, kept as decided (not
    future), is the act against the target, so the agreeing is no AGREE of its own (session 18)."""
    if not cand.trigger.verbal or cand.token.lemma_.lower() != "agree" or cand.negated:
        return []
    # (a base-form conjunct of "agreed" is the parser's slip for one more infinitive: "agreed to
    # close borders, suspend transactions ...")
    comps = _children(cand.token, {"xcomp"}) + [c for c in _children(cand.token, {"conj"}) if c.tag_ == "VB"]
    for x in comps:  # "agreed to close ..., suspend ..., freeze ... and withdraw ...": the chain of conjuncts
        comps += [c for c in _children(x, {"conj"}) if c not in comps]
    # (session 21) the one sanction verb agreed is the act too ("agreed to close their airspace to
    # Belarusian airlines"); the agreeing absorbed it as its complement, so it is handed back. (A
    # sanction noun in the verb's object, "agreed to impose new sanctions", stays a promise: so the
    # PLOVER gold codes it.)
    inner = [by_token.get(c.i) for c in comps]
    return [i for i in inner if i is not None and i is not cand and i.type == "SANCTION"
            and (not i.absorbed or i.token.head.i == cand.token.i) and not i.future and not i.negated]


def halted_fighting(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"halted fighting around the town", "stopped shelling the port": the gerund a ceasefire verb
    takes is the violence that stops, so it is part of the one RETREAT (0871), never an attack or a
    threat of its own (the small model reads such a gerund as a verb complement, not an object)."""
    if cand.type != "RETREAT" or cand.mode != "ceasefire":
        return
    for comp in _children(cand.token, {"xcomp", "dobj"}):
        inner = by_token.get(comp.i)
        if inner is not None and inner is not cand and inner.type in ("ASSAULT", "THREATEN") \
                and comp.tag_ == "VBG":
            inner.absorbed = True


def undone_object(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"agreed to call off their protest", "refused to lift sanctions": what is called off or lifted
    does not happen, so the noun is no event of its own (undo() merges it when the undoing verb
    stands as an event; here it was folded into the agreeing or refusing verb, or is a protest)."""
    for obj in _children(cand.token, {"dobj", "nsubjpass"}):
        inner = by_token.get(obj.i) or _named_through(obj, by_token)
        if inner is None or inner is cand or inner.absorbed or not inner.trigger.nominal:
            continue
        if not cand.absorbed and inner.type in ("SANCTION", "COERCE") and inner.cameo in ("1723", "1724") \
                and inner.token.i != obj.i and cand.type in ("CONCEDE", "RETREAT") \
                and not (cand.negated or cand.future or cand.hypothetical):
            # "lifted a state of emergency": the measure named through its companion noun is what
            # the verb eases, one event, not a second coercion
            inner.absorbed = True
            continue
        if not cand.absorbed and inner.type in ("RETREAT", "CONCEDE") and inner.cameo in ("085", "081"):
            # "removed the sanctions": the noun was already read as the measure eased; one event, the verb's
            cand.type, cand.cameo, cand.mode = inner.type, inner.cameo, inner.mode
            cand.source = cand.source or inner.source
            cand.target = cand.target or inner.target
            inner.absorbed = True
            continue
        if inner.type not in _CALLED_OFF:
            continue
        if not cand.absorbed and inner.type not in ("PROTEST", "THREATEN"):
            continue  # undo() already coded "lifted the sanctions" as one easing
        head = by_token.get(cand.token.head.i) if cand.absorbed else None
        if cand.absorbed and (head is None or head.negated or head.type not in ("AGREE", "CONCEDE", "RETREAT")) \
                and not (head is not None and head.type == "REJECT" and inner.type == "SANCTION"):
            continue  # "refused to end their strike", "pressed them to call off the strike": it goes on
        if not cand.absorbed and (cand.negated or cand.future or cand.hypothetical):
            continue  # "will not end the strike": nothing is called off yet
        inner.absorbed = True
        if not cand.absorbed:
            cand.type, cand.cameo, cand.mode = "CONCEDE", "082", None  # "called off the strike"
            cand.target = cand.target or [a for a in inner.target if a not in cand.source]
            continue
        if head is not None and head.type == "REJECT" and not head.absorbed:
            head.cameo, head.mode = "1244", None  # "refused to lift sanctions": declined to ease them
            head.target = head.target or [a for a in inner.target if a not in head.source]


def ordered_act(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"The arrest of the minister was ordered by a judge": an authority's order in the passive
    states the act ordered, as "the judge ordered the arrest" does; the orderer is its doer (in place)."""
    tok = cand.token
    if cand.absorbed or not cand.trigger.verbal or tok.lemma_.lower() != "order" or cand.type != "REQUEST":
        return
    for subj in _children(tok, {"nsubjpass"}):
        inner = by_token.get(subj.i)
        if inner is None or inner is cand or inner.absorbed or inner.trigger.verbal or inner.type == "REQUEST":
            continue
        inner.source = inner.source or [a for a in cand.source if a not in inner.target]
        cand.absorbed = True


def summoned_to_protest(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"summoned India's envoy to lodge a protest", "called in the ambassador to protest the strike":
    the protest is what the summons was for, so both words tell one act (the summons, ACCUSE 114,
    aimed at the envoy's state); the purpose clause is no second protest, and the envoy is not its
    doer (in place)."""
    tok = cand.token
    if cand.absorbed or cand.type != "ACCUSE" or not cand.trigger.verbal or tok.dep_ not in ("advcl", "xcomp"):
        return
    host = by_token.get(tok.head.i)
    if host is None or host is cand or host.absorbed or host.type != "ACCUSE" \
            or host.token.lemma_.lower() != "summon":
        return
    host.target = host.target or [a for a in cand.target if a not in host.source]
    cand.absorbed = True


_BACKING = frozenset({"help", "assistance"})
# acts a helper shares in; help with an attack or a crackdown is still aid given to its doer
_HELPED_ACTS = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE"})


def helped_act(cand: Candidate, by_token: dict[int, Candidate]) -> None:
    """"a truce brokered by Qatar with help from Egypt": help that backs another act is a share in
    that act (here the mediation), not material aid (AID is goods, money or services given to a
    party); the helpers join its doers and are no longer its target (in place)."""
    tok = cand.token
    if cand.absorbed or cand.type != "AID" or not cand.trigger.nominal or tok.lemma_.lower() not in _BACKING:
        return
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return
    host = by_token.get(tok.head.head.i)
    if host is None or host is cand or host.absorbed or host.type not in _HELPED_ACTS:
        return
    host.source = _merge(host.source, cand.source)
    host.target = [a for a in host.target if a not in cand.source]
    cand.absorbed = True


# nouns of a demand pressed on another party (a "request" or "call" is often a plea or a filing)
_DEMANDS = frozenset({"demand"})


def owned_demand(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """Whether a request noun folded into the refusal whose object it is is a demand (CAMEO 10x)
    with its maker as coded owner and the one to act on it as coded target ("refused Moscow's
    demand that it pay in roubles"): the demand was made before it was refused, so it is an act
    of its own besides the refusal, which stays the sentence's news. Only a demand whose
    content is spelt out in a that-clause with its own doer (a mandate told in full); "rejected
    Kosovo's demand for recognition", a "call" or an unowned "the demand" is only what was refused."""
    tok = cand.token
    rej = by_token.get(tok.head.i)
    if rej is None or rej.type != "REJECT" or rej.negated or tok.dep_ != "dobj" or tok.pos_ != "NOUN":
        return False
    if cand.type != "REQUEST" or tok.lemma_.lower() not in _DEMANDS or not (cand.cameo or "").startswith("10") \
            or cand.negated or cand.hypothetical:
        return False
    spelt = any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in tok.children)
    return spelt and any(o.dep_ == "poss" for o in tok.children) and any(a.code for a in cand.source) \
        and any(a.code for a in cand.target)


def rejected_offer(tok: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """Whether the noun is part of what a (not negated) rejection turns down: "rejected the dialogue
    offer", "rejected a request to hold talks". Only to-infinitive clauses are crossed and no place
    or time of an act, so a summit where a rejected offer was made, or where one asked to speak,
    still happened."""
    cur = tok
    while (cur.dep_ in _OFFER_PATH or cur.dep_ == "nsubjpass") and cur.head is not cur:
        if cur.pos_ == "VERB" and cur is not tok and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in cur.children):
            return None
        if cur.dep_ == "prep" and cur.head.pos_ == "VERB":
            return None  # "a request to speak at the summit": the summit itself still meets
        head = cur.head
        rej = by_token.get(head.i)
        if rej is not None and rej.type == "REJECT" and not rej.negated and rej.trigger.verbal \
                and cur.dep_ in ("dobj", "xcomp", "nsubjpass"):
            # ("calls for an inquiry were dismissed by the army": the passive subject is what is turned down)
            return rej
        cur = head
    return None
