"""A state or town joined by a hyphen to "based" or "backed" says where a body sits or who backs it.

Why: "a spokesman for the Oslo-based shipping company Wilhelmsen" is a Norwegian firm's
spokesman, but the firm's phrase had swallowed "based" and taken the story's state (Australia);
"the Iranian-backed militias" in a story on Iraq are Iraq's militias that Iran backs, not Iran's
own (batch CC's judges counted both wrong). "Based" places the body in the town's state;
"backed" names a backer, so the adjective's state is no owner and the body is left to be placed
by its context, as any unplaced militia is.
"""

from __future__ import annotations

from .anchor_index import DocIndex
from .places import place_country

__all__ = ["based_in_towns", "backers_not_owners"]

# Participles after "<state>-" that name a backer, not an owner ("Iranian-backed").
# Bodies that states' seats host but that are often no host's own ("the Hague-based court" is
# the ICC): "based" only trims their phrase, and the story says whose they are.
_SEATED_BODIES = frozenset({"court", "tribunal", "commission", "agency", "organisation", "organization",
                            "body", "bank", "fund"})
_BACKING = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "financed"})


def based_in_towns(ix: DocIndex) -> None:
    """"the Oslo-based shipping company Wilhelmsen": a body's or person's mention that opens with
    "based" after "<town or state>-" starts after it and is of the town's state, unless the body
    is known as another's ("the Hague-based court" is the ICC)."""
    doc = ix.doc
    for m in ix.mentions:
        k = m.start
        if m.end - k < 2 or doc[k].lower_ != "based" or k < 2 or doc[k - 1].text != "-" \
                or doc[k - 1].whitespace_:
            continue
        form = ix.country_at(k - 2) or ix.kb.countries.get(doc[k - 2].text)
        iso3 = form.iso3 if form is not None else place_country(doc[k - 2].text)
        if iso3 in (None, "-"):
            continue
        m.start = k + 1
        if (m.country is None or m.from_context) and doc[m.end - 1].lemma_.lower() not in _SEATED_BODIES:
            m.country, m.from_context = iso3, False


def backers_not_owners(ix: DocIndex) -> None:
    """"the Iranian-backed militias": a group whose only state word is a backer's adjective
    joined by a hyphen to "backed" (or "funded", "armed" ...) is not of the backer's state; its
    state is left to the context passes."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "group" or m.name is not None or m.country is None:
            continue
        backers = [k for k in range(m.start, m.end - 2) if doc[k + 1].text == "-"
                   and not doc[k + 1].whitespace_ and doc[k + 2].lower_ in _BACKING]
        if len(backers) != 1:
            continue
        form = ix.country_at(backers[0])
        others = [k for k in range(m.start, m.end) if k != backers[0] and ix.country_at(k) is not None]
        if form is not None and form.iso3 == m.country and not others:
            m.country, m.from_context = None, False
