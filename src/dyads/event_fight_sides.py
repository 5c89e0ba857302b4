"""Fighting told with its two sides after "between" ("fighting between soldiers and rebels entered a
third day", "heavy fighting broke out on Sunday between the army and the militia").

Why: the lead of a war story often names the fighting only as the subject of a verb of its course
("entered a third day", "broke out", "raged"), its two sides in a "between" phrase. The coder read
"Fighting" there as a verb with no subject and dropped it for want of a party, and the noun
"fighting" (lemma "fighting") is no lexicon word at all, so the story's main act had no record
(batch AL's judge: ASSAULT 190, soldiers <-> rebels, "the story's main event"). Both sides take
part in one fight, so both are its sources, as "clashes between police and protesters" already
are. Only a fight word with a "between" phrase of two or more sides counts: "the fighting in the
north" or "fled the fighting" name no side and stay out, as before; so does a fight told in a
relative clause, which describes a standing war ("Myanmar, where fighting between the junta and
armed groups has driven millions from their homes"), not the news.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .event_roles import children, prep_objects
from .triggers import Trigger

__all__ = ["FIGHT_WORDS", "between_sides", "fights_between", "time_entered"]

# words of armed fighting between two sides (noun or gerund lemmas)
FIGHT_WORDS = frozenset({"fight", "fighting", "clash", "battle", "hostility", "hostilities", "skirmish",
                         "gunbattle", "firefight"})
# verbs of a fight's course that carry its "between" phrase ("broke out on Sunday between X and Y")
_COURSE = frozenset({"break", "erupt", "flare", "rage", "continue", "resume", "intensify", "escalate",
                     "enter", "spread", "persist", "rock", "grip"})
# the noun forms the lexicon does not key under "fight" (the small model lemmatises them as is)
_UNLISTED_NOUNS = frozenset({"fighting", "hostilities", "hostility", "gunbattle", "firefight"})
_FIGHT = Trigger("fighting between", "", None, False, True, "ASSAULT", "firearms", "190", ("military",), "sym")


def _sides_of(pobj: Token) -> list[Token]:
    """The object of "between" and its conjuncts ("soldiers and rebels", "X, Y and Z")."""
    sides, i = [pobj], 0
    while i < len(sides):
        sides += [c for c in children(sides[i], {"conj"}) if c not in sides]
        i += 1
    return sides


def between_sides(tok: Token) -> list[Token]:
    """The sides of a fight word named after "between", on the word itself or, when the fight is the
    subject of a verb of its course, on that verb; empty unless two or more sides are named."""
    if tok.lemma_.lower() not in FIGHT_WORDS and tok.lower_ not in FIGHT_WORDS:
        return []
    if any(t.dep_ == "relcl" for t in (tok, *tok.ancestors)):
        return []  # "Myanmar, where fighting between X and Y has driven millions from their homes": a standing war
    holders = [tok]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _COURSE:
        holders.append(tok.head)
    for holder in holders:
        for pobj in prep_objects(holder, {"between"}):
            sides = _sides_of(pobj)
            if len(sides) >= 2:
                return sides
            if any(c.dep_ == "amod" and children(c, {"conj"}) for c in pobj.children):
                return sides  # "between Indian and Chinese troops": two sides in one phrase
    return []


def fights_between(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """The sentence's fight nouns the lexicon does not hold ("fighting", "hostilities") that name their
    two sides after "between", by token index."""
    low = sent.text.lower() if low is None else low
    if "between" not in low:
        return {}
    return {tok.i: _FIGHT for tok in sent
            if tok.pos_ == "NOUN" and tok.lower_ in _UNLISTED_NOUNS and between_sides(tok)}


# spans of time a fight, a strike or a protest "enters" ("entered a third day", "its second year")
_TIME_SPANS = frozenset({"day", "week", "month", "year", "phase", "stage", "round", "hour", "night"})


def time_entered(tok: Token) -> bool:
    """Whether "enter" tells only a span of time reached ("fighting entered a third day", "the strike
    entered its second week"), not forces entering ground (the lexicon's deployment, MOBILIZE 154)."""
    return tok.lemma_.lower() == "enter" and any(
        o.lemma_.lower() in _TIME_SPANS for o in children(tok, {"dobj", "npadvmod"}))
