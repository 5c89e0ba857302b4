"""(session 49) Armed movements that share a name across a border: "the Taliban" in Pakistan.

The organisations table codes "the Taliban" as Afghanistan's rebels (and its government while it
holds Kabul). Pakistani news from 2007 on uses the same word for the Pakistani movement (the
Tehrik-i-Taliban Pakistan, Swat's fighters under Fazlullah) that fights Pakistan's own army: in
a story whose state is Pakistan and that never writes "Afghan Taliban", a bare "Taliban" that is
coded as rebels is that Pakistani movement. Where the story names the Afghan Taliban too, the
bare word is left as the table has it (the two cannot be told apart by the word). (Session 50)
Likewise "the National Liberation Army", which the table gives to Colombia's ELN, in a story about
Macedonia (2001) or Libya (2011).
"""

from __future__ import annotations

from .actor_context import story_state
from .anchor_index import DocIndex, Mention

__all__ = ["movements_named_across_borders"]

# A body's name in the organisations table -> (the state the table gives it, the states whose
# own movement shares the name, the words that name the table's body outright before it, the
# names its mentions may carry).
SHARED_NAMES: dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[str]]] = {
    "taliban": ("AFG", frozenset({"PAK"}), frozenset({"afghan", "afghanistan", "afghanistan's"}),
                frozenset({"Taliban"})),
    # (session 50) "the self-styled National Liberation Army" of Macedonia's Albanians (2001) and
    # of Libya's rebels (2011) are not Colombia's ELN
    "national liberation army": ("COL", frozenset({"MKD", "LBY"}),
                                 frozenset({"colombia", "colombian", "colombia's"}),
                                 frozenset({"ELN", "NLA", "National Liberation Army"})),
}


def movements_named_across_borders(ix: DocIndex) -> None:
    """Recode a shared movement name to the neighbour's movement (see above)."""
    doc = ix.doc
    text = doc.text.lower()
    for word, (table_state, neighbours, outright, names_of) in SHARED_NAMES.items():
        if word not in text:
            continue
        # (the movement's own mentions, coded with the table's state, do not vote for the story's)
        state = story_state(ix, without=lambda m: m.country == table_state and _named(ix, m, word, names_of))
        if state not in neighbours or any(t.i > 0 and doc[t.i - 1].lower_ in outright
                                          and text.startswith(word, t.idx) for t in doc):
            continue
        names = set()
        for m in ix.mentions:
            if m.country == table_state and m.sector == "REB" and _named(ix, m, word, names_of):
                m.country = state  # ("Taliban fighters": the body is in the mention's orgs)
                if m.kind == "person" and m.name:
                    names.add(m.name)
        for m in ix.mentions:  # "A Taliban spokesman, Muslim Khan": the name in apposition
            if m.country == table_state and m.sector == "REB" and m.name in names:
                m.country = state


def _named(ix: DocIndex, m: Mention, word: str, names_of: frozenset[str]) -> bool:
    """Whether ``m`` is named by ``word`` or holds a body so named ("Taliban fighters")."""
    return word in ix.doc[m.start:m.end].text.lower() or m.name in names_of \
        or any(o.name in names_of for o in m.orgs)
