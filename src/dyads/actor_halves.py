"""The North and the South of a divided pair of states (session 46, from batch AS2's verdicts).

Why: in "Sudanese warplanes bombed South Sudan a day after troops from the newly independent South
seized Heglig" and "Sudan said 40 southern soldiers were killed", the troops and soldiers are South
Sudan's, but the actor stage gave them the story's state, Sudan; "The North said the launch was
peaceful" was no state at all in a Korean story. News names the two halves of a divided pair by
"the North" and "the South", and their forces by "northern" and "southern".

Only pairs of states are read so, only when the story names one of them, and only on a date when
both states exist: before July 2011 "the South" of a Sudanese story is southern Sudan, a region
of Sudan, and its "southern rebels" are Sudan's own.
"""

from __future__ import annotations

from .anchor_index import DocIndex, Mention

__all__ = ["halves_of_pairs"]

# (north, south, first date both exist): the pairs of states news calls "the North" and "the South"
_PAIRS = (("PRK", "KOR", "1948-09-09"), ("SDN", "SSD", "2011-07-09"))
_HALF_WORDS = {"north": 0, "south": 1, "northern": 0, "southern": 1}
# sectors of forces and bodies a half's adjective or "from the South" places
_PLACED_SECTORS = frozenset({"MIL", "GOV", "REB", "COP", "LEG", "SPY"})


def _pair_in_story(ix: DocIndex) -> tuple[str, str] | None:
    named = {m.country for m in ix.mentions if m.country and not m.from_context}
    for north, south, since in _PAIRS:
        if (north in named or south in named) and (ix.date is None or ix.date >= since):
            return north, south
    return None


def _half_noun(ix: DocIndex, i: int) -> int | None:
    """0 or 1 when token ``i`` is "the North" or "the South" standing for a state: capitalised,
    after "the" (or a describing word after it: "the newly independent South"), and not the start
    of a longer name ("the South China Sea", "the North Korean leader")."""
    doc = ix.doc
    tok = doc[i]
    if tok.text not in ("North", "South") or (i + 1 < ix.n and doc[i + 1].pos_ == "PROPN"):
        return None
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "ADV") and i - j <= 3:
        j -= 1
    return _HALF_WORDS[tok.lower_] if j >= 0 and doc[j].lower_ == "the" else None


def halves_of_pairs(ix: DocIndex) -> None:
    """Code "the North" and "the South", "southern soldiers" and "troops from the South" as the
    halves of the divided pair the story names (see the module's docstring)."""
    pair = _pair_in_story(ix)
    if pair is None:
        return
    doc = ix.doc
    halves = {i: pair[h] for i in range(ix.n) if (h := _half_noun(ix, i)) is not None}
    covered = {i for m in ix.mentions for i in range(m.start, m.end)}
    for m in ix.mentions:
        inside = [halves[i] for i in range(m.start, m.end) if i in halves]
        if inside and m.end - m.start <= 4 and (m.country is None or m.from_context):
            m.kind, m.country, m.sector, m.name = "country", inside[0], None, None
            m.confidence = 0.7
    for i, state in halves.items():
        if i not in covered:
            start = i - 1 if doc[i - 1].lower_ == "the" else i
            ix.mentions.append(Mention(start, i + 1, "country", country=state, confidence=0.7))
    ix.mentions.sort(key=lambda m: m.start)
    for m in ix.mentions:
        if m.kind in ("group", "organisation", "person") and m.name is None and m.sector and m.start >= 2 \
                and doc[m.start - 1].lower_ in ("'s", "\u2019s") and m.start - 2 in halves \
                and (m.country is None or m.from_context):
            # (session 54) "the North's military said it was drawing up plans": the half's own
            m.country, m.from_context = halves[m.start - 2], True
    for m in ix.mentions:
        if m.kind != "group" or m.sector not in _PLACED_SECTORS or m.name is not None \
                or not (m.country is None or m.from_context or m.country in pair):
            continue
        adjective = next((_HALF_WORDS[doc[i].lower_] for i in range(m.start, m.end - 1)
                          if doc[i].lower_ in ("northern", "southern")), None)
        if adjective is not None:
            m.country, m.from_context = pair[adjective], True
            continue
        head = doc[m.end - 1]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                state = next((halves[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in halves), None)
                if state is not None:
                    m.country, m.from_context = state, True
