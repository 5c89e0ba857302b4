"""Towns, cities and provinces as actors of their country ("shelling near Kandahar" is in AFG).

Runs after the knowledge-base matcher, so country names, capitals and seats of power keep their
own reading (a capital stands for the government, a town only for the country). Only spans the
tagger calls a place (GPE, LOC) are looked up, so a town named like a word ("Mobile", "Split")
is a place only where it is used as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from .actor_lexicon import KIN_WORDS
from .conjuncts import first_conjunct
from .actor_sites import unknown_sites
from .anchor_index import tokens_lowered
from .countries import NON_STATE_CODES, CountryForm, capitals_by_state, country_forms, shared_capitals
from .nlp import doc_ents, doc_text
from .places import (TOWN_NOUNS as _TOWN_NOUNS, place_country, place_others, shared_subdivision,
                     subdivision_country)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actor_anchors import DocIndex
    from .anchor_index import Anchor

__all__ = ["home_of_people", "namesake_states", "place_anchors"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Words a province's name may carry ("Borno State", "Sindh Province").
_DIVISIONS = frozenset({"state", "province", "region", "governorate"})
# Common nouns that, right before a name, make it a body's name ("news agency Saba").
_NAMED_BODIES = frozenset({"firm", "company", "agency", "broadcaster", "newspaper", "outlet",
                           "airline", "carrier", "channel", "publisher", "daily", "network"})
# Last words of a police force named after its area, which the tagger may fold into the place.
_FORCES = frozenset({"police", "constabulary"})


def _route_end(doc: Doc, start: int, end: int) -> bool:
    """Whether a place is one end of a route named by two places joined with a hyphen ("the
    Kirkuk-Baniyas pipeline", "the Kabul-Kandahar highway"): the pair labels the thing between
    them, so neither town is a party to what happens to it."""
    from .mention_names import FACILITY_NOUNS

    if end < len(doc) and doc[end].text == "-":
        k = end + 1
    elif start > 1 and doc[start - 1].text == "-":
        k = start - 2
    else:
        return False
    if not doc[k].text[:1].isupper():
        return False
    head = doc[max(k, end - 1)]
    while head.dep_ == "compound" and head.head.i != head.i and head.head.i <= head.i + 3:
        head = head.head
    return head.lower_ in FACILITY_NOUNS and head.pos_ == "NOUN"


# (session 37) Nouns for lands and their peoples that a region's word describes ("the Pacific
# nation"): the first word of a body's name ("Pacific Islands Forum") before them is the region.
_LANDS = frozenset({"nation", "country", "state", "island", "neighbour", "neighbor", "region",
                    "people", "neighbourhood", "neighborhood", "territory", "archipelago"})


def _region_word(doc: Doc, i: int) -> bool:
    """(session 37) Whether the word at ``i`` only describes a land or its people after it
    ("the Pacific nation's standoff", "our Pacific neighbours"): a region's word, not the body
    whose name it opens."""
    tok = doc[i]
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > i and tok.head.is_lower \
        and tok.head.lemma_.lower() in _LANDS


_KIN_NOUNS = KIN_WORDS | frozenset({"children", "grandson", "granddaughter", "nephew", "niece"})


def kin_named(doc: Doc, i: int) -> bool:
    """(session 53) Whether the name at ``i`` is set after an owned kin word as the relative's
    name, or joined to one that is ("his daughter Maryam", "his sons Hussain and Hassan"): a
    given name the gazetteer also knows as a town (Hassan, India) names a person there."""
    tok = doc[i]
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    k = tok.i - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].head.i == tok.i:
        k -= 1  # ("his son Hassan Nawaz": the given name first)
    if k < 1 or doc[k].lower_ not in _KIN_NOUNS or doc[k].tag_ not in ("NN", "NNS"):
        return False
    return any(c.dep_ == "poss" for c in doc[k].children)


def place_anchors(ix: DocIndex) -> None:
    """Add a country anchor (form "place") for each place entity the gazetteer knows."""
    from .actor_anchors import Anchor

    _unnamed_shared_capitals(ix)
    doc, owner = ix.doc, ix.owner
    found: list[tuple[int, int, str, str]] = []
    firsts: dict[str, object] = {}  # first word of a short body's name -> the body (None: two)
    for a in ix.anchors:
        if a.kind == "org" and 1 < a.end - a.start <= 3 and doc[a.start].is_title:
            word = doc[a.start].text
            firsts[word] = a.payload if firsts.get(word, a.payload) is a.payload else None
    for ent in doc_ents(doc):
        if ent.label_ not in _PLACE_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        while end > start and not doc[end - 1].is_alpha:
            end -= 1  # "Kandahar's": the possessive stays outside
        if start >= end or any(owner[i] >= 0 or i in ix.blocked for i in range(start, end)):
            continue
        if start and doc[start - 1].lower_ in _NAMED_BODIES and doc[start - 1].tag_ == "NN":
            continue  # "state news firm Saba": a body's name, though a town shares it
        text = doc[start:end].text
        if kin_named(doc, start):
            continue  # "his sons Hussain and Hassan": a relative's given name, not a town
        if _route_end(doc, start, end):
            continue  # "the Kirkuk-Baniyas pipeline": the town names a route, no actor
        if end - start == 1 and text in firsts:
            if firsts[text] is not None and not _region_word(doc, start):
                # "Mahan" after "Mahan Air": the body named short
                ix.add_anchor(Anchor(start, end, "org", firsts[text]))
            continue
        iso3 = place_country(text)
        if iso3 is None and end - start > 1 and doc[end - 1].lower_ in _DIVISIONS:
            # "Kaduna State", "Sindh Province": the gazetteer knows the name without the word
            # (not US ones: "New York State" before "law" is the state's, and US counties
            # share their names with towns abroad)
            iso3 = place_country(doc[start:end - 1].text)
            if iso3 is not None and iso3 != "USA":
                end -= 1
                text = doc[start:end].text
            elif iso3 == "USA" and doc[end - 1].lower_ == "state" and _names_alone(doc, end):
                pass  # "New York State sued": the whole name is the state acting
            else:
                iso3 = None
        if iso3 is None and end - start > 1 and doc[end - 1].lower_ in _FORCES:
            # "West Yorkshire Police" tagged as a place: the place, with the force left to
            # read as a sector noun of that place's state
            iso3 = place_country(doc[start:end - 1].text)
            if iso3 is not None:
                end -= 1
                text = doc[start:end].text
        if iso3 is not None:
            found.append((start, end, text, iso3))
    found += _untagged_homes(ix, {i for f in found for i in range(f[0], f[1])})
    found += _places_read_as_bodies(ix, {i for f in found for i in range(f[0], f[1])})
    found += _dateline_town_again(ix, {i for f in found for i in range(f[0], f[1])})
    found += unknown_sites(ix, {i for f in found for i in range(f[0], f[1])}, _tagger_anchor, _home_state)
    states_at = {start: iso3 for start, _, _, iso3 in found}
    for anchor in ix.anchors:
        if anchor.whole_country is not None:
            states_at[anchor.start] = anchor.whole_country.iso3
    buildings = _buildings_elsewhere(ix, states_at) | _short_forms_of_names(ix, found, states_at)
    surnames = _surnames_of_people(doc)
    for start, end, text, iso3 in found:
        if text in surnames and end - start == 1 and not _placing_use(doc, start, end):
            continue  # (session 63) "Rojas's young son" after "Clara Rojas": no Argentine town
        if text not in buildings:
            ix.add_anchor(Anchor(start, end, "country", CountryForm(text, iso3, "place")))
    home = _home_state(ix)
    _home_namesake_parties(ix, home)
    _us_state_namesakes(ix)
    _capitals_in_lists(ix, home)
    _described_as_elsewhere(ix)
    _towns_named_like_states(ix)
    _capital_namesakes(ix)
    for anchor, form in _state_anchors(ix, ("place",)):
        owner = _owning_place(ix, anchor)
        if owner is not None and owner != form.iso3:
            _repoint(anchor, owner)  # (session 48) "London's Docklands" is no Australian district
            continue
        others = place_others(form.text)
        if form.text in _WORLD_SEATS and not _named_after(ix, anchor.end, others):
            continue  # "talks in Geneva" between Iran and the US: the Swiss city, not a namesake
        if home is not None and form.iso3 != home and home in others:
            _repoint(anchor, home)  # "officials in Waterloo" in an article about Canada
        elif (scene := home or _lead_state(ix)) is not None and form.iso3 != scene \
                and _home_namesake(ix, anchor, form, scene, seats=home is not None):
            _repoint(anchor, scene)
        elif others:
            counts = _named_states(ix, form.text)
            named = _named_elsewhere(ix, form.text, others | {form.iso3}, anchor.start, counts)
            if named is not None and named != form.iso3 and form.iso3 not in counts \
                    and _guest_namesake(ix, anchor, named, home, counts):
                ix.drop_anchor(anchor)
            elif named is not None and named != form.iso3 and form.iso3 not in counts:
                # "the mayor of San Juan" in an article on Puerto Rico that never names
                # Argentina: the town is the one in the state the text does name
                _repoint(anchor, named)
            elif named is None and _unknown_home_namesake(others | {form.iso3}, home, counts):
                ix.drop_anchor(anchor)
            elif form.iso3 in counts and form.iso3 in (shared := shared_subdivision(form.text)) \
                    and any(counts.get(o) == counts[form.iso3] for o in shared - {form.iso3}):
                # "troops along the border in Punjab" from Pakistan about India: both states
                # that have a province of that name are named alike, so it is neither's
                ix.drop_anchor(anchor)


def _owning_place(ix: DocIndex, anchor: Anchor) -> str | None:
    """The state of a town or state named as the owner of a place right before it ("London's
    Docklands", "Moscow's Red Square"): the part lies in its owner, whatever namesake the
    gazetteer knows first."""
    k = anchor.start
    if k < 2 or ix.doc[k - 1].tag_ != "POS":
        return None
    before = ix.anchor_at(k - 2)
    form = before.whole_country if before is not None else None
    if form is None or form.iso3 in (None, "-") or form.form not in ("place", "capital", "name"):
        return None
    return form.iso3


# Seats of a state's own institutions, which stand in the state's own land ("parliament in X").
_HOME_SEATS = frozenset({"parliament", "legislature", "congress", "assembly", "palace", "court",
                         "ministry"})


def _lead_state(ix: DocIndex) -> str | None:
    """The state the text names first (its lead's), for stories that name two states alike."""
    named = [(a.start, a.whole_country.iso3) for a in ix.anchors if a.whole_country is not None]
    return min(named)[1] if named else None


def _home_namesake(ix: DocIndex, anchor: Anchor, form: CountryForm, home: str,
                   seats: bool = True) -> bool:
    """(session 35) A town name the gazetteer gives only to a state the story never names
    otherwise, in a story about another state that places the name at home: the seat of one
    of its institutions ("outside parliament in Sao Bento", in a story on Portugal), or a
    short form of a longer name the text wrote first ("Tivoli Gardens ... In Tivoli") where the
    name is not the gazetteer's, or (session 52) a town introduced as "the village of X". Such a
    name is the home state's own place, not a namesake abroad that the story has no reason to
    visit. Seats count only in a story that clearly leads with ``home`` (``seats``); a seat with
    an owner ("UN headquarters in New York", "Russia's embassy in X") is placed by its owner, not
    at home."""
    doc = ix.doc
    counts = _named_states(ix, form.text)
    if counts.get(form.iso3) or counts.get(home, 0) < 2:
        return False
    start = anchor.start
    if start >= 2 and doc[start - 1].lower_ in ("in", "at") \
            and doc[start - 2].lemma_.lower() in _HOME_SEATS:
        # ((session 61) "opened its embassy in Jerusalem": a possessive pronoun names an owner too)
        return seats and not any(c.dep_ in ("poss", "amod", "compound", "nmod")
                                 and (c.pos_ in ("PROPN", "PRON") or ix.anchor_at(c.i) is not None)
                                 for c in doc[start - 2].children)
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _TOWN_NOUNS \
            and doc[start - 3].lower_ == "the" and not place_others(form.text):
        return True  # (session 52) "the village of Jesus Maria" in a story on Mexico: its own village
        # (a name several states share stays unguessed: "the town of Amara" in a story on Peru)
    if anchor.end - anchor.start != 1:
        return False
    for k in tokens_lowered(doc, (form.text.lower(),)):
        if k < start and k + 1 < ix.n and doc[k].text == form.text and doc[k + 1].is_title \
                and doc[k + 1].is_alpha and place_country(f"{form.text} {doc[k + 1].text}") is None:
            return True
    return False


def _short_forms_of_names(ix: DocIndex, found: list[tuple[int, int, str, str]],
                          states_at: dict[int, str]) -> set[str]:
    """(session 32) One-word towns that the text first wrote as the last word of a longer
    capitalised name the gazetteer does not know ("the Greater Sunrise gas fields ... the fight
    over Sunrise"), in a story that never names the town's state (by its name, adjective or
    capital; other towns of it may be venues): the word is that name said short (a gas field,
    a project), not a town in a state the story is not about."""
    doc = ix.doc
    out: set[str] = set()
    towns = {s for s, _, _, _ in found}
    named = {iso3 for k, iso3 in states_at.items() if k not in towns}  # by name, adjective, capital
    for start, end, text, iso3 in found:
        if end - start != 1 or text in out or iso3 in named:
            continue
        first = min((s for s, e, t, _ in found if t == text), default=start)
        for k in tokens_lowered(doc, (text.lower(),)):
            if k >= first or k < 1 or doc[k].text != text:
                continue
            prev = doc[k - 1]
            if prev.is_title and prev.is_alpha and not prev.is_sent_start \
                    and place_country(f"{prev.text} {text}") is None:
                out.add(text)
                break
    return out


def _unknown_home_namesake(states: frozenset[str], home: str | None,
                           counts: dict[str, int]) -> bool:
    """(session 28) "a trawler captain in the port of Soma" in a story about Japan: a town name
    several states share (Soma: Turkey, Gambia), none of which the article names anywhere
    else, in a story that clearly leads with another state, is some place of that state's
    the gazetteer does not know, so no state is guessed."""
    return home is not None and home not in states and not any(counts.get(s) for s in states)


def _guest_namesake(ix: DocIndex, anchor: Anchor, named: str, home: str | None,
                    counts: dict[str, int]) -> bool:
    """"a trader in the capital's Madina market" in a story about Guinea that also quotes
    Ghana's minister: a town name two other states share (Madina: Saudi Arabia, Ghana) is not
    the Ghanaian town just because Ghana is named elsewhere, when the story names a third state
    at least twice as often, the town's own sentence names neither, and Ghana is named only by
    its people and officials, never as a place ("speaking from Waterloo" in a Spanish story
    where Puigdemont "fled to Belgium" stays Belgian); it is some place of the story's
    own that the gazetteer does not know, so no state is guessed."""
    if home is None or named == home or counts.get(home, 0) < 2 * counts.get(named, 0):
        return False  # (a second state the story is about may well hold the town)
    sent = ix.doc[anchor.start].sent
    return not any(a.whole_country is not None and a.whole_country.iso3 == named
                   and (sent.start <= a.start < sent.end
                        or a.whole_country.form in ("capital", "place")
                        or ix.doc[a.end - 1].dep_ == "pobj")
                   for a in ix.anchors if a is not anchor)


def _home_namesake_parties(ix: DocIndex, home: str | None) -> None:
    """A party the knowledge base places in a state the article never names (no name,
    demonym, capital or town of it, no known person of it), in a story that clearly leads with another state, is that
    state's namesake ("the Fatah alliance" in an Iraqi election story is Iraqi): a party acts
    at home, and the story's own evidence beats the list's one reading of a short name."""
    from .kb import Organisation

    if home is None:
        return
    named = set(_named_states(ix))
    named.update(e.country for a in ix.anchors if a.kind == "person" and a.payload
                 for e in ix.kb.people.get(str(a.payload), ()))  # "Abbas said Fatah ..."
    for anchor in ix.anchors:
        org = anchor.payload
        if anchor.kind == "org" and isinstance(org, Organisation) and org.sector == "PTY" \
                and org.country is not None and len(org.country) == 3 \
                and org.country not in named and org.country != home \
                and org.country not in NON_STATE_CODES:
            anchor.payload = replace(org, country=home)


def _unnamed_shared_capitals(ix: DocIndex) -> None:
    """"has alarmed Georgetown" in a story that names Guyana is Guyana's capital; with no word
    of Guyana or the Guyanese it is as likely the Washington district or Penang's town, so the
    knowledge base's capital reading is dropped (and a town reading left to the gazetteer)."""
    shared = shared_capitals()
    for anchor, form in list(_state_anchors(ix, ("capital",))):
        if form.text in shared and not _names_state(ix, shared[form.text]):
            ix.drop_anchor(anchor)


# (session 38) Names and demonyms two states share, read by default as the one most often meant
# in the news (``countries.tsv``), with the other state that may be meant.
_NAMESAKE_FORMS = {"Congo": "COG", "Congolese": "COG"}


def namesake_states(ix: DocIndex) -> None:
    """(session 38) "Congo", "Congolese" in a story that first names the Republic of Congo by a
    name of its own ("BRAZZAVILLE ... Congo Republic's opposition ... all Congolese") are that
    state's, not the larger namesake's: the shared name goes to the other state when the text
    names that state by its own names before the first shared one and at least as often as
    the default state by its own ("In neighbouring Democratic Republic of Congo" later is
    still the DR Congo). Runs right after the gazetteer, so bodies grown from such a name
    ("Initiative for Democracy in Congo") take the state it names."""
    from .kb import Organisation

    shared = [(a, f) for a, f in _state_anchors(ix, ("name", "adjective", "people"))
              if f.text in _NAMESAKE_FORMS]
    if not shared:
        return
    first = min(a.start for a, _ in shared)
    for other in {_NAMESAKE_FORMS[f.text] for _, f in shared}:
        default = {f.iso3 for _, f in shared if _NAMESAKE_FORMS[f.text] == other}
        own = [(a.start, a.whole_country.iso3) for a in ix.anchors if a.whole_country is not None
               and a.whole_country.text not in _NAMESAKE_FORMS
               and a.whole_country.iso3 in default | {other}]
        mine = [k for k, iso3 in own if iso3 == other]
        if not mine or min(mine) > first or len(mine) < len(own) - len(mine):
            continue
        for anchor, form in shared:
            if _NAMESAKE_FORMS[form.text] == other:
                anchor.payload = CountryForm(form.text, other, form.form)
        words = {w for w, st in _NAMESAKE_FORMS.items() if st == other}
        for anchor in ix.anchors:
            org = anchor.payload
            if anchor.kind == "org" and isinstance(org, Organisation) and org.country in default \
                    and words & {t.text for t in ix.doc[anchor.start:anchor.end]}:
                anchor.payload = replace(org, country=other)  # "Initiative for Democracy in Congo"


def _names_state(ix: DocIndex, iso3: str) -> bool:
    """Whether the text names ``iso3`` by its name, adjective or people ("Guyana", "Guyanese")."""
    text = doc_text(ix.doc)
    return any(form.iso3 == iso3 and form.form in ("name", "adjective", "people")
               and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
               for word, form in country_forms().items())


def _names_alone(doc: Doc, end: int) -> bool:
    """Whether a "<name> State" ending at ``end`` stands alone, not as the first words of a
    longer name or a modifier ("Washington State University", "New York State law")."""
    if end >= len(doc):
        return True
    nxt = doc[end]
    return nxt.pos_ not in ("NOUN", "PROPN") and not nxt.is_title or nxt.tag_ == "POS"


def _state_anchors(ix: DocIndex, forms: tuple[str, ...]) -> Iterator[tuple[Anchor, CountryForm]]:
    """The anchors that stand for a whole state in one of ``forms``, with that form: what the
    re-pointing passes below read."""
    for anchor in ix.anchors:
        form = anchor.whole_country
        if form is not None and form.form in forms:
            yield anchor, form


def _repoint(anchor: Anchor, iso3: str) -> None:
    """The anchor's name is a town of ``iso3``: every pass that finds a town elsewhere says so alike."""
    anchor.payload = CountryForm(anchor.payload.text, iso3, "place")  # type: ignore[union-attr]


def _after_comma(ix: DocIndex, end: int) -> Anchor | None:
    """The anchor right after "<name>," ("Athens, Georgia", "Tripoli, Lebanon"), the one place
    that reads a town's "Town, State" comma."""
    if end + 1 >= ix.n or ix.doc[end].text != ",":
        return None
    return ix.anchor_at(end + 1)


# Country names that are also US states: after "<town>," they name the state ("Athens, Georgia")
# unless the town lies in that country ("Batumi, Georgia").
_US_STATE_NAMESAKES = {"GEO": "Georgia"}


def _us_state_namesakes(ix: DocIndex) -> None:
    """"Athens, Georgia": a country name that a US state shares, after the comma of a town of
    another country, is the US state, and the town is American too."""
    doc = ix.doc
    for town, tform in list(_state_anchors(ix, ("place", "capital"))):
        state = _after_comma(ix, town.end)
        form = state.whole_country if state is not None else None
        if form is None or state.start != town.end + 1 or town.kind != "country" \
                or _US_STATE_NAMESAKES.get(form.iso3) != doc[state.start:state.end].text \
                or tform.iso3 == form.iso3:
            continue
        _repoint(state, "USA")
        _repoint(town, "USA")


# Seats of international bodies, where states meet and courts sit: news means the famous city,
# not a smaller namesake in a state the text names (Geneva, Illinois; Vienna, Virginia).
_WORLD_SEATS = frozenset({"Geneva", "Vienna", "Brussels", "The Hague", "Hague", "Strasbourg",
                          "Nairobi", "Luxembourg", "Addis Ababa", "Montreal", "Rome", "Paris",
                          "Lausanne", "Doha", "Astana", "Minsk", "Oslo", "Stockholm", "Helsinki"})


def _named_after(ix: DocIndex, end: int, others: frozenset[str]) -> bool:
    """Whether a town's name is followed by the province or state of one of its namesakes
    ("Geneva, Illinois")."""
    after = _after_comma(ix, end)
    form = after.whole_country if after is not None else None
    return form is not None and form.iso3 in others


# People nouns a town's name can describe as their home ("a Lahore resident", "residents of
# Aleppo", "a farmer from Multan").
HOME_PEOPLE = frozenset({"resident", "residents", "native", "natives", "man", "woman", "men",
                          "women", "people", "villagers", "family", "families", "youth",
                          "boy", "girl", "shopkeeper", "shopkeepers", "citizens", "locals"})


def names_home(doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is where people live: before the people noun ("a
    Lahore resident") or after its "of"/"from" ("residents of Aleppo", "a 28-year-old from
    Multan")."""
    last = doc[end - 1]
    head = last.head
    if last.dep_ in ("compound", "amod") and head.i == end:
        return head.lower_ in HOME_PEOPLE
    if last.dep_ != "pobj" or head.lower_ not in ("of", "from"):
        return False
    person = head.head
    return person.lower_ in HOME_PEOPLE \
        or person.lower_ == "old" and person.i > 0 and doc[person.i - 1].text == "-"


def home_of_people(doc, start: int, end: int) -> str | None:
    """The state of a known town named as where people live ("a Lahore resident", "a
    28-year-old from Karachi"), whatever label the tagger gave it."""
    return place_country(doc[start:end].text) if names_home(doc, start, end) else None


def _dateline_town_again(ix: DocIndex, taken: set[int]) -> list[tuple[int, int, str, str]]:
    """(session 41) "TORSHAVN, Nov 25 (Wire) - ... Copenhagen had urged Torshavn to reconsider":
    the town a story is filed from is that place wherever the story names it again, also where
    the tagger tags it as nothing (a small capital it does not know) or as a name."""
    name, state = ix.dateline_place, ix.dateline
    if not name or not state or state in NON_STATE_CODES:
        return []
    words = name.split()
    doc, out = ix.doc, []
    for i in range(ix.n - len(words) + 1):
        if doc[i].text != words[0]:
            continue  # (the first word's text first: no Span for every token of the story)
        span = doc[i:i + len(words)]
        own = ix.anchor_at(i)
        if own is not None and _tagger_anchor(own) and own.start == i and own.end == i + len(words):
            # (session 47) "GOMA, Congo ... troops were still resisting in parts of Goma": the
            # tagger's person reading of the town filed from gives way to the town
            if span.text == name and not any(t.ent_type_ in _PLACE_LABELS for t in span):
                ix.drop_anchor(own)
        if span.text != name or any(ix.owner[k] >= 0 or k in ix.blocked or k in taken
                                    for k in range(i, i + len(words))):
            continue
        if any(t.ent_type_ in _PLACE_LABELS for t in span):
            continue  # a tagged place is read above
        out.append((i, i + len(words), name, state))
    return out


def _untagged_homes(ix: DocIndex, taken: set[int]) -> list[tuple[int, int, str, str]]:
    """Known towns the tagger missed or read as a people ("a Lahore resident" is tagged
    NORP), when they name where people live: before the people noun or after its "of"/"from".
    Only then: a capitalised word elsewhere may be a surname that a town shares."""
    doc, out = ix.doc, []
    # the part-of-speech test first, from the attribute array: a Token only for proper nouns
    propn = [pos == PROPN for pos in doc.to_array(POS).tolist()] if ix.n else []
    i = 0
    while i < ix.n:
        if not propn[i]:
            i += 1
            continue
        tok = doc[i]
        if i in taken or ix.owner[i] >= 0 or i in ix.blocked \
                or tok.ent_type_ not in ("", "NORP", "GPE", "FAC"):
            i += 1
            continue
        end = i + 1
        while end < ix.n and propn[end] and end not in taken \
                and ix.owner[end] < 0 and doc[end].ent_type_ == tok.ent_type_:
            end += 1
        iso3 = home_of_people(doc, i, end)
        if iso3 is not None:
            out.append((i, end, doc[i:end].text, iso3))
        i = end
    return out


# Prepositions that put a name tagged as a body where something happens ("struck a plant at
# Abqaiq").
_AT_PLACE = frozenset({"at", "in", "near", "outside",
                       "between"})  # (session 37) "the crossing between Punjab and Haryana"


# Verbs of going whose "to" names a place ("Erdogan later travelled to Erbil").
_GOING = frozenset({"travel", "fly", "go", "return", "head", "drive", "sail", "journey"})


def _travelled_to(prep: Token) -> bool:
    """Whether ``prep`` is the "to" of a verb of going ("travelled to Erbil")."""
    return prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.lemma_.lower() in _GOING


def _places_read_as_bodies(ix: DocIndex, taken: set[int]) -> list[tuple[int, int, str, str]]:
    """Known towns and provinces the tagger read as a body or a people (ORG, NORP), when one
    use stands after "at"/"in"/"near"/"from"/"across" or before "region"/"province" ("the
    Puno region"), or read as either or as a person when joined by "and" to a name so placed
    ("farmers from Punjab and Haryana"), or where the tagger reads the same name as a place
    elsewhere in the article, and the article names the place's state itself
    ("the largest processing plant at Abqaiq" in a story naming Saudi Arabia): then every
    such use of that name in the article is the place ("Abqaiq was the target of an
    attack"). Both conditions, so that a firm, club or person sharing a town's name
    elsewhere stays what it is."""
    doc = ix.doc
    states = {a.whole_country.iso3 for a in ix.anchors if a.whole_country is not None
              and a.whole_country.form in ("name", "adjective", "capital")}
    uses: dict[str, list[tuple[int, int]]] = {}
    placed: dict[str, str] = {}
    # names the tagger also reads as a place or body elsewhere in the article
    towns = {ent.text for ent in doc_ents(doc) if ent.label_ in ("GPE", "LOC", "ORG")}
    # (session 34) names it reads as a place elsewhere ("On Anjouan, calm returned"): the
    # island "Bacar had ruled" and that "tried to secede" is that place too
    sites = {ent.text for ent in doc_ents(doc) if ent.label_ in ("GPE", "LOC")}
    # (session 47) names a settlement noun calls somewhere in the article ("the towns of X")
    called = {ent.text for ent in doc_ents(doc) if ent.label_ in _READ_AS_BODY and _town_called(doc, ent.start)}
    for ent in doc_ents(doc):
        if ent.label_ not in _READ_AS_BODY \
                or len(ent) > (4 if ent.text in called else 3 if ent.label_ == "ORG" or ent.text in towns else 1):
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        own = ix.anchor_at(start)
        if start >= end or own is not None and (not _tagger_anchor(own) or own.start != start
                                                or own.end != end) \
                or any(i in taken or i in ix.blocked
                       or not (doc[i].is_title or doc[i].text == "-" and start < i < end - 1
                               or doc[i].lower_ in _NAME_PARTICLES and start < i < end - 1)
                       for i in range(start, end)):
            continue  # (only the tagger's own body anchor, which the town then replaces;
            # session 37: a hyphen inside the name, "Nagorno-Karabakh", is part of it)
        text = doc[start:end].text
        uses.setdefault(text, []).append((start, end))
        # (a name read as a person is a place only beside one: "from Punjab and Haryana", or
        # where the article itself names it as a place elsewhere: "In Banja Luka, ...")
        if text not in placed and ((ent.label_ != "PERSON" or text in towns)
                                   and _placing_use(doc, start, end)
                                   or _joined_to_placed(doc, start, placed)
                                   or text in sites or _names_site(doc, start, end)
                                   or text in called):
            iso3 = place_country(text)
            if iso3 is not None and iso3 not in states:
                iso3 = next((s for s in sorted(place_others(text)) if s in states), None)
            if iso3 is not None and iso3 in states:
                placed[text] = iso3
    out = [(s, e, text, placed[text]) for text in placed for s, e in uses[text]]
    for s, _, _, _ in out:
        own = ix.anchor_at(s)
        if own is not None:
            ix.drop_anchor(own)
    return out


# Tagger labels under which a known place's name may hide ("Punjab" as a people, "Haryana" as a
# person, "Puno" as a body).
_READ_AS_BODY = frozenset({"ORG", "NORP", "PERSON"})
# Prepositions that say where people come from or where a measure runs ("students from Puno",
# "a curfew across Puno"): a place, as after "in", but only for a name the tagger took for a
# people or a person when the article names its state.
_FROM_PLACE = frozenset({"from", "across", "throughout"})


def _surnames_of_people(doc: Doc) -> set[str]:
    """The last words of the persons' names of two words or more the tagger found ("Clara
    Rojas"): the same word alone is that person again, not a town that shares it."""
    return {ent[-1].text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) >= 2
            and ent[-1].is_title and place_country(ent.text) is None}  # (not "Banda Aceh" so tagged)


def _tagger_anchor(anchor: Anchor) -> bool:
    """Whether ``anchor`` is only the tagger's reading of a name (a body, a people, a person
    the knowledge base does not know), which a place may replace."""
    return anchor.kind in ("ent_org", "ent_norp") or anchor.kind == "person" and anchor.payload is None


# Lower-case particles inside Arabic and Romance place names ("Ras al-Ain", "Dar es Salaam").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ar", "ash", "es", "de", "la", "du", "del"})
# (session 47) Nouns of a settlement named in an "of" phrase: "the towns of Tal Abyad and Ras al-Ain".
_CALLED_BY = _TOWN_NOUNS | {"district", "province", "region", "enclave"}


def _town_called(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is the one a settlement noun calls ("the towns of X and Y":
    a name read as a person is the town, and so is one joined to it by "and")."""
    k = start - 1
    if k >= 1 and doc[k].lower_ == "and":
        k -= 1
        while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].text in ("-", "\u2013")):
            k -= 1  # ("the towns of Tal Abyad and Ras al-Ain")
    if k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
        k -= 1  # ("northern towns such as Kiryat Shmona")
    return k >= 1 and doc[k].lower_ in ("of", "such") and doc[k - 1].lemma_.lower() in _CALLED_BY


def _placing_use(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is used as a place: after a place preposition or a
    verb of going, or before "region"/"province"/"state" ("the Puno region")."""
    prev = doc[start - 1] if start else None
    if prev is not None and (prev.lower_ in _AT_PLACE or prev.lower_ in _FROM_PLACE
                             or _travelled_to(prev)):
        return True
    if prev is not None and (prev.lemma_.lower() == "annex" or prev.lower_ == "of" and start > 1
                             and doc[start - 2].lower_ == "annexation"):
        return True  # (session 32) "annexed Crimea", "the annexation of Crimea": a territory
    if [t.lower_ for t in doc[end:end + 3]] == ["as", "part", "of"]:
        return True  # "a map with Crimea as part of Russia": a territory
    if prev is not None and prev.lemma_.lower() in ("link", "connect") and prev.pos_ == "VERB":
        return True  # (session 37) "the only road linking Nagorno-Karabakh to Armenia"
    return end < len(doc) and doc[end].lower_ in _DIVISIONS and doc[end].is_lower


# (session 37) Sites named after the town they stand in ("the Fukushima nuclear plant").
_SITES = frozenset({"plant", "plants", "crossing", "mine", "refinery", "terminal", "port",
                    "airport", "dam", "prison", "oilfield", "field", "base", "reactor"})


def _names_site(doc: Doc, start: int, end: int) -> bool:
    """(session 37) Whether the name at [start, end) only names a site after its place, with at
    most two lower-case words between ("the wrecked Fukushima nuclear plant", "the Seme oil
    terminal"): a place, whatever the tagger took it for."""
    k = end
    while k < len(doc) and k < end + 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") \
            and doc[k].lower_ not in _SITES:
        k += 1
    return k < len(doc) and doc[k].lower_ in _SITES and doc[k].pos_ == "NOUN" \
        and doc[end - 1].head.i == k and doc[end - 1].dep_ in ("compound", "nmod", "amod")


def _joined_to_placed(doc: Doc, start: int, placed: dict[str, str]) -> bool:
    """Whether the name at ``start`` is the second of "<placed name> and <name>"."""
    return start >= 2 and doc[start - 1].lower_ in ("and", "or") and doc[start - 2].text in placed


# Last words of the names of buildings and estates named after a place ("Blenheim Palace").
_BUILDINGS = frozenset({"palace", "castle", "abbey", "manor", "hall", "house", "cathedral",
                        "church", "mosque", "temple", "stadium", "arena", "hotel", "park",
                        "prison", "school", "college", "university", "hospital", "estate"})


def _buildings_elsewhere(ix: DocIndex, states_at: dict[int, str]) -> set[str]:
    """Town names that the text shows are a building's name in another state: "Blenheim
    Palace in Oxfordshire, England" is English, so a later bare "Blenheim" is the palace, not
    the town in New Zealand."""
    doc = ix.doc
    out: set[str] = set()
    for i in tokens_lowered(doc, _BUILDINGS):
        if i < 1:
            continue
        if i >= ix.n - 2:
            break
        if doc[i].lower_ not in _BUILDINGS or not doc[i].is_title \
                or doc[i + 1].lower_ not in ("in", "at", "near"):
            continue
        j = i
        while j > 0 and doc[j - 1].is_title and doc[j - 1].pos_ == "PROPN":
            j -= 1
        name = doc[j:i].text
        where = states_at.get(i + 2 if doc[i + 2].lower_ != "the" else i + 3)
        if j < i and where is not None and place_country(name) not in (None, where):
            out.add(name)
    return out


def _home_state(ix: DocIndex, skip: str | None = None, least: int = 2) -> str | None:
    """The state the article names most (countries, demonyms, capitals, towns), when one
    clearly leads (named ``least`` times or more): the reading of a town name several states
    share (not counting the name ``skip``, when the name in question is one)."""
    counts = _named_states(ix, skip)
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda c: counts[c])
    second = ranked[1] if len(ranked) > 1 else 0
    return top if ranked[0] >= least and ranked[0] >= 1.25 * second else None


def _named_states(ix: DocIndex, skip: str | None = None) -> dict[str, int]:
    """How often the text names each state, by anchors other than the place ``skip`` itself."""
    counts: dict[str, int] = {}
    for anchor in ix.anchors:
        form = anchor.whole_country
        if form is not None and form.text != skip:
            counts[form.iso3] = counts.get(form.iso3, 0) + 1
    return counts


def _named_elsewhere(ix: DocIndex, text: str, states: frozenset[str], at: int,
                     counts: dict[str, int]) -> str | None:
    """The one state among ``states`` the text names most (``counts``: ``_named_states`` without
    ``text``); on a tie, the one of them named last before token ``at`` (the state the passage
    is about); else None."""
    ranked = sorted(((counts.get(s, 0), s) for s in states), reverse=True)
    if not ranked or ranked[0][0] == 0:
        return None
    # (session 37) "the attack on Sergei Skripal in Salisbury", with "Britain" in the same
    # sentence: the one of the towns' states its own sentence names is the one meant
    sent = ix.doc[at].sent
    here = {a.whole_country.iso3 for a in ix.anchors if a.whole_country is not None
            and sent.start <= a.start < sent.end and a.whole_country.text != text
            and a.whole_country.iso3 in states}
    if len(here) == 1:
        return here.pop()
    tied = {s for n, s in ranked if n == ranked[0][0]}
    if len(tied) == 1:
        return ranked[0][1]
    before = [(a.start, a.whole_country.iso3) for a in ix.anchors
              if a.whole_country is not None and a.start < at and a.whole_country.iso3 in tied
              and a.whole_country.text != text]
    return max(before)[1] if before else None


def _capitals_in_lists(ix: DocIndex, home: str | None) -> None:
    """A capital's name inside a list of towns of one other state is a town of that state:
    "Carrascal, Cantilan, Madrid and Lanuza" are all in the Philippines, not Spain's seat."""
    doc = ix.doc
    by_token = {anchor.start: anchor for anchor in ix.anchors
                if anchor.whole_country is not None}
    for anchor in list(by_token.values()):
        form = anchor.whole_country
        if form is None or form.form != "capital" or anchor.end - anchor.start != 1:
            continue
        tok = doc[anchor.start]
        root = tok
        root = first_conjunct(root)
        members = [root] + [t for t in root.subtree if t.dep_ == "conj" and t.i != root.i]
        states: set[str] = set()
        towns = 0
        for member in members:
            if member.i == tok.i:
                continue
            other = by_token.get(member.i)
            other_form = other.whole_country if other is not None else None
            if other_form is not None and other_form.form != "place":
                states.add("")  # a country or another capital: a list of states, not towns
            elif other_form is not None:
                states.add(other_form.iso3)
                if subdivision_country(other_form.text) is None:
                    towns += 1  # (not "Texas, Utah and Moscow": states, with a capital)
            elif member.ent_type_ in _PLACE_LABELS:
                towns += 1  # a town the gazetteer does not know
        if towns < 2 or "" in states or form.iso3 in states:
            continue
        if home is not None and home != form.iso3:
            _repoint(anchor, home)
        elif len(states) == 1:
            _repoint(anchor, next(iter(states)))


def _described_as_elsewhere(ix: DocIndex) -> None:
    """"Tripoli, the north Lebanese port", "the Lebanese city of Tripoli", "Tripoli, Lebanon":
    a capital's or town's namesake that the text places in another state is that state's town
    (the capital reading is only the default)."""
    described: dict[str, set[str]] = {}
    for anchor, form in _state_anchors(ix, ("capital", "place")):
        named = _state_said_of(ix, anchor.start, anchor.end)
        if named is not None and named != form.iso3:
            _repoint(anchor, named)
        if named is not None:
            described.setdefault(form.text, set()).add(named)
    for anchor, form in _state_anchors(ix, ("capital", "place")):
        # (session 30) "the Mozambican town of Palma ... citizens working in Palma": the same
        # name said again without its state is the town the text placed before
        placed = described.get(form.text, set())
        if len(placed) == 1 and form.iso3 not in placed:
            _repoint(anchor, next(iter(placed)))


# Town nouns whose "of" phrase names a town, never a state ("the city of Trinidad").
_CITY_NOUNS = frozenset({"city", "town", "village"})


def _towns_named_like_states(ix: DocIndex) -> None:
    """(session 30) "the northern city of Trinidad" in a story about Bolivia: a state's name in
    the "of" phrase of a city, town or village is a town of that name, in the state the text
    gives it ("the Bolivian city of Trinidad") or else the story's own state, unless the state
    is a city-state whose capital bears its name ("the city of Kuwait")."""
    doc = ix.doc
    for anchor, form in _state_anchors(ix, ("name",)):
        last = doc[anchor.end - 1]
        if last.dep_ != "pobj" or last.head.lower_ != "of" \
                or last.head.head.lemma_.lower() not in _CITY_NOUNS:
            continue
        capitals = capitals_by_state().get(form.iso3, frozenset())
        if not capitals or any(c == form.text or c.startswith(form.text + " ") for c in capitals):
            continue
        named = _state_said_of(ix, anchor.start, anchor.end) or _home_state(ix, form.text, 1)
        if named is not None and named != form.iso3 and named not in NON_STATE_CODES:
            _repoint(anchor, named)


def _state_said_of(ix: DocIndex, start: int, end: int) -> str | None:
    """The other state a town's apposition, "of" phrase or following ", <Country>" names."""
    doc = ix.doc

    def state_in(tokens) -> str | None:
        found = {a.whole_country.iso3 for t in tokens
                 if (a := ix.anchor_at(t.i)) is not None and a.whole_country is not None
                 and a.whole_country.form in ("name", "adjective") and not start <= t.i < end}
        return next(iter(found)) if len(found) == 1 else None

    last = doc[end - 1]
    # "Tripoli, Lebanon": a country name straight after the comma
    after = _after_comma(ix, end)
    if after is not None and last.dep_ != "conj" \
            and not any(doc[k].dep_ == "conj" for k in range(after.start, after.end)):
        # (not "Florida, Georgia, Kansas": a list; (session 38) nor "in Paris, New York, Los
        # Angeles": a list whose next item is a name of two words)
        form = after.whole_country
        province = form is not None and form.form == "place" \
            and subdivision_country(form.text) == form.iso3
        # a province after a town's comma names the town's home whatever follows ("Paris,
        # Texas police said"); a country may open the next item of a list of actors instead
        # "to Conakry, Ghana's foreign minister said": a possessive opens the next phrase
        # ((session 46) also the bare apostrophe: "Washington, Honduras' main trading partner")
        possessive = after.end < ix.n and (doc[after.end].text in ("'s", "\u2019s", "'", "\u2019")
                                           or doc[after.end].tag_ == "POS")
        # ((session 61) nor a state that opens the clause after a fronted place: "in Jerusalem,
        # U.S. and Israeli officials held a ceremony", where it qualifies the officials)
        modifier = doc[after.end - 1].dep_ in ("compound", "amod", "nmod", "poss") \
            and doc[after.end - 1].head.i > after.end - 1
        if form is not None and (province or form.form == "name") and not possessive and not modifier \
                and (province or after.end == ix.n or not doc[after.end].is_alpha
                     or doc[after.end].lower_ in ("and", "on", "in", "at")):
            return form.iso3
    # "Tripoli, the north Lebanese port": an apposition headed by a town noun
    for child in last.children:
        if child.dep_ == "appos" and child.lemma_.lower() in _TOWN_NOUNS:
            return state_in(t for t in child.subtree if t.i < child.i)
    # "the Lebanese city of Tripoli", "the Indonesian islands of Bali, Lombok and Flores": the
    # town noun the name, or the list it is in, hangs on
    return _state_of_town_noun(last, state_in)


# Nouns of islands named in an "of" phrase, as towns are ("the islands of Kinmen and Matsu").
_ISLAND_NOUNS = frozenset({"island", "islet", "atoll", "archipelago"})


def _state_of_town_noun(last: Token,
                        state_in: Callable[[Iterable[Token]], str | None]) -> str | None:
    """The state a town noun's own modifiers name for the place (or list of places) in its "of"
    phrase ("the Lebanese city of Tripoli"). One named deeper in a modifier ("the
    Taiwan-controlled islands of Kinmen, Matsu and Dongyin") counts only when another listed
    place is that state's (not "the Russian-held towns of Melitopol and Berdyansk")."""
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    if first.dep_ != "pobj" or head.lower_ != "of" \
            or head.head.lemma_.lower() not in _TOWN_NOUNS | _ISLAND_NOUNS:
        return None
    noun = head.head
    mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "poss")]
    named = state_in(mods)
    if named is not None:
        return named
    named = state_in(t for c in mods for t in c.subtree)
    items = [first] + [t for t in first.subtree if t.dep_ == "conj"]
    return named if any(place_country(t.text) == named for t in items if t.i != last.i) else None


# Capitals that share their name with a large city of another state, which news names without
# a country ("clashes in Tripoli" of Lebanon's northern port; Santiago of the Dominican Republic).
_CAPITAL_NAMESAKES: dict[str, frozenset[str]] = {
    "Tripoli": frozenset({"LBN"}),
    "Santiago": frozenset({"DOM"}),
}


def _capital_namesakes(ix: DocIndex) -> None:
    """A capital whose namesake's state the text names, while it never names the capital's own
    state otherwise, is the namesake ("militias in Tripoli ... the north Lebanese port")."""
    for anchor, form in _state_anchors(ix, ("capital",)):
        others = _CAPITAL_NAMESAKES.get(form.text, frozenset())
        if not others:
            continue
        counts = _named_states(ix, form.text)
        if counts.get(form.iso3):
            continue
        named = {s for s in others if counts.get(s)}
        if len(named) == 1:
            _repoint(anchor, next(iter(named)))
