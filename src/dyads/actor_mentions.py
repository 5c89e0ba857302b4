"""Mentions: grow each anchor and sector noun into the phrase that names one actor.

A name takes its title ("USAID Administrator Mark Green"), a sector noun its modifiers ("the
Venezuelan opposition"), an organisation the state that owns it ("Russia's Duma"), and a name
its apposition ("Mark Weisbrot, the CEPR Co-Director"). Persons go first so that their titles
are not read as separate actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .actor_anchors import Anchor, DocIndex, Mention, clean_name
from .actor_lexicon import (
    DETERMINERS,
    HONORIFICS,
    LOCATIVE,
    NEED_MODIFIER,
    PASSERS as _PASSERS,
    PLACE_NOUNS,
    POSSESSIVES,
    TITLE_MODIFIERS,
    STATELESS_HOMES,
    SectorWord,
    phrase_sector,
    sector_words,
)
from .countries import NON_STATE_CODES, CountryForm
from .kb import KBEntry, Organisation
from .places import place_country, subdivision_country

__all__ = ["build_mentions"]


def build_mentions(ix: DocIndex) -> None:
    """Turn the anchors and sector units of ``ix`` into ``ix.mentions``."""
    _persons(ix)
    _sector_heads(ix)
    _remaining_anchors(ix)
    _share_plural_titles(ix)  # again: names and homes the tagger gave as bodies and places
    _of_body(ix)
    _appositions(ix)
    _described_bodies(ix)


def _kb_entry(ix: DocIndex, anchor: Anchor) -> KBEntry | None:
    if anchor.kind != "person" or anchor.payload is None:
        return None
    text = ix.doc[anchor.start:anchor.end].text
    if len(ix.kb.candidates(text)) > 1:
        # "al-Assad" is Bashar's alias and Hafez's surname: the one in office on the date
        return ix.kb.resolve_person(text, ix.date)
    return ix.kb.resolve_person(str(anchor.payload), ix.date)


def _bracketed_title(ix: DocIndex, close: int) -> int | None:
    """The "(" of a short bracketed title ending at ``close`` ("(Member of Parliament)"),
    when its first word is a person's title; None otherwise."""
    doc, words = ix.doc, sector_words()
    for k in range(close - 1, max(close - 6, -1), -1):
        if doc[k].text == "(":
            first = doc[k + 1] if k + 1 < close else None
            if first is not None and first.is_title and (
                    first.lower_ == "member"
                    or first.lower_ in words and words[first.lower_].kind == "person"):
                return k
            return None
        if doc[k].is_punct or ix.used[k]:
            return None
    return None


# Titles a department word comes before ("Commerce Secretary", "Culture Minister").
_PORTFOLIO_TITLES = frozenset({"secretary", "minister", "commissioner", "secretaries",
                               "ministers", "commissioners"})


def _extend_left(ix: DocIndex, m: Mention, head_is_person: bool,
                 allow_person: bool) -> list[SectorWord]:
    """Grow a mention leftwards over its description; returns the sector words absorbed."""
    doc = ix.doc
    words: list[SectorWord] = []
    j = m.start - 1
    while j >= 0:
        tok = doc[j]
        if ix.used[j] or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        anchor = ix.anchor_at(j)
        if anchor is not None and head_is_person and anchor.whole_country is not None \
                and _posted_to(ix, anchor.start):
            # "US Ambassador to Germany Richard Grenell": the state he is sent to is not his
            m.start = anchor.start - 1
            j = anchor.start - 2
            continue
        if anchor is not None:
            form = anchor.whole_country
            if form is not None:
                if not (form.form == "adjective" and anchor.end < ix.n
                        and doc[anchor.end].lower_ in _SCHOOLS):
                    # "Chinese University" is a school's name, not the state
                    m.country = m.country or form.iso3
                if form.form in ("capital", "seat") and not m.sector:
                    m.sector = "GOV"
                j = anchor.start - 1
                m.start = anchor.start
                continue
            if anchor.kind == "country":
                m.country = m.country or anchor.payload.iso3  # type: ignore[union-attr]
                m.start = j
                j -= 1
                continue
            if anchor.kind == "org":
                m.orgs.append(anchor.payload)  # type: ignore[arg-type]
                break
            if anchor.kind == "ethnic" or anchor.kind == "ent_norp" and m.kind in ("person", "group"):
                # "A Republican assemblywoman", "Kurdish fighters": a party or people word
                # describes the person or group
                m.start = anchor.start
                j = anchor.start - 1
                continue
            if anchor.kind == "person" and allow_person:
                entry = _kb_entry(ix, anchor)
                if entry is not None:
                    m.country = m.country or entry.country
                    m.sector = m.sector or entry.sector
                m.start = anchor.start
                j = anchor.start - 1
                continue
            break
        prev = ix.anchor_at(j - 1) if j > 0 else None
        if tok.text in ("'s", "\u2019s", "'") and prev is not None \
                and prev.kind in ("country", "org"):
            m.start = j
            j -= 1
            continue
        if tok.text == ")" and head_is_person and j == m.start - 1:
            opened = _bracketed_title(ix, j)
            if opened is not None:
                # "(Member of Parliament) Tom Watson": a title in brackets before the name
                # (the span stays the name, so that its brackets stay balanced)
                words.extend(u[1] for u in map(ix.sector_at, range(opened + 1, j)) if u)
                m.role = doc[opened + 1:j].text
                ix.mark(opened, j + 1)
                break
        if tok.text == ")" and prev is not None and prev.kind == "org":
            m.orgs.append(prev.payload)  # type: ignore[arg-type]
            break
        unit = ix.sector_at(j)
        if unit is not None and head_is_person and unit[1].kind != "person" \
                and tok.dep_ != "compound" and not m.start <= tok.head.i < m.end \
                and doc[m.start:m.end].root.head.i != j and tok.head.lower_ != "of":
            # (but "the newspaper La Prensa" names the paper in apposition, and "Secretary of
            # State" is one title)
            break  # "on live television Erdogan": a noun of another phrase is no title
        if unit is not None:
            words.append(unit[1])
            m.start = unit[0]
            j = unit[0] - 1
            continue
        lower = tok.lower_
        if tok.dep_ == "prep" and lower != "of":
            break  # "under former US President Barack Obama": a preposition is no title
        if _noun_modifier(tok, m) and not (head_is_person and tok.tag_ == "NNS"):
            # (a plural before a name is no title: "band associates Paul Stone")
            m.start = j
            j -= 1
            continue
        if head_is_person and j + 1 == m.start and _portfolio_pair(ix, j):
            # "AU trade and industry commissioner X": a portfolio of two nouns in the title
            m.start = j - 2
            j -= 3
            continue
        if lower in TITLE_MODIFIERS or tok.pos_ == "ADJ" and not tok.is_punct:
            m.start = j
            j -= 1
            continue
        if head_is_person and tok.pos_ == "PROPN" and tok.is_title and (
                not tok.ent_type_ or j + 1 < ix.n and doc[j + 1].lower_ in _PORTFOLIO_TITLES):
            # "Commerce Secretary Wilbur Ross": the department word belongs to the title
            m.start = j
            j -= 1
            continue
        if tok.text == "-" and not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            m.start = j
            j -= 1
            continue
        if lower == "of" and j > 0 and ix.sector_at(j - 1) is not None \
                and j + 1 < m.end and doc[j + 1].is_title:
            m.start = j
            j -= 1
            continue
        if lower in DETERMINERS or tok.pos_ == "NUM" or tok.dep_ == "nummod":
            if lower in ("the", "a", "an"):
                m.definite = lower == "the"
            m.start = j
            if tok.pos_ == "DET":
                break
            j -= 1
            continue
        break
    while m.start < m.end - 1 and (doc[m.start].is_punct or doc[m.start].is_space
                                   or doc[m.start].tag_ == "POS") \
            and ix.owner[m.start] < 0:  # "the party's nominee X": the owner stays its own
        m.start += 1
    ix.mark(m.start, m.end)
    return words


# Verbs whose object names a view held ("voiced its opposition to", "reiterated support for").
_STANCE_VERBS = frozenset({"express", "voice", "state", "signal", "reiterate", "register",
                           "declare", "announce", "restate", "show", "underline", "stress",
                           "reaffirm", "repeat", "air", "make", "have", "indicate", "note"})
# Nouns that name a camp in politics but also the stance of being against something.
_STANCE_NOUNS = frozenset({"opposition"})
# How strongly a view is held ("firm opposition to"); "the main opposition" is a camp.
_STANCE_GRADES = frozenset({"strong", "stronger", "fierce", "firm", "vehement", "staunch",
                            "strenuous", "stiff", "vocal", "unwavering", "resolute", "total",
                            "categorical", "implacable", "growing", "continued", "adamant",
                            "outright", "deep", "longstanding", "long-standing", "public"})


def _stance(tok: Token) -> bool:
    """Whether "opposition" names a stance, not a camp: followed by "to" and owned by a
    possessive ("its opposition to"), graded ("strong opposition to") or the object of a
    verb of saying ("expressed opposition to"). "The opposition to Maduro marched" stays."""
    if tok.lower_ not in _STANCE_NOUNS:
        return False
    head = tok.head
    to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
    if not to and tok.dep_ == "dobj" and tok.i + 1 < len(tok.doc):
        # (the parser often hangs "to the plan" on the verb)
        to = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i]
    if not to:
        return False
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    graded = any(c.dep_ == "amod" and c.lower_ in _STANCE_GRADES for c in tok.children)
    said = tok.dep_ == "dobj" and head.lemma_.lower() in _STANCE_VERBS
    return owned or graded or said


def _portfolio_pair(ix: DocIndex, j: int) -> bool:
    """Whether tokens j-2..j are two common nouns joined by "and" before a person's title
    ("trade and industry commissioner"), which the parser may hang off the wrong word."""
    doc = ix.doc
    if j < 2 or j + 1 >= ix.n or doc[j - 1].lower_ not in ("and", "&"):
        return False
    return all(doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k].tag_ != "NNS"
               and not ix.used[k] for k in (j - 2, j, j + 1))


def _noun_modifier(tok: Token, m: Mention) -> bool:
    """A word inside the phrase that ties the head to a modifier further left: a noun
    compound ("NATO peacekeeping troops", "EU election monitors") or the participle of a
    hyphenated sponsor ("Russian-backed fighters"), so the actor named before it is reached."""
    if not (m.start <= tok.head.i < m.end) or tok.is_upper and len(tok.text) > 1:
        return False
    if tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.is_lower:
        return True
    doc = tok.doc
    if not (tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.i > 1
            and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_):
        return False
    # the sponsor is a name or an actor noun ("Saudi-led", "government-backed"); "tear-gassed
    # protesters" after "beat and" is a hyphenated verb, which starts no actor phrase
    sponsor = doc[tok.i - 2]
    return not sponsor.is_lower or sponsor.lower_ in sector_words()


# Words that make a name a school's ("Kyoto University", "the College of Wooster").
_SCHOOLS = frozenset({"university", "college"})
_INSTITUTES = frozenset({"institute", "polytechnic"})
# States counted in a ranking ("the first state to ...") are no actor.
_RANKED = frozenset({"first", "second", "third", "last", "only", "next", "latest", "fifth",
                     "fourth", "newest", "largest", "biggest", "smallest", "poorest", "richest"})

# participles that place a group somewhere ("a terror group based in Trinidad")
_PLACED = frozenset({"based", "stationed", "deployed", "operating", "headquartered"})


def _located(ix: DocIndex, k: int) -> str | None:
    """"police in Lebanon", "protesters in Kandahar", "troops inside Syria", "a group based
    in Trinidad": a force or crowd placed in one state belongs to it; so does one that comes
    "from" it ("a missionary from Calgary"). The span stays the noun; the place is its own
    mention."""
    doc = ix.doc
    if k + 2 < ix.n and doc[k].lower_ in _PLACED and doc[k + 1].lower_ in ("in", "inside"):
        k += 1
    return ix.state_after(k, ("in", "inside", "across", "from"), ("name", "capital", "place"), skip_the=True)


# Plural nouns for people who act together in public: when they do something in a named
# place, they are that place's people ("thousands of people protested in Belgrade").
_CROWDS = frozenset({"people", "protesters", "protestors", "demonstrators", "residents",
                     "villagers", "citizens", "farmers", "peasants", "workers", "students",
                     "crowd", "crowds", "strikers", "activists", "civilians"})
# Modifiers of people who are away from home ("embassy workers in London", "foreign students").
_ABROAD = frozenset({"embassy", "consulate", "foreign", "expatriate", "migrant", "guest",
                     "overseas", "international", "visiting", "exchange", "diplomatic"})
# Words that count a crowd ("thousands of farmers", "a crowd of students").
_COUNTS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions",
                     "crowd", "crowds", "group", "groups", "hundred", "thousand"})
# Prepositions that say where an act took place ("in", "around Paris", "outside parliament").
_WHERE = frozenset({"in", "at", "near", "inside", "throughout", "across", "around", "outside",
                    "through", "on", "along", "of"})


def _province(ix: DocIndex, head: int) -> bool:
    """Whether "state" names a federal state after its name ("Borno state", "Kaduna State"):
    a town or province the gazetteer knows, not a state's government."""
    if head == 0 or ix.doc[head].lower_ != "state":
        return False
    form = ix.country_at(head - 1)
    return form is not None and form.form == "place"


def _counts_crowd(tok: Token) -> bool:
    """Whether a crowd word counts another crowd ("a crowd of farmers", "groups of
    students")."""
    if tok.lower_ not in _COUNTS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ in _CROWDS for o in c.children) for c in tok.children)


def _doer_verb(tok: Token) -> Token | None:
    """The verb a crowd noun is the active subject of, also as the object of a count
    ("thousands of people marched") or as one of coordinated subjects ("students and
    workers marched"). Victims ("20 people were killed") are no doers."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _COUNTS:
        tok = tok.head.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX") \
            or tok.head.lemma_ in ("be", "have"):
        return None  # (being or having somewhere is no act there)
    return tok.head


def _crowd_place(ix: DocIndex, head: int) -> str | None:
    """The one state of the places where a crowd's act happens: "protested in central
    Belgrade", "blocked roads around Paris", "protested outside parliament in New Delhi".
    Only places reached through where-prepositions count: "marched to the US embassy" or
    "demanded help from Russia" say nothing of who the crowd is."""
    verb = _doer_verb(ix.doc[head])
    if verb is None:
        return None
    states: set[str] = set()
    todo = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "advcl")]
    seen: set[int] = set()
    while todo:
        tok = todo.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        preps = [c for c in tok.children if c.dep_ == "prep"]
        preps += [c for p in preps for c in p.children if c.dep_ == "conj"]  # "in X and in Y"
        for prep in preps:
            if prep.lower_ not in _WHERE or prep.lower_ == "of" and tok.i == verb.i:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                state = _place_state(ix, obj)
                if state is not None:
                    states.add(state)
                else:
                    todo.append(obj)
    return next(iter(states)) if len(states) == 1 else None




def _scene_state(ix: DocIndex, tok: Token) -> str | None:
    """The one state of the places named around a noun or the verb it takes part in:
    "shoppers at a Walmart store in El Paso", "gunman shot worshippers at a mosque in
    Christchurch"."""
    todo = [(tok, 0)]
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"):
        todo.append((tok.head, 0))
    states: set[str] = set()
    seen: set[int] = set()
    while todo:
        cur, depth = todo.pop()
        if cur.i in seen or depth > 3:
            continue
        seen.add(cur.i)
        for prep in (c for c in cur.children if c.dep_ == "prep" and c.lower_ in _WHERE):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                state = _place_state(ix, obj)
                if state is not None:
                    states.add(state)
                else:
                    todo.append((obj, depth + 1))
    return next(iter(states)) if len(states) == 1 else None


def _place_state(ix: DocIndex, tok: Token) -> str | None:
    """The state a place word names: a state, capital, seat or known town ("Belgrade"), or a
    place noun with a state's adjective or a province's name ("the Serbian capital", "Borno
    state")."""
    form = ix.country_at(tok.i)
    if form is not None and form.form in ("name", "capital", "seat", "place"):
        return form.iso3
    if tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ == "state":
        # "the Serbian capital", "Borno state"
        for child in tok.children:
            if child.dep_ in ("amod", "compound"):
                form = ix.country_at(child.i)
                if form is not None and form.form in ("adjective", "name", "place"):
                    return form.iso3
    return None


def _count_of(ix: DocIndex, m: Mention) -> None:
    """"Thousands of people", "tens of thousands of students": the count is part of the
    crowd's phrase (it is the subject the verb hangs on)."""
    doc = ix.doc
    start = m.start
    while start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _COUNTS \
            and not ix.used[start - 2] and not ix.used[start - 1]:
        start -= 2
    if start < m.start and start > 0 and doc[start - 1].lower_ in ("a", "an", "the") \
            and not ix.used[start - 1]:
        start -= 1
    if start < m.start:
        ix.mark(start, m.start)
        m.start = start


def _posted_to(ix: DocIndex, start: int) -> bool:
    """Whether the state anchored at ``start`` follows "Ambassador to" / "envoy to": the
    receiving state of a posted official."""
    if start < 2 or ix.doc[start - 1].lower_ != "to":
        return False
    unit = ix.sector_at(start - 2)
    return unit is not None and ix.doc[start - 2].lemma_.lower() in _POSTED


# People who serve abroad: "a diplomat in Moscow" is not Russia's.
_POSTED = frozenset({"diplomat", "ambassador", "envoy", "correspondent", "reporter",
                     "journalist", "consul", "attache", "attaché", "emissary"})


def _located_state(ix: DocIndex, k: int) -> str | None:
    """The state after "in" when it is named outright ("in Austria"), not a town or capital."""
    doc = ix.doc
    if k + 1 >= ix.n or doc[k].lower_ != "in":
        return None
    j = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < ix.n else k + 1
    form = ix.country_at(j)
    return form.iso3 if form is not None and form.form == "name" else None


def _from(ix: DocIndex, k: int) -> bool:
    """Whether token ``k`` is "from" (or ", from"): a person's origin, not a position."""
    doc = ix.doc
    if k + 1 < ix.n and doc[k].text == ",":
        k += 1
    return k < ix.n and doc[k].lower_ == "from"


def _extend_of(ix: DocIndex, m: Mention) -> None:
    """"president of Armenia", "King Hassan of Morocco": the country follows the head; "the
    government of Sindh province", "the mayor of Calgary": a town's or province's government
    is an organ of its state."""
    doc = ix.doc
    k = m.end
    if k + 1 < ix.n and doc[k].lower_ == "of":
        j = k + 1
        if doc[j].lower_ == "the" and j + 1 < ix.n:
            j += 1
        if (doc[j].lower_ == "mainland" or doc[j].lower_ in _COMPASS and doc[j].is_lower) \
                and j + 1 < ix.n and ix.anchor_at(j) is None:
            j += 1  # "the government of mainland China": a part named by the whole
        anchor = ix.anchor_at(j)
        if anchor is None:
            return
        if anchor.end + 1 < ix.n and doc[anchor.end].tag_ in ("NN", "NNS") \
                and doc[anchor.end + 1].lower_ == "of" \
                and doc[anchor.end - 1].dep_ in ("compound", "amod", "nmod"):
            return  # "governor of United States commonwealth of Puerto Rico": a qualifier
        form = anchor.whole_country
        if form is not None and form.form in ("name", "capital", "seat", "place") \
                and not m.country:
            m.country = form.iso3
            end = anchor.end
            if form.form == "place" and end < ix.n and doc[end].lower_ in PLACE_NOUNS \
                    and not ix.used[end]:
                end += 1  # "of Sindh province"
            ix.mark(m.end, end)
            m.end = end


def _persons(ix: DocIndex) -> None:
    for anchor in ix.anchors:
        if anchor.kind != "person" or ix.used[anchor.start]:
            continue
        m = Mention(anchor.start, anchor.end, "person")
        text = ix.doc[anchor.start:anchor.end].text
        entry = _kb_entry(ix, anchor)
        ix.mark(anchor.start, anchor.end)
        # "the Maduro government": a person naming the state's organs is not the person
        nxt = ix.sector_at(anchor.end)
        if nxt is not None and nxt[0] == anchor.end and nxt[1].kind != "person" \
                and not ix.used[anchor.end]:
            ix.mark(anchor.start, anchor.end, used=False)
            continue
        words = _extend_left(ix, m, head_is_person=True, allow_person=False)
        _describe_person(ix, m, words)
        if entry is not None:
            m.name = entry.name
            m.gender = entry.gender
            m.country = entry.country
            m.sector = entry.sector
            m.text_role = m.role
            m.role = entry.role or m.role
            m.confidence = 1.0
        else:
            m.name = clean_name(text)
            if not m.country and _from(ix, m.end):  # "Jane Roe, from Calgary"
                k = m.end + 1 if ix.doc[m.end].text == "," else m.end
                m.country = _located(ix, k)
            if not m.country:  # "Jerrold Nadler of New York", "Patrice Talon of Benin"
                m.country = _of_state(ix, m.end, ("name", "place"))
            m.confidence = 0.9 if m.country else 0.6
        ix.mentions.append(m)
    _share_plural_titles(ix)


# Words that join the names a plural title covers ("Senators A, B and C").
_NAME_JOINERS = frozenset({"and", ",", "&"})


def _share_plural_titles(ix: DocIndex) -> None:
    """"Presidents Emmanuel Macron and Vladimir Putin", "Senators Jane Roe and John Doe": a
    plural title before a list of names is each name's title, so the later names take the
    first one's sector (and its state when they have none); a name the knowledge base knows
    keeps its own record."""
    doc = ix.doc
    # (the tagger takes some names for a body's: "Patrice Talon of Benin")
    persons = sorted((m for m in ix.mentions if m.kind == "person" or _name_as_body(ix, m)),
                     key=lambda m: m.start)
    for k, first in enumerate(persons):
        title = doc[first.start]
        if first.sector is None or title.tag_ not in ("NNS", "NNPS") \
                or ix.sector_at(first.start) is None:
            continue
        if first.kind != "person":
            continue
        prev = first
        for m in persons[k + 1:]:
            gap = doc[_after_home(ix, prev.end):m.start]
            if len(gap) == 0 or len(gap) > 2 or any(t.lower_ not in _NAME_JOINERS for t in gap):
                break
            if m.confidence < 1.0 and m.sector is None:
                m.kind = "person"
                m.sector = first.sector
                m.role = m.role or first.role
                m.country = m.country or first.country
            prev = m


def _name_as_body(ix: DocIndex, m: Mention) -> bool:
    """A tagger's body of two or three capitalised words with no sector: perhaps a name."""
    toks = ix.doc[m.start:m.end]
    return m.kind == "organisation" and m.sector is None and 2 <= len(toks) <= 3 \
        and all(t.pos_ == "PROPN" and t.is_title for t in toks)


def _after_home(ix: DocIndex, end: int) -> int:
    """Past "of Nigeria" after a name ("Presidents Buhari of Nigeria and Talon of Benin")."""
    if end + 1 < ix.n and ix.doc[end].lower_ == "of":
        for m in ix.mentions:
            if m.kind == "country" and m.start == end + 1:
                return m.end
    return end


def _describe_person(ix: DocIndex, m: Mention, words: list[SectorWord]) -> None:
    """Role, sector and country from the words before a name ("USAID Administrator")."""
    doc = ix.doc
    role_tokens = []
    for i in range(m.start, m.end):
        anchor = ix.anchor_at(i)
        if anchor is not None and anchor.kind == "person":
            break
        tok = doc[i]
        if ix.sector_at(i) is not None or tok.lower_ in TITLE_MODIFIERS \
                or (tok.is_title and anchor is None and tok.pos_ == "PROPN") \
                or (tok.text == "-" and role_tokens):
            if tok.lower_ not in HONORIFICS:
                role_tokens.append(i)
        elif role_tokens and tok.lower_ == "of":
            role_tokens.append(i)
    if role_tokens:
        m.role = doc[role_tokens[0]:role_tokens[-1] + 1].text
    m.sector = phrase_sector(words, m.sector)
    _apply_orgs(m)


def _apply_orgs(m: Mention) -> None:
    for org in m.orgs:
        if org.country and not m.country:
            m.country = org.country
        if org.sector and (m.sector in (None, "GOV") or m.sector == org.sector):
            m.sector = org.sector


# Plural people nouns that a body's name can modify: "Cabinet officers", "council members".
_BODY_PEOPLE = frozenset({"officer", "member", "staffer", "employee", "official", "aide",
                          "representative", "delegate", "worker"})


# Things a body's name before them only describes ("a church bus", "the Senate seat", "court
# fees", "a military parade"): the phrase names the thing, and the body does nothing in it.
_BODY_THINGS = frozenset({"bus", "car", "van", "truck", "vehicle", "boat", "jet", "building",
                          "station", "base", "hall", "floor", "seat", "land", "grounds",
                          "premises", "property", "fee", "appearance", "auction", "pilot",
                          "parade", "law", "uniform", "job", "hierarchy", "school", "pension"})


def _modifies_thing(ix: DocIndex, head: int) -> bool:
    """A body noun that is only a modifier of a thing's noun after it ("church law", "police
    car", "army base"): the phrase names the thing, whose doer the body is not."""
    doc = ix.doc
    nxt = head + 1
    if nxt >= ix.n or doc[head].dep_ != "compound" or doc[head].head.i != nxt:
        return False
    tok = doc[nxt]
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in _BODY_THINGS \
        and ix.anchor_at(nxt) is None


# Abstract nouns that can head a body's name but, lower-case before "of <name>", are what
# that body holds ("the authority of the Senate", "the powers of the Commission").
_ABSTRACT_HEADS = frozenset({"authority", "power", "powers", "role", "decision"})


# Nouns that are a town as often as its government: a body only as "<noun> of <town>".
_TOWN_OR_BODY = frozenset({"municipality"})


# Nouns a title modifies that are still about the office ("the governor race").
_OFFICE_THINGS = frozenset({"race", "election", "campaign", "office", "post", "seat", "level",
                            "talk", "position", "job", "role", "term", "residence", "candidate",
                            "nominee", "hopeful", "vote", "contest", "primary"})


def _thing_names(ix: DocIndex) -> set[str]:
    """Title words the text uses to name a thing ("the monarch butterfly"): a word before a
    lower-case common noun that no sector list knows names that thing wherever it stands
    bare in the text ("the monarch's population")."""
    doc = ix.doc
    out = set()
    for i, (_, word) in ix.sectors.items():
        tok = doc[i]
        if word.kind != "person" or tok.dep_ != "compound" or i + 1 >= ix.n:
            continue
        nxt = doc[i + 1]
        if nxt.is_lower and nxt.tag_ in ("NN", "NNS") and nxt.head.i >= nxt.i \
                and ix.sector_at(i + 1) is None and not nxt.ent_type_ \
                and nxt.lemma_ not in _OFFICE_THINGS:
            out.add(tok.lower_)
    return out


def _sector_heads(ix: DocIndex) -> None:
    doc = ix.doc
    things = _thing_names(ix)
    for head, (unit_start, word) in sorted(ix.sectors.items()):
        if ix.used[head] or ix.used[unit_start]:
            continue
        if doc[head].lower_ in things and head == unit_start:
            continue  # "the monarch butterfly ... the monarch": the thing, no person
        nxt = head + 1
        if nxt < ix.n:
            after = ix.anchor_at(nxt)
            if ix.sector_at(nxt) is not None or (after is not None and after.kind == "person"):
                continue  # a modifier of the next word ("opposition leader", "army officers")
        if _province(ix, head):
            continue  # "an army base in Borno state": a place, not a government
        if word.kind == "body" and _modifies_thing(ix, head):
            continue  # "new church law", "a police car": the thing, not the body
        if word.kind == "group" and _counts_crowd(doc[head]):
            continue  # "a crowd of farmers": the farmers are the actor, the count joins them
        if _stance(doc[head]):
            continue  # "China voiced its opposition to the plan": a view, not a camp
        if doc[head].lower_ in ("state", "province", "country", "nation") \
                and doc[head].dep_ == "appos" and doc[head].head.ent_type_ in ("GPE", "LOC"):
            continue  # "Louisiana, a U.S. state on the Gulf": a description of the place
        if doc[head].is_lower and doc[head].lower_ in _ABSTRACT_HEADS and nxt + 1 < ix.n \
                and head > 0 and doc[head - 1].pos_ in ("DET", "PRON") \
                and doc[nxt].lower_ == "of" \
                and (doc[nxt + 1].is_title or doc[nxt + 1].lower_ == "the" and nxt + 2 < ix.n
                     and doc[nxt + 2].is_title):
            continue  # "the authority of the Puerto Rico Senate": the body named after it acts
        if doc[head].lower_ in _TOWN_OR_BODY and (nxt >= ix.n or doc[nxt].lower_ != "of"):
            continue  # "a municipality in Bavaria" is a place; "the municipality of X" a body
        kind = {"person": "person", "body": "organisation"}.get(word.kind, "group")
        end = head + 1
        if word.kind == "body" and nxt < ix.n and doc[nxt].tag_ == "NNS" \
                and doc[nxt].lemma_.lower() in _BODY_PEOPLE and doc[head].head.i == nxt:
            kind, end = "group", nxt + 1  # "two Cabinet officers", "council members": its people
        m = Mention(unit_start, end, kind, sector=word.sector, refers=(word.refers,))
        ix.mark(unit_start, end)
        mods = _extend_left(ix, m, head_is_person=False, allow_person=True)
        _extend_of(ix, m)
        if doc[head].lower_ == "state" and head + 2 < ix.n and doc[head + 1].lower_ == "of" \
                and doc[head + 2].is_title and m.start > 0 and doc[m.start - 1].lower_ in _WHERE:
            ix.mark(m.start, m.end, used=False)  # "in the US state of Alabama": a place
            continue
        if word.kind == "body":
            _rest_of_name(ix, m)
        came_from = False  # "his counterpart from Niger": a person placed by origin
        if m.country is None and (word.kind != "person" or _from(ix, m.end)):
            m.country = _located(ix, m.end)
            came_from = word.kind == "person" and m.country is not None
        if m.country is None and word.kind == "group" and doc[head].lower_ in _CROWDS \
                and not any(doc[i].lower_ in _ABROAD for i in range(m.start, head)):
            m.country = _crowd_place(ix, head)  # "farmers blocked roads around Paris"
            if m.country is not None:
                m.from_context = True  # inferred: no evidence of the sentence's states
                _count_of(ix, m)
        elif m.country is None and doc[head].lower_ in _PASSERS:
            m.country = _scene_state(ix, doc[head])  # "shoppers at a store in El Paso"
        elif m.country is None and doc[m.start].lower_ in ("a", "an") \
                and doc[head].lemma_.lower() not in _POSTED:
            # "a politician in Austria": an unnamed person placed in a state is of it
            m.country = _located_state(ix, m.end)
        m.sector = phrase_sector(mods + [word], m.sector if m.sector != word.sector else None)
        _apply_orgs(m)
        lower = doc[head].lower_
        if word.kind == "person":
            m.nominal = doc[head].lemma_.lower()
            m.role = doc[unit_start:head + 1].text
        lemma = doc[head].lemma_.lower()
        bare = m.start == unit_start and not m.orgs
        if lemma in ("state", "country", "nation") \
                and any(doc[i].lower_ in _RANKED for i in range(m.start, head)):
            ix.mark(m.start, m.end, used=False)  # "the first state to ...": a ranking
            continue
        named_school = lower in _SCHOOLS and any(doc[i].is_title
                                                 for i in range(m.start, unit_start))
        if m.country is None and not m.orgs and not named_school and unit_start == head \
                and (lower in NEED_MODIFIER or lemma in NEED_MODIFIER) \
                or (bare and word.kind == "person" and not doc[head].is_title
                    and not came_from):
            ix.mark(m.start, m.end, used=False)
            continue
        m.confidence = 0.9 if m.country else 0.5
        ix.mentions.append(m)


def _remaining_anchors(ix: DocIndex) -> None:
    doc = ix.doc
    # organisations first, so "Iran's foreign ministry" keeps its owner state
    for anchor in sorted(ix.anchors, key=lambda a: a.kind not in ("org", "ent_org")):
        if ix.used[anchor.start]:
            continue
        if anchor.kind == "country":
            if anchor.end < ix.n and doc[anchor.end].lower_ in _CURRENCIES \
                    and doc[anchor.end].tag_.startswith("NN"):
                continue  # "six million US dollars": a currency, no actor
            if _qualifies_thing(doc, anchor.end):
                continue  # "Cuban roads", "the Hong Kong economy": what is the state's, no actor
            m = _country_mention(ix, anchor)
        elif anchor.kind == "org":
            org: Organisation = anchor.payload  # type: ignore[assignment]
            m = Mention(anchor.start, anchor.end, "organisation", country=org.country,
                        sector=org.sector, name=org.name)
            _extend_org(ix, m)
        elif anchor.kind == "ent_org":
            m = Mention(anchor.start, anchor.end, "organisation",
                        name=clean_name(doc[anchor.start:anchor.end].text))
            words = _extend_left(ix, m, head_is_person=False, allow_person=False)
            if _office_of(ix, m, anchor, words):
                ix.mentions.append(m)
                continue
            _apply_orgs(m)
            _sector_of_name(ix, m)
            _school(ix, m)
            _public_body_of_place(ix, m)
            if not m.country:  # "Patrice Talon of Benin" (a name the tagger took for a body)
                m.country = _of_state(ix, m.end, ("name",))
            m.confidence = 0.8 if m.country else 0.5
        elif anchor.kind == "ethnic":
            m = Mention(anchor.start - 1, anchor.end, "group", sector="CVL", confidence=0.5,
                        name=doc[anchor.start:anchor.end].text,
                        kin=anchor.payload.iso3)  # type: ignore[union-attr]
        elif anchor.kind == "ent_norp":
            if _names_place(ix, anchor.start):
                # "near the town of Samarra": a place the tagger took for a people, the state's
                # when the gazetteer knows it
                name = doc[anchor.start:anchor.end].text
                iso3 = place_country(name)
                if iso3 is not None:
                    place = Anchor(anchor.start, anchor.end, "country", CountryForm(name, iso3, "place"))
                    m = _country_mention(ix, place)
                    ix.mark(m.start, m.end)
                    ix.mentions.append(m)
                continue
            if _describes_thing(ix, anchor):
                continue  # "an Islamic garment", "a Korean-Canadian family": no actor
            m = Mention(anchor.start, anchor.end, "group",
                        name=clean_name(doc[anchor.start:anchor.end].text), confidence=0.5)
            if _religion(doc[anchor.start:anchor.end].text):
                m.sector = "REL"  # "Catholic bishops": a faith, no state's people
            _state_of_people(ix, m)
            if m.country is None and doc[anchor.end - 1].lower_ in STATELESS_HOMES:
                m.country = _located(ix, m.end)  # "Kurds in Syria": a people without a state
        else:
            continue
        ix.mark(m.start, m.end)
        ix.mentions.append(m)


def _of_state(ix: DocIndex, k: int, forms: tuple[str, ...]) -> str | None:
    """The state of "<name> of Utah / of Norway": where a person comes from or whom they
    represent. Not "of Australia's Griffith University" (the body is meant), and not Georgia
    the country in a story about the United States (the US state is meant)."""
    state = ix.state_after(k, ("of",), forms, skip_the=True)
    if state is None:
        return None
    j = k + 1
    while j < ix.n and (ix.owner[j] >= 0 or ix.doc[j].lower_ == "the") and ix.owner[j] == ix.owner[k + 1]:
        j += 1
    if j < ix.n and ix.doc[j].tag_ == "POS":
        return None
    if state == "GEO" and any(a.whole_country is not None and a.whole_country.iso3 == "USA"
                              for a in ix.anchors):
        return "USA"
    return state


def _describes_thing(ix: DocIndex, anchor: Anchor) -> bool:
    """A one-word people or religion adjective before a singular noun that names no actor
    ("Islamic religious garment", "Korean-Canadian family") describes a thing, not a group."""
    tok = ix.doc[anchor.end - 1]
    if anchor.end - anchor.start != 1 or tok.dep_ not in ("amod", "compound"):
        return False
    head = tok.head
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:  # "Korean-Canadian family"
        head = head.head
    return head.i > tok.i and head.pos_ == "NOUN" and head.tag_ == "NN" and ix.sector_at(head.i) is None


# Faiths and denominations: their adjectives name believers in many states, none of them.
RELIGIONS = frozenset({"catholic", "catholics", "roman", "protestant", "protestants",
                       "christian", "christians", "muslim", "muslims", "jewish", "jews",
                       "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs",
                       "anglican", "anglicans", "evangelical", "evangelicals", "lutheran",
                       "lutherans", "methodist", "methodists", "baptist", "baptists",
                       "mormon", "mormons", "orthodox", "pentecostal", "pentecostals"})


def _religion(text: str) -> bool:
    """Whether a people-or-religion entity is only faith words ("Roman Catholic", "Muslim")."""
    words = text.lower().replace("-", " ").split()
    return bool(words) and all(w in RELIGIONS for w in words) and words != ["roman"]


# Currency nouns a state's name or adjective qualifies ("Canadian dollars", "Chinese yuan").
_CURRENCIES = frozenset({"dollar", "dollars", "cent", "cents", "euro", "euros", "pound",
                         "pounds", "yuan", "yen", "rupee", "rupees", "peso", "pesos", "ruble",
                         "rubles", "rouble", "roubles", "franc", "francs", "won", "lira",
                         "dinar", "dinars", "rial", "rials", "riyal", "riyals", "shekel",
                         "shekels", "real", "reais", "rand", "naira", "krona", "kronor", "krone"})


# Things of a place that never act or are acted on as a party: a state's name or adjective in
# front of them only says whose they are ("Cuban roads", "the Hong Kong economy", "Irish law").
_THINGS = frozenset({"economy", "road", "law", "culture", "cuisine", "food", "history", "weather",
                     "climate", "language", "literature", "music", "art", "cinema", "film",
                     "landscape", "countryside", "coastline", "tradition", "heritage", "currency",
                     "folklore", "architecture", "dish", "wine", "beer"})


def _qualifies_thing(doc: Doc, end: int) -> bool:
    """Whether a state's word only modifies one of the things above."""
    tok = doc[end - 1]
    if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
        return False
    return tok.head.lemma_.lower() in _THINGS or tok.head.lower_ in _THINGS


def _state_of_people(ix: DocIndex, m: Mention) -> None:
    """"Iraqi Kurds", "Syrian Kurds": a people named with a state's adjective is one group of
    that state (the adjective was made a mention of its own first, so it is folded in)."""
    head = ix.doc[m.end - 1]
    for other in ix.mentions:
        if other.kind == "country" and other.end == m.start and other.country \
                and ix.doc[other.end - 1].dep_ == "amod" and ix.doc[other.end - 1].head.i == head.i:
            ix.mentions.remove(other)
            m.start, m.country = other.start, other.country
            return


def _rest_of_name(ix: DocIndex, m: Mention) -> None:
    """"the United States Department of Agriculture": a body's phrase runs to the end of the
    name the tagger found, so the department is not cut after its head noun."""
    doc = ix.doc
    end = m.end
    if end >= ix.n or doc[end - 1].ent_type_ != "ORG" or doc[end].ent_iob_ != "I":
        return
    while end < ix.n and doc[end].ent_iob_ == "I" and not ix.used[end] and ix.owner[end] < 0:
        end += 1
    if end < ix.n and doc[end].ent_iob_ == "I":
        return  # another actor's name inside: leave the phrase as it is
    ix.mark(m.end, end)
    m.end = end


def _office_of(ix: DocIndex, m: Mention, anchor: Anchor, words: list[SectorWord]) -> bool:
    """"the Secretary of Transportation", "Minister of Agriculture": a title of a department
    is one person, not the department; the state comes from the text or the article."""
    doc = ix.doc
    j = anchor.start - 1
    if m.start >= j or doc[j].lower_ != "of" or not words or words[0].kind != "person":
        return False
    unit = ix.sector_at(j - 1)
    if unit is None or unit[1].kind != "person":
        return False
    m.kind, m.name = "person", None
    m.nominal = doc[j - 1].lemma_.lower()
    m.refers = (unit[1].refers,)
    m.role = doc[unit[0]:m.end].text
    m.sector = phrase_sector(words, None) or "GOV"
    m.definite = doc[m.start].lower_ == "the"
    m.confidence = 0.8 if m.country else 0.5
    return True


def _school(ix: DocIndex, m: Mention) -> None:
    """"Kyoto University", "the University of Oregon at Eugene": a school is an EDU actor,
    of the state whose name, province or closing town gives; a town elsewhere in the name
    or a people's adjective ("Chinese University" is in Hong Kong) gives none."""
    doc = ix.doc
    school = any(doc[i].lower_ in _SCHOOLS for i in range(m.start, m.end))
    if m.sector not in (None, "EDU") or not (school or any(
            doc[i].lower_ in _INSTITUTES for i in range(m.start, m.end))):
        return
    if school:
        m.sector = "EDU"  # an institute may be a state lab: no sector
    if m.country is not None:
        return
    heads = _SCHOOLS | _INSTITUTES
    i = m.start
    while i < m.end:
        if not doc[i].is_title or doc[i].lower_ in heads or doc[i].lower_ == "the":
            i += 1
            continue
        j = i
        while j < m.end and doc[j].is_title and doc[j].lower_ not in heads:
            j += 1
        text = doc[i:j].text
        form = ix.kb.countries.get(text)
        iso3 = form.iso3 if form is not None and form.form in ("name", "capital") \
            else subdivision_country(text)
        if iso3 is None and i > 0 and doc[i - 1].lower_ == "of" and j == m.end:
            # "Medical University of Gdańsk": the town the name ends with, when the
            # gazetteer knows only one state with it
            iso3 = place_country(text)
        if iso3 is not None and iso3 != "-":
            m.country = iso3
            return
        i = j


# Words that make a name a public body; the sector each gives when the name has none.
_PUBLIC_BODIES = {"department": "GOV", "ministry": "GOV", "agency": "GOV", "authority": "GOV", "board": "GOV",
                  "commission": "GOV", "council": "GOV", "patrol": "COP", "police": "COP",
                  "sheriff": "COP", "constabulary": "COP", "command": "MIL", "court": "JUD"}
_COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "north",
                      "south", "east", "west"})


def _public_body_of_place(ix: DocIndex, m: Mention) -> None:
    """"Florida Department of Transportation", "Toronto Police Service", "Western Mindanao
    Command": a public body named after a province or town belongs to that place's state.
    Only bodies: "Texas Haunters Convention" or a sports club says nothing of a state."""
    doc = ix.doc
    if m.country is not None or m.sector not in (None, "GOV", "COP", "MIL", "JUD"):
        return
    body = next((i for i in range(m.start, m.end) if doc[i].lower_ in _PUBLIC_BODIES), None)
    if body is None:
        return
    words = [t for t in doc[m.start:body] if t.lower_ != "the"]
    if words and words[0].lower_ in _COMPASS:
        words = words[1:]
    run: list[Token] = []
    for t in words:  # the leading capitalised run: "Florida" in "Florida Highway Patrol"
        if not t.is_title:
            break
        run.append(t)
    for k in range(len(run), 0, -1):
        text = " ".join(t.text for t in run[:k])
        iso3 = subdivision_country(text) or place_country(text)
        if iso3 is not None and iso3 != "-":
            m.country = iso3
            m.sector = m.sector or _PUBLIC_BODIES[doc[body].lower_]
            return


def _of_body(ix: DocIndex) -> None:
    """"Joanna Cherry of the Scottish National Party", "Steve Peers of the University of
    Essex": a person of a body belongs to its state and sector."""
    doc = ix.doc
    by_start = {m.start: m for m in ix.mentions if m.kind == "organisation"}
    for m in ix.mentions:
        if m.kind != "person" or m.country or m.end + 1 >= ix.n or doc[m.end].lower_ != "of":
            continue
        body = by_start.get(m.end + 1) or by_start.get(m.end + 2)
        if body is None or not (body.country or body.sector):
            continue
        m.country = body.country
        m.sector = m.sector or body.sector
        m.confidence = max(m.confidence, 0.8)


def _sector_of_name(ix: DocIndex, m: Mention) -> None:
    """"the Supreme Court", "the Coast Guard", "Conservative Party": a name the tagger found
    whose last word is a sector noun is that sector of some state, found from context later
    ("the Supreme Court of Pakistan" names it outright)."""
    if m.sector is not None:
        return
    doc = ix.doc
    head = doc[m.end - 1]
    words = sector_words()
    two = f"{doc[m.end - 2].lower_} {head.lower_}" if m.end - m.start > 1 else ""
    word = words.get(two) or words.get(head.lower_) or words.get(head.lemma_.lower())
    if _title_of_body(ix, m):
        return
    if word is None and _association(ix, m):
        m.sector = "NGO"
        return
    if word is None or word.kind == "person" or not word.sector:
        if head.lower_ in _AGENCY_HEADS:
            # "National Police Agency", "Army Service Corps": a generic office head takes
            # the force its name serves
            m.sector = next((_FORCE_WORDS[doc[i].lower_] for i in range(m.start, m.end - 1)
                             if doc[i].lower_ in _FORCE_WORDS), None)
            first = next((t for t in doc[m.start:m.end] if t.lower_ != "the"), head)
            if m.sector is None and first.lower_ in _STATE_LEVELS and first.is_title:
                # "the National Search and Rescue Agency", "Federal Aviation Office": an office
                # named for the nation or federation is the government's
                m.sector = "GOV"
        elif head.lower_ in _COMPANY_SUFFIXES and m.end - m.start > 1 \
                and head.text[:1].isupper():
            m.sector = "BUS"  # "Acme Holdings Ltd", "Tarvo Corp": a legal form names a firm
        return
    m.sector, m.generic = word.sector, True
    _extend_of(ix, m)


def _title_of_body(ix: DocIndex, m: Mention) -> bool:
    """"Coast Guard Commandant", "Coast Guard Commandant Elson Hermogino": a title (and a
    name) the tagger took for a body's name is a person of that body, its sector the body's
    (the state is found from context)."""
    doc = ix.doc
    words = sector_words()
    for i in range(m.start + 1, m.end):
        title = words.get(doc[i].lower_)
        if title is None or title.kind != "person" or not doc[i].is_title:
            continue
        before = [t.lower_ for t in doc[m.start:i] if t.lower_ != "the"]
        body = (words.get(" ".join(before[-2:])) if len(before) >= 2 else None) \
            or (words.get(before[-1]) if before else None)
        if body is None or body.kind == "person" or not body.sector:
            return False
        rest = [t for t in doc[i + 1:m.end] if t.lower_ not in words]
        if any(t.pos_ != "PROPN" for t in rest) \
                or rest and rest[-1].lower_ in _AGENCY_HEADS | _BODY_HEADS:
            return False  # "Army General Staff": a body after all
        m.kind, m.sector, m.role, m.generic = "person", body.sector, doc[i].text, not rest
        m.name = clean_name(" ".join(t.text for t in rest)) if rest else None
        return True
    return False


# Last words of a body's name that follow a title in it ("General Staff", "Chiefs Committee").
_BODY_HEADS = frozenset({"staff", "command", "committee", "council", "board", "school",
                         "academy", "college", "association", "club", "union", "court"})
# Words that head a voluntary body's name before "for" or "of" ("National Coalition for Men").
_ASSOCIATION_HEADS = frozenset({"coalition", "alliance", "association", "foundation", "society",
                                "council", "federation", "league", "union", "network"})


def _association(ix: DocIndex, m: Mention) -> bool:
    """"National Coalition for Men", "Society for the Protection of Birds": a coalition,
    association or society for or of something is a non-governmental body, unless what it is
    of names a state or its offices ("Council of Ministers", "Union of Myanmar")."""
    doc = ix.doc
    words = sector_words()
    for i in range(m.start, m.end - 2):
        if doc[i].lower_ in _ASSOCIATION_HEADS and doc[i].is_title \
                and doc[i + 1].lower_ in ("for", "of"):
            tail = doc[i + 2:m.end]
            return not any(ix.country_at(t.i) is not None
                           or (words.get(t.lower_) or words.get(t.lemma_.lower()))
                           and (words.get(t.lower_) or words.get(t.lemma_.lower())).sector
                           in ("GOV", "LEG", "JUD", "MIL", "COP", "IGO")
                           for t in tail)
    return False


# Head words of an office that says nothing of its field, and the forces a name can serve.
_AGENCY_HEADS = frozenset({"agency", "service", "bureau", "department", "directorate",
                           "office", "headquarters", "administration", "corps"})
# First words of an office's name that make it a state's own ("National", "Federal").
_STATE_LEVELS = frozenset({"national", "federal"})
# Legal-form words that end a company's name.
_COMPANY_SUFFIXES = frozenset({"limited", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "gmbh",
                               "kft", "kft.", "zrt", "zrt.", "pjsc", "jsc", "s.p.a.", "b.v.",
                               "corp", "corp.", "corporation", "co.", "pty", "ag"})
_FORCE_WORDS = {"police": "COP", "army": "MIL", "navy": "MIL", "naval": "MIL", "military": "MIL"}


def _country_mention(ix: DocIndex, anchor: Anchor) -> Mention:
    """A state named on its own: its capital is its government, its people its civilians."""
    doc = ix.doc
    form: CountryForm = anchor.payload  # type: ignore[assignment]
    m = Mention(anchor.start, anchor.end, "country", country=form.iso3,
                char_start=anchor.char_start, char_end=anchor.char_end)
    if form.form in ("capital", "seat"):
        m.sector = "GOV"
    elif form.form == "people":
        m.kind, m.sector = "group", "CVL"
    m.confidence = 1.0
    if anchor.char_start is not None or form.form == "adjective":
        m.confidence = 0.5  # attributive: "U.S.-backed", "Russian gas"
    prev = doc[anchor.start - 1].lower_ if anchor.start else ""
    if prev == "the" and anchor.char_start is None and form.form == "name":
        m.start -= 1
        prev = doc[anchor.start - 2].lower_ if anchor.start > 1 else ""
    if prev in LOCATIVE or _listed_place(doc[anchor.start:anchor.end].root) \
            or form.form == "capital" and _among_places(ix, doc[anchor.start]):
        m.confidence = 0.4 if form.form == "capital" else 0.6
        if form.form == "capital":
            m.sector = None  # "near Pretoria", "met in Paris": the place, in its state
    return m


def _listed_place(tok: Token) -> bool:
    """"arrests in Texas, Utah and Washington": a later item of a list after a locative
    preposition is a place as much as the first."""
    if tok.dep_ != "conj":
        return False
    for _ in range(30):  # a list's items hang on each other; the first on the preposition
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def _among_places(ix: DocIndex, tok: Token) -> bool:
    """"Utah, Virginia, Washington and Washington, D.C.": a capital listed with provinces or
    cities of a state is one more place, not the seat of government."""
    near = [c for c in tok.children if c.dep_ == "conj"]
    for _ in range(30):  # the items of a list hang on each other
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
        near.append(tok)
    for other in near:
        form = ix.country_at(other.i)
        if form is not None and form.form not in ("name", "adjective", "people", "capital", "seat"):
            return True
    return False


def _names_place(ix: DocIndex, i: int) -> bool:
    """Whether the words before token ``i`` make it a place: "near", "in", "town of"."""
    doc = ix.doc
    if i == 0:
        return False
    prev = doc[i - 1].lower_
    if prev == "the" and i > 1:
        prev = doc[i - 2].lower_
    if prev in LOCATIVE:
        return True
    return prev == "of" and i > 1 and doc[i - 2].lower_ in PLACE_NOUNS


def _extend_org(ix: DocIndex, m: Mention) -> None:
    """"the Venezuelan Congress", "Russia's Duma": a modifier can tie a body to a state."""
    doc = ix.doc
    j = m.start - 1
    if j >= 0 and doc[j].text in POSSESSIVES and j > 0:
        j -= 1
    anchor = ix.anchor_at(j) if j >= 0 and not ix.used[j] else None
    if anchor is None:
        return
    form = anchor.whole_country
    if form is None or form.form not in ("adjective", "name") or m.country in NON_STATE_CODES:
        return
    if form.iso3 == m.country and anchor.end == m.start - 1:
        # "the UK's National Crime Agency": the owner of its own body is no second party
        # (the body's name keeps its own span)
        ix.mark(anchor.start, anchor.end)
        m.named_state = True
        return
    if form.iso3 != m.country or anchor.end == m.start:
        # (the same state written in front is part of the body's name: "the United States
        # House of Representatives" is one body, not the state and its House)
        m.named_state = form.iso3 == m.country  # (the state mention it absorbed still counts)
        m.country = form.iso3
        m.start = anchor.start
        if form.form == "name" and m.start > 0 and doc[m.start - 1].lower_ == "the" \
                and not ix.used[m.start - 1]:
            m.start -= 1


def _appositions(ix: DocIndex) -> None:
    """"Mark Weisbrot, the CEPR Co-Director": the description after a name describes it;
    "the Venezuelan Ambassador ..., Carlos Vecchio": a name after a description names it."""
    doc = ix.doc
    for m in list(ix.mentions):
        if m.kind != "person":
            continue
        if m.name is not None and m.role is None and m.end + 1 < ix.n \
                and doc[m.end].text == ",":
            _describe_after(ix, m)
        if m.name is None and m.nominal:
            # a name in apposition to the description
            heads = [doc[m.end - 1]] + [doc[i] for i in range(m.start, m.end - 1)
                                        if doc[i].lemma_.lower() == m.nominal]
            # "The mayor of London, Sadiq Khan": the name hangs on the title, not on London
            children = [c for h in heads for c in h.children if c.dep_ == "appos"]
            if not children and m.end + 1 < ix.n and doc[m.end].text == ",":
                # "According to the El Paso mayor, Dee Margo, during ...": a name set off by
                # commas right after the title, whatever the parser hung it on
                nxt = _mention_at(ix, m.end + 1)
                if nxt is not None and nxt.start == m.end + 1 and nxt.end < ix.n \
                        and doc[nxt.end].text == ",":
                    children = [doc[m.end + 1]]
            for child in children:
                other = _mention_at(ix, child.i)
                if other is not None and other.name and other.kind == "person":
                    m.name = other.name
                    if other.confidence >= 1.0:  # the knowledge base knows better
                        m.country, m.sector = other.country, other.sector
                    other.role = other.role or m.role
                    other.country = other.country or m.country
                    other.sector = other.sector or m.sector
                    break


def _described_bodies(ix: DocIndex) -> None:
    """"HDT Limited, a Hungarian state firm," / "Hungarian company HDT": a description of a
    named body right before it or in apposition gives its state, ahead of any other state
    the sentence names; the description is the body, not a second actor."""
    doc = ix.doc
    by_start = {m.start: m for m in ix.mentions}
    by_end = {m.end: m for m in ix.mentions}
    for m in sorted(ix.mentions, key=lambda x: x.start):
        if m.kind != "organisation" or m.name is None or m.country is not None:
            continue
        desc = None
        if m.end + 1 < ix.n and doc[m.end].text == ",":
            desc = by_start.get(m.end + 1)
            if desc is not None and not (doc[desc.start].lower_ in ("a", "an")
                                         and (desc.end >= ix.n or doc[desc.end].is_punct)):
                desc = None
        before = by_end.get(m.start)
        if desc is None and before is not None and doc[before.end - 1].tag_ == "NN":
            desc = before  # "Hungarian company HDT": the noun is a title of the name
        if desc is None and m.start > 1 and doc[m.start - 1].text == "(":
            # "HDT Védelmi Ipari Kft. (HDT Limited)": a bracketed name is the same body
            named = next((x for x in ix.mentions if x.kind == "organisation" and x.country
                          and x.end in (m.start - 1, m.start - 2)
                          and doc[x.start:x.end].text[:2] == m.name[:2]), None)
            if named is not None:
                m.country, m.sector = named.country, m.sector or named.sector
                continue
        if desc is None or desc is m or desc.kind != "organisation" or desc.name is not None \
                or not (desc.country or desc.sector) or desc not in ix.mentions:
            continue
        m.country = desc.country
        m.sector = m.sector or desc.sector
        m.confidence = max(m.confidence, 0.8)
        if desc.end == m.start:
            m.start = desc.start  # "rights group National Coalition for Men": one span
        ix.mentions.remove(desc)


def _mention_at(ix: DocIndex, i: int) -> Mention | None:
    for m in ix.mentions:
        if m.start <= i < m.end:
            return m
    return None


# Place words that own a title in a description ("the city's mayor", "the state's governor").
_OWNER_PLACES = frozenset({"city", "state", "country", "nation", "province", "region", "town",
                           "capital", "territory", "island", "county", "district"})


def _subject_of_clause(doc: Doc, i: int, m: Mention) -> bool:
    """Whether the noun at ``i`` after a name and comma is the subject of a new clause
    rather than a description of the name."""
    tok = doc[i]
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
        and tok.head.i > i and not m.start <= tok.head.i < m.end


def _describe_after(ix: DocIndex, m: Mention) -> None:
    doc = ix.doc
    k = m.end + 1
    desc_start = k
    desc = next((x for x in ix.mentions if x.start == desc_start and x is not m), None)
    if desc is None:
        # "Satyendra Jain, the city's home minister": the owner of a title that is a place
        # word ("the city's", "the state's") belongs to the description
        j = k
        if j < ix.n and doc[j].lower_ == "the":
            j += 1
        if j + 1 < ix.n and doc[j].lemma_.lower() in _OWNER_PLACES and doc[j + 1].tag_ == "POS" \
                and ix.owner[j] < 0:
            desc = next((x for x in ix.mentions if x.start == j + 2 and x is not m), None)
    if desc is not None and _subject_of_clause(doc, desc.end - 1, m):
        return  # "According to al-Eryani, the minister said": a new clause, no apposition
    if desc is not None and desc.kind == "person" and desc.name is None and desc.nominal \
            and (desc.country or desc.sector) \
            and not (desc.end < ix.n and doc[desc.end].lower_ == "and"):
        # "Bruno Parrilla, the foreign affairs minister of Cuba": the description is the
        # person, so its role, state and sector are theirs and it is no second actor
        det = desc.start + (doc[desc.start].lower_ in ("the", "a", "an"))
        m.role = doc[det:desc.end].text if det < desc.end else desc.role
        m.country = m.country or desc.country
        m.sector = m.sector or desc.sector
        m.confidence = max(m.confidence, 0.8)
        ix.mentions.remove(desc)
        return
    if k < ix.n and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    role_start = None
    role_end = None
    first_end = None  # the end of the first of coordinated descriptions
    orgs: list[Organisation] = []
    country = None
    boss: Mention | None = None  # "Merkel's spokesperson": whose staff the person is
    while k < ix.n:
        tok = doc[k]
        anchor = ix.anchor_at(k)
        if anchor is not None:
            form = anchor.whole_country
            if anchor.kind == "org":
                orgs.append(anchor.payload)  # type: ignore[arg-type]
            elif form is not None:
                country = country or form.iso3
            elif anchor.kind == "person" and role_start is None and boss is None \
                    and anchor.end < ix.n and doc[anchor.end].text in ("'s", "\u2019s"):
                boss = _mention_at(ix, anchor.start)
                if boss is None or not boss.country or boss.country in NON_STATE_CODES:
                    break
                country = country or boss.country
                k = anchor.end + 1
                continue
            else:
                break
            k = anchor.end
            continue
        if ix.sector_at(k) is not None or tok.lower_ in TITLE_MODIFIERS \
                or (tok.text == "-" and not tok.whitespace_) \
                or (tok.is_title and tok.pos_ == "PROPN" and role_start is not None):
            if role_start is None:
                role_start = k
            role_end = k + 1
            k += 1
            continue
        if tok.lower_ == "and" and role_end == k and k + 1 < ix.n \
                and (ix.sector_at(k + 1) is not None or doc[k + 1].lower_ in TITLE_MODIFIERS):
            # "a minister and former Army colonel": both describe the one person
            first_end = first_end or role_end
            k += 1
            continue
        break
    if role_end is not None and _subject_of_clause(doc, role_end - 1, m):
        return  # "According to al-Eryani, the rebels are backed by Iran": no apposition
    if role_start is None and not orgs:
        if country and not m.country and k < ix.n and doc[k].tag_ == "NN" \
                and doc[desc_start].lower_ in ("a", "an"):
            # "Howard Rubel, a Toronto lawyer": a person of that place's state
            m.country = country
            m.role = m.role or doc[k].text
            m.confidence = max(m.confidence, 0.8)
        return
    if role_start is not None:
        m.role = doc[role_start:role_end].text
        unit = ix.sector_at((first_end or role_end) - 1)
        if boss is not None and boss.sector and not m.sector:
            m.sector = boss.sector  # the spokesperson of a head of government speaks for it
        if unit is not None and unit[1].sector and not m.sector:
            m.sector = unit[1].sector
        # the description is this person, not a second actor
        ix.mentions = [x for x in ix.mentions
                       if x is boss or not (desc_start <= x.start and x.end <= role_end
                                            and x.kind in ("person", "group"))]
    elif boss is not None:
        return  # "X, Merkel's friend": no role, so the tie says nothing of X's state
    m.orgs.extend(orgs)
    if country and not m.country:
        m.country = country
    for org in orgs:
        if not m.sector and org.sector:
            m.sector = org.sector
        elif not m.sector and org.country == "NGO":
            m.sector = "NGO"
            m.country = m.country or "NGO"
        if org.country and org.country not in NON_STATE_CODES and not m.country:
            m.country = org.country
    if m.country or m.sector:
        m.confidence = max(m.confidence, 0.8)
