"""What an ultimatum or a demand noun asks for is its content, not an act done; what an
offensive or a bid aims at is its aim, not an act done (session 50).

(session 43) "gave Tigrayan forces a 72-hour ultimatum to surrender": the surrender is what the
ultimatum demands; no one has surrendered. The small model hangs the infinitive on the noun
("ultimatum to surrender", "a deadline to withdraw", "a call to lay down arms"), and nothing
flags it hypothetical, so it came out as a retreat (judged "no event": the content of the
ultimatum). An infinitive on such a noun, and a conjunct of it without a subject of its own, is
dropped; the ultimatum or demand keeps its own record.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_modality import Candidate

__all__ = ["demanded_content"]

# the records whose object may be a thing still to be made: promises, offers, demands, appeals
_PROMISING_TYPES = frozenset({"AGREE", "REQUEST"})
# the modals of what a thing promised or demanded would do
_MODALS = frozenset({"would", "will", "could", "should", "'d", "wo"})

# nouns whose "to" infinitive is what they demand of someone ((session 50) "stepping up
# pressure on the junta to free Suu Kyi")
_DEMAND_NOUNS = frozenset({"ultimatum", "deadline", "demand", "call", "order", "request", "appeal", "plea",
                           "summons", "instruction", "directive", "injunction", "pressure"})
# (session 50) nouns of an undertaking whose "to" infinitive is its aim, not yet reached: "launched
# an offensive to seize the city", "efforts to free the hostages" ("an attempt to kill him" is read
# by the modality rules: an attempt survived took place)
_AIM_NOUNS = frozenset({"offensive", "operation", "campaign", "drive", "effort", "mission",
                        "push", "battle", "fight", "struggle"})
_ASKING_OR_AIMING = _DEMAND_NOUNS | _AIM_NOUNS


def _asked_by_noun(tok: Token) -> bool:
    t = tok
    # "to surrender and lay down their arms" shares the infinitive; "and warned residents" (a
    # tensed verb the parser may join to it) is the demander's own next act
    while t.dep_ == "conj" and t.tag_ == "VB" and t.head.i != t.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        t = t.head
    noun = t.head
    if noun.lemma_.lower() == "order" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return False  # "in order to help": a purpose, which the aim rules read
    return t.pos_ == "VERB" and t.dep_ == "acl" and noun.lemma_.lower() in _ASKING_OR_AIMING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _promised_thing_does(tok: Token, by_token: dict[int, Candidate]) -> bool:
    """Whether a verb is what a thing promised or demanded "would" do: a relative clause with a
    modal on the object of a verbal promise, offer or demand ("promising a state that would
    protect minorities", "demanded a government that will hold elections")."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
        return False
    thing = tok.head
    if thing.dep_ != "dobj":
        return False
    holder = by_token.get(thing.head.i)
    return holder is not None and holder.type in _PROMISING_TYPES and holder.trigger.verbal


def demanded_content(found: list[tuple[int, Candidate]]) -> None:
    """Mark absorbed each record whose verb is what an ultimatum or demand noun asks for, or what
    a thing promised or demanded would do."""
    by_token = {cand.token.i: cand for _sid, cand in found if not cand.absorbed}
    for _sid, cand in found:
        if cand.absorbed or not cand.trigger.verbal:
            continue
        if _asked_by_noun(cand.token) or _promised_thing_does(cand.token, by_token):
            cand.absorbed = True
