"""(session 49) Armed movements that share a name across a border: "the Taliban" in Pakistan.

The organisations table codes "the Taliban" as Afghanistan's rebels (and its government while it
holds Kabul). Pakistani news from 2007 on uses the same word for the Pakistani movement (the
Tehrik-i-Taliban Pakistan, Swat's fighters under Fazlullah) that fights Pakistan's own army: in
a story whose state is Pakistan and that never writes "Afghan Taliban", a bare "Taliban" that is
coded as rebels is that Pakistani movement. Where the story names the Afghan Taliban too, the
bare word is left as the table has it (the two cannot be told apart by the word).
"""

from __future__ import annotations

from .actor_context import story_state
from .anchor_index import DocIndex, Mention

__all__ = ["movements_named_across_borders"]

# The word -> (the state the organisations table gives it, the neighbour whose own movement
# shares the word, the words that name the first one outright before it).
SHARED_NAMES: dict[str, tuple[str, str, frozenset[str]]] = {
    "taliban": ("AFG", "PAK", frozenset({"afghan", "afghanistan", "afghanistan's"})),
}


def movements_named_across_borders(ix: DocIndex) -> None:
    """Recode a shared movement name to the neighbour's movement (see above)."""
    doc = ix.doc
    words = {t.lower_ for t in doc} & SHARED_NAMES.keys()
    if not words:
        return
    for word in words:
        table_state, neighbour, outright = SHARED_NAMES[word]
        # (the movement's own mentions, coded with the table's state, do not vote for the story's)
        state = story_state(ix, without=lambda m: m.country == table_state and _named(ix, m, word))
        if state != neighbour or any(t.lower_ == word and t.i > 0 and doc[t.i - 1].lower_ in outright
                                     for t in doc):
            continue
        names = set()
        for m in ix.mentions:
            if m.country == table_state and m.sector == "REB" and _named(ix, m, word):
                m.country = neighbour  # ("Taliban fighters": the body is in the mention's orgs)
                if m.kind == "person" and m.name:
                    names.add(m.name)
        for m in ix.mentions:  # "A Taliban spokesman, Muslim Khan": the name in apposition
            if m.country == table_state and m.sector == "REB" and m.name in names:
                m.country = neighbour


def _named(ix: DocIndex, m: Mention, word: str) -> bool:
    """Whether ``m`` is named by ``word`` or holds a body so named ("Taliban fighters")."""
    return any(t.lower_ == word for t in ix.doc[m.start:m.end]) \
        or any(word in (o.name or "").lower().split() for o in m.orgs)
