"""Names nobody knows, used as sites: places of the story's state, not persons or bodies.

"an arms depot at Cobasna", "the buffer zone at Guerguerat", "the Ambohitsorohitra palace": the
tagger reads a small place it has never seen as a person or a body, and neither the gazetteer nor
the knowledge base knows it, so it used to stand as an actor with no state. Judges of fresh news
(sessions 23 to 41) marked 14 such names wrong. How the name is used says it is a site; the state
is the one the article is about, else the one its sentence names as a place, else none (and
then no actor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nlp import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .anchor_index import DocIndex

__all__ = ["unknown_sites"]

# Nouns for a site, whose "at"/"near" names a place ("a depot at Cobasna") or which a place's name
# may come before ("Imrali island prison").
SITE_NOUNS = frozenset({
    "depot", "zone", "base", "crossing", "checkpoint", "post", "camp", "border", "village",
    "town", "prison", "palace", "island", "islands", "peninsula", "valley", "district", "square",
    "compound", "complex", "facility", "site", "garrison", "barracks", "airstrip", "airbase",
    "blast", "blasts", "explosion", "explosions", "enclave", "outpost", "port", "harbour",
})
# Verbs of placing or moving whose "at"/"near" names where ("moved into the zone at X", "held
# near X"): only for a name the tagger took for a person, as bodies are often "at" a firm.
_PLACING_VERBS = frozenset({"move", "station", "deploy", "base", "hold", "gather", "mass",
                            "clash", "land", "cross", "camp", "stand", "fight", "dig"})
# Labels under which an unknown site hides.
_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Endings of a people's adjective, which the tagger rightly calls NORP ("the Sicilian port", "the
# U.S.-Mexican border"): such a word is the region's or people's, not a site's name.
_PEOPLES_ENDINGS = ("an", "ese", "ish", "ic", "ot", "ch")


def _site_use(doc: Doc, ent: Span, start: int, end: int) -> bool:
    """Whether the name at [start, end) is used as a site: after "near"/"outside", after an
    "at" that hangs on a site noun (any label) or on a verb of placing (a person's label only),
    or right before a site noun it modifies (a person's or people's label only: "the Tesla
    plant" is the firm's)."""
    prev = doc[start - 1] if start else None
    if prev is not None and prev.dep_ == "prep" and prev.lower_ in ("near", "outside"):
        return True
    if prev is not None and prev.dep_ == "prep" and prev.lower_ == "at":
        head = prev.head
        if head.pos_ == "NOUN" and head.lower_ in SITE_NOUNS:
            return True
        if ent.label_ == "PERSON" and head.pos_ == "VERB" and head.lemma_.lower() in _PLACING_VERBS:
            return True
    if ent.label_ != "ORG" and end < len(doc):
        last = doc[end - 1]
        nxt = doc[end] if doc[end].lower_ in SITE_NOUNS else \
            doc[end + 1] if end + 1 < len(doc) and doc[end].pos_ == "ADJ" else None
        if nxt is not None and nxt.lower_ in SITE_NOUNS and nxt.pos_ == "NOUN" \
                and last.head.i == nxt.i and last.dep_ in ("compound", "nmod", "amod"):
            return True
    return False


def _sentence_state(ix: DocIndex, start: int) -> str | None:
    """The one state the sentence of token ``start`` names by a country's or a town's name (not
    a people's: "Russian soldiers guard a depot at Cobasna" is not in Russia)."""
    sent = ix.doc[start].sent
    states = {a.whole_country.iso3 for a in ix.anchors if a.whole_country is not None
              and a.whole_country.form in ("name", "place") and sent.start <= a.start < sent.end
              and a.start != start}
    return states.pop() if len(states) == 1 else None


def unknown_sites(ix: DocIndex, taken: set[int], tagger_anchor, home_state) -> list[tuple[int, int, str, str]]:
    """(start, end, name, state) of every use of an unknown name the article uses as a site at
    least once; names whose state is not clear lose their actor reading and get no place.

    ``tagger_anchor`` and ``home_state`` are ``actor_places``' tests (passed in, so this module
    does not import the one that calls it)."""
    doc = ix.doc
    uses: dict[str, list[tuple[int, int]]] = {}
    sited: dict[str, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in _LABELS or len(ent) > 3:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        own = ix.anchor_at(start)
        if start >= end or own is None or not tagger_anchor(own) or own.start != start \
                or own.end != end or any(i in taken or i in ix.blocked or not doc[i].is_title
                                         for i in range(start, end)):
            continue  # only a name nothing but the tagger reads, all in capitals
        if ent.label_ == "NORP" and doc[end - 1].lower_.endswith(_PEOPLES_ENDINGS):
            continue
        text = doc[start:end].text
        uses.setdefault(text, []).append((start, end))
        if text not in sited and _site_use(doc, ent, start, end):
            sited[text] = start
    out: list[tuple[int, int, str, str]] = []
    home = home_state(ix) if sited else None
    for text, first in sited.items():
        state = home or _sentence_state(ix, first)
        for start, end in uses[text]:
            own = ix.anchor_at(start)
            if own is not None:
                ix.drop_anchor(own)
            if state is not None:
                out.append((start, end, text, state))
    return out
