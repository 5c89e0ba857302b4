"""A named person whose apposition makes them a state's agent or a member of its organ (session 44).

Why: batch AQ's judges found "Haris Silajdzic, the Muslim member of Bosnia's three-man presidency"
left without a state and "Radoslav Stojanovic, Serbia's agent before the court" coded as the court's
(UNO): the apposition names the state as the owner of the person's post ("Serbia's agent") or of the
organ they belong to ("member of Bosnia's presidency"), and that state is theirs, with the organ's
sector (government; legislature for a parliament).
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex, Mention
from .countries import NON_STATE_CODES

__all__ = ["apposed_states"]

# posts a state holds through a person ("Serbia's agent", "Kenya's envoy to the talks")
_POSTS = frozenset({"agent", "envoy", "representative", "delegate", "negotiator", "ambassador", "spokesman",
                    "spokeswoman", "spokesperson", "counsel", "lawyer", "emissary", "member", "head", "chief",
                    "minister", "adviser", "advisor", "director", "deputy", "secretary", "aide", "official"})
# organs of a state a person can be a member of, with their sector
_ORGANS = {"presidency": "GOV", "government": "GOV", "cabinet": "GOV", "delegation": "GOV", "council": "GOV",
           "parliament": "LEG", "assembly": "LEG", "senate": "LEG", "legislature": "LEG", "congress": "LEG",
           # (session 45) "director of President Isaias Afwerki's office", "deputy head of
           # parliament's national security committee": the owner's own sector
           "office": None, "administration": None, "ministry": "GOV", "committee": None, "staff": None}


def _owner_state(ix: DocIndex, tok: Token) -> str | None:
    """The state a possessive child of ``tok`` names ("Bosnia's", "Serbia's"), else None."""
    owner = _owner(ix, tok)
    return owner.country if owner is not None and owner.kind == "country" else None


def _owner(ix: DocIndex, tok: Token) -> Mention | None:
    """The placed mention a possessive child of ``tok`` names ("Bosnia's", "President Isaias
    Afwerki's", "parliament's"), else None."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        o = next((o for o in ix.mentions if o.start <= c.i < o.end and o.kind in ("country", "person", "organisation")),
                 None)
        if o is not None and o.country and o.country not in NON_STATE_CODES:
            return o
    return None


def _apposed_state(ix: DocIndex, m: Mention) -> tuple[str, str] | None:
    doc = ix.doc
    for head in doc[m.end - 1].children:
        if head.dep_ != "appos" or head.i < m.end or head.lemma_.lower() not in _POSTS:
            continue
        own = _owner_state(ix, head)
        if own is not None:
            return own, "GOV"  # "Serbia's agent before the court"
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for organ in p.children:
                word = organ.lemma_.lower()
                if organ.dep_ != "pobj" or word not in _ORGANS:
                    continue
                sector = _ORGANS[word]
                if sector is not None and (own := _owner_state(ix, organ)) is not None:
                    return own, sector  # "member of Bosnia's three-man presidency"
                owner = _owner(ix, organ)
                if owner is not None and owner.kind != "country" and (sector or owner.sector):
                    # (session 45) "director of President Isaias Afwerki's office": the owner's
                    # state, and the organ's sector or else the owner's (a parliament's committee: LEG)
                    return owner.country, owner.sector if sector is None else sector
    return None


def apposed_states(ix: DocIndex) -> None:
    """Give a named person no list placed (or only the context did) the state and sector their
    apposition names as owner of their post or of their organ, and the same to their later
    mentions by name."""
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.confidence >= 1.0 \
                or m.country is not None and not m.from_context and m.country not in NON_STATE_CODES:
            continue
        found = _apposed_state(ix, m)
        if found is None:
            continue
        m.country, m.sector, m.from_context = found[0], found[1], True
        moved[m.name] = m
    for m in ix.mentions:
        head = moved.get(m.name) if m.kind == "person" and m.name else None
        if head is not None and m is not head and m.confidence < 1.0 \
                and (m.country is None or m.from_context or m.country in NON_STATE_CODES):
            m.country, m.sector, m.from_context = head.country, head.sector, True
