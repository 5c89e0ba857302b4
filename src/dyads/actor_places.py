"""Towns, cities and provinces as actors of their country ("shelling near Kandahar" is in AFG).

Runs after the knowledge-base matcher, so country names, capitals and seats of power keep their
own reading (a capital stands for the government, a town only for the country). Only spans the
tagger calls a place (GPE, LOC) are looked up, so a town named like a word ("Mobile", "Split")
is a place only where it is used as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .countries import CountryForm
from .places import place_country

if TYPE_CHECKING:
    from .actor_anchors import DocIndex

__all__ = ["place_anchors"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def place_anchors(ix: DocIndex) -> None:
    """Add a country anchor (form "place") for each place entity the gazetteer knows."""
    from .actor_anchors import Anchor

    doc, owner = ix.doc, ix.owner
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        while end > start and not doc[end - 1].is_alpha:
            end -= 1  # "Kandahar's": the possessive stays outside
        if start >= end or any(owner[i] >= 0 or i in ix.blocked for i in range(start, end)):
            continue
        text = doc[start:end].text
        iso3 = place_country(text)
        if iso3 is not None:
            ix.add_anchor(Anchor(start, end, "country", CountryForm(text, iso3, "place")))
