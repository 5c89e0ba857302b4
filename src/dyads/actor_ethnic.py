"""An ethnic people the story places in another state keeps that state when named bare again.

Why: a story on the 2010 violence in Osh says "Tens of thousands of ethnic Uzbeks ... fled
toward the border with Uzbekistan" (coded by where they live: Kyrgyz civilians), then "set fire
to Uzbek neighbourhoods in Osh", "Dilmurod, an Uzbek resident of Osh" and "clashes between
Kyrgyz and Uzbeks". Read alone, the demonym gives Uzbekistan, and batch CA's judges counted all
four wrong: once the story has said the people are an ethnic group of another state, its bare
demonym for their homes, and for private people in a sentence that places them there, means
that group, not the state. Officials, forces and bodies ("Uzbek President Islam Karimov",
"Uzbek border guards") stay the state's.
"""

from __future__ import annotations

from .anchor_index import DocIndex, Mention
from .countries import NON_STATE_CODES

__all__ = ["ethnic_parties_again", "ethnic_people_again"]

_PRIVATE = (None, "CVL")
# What a people's adjective may qualify and still mean the people: where they live, their homes
# and their number ("Uzbek neighbourhoods", "an Uzbek minority"), not news agencies or rule.
_HOMES = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "village", "town",
                    "home", "house", "street", "area", "community", "family", "minority",
                    "resident", "shop", "business", "mahalla"})


def ethnic_people_again(ix: DocIndex) -> None:
    """Give bare demonym mentions of an ethnic people the state the story placed that people in
    (see the module docstring); only where every placed mention of the people agrees."""
    placed: dict[str, set[str]] = {}
    for m in ix.mentions:
        if m.kin and m.country and m.country != m.kin and m.country not in NON_STATE_CODES:
            placed.setdefault(m.kin, set()).add(m.country)
    homes = {kin: states.pop() for kin, states in placed.items() if len(states) == 1}
    if not homes:
        return
    for m in ix.mentions:
        if m.kin is None and m.country in homes and m.sector in _PRIVATE and _by_demonym(ix, m) \
                and (m.kind == "country" or _placed_here(ix, m, homes[m.country])):
            m.country, m.from_context = homes[m.country], True
            m.confidence = min(m.confidence, 0.6)


def _by_demonym(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m``'s state comes from a people's adjective or plural ("Uzbek", "Uzbeks") in its
    own span or its apposition, and what it names is private: people, or where they live."""
    doc = ix.doc
    head = doc[m.end - 1]
    tokens = list(doc[m.start:m.end])
    if m.kind == "person" and m.name:
        tokens = [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
    forms = [ix.country_at(t.i) for t in tokens]
    forms = [f for f in forms if f is not None and f.iso3 == m.country]
    if not forms or any(f.form not in ("adjective", "people") for f in forms):
        return False
    if m.kind == "country":  # "Uzbek neighbourhoods": the noun it qualifies
        if m.end >= ix.n:
            return False
        noun = doc[m.end]
        if m.end + 2 < ix.n and doc[m.end + 1].lower_ == "of" and doc[m.end + 2].pos_ == "PROPN":
            return False  # ((session 54) "the Armenian town of Berd": a town the state's adjective names)
        return noun.is_lower and noun.lemma_.lower() in _HOMES
    return True


def _placed_here(ix: DocIndex, m: Mention, home: str) -> bool:
    """Whether ``m``'s own sentence places the people in ``home``: it names that state or one of
    its towns ("clashes between Kyrgyz and Uzbeks around Osh", "an Uzbek resident of Osh"), so a
    bare "Armenians accuse Moscow" stays the state's people."""
    sent = ix.doc[m.start].sent
    return any(o is not m and o.kind == "country" and o.country == home and sent.start <= o.start < sent.end
               for o in ix.mentions)


def ethnic_parties_again(ix: DocIndex) -> None:
    """(session 60) "support from ethnic Albanian parties" in a Macedonian story, then "the
    Albanian parties' demands": the same parties, of the state the story placed them in, not
    Albania's. Only a party mention whose state is a people's adjective, after a party mention
    of the same people marked "ethnic" that has another state."""
    doc = ix.doc
    homes: dict[str, set[str]] = {}
    for o in ix.mentions:
        if o.sector in ("PTY", "OPP") and o.country and o.country not in NON_STATE_CODES:
            for i in range(o.start, o.end - 1):
                anchor = ix.anchor_at(i + 1)
                kin = anchor.payload.iso3 if anchor is not None and anchor.kind in ("ethnic", "country") \
                    else None  # type: ignore[union-attr]
                if doc[i].lower_ == "ethnic" and kin is not None and kin != o.country:
                    homes.setdefault(kin, set()).add(o.country)
    for m in ix.mentions:
        home = homes.get(m.country or "")
        if home and len(home) == 1 and m.name is None and m.sector in ("PTY", "OPP") and _by_demonym(ix, m) \
                and not any(doc[i].lower_ == "ethnic" for i in range(m.start, m.end)):
            m.country, m.from_context = next(iter(home)), True
            m.confidence = min(m.confidence, 0.6)
