"""Named people an apposition gives a nationality ("Carola Rackete, the German captain of ...").

News introduces a foreigner of the story by name and a description that opens with her state's
adjective. When no list or rule placed the name, that adjective is the best evidence of her
state; and a name the tagger took for a body is a person when the description's noun is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .countries import NON_STATE_CODES, CountryForm, country_forms
from .nlp import sentence_of_token, sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_anchors import DocIndex, Mention

__all__ = ["nationals_named_by_people_word", "nationals_in_apposition", "named_after_noun_before"]

# Nouns for one person that such a description may end in (a body's noun leaves the kind alone).
_PERSON_NOUNS = frozenset({
    "captain", "skipper", "pilot", "sailor", "activist", "journalist", "reporter", "photographer",
    "student", "tourist", "businessman", "businesswoman", "citizen", "national", "woman", "man",
    "doctor", "nurse", "lawyer", "researcher", "academic", "scientist", "engineer", "teacher",
    "worker", "volunteer", "campaigner", "climber", "cyclist", "athlete", "footballer", "writer",
    "author", "artist", "singer", "priest", "nun", "missionary", "banker", "economist", "tycoon",
    "billionaire", "entrepreneur", "investor", "blogger", "dissident", "filmmaker", "director"})


def _birthplace(doc: Doc, k: int) -> CountryForm | None:
    """(session 64) "Natalya Orlova, a Russian-born teacher who moved to Vancouver": the state
    adjective of "<adjective>-born", which names no party (the anchors skip it) but is the only
    nationality the text gives the person."""
    if k + 2 >= len(doc) or doc[k + 1].text != "-" or doc[k + 2].lower_ != "born":
        return None
    return country_forms().get(doc[k].text)


def _described_state(ix: DocIndex, appos: Token) -> str | None:
    """The state of the one demonym that opens "the/a <demonym> <noun>" in apposition."""
    doc = ix.doc
    if appos.pos_ != "NOUN" or not appos.is_lower:
        return None
    left = appos.left_edge.i
    if doc[left].lower_ not in ("the", "a", "an"):
        return None
    states = {form.iso3 for k in range(left + 1, appos.i)
              if (form := ix.country_at(k) or _birthplace(doc, k)) is not None and form.form == "adjective"}
    if len(states) != 1 or (state := states.pop()) in NON_STATE_CODES:
        return None
    return state


def nationals_in_apposition(ix: DocIndex) -> None:
    """(session 38) "Carola Rackete, the German captain of the rescue ship": an unplaced name
    with an apposition "the <demonym> <noun>" right after it is of that state; a name tagged
    as a body becomes the person the noun says she is (so her later pronouns can find her)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind == "person" and m.name and m.from_context and m.confidence < 1.0:
            _opposition_figure(ix, m)
        if m.country is not None or not m.name or m.kind not in ("person", "organisation") \
                or m.end >= len(doc) or doc[m.end].text != ",":
            continue
        head = doc[m.end - 1]
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > m.end):
            state = _described_state(ix, appos)
            if state is None:
                continue
            person = appos.lemma_.lower() in _PERSON_NOUNS
            if m.kind == "organisation" and not person:
                continue  # "X, the German charity": a body; left to the bodies' own rules
            m.country, m.from_context, m.confidence = state, True, 0.7
            if m.sector is None and m.kind == "person":
                m.sector = _office_of(ix, appos, state)
            if person:
                m.kind = "person"
                _same_name_after(ix, m, state)
            break


# Sectors an apposition's noun gives the person it describes ("the Malawian diplomat": GOV).
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


def _people_word(ix: DocIndex, tok: Token) -> str | None:
    """The state of a noun that names one of its people ("a Frenchman", "another Brazilian",
    "Australians"), not an adjective before another noun."""
    form = ix.country_at(tok.i)
    if form is None or form.form not in ("people", "adjective") or tok.pos_ not in ("NOUN", "PROPN") \
            or tok.dep_ in ("amod", "compound") or form.iso3 in NON_STATE_CODES:
        return None
    return form.iso3


def nationals_named_by_people_word(ix: DocIndex) -> None:
    """(session 58) "another Brazilian, Marco Archer", "A Frenchman, Serge Atlaoui", "Australians
    Andrew Chan, 31, and Myuran Sukumaran": a name no rule placed, in apposition to a word for one
    of a state's people, or joined by "and" to a name such a word opens, is of that state (a
    private person unless the text says more), and so are its later mentions."""
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or not m.name or m.kind not in ("person", "organisation"):
            continue
        head = doc[m.end - 1]
        state = _people_word(ix, head.head) if head.dep_ == "appos" and head.head.i < m.start else None
        if state is None and head.dep_ == "conj" and head.head.i < m.start:
            state = _opened_by_people(ix, head.head)
        if state is None:
            continue
        m.country, m.kind, m.from_context, m.confidence = state, "person", True, 0.7
        m.sector = m.sector or "CVL"
        _same_name_after(ix, m, state)


def _opened_by_people(ix: DocIndex, tok: Token) -> str | None:
    """The state of the named person at ``tok`` whose mention opens with a plural word for that
    state's people ("Australians Andrew Chan")."""
    first = next((o for o in ix.mentions if o.start <= tok.i < o.end and o.kind == "person"
                  and o.country and o.name), None)
    if first is None or ix.doc[first.start].tag_ not in ("NNS", "NNPS"):
        return None
    form = ix.country_at(first.start)
    return first.country if form is not None and form.form == "people" and form.iso3 == first.country else None


def _office_of(ix: DocIndex, appos: Token, state: str) -> str | None:
    """(session 56) "Flossie Gomile-Chidyaonga, the most senior Malawian diplomat in London": the
    sector of the office the apposition's own mention names, when it is a state's office."""
    for o in ix.mentions:
        if o.end - 1 == appos.i and o.country == state and o.sector in _OFFICE_SECTORS:
            return o.sector
    return None


def _opposition_figure(ix: DocIndex, m: Mention) -> None:
    """(session 38) "Former prime minister X, a leading opposition figure, said the clause gave
    Australia a veto over Tuvalu's policy": a name the context placed by a state named near it
    is of the opposition his apposition names, when that is another state (its state; an
    office he once held keeps its sector; an office of the same state keeps its own)."""
    from .actor_context import mentions_within

    doc = ix.doc
    for appos in (c for c in doc[m.end - 1].children if c.dep_ == "appos" and c.i > m.end):
        if doc[appos.left_edge.i].lower_ not in ("a", "an", "the"):
            continue
        found = {o.country for o in mentions_within(ix, [appos]) if o is not m and o.sector == "OPP"
                 and o.country and o.start <= appos.i and appos.i - o.end <= 1}
        if len(found) == 1 and (state := found.pop()) != m.country:
            m.country = state
            m.sector = m.sector if m.sector == "ELI" else "OPP"
            return


def _same_name_after(ix: DocIndex, m: Mention, state: str) -> None:
    """Later mentions of the same unplaced name or its last word ("Rackete") are hers."""
    last = m.name.split()[-1] if m.name else None
    for o in ix.mentions:
        if o is m or o.start < m.end or o.country is not None or not o.name:
            continue
        if o.name == m.name or o.name == last:
            o.country, o.kind, o.from_context, o.confidence = state, "person", True, 0.7
            o.name = m.name


def named_after_noun_before(ix: DocIndex) -> None:
    """(session 64) "Estonia accused Russia of abducting one of its security service officers ...
    the FSB said it had detained the officer, Eston Kohver": an unplaced name set in apposition
    after "the <noun>" is the one of the group of that noun the text named in the two sentences
    before (the same noun in the plural), and takes its state and sector, as do its later
    mentions."""
    doc = ix.doc
    sents = sentences(doc)
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.country is not None or m.start < 3 \
                or doc[m.start - 1].text != "," or doc[m.start - 3].lower_ != "the":
            continue
        noun = doc[m.start - 2]
        if noun.tag_ != "NN":
            continue
        lemma = noun.lemma_.lower()
        lo = sents[max(0, sentence_of_token(doc, noun.i) - 2)].start  # (its sentence and the two before)
        before = [o for o in ix.mentions if lo <= o.start and o.end <= m.start - 3 and o.kind == "group"
                  and o.country and o.country not in NON_STATE_CODES
                  and doc[o.end - 1].lemma_.lower() == lemma and doc[o.end - 1].tag_ == "NNS"]
        if not before:
            continue
        group = before[-1]
        last = m.name.split()[-1]
        for o in ix.mentions:  # (pronouns are read by now: they keep their kind)
            if (o is m or o.start > m.start and o.country is None and o.name in (m.name, last)) \
                    and o.kind in ("person", "pronoun"):
                o.country, o.sector, o.from_context = group.country, o.sector or group.sector, True
                o.confidence = min(o.confidence, 0.6)
