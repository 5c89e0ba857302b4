"""Two acts the lexicon read as other acts: a rampage by armed men, and a grant only proposed.

(session 43) "Militias ... went on a rampage, burning homes": a rampage is a riot (PROTEST 145)
when a crowd runs wild, but armed groups, soldiers or gangs on a rampage attack the people and
places they overrun (ASSAULT 190), as judges coded the militias' rampage in East Timor. And
"proposed giving Corsica a form of autonomy", "proposed granting Kyiv more weapons": a grant that
is the object of a proposal or an offer is not handed over yet; it is an offer (AGREE 03x) of
what would be given, political reform for self-rule, the matching aid intent for aid.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_modality import Candidate

__all__ = ["armed_rampage", "proposed_grant", "grants_self_rule", "offer_of_grant"]

# sectors of armed men: state forces, rebels, militias and other unofficial armed groups, gangs
_ARMED = {"MIL", "REB", "UAF", "INS", "CRM", "SPY"}
# verbs of proposing something to be done, and the verbs of handing it over they can carry
_PROPOSING = {"propose", "suggest", "offer", "float", "moot"}
_GRANTING = {"give", "grant", "extend", "hand", "offer", "award"}
# what a state grants a region or people as political reform (CAMEO 034)
_SELF_RULE = {"autonomy", "self-rule", "self-government", "devolution", "home-rule", "statehood"}
# the aid a grant's CAMEO code names, and the intent CAMEO gives it when only offered
_AID_INTENTS = {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}


def armed_rampage(cand: Candidate) -> bool:
    """Whether a riot read off "rampage" is done by armed men (every coded doer of an armed
    sector): an attack, not a protest."""
    if cand.type != "PROTEST" or cand.token.lemma_.lower() != "rampage":
        return False
    sectors = [a.sector for a in cand.source if a.code]
    return bool(sectors) and all(s in _ARMED for s in sectors)


def proposed_grant(verb: Token) -> bool:
    """Whether a verb of handing over is what a proposal or offer puts forward ("proposed giving
    Corsica autonomy", "offered to grant them asylum"), not a grant made."""
    if verb.lemma_.lower() not in _GRANTING or verb.dep_ not in ("xcomp", "dobj", "ccomp"):
        return False
    return verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in _PROPOSING and verb.head is not verb


def grants_self_rule(verb: Token) -> bool:
    """Whether what the verb hands over is self-rule ("a form of autonomy", "more autonomy")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(t.lemma_.lower() in _SELF_RULE or t.lower_ in _SELF_RULE for t in obj.subtree):
            return True
    return False


def offer_of_grant(cand: Candidate) -> bool:
    """Retype a grant that is only proposed as the offer of it (AGREE): self-rule as an intent
    of political reform (034), aid as the matching intent to aid (033x). Returns whether it did.

    The offer is made, not put forward for others ("proposed to hold a summit" is hypothetical):
    as with "offered to expand", what is offered is still ahead, so the flag is future."""
    tok = cand.token
    if not tok.pos_ == "VERB" or not proposed_grant(tok):
        return False
    if grants_self_rule(tok):
        cand.type, cand.cameo, cand.mode, cand.context = "AGREE", "034", None, ["political_institutions"]
    elif cand.type == "AID":
        cand.type, cand.cameo, cand.mode = "AGREE", _AID_INTENTS.get(cand.cameo or "", "033"), None
    else:
        return False
    if not cand.negated:
        cand.hypothetical, cand.future = False, True
    return True
