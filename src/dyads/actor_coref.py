"""In-document coreference: later descriptions, surnames and pronouns take an earlier resolution.

"The soldiers" after "Israeli troops", "Weisbrot" after "Mark Weisbrot", "the Russian
president" after "Vladimir Putin", "he said": each carries the country, sector and name of the
nearest suitable earlier mention. What is still unresolved takes the state the article (or its
sentence) is about.
"""

from __future__ import annotations

import bisect

from .actor_anchors import DocIndex, Mention
from .actor_lexicon import CONTEXT_SECTORS, OTHER_HOLDER, SUBJECT_PRONOUNS, role_group
from .countries import NON_STATE_CODES, CountryForm
from .nlp import sentence_of_token

__all__ = ["main_country", "resolve_references"]


def resolve_references(ix: DocIndex) -> None:
    """Resolve ``ix.mentions`` from each other, in the order that keeps each pass's evidence."""
    _definite_descriptions(ix)
    _context(ix)
    _coreference(ix)


def main_country(mentions: list) -> str | None:
    """The state an article is mostly about, when one clearly leads; else None."""
    counts: dict[str, int] = {}
    for m in mentions:
        c = m.country
        if c and c not in NON_STATE_CODES and m.kind != "pronoun":
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 2 and n >= 1.25 * second:
        return top
    return None


def _definite_descriptions(ix: DocIndex) -> None:
    """"The soldiers" after "Israeli troops", "the president" after "President Putin":
    a definite description with no state of its own refers back to the latest earlier
    mention with the same head noun or title group (sectors.tsv ``refers``), not to the
    nearest state in its sentence. "the government in Caracas" names its state outright.
    """
    doc = ix.doc
    ix.mentions.sort(key=lambda m: m.start)
    latest: dict[str, Mention] = {}  # synonym group -> latest resolved mention
    for m in ix.mentions:
        if m.kind == "person" and m.name is not None:  # roles from appositions came late
            m.refers = tuple(k for k in (role_group(m.role), role_group(m.text_role)) if k)
        if m.definite and m.country is None and m.name is None and m.refers \
                and m.kind in ("group", "organisation", "person") \
                and not any(doc[i].lower_ in OTHER_HOLDER for i in range(m.start, m.end)):
            located = _located_in(ix, m.end)
            if located is not None:
                m.country, m.confidence = located, 0.8
            else:
                for key in m.refers:
                    cand = latest.get(key)
                    if cand is None or m.sector and cand.sector and m.sector != cand.sector:
                        continue
                    m.country, m.name = cand.country, cand.name
                    m.sector = cand.sector or m.sector
                    m.confidence = min(0.8, cand.confidence)
                    break
        if m.country is not None:
            for key in m.refers:
                latest[key] = m


def _located_in(ix: DocIndex, i: int, forms: tuple[str, ...] = ("capital", "seat")) -> str | None:
    """The state of "in Caracas" / "in Kabul" right after token ``i - 1``: a seat of
    government names the government it houses."""
    if i + 1 >= ix.n or ix.doc[i].lower_ not in ("in", "at"):
        return None
    anchor = ix.anchor_at(i + 1)
    form: CountryForm | None = anchor.whole_country if anchor is not None else None
    return form.iso3 if form is not None and form.form in forms else None


def _context(ix: DocIndex) -> None:
    """Unmodified sector nouns ("the government") take the article's main country."""
    main = main_country(ix.mentions)
    for m in ix.mentions:
        if m.kin is not None and m.country is None:
            # "ethnic Albanians in Macedonia": coded by where they live, not the kin state
            where = _located_in(ix, m.end, forms=("name",)) or main
            if where is not None and where != m.kin:
                m.country, m.from_context = where, True
    if main is not None:
        for m in ix.mentions:
            if m.country is None and m.kind in ("group", "organisation", "person") \
                    and m.name is None and m.sector in CONTEXT_SECTORS:
                m.country = main
                m.from_context = True
                m.confidence = 0.6
    for m in ix.mentions:
        if m.country is None and m.sector == "NGO":
            m.country = "NGO"  # "a human rights group": PLOVER's non-state NGO code
    # still unknown: a titled person or a group in a sentence about exactly one state
    states: dict[int, set[str]] = {}
    for m in ix.mentions:
        if m.country and m.country not in NON_STATE_CODES and not m.from_context:
            states.setdefault(sentence_of_token(ix.doc, m.start), set()).add(m.country)
    everywhere = set().union(*states.values()) if states else set()
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation", "person"):
            continue
        if m.kind == "person" and not m.role or m.kind == "organisation" and m.sector is None:
            continue
        here = states.get(sentence_of_token(ix.doc, m.start), set())
        pool = here if here else everywhere
        if len(pool) == 1:
            m.country = next(iter(pool))
            m.from_context = True
            m.confidence = 0.5


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, so that a pronoun is not resolved to a name quoted."""
    regions = []
    open_at = None
    for i, ch in enumerate(text):
        if ch == "\u201c" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            regions.append((open_at, i))
            open_at = None
        elif ch == "\n" and open_at is not None and text[open_at:i].count("\n") > 2:
            open_at = None
    return regions


def _coreference(ix: DocIndex) -> None:
    """Names, titles and pronouns that point back to a person named earlier."""
    ix.mentions.sort(key=lambda m: m.start)
    people = [m for m in ix.mentions if m.kind == "person"]
    _surnames(ix, people)
    _titles(people)
    _pronouns(ix)


def _surnames(ix: DocIndex, people: list[Mention]) -> None:
    """Later bare surnames of people first named in full ("Weisbrot" after "Mark Weisbrot"),
    also when the tagger took one for an organisation ("Cengiz said" after "Hatice Cengiz")."""
    by_surname: dict[str, Mention] = {}
    for m in people:
        if m.name and m.country is None and m.sector is None and " " not in m.name \
                and m.name in by_surname:
            first = by_surname[m.name]
            m.name, m.country, m.sector = first.name, first.country, first.sector
            m.role = m.role or first.role
            m.confidence = max(m.confidence, first.confidence - 0.1)
        elif m.name and " " in m.name:
            by_surname.setdefault(m.name.split()[-1], m)
    for m in ix.mentions:
        if m.kind == "organisation" and m.country is None and m.name and not m.orgs:
            first = by_surname.get(m.name.removesuffix("'s").removesuffix("\u2019s"))
            if first is not None:
                m.kind, m.name, m.country, m.sector = "person", first.name, first.country, \
                    first.sector
                m.role, m.refers = first.role, first.refers
                m.confidence = max(0.6, first.confidence - 0.1)


def _titles(people: list[Mention]) -> None:
    """"the Russian president": the nearest earlier named person with that role and country."""
    named = [m for m in people if m.name]
    starts = [m.start for m in named]
    for m in people:
        if m.name or not m.nominal or not m.definite:
            continue
        end = bisect.bisect_left(starts, m.start)
        # same title group ("president" is not "vice-president"), not a former holder
        fitting = [c for c in reversed(named[:end])
                   if set(m.refers) & set(c.refers)
                   and not OTHER_HOLDER & set(f"{c.role or ''} {c.text_role or ''}"
                                              .lower().split())
                   and (m.country is None or c.country == m.country)]
        # a title of the state ("the president") means the office holder, not a rival
        fitting.sort(key=lambda c: c.sector != m.sector)
        if fitting:
            cand = fitting[0]
            m.name, m.country, m.sector = cand.name, cand.country, cand.sector
            m.confidence = 0.8


def _pronouns(ix: DocIndex) -> None:
    """"he said": the nearest earlier person outside the quotation this pronoun introduces."""
    doc = ix.doc
    regions = _quote_regions(doc.text)
    region_starts = [r[0] for r in regions]
    named = sorted((m for m in ix.mentions if m.kind == "person" and m.name),
                   key=lambda m: m.start)
    starts = [m.start for m in named]
    for tok in doc:
        if tok.lower_ not in SUBJECT_PRONOUNS or not tok.dep_.startswith("nsubj"):
            continue
        pos = bisect.bisect_left(starts, tok.i) - 1
        antecedent = None
        while pos >= 0:
            cand = named[pos]
            cand_char = doc[cand.start].idx
            r = bisect.bisect_right(region_starts, cand_char) - 1
            inside = r >= 0 and regions[r][0] <= cand_char <= regions[r][1]
            same_sentence = sentence_of_token(doc, cand.start) == sentence_of_token(doc, tok.i)
            if not (inside and same_sentence):
                antecedent = cand
                break
            pos -= 1
        if antecedent is None:
            continue
        ix.mentions.append(Mention(tok.i, tok.i + 1, "pronoun", country=antecedent.country,
                                   sector=antecedent.sector, name=antecedent.name,
                                   role=antecedent.role, confidence=0.7))
