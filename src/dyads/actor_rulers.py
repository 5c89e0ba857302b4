"""A state's former ruler described by the state it ruled ("Paris, Congo's former colonial ruler").

The possessor of such a description names the colony, not the ruler: coded by the possessor,
the description would make the former colony speak for its old master. The description is the
ruling state's, which the apposition beside it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_context import mentions_within, story_state
from .countries import NON_STATE_CODES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actor_anchors import DocIndex, Mention

__all__ = ["former_rulers", "unnamed_colonial_ruler"]

# Nouns for the state that ruled another ...
_RULERS = frozenset({"ruler", "power", "master", "coloniser", "colonizer", "overlord"})
# ... and the words that make them its colonial rulers.
_COLONIAL = frozenset({"colonial", "imperial", "mandate"})


def _colonial_noun(tok: Token) -> bool:
    """Whether ``tok`` heads "(former) colonial ruler/power", owned or not."""
    return tok.lemma_.lower() in _RULERS and tok.pos_ == "NOUN" \
        and any(c.lower_ in _COLONIAL for c in tok.children if c.dep_ in ("amod", "compound"))


def _colonial_ruler(tok: Token) -> bool:
    """Whether ``tok`` heads "<state>'s (former) colonial ruler/power"."""
    return _colonial_noun(tok) and any(c.dep_ == "poss" for c in tok.children)


def _partner(ix: DocIndex, m: Mention, head: Token) -> Mention | None:
    """The mention the description stands in apposition with, either side of it."""
    near = [head.head] if head.dep_ == "appos" else [c for c in head.children if c.dep_ == "appos"]
    found = [o for o in mentions_within(ix, near[:1]) if o is not m and o.country
             and o.start <= near[0].i < o.end] if near else []
    return found[0] if len(found) == 1 else None


def former_rulers(ix: DocIndex) -> None:
    """(session 38) "Paris, Congo's former colonial ruler": the description takes the state
    beside it in apposition (FRA), not its possessor's (the former colony's); with no such
    state it keeps no state."""
    doc = ix.doc
    for m in ix.mentions:
        head = doc[m.end - 1]
        if m.kind == "country" or not _colonial_ruler(head):
            continue
        other = _partner(ix, m, head)
        if other is not None:
            m.country, m.sector = other.country, None  # the state itself, as a whole
        else:
            m.country, m.sector = None, None
        m.from_context = True


def unnamed_colonial_ruler(ix: DocIndex, tok: Token) -> str | None:
    """(session 64) "Mali's government ordered France's ambassador to leave, deepening a quarrel
    with the former colonial power whose troops ...": a colonial ruler named by no state of its
    own is the one state its sentence names before it other than the story's (the colony's)."""
    if not _colonial_noun(tok) or any(c.dep_ == "poss" for c in tok.children):
        return None
    story = story_state(ix)  # (asked only of such a description: the story's state costs a count)
    named = {o.country for o in ix.mentions if tok.sent.start <= o.start < tok.i and o.country
             and not o.from_context and o.country not in NON_STATE_CODES and o.country != story}
    return named.pop() if len(named) == 1 else None
