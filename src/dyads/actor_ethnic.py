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

__all__ = ["ethnic_parties_again", "ethnic_people_again", "indigenous_americans"]

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


# (session 62) Latin America's states, where "Indian" names the native peoples, not India.
_LATIN_AMERICA = frozenset({"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY",
                            "VEN", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"})
# Sectors of people "Indian" may describe there (not a state's officials or forces).
_PEOPLE_SECTORS = frozenset({"CVL", "AGR", "LAB", "OPP", "REL", "BUS", "EDU", "PTY"})


def indigenous_americans(ix: DocIndex, main: str | None) -> None:
    """(session 62) "protests by Indian peasants, miners and workers" in a Bolivian story: in a
    story about a Latin American state that names India nowhere else, "Indian" people are that
    state's native peoples (and so are the nouns joined to them), not India's."""
    if main not in _LATIN_AMERICA:
        return
    doc = ix.doc
    indian = [m for m in ix.mentions if m.country == "IND" and m.kind in ("group", "person")
              and (m.sector in _PEOPLE_SECTORS or m.sector is None)
              and any(t.lower_ == "indian" for t in doc[m.start:m.end])]
    heads = {doc[m.end - 1].i for m in indian}
    joined = [m for m in ix.mentions if m.country == "IND" and m not in indian
              and (doc[m.end - 1].head.i in heads and doc[m.end - 1].dep_ == "conj"
                   or any(c.dep_ == "conj" and c.i in heads for c in doc[m.end - 1].children))]
    for m in joined:  # (a list: "Indian peasants, miners and workers")
        heads.add(doc[m.end - 1].i)
    joined += [m for m in ix.mentions if m.country == "IND" and m not in indian and m not in joined
               and doc[m.end - 1].dep_ == "conj" and doc[m.end - 1].head.i in heads]
    # the adjective's own mentions ("Indian peasants", "mostly Indian highlands")
    inner = [m for m in ix.mentions if m.kind == "country" and m.country == "IND"
             and doc[m.start:m.end].text.lower() == "indian"]
    if not indian or any(m.country == "IND" for m in ix.mentions
                         if m not in indian and m not in joined and m not in inner):
        return
    for m in indian + joined + inner:
        m.country, m.from_context, m.confidence = main, True, 0.6
