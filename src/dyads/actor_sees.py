"""(session 40) A capital that also names a church's seat: "Rome" for the Holy See.

News of the Catholic Church writes "loyal to Rome", "recognised by Rome" and "the Bishop of
Rome" for the Holy See and the pope. The capitals table reads "Rome" as Italy's government
(ITAGOV), as it reads "Moscow" as Russia's, which is right in a story about Italy ("grateful to
Rome") and wrong in one about the Church. The seat stands for the see when the story names the
see's state (the Holy See, the Vatican, the pope) and never names the capital's own state by
name, adjective or people: then nothing in it is about that state's government. "Rome" as a
place ("a synod in Rome") has no sector and stays a place in Italy. "The Bishop of Rome" is the
pope's title, so its "Rome" is the see in any story.
"""

from __future__ import annotations

from .anchor_index import DocIndex

__all__ = ["sees_named_by_capitals"]

# A capital -> (the state whose capital it is, the see that has its seat there).
SEE_CAPITALS: dict[str, tuple[str, str]] = {"Rome": ("ITA", "VAT")}

# Titles of a see's head written with the see's seat ("the Bishop of Rome").
_SEE_TITLES = frozenset({"bishop"})

# Forms that name a state outright (not its capital, which is what is in question).
_OUTRIGHT = frozenset({"name", "adjective", "people"})


def sees_named_by_capitals(ix: DocIndex) -> None:
    """Recode a capital read as its state's government to the see seated in it (see above)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "country" or m.end - m.start != 1 or doc[m.start].text not in SEE_CAPITALS:
            continue
        state, see = SEE_CAPITALS[doc[m.start].text]
        if m.country != state:
            continue
        if _titled_by_see(ix, m.start) or m.sector == "GOV" and _story_of_see(ix, state, see):
            m.country, m.sector = see, None


def _titled_by_see(ix: DocIndex, i: int) -> bool:
    """Whether token ``i`` is the seat in a see's title ("the Bishop of Rome")."""
    doc = ix.doc
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _SEE_TITLES


def _story_of_see(ix: DocIndex, state: str, see: str) -> bool:
    """Whether the story names the see's state and never names ``state`` outright."""
    named_see = any(m.country == see and m.kind != "pronoun" and not m.from_context for m in ix.mentions)
    named_state = any(a.whole_country is not None and a.whole_country.iso3 == state
                      and a.whole_country.form in _OUTRIGHT for a in ix.anchors)
    return named_see and not named_state
