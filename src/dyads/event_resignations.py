"""Which uses of the verbs of leaving ("stood down", "stepped aside", "quit", "bowed out") tell a resignation.

Why: these verbs tell a resignation only when one holder of an office leaves it ("the prime minister
stood down", "quit as minister", "quit his post"); the same words also tell troops taken off alert
("police stood down"), a habit dropped ("quit smoking"), a club or a social network left ("quit
Twitter"), or making room ("stood aside to let the ambulance pass"; "the world cannot stand aside
while ..."). "resign" and "step down" say the office by themselves and are not gated here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_filters import VEHICLES
from .event_nonparties import TROOPS
from .event_roles import SUBJ, children, prep_objects
from .triggers import word_list

__all__ = ["not_resigning"]

# verb lemma -> the particles that make it a verb of leaving a post ("quit" needs none)
_PHRASAL = {"stand": frozenset({"down", "aside"}), "step": frozenset({"aside"}), "bow": frozenset({"out"})}
_POSTS = word_list("left_posts")
_GROUPS = TROOPS | word_list("leaving_groups")
_TITLES = (word_list("dismissible") | word_list("dismissed_posts") | word_list("office_titles")) - {
    "government", "cabinet", "staff", "employee", "worker"}
_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
_NO_HOLDER_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
_CONTESTS = word_list("left_contests")
_POWER_KINDS = word_list("power_kinds")
_LETTING = frozenset({"let", "allow", "permit"})
_PASSING = frozenset({"pass", "through", "past"})


def _particles(tok: Token) -> set[str]:
    """The small words after a verb that may make it phrasal (the small model tags "aside" an adverb)."""
    return {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}


def _leaver(tok: Token) -> Token | None:
    """Who leaves: the verb's subject, the noun a "who" clause hangs on, or, for "refused to stand
    down" / "urged him to step aside" / "called on him to quit", the subject or the one asked of
    the verb it completes."""
    for _ in range(4):
        subj = children(tok, SUBJ)
        if subj:
            if subj[0].lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                return tok.head
            return subj[0]
        if tok.dep_ == "xcomp":
            objs = children(tok.head, {"dobj"}) or prep_objects(tok.head, {"on", "upon"})
            if objs:
                return objs[0]
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _titled(doer: Token) -> bool:
    """A name with an office title before it ("President Han", "Prime Minister John Harlow")."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in _TITLES for c in doer.children)


def _group(doer: Token) -> bool:
    """A force, crowd, party or state: "police stood down", "all sides must stand down", "the party quit"
    (a titled name the small model takes for a people, "President Han", is one person)."""
    return (doer.lemma_.lower() in _GROUPS or doer.lower_ in _GROUPS
            or doer.ent_type_ in _NO_HOLDER_ENTS and not _titled(doer))


def _one_holder(doer: Token) -> bool:
    """One person who may hold an office: a named person, "he"/"she"/"I", or one titled
    ("the chief justice", "Prime Minister John Harlow")."""
    if doer.ent_type_ == "PERSON" or doer.lower_ in _PERSON_PRONOUNS:
        return True
    if doer.tag_ in ("NNS", "NNPS"):
        return False
    return doer.lemma_.lower() in _TITLES or _titled(doer)


def _making_way(tok: Token) -> bool:
    """"stood aside to let the ambulance pass", "stepped aside and let the convoy through": room
    made for traffic, no office left."""
    for clause in children(tok, {"advcl", "xcomp", "conj", "ccomp"}):
        if clause.lemma_.lower() not in _LETTING:
            continue
        words = {t.lemma_.lower() for t in clause.subtree}
        if words & _PASSING or words & VEHICLES:
            return True
    return False


def not_resigning(tok: Token) -> bool:
    """Whether a "stand down / stand aside / step aside / quit / bow out" verb tells no resignation.

    Kept: one who leaves office, with no object ("stood down on Monday"), "as" an office ("quit as
    prime minister") or, for "quit", a post as the object ("quit his post", "quit the cabinet").
    Left out (also for "give up / relinquish / hand over power"): power of a kind ("nuclear power",
    "emergency powers"), a contest dropped out of ("bowed out of the race"), any other object ("quit
    smoking", "stood down the troops", "quit the talks"), a passive ("the guards were stood down"),
    a force, crowd, party or state as the one leaving, and for the two "aside" verbs, which also
    mean keeping out of a thing, anyone but one person."""
    if any(o.lemma_.lower() == "power" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _POWER_KINDS
                                               for c in o.children)
           for o in children(tok, {"dobj", "nsubjpass"})):
        return True  # "give up nuclear power", "handed over his emergency powers": a kind of power, no office
    lemma = tok.lemma_.lower()
    if lemma == "quit":
        particle = None
    elif lemma in _PHRASAL:
        found = _particles(tok) & _PHRASAL[lemma]
        if not found:
            return False
        particle = next(iter(found))
    else:
        return False
    if any(o.lemma_.lower() in _CONTESTS for o in prep_objects(tok, {"of", "from"})):
        return True  # "bowed out of the presidential race", "stood down from the contest": a candidacy dropped
    if children(tok, {"nsubjpass", "auxpass", "xcomp", "ccomp", "acomp"}):
        return True  # "the troops were stood down", "quit smoking", "quit being a minister"
    objs = children(tok, {"dobj"})
    if objs and not (lemma == "quit" and all(o.lemma_.lower() in _POSTS for o in objs)):
        return True  # "quit Twitter", "quit the talks" ("stood down its forces": a de-escalation row of its own)
    doer = _leaver(tok)
    if doer is None:
        return False
    if _group(doer):
        return True
    if particle == "aside" and (not _one_holder(doer) or _making_way(tok)):
        return True  # "the world cannot stand aside while ...", "stood aside to let the ambulance pass"
    return False
