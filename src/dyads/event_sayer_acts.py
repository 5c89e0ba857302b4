"""Whose act is a verb the parser joined to a reported clause: the sayer's or the clause's subject's.

"The minister said the army had shelled the town and vowed to continue": the small model hangs
"vowed" on "shelled" (the reported clause) as often as on "said", and the event coder then hands
the vow to the army. In news English a speaker's second act is told as "said X ... and urged Y",
while an act of the clause's subject told in the same report is written "and that X had urged" or
"and had urged". So a verb of speaking out (an appeal, pledge, warning, charge, praise or
refusal in words) with no subject or auxiliary of its own, in the tense of the saying verb,
joined to a clause that tells a deed or a state of another party (not a speech act of that party)
is the sayer's own act. The caller also checks that the clause's subject names a party other
than the sayer (a spokesman saying "the United States was concerned and urged" speaks for the
same party either way).
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import PASS_SUBJ, SUBJ, children, lemma_in
from .triggers import speech_lemmas

__all__ = ["SPOKEN_ACTS", "asker_act", "sayer_act"]

# Acts done in words, which a speaker does in his own name in the same breath as a report.
SPOKEN_ACTS = frozenset({
    "urge", "appeal", "vow", "pledge", "promise", "warn", "accuse", "blame", "condemn", "denounce",
    "criticise", "criticize", "demand", "reject", "dismiss", "deny", "praise", "hail", "welcome",
    "thank", "commend", "applaud", "congratulate", "threaten", "insist", "reiterate",
})
_SAYING = speech_lemmas() | {"announce", "state", "declare", "tell", "add", "note", "stress", "insist"}
# a past verb shares no tense with these auxiliaries of the clause ("would face ... and promised")
_PAST = ("VBD",)
_PRESENT = ("VBZ", "VBP")


def _spoken(verb: Token) -> bool:
    """An act in words: "urged", "vowed", or "called on/for" (an appeal), never "called" alone."""
    if verb.lemma_.lower() == "call":
        return any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in verb.children)
    return lemma_in(verb, SPOKEN_ACTS)


def _same_tense(verb: Token, saying: Token) -> bool:
    return verb.tag_ in _PAST and saying.tag_ in _PAST or verb.tag_ in _PRESENT and saying.tag_ in _PRESENT


def sayer_act(verb: Token, clause: Token) -> bool:
    """Whether ``verb``, a conjunct the parser hung on ``clause`` (the reported clause of a saying
    verb with a subject of its own, told before it), is the sayer's own spoken act rather than one
    more act of the clause's subject: see the module docstring."""
    if clause.dep_ != "ccomp" or verb.dep_ != "conj" or verb.head.i != clause.i:
        return False
    saying = clause.head
    if saying.i > clause.i or not lemma_in(saying, _SAYING) or not children(saying, SUBJ):
        return False
    if children(verb, SUBJ | PASS_SUBJ | {"aux", "auxpass"}) or not _spoken(verb) or not _same_tense(verb, saying):
        return False
    if _spoken(clause) or lemma_in(clause, _SAYING):
        return False  # "said Iran condemned the strike and urged restraint": both may be Iran's words
    return bool(children(clause, SUBJ | PASS_SUBJ))


def asker_act(verb: Token, clause: Token) -> bool:
    """(session 42) Whether ``verb``, a spoken act the parser hung on an indirect question ("The
    opposition questioned whether the government had grounds and demanded an explanation"), is
    the asker's second act. A "whether"/"if" clause only says what is in doubt; a demand or
    charge joined to it in the asking verb's tense, with no subject of its own, is the asker's,
    whoever the question is about (unlike a report, the question asserts no act of its subject's,
    so the caller need not check that the two parties differ)."""
    if clause.dep_ != "ccomp" or verb.dep_ != "conj" or verb.head.i != clause.i:
        return False
    asking = clause.head
    if asking.i > clause.i or not children(asking, SUBJ) or not _same_tense(verb, asking):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False
    return _spoken(verb) and not children(verb, SUBJ | PASS_SUBJ | {"aux", "auxpass"})
