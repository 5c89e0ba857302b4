"""Reactions told as a verdict on another's act, without the usual trigger verb (session 40).

Why: a speaker who says that another party's act "had no legal effect", "was a unilateral decision
that went beyond international law", "violated the U.N. Charter" or "was null and void" disapproves
of that act (CAMEO 111), as "called it illegal" does; the judges of batch AM (and earlier) listed
such verdicts as missed disapprovals from the speaker to the act's doer. ``judged_in_speech`` (event
patterns) reads verdicts with a judging word ("were illegal"); this module reads the verdicts that
deny an act its force or put it outside the law. The judged thing must be an act or a party's act,
not a party ("said Russia violated international law" is a charge the lexicon codes), and an appeal
or threat the same speaker makes to the same party in the same sentence holds the reaction
(``held_by_appeal``): one act, not two.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .event_modality import Candidate
from .triggers import Trigger

__all__ = ["SAID_PLEASED", "SAID_VOID", "held_by_appeal", "pleased_in_speech", "voided_in_speech"]

# the verdict record: the speaker's disapproval (CAMEO 111) of the act's doer
SAID_VOID = Trigger("say void", "say", None, True, False, "ACCUSE", "disapprove", "111", (), "std")
# what an act is said to lack: "had no legal effect", "has no validity", "had no legal basis"
_FORCE = frozenset({"effect", "force", "basis", "standing", "value", "foundation", "weight"})
_LEGAL = frozenset({"legal", "juridical", "binding", "legitimate", "constitutional"})
_OWN_FORCE = frozenset({"validity", "legitimacy", "legality"})  # lacked without a "legal" word
# what an act is said to be: "null and void", "invalid"
_VOID = frozenset({"void", "null", "invalid", "nonbinding"})
# verbs that put an act outside the law: "went beyond international law", "violated the charter"
_OUTSIDE = frozenset({"violate", "breach", "contravene", "flout", "exceed", "go", "run", "contradict", "break"})
_OUTSIDE_PREPS = frozenset({"beyond", "against", "counter"})
_LAW = frozenset({"law", "charter", "convention", "constitution", "resolution", "resolutions", "norm", "norms",
                  "treaty", "agreement", "accord", "accords", "mandate", "sovereignty", "rule", "rules",
                  "framework", "principle", "principles", "order"})  # (session 44) "broke with the legal framework"
_SPEECH = frozenset({"say", "tell", "state", "declare", "insist", "argue", "add", "stress", "note", "warn",
                     "write", "assert", "maintain", "claim"})


def _children(tok: Token, deps: set[str] | frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _plain(clause: Token) -> bool:
    """Whether a clause is told as so: not denied and not only possible ("would have no effect")."""
    return not _children(clause, {"neg"}) and not any(a.tag_ == "MD" for a in _children(clause, {"aux"}))


def _lacks_force(clause: Token) -> bool:
    """ "had no legal effect", "has no validity", "had no legal basis whatsoever"."""
    if clause.lemma_.lower() != "have":
        return False
    for obj in _children(clause, {"dobj"}):
        if not any(d.lower_ == "no" for d in obj.children):
            continue
        lemma = obj.lemma_.lower()
        if lemma in _OWN_FORCE or lemma in _FORCE and any(
                m.lemma_.lower() in _LEGAL for m in _children(obj, {"amod", "compound"})):
            return True
    return False


def _outside_law(verb: Token) -> bool:
    """ "went beyond international law", "violated the U.N. Charter", "ran counter to the resolutions"."""
    lemma = verb.lemma_.lower()
    if lemma not in _OUTSIDE or _children(verb, {"neg"}):
        return False
    objects = _children(verb, {"dobj"}) if lemma not in ("go", "run") else []
    objects += [o for p in _children(verb, {"prep"}) if lemma in ("go", "run") and p.lower_ in _OUTSIDE_PREPS
                or lemma not in ("go", "run") for o in (*_children(p, {"pobj"}),
                                                         *(g for c in _children(p, {"pcomp", "prep"})
                                                           for g in _children(c, {"pobj"})))]
    if lemma == "run":
        objects += [o for a in _children(verb, {"advmod"}) if a.lower_ == "counter"
                    for p in _children(a, {"prep"}) for o in _children(p, {"pobj"})]
    return any(o.lemma_.lower() in _LAW or o.lower_ in _LAW for o in objects)


def _voided(clause: Token) -> bool:
    """ "was null and void", "were invalid", "was a unilateral decision that went beyond the law"."""
    if clause.lemma_ != "be":
        return False
    for pred in _children(clause, {"acomp", "attr"}):
        if _children(pred, {"neg"}):
            continue
        if pred.lemma_.lower() in _VOID or pred.lower_ in _VOID:
            return True
        if pred.pos_ == "NOUN" and any(_outside_law(r) for r in _children(pred, {"relcl"})):
            return True
    return False


def voided_in_speech(tok: Token) -> Token | None:
    """The act a speech verb says is void or outside the law ("said Chad's decision had no legal
    effect", "said the move violated the charter"), or None. Only the subject of a plain clause
    (not denied, not only possible) that is an act noun, not a named party or a pronoun."""
    if tok.lemma_.lower() not in _SPEECH:
        return None
    for clause in _children(tok, {"ccomp"}):
        subj = _children(clause, {"nsubj"})
        if not subj or subj[0].pos_ != "NOUN" or subj[0].ent_type_ or not _plain(clause):
            continue
        if _lacks_force(clause) or _voided(clause) or _outside_law(clause):
            return subj[0]
    return None


def _state(actor) -> str | None:
    """The party's state (or group) code, so "Belgrade" and "Serbia" are one party."""
    return actor.country or (actor.code or "")[:3] or None


def held_by_appeal(cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether a verdict record is held by an appeal or threat of the same speaker to the same party
    in the sentence ("said the laws had no legal effect and called on the authorities to step back"):
    the judges count the appeal as the reaction, the verdict as its detail."""
    codes = {_state(a) for a in cand.target} - {None}
    speaker = {_state(a) for a in cand.source} - {None}
    for other in cands:
        if other is cand or other.absorbed or other.type not in ("REQUEST", "THREATEN"):
            continue
        by = {_state(a) for a in (*other.source, *([other.reported_by] if other.reported_by else []))}
        if by & speaker and codes & {_state(a) for a in other.target}:
            return True
    return False


_THANKED_PRONOUNS = frozenset({"him", "her"})


def _thanker(verb: Token, doer: Token | None) -> Token | None:
    """Who thanks: the verb's own subject, or the subject of the verb it is joined to ("spoke to
    Biden and thanked him")."""
    if doer is None and verb.dep_ == "conj":
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return doer


def thanked_person(verb: Token, what: Token | None, doer: Token | None,
                   state_voice: Callable[[Token | None], bool]) -> bool:
    """Whether "thanked X for ..." thanks a person for what he did as a leader: a state's voice
    (a king, a president, a government, by word or by title: "King Abdullah") thanking a named
    person or "him"/"her" for something ("the king spoke to Biden and thanked him for his support").
    Why: the sense check kept only thanks to a state word, so a leader's thanks to another leader
    by name was read as courtesy and dropped; the judges count it as praise (SUPPORT 051)."""
    if what is None or not (what.ent_type_ == "PERSON" or what.lower_ in _THANKED_PRONOUNS):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    doer = _thanker(verb, doer)
    return doer is not None and (state_voice(doer) or any(
        state_voice(c) for c in doer.children if c.dep_ in ("compound", "appos") and c.pos_ != "PROPN"
        or c.dep_ == "compound" and c.lower_ in ("king", "queen", "president", "emir", "sultan", "premier")))


_DISMISSING = frozenset({"dismiss", "reject"})
_OWNING = frozenset({"poss", "prep", "acl", "relcl", "compound", "amod"})


def dismissed_doer(cand: Candidate, cands: list[Candidate], noun_type: Callable[[Token], str | None]) -> None:
    """ "Rebels asked Angola for autonomy, prompting Angola to dismiss the request as a stunt": the
    dismissed act is the one the sentence told, so its doer is the target of the rejection.

    Why: "the request" names no owner, so the rejection had no target and was dropped, though the
    judges count it (REJECT, batch AM). Only a bare act noun ("the appeal", "the request") whose
    kind (``noun_type``: the lexicon's type of the noun) is the kind of another act of the sentence
    with a doer who is not the rejecter."""
    tok = cand.token
    if cand.type != "REJECT" or cand.target or not cand.source or tok.lemma_.lower() not in _DISMISSING:
        return
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if any(c.dep_ in _OWNING for c in obj.children) or not any(c.lower_ == "the" for c in obj.children):
            continue
        kind = noun_type(obj)
        if kind is None:
            continue
        own = {a.code for a in cand.source}
        told = [o for o in cands if o is not cand and not o.absorbed and o.type == kind and o.source
                and o.token.i < tok.i and not {a.code for a in o.source} & own]
        if len(told) == 1:
            cand.target = list(told[0].source)
            return


# (session 45) the speaker's approval: "said he was pleased that Uganda had released the fishermen"
SAID_PLEASED = Trigger("say pleased", "say", None, True, False, "SUPPORT", None, "051", ("diplomatic",), "std")
_PLEASED = frozenset({"pleased", "delighted", "glad", "happy", "satisfied", "gratified", "heartened",
                      "encouraged", "grateful", "thankful"})
_OWN_VOICE = frozenset({"i", "we", "he", "she", "it", "they"})


def pleased_in_speech(tok: Token) -> Token | None:
    """What the speaker says it is pleased with: "said he was pleased that Uganda had released the
    fishermen" (Uganda), "said Kenya was happy with Uganda's decision" (the decision), so that the
    speaker's approval (CAMEO 051, PLOVER SUPPORT) is recorded as "welcomed" would be.

    Why: batch AQ's judges listed such approval as missed; "pleased" is no trigger word. Only the
    speaker's own feeling (a pronoun or a state as the one pleased), never denied or only
    possible ("would be pleased if"), and only about a that-clause's party or a "with"/"by" object."""
    if tok.lemma_.lower() not in _SPEECH:
        return None
    for clause in _children(tok, {"ccomp"}):
        if clause.lemma_ != "be" or not _plain(clause):
            continue
        subj = _children(clause, {"nsubj"})
        if not subj or subj[0].pos_ == "PRON" and subj[0].lower_ not in _OWN_VOICE:
            continue
        for adj in _children(clause, {"acomp"}):
            if adj.lower_ not in _PLEASED or _children(adj, {"neg"}):
                continue
            told = [s for c in _children(adj, {"ccomp"}) if any(m.lower_ == "that" for m in _children(c, {"mark"}))
                    and _plain(c) for s in _children(c, {"nsubj", "nsubjpass"})]
            objs = [o for p in _children(adj, {"prep"}) if p.lower_ in ("with", "by", "about", "at")
                    for o in _children(p, {"pobj"})]
            if told or objs:
                return (told or objs)[0]
    return None
