"""Anchors: the spans of a document that name an actor outright, and the index built on them.

The knowledge base's phrase matcher, spaCy's named entities, country prefixes inside one token
("U.S.-backed") and sector nouns ("troops") are found first; every later pass (mention building,
coreference) reads the same per-document index of which token belongs to which anchor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, IS_UPPER, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from .actor_lexicon import PLACE_NOUNS, POSSESSIVES, SectorWord, is_titleish, sector_words
from .actor_places import place_anchors
from .countries import CountryForm
from .kb import ActorKB, Organisation, fold
from .places import place_country, subdivision_country
from .model import Article

__all__ = ["Anchor", "DocIndex", "Mention", "clean_name", "find_anchors"]


@dataclass(slots=True)
class Anchor:
    start: int  # token indices [start, end)
    end: int
    kind: str  # country | org | person | ethnic | ent_org | ent_norp
    payload: object = None
    char_start: int | None = None  # for a country prefix inside a hyphenated token
    char_end: int | None = None

    @property
    def whole_country(self) -> CountryForm | None:
        """The country form of a country anchor spanning whole tokens (not "U.S." in "U.S.-led")."""
        if self.kind == "country" and self.char_start is None:
            return self.payload  # type: ignore[return-value]
        return None


@dataclass(slots=True)
class Mention:
    start: int  # token span
    end: int
    kind: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    confidence: float = 1.0
    char_start: int | None = None
    char_end: int | None = None
    nominal: str | None = None  # head title word of a description without a name
    definite: bool = False
    from_context: bool = False
    orgs: list[Organisation] = field(default_factory=list)
    text_role: str | None = None  # the title the text gives, when the KB supplies the role
    refers: tuple[str, ...] = ()  # synonym groups of the head noun or title ("troops", "leader")
    kin: str | None = None  # the kin state of an ethnic group ("ethnic Albanians": ALB)
    gender: str | None = None  # "m" | "f" when the knowledge base or the text says
    generic: bool = False  # a tagger name headed by a sector noun ("the Supreme Court")
    named_state: bool = False  # its state is written in it ("the United States Senate")


class DocIndex:
    """The per-document state of one ``find_actors`` call, shared by its passes."""

    def __init__(self, doc: Doc, article: Article, kb: ActorKB) -> None:
        self.doc = doc
        self.article = article
        self.kb = kb
        self.date = article.date[:10] if article.date else None
        self.n = len(doc)
        self.owner: list[int] = [-1] * self.n  # token -> anchor index
        self.anchors: list[Anchor] = []
        self.used: list[bool] = [False] * self.n  # token consumed by a mention
        self.sectors: dict[int, tuple[int, SectorWord]] = {}  # head token -> (unit start, word)
        self.mentions: list[Mention] = []
        self.blocked: set[int] = set()  # tokens of region names ("Latin America")
        self.dateline: str | None = None  # the state of the wire dateline ("KHARTOUM —")

    def add_anchor(self, anchor: Anchor) -> None:
        idx = len(self.anchors)
        self.anchors.append(anchor)
        for i in range(anchor.start, anchor.end):
            self.owner[i] = idx

    def anchor_at(self, i: int) -> Anchor | None:
        """The anchor owning token ``i``, if any."""
        a = self.owner[i]
        return self.anchors[a] if a >= 0 else None

    def grow_to_org(self, anchor: Anchor, end: int, payload: Organisation) -> None:
        """A country anchor becomes the organisation named by it and the words up to ``end``
        ("Pakistan Peoples Party"); anchors it swallows are parts, no actors of their own."""
        idx = self.owner[anchor.start]
        for i in range(anchor.end, end):
            swallowed = self.anchor_at(i)
            if swallowed is not None:
                swallowed.kind = "part"
            self.owner[i] = idx
        anchor.end = end
        anchor.kind = "org"
        anchor.payload = payload

    def country_at(self, i: int) -> CountryForm | None:
        """The country form of a whole-country anchor at token ``i`` ("Kenya", "Kenyan"), if any."""
        anchor = self.anchor_at(i)
        return anchor.whole_country if anchor is not None else None

    def state_after(self, k: int, preps: tuple[str, ...], forms: tuple[str, ...],
                    skip_the: bool = False) -> str | None:
        """The state named right after the preposition at token ``k`` ("in Kabul", "from the
        Netherlands"), when its country form is one of ``forms``."""
        doc = self.doc
        if k + 1 >= self.n or doc[k].lower_ not in preps:
            return None
        j = k + 1
        if skip_the and doc[j].lower_ == "the" and j + 1 < self.n:
            j += 1
        form = self.country_at(j)
        return form.iso3 if form is not None and form.form in forms else None

    def sector_at(self, i: int) -> tuple[int, SectorWord] | None:
        """The sector unit covering token ``i``, as (unit start, word)."""
        hit = self.sectors.get(i)
        if hit is not None:
            return hit
        nxt = self.sectors.get(i + 1)
        if nxt is not None and nxt[0] <= i:
            return nxt
        nxt = self.sectors.get(i + 2)
        if nxt is not None and nxt[0] <= i:
            return nxt
        return None

    def mark(self, start: int, end: int, used: bool = True) -> None:
        """Claim tokens [start, end) for a mention, or give them back."""
        for i in range(start, end):
            self.used[i] = used


def clean_name(text: str) -> str:
    """A name as written, with line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def find_anchors(ix: DocIndex) -> None:
    """Fill ``ix`` with anchors (longest knowledge-base matches first) and sector units."""
    _dateline(ix)
    _work_titles(ix)
    _storms(ix)
    _thing_acronyms(ix)
    _gazetteer(ix)
    _state_bodies(ix)
    _state_offices(ix)
    _state_outlets(ix)
    _entities(ix)
    place_anchors(ix)  # towns and provinces, after names, capitals and organisations
    _hyphenated(ix)
    _sector_units(ix)


def _gazetteer(ix: DocIndex) -> None:
    matcher, labels = ix.kb.matcher()
    spans = []
    for match_id, start, end in matcher(ix.doc):
        kind, payload = labels[match_id]
        if kind == "country" and payload.iso3 == "-":  # type: ignore[union-attr]
            kind = "blocked"
        spans.append((end - start, -start, start, end, kind, payload))
    spans.sort(reverse=True)  # longest first, then leftmost
    taken = [i in ix.blocked for i in range(ix.n)]
    for _, _, start, end, kind, payload in spans:
        if any(taken[start:end]):
            continue
        if kind == "person" and not (_plausible_person(ix.doc, start, end)
                                     and _own_first_name(ix, start, end, str(payload))):
            continue
        if kind == "org" and _model_after(ix.doc, end):
            continue  # "a Boeing 707", "Airbus A300s": the aircraft, not its maker
        if kind == "country" and payload.form in ("adjective", "people") \
                and _language(ix.doc, start, end):  # type: ignore[union-attr]
            taken[start:end] = [True] * (end - start)
            continue  # "they speak English", "translated into French": a language
        _take(ix, taken, start, end, kind, payload)
    _capitals(ix, taken)


# Verbs whose object is a language ("speak English") and prepositions that name the language
# of a text ("in English", "translated into French").
_LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "understand", "study", "translate"})
_LANGUAGE_PREPS = frozenset({"in", "into", "from"})
_LANGUAGE_HEADS = frozenset({"translate", "write", "publish", "speak", "say", "broadcast",
                             "fluent", "print", "sing", "available", "subtitle", "dub"})


def _language(doc: Doc, start: int, end: int) -> bool:
    """A nationality word standing alone as a language: the object of "speak", or after
    "in/into/from" when that phrase hangs on a verb of writing or speaking."""
    if end - start != 1:
        return False
    tok = doc[start]
    if tok.pos_ not in ("PROPN", "NOUN"):
        return False
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in _LANGUAGE_VERBS
    if tok.dep_ == "pobj" and head.lower_ in _LANGUAGE_PREPS:
        return head.head.lemma_.lower() in _LANGUAGE_HEADS \
            or head.lower_ == "into" and head.head.lemma_.lower() == "translate"
    return False


def _model_after(doc: Doc, end: int) -> bool:
    """Whether a model number follows a maker's name ("Boeing 707", "Airbus A300s")."""
    if end >= len(doc):
        return False
    text = doc[end].text
    return text.isdigit() and len(text) == 3 \
        or any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _take(ix: DocIndex, taken: list[bool], start: int, end: int, kind: str,
          payload: object) -> None:
    for i in range(start, end):
        taken[i] = True
    if kind == "country" and payload.form != "people" \
            and _street(ix.doc, end - 1):  # type: ignore[union-attr]
        kind = "blocked"  # "fled up London Bridge", "Moscow Station": a place's own name
    if kind == "country" and _company_suffix(ix.doc, start, end):
        kind = "blocked"  # "Facebook Ireland Limited": a company's name, not the state
    if kind == "blocked":
        ix.blocked.update(range(start, end))
        return
    if kind == "country" and payload.form == "name":  # type: ignore[union-attr]
        span = _us_school(ix.doc, start, end)
        if span is not None:  # "Georgia Institute of Technology": the US state's school
            a, b = span
            for i in range(a, b):
                taken[i] = True
            ix.add_anchor(Anchor(a, b, "org", Organisation(ix.doc[a:b].text, "USA", "EDU")))
            return
    if kind == "country" and payload.form in ("name", "adjective"):  # type: ignore[union-attr]
        span = _carrier(ix.doc, start, end)
        if span is not None:  # "Air France", "Qatar Airways": a firm named after its state
            a, b = span
            for i in range(a, b):
                taken[i] = True
            ix.add_anchor(Anchor(a, b, "org", Organisation(
                ix.doc[a:b].text, payload.iso3, "BUS")))  # type: ignore[union-attr]
            return
    if kind == "country" and start and ix.doc[start - 1].lower_ == "ethnic" \
            and payload.form in ("adjective", "people"):  # type: ignore[union-attr]
        kind = "ethnic"  # "ethnic Albanians in Macedonia": coded by where they live
    ix.add_anchor(Anchor(start, end, kind, payload))


# Head words of a school's name ("Georgia Tech", "University of Georgia").
_SCHOOL_HEADS = frozenset({"University", "College", "Institute", "Tech", "Polytechnic"})


def _us_school(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of a school named after a US state that shares a country's name ("Georgia
    Institute of Technology", "University of Georgia", "Georgia State University"): US
    schools are what news names so; the state's school, not the country."""
    if subdivision_country(doc[start:end].text) != "USA":
        return None
    ent = doc[start].ent_type_ == "ORG"
    k = end + (end < len(doc) and doc[end].text == "State")
    if k < len(doc) and doc[k].text in _SCHOOL_HEADS:
        a, b = start, k + 1
    elif start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in _SCHOOL_HEADS:
        a, b = start - 2, end
    else:
        return None
    if ent:  # the tagger's name runs on: "Institute of Technology"
        while b < len(doc) and doc[b].ent_iob_ == "I" and doc[b].ent_type_ == "ORG":
            b += 1
        while a > 0 and doc[a].ent_iob_ == "I" and doc[a - 1].ent_type_ == "ORG" \
                and doc[a - 1].lower_ != "the":
            a -= 1
    return a, b


# Words that make a state's name an airline's ("Qatar Airways", "Air India").
_CARRIER_AFTER = frozenset({"Airways", "Airlines", "Air", "Airline"})


def _carrier(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of an airline named after a state, if the state's name is part of one:
    "Turkish Airlines", "Iran Air", "Air China" (not "air strikes", "by air France")."""
    if end < len(doc) and doc[end].text in _CARRIER_AFTER:
        # (not "the Indian Air Force", "US Air Strikes" in a headline)
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or nxt.text == "Flight":
            return start, end + 1
        return None
    if start > 0 and doc[start - 1].text == "Air" \
            and not (start > 1 and doc[start - 2].text[:1].isupper()
                     and doc[start - 2].pos_ == "PROPN"):
        return start - 1, end
    return None


# Legal-form words that end a company's name ("Facebook Ireland Limited", "Uber India Ltd").
_COMPANY_SUFFIXES = frozenset({"limited", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "gmbh",
                               "kft", "kft.", "zrt", "zrt.", "pjsc", "jsc", "s.p.a.", "b.v.",
                               "ag", "sa", "s.a.", "b.v.", "bv", "pty", "corp", "corp."})


def _company_suffix(doc: Doc, start: int, end: int) -> bool:
    """Whether a country's name sits inside a company's name: a capitalised word before it
    and a legal-form word after it."""
    return 0 < start and end < len(doc) and doc[end].lower_ in _COMPANY_SUFFIXES \
        and doc[end].text[:1].isupper() and doc[start - 1].text[:1].isupper() \
        and doc[start - 1].pos_ == "PROPN"


# Capitalised words that are knowledge-base forms but far more often ordinary words.
# (A state's name is read as the state: "TURKEY", "JORDAN" in a headline are the countries.)
_CAPS_ORDINARY = frozenset({"commonwealth", "carter", "wagner"})
_CAPS_MAX_WORDS = 4


def _capitals(ix: DocIndex, taken: list[bool]) -> None:
    """"RUSSIA BACKS MADURO AS US SANCTIONS BITE": in a run of all-capital words (a headline,
    a byline) look names up without case. A lone acronym in running text ("NASA") is left to
    the case-sensitive matcher, and stop words and common words are never looked up alone."""
    from spacy.lang.en.stop_words import STOP_WORDS

    doc = ix.doc
    flags = doc.to_array([IS_UPPER, IS_ALPHA]).tolist()  # no Token object for every word
    upper = [i for i in range(ix.n) if flags[i][0]]
    if len(upper) < 2:
        return
    caps = [False] * ix.n
    for i in upper:
        caps[i] = _upper_word(doc[i])
    in_run = [False] * ix.n
    words = [i for i in range(ix.n) if caps[i] or flags[i][1]]
    for a, b in zip(words, words[1:]):
        if caps[a] and caps[b] and "\n" not in doc[a:b + 1].text:
            in_run[a] = in_run[b] = True
    i = 0
    while i < ix.n:
        if not in_run[i] or taken[i]:
            i += 1
            continue
        for n in range(_CAPS_MAX_WORDS, 0, -1):
            end = i + n
            if end > ix.n or not all(in_run[k] and not taken[k] for k in range(i, end)):
                continue
            text = doc[i:end].text
            if n == 1 and (text.lower() in STOP_WORDS or text.lower() in _CAPS_ORDINARY):
                continue
            hit = ix.kb.lookup_folded(text)
            if hit is None:
                continue
            kind, payload = hit
            if kind == "country" and payload.iso3 == "-":  # type: ignore[union-attr]
                kind = "blocked"  # "LATIN AMERICA" is no state, nor is its "AMERICA"
            _take(ix, taken, i, end, kind, payload)
            i = end - 1
            break
        i += 1


# Last words of a national association's name ("Nigeria Labour Congress", "Ghana Bar
# Association"), and the sector its field word gives ("Labour" -> LAB).
_BODY_WORDS = frozenset({"association", "congress", "union", "federation", "confederation",
                         "council", "society", "chamber", "league", "guild", "syndicate",
                         "party"})
# Words of a party's programme ("Kenya African National Union", "Ghana National Democratic
# Congress", "Uganda People's Congress"): with no field word, a union or congress named with
# them is a political party, not a trade association.
_PARTY_WORDS = frozenset({"national", "african", "democratic", "patriotic", "people", "peoples",
                          "socialist", "progressive", "liberation", "revolutionary", "communist",
                          "nationalist", "republican", "liberal", "conservative", "popular",
                          "united", "unity", "congress"})
_FIELD_SECTORS = {"labour": "LAB", "labor": "LAB", "trade": "LAB", "medical": "MED",
                  "nurses": "MED", "health": "MED", "bar": "JUD", "law": "JUD",
                  "lawyers": "JUD", "employers": "BUS", "manufacturers": "BUS",
                  "commerce": "BUS", "press": "JRN", "farmers": "AGR"}


def _state_bodies(ix: DocIndex) -> None:
    """"Nigeria Labour Congress", "Kenya Medical Association": a state's name, a field and a
    body word make one association of that state, not the state plus (say) the US Congress."""
    doc, words = ix.doc, sector_words()
    for anchor in list(ix.anchors):
        form = anchor.whole_country
        if form is None or form.form not in ("name", "adjective"):
            continue
        if form.form == "adjective" and doc[anchor.start].ent_type_ != "ORG":
            continue  # "Thai Raksa Chart Party": an adjective opens a name the tagger saw whole
        j = anchor.end
        body = None
        while j < ix.n and j - anchor.end < 5 and (doc[j].is_title and doc[j].is_alpha
                                                    or j > anchor.end
                                                    and _possessive_in_name(doc, j)):
            if j + 1 < ix.n and doc[j + 1].text == "party":
                body = j + 1  # "the Thai Raksa Chart party": the name, in lower case "party"
                break
            if doc[j].lower_ in _BODY_WORDS and j > anchor.end:
                # (the body word may be a knowledge-base name: "Congress"; the longest wins:
                # "Ghana Trades Union Congress")
                body = j
            elif ix.anchor_at(j) is not None \
                    and not (j + 1 < ix.n and doc[j + 1].lower_ == "party"):
                break  # (but "Malawi Congress Party" names a party)
            j += 1
        if body is None:
            continue
        last = body
        if body + 2 < ix.n and doc[body + 1].lower_ == "of" and doc[body + 2].is_title \
                and ix.owner[body + 2] < 0:
            last = body + 2  # "Kenya National Union of Teachers"
        last = _rest_of_entity(doc, last)
        field_words = [doc[i].lower_ for i in range(anchor.end, last + 1) if i != body]
        sector = next((_FIELD_SECTORS[w] for w in field_words if w in _FIELD_SECTORS), None)
        if doc[body].lower_ == "party":
            sector = "PTY"  # "Labour Party" is a party, not a union
        if sector is None:
            sector = next((words[w].sector for w in field_words
                           if w in words and w not in _PARTY_WORDS), None)
        if sector is None and doc[body].lower_ in ("union", "congress") \
                and any(w in _PARTY_WORDS for w in field_words):
            sector = "PTY"
        ix.grow_to_org(anchor, last + 1, Organisation(doc[anchor.start:last + 1].text, form.iso3, sector))


# Head words of a state's public office named "<State> <Head> on/for/of <Field>" ("the United
# States Commission on International Religious Freedom", "U.S. Agency for ...").
_OFFICE_HEADS = frozenset({"commission", "agency", "department", "institute", "institutes",
                           "office", "bureau", "administration", "service", "board",
                           "authority", "ministry", "directorate"})
# An institute is a state's office only when its name says national or federal ("United States
# National Institute of ..."); "Georgia Institute of Technology" is a school.
_INSTITUTES = frozenset({"institute", "institutes"})
_OFFICE_LINKS = frozenset({"on", "for", "of", "and"})


def _state_offices(ix: DocIndex) -> None:
    """A state's name opening a long capitalised office name makes one GOV body of that
    state, not the state alone; the name runs on over "on/for/of/and" and capitalised words."""
    doc = ix.doc
    for anchor in list(ix.anchors):
        form = anchor.whole_country
        if form is None or form.form != "name" or anchor.kind != "country":
            continue
        j = anchor.end
        head = None
        while j < ix.n and j - anchor.end < 4 and doc[j].is_title and doc[j].is_alpha \
                and ix.owner[j] < 0:
            if doc[j].lower_ in _OFFICE_HEADS:
                head = j
                break
            j += 1
        if head is None or doc[head].lower_ in _INSTITUTES and not any(
                doc[i].lower_ in ("national", "federal") for i in range(anchor.end, head)):
            continue
        last = head
        k = head + 1
        while k + 1 < ix.n and doc[k].lower_ in _OFFICE_LINKS and doc[k + 1].is_title \
                and doc[k + 1].is_alpha and ix.owner[k + 1] < 0:
            k += 1
            while k < ix.n and doc[k].is_title and doc[k].is_alpha and ix.owner[k] < 0:
                last = k
                k += 1
        ix.grow_to_org(anchor, last + 1,
                       Organisation(doc[anchor.start:last + 1].text, form.iso3, "GOV"))
        if anchor.start > 0 and doc[anchor.start - 1].lower_ == "the" \
                and ix.owner[anchor.start - 1] < 0:
            # "the United States Department of ...": the article belongs to the name
            ix.owner[anchor.start - 1] = ix.owner[anchor.start]
            anchor.start -= 1


_DASHES = frozenset({"-", "–", "—"})


def _rest_of_entity(doc: Doc, last: int) -> int:
    """"Zimbabwe African National Union – Patriotic Front": a dash and capitalised words
    that the tagger's ORG name carries on past the body word belong to the name."""
    if doc[last].ent_type_ != "ORG":
        return last
    k = last + 1
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "ORG" \
            and (doc[k].is_title or doc[k].text in _DASHES):
        k += 1
    return k - 1 if k - 1 > last and doc[k - 1].is_title else last


# Capitalised words that make a place's name the name of a broadcaster or agency ("Abu Dhabi
# TV", "Iran Radio", "Syrian Television", "Xinhua News Agency" has its own entry).
_OUTLET_WORDS = frozenset({"tv", "television", "radio", "broadcasting"})
_AGENCY_PAIRS = frozenset({("news", "agency"), ("press", "agency")})


def _state_outlets(ix: DocIndex) -> None:
    """"Abu Dhabi TV", "Iran Radio": a place's name and a broadcast word make a media outlet
    of that place's state (JRN), not the state's government; its reporters are JRN too."""
    doc = ix.doc
    for anchor in list(ix.anchors):
        form = anchor.whole_country
        if form is None or anchor.end >= ix.n:
            continue
        j = anchor.end
        nxt = doc[j]
        if nxt.lower_ in _OUTLET_WORDS and (nxt.is_title or nxt.is_upper):
            end = j + 1
        elif j + 1 < ix.n and (nxt.lower_, doc[j + 1].lower_) in _AGENCY_PAIRS \
                and nxt.is_title and doc[j + 1].is_title:
            end = j + 2
        else:
            continue
        if any(ix.anchor_at(i) is not None for i in range(j, end)):
            continue
        ix.grow_to_org(anchor, end, Organisation(doc[anchor.start:end].text, form.iso3, "JRN"))


def _possessive_in_name(doc: Doc, j: int) -> bool:
    """The "'s" of "Uganda People's Congress": inside a name when a capital follows."""
    return doc[j].tag_ == "POS" and j + 1 < len(doc) and doc[j + 1].is_title \
        and doc[j - 1].is_title


def _upper_word(tok: Token) -> bool:
    """A word written in capitals ("RUSSIA", "U.S."), not punctuation or a single letter."""
    text = tok.text
    return tok.is_upper and sum(c.isalpha() for c in text) >= 2


def _plausible_person(doc: Doc, start: int, end: int) -> bool:
    """A lone surname inside a longer proper name is someone else ("Putin" in "Putin Street")."""
    if end - start > 1:
        return True
    nxt = doc[end] if end < len(doc) else None
    return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title
                and nxt.ent_type_ not in ("", "PERSON") and nxt.ent_iob_ == "I")


def _own_first_name(ix: DocIndex, start: int, end: int, name: str) -> bool:
    """A lone surname after someone else's first name is that other person ("Sam Carter" is
    not Ash Carter): the word before it, in the same PERSON entity, must be one of the
    knowledge-base person's own names (or an initial)."""
    if end - start > 1 or start == 0:
        return True
    tok, prev = ix.doc[start], ix.doc[start - 1]
    if tok.ent_type_ not in ("PERSON", "ORG") or tok.ent_iob_ != "I" or not prev.is_alpha \
            or len(prev.text) < 3 or not prev.is_title or is_titleish(prev, sector_words()):
        return True
    own = {fold(w) for e in ix.kb.people.get(name, ()) for a in (e.name, *e.aliases)
           for w in a.split()}
    return fold(prev.text) in own


# Last words of names that are things, not actors: laws, buildings, products, events.
_THING_HEADS = frozenset({"act", "directive", "cathedral", "basilica", "mosque", "temple",
                          "synagogue", "airport", "stadium", "bridge", "album", "treaty",
                          "hotel", "tower", "palace", "dam", "highway", "motorway"})
# Words that make a "... System" a body rather than a technical system.
_SYSTEM_BODIES = frozenset({"service", "reserve", "school", "schools", "university", "prison",
                            "prisons", "health", "court", "courts", "police"})
# Last words of titles the tagger takes for organisations before a name.
_TITLE_HEADS = frozenset({"fellow", "professor", "lecturer", "researcher", "scientist",
                          "dean", "chair", "chairman", "chairwoman", "director", "founder"})
# Lower-case nouns after an ORG name that make it the name of a gathering.
_GATHERINGS = frozenset({"rally", "rallies", "festival", "summit", "conference", "parade",
                         "march", "marches", "concert", "tournament"})


# Nouns of natural places after which a name is the place's ("the Amazon rainforest").
_LANDFORMS = frozenset({"rainforest", "forest", "jungle", "river", "basin", "delta", "desert",
                        "valley", "glacier", "lake", "mountain", "peninsula", "archipelago"})
# First words of names of programmes and operations ("Project Starlight", "Operation Sea Lion").
_THING_FIRST = frozenset({"project", "operation"})
# Nouns before a name that make it a vehicle's name ("the dive boat Sea Quest").
_VEHICLES = frozenset({"boat", "ship", "vessel", "ferry", "yacht", "tanker", "freighter",
                       "trawler", "liner", "submarine", "carrier", "frigate", "destroyer",
                       "plane", "aircraft", "jet", "airliner", "spacecraft", "rocket",
                       "probe", "rover", "satellite", "train"})


def _thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a tagger name names a law, building, product or programme, not an actor:
    "the Clean Air Act", "Kyoto University" is an actor but "Boeing 707" and "Airbus A300s"
    are aircraft, "Project Starlight" a programme."""
    if doc[end - 1].lower_ == "system":
        # "the Automatic Identification System" is a thing, "the Selective Service System" and
        # "the Federal Reserve System" are bodies
        return not any(doc[i].lower_ in _SYSTEM_BODIES for i in range(start, end - 1))
    if doc[end - 1].lower_ in _THING_HEADS or doc[start].lower_ in _THING_FIRST \
            and end - start > 1:
        return True
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _GATHERINGS \
            and doc[start].ent_type_ == "ORG":
        return True  # "the Unite the Right rally": the name of a gathering, no body
    if end < len(doc) and doc[end].is_lower and doc[end].lemma_ in _LANDFORMS:
        return True  # "the Amazon rainforest": a name before a landform's noun is a place
    if any(any(c.isdigit() for c in doc[i].text) and any(c.isalpha() for c in doc[i].text)
           for i in range(start, end)):
        return True  # a model number: "Airbus A300s"
    # a maker's name before a three-digit model: "a Boeing 707"
    return end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) == 3


def _vehicle_names(doc: Doc) -> set[str]:
    """Names given to a vehicle in the text ("the boat, Conception,", "the dive boat Sea
    Quest"): every mention of such a name is the vehicle, never an actor."""
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT"):
            continue
        j = ent.start - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].lemma_.lower() in _VEHICLES and doc[j].pos_ == "NOUN":
            names.add(fold(" ".join(t.text for t in ent if t.lower_ != "the")))
    return names


def _entities(ix: DocIndex) -> None:
    doc, owner = ix.doc, ix.owner
    words = sector_words()
    vehicles = _vehicle_names(doc)
    town_names = _town_names(ix)
    for ent in _joined_people(doc):
        label = ent.label_
        if label not in ("PERSON", "ORG", "NORP"):
            continue
        start, end = ent.start, ent.end
        while end - start > 1 and doc[end - 1].lower_ in ("of", "and", "the", "for"):
            end -= 1  # "Patrice Talon of" (Benin): the tagger ran on into a preposition
            ent = doc[start:end]
        if label in ("PERSON", "ORG") and _dateline_entity(doc, start, end):
            continue  # "KHARTOUM — Sudanese forces ...": where the story was filed, no actor
        if label == "ORG" and (_first_name_org(ent) or _titled_name(doc, start, end, words)):
            label = "PERSON"  # "officers Antoine Quirin": a person the tagger took for a body
        if vehicles and fold(" ".join(t.text for t in ent if t.lower_ != "the")) in vehicles:
            continue
        if label == "PERSON" and _hyphen_modifier(ent):
            continue  # "Neo-Nazi slogans": a hyphenated word before a noun, not a person
        if label == "PERSON":
            # trim titles, possessives, participles ("Born Robert Burns") and anything the
            # gazetteer already owns
            while start < end and (owner[start] >= 0 or is_titleish(doc[start], words)
                                   or not _name_word(doc[start]) or doc[start].pos_ == "VERB"):
                start += 1
            while end > start and (owner[end - 1] >= 0 or not _name_word(doc[end - 1])):
                end -= 1
            end = next((i for i in range(start + 1, end) if doc[i].text in ("[", "(")), end)
            # ("Jerry [O'Connell]": an editor's bracket closes the name as written)
            if start >= end or any(owner[i] >= 0 or i in ix.blocked for i in range(start, end)):
                continue
            if not any(doc[i].is_title or doc[i].is_upper for i in range(start, end)):
                continue
            if end - start == 1 and doc[start].lower_ in words:
                continue
            candidates = ix.kb.candidates(doc[start:end].text)
            if not candidates and _common_word(doc, start, end):
                continue  # "Photographs", "Longer": a capitalised word, not a name
            if not candidates and (_thing(doc, start, end) or end - start == 1 and start
                                   and doc[start - 1].lower_ == "the"):
                continue  # "The Basilica", "the Wooster team": people take no article
            if not candidates and end - start == 1 and _opening_modifier(doc, start):
                continue  # "Twin bombings struck ...": a sentence's capitalised first word
            short = _short_org(ix, start, end) if not candidates else None
            if short is not None:  # "Mahan Air ... Mahan's permit": the body, not a person
                ix.add_anchor(Anchor(start, end, "org", short))
                continue
            if not candidates and end - start == 1 and doc[start].text in town_names:
                # "flights to Goa": a town the tagger took for a person
                ix.add_anchor(Anchor(start, end, "country", town_names[doc[start].text]))
                continue
            entry_name = candidates[0] if candidates else None
            ix.add_anchor(Anchor(start, end, "person", entry_name))
        else:
            if any(owner[i] >= 0 or i in ix.blocked for i in range(start, end)):
                continue
            while start < end and doc[start].lower_ == "the":
                start += 1
            if start >= end:
                continue
            if label == "ORG":
                start = _name_start(doc, start, end)
            if label == "ORG" and end - start == 1 and doc[start].lower_ in words:
                continue  # "Congress", "Parliament": a sector noun, handled with its context
            if label == "ORG" and _common_word(doc, start, end):
                continue  # "Ships", "Francophone": the tagger's ORG on an ordinary word
            if label == "ORG" and end - start > 1 and doc[end - 1].lower_ == "state":
                iso3 = place_country(doc[start:end - 1].text)
                if iso3 is not None and iso3 not in ("-", "USA"):
                    # (a US "Ohio State" is a university) "Kaduna State": a federal state the tagger took for a body; the place,
                    # with "State" left to read as a sector noun or a place word
                    ix.add_anchor(Anchor(start, end - 1, "country",
                                         CountryForm(doc[start:end - 1].text, iso3, "place")))
                    continue
            short = _short_org(ix, start, end) if label == "ORG" \
                and doc[start].lower_ not in words else None
            if short is not None:  # "Ford Motor ... Ford's plant": the body named in full
                ix.add_anchor(Anchor(start, end, "org", short))
                continue
            if label == "ORG" and end - start == 1 and doc[start].text in town_names:
                # "Chelyabinsk's governor": a town the tagger took for a body
                ix.add_anchor(Anchor(start, end, "country", town_names[doc[start].text]))
                continue
            if _thing(doc, start, end):
                continue
            if label == "ORG" and end < len(doc) and is_titleish(doc[end - 1], words) \
                    and is_titleish(doc[end], words):
                continue  # "Polish Interior" before "Minister Jan Wolski": part of a title
            if label == "ORG" and end - start == 1 and end + 1 < len(doc) \
                    and doc[end].lower_ in words and words[doc[end].lower_].kind == "person" \
                    and doc[end].is_title and doc[end + 1].is_title \
                    and doc[end + 1].pos_ == "PROPN":
                continue  # "Commerce" in "Commerce Secretary Wilbur Ross": the portfolio
            if label == "NORP" and end - start == 1:
                form = _demonym(ix, doc[start].text)
                if form is not None:  # "Samoan", "Tongan": a state's adjective no list has
                    ix.add_anchor(Anchor(start, end, "country", form))
                    continue
            if label == "ORG" and end < len(doc) and doc[end].pos_ == "PROPN" \
                    and doc[end].is_title and (doc[end - 1].lower_ in _TITLE_HEADS or (
                        doc[end - 1].lower_ in words and words[doc[end - 1].lower_].kind == "person")):
                continue  # "Royal Society Research Fellow Martin How": a title, no body
            ix.add_anchor(Anchor(start, end, "ent_org" if label == "ORG" else "ent_norp"))


def _opening_modifier(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence and only modifies the lower-case common noun
    after it, so that its capital is the sentence's, not a name's."""
    if not (i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text + doc[i - 1].whitespace_):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.tag_ in ("NN", "NNS") \
        and doc[i].head.i == nxt.i


def _name_word(tok: Token) -> bool:
    """A word of a person's name: letters, or letters joined by one apostrophe ("O'Rourke",
    "D'Souza"), which the tokenizer keeps as one word that is not alphabetic."""
    if tok.is_alpha:
        return True
    parts = tok.text.replace("\u2019", "'").split("'")
    return len(parts) == 2 and all(p.isalpha() for p in parts) and tok.text[0].isupper()


def _short_org(ix: DocIndex, start: int, end: int) -> Organisation | None:
    """The body a one-word ORG name is short for when the text names it in full elsewhere
    ("Ford" after "Ford Motor"): the full name tells the surname reading away. A word that is
    the first of two different bodies' names gives none, and a word after an article or an
    adjective ("the full House") is a common noun read with its context."""
    doc = ix.doc
    if end - start != 1 or doc[start].left_edge.i < start \
            or start > 0 and doc[start - 1].pos_ in ("DET", "ADJ"):
        return None
    word = doc[start].text
    found = {id(a.payload): a.payload for a in ix.anchors
             if a.kind == "org" and a.end - a.start > 1 and doc[a.start].text == word}
    if len(found) != 1:
        return None
    return next(iter(found.values()))  # type: ignore[return-value]


# What follows a wire dateline's place: a dash, a bracket ("(Reuters)") or a comma before a date.
_DATELINE_NEXT = frozenset({"—", "–", "-", "(", ",", ":"})


def _dateline(ix: DocIndex) -> None:
    """The wire dateline ("KHARTOUM —", "NEW YORK (AP) -", "KYIV, Ukraine —") at the top of a
    story: where it was filed is no actor, but it is strong evidence of the state the story is
    about (``main_country`` counts it)."""
    doc = ix.doc
    for i in range(min(ix.n, 400)):
        if not _opens_paragraph(doc, i) or not (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1):
            continue
        j = i
        while j < ix.n and doc[j].is_upper and doc[j].is_alpha:
            j += 1
        if j >= ix.n or doc[j].text not in _DATELINE_NEXT or len(doc[i:j].text) < 3:
            continue
        name = " ".join(t.text.capitalize() for t in doc[i:j])
        form = ix.kb.countries.get(name)
        state = form.iso3 if form is not None and form.iso3 != "-" else place_country(name)
        ix.blocked.update(range(i, j))
        if state:
            ix.dateline = state
        return


# Participles that introduce the title of a work ("an artwork entitled America").
_TITLED = frozenset({"entitled", "titled"})
# Nouns that introduce a work's title ("the film Joker", "his novel The Testaments").
_WORKS = frozenset({"film", "movie", "book", "novel", "memoir", "album", "song", "single",
                    "comic", "documentary", "play", "musical", "opera", "series", "sitcom",
                    "painting", "poem", "video", "game", "biography", "magazine"})
_TITLE_JOINERS = frozenset({"of", "the", "and", "a", "an", "in", "for", "to", "on"})


def _work_titles(ix: DocIndex) -> None:
    """"A toilet entitled America", "a report titled 'Russia Today'": the capitalised words
    after "entitled"/"titled" name a work, so none of them is an actor or counts for a state."""
    doc = ix.doc
    for i in range(ix.n - 1):
        if doc[i].lower_ not in _TITLED and not (
                doc[i].lower_ in _WORKS and doc[i].pos_ == "NOUN" and doc[i].is_lower
                and (doc[i + 1].is_title or doc[i + 1].is_quote) and doc[i + 1].dep_ != "poss"
                and not (i + 2 < ix.n and doc[i + 2].tag_ == "POS")):
            continue  # (a work noun before a name: "the film Joker"; not "the film's")
        j = i + 1
        while j < ix.n and doc[j].is_quote:
            j += 1
        k = j
        while k < ix.n and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha
                            or doc[k].lower_ in _TITLE_JOINERS and k > j and k + 1 < ix.n
                            and doc[k + 1].is_title):
            k += 1
        ix.blocked.update(range(j, k))


_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
_STORM_NOT_NAMES = frozenset({"center", "centre", "hunters", "season", "warning", "watch",
                              "advisory", "category", "area", "tracker", "week", "relief"})


def _storms(ix: DocIndex) -> None:
    """"Hurricane Dorian", "Tropical Storm Barry": a storm's name is no actor, nor is the
    bare name later in the article ("Dorian reached the Bahamas")."""
    doc = ix.doc
    names: set[str] = set()
    for i in range(ix.n - 1):
        tok, nxt = doc[i], doc[i + 1]
        if tok.lower_ not in _STORM_WORDS or not tok.is_title or not nxt.is_title \
                or not nxt.is_alpha or nxt.lower_ in _STORM_NOT_NAMES:
            continue
        if i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ not in ("tropical", "super"):
            continue  # "National Hurricane Center": a body's name
        start = i - 1 if i > 0 and doc[i - 1].lower_ in ("tropical", "super") else i
        ix.blocked.update(range(start, i + 2))
        names.add(nxt.text)
    if not names:
        return
    for i in range(ix.n):
        if doc[i].text in names and not (i + 1 < ix.n and doc[i + 1].is_title
                                         and doc[i + 1].pos_ == "PROPN"):
            ix.blocked.add(i)  # (not a first name: "Barry Comden")


def _thing_acronyms(ix: DocIndex) -> None:
    """"the Automatic Identification System (AIS)": the short form of a thing's name is the
    thing too wherever it appears."""
    doc = ix.doc
    short: set[str] = set()
    for ent in doc.ents:
        end = ent.end
        if end + 2 < ix.n and doc[end].text == "(" and doc[end + 2].text == ")" \
                and doc[end + 1].is_upper and _thing(doc, ent.start, end):
            short.add(doc[end + 1].text)
    if short:
        ix.blocked.update(i for i in range(ix.n) if doc[i].text in short)


def _opens_paragraph(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in ("#", "*", "**")


def _dateline_entity(doc: Doc, start: int, end: int) -> bool:
    """An all-caps place opening a paragraph before a dash or a bracket ("KHARTOUM —",
    "WASHINGTON (Reuters) -"): the wire dateline, which the tagger often takes for a name."""
    if not all(t.is_upper or not t.is_alpha for t in doc[start:end]) or len(doc[start:end].text) < 3:
        return False
    return _opens_paragraph(doc, start) and end < len(doc) and doc[end].text in _DATELINE_NEXT


def _titled_name(doc: Doc, start: int, end: int, words: dict[str, SectorWord]) -> bool:
    """"Vice-President Moody Awori": two or three capitalised words right after a person's
    title are a name, whatever the tagger's label."""
    if start == 0 or not 2 <= end - start <= 3:
        return False
    title = words.get(doc[start - 1].lower_)
    return title is not None and title.kind == "person" and doc[start - 1].is_title \
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end])


def _demonym(ix: DocIndex, word: str) -> CountryForm | None:
    """The state whose name an adjective is regularly made from: "Samoan" from Samoa
    (-n), "Bermudian" from Bermuda (-ian for -a), "Bahamian" from the Bahamas."""
    if len(word) < 5 or not word[0].isupper():
        return None
    stems = []
    if word.endswith("n"):
        stems.append(word[:-1])
    if word.endswith("ian"):
        stems += [word[:-3] + "a", word[:-3] + "as", word[:-3]]
    for stem in stems:
        form = ix.kb.countries.get(stem)
        if form is not None and form.form == "name" and form.iso3 != "-":
            return CountryForm(word, form.iso3, "adjective")
    return None


# Lower-case particles inside personal names ("Arnel dela Vega", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "dela", "della", "delle",
                             "di", "du", "van", "von", "der", "den", "ter", "zu", "bin",
                             "binti", "ibn"})


def _name_part(tok: Token) -> bool:
    return tok.is_title and tok.pos_ == "PROPN"


def _particle_names(doc: Doc) -> list[Span]:
    """The tagger's entities with a name cut at a lower-case particle made whole: a PERSON
    that starts with "dela"/"von" takes the given names before it, and one that ends in a
    particle takes the surname after it (the tagger splits "Arnel" + "dela Vega")."""
    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON" and doc[start].lower_ in _NAME_PARTICLES:
            while start > 0 and start > ent.start - 2 and _name_part(doc[start - 1]) \
                    and doc[start - 1].ent_type_ in ("", "PERSON", "ORG"):
                start -= 1
        if ent.label_ == "PERSON" and doc[end - 1].lower_ in _NAME_PARTICLES \
                and end < len(doc) and _name_part(doc[end]):
            end += 1
        if (start, end) == (ent.start, ent.end):
            if not out or ent.start >= out[-1].end:
                out.append(ent)
            continue
        while out and out[-1].end > start:
            out.pop()  # the given name the tagger tagged on its own
        out.append(Span(doc, start, end, label="PERSON"))
    return out  # sorted and without overlaps: each span popped what it covered


def _joined_people(doc: Doc) -> list[Span]:
    """The tagger's entities, with a PERSON cut in two rejoined ("Amy Berman" + "Jackson"):
    two person names with nothing between them are one name."""
    out: list[Span] = []
    for ent in _particle_names(doc):
        prev = out[-1] if out else None
        if prev is not None and ent.label_ == "PERSON" and prev.label_ == "PERSON" \
                and prev.end == ent.start and len(prev) + len(ent) <= 4 \
                and all(t.is_title and t.pos_ == "PROPN" for t in ent) \
                and not doc[prev.end - 1].whitespace_ == "":
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "PERSON" and nxt is not None and nxt.ent_iob_ == "O" \
                and nxt.tag_ == "NNP" and nxt.is_title and len(ent) <= 3 \
                and ent[-1].dep_ == "compound" and ent[-1].head.i == nxt.i:
            # "Judge Amy Berman Jackson": the surname the tagger left out heads the name
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        out.append(ent)
    return out


def _hyphen_modifier(ent: Span) -> bool:
    """A PERSON entity joined by a hyphen that modifies a common noun after it ("Neo-Nazi
    slogans", "Anti-Semitic remarks") names a kind of thing, not a person."""
    if not any(t.text == "-" for t in ent):
        return False
    last = ent[-1]
    return last.dep_ in ("compound", "amod") and last.head.i >= ent.end \
        and last.head.pos_ == "NOUN" and last.head.is_lower


# Words before a name that use it as a place ("flights to Goa", "officials in Waterloo").
_PLACE_BEFORE = frozenset({"in", "at", "from", "near", "to", "into", "outside", "around",
                           "across", "toward", "towards", "inside", "throughout", "via"})
# Prepositions of the area about a place, which a body's name does not follow ("around Lyon").
_AROUND = frozenset({"near", "around", "outside", "across", "throughout"})
# Verbs whose subject is a place rather than a person ("Jolo lies on an island").
_PLACE_VERBS = frozenset({"lie", "border", "host", "flood", "neighbour", "neighbor"})
# Nouns after "X's" that make X a place ("Jolo's government").
_PLACE_OWNED = frozenset({"government", "governor", "mayor", "authorities", "council", "police",
                          "residents", "population", "streets", "economy"})


# Words right after a town the tagger took for a body that make it the place ("Chelyabinsk
# regional governor", "Kandahar police").
_PLACE_OFFICES = frozenset({"regional", "provincial", "municipal", "governor", "mayor", "police",
                            "authorities", "officials", "residents", "man", "woman", "men",
                            "women", "resident", "teenager", "boy", "girl", "native"})


# Offices of a town named after "of" ("the mayor of Lyon", "the council of Leeds").
_LOCAL_OFFICES = frozenset({"mayor", "council", "municipality", "mayoralty", "governor"})


def _first_name_org(ent) -> bool:
    """An ORG entity of two or three capitalised words that starts with a common first name
    ("Ivan Shelyagin") is a person."""
    from .actor_lexicon import FIRST_NAMES

    words = [t for t in ent if t.text not in POSSESSIVES]
    inner = [t for t in words[1:-1] if t.lower_ not in _NAME_PARTICLES]
    if not words or len(words) != len(ent) and (words[-1].i != ent.end - 2 or len(inner) == len(words) - 2):
        return False  # a possessive only after a name with a particle ("de Gaulle's")
    # ("Charles de Gaulle's": a particle inside the name, and the possessive after it)
    return 2 <= len(words) <= 4 and len(inner) + 2 <= 3 and ent[0].lower_ in FIRST_NAMES \
        and _name_part(words[-1]) and all(_name_part(t) for t in [words[0], *inner])


def _town_names(ix: DocIndex) -> dict[str, CountryForm]:
    """One-word PERSON or ORG entities that are towns the gazetteer knows and that the text uses
    as a place at least once: after "in/at/from/near", before "'s government", after a campus
    acronym ("CU Boulder"), as the subject of a place verb, or (an ORG) before an office of a
    place ("Chelyabinsk regional governor"). Every bare mention of such a name
    is then the place; a name with a title or a first name before it stays a person."""
    from .places import place_country

    doc = ix.doc
    out: dict[str, CountryForm] = {}
    # "Jerry Garcia ... Garcia": a word the text also uses as a surname is that person's
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in doc.ents:
        if ent.label_ == "ORG":
            ent = Span(doc, _name_start(doc, ent.start, ent.end), ent.end, label=ent.label)
        if ent.label_ not in ("PERSON", "ORG") or len(ent) != 1 or ent.text in out \
                or ent.text in surnames:
            continue
        start = ent.start
        tok = doc[start]
        if not tok.is_title or ix.owner[start] >= 0 or ix.kb.candidates(tok.text):
            continue
        iso3 = place_country(tok.text)
        if iso3 is None:
            continue
        prev = doc[start - 1] if start else None
        nxt = doc[start + 1] if start + 1 < ix.n else None
        possessive = nxt is not None and nxt.text in ("'s", "\u2019s")
        placed = prev is not None and prev.lower_ in _PLACE_BEFORE and not possessive \
            or prev is not None and prev.is_upper and prev.is_alpha \
            and 2 <= len(prev.text) <= 4 and ix.owner[start - 1] < 0 \
            or nxt is not None and nxt.text in ("'s", "\u2019s") and start + 2 < ix.n \
            and doc[start + 2].lower_ in _PLACE_OWNED \
            or tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _PLACE_VERBS \
            or prev is not None and prev.lower_ == "of" and start > 1 \
            and doc[start - 2].lower_ in PLACE_NOUNS | _LOCAL_OFFICES  # "the town of Goma"
        if ent.label_ == "ORG":
            # a body follows prepositions as well as a place does ("according to Time"): only
            # an office of the place after it makes it one
            placed = possessive and start + 2 < ix.n and doc[start + 2].lower_ in _PLACE_OWNED \
                or nxt is not None and nxt.lower_ in _PLACE_OFFICES \
                or prev is not None and prev.lower_ in _AROUND \
                or prev is not None and prev.lower_ == "of" and start > 1 \
                and doc[start - 2].lower_ in PLACE_NOUNS | _LOCAL_OFFICES
        if placed:
            out[tok.text] = CountryForm(tok.text, iso3, "place")
    return out


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a tagger's ORG really starts: "a 36-year-old Cheltenham man" gives "old
    Cheltenham", whose lower-case adjectives and numbers describe the man, not the name."""
    while start < end - 1 and doc[start].is_lower and "-" not in doc[start].text \
            and doc[start].pos_ in ("ADJ", "NUM"):
        start += 1
    return start


def _common_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word entity the tagger does not take for a proper noun is an ordinary word."""
    return end - start == 1 and doc[start].tag_ not in ("NNP", "NNPS", "")


def _hyphenated(ix: DocIndex) -> None:
    """"U.S.-backed", "Saudi-led": a country inside one token still names the state."""
    countries = ix.kb.countries
    doc = ix.doc
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # no Token object per word
        text = strings[orth]
        if "-" not in text or ix.owner[i] >= 0 or len(text) < 4:
            continue
        prefix = text.split("-", 1)[0]
        form = countries.get(prefix)
        if form is None:
            continue
        idx = doc[i].idx
        ix.add_anchor(Anchor(i, i + 1, "country", form, idx, idx + len(prefix)))


def _sector_units(ix: DocIndex) -> None:
    words = sector_words()
    doc, owner = ix.doc, ix.owner
    strings = doc.vocab.strings
    nouns = {NOUN, PROPN}
    # read attributes as arrays: a Token object per word is the cost of this pass
    rows = doc.to_array([POS, LOWER, LEMMA, SPACY]).tolist()
    lowers = [strings[r[1]] for r in rows]
    for i, (pos, _, lemma, _) in enumerate(rows):
        if pos not in nouns or owner[i] >= 0:
            continue
        lower = lowers[i]
        if i >= 2 and lowers[i - 1] == "-" and not rows[i - 1][3]:
            joined = f"{lowers[i - 2]}-{lower}"
            if joined in words and owner[i - 2] < 0:
                ix.sectors[i] = (i - 2, words[joined])
                continue
        if i >= 1 and owner[i - 1] < 0:
            bigram = f"{lowers[i - 1]} {lower}"
            if bigram in words:
                ix.sectors[i] = (i - 1, words[bigram])
                continue
        word = words.get(lower) or words.get(strings[lemma].lower())
        if word is None and lower in _HOUSE_TITLES and _title_before_name(doc, i):
            word = _HOUSE_TITLES[lower]
        if word is not None and not _adverbial(doc[i]) and not _street(doc, i):
            ix.sectors[i] = (i, word)


# Words that are a legislator's title only when capitalised before a name ("Representative
# Elijah Cummings", "Rep. Ilhan Omar"); lower-case "a company representative" is no lawmaker.
_HOUSE_TITLES = {
    "representative": SectorWord("LEG", "person", "representative"),
    "rep.": SectorWord("LEG", "person", "representative"),
    "representatives": SectorWord("LEG", "group", "representatives"),
    "reps.": SectorWord("LEG", "group", "representatives"),
}


def _title_before_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is capitalised and directly followed by a capitalised name."""
    if not doc[i].text[:1].isupper() or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ not in _HOUSE_TITLES


# Capitalised words after a sector noun that make it a place's name ("Parliament Square").
_STREETS = frozenset({"square", "street", "road", "avenue", "plaza", "lane", "bridge",
                      "station", "gardens"})


def _street(doc: Doc, i: int) -> bool:
    """"Parliament Square", "Police Plaza": the sector noun names a place, not the body."""
    return i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in _STREETS


def _adverbial(tok: Token) -> bool:
    """A sector noun that modifies a participle ("gang raped", "gang-raped", "police-run") is
    a manner, not an actor."""
    doc = tok.doc
    if tok.dep_ in ("npadvmod", "compound") and tok.head.tag_ == "VBN" and tok.head.i > tok.i:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.tag_ == "VBN" and nxt.head.i == tok.i and nxt.dep_ == "acl" \
        and tok.is_lower and tok.dep_ in ("attr", "npadvmod") \
        and not any(c.dep_ == "det" for c in tok.children)
