"""Named mentions: states, organisations and peoples the anchors found, with the state and
sector their names carry, so a name is one actor however it is written."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .actor_anchors import Anchor, DocIndex, Mention, clean_name
from .actor_lexicon import (
    KIN_WORDS,
    LOCATIVE,
    PLACE_NOUNS,
    POSSESSIVES,
    STATE_PLURALS,
    STATELESS_HOMES,
    SectorWord,
    labour_body,
    phrase_sector,
    sector_words,
)
from .countries import NON_STATE_CODES, CountryForm, people_nouns
from .kb import Organisation
from .nlp import joined_by_hyphen
from .mention_edges import COMPASS, SCHOOLS, apply_orgs, extend_left, extend_of, is_age, located, of_state
from .places import place_country, subdivision_country

__all__ = ["RELIGIONS", "remaining_anchors"]


# Words that make a name an institute's: a school or a state laboratory.
_INSTITUTES = frozenset({"institute", "polytechnic"})


def _aged(doc: Doc, end: int) -> bool:
    """Whether a name ending before token ``end`` is set off by an age: ", a 52-year-old"."""
    return end + 6 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an") \
        and is_age(doc, end + 6)


def _kin_named(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` is set off after a kin word as its name ("his widow,
    Marina,")."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in KIN_WORDS \
        and start + 1 < len(doc) and doc[start + 1].text in (",", ".")


def remaining_anchors(ix: DocIndex) -> None:
    """Mentions for the anchors no person or sector noun took: states, bodies, peoples."""
    doc = ix.doc
    _party_labels(ix)
    # organisations first, so "Iran's foreign ministry" keeps its owner state
    for anchor in sorted(ix.anchors, key=lambda a: a.kind not in ("org", "ent_org")):
        if ix.used[anchor.start]:
            continue
        if anchor.kind == "country":
            if anchor.end - anchor.start == 1 and (_aged(doc, anchor.end) or _kin_named(doc, anchor.start)):
                # (session 55) "said Montserrat, a 63-year-old retired teacher", "Litvinenko's
                # widow, Marina": a first name that is also a place's, said of a person
                m = Mention(anchor.start, anchor.end, "person", name=doc[anchor.start].text,
                            sector="CVL", confidence=0.5)
                ix.mark(m.start, m.end)
                ix.mentions.append(m)
                continue
            if anchor.end < ix.n and doc[anchor.end].lower_ in _CURRENCIES \
                    and doc[anchor.end].tag_.startswith("NN") \
                    and (doc[anchor.end].is_lower or doc[anchor.end].lower_ not in _ROYAL_CURRENCIES):
                continue  # "six million US dollars": a currency, no actor
            if _qualifies_thing(doc, anchor.end) or flag_word(doc, anchor.end):
                continue  # "Cuban roads", "the Hong Kong economy": what is the state's, no actor
            if _past_of_person(doc, anchor):
                continue  # "X, a former French legionnaire": who X was, no actor
            m = _body_named_after_city(ix, anchor) or _country_mention(ix, anchor)
        elif anchor.kind == "org":
            if flag_word(doc, anchor.end):
                continue  # (session 42) "EU flags": a symbol
            org: Organisation = anchor.payload  # type: ignore[assignment]
            if (venue := _seat_as_venue(doc, anchor, org)) is not None:
                m = _country_mention(ix, venue)
                ix.mark(m.start, m.end)
                ix.mentions.append(m)
                continue
            m = Mention(anchor.start, anchor.end, "organisation", country=org.country,
                        sector=org.sector, name=org.name)
            _extend_org(ix, m)
            _org_kind_noun(ix, m)
        elif anchor.kind == "ent_org":
            m = Mention(anchor.start, anchor.end, "organisation",
                        name=clean_name(doc[anchor.start:anchor.end].text))
            if _aged(doc, anchor.end):
                # (session 55) "said Somchai, a 52-year-old rice farmer": a name the tagger read
                # as a body, set off by an age, is a private person
                m.kind, m.sector, m.confidence = "person", "CVL", 0.5
                ix.mentions.append(m)
                continue
            words = extend_left(ix, m, head_is_person=False, allow_person=False)
            if _office_of(ix, m, anchor, words):
                ix.mentions.append(m)
                continue
            apply_orgs(m)
            _sector_of_name(ix, m)
            if m.sector is None:
                m.sector = _described_body_sector(words)
            _school(ix, m)
            _public_body_of_place(ix, m)
            _movement_of_place(ix, m)
            if not m.country:  # "Patrice Talon of Benin" (a name the tagger took for a body)
                m.country = of_state(ix, m.end, ("name",))
            m.confidence = 0.8 if m.country else 0.5
        elif anchor.kind == "party":
            # "The Radical Left Democrats", "the Social Democrats": a party's name
            m = Mention(anchor.start, anchor.end, "organisation", sector="PTY",
                        name=clean_name(doc[anchor.start:anchor.end].text), confidence=0.5)
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
            if _describes_thing(ix, anchor) or flag_word(doc, anchor.end):
                continue  # "an Islamic garment", "a Korean-Canadian family": no actor
            m = Mention(anchor.start, anchor.end, "group",
                        name=clean_name(doc[anchor.start:anchor.end].text), confidence=0.5)
            if _religion(doc[anchor.start:anchor.end].text):
                m.sector = "REL"  # "Catholic bishops": a faith, no state's people
            elif _party_members(ix, anchor):
                m.sector = "PTY"
            elif doc[anchor.end - 1].lower_ in _ARMED_MOVEMENTS:
                m.sector = "REB"  # (session 46) "the Maoists will place their fighters in camps"
            elif doc[anchor.end - 1].lower_ in _CREEDS:
                # (session 64) "an alternative to both the ruling party and the Islamists": a
                # movement of the state the story places it in, as its parties are
                m.name = None
            _state_of_people(ix, m)
            if m.country is None and doc[anchor.end - 1].lower_ in STATELESS_HOMES:
                m.country = located(ix, m.end)  # "Kurds in Syria": a people without a state
        else:
            continue
        ix.mark(m.start, m.end)
        ix.mentions.append(m)


# (session 46) Followers of an armed movement named by its creed, whom the tagger takes for a
# people ("the Maoists", "Naxalites"): rebels of the state the story places them in.
_ARMED_MOVEMENTS = frozenset({"maoists", "naxalites", "naxals"})
# (session 64) Followers of a political creed the tagger takes for a people: no state's people,
# but the story's movement (judges: Egypt's, Mali's, Sudan's Islamists, not stateless).
_CREEDS = frozenset({"islamists", "salafists", "salafis", "jihadists", "islamicists"})


# (session 42) Nouns and verbs whose "in <seat>" is where people meet or stand.
_VENUE_NOUNS = frozenset({"summit", "meeting", "talk", "conference", "session", "gathering",
                          "negotiation", "rally", "protest", "spokesman", "spokeswoman",
                          "spokesperson", "correspondent", "reporter", "diplomat", "envoy",
                          "ambassador", "embassy", "headquarters", "ceremony", "visit"})
_VENUE_VERBS = frozenset({"meet", "gather", "convene", "hold", "sign", "arrive", "travel",
                          "march", "protest", "rally", "land", "fly"})


def _seat_as_venue(doc: Doc, anchor: Anchor, org: Organisation) -> Anchor | None:
    """(session 42) "An EU spokesman in Brussels", "EU leaders meeting in Brussels": a town the
    knowledge base lists as a union's seat ("Brussels" = EU) is, after "in" or "at", where
    something happens: a place of the state it lies in (judges: the venue is in Belgium)."""
    if org.country not in NON_STATE_CODES or not anchor.start \
            or doc[anchor.start - 1].lower_ not in ("in", "at"):
        return None
    at = doc[anchor.start - 1].head
    if not (at.pos_ == "NOUN" and at.lemma_.lower() in _VENUE_NOUNS
            or at.pos_ == "VERB" and at.lemma_.lower() in _VENUE_VERBS):
        return None  # "consequences in Brussels", "challenge it in Brussels": the union itself
    name = doc[anchor.start:anchor.end].text
    iso3 = place_country(name)
    if iso3 is None or iso3 in NON_STATE_CODES:
        return None
    return Anchor(anchor.start, anchor.end, "country", CountryForm(name, iso3, "place"))


# Plural names of party members that parties take as their names ("the Social Democrats").
_PARTY_MEMBERS = frozenset({"democrats", "republicans", "socialists", "liberals", "conservatives",
                            "greens", "communists", "progressives"})


def _party_labels(ix: DocIndex) -> None:
    """A party named by its members with capitalised words qualifying them ("The Radical Left
    Democrats", "Social Democrats", "Christian Democrats") is one party, which the article's
    state holds: its tagger name grows over those words (and a faith or people anchor among
    them) and becomes a party anchor. A bare "Democrats" is left to the US rules."""
    doc, words = ix.doc, sector_words()
    for anchor in list(ix.anchors):
        if anchor.kind != "ent_norp" or doc[anchor.end - 1].lower_ not in _PARTY_MEMBERS \
                or not doc[anchor.end - 1].is_title or ix.used[anchor.start]:
            continue
        start = anchor.start
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and doc[start - 1].pos_ in ("PROPN", "ADJ") and not ix.used[start - 1] \
                and not doc[start - 1].is_sent_start and doc[start - 1].lower_ not in words \
                and (ix.owner[start - 1] < 0 or ix.anchors[ix.owner[start - 1]].kind == "ent_norp") \
                and not joined_by_hyphen(doc, start - 2):
            start -= 1  # (not over "pro-Russian": a stance, not the party's name)
        if start == anchor.end - 1:
            continue
        for i in range(start, anchor.start):
            other = ix.anchor_at(i)
            if other is not None and other is not anchor:
                ix.drop_anchor(other)
        anchor.start, anchor.kind = start, "party"
        for i in range(start, anchor.end):
            ix.owner[i] = ix.anchors.index(anchor)


def _party_members(ix: DocIndex, anchor: Anchor) -> bool:
    """A capitalised party word standing alone ("Sanchez's Socialists agreed", "the
    Conservatives lost") names a party of the story, not a people; "Democrats" and
    "Republicans" are left to the US rules."""
    tok = ix.doc[anchor.start]
    return anchor.end - anchor.start == 1 and tok.is_title and not tok.is_sent_start \
        and tok.lower_ in _PARTY_MEMBERS - {"democrats", "republicans"}


def _describes_thing(ix: DocIndex, anchor: Anchor) -> bool:
    """A one-word people or religion adjective before a singular noun that names no actor
    ("Islamic religious garment", "Korean-Canadian family") describes a thing, not a group."""
    tok = ix.doc[anchor.end - 1]
    if anchor.end - anchor.start != 1 or tok.dep_ not in ("amod", "compound"):
        return False
    head = tok.head
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:  # "Korean-Canadian family"
        head = head.head
    return head.i > tok.i and head.pos_ == "NOUN" and ix.sector_at(head.i) is None \
        and (head.tag_ == "NN" or head.lemma_.lower() in _THINGS | _TEACHINGS)


# (session 37) Plural things a people or faith adjective describes ("European values",
# "Islamic teachings"): no group acts in them.
_TEACHINGS = frozenset({"teaching", "value", "tradition", "principle", "belief"})


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
                         "shekels", "real", "reais", "rand", "naira", "krona", "kronor", "krone",
                         # (session 31) "Danish crowns", "Hungarian forints", "Thai baht"
                         "crown", "crowns", "kroner", "koruna", "forint", "forints", "zloty",
                         "zlotys", "hryvnia", "hryvnias", "lei", "leu", "lev", "dirham", "dirhams",
                         "baht", "ringgit", "rupiah", "taka", "shilling", "shillings", "cedi",
                         "cedis", "kwacha", "birr", "manat", "tenge", "lari", "dram", "soles",
                         "bolivar", "bolivars", "bolivares", "quetzales", "quetzal", "guarani"})

# ... of which these, capitalised, are a monarchy's state ("the British Crown")
_ROYAL_CURRENCIES = frozenset({"crown", "crowns"})

# Things of a place that never act or are acted on as a party: a state's name or adjective in
# front of them only says whose they are ("Cuban roads", "the Hong Kong economy", "Irish law").
_THINGS = frozenset({"economy", "road", "law", "culture", "cuisine", "food", "history", "weather",
                     "climate", "language", "literature", "music", "art", "cinema", "film",
                     "landscape", "countryside", "coastline", "tradition", "heritage", "currency",
                     "folklore", "architecture", "dish", "wine", "beer", "politics", "values",
                     # (session 37) "Pakistani politics" already; "the Tongan debate"
                     "debate",
                     # (session 42) "the interests of Russian speakers" in Moldova: people named
                     # by a language, not the language's state (plural only: "the Iranian
                     # speaker" is a parliament's)
                     "speakers"})

# Trade measures whose "on"/"of" goods name the state they hit ("duties on Australian wine")
_TRADE_MEASURES = frozenset({"duty", "tariff", "levy", "ban", "embargo", "sanction", "import",
                             "restriction", "quota", "boycott", "curb", "tax"})

# Names of documents a place's name can head ("the Panama Declaration", "the Minsk Accords"):
# the signers act, the document does not; only capitalised (a "Doha agreement" may be a deal).
_DOCUMENTS = frozenset({"declaration", "charter", "accord", "accords", "protocol", "covenant",
                        "manifesto", "resolution", "treaty", "convention"})


# (session 42) Verbs done to a flag that keep its state a party: a burned, torn or banned flag is
# a protest against the state, and a flag flown, raised or planted is a ship's registry or a claim
# to land. Any other flag ("waved Spanish flags", "crowds with Ukrainian flags", "EU flags and
# saltires") is a token of support, no party (judges of batch AN2: "a symbol, not an actor").
_FLAG_KEEPING = frozenset({"burn", "tear", "trample", "desecrate", "deface", "ban", "fly",
                           "raise", "hoist", "plant", "lower", "insult"})


_FLAGS = frozenset({"flag", "saltire"})


def flag_word(doc: Doc, end: int) -> bool:
    """Whether the word ending at ``end`` (a state's, people's or body's, or the first of a list
    of them: "Gagauz and Russian flags") only says whose a flag is."""
    tok = doc[end - 1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Gagauz and Russian flags": the first of the list modifies the flag
    # (the tagger may make the first word the object and the flags its conjunct: "waving
    # [Gagauz] and Russian [flags]")
    joined = [c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in _FLAGS
              and c.i <= tok.i + 4 and all(doc[k].dep_ in ("cc", "amod", "compound", "punct")
                                           for k in range(tok.i + 1, c.i))]
    if joined:
        flag = joined[0]
    elif tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i <= tok.i:
        return False
    else:
        flag = tok.head
    if flag.lemma_.lower() not in _FLAGS:
        return False
    verb = tok.head if joined else flag.head
    return not ((joined and tok.dep_ == "dobj" or flag.dep_ in ("dobj", "nsubjpass"))
                and verb.lemma_.lower() in _FLAG_KEEPING)


# (session 37) Abstract domains of a state's public life: its possessive before them names no
# party either ("take sides in Tonga's political debate"). ("Taiwan's democracy" that Beijing
# interferes in is Taiwan acted on: democracy is left out.)
_DOMAINS = frozenset({"politics", "debate"})


def _qualifies_thing(doc: Doc, end: int) -> bool:
    """Whether a state's word only modifies one of the things above."""
    tok = doc[end - 1]
    if tok.dep_ == "poss" and tok.head.i > tok.i and tok.head.lemma_.lower() in _DOMAINS:
        return True  # (session 37) "Tonga's political debate"
    if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
        return False
    if tok.head.is_title and tok.head.lower_ in _DOCUMENTS:
        return True  # "the Panama Declaration", "the Kyoto Protocol": a document, named by a place
    thing = tok.head
    if not (thing.lemma_.lower() in _THINGS or thing.lower_ in _THINGS):
        return False
    # goods a trade measure falls on are that state's exports ("duties on Australian wine",
    # "a ban on imports of French beer"): the state is the measure's target, so it stays an actor
    measure = thing.head.head if thing.dep_ == "pobj" else None
    if measure is not None and measure.lower_ == "of" and measure.head.dep_ == "pobj":
        measure = measure.head.head.head  # "a ban on imports of French beer"
    if measure is None:
        return True
    # ("slapped tariffs on Australian wine": the phrase may hang on the verb that imposes them)
    measures = [measure]
    if measure.pos_ == "VERB":
        measures += [c for c in measure.children if c.dep_ == "dobj"]
    return not any(m.lemma_.lower() in _TRADE_MEASURES for m in measures)


# Words by which a description of a person says what it tells is past.
_PAST_WORDS = frozenset({"former", "ex", "retired", "onetime", "one-time"})


def _past_of_person(doc: Doc, anchor: Anchor) -> bool:
    """Whether a state's adjective only describes a named person's past, in a description no
    sector noun took ("Mamady Doumbouya, a former French legionnaire"): the person is the
    actor, and the state he once served is no party to the story."""
    tok = doc[anchor.end - 1]
    if anchor.end - anchor.start != 1 or tok.tag_ != "JJ" or tok.dep_ != "amod":
        return False
    noun = tok.head
    if noun.i <= tok.i or noun.dep_ != "appos" or noun.head.ent_type_ != "PERSON":
        return False
    return any(c.lower_ in _PAST_WORDS and c.i < tok.i for c in noun.children)


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
    school = any(doc[i].lower_ in SCHOOLS for i in range(m.start, m.end))
    if m.sector not in (None, "EDU") or not (school or any(
            doc[i].lower_ in _INSTITUTES for i in range(m.start, m.end))):
        return
    if school:
        m.sector = "EDU"  # an institute may be a state lab: no sector
    if m.country is not None:
        return
    where = ix.state_after(m.end, ("in",), ("name", "place", "capital"))
    if where is not None and where != "-":
        m.country = where  # "Northwestern University in Illinois": where it is, stated
        return
    heads = SCHOOLS | _INSTITUTES
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
PUBLIC_BODIES = {"department": "GOV", "ministry": "GOV", "agency": "GOV", "authority": "GOV", "board": "GOV",
                  "commission": "GOV", "council": "GOV", "patrol": "COP", "police": "COP",
                  "sheriff": "COP", "constabulary": "COP", "command": "MIL", "court": "JUD"}


# Words that open the names of courts and ministries as ranks or tiers ("Superior Court",
# "Union Ministry", "Republic Guard") though a town somewhere shares the word ("Superior",
# Wisconsin): alone at the head of a body's name they say nothing of where it is.
_RANK_WORDS = frozenset({"superior", "supreme", "high", "union", "republic", "federal",
                         "national", "unity", "independence", "liberty"})


def _public_body_of_place(ix: DocIndex, m: Mention) -> None:
    """"Florida Department of Transportation", "Toronto Police Service", "Western Mindanao
    Command": a public body named after a province or town belongs to that place's state.
    Only bodies: "Texas Haunters Convention" or a sports club says nothing of a state."""
    doc = ix.doc
    if m.country is not None or m.sector not in (None, "GOV", "COP", "MIL", "JUD"):
        return
    body = next((i for i in range(m.start, m.end) if doc[i].lower_ in PUBLIC_BODIES), None)
    if body is None:
        return
    words = [t for t in doc[m.start:body] if t.lower_ != "the"]
    if words and words[0].lower_ in COMPASS:
        words = words[1:]
    run: list[Token] = []
    for t in words:  # the leading capitalised run: "Florida" in "Florida Highway Patrol"
        if not t.is_title:
            break
        run.append(t)
    for k in range(len(run), 0, -1):
        text = " ".join(t.text for t in run[:k])
        if k == 1 and run[0].lower_ in _RANK_WORDS:
            break  # "the Superior Electoral Court", "the Union Home Ministry": a rank, no town
        iso3 = subdivision_country(text) or place_country(text)
        if iso3 is not None and iso3 != "-":
            m.country = iso3
            m.sector = m.sector or PUBLIC_BODIES[doc[body].lower_]
            return


# (session 42) Words of an armed or political movement's name, and the words that make one a
# movement for a region's secession or liberation ("the Free Aceh Movement", "the Front for the
# Liberation of the Enclave of Cabinda").
_MOVEMENT_WORDS = frozenset({"movement", "front", "army", "forces", "brigade", "brigades",
                             "militia", "resistance"})
_LIBERATION_WORDS = frozenset({"free", "liberation", "independence", "separatist", "secessionist",
                               "resistance", "insurgent", "mujahideen", "freedom"})
_PARTY_NAME_WORDS = frozenset({"party", "alliance", "congress", "union"})
_REBEL_ADJECTIVES = frozenset({"separatist", "rebel", "insurgent", "militant", "armed", "secessionist",
                               "guerrilla"})


def _movement_of_place(ix: DocIndex, m: Mention) -> None:
    """(session 42) A movement's name nobody listed that holds a province's or town's name ("the
    Free Aceh Movement", "the Movement of Democratic Forces of Casamance") is of that place's
    state; a liberation word in the name, or "separatist"/"rebel" before it, makes it rebels
    (judges: "the article makes its state clear", GAM left without one)."""
    doc = ix.doc
    if m.country is not None or m.sector not in (None, "REB", "OPP"):
        return
    words = [t for t in doc[m.start:m.end] if t.lower_ != "the"]
    if not any(t.lower_ in _MOVEMENT_WORDS for t in words):
        return
    # the name's runs of capitalised words other than the movement's own words: one of them, as
    # a whole, must be a place ("Aceh", "Casamance"; not "Tome" of "Sao Tome")
    runs: list[list[Token]] = [[]]
    for t in words:
        if t.is_title and t.lower_ not in _MOVEMENT_WORDS and t.lower_ not in _LIBERATION_WORDS:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    state = None
    for run in runs:
        iso3 = subdivision_country(" ".join(t.text for t in run)) or place_country(" ".join(t.text for t in run)) \
            if run else None
        if iso3 is not None and iso3 != "-":
            state = iso3
            break
    if state is None:
        return
    m.country = state
    before = doc[m.start - 1] if m.start else None
    after = doc[m.end:m.end + 3].text.lower()
    if any(t.lower_ in _PARTY_NAME_WORDS for t in words) or "party" in after:
        return  # "the Movement for the Liberation of Sao Tome-Social Democratic Party": a party
    if any(t.lower_ in _LIBERATION_WORDS for t in words) \
            or before is not None and before.lower_ in _REBEL_ADJECTIVES:
        m.sector = "REB"


def _described_body_sector(words: list[SectorWord]) -> str | None:
    """(session 28) "the newspaper Rise Daily", "the investigative outlet Kampala Voice": a body
    noun set before a name no list knows says what kind of body the name is."""
    bodies = [w.sector for w in words if w.kind == "body" and w.sector]
    return bodies[-1] if bodies else None


_NAVY_UNITS = frozenset({"fleet", "flotilla"})
# (session 62) Names of an army's high command that many states use.
_COMMAND_NAMES = ("chiefs of staff", "general staff", "joint staff")


def _sector_of_name(ix: DocIndex, m: Mention) -> None:
    """"the Supreme Court", "the Coast Guard", "Conservative Party": a name the tagger found
    whose last word is a sector noun is that sector of some state, found from context later
    ("the Supreme Court of Pakistan" names it outright)."""
    if m.sector is not None:
        return
    doc = ix.doc
    # "the New Patriotic Party's (NPP) claim": a possessive the tagger kept in the name is no
    # part of it; the head is the word before it
    end = m.end - 1 if m.end - m.start > 1 and doc[m.end - 1].tag_ == "POS" else m.end
    head = doc[end - 1]
    words = sector_words()
    two = f"{doc[end - 2].lower_} {head.lower_}" if end - m.start > 1 else ""
    word = words.get(two) or words.get(head.lower_) or words.get(head.lemma_.lower())
    if word is None and doc[m.start:end].text.lower().endswith(_COMMAND_NAMES):
        m.sector, m.generic = "MIL", True  # (session 62) "the Joint Chiefs of Staff": a state's army command
        return
    if word is None and head.is_title and head.lower_ in _NAVY_UNITS:
        # (session 30) "Russia's Baltic Fleet", "the Seventh Fleet": a navy's named fleet is
        # its state's military
        m.sector, m.generic = "MIL", True
        return
    if word is None:
        # (session 30) "the Court of Appeal", "the Council of Ministers": a body named by
        # its kind before "of" is that kind's sector, whatever the words after "of"
        of = next((i for i in range(m.start + 1, end - 1) if doc[i].lower_ == "of"), None)
        kind = words.get(doc[of - 1].lower_) if of is not None and doc[of - 1].is_title else None
        if kind is not None and kind.kind == "body" and kind.sector:
            word = kind
        elif of is not None and _members_sector(ix, m, of) is not None:
            # "the Council of Ministers", "the Board of Judges": a body of a state's office
            # holders is their sector (not a voluntary association for a cause)
            m.sector, m.generic = _members_sector(ix, m, of), True
            return
    if word is not None and word.sector == "CVL" and word.kind == "group" and end - m.start > 2:
        word = None  # "the League of Women Voters": its members, no sector of the body (session 28)
    if _title_of_body(ix, m):
        return
    if labour_body(doc[m.start:end]):
        # "the Independent Garment Workers' Federation", "Nigeria Labour Congress": a body of
        # working people is labour, of the state found from context like a bare "union" (not
        # "the International Trade Union Confederation", which many states' unions make up)
        m.sector, m.generic = "LAB", True
        return
    if word is None and _bloc_of_states(ix, m):
        m.country, m.generic = "IGO", True
        return
    if word is None and head.text in _PARTY_NAME_HEADS and end - m.start > 1 \
            and (_ideology(doc[m.start:end - 1])
                 or any(t.lower_ in _PARTY_NAME_WORDS and t.is_title for t in doc[m.start:end - 1])):
        # (session 30) "Democratic Alliance", "the United Arab List": a capitalised name that
        # ends in a word of electoral blocs and holds a party's adjective is a party
        m.sector, m.generic = "PTY", True
        return
    if word is None and _called_ruling(ix, m):
        # "the ruling Union for the Republic", "Magufuli's ruling Chama Cha Mapinduzi": a name
        # the text calls ruling or governing is a party's, whatever its words sound like
        m.kind, m.sector, m.generic = "organisation", "PTY", True
        return
    if word is None and (_association(ix, m) or _private_body_name(ix, m)):
        m.sector = "NGO"
        return
    if _armed_group_name(ix, m):
        # "the Baloch Liberation Army", "the Arakan Liberation Front": an armed group's own
        # name, never the state's army (its state is found from context)
        m.sector, m.generic = "REB", True
        extend_of(ix, m)
        return
    if word is not None and word.kind == "person" and word.sector and _title_of_place(ix, m):
        m.kind, m.sector, m.role, m.name, m.generic = "person", word.sector, head.text, None, True
        return
    if word is None or word.kind == "person" or not word.sector:
        office = _office_of_title(doc, m)
        if office is not None:
            m.sector, m.generic = office, True  # "the Attorney General's Office": JUD
            return
        if head.lower_ in _AGENCY_HEADS:
            # "National Police Agency", "Army Service Corps": a generic office head takes
            # the force its name serves
            m.sector = next((_FORCE_WORDS[doc[i].lower_] for i in range(m.start, end - 1)
                             if doc[i].lower_ in _FORCE_WORDS), None)
            first = next((t for t in doc[m.start:m.end] if t.lower_ != "the"), head)
            if m.sector is None and first.lower_ in _STATE_LEVELS and first.is_title:
                # "the National Search and Rescue Agency", "Federal Aviation Office": an office
                # named for the nation or federation is the government's
                m.sector = "GOV"
            # (a state's own office with a generic name, "the Intelligence and Security
            # Service", is the article's home state's when nothing else names its state)
            m.generic = m.sector is not None
        elif _security_committee(doc[m.start:m.end]):
            # (session 56) "a meeting of the National Security Committee chaired by Prime Minister
            # Imran Khan": a committee a head of government chairs is his cabinet's (Pakistan's)
            own = doc[m.end - 1]
            heads = [own, own.head.head] if own.dep_ == "pobj" and own.head.lower_ == "of" else [own]
            chaired = any(c.dep_ == "acl" and c.lemma_.lower() in ("chair", "head", "lead", "convene")
                          for h in heads for c in h.children)
            m.sector, m.generic = ("GOV" if chaired else "SPY"), True
        elif head.lower_ in _COMPANY_SUFFIXES and end - m.start > 1 \
                and head.text[:1].isupper():
            m.sector = "BUS"  # "Acme Holdings Ltd", "Tarvo Corp": a legal form names a firm
        return
    m.sector, m.generic = word.sector, True
    if head.lower_ in _PARTY_BODIES and (_ideology(doc[m.start:end - 1])
                                         or _party_adjective(doc[m.start:end - 1])):
        m.sector = "PTY"  # "Pan Africanist Congress", "Socialist Union": a party's name
    extend_of(ix, m)


# (session 28) How post-Soviet states name their secret police: "the State Committee for
# National Security" (Kyrgyzstan, Tajikistan), "the National Security Committee" (Kazakhstan),
# "the Committee for State Security" (the KGB).
_SECURITY_COMMITTEES = ("committee for national security", "committee for state security",
                        "national security committee", "state security committee")


def _security_committee(span: Span) -> bool:
    """Whether a name the lists do not know is a state's security committee, its secret police
    (SPY): not a chamber's committee ("the Senate Homeland Security Committee")."""
    text = " ".join(t.lower_ for t in span)
    return text.endswith(_SECURITY_COMMITTEES) \
        and not any(t.lower_ in _CHAMBER_WORDS for t in span)


_CHAMBER_WORDS = frozenset({"senate", "house", "parliament", "parliamentary", "congressional",
                            "assembly", "duma", "rada", "majlis"})


def _office_of_title(doc: Doc, m: Mention) -> str | None:
    """"the Attorney General's Office", "the President's Office": an office named for a title
    holder's is of that title's sector (None when the name is no such office)."""
    if m.end - m.start < 3 or doc[m.end - 1].lower_ not in ("office", "bureau") \
            or doc[m.end - 2].text not in ("'s", "\u2019s"):
        return None
    words = sector_words()
    k = m.end - 3
    two = f"{doc[k - 1].lower_} {doc[k].lower_}" if k > m.start else ""
    word = words.get(two) or words.get(doc[k].lower_)
    return word.sector if word is not None and word.kind == "person" and doc[k].is_title \
        else None


# Last words of an armed group's name, and the words before them that make it an insurgency's
# ("Liberation Army", "Resistance Front", "Freedom Fighters"); a state's own forces are in the
# knowledge base ("People's Liberation Army", "Revolutionary Guards").
_ARMED_HEADS = frozenset({"army", "front", "forces", "fighters", "brigade", "brigades", "tigers"})
_INSURGENT_WORDS = frozenset({"liberation", "resistance", "revolutionary", "separatist",
                              "insurgent", "rebel", "mujahideen", "mujahedeen"})


def _armed_group_name(ix: DocIndex, m: Mention) -> bool:
    """Whether a name the tagger found is an armed group's: an army, front or fighters named for
    liberation, resistance or revolution ("the Baloch Liberation Army"), "Freedom Fighters", or a
    "People's Army" named after no state ("the Kurdistan People's Army"; the "Korean People's
    Army" is North Korea's)."""
    doc = ix.doc
    head = doc[m.end - 1].lower_
    if head not in _ARMED_HEADS or m.end - m.start < 2 or not doc[m.end - 1].is_title:
        return False
    words = [t.lower_ for t in doc[m.start:m.end - 1]]
    if any(w in _INSURGENT_WORDS for w in words) or head == "fighters" and "freedom" in words:
        return True
    return head == "army" and words[-2:] in (["people", "'s"], ["people", "\u2019s"]) \
        and not any((form := ix.kb.countries.get(t.text)) is not None and form.iso3 != "-"
                    for t in doc[m.start:m.end - 1])


def _title_of_place(ix: DocIndex, m: Mention) -> bool:
    """"The Dubai Ruler", "the Punjab Governor": a title the tagger took for a body's name,
    after a town's or province's name, is that place's office holder, of the place's state
    (CAMEO has no codes below the state). Sets the state; the caller makes it a person."""
    doc = ix.doc
    words = [t for t in doc[m.start:m.end - 1] if t.lower_ != "the"]
    if not words or len(words) > 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    text = " ".join(t.text for t in words)
    iso3 = subdivision_country(text) or place_country(text)
    if iso3 is None or iso3 == "-":
        return False
    m.country = iso3
    return True


# (session 30) Capitalised last words of electoral blocs' names ("Democratic Alliance", "United
# Arab List"), and the adjectives that make such a name a party's rather than a pact's.
_PARTY_NAME_HEADS = frozenset({"Alliance", "List", "Bloc"})
_PARTY_NAME_WORDS = frozenset({"democratic", "liberal", "popular", "progressive", "united",
                               "patriotic", "conservative", "republican", "civic"})
# Body words a party's name may end in as well as a legislature's or a union's.
_PARTY_BODIES = frozenset({"congress", "union", "league", "front"})


# Party adjectives that name no state ("United States Congress") and no chamber's majority
# ("a Republican Congress").
_PARTY_BODY_WORDS = _PARTY_NAME_WORDS - {"united", "republican"}


def _party_adjective(words) -> bool:
    """"the National Democratic Congress", "the Civic Democratic Union": a name of three or more
    words ending in a body word that holds a party's adjective is a party, not a state's
    congress or a union (a congress named for a chamber's majority has two words)."""
    words = [t for t in words if t.lower_ != "the"]
    return len(words) >= 2 and any(t.is_title and t.lower_ in _PARTY_BODY_WORDS for t in words)


def _ideology(words) -> bool:
    """Whether a name's words hold a creed ("Africanist", "Socialist", "Nationalist"): a body
    named for a creed is a party, not a state's congress or a trade union."""
    return any(t.is_title and t.is_alpha and len(t.text) > 5
               and t.lower_.endswith(("ist", "ists")) for t in words)


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


# Heads of a name that joins states ("Alliance of Sahel States", "Community of ... States"),
# which ends in a plural noun for states (``STATE_PLURALS``).
_BLOC_HEADS = _ASSOCIATION_HEADS | {"organisation", "organization", "community", "conference"}


def _bloc_of_states(ix: DocIndex, m: Mention) -> bool:
    """"the Alliance of Sahel States", "Alliance of Small Island States": a league or alliance
    of states is an intergovernmental body (IGO), not a voluntary association (NGO)."""
    doc = ix.doc
    last = doc[m.end - 1]
    if last.lower_ not in STATE_PLURALS or not last.is_title:
        return False
    return any(doc[i].lower_ in _BLOC_HEADS and doc[i].is_title and doc[i + 1].lower_ == "of"
               for i in range(m.start, m.end - 2))


def _association(ix: DocIndex, m: Mention) -> bool:
    """"National Coalition for Men", "Society for the Protection of Birds": a coalition,
    association or society for or of something is a non-governmental body, unless what it is
    of names a state or its offices ("Council of Ministers", "Union of Myanmar")."""
    doc = ix.doc
    for i in range(m.start, m.end - 2):
        if doc[i].lower_ in _ASSOCIATION_HEADS and doc[i].is_title \
                and doc[i + 1].lower_ in ("for", "of"):
            tail = doc[i + 2:m.end]
            return not any(ix.country_at(t.i) is not None
                           or _word_sector(t) in ("GOV", "LEG", "JUD", "MIL", "COP", "IGO")
                           for t in tail)
    return False


# Adjectives of a party in power set before its name ("the ruling Union for the Republic").
_RULING_WORDS = frozenset({"ruling", "governing"})


def _called_ruling(ix: DocIndex, m: Mention) -> bool:
    """Whether a capitalised name comes right after "ruling" or "governing" ("the ruling
    Union for the Republic (UNIR)"): only a party is said to rule (a "ruling council" or
    "ruling junta" is a common noun, not a name)."""
    doc = ix.doc
    k = m.start - 1
    return k >= 0 and doc[k].lower_ in _RULING_WORDS and doc[m.start].is_title \
        and doc[m.start].pos_ == "PROPN"


def _members_sector(ix: DocIndex, m: Mention, of: int) -> str | None:
    """The public sector of the office holders a body's name says it is made of, after its
    kind's word and "of" ("Council of Ministers" -> GOV), or None."""
    doc = ix.doc
    if doc[of - 1].lower_ not in _ASSOCIATION_HEADS | PUBLIC_BODIES.keys() or of + 1 != m.end - 1:
        return None
    sector = _word_sector(doc[m.end - 1])
    return sector if sector in ("GOV", "LEG", "JUD", "MIL", "COP") else None


def _word_sector(t: Token) -> str | None:
    """The lexicon's sector of a word, also of a capitalised plural the tagger left unlemmatised
    ("Council of Ministers": "Ministers" is a proper noun whose lemma keeps its "s")."""
    words = sector_words()
    word = words.get(t.lower_) or words.get(t.lemma_.lower())
    if word is None and t.is_title and t.lower_.endswith("s") and len(t) > 3:
        word = words.get(t.lower_[:-1])
    return word.sector if word is not None else None


# (session 32) Last words of the names private bodies of research and advocacy take ("the Lowy
# Institute", "Canadian Civil Liberties Association", "National Election Watch", "the Arab
# Reform Initiative"); a watch or an initiative is never a state's office.
_PRIVATE_BODY_HEADS = frozenset({"institute", "association", "foundation", "watch", "initiative"})
_WATCHDOG_HEADS = frozenset({"watch", "initiative"})
# Words that make an institute or association a state's own or a profession's, one to a state
# ("National Statistics Institute", "the Bar Association", "Institute of Technology").
_PUBLIC_NAME_WORDS = frozenset({"national", "state", "federal", "government", "public", "royal",
                                "technology", "university", "bar", "law", "medical"})


def _private_body_name(ix: DocIndex, m: Mention) -> bool:
    """(session 32) "the Lowy Institute", "Canadian Civil Liberties Association": a body named
    with an institute's, an association's or a foundation's head word and no word of a state's
    office or of another sector is a non-governmental body; a "Watch" or an "Initiative"
    always is ("National Election Watch")."""
    doc = ix.doc
    head = doc[m.end - 1]
    if not head.is_title or head.lower_ not in _PRIVATE_BODY_HEADS or m.end - m.start < 2:
        return False
    if head.lower_ in _WATCHDOG_HEADS:
        return True
    words = sector_words()
    return not any(t.lower_ in _PUBLIC_NAME_WORDS or t.lower_ in words for t in doc[m.start:m.end - 1])


# Head words of an office that says nothing of its field, and the forces a name can serve.
_AGENCY_HEADS = frozenset({"agency", "service", "bureau", "department", "directorate",
                           "office", "headquarters", "administration", "corps", "commission"})
# First words of an office's name that make it a state's own ("National", "Federal",
# "the Government Communication Service": a government's own press office).
_STATE_LEVELS = frozenset({"national", "federal", "government"})
# Legal-form words that end a company's name.
_COMPANY_SUFFIXES = frozenset({"limited", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "gmbh",
                               "kft", "kft.", "zrt", "zrt.", "pjsc", "jsc", "s.p.a.", "b.v.",
                               "corp", "corp.", "corporation", "co.", "pty", "ag"})
_FORCE_WORDS = {"police": "COP", "army": "MIL", "navy": "MIL", "naval": "MIL", "military": "MIL",
                "intelligence": "SPY", "counterintelligence": "SPY", "election": "GOV",
                "electoral": "GOV"}


# (session 32) Words that join a body's kind to the city it is named after in Spanish,
# Portuguese, Italian and French names ("Metro de Santiago", "Banco del Perú", "Porto di Napoli").
_ROMANCE_LINKS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della", "du", "des"})
# Kinds of street and square named the same way: places, not bodies ("Plaza de Mayo").
_STREET_WORDS = frozenset({"plaza", "avenida", "calle", "paseo", "praça", "rua", "piazza", "via",
                           "rue", "place", "puerta", "parque", "estación", "estacion"})


def _body_named_after_city(ix: DocIndex, anchor: Anchor) -> Mention | None:
    """(session 32) "The operator Metro de Santiago", "the Banco de Lima": a capital or city
    joined by a Romance "de" to the capitalised words before it ends the name of a body named
    after the city (its metro, bank or university), which is of the city's state but no organ
    of its government; the name, not the capital, is the mention. None for any other place,
    and for a street or square named that way."""
    doc = ix.doc
    form: CountryForm = anchor.payload  # type: ignore[assignment]
    link = anchor.start - 1
    if form.form not in ("capital", "place") or anchor.char_start is not None or link < 1 \
            or doc[link].text not in _ROMANCE_LINKS:
        return None
    start = link
    while start > 0 and (doc[start - 1].is_title and not ix.used[start - 1]
                         and ix.anchor_at(start - 1) is None and not doc[start - 1].is_sent_start
                         or doc[start - 1].text in _ROMANCE_LINKS and start - 1 < link):
        start -= 1
    if start == link or doc[start].text in _ROMANCE_LINKS \
            or doc[start].lower_ in _STREET_WORDS:
        return None
    if (town := place_country(doc[start:anchor.end].text)) not in (None, "-", form.iso3):
        # (session 53) "Mocimboa da Praia" is a Mozambican town the gazetteer knows, not a body
        # named after Cape Verde's capital
        return Mention(start, anchor.end, "country", country=town)
    return Mention(start, anchor.end, "organisation", country=form.iso3,
                   name=doc[start:anchor.end].text, confidence=0.5)


def _country_mention(ix: DocIndex, anchor: Anchor) -> Mention:
    """A state named on its own: its capital is its government, its people its civilians."""
    doc = ix.doc
    form: CountryForm = anchor.payload  # type: ignore[assignment]
    m = Mention(anchor.start, anchor.end, "country", country=form.iso3,
                char_start=anchor.char_start, char_end=anchor.char_end)
    if form.form in ("capital", "seat"):
        m.sector = "GOV"
    elif form.form == "place" and _province_acts(ix, anchor):
        # "Texas sued the administration": no state code exists below the country, so the
        # province's government is coded as its state's government, under its own name
        m.sector, m.name = "GOV", doc[anchor.start:anchor.end].text
    elif form.form == "people" or form.form == "adjective" and _people_noun(doc, anchor):
        m.kind, m.sector = "group", "GOV" if _talks_partner(doc, anchor) else "CVL"
    m.confidence = 1.0
    if anchor.char_start is not None or form.form == "adjective":
        m.confidence = 0.5  # attributive: "U.S.-backed", "Russian gas"
    if form.form in ("adjective", "name") and anchor.char_start is None:
        m.sector = _owning_body(ix, anchor.end) or m.sector
    prev = doc[anchor.start - 1].lower_ if anchor.start else ""
    if prev == "the" and anchor.char_start is None and form.form == "name" \
            and not joined_by_hyphen(doc, anchor.end):
        # (but "the Qatar-mediated truce", "the United States-led force": a name joined by a
        # hyphen to the next word modifies what comes after, and the article is the truce's)
        m.start -= 1
        prev = doc[anchor.start - 2].lower_ if anchor.start > 1 else ""
    if prev in LOCATIVE or _listed_place(doc[anchor.start:anchor.end].root) \
            or form.form == "capital" and (_among_places(ix, doc[anchor.start])
                                           or _capital_as_place(doc[anchor.start:anchor.end].root)):
        m.confidence = 0.4 if form.form == "capital" else 0.6
        if form.form == "capital":
            m.sector = None  # "near Pretoria", "met in Paris": the place, in its state
    return m


# Nouns and verbs of talks between states: the people they are held "with" are a state's side.
_TALKS_WORDS = frozenset({"dialogue", "dialog", "talks", "negotiations", "negotiate", "talk",
                          "consultations", "consult"})


def _talks_partner(doc: Doc, anchor: Anchor) -> bool:
    """(session 30) "open to dialogue with the Americans", "talks with the Iranians": a
    people named with the article as the other side of talks is its government, not its
    civilians ("relations with the Americans" may be the people's)."""
    tok = doc[anchor.end - 1]
    if anchor.start == 0 or doc[anchor.start - 1].lower_ != "the" or tok.dep_ != "pobj" \
            or tok.head.lower_ != "with":
        return False
    return tok.head.head.lemma_.lower() in _TALKS_WORDS or tok.head.head.lower_ in _TALKS_WORDS


# Dependencies of a word that stands as a noun phrase of its own, not as a modifier.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})


def _people_noun(doc: Doc, anchor: Anchor) -> bool:
    """(session 28) "would strip Maori of rights", "Maori gathered": a people's word that is
    adjective and plural alike, standing as a noun phrase, is that people (civilians), not an
    attribute of their state."""
    tok = doc[anchor.end - 1]
    return anchor.end - anchor.start == 1 and tok.text in people_nouns() and tok.dep_ in _NOUN_DEPS


# Things a town's name can label ("the Juba airport", "the Kabul highway"): the town there is
# where the thing is, not the government seated in it.
FACILITY_NOUNS = frozenset({"airport", "airfield", "pipeline", "highway", "road", "railway",
                            "railroad", "motorway", "expressway", "corridor", "route", "bridge",
                            "dam", "station", "stadium", "harbour", "harbor", "port", "terminal",
                            "hotel", "hospital", "prison", "market", "street", "square"})
# Nouns that say a capital's name is a place ("South Sudan's capital Juba", "the city, Kyiv").
_TOWN_WORDS = frozenset({"capital", "city", "town"})


def _owning_body(ix: DocIndex, k: int) -> str | None:
    """The sector of a body noun at ``k`` that only labels a thing after it ("an Afghan army
    base", "a Russian navy ship"): the sector stage leaves the thing to itself, but the
    state's word before it then stands for that body, the thing's owner, not the whole state."""
    from .mention_sectors import modifies_thing

    unit = ix.sector_at(k) if k < ix.n else None
    if unit is None or unit[0] != k or unit[1].kind != "body" or unit[1].sector is None:
        return None
    return unit[1].sector if modifies_thing(ix, k) else None


# Nouns a town's name labels as a place ("Abuja airports", "a Kampala suburb").
_LABELLED_NOUNS = FACILITY_NOUNS | PLACE_NOUNS


def _capital_as_place(tok: Token) -> bool:
    """Whether a capital's name is a place rather than its government: it labels a facility
    ("at the Juba airport") or is named as the town it is ("in South Sudan's capital Juba",
    "the capital, Juba"); so does a capital listed before such a noun ("Lagos and Abuja
    airports") or one that an indefinite phrase uses as a label ("a Kampala suburb", "a Nairobi
    economist": no government is "a" one)."""
    if tok.dep_ == "compound" and tok.head.lower_ in FACILITY_NOUNS:
        return True
    if _owns_site(tok):
        return True
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= 6 and (doc[k].pos_ == "PROPN" and doc[k].is_title
                                              or doc[k].lower_ in ("and", ",")):
        k += 1  # (past the rest of a list of towns)
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower and (
            doc[k].lemma_.lower() in _LABELLED_NOUNS
            or k == tok.i + 1 and tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an")):
        return True
    if any(c.dep_ == "compound" and c.lower_ in _TOWN_WORDS for c in tok.children):
        return True
    return tok.dep_ == "appos" and tok.head.lower_ in _TOWN_WORDS


def _owns_site(tok: Token) -> bool:
    """"a wing of Nairobi's City Hall was set ablaze", "Kabul's airport": a capital's
    possessive on a building or a site names where the thing is, unless the building acts as
    its subject ("City Hall said")."""
    site = tok.head
    return tok.dep_ == "poss" and not site.dep_.startswith("nsubj") \
        and (site.ent_type_ == "FAC" or site.lemma_.lower() in FACILITY_NOUNS)


# Acts that only a government does in a province's name: suing, legislating, ruling.
_GOVERNING_VERBS = frozenset({"sue", "pass", "enact", "legalize", "legalise", "ban", "outlaw",
                              "repeal", "adopt", "file", "challenge", "appeal", "ratify",
                              "approve", "mandate", "require", "declare", "impose", "join"})


def _province_acts(ix: DocIndex, anchor: Anchor) -> bool:
    """Whether a province or US state named alone is the subject of a government's act
    ("Texas sued", "California banned")."""
    doc = ix.doc
    if subdivision_country(doc[anchor.start:anchor.end].text) is None:
        return False
    tok = doc[anchor.start:anchor.end].root
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in _GOVERNING_VERBS


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


# Plain nouns that say what kind of body a name is: "the Houthi movement", "the Hezbollah
# group" are the body itself, so the noun and its article belong to the name's phrase.
_ORG_KIND_NOUNS = frozenset({"movement", "group", "organisation", "organization", "faction",
                             "network", "outfit"})


def _org_kind_noun(ix: DocIndex, m: Mention) -> None:
    """Take a following kind noun ("the Houthi movement") into an organisation's span; a noun
    with its own modifiers or a plural ("Houthi groups") is left alone."""
    doc = ix.doc
    k = m.end
    if k >= ix.n or ix.used[k] or doc[k].lower_ not in _ORG_KIND_NOUNS or doc[k].tag_ != "NN" \
            or doc[k].dep_ == "compound":
        return  # ("the Hamas group leader": the noun is part of a title)
    if any(doc[j].head.i != k for j in range(m.start, m.end) if doc[j].head.i >= m.end):
        return  # the name must modify the noun, not lean elsewhere
    m.end = k + 1
    if m.start > 0 and doc[m.start - 1].lower_ == "the" and not ix.used[m.start - 1]:
        m.start -= 1


def _before_owned_adjectives(ix: DocIndex, j: int) -> int:
    """"El Salvador's new Congress", "Chile's outgoing Congress": the possessive before the
    plain adjectives that end at ``j``, else ``j`` itself (no possessive, no change)."""
    doc = ix.doc
    k = j
    while k > 0 and not ix.used[k] and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].tag_ in ("JJ", "VBG", "VBN"):
        k -= 1
    return k if k < j and doc[k].text in POSSESSIVES else j


def _extend_org(ix: DocIndex, m: Mention) -> None:
    """"the Venezuelan Congress", "Russia's Duma": a modifier can tie a body to a state."""
    doc = ix.doc
    j = _before_owned_adjectives(ix, m.start - 1)
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
