"""What a rule or status does by standing: no act of anyone.

(session 43) "Sudan has been on the list since 1993, a designation that blocks most U.S. aid and
trade": the present simple of a relative clause on a rule, law or status names what it does
while it stands ("a law that bans rallies", "a status that grants duty-free access"); nobody
blocks or gives anything at the time of the story. The judges counted the blocking and the aid
named in it as no events (a standing state). Every record whose trigger is in such a clause is
dropped; a past or future act of the rule's makers ("a law that parliament passed") has a tense
or a doer of its own and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_modality import Candidate
from .triggers import word_list

__all__ = ["standing_rule_clauses"]

# rules, laws and statuses that act by standing
_RULES = word_list("instruments") | frozenset({"designation", "status", "listing", "label", "classification",
                                                "ban", "embargo", "blacklist", "moratorium"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _rule_clause(tok: Token) -> bool:
    """Whether ``tok`` lies in a present-simple relative clause on a rule noun (the clause's verb
    or a word below it, up to three steps)."""
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl":
            return t.tag_ in _PRESENT and t.head.lemma_.lower() in _RULES and not any(
                c.dep_ in ("aux", "auxpass") for c in t.children) and any(
                c.dep_ == "nsubj" and c.tag_ == "WDT" for c in t.children)
        if t.head.i == t.i or t.dep_ in ("ccomp", "advcl", "xcomp", "conj"):
            return False
        t = t.head
    return False


def standing_rule_clauses(found: list[tuple[int, Candidate]]) -> None:
    """Mark absorbed every record told inside what a standing rule or status does."""
    for _sid, cand in found:
        if not cand.absorbed and _rule_clause(cand.token):
            cand.absorbed = True
