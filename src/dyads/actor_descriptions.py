"""A description set off after a name is that name, not a second actor (session 58).

Why: over sessions 50 to 57 the blind judges marked about a hundred mentions wrong by one
convention: "Nicolas Maduro, a 50-year-old former bus driver", "Moscow, Belgrade's traditional
ally", "Portugal, the former colonial ruler", "Sogavare, a former finance official". The words
after the comma describe the actor just named; printed as a mention of their own they count one
actor twice, often with a code of their own that does not fit it (a bus driver is no civilian
here). The passes before this one have already read what the description says (its state, its
office, a former post) into the name where that was missing, so the description is dropped here,
after coreference has used it. A description only goes when nothing else can be meant: the name
is coded, the description has no name, no plural and no list around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex, Mention
from .actor_context import opening_place
from .actor_mentions import past_office
from .actor_settled_codes import span_root

__all__ = ["descriptions_after_names"]

_DESCRIBABLE = frozenset({"person", "organisation", "group"})
_PERSONAL = frozenset({"he", "him", "his", "she", "her"})


def _apposition_of(root: Token) -> Token | None:
    """The head of the apposition a description belongs to: its own root, or the first of
    coordinated descriptions ("a former journalist and human rights campaigner")."""
    if root.dep_ == "appos":
        return root
    if root.dep_ == "conj" and root.head.dep_ == "appos":
        return root.head
    return None


def _set_off(ix: DocIndex, end: int, start: int) -> bool:
    """Only a comma, or a comma, an age and a comma ("X, 54, a retired nurse"), between a name
    and its description."""
    words = [t.text for t in ix.doc[end:start]]
    return words == [","] or (len(words) == 3 and words[0] == words[2] == "," and words[1].isdigit())


def _named(ix: DocIndex, m: Mention) -> bool:
    """A mention that names its actor and has a code: a state, a named body or person."""
    if m.country is None or m.member:
        return False
    # (a name the text writes, not one coreference lent a title: "the foreign minister, the
    # finance minister and ..." lists three people)
    return m.kind == "country" or (m.kind in ("person", "organisation") and m.name is not None
                                   and any(t.pos_ == "PROPN" for t in ix.doc[m.start:m.end]))


def descriptions_after_names(ix: DocIndex) -> None:
    """Drop each unnamed description the parser hangs in apposition on a coded name right
    before it, set off by a comma."""
    doc = ix.doc
    drop: set[int] = set()
    for d in ix.mentions:
        if d.kind not in _DESCRIBABLE or d.name is not None or d.member:
            continue
        root = span_root(ix, d)
        app = _apposition_of(root)
        if app is None or root.tag_ in ("NNS", "NNPS") or root.pos_ == "PROPN":
            continue
        if any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_) for c in app.children):
            continue  # "Russia, the host, and China": a list of names around it
        owner = next((m for m in ix.mentions if m is not d and m.start <= app.head.i < m.end
                      and _set_off(ix, m.end, app.left_edge.i)), None)
        if owner is None or not _named(ix, owner):
            continue
        if any(c.dep_ == "relcl" for t in app.subtree for c in t.children):
            continue  # "the United States, Pakistan's other main ally, which has committed ...": its clause's party
        if d.end < ix.n and doc[d.end].pos_ in ("VERB", "AUX"):
            continue  # "in Sinaloa, Mexico's defence minister said": the subject, not a description
        if opening_place(ix, doc[owner.start].sent) is owner:
            continue  # "In Rabat, a senior government official, speaking ...": a scene, no name
        drop.add(id(d))
        _office_of_description(ix, d, owner)
        _pronouns_to_name(ix, d, owner)
    if drop:
        ix.mentions[:] = [m for m in ix.mentions if id(m) not in drop]


def _pronouns_to_name(ix: DocIndex, d: Mention, owner: Mention) -> None:
    """"Waheed, a former U.N. official, told reporters he had not planned the takeover": a
    pronoun that took its reading from the description (no name of its own, the description's
    code and title) stands for the name the description describes."""
    if owner.kind != "person" or d.role is None:
        return
    sent = ix.doc[d.start].sent
    for p in ix.mentions:
        if p.kind == "pronoun" and p.name is None and d.end <= p.start < sent.end \
                and ix.doc[p.start].lower_ in _PERSONAL \
                and (p.country, p.sector, p.role) == (d.country, d.sector, d.role):
            p.country, p.sector, p.name, p.role = owner.country, owner.sector, owner.name, owner.role


def _office_of_description(ix: DocIndex, d: Mention, owner: Mention) -> None:
    """"Tibisay Lucena, head of the National Electoral Council", "Kwame Osei, leader of the
    National Alliance for Renewal": the office or body a description gives, of the name's own
    state, says what a person no list knows acts as, when the person has no sector of their own
    or only the title read from this very description (not a past office: "a former army
    general", "then an army colonel")."""
    doc = ix.doc
    if owner.kind not in ("person", "organisation") or owner.confidence >= 1.0 or d.sector is None \
            or owner.country not in (None, d.country) or past_office(doc, d.start, d.end) \
            or d.start > 0 and doc[d.start - 1].lower_ == "then":  # "Garang, then an army colonel"
        return
    from_description = owner.role is not None and owner.role.lower() in doc[d.start:d.end].text.lower()
    if owner.sector is None and not owner.role or from_description:
        owner.country, owner.sector, owner.role = d.country, d.sector, owner.role or d.role
