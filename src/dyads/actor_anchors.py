"""Anchors: the spans of a document that name an actor outright, found stage by stage.

Names that are no actor are blocked first, then the knowledge base's phrase matches
(``anchor_gazetteer``), spaCy's named entities (``anchor_entities``), towns and provinces,
country prefixes inside one token ("U.S.-backed") and sector nouns ("troops"); every later pass
(mention building, coreference) reads the same per-document index (``anchor_index``) of which
token belongs to which anchor.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH, POS, SPACY
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from .actor_lexicon import STAND_INS, SectorWord, sector_words
from .actor_places import namesake_states, place_anchors
from .anchor_entities import (_PLACE_TEXTS, block_account_names, block_building_names, block_credits, block_datelines,
                              block_flagged_ships, block_storms,
                              block_native_indians, block_thing_acronyms, block_waters, block_work_titles, country_group_names,
                              described_names, entity_anchors, firm_acronyms, possessive_party_names, listed_names, listed_parties, outlet_names, repeated_body_names,
                              repeated_surnames)
from .anchor_gazetteer import (_COINED_TAILS, _street, grow_bodies_of_states, grow_firm_branches,
                               grow_ngo_branches, grow_state_bodies, grow_state_offices,
                               grow_state_outlets, match_gazetteer, ship_names)
from .anchor_index import Anchor, DocIndex, Mention, clean_name
from .countries import CountryForm
from .nlp import characterising_verb

__all__ = ["Anchor", "DocIndex", "Mention", "clean_name", "find_anchors"]


def find_anchors(ix: DocIndex) -> None:
    """Fill ``ix`` with anchors (longest knowledge-base matches first) and sector units."""
    block_datelines(ix)
    block_credits(ix)
    block_work_titles(ix)
    block_storms(ix)
    block_thing_acronyms(ix)
    block_waters(ix)
    block_native_indians(ix)
    block_flagged_ships(ix)
    block_building_names(ix)
    block_account_names(ix)
    match_gazetteer(ix)
    namesake_states(ix)  # "Congo" in a story on the Republic of Congo, before bodies grow
    ship_names(ix)
    outlet_names(ix)
    grow_state_bodies(ix)
    grow_bodies_of_states(ix)
    grow_state_offices(ix)
    grow_state_outlets(ix)
    grow_firm_branches(ix)
    grow_ngo_branches(ix)
    country_group_names(ix)
    entity_anchors(ix)
    possessive_party_names(ix)  # "the Workers' Party"
    firm_acronyms(ix)  # "engineering firm OAS": a firm, not the IGO
    listed_names(ix)  # untagged names listed beside them
    described_names(ix)  # untagged names of people described in apposition
    listed_parties(ix)  # untagged parties listed beside named ones
    repeated_body_names(ix)  # untagged bodies' names the tagger found once
    repeated_surnames(ix)  # untagged surnames of those names
    place_anchors(ix)  # towns and provinces, after names, capitals and organisations
    _hyphenated(ix)
    _documents(ix)
    _sector_units(ix)


def _hyphenated(ix: DocIndex) -> None:
    """"U.S.-backed", "Saudi-led": a country inside one token still names the state."""
    countries = ix.kb.countries
    doc = ix.doc
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # no Token object per word
        # (each spelling's part before its hyphen, None without one, kept by string hash: reading
        # every word's string back from the store was most of this pass)
        prefix = _PREFIXES.get(orth, False)
        if prefix is False:
            if len(_PREFIXES) > 200_000:
                _PREFIXES.clear()  # (a bound for long runs)
            text = strings[orth]
            prefix = _PREFIXES[orth] = text.split("-", 1)[0] if "-" in text and len(text) >= 4 else None
        if prefix is None or ix.owner[i] >= 0:
            continue
        form = countries.get(prefix)
        if form is None or form.iso3 == "-":  # blocked words ("COVID-19") name no state
            continue
        if _coined(form, strings[orth]):
            continue
        idx = doc[i].idx
        ix.add_anchor(Anchor(i, i + 1, "country", form, idx, idx + len(prefix)))


_PREFIXES: dict[int, str | None] = {}


def _coined(form: CountryForm, text: str) -> bool:
    """Whether one hyphenated word makes its state a manner, period or maker of a thing
    ("U.S.-made", "Soviet-era"): the same tails as when the tagger splits the hyphen off
    (:data:`_COINED_TAILS`), so the word names no party either way."""
    tail = text.split("-", 1)[1].lower()
    return form.form in ("adjective", "name") and tail in _COINED_TAILS


# Founding texts a state's name may modify: the text, not the state, is what "specifies".
_DOCUMENTS = frozenset({"constitution", "charter"})
# Agreements a capital's name labels ("the Oslo accords", "the Minsk agreements"): those a place's
# name labels (anchor_entities), and a peace process.
_CITY_TEXTS = _PLACE_TEXTS | {"process", "pledges", "communique", "format"}  # (session 49) "the Khartoum pledge"
# Titled texts named "X of <place>" ("the Treaty of Lima", "the Pact of Bogota").
_NAMED_TEXTS = frozenset({"treaty", "pact", "protocol", "accord", "accords", "declaration", "convention",
                          "charter", "constitution", "covenant", "peace", "agreement", "statute"})


def _documents(ix: DocIndex) -> None:
    """"The United States Constitution specifies ...": a state's name inside the name of its
    founding text is no actor (a document acts for nobody), so the anchor is dropped."""
    doc = ix.doc
    for anchor in ix.anchors:
        if anchor.whole_country is None or anchor.end >= ix.n:
            continue
        last = doc[anchor.end - 1]
        head = last.head
        if last.dep_ in ("compound", "amod") and head.i >= anchor.end \
                and head.lemma_.lower() in _DOCUMENTS and all(
                    doc[k].dep_ in ("compound", "amod") for k in range(anchor.end, head.i)):
            anchor.kind = "part"
        elif anchor.whole_country.form == "capital" and last.dep_ == "compound" and head.i >= anchor.end \
                and head.lower_ in _CITY_TEXTS and all(doc[k].is_lower and doc[k].dep_ == "compound"
                                                       for k in range(anchor.end, head.i)):
            # (session 47) "the 1993 Oslo accords", "the Minsk agreements": a capital's name on an
            # agreement says where it was made; the text acts for nobody (batch AX: Oslo = NORGOV)
            anchor.kind = "part"
        elif anchor.start >= 2 and doc[anchor.start - 1].lower_ == "of" \
                and doc[anchor.start - 2].is_title and doc[anchor.start - 2].lower_ in _NAMED_TEXTS:
            # "withdrew from the Pact of Bogota", "the Treaty of Lima": a place after "of" in a
            # titled text's name only says where it was signed; the text acts for nobody
            anchor.kind = "part"


def _hyphened_pair(lowers: list[str], spaces: list[int], i: int) -> str:
    """"left-wing parties", "far-right leader": the lexicon's two-word form of a noun after a
    hyphened modifier, which the tokenizer splits into three words ("" when there is none)."""
    if i < 3 or lowers[i - 2] != "-" or spaces[i - 3] or spaces[i - 2]:
        return ""
    return f"{lowers[i - 3]}-{lowers[i - 1]} {lowers[i]}"


def _national_before_name(ix: DocIndex, i: int) -> bool:
    """(session 48) "Indian national Kulbhushan Jadhav": "national" between a state's adjective
    and a person's name is the person's calling (a citizen), not the adjective of a thing."""
    doc = ix.doc
    if not 0 < i < ix.n - 1 or not doc[i].is_lower or doc[i + 1].pos_ != "PROPN" or not doc[i + 1].is_title:
        return False
    k = ix.owner[i - 1]
    return k >= 0 and ix.anchors[k].kind == "country" and ix.anchors[k].end == i \
        and getattr(ix.anchors[k].payload, "form", None) == "adjective"


# (session 48) People of the armed forces "military" (JJ) makes of a title ("a military official");
# a military ruler or authority governs (GOV).
_MILITARY_TITLES = frozenset({"official", "leader", "chief", "commander", "officer"})


def _military_title(tok: Token) -> bool:
    """Whether an adjective-tagged "military" modifies an officer's or official's title."""
    return tok.dep_ in ("amod", "compound") and tok.head.i == tok.i + 1 \
        and tok.head.lemma_.lower() in _MILITARY_TITLES


def _sector_units(ix: DocIndex) -> None:
    words = sector_words()
    doc, owner = ix.doc, ix.owner
    strings = doc.vocab.strings
    nouns = {NOUN, PROPN}
    # read attributes as arrays: a Token object per word is the cost of this pass
    # (one flat list per attribute: a small list per word is garbage-collector load)
    poses, lemmas, spaces = (doc.to_array(attr).tolist() for attr in (POS, LEMMA, SPACY))
    lowers = [strings[key] for key in doc.to_array(LOWER).tolist()]
    blocked = ix.blocked  # (words of a place's or a work's name: "the Palace of Justice")
    for i, (pos, lemma) in enumerate(zip(poses, lemmas)):
        if lowers[i] == "old" and owner[i] < 0 and _aged_person(doc, i):
            ix.sectors[i] = (i - 4, _AGED)
            continue
        if pos == ADJ and owner[i] < 0 and i not in blocked \
                and (lowers[i] == "military" and _military_title(doc[i])
                     or lowers[i] == "national" and _national_before_name(ix, i)):
            # (session 48) "a military official", "Indian national Kulbhushan Jadhav" (JJ)
            ix.sectors[i] = (i, words[lowers[i]])
            continue
        if pos not in nouns or owner[i] >= 0 or i in blocked:
            continue
        lower = lowers[i]
        if i >= 2 and lowers[i - 1] == "-" and not spaces[i - 1]:
            joined = f"{lowers[i - 2]}-{lower}"
            if joined in words and owner[i - 2] < 0:
                ix.sectors[i] = (i - 2, words[joined])
                continue
            if lower in _OFFICE_TAILS and doc[i - 2].is_alpha and owner[i - 2] < 0 \
                    and lowers[i - 2] not in _RANK_HEADS:
                # "Director-General", "Governor-General": the office of the first word, not
                # the army rank; an office word of no sector leaves the title sectorless
                first = words.get(lowers[i - 2])
                if first is not None and first.kind == "person":
                    ix.sectors[i] = (i - 2, first)
                continue
        base = strings[lemma].lower()
        hyphened = _hyphened_pair(lowers, spaces, i)
        if hyphened in words and all(owner[k] < 0 for k in range(i - 3, i)) \
                and not _unnamed_camp(words[hyphened], doc, i):
            ix.sectors[i] = (i - 3, words[hyphened])  # "left-wing parties", "far-right leader X" (session 28)
            continue
        if i >= 1 and owner[i - 1] < 0:
            bigram = f"{lowers[i - 1]} {lower}"
            singular = words.get(f"{lowers[i - 1]} {base}")
            if bigram not in words and singular is not None and singular.kind == "group":
                bigram = f"{lowers[i - 1]} {base}"  # "rebel groups" as "rebel group"
            if bigram in words and not _unnamed_camp(words[bigram], doc, i):
                ix.sectors[i] = (i - 1, words[bigram])
                continue
            gapped = f"{lowers[i - 2]} {lower}" if i >= 2 and lowers[i - 1] in STAND_INS else ""
            if gapped in words and words[gapped].kind == "person" and owner[i - 2] < 0 \
                    and not _unnamed_camp(words[gapped], doc, i):
                ix.sectors[i] = (i - 2, words[gapped])  # "opposition interim leader"
                continue
        if base in _COLLECTIVES and i >= 3 and lowers[i - 3] in _AGAINST \
                and lowers[i - 2] == "-" and doc[i - 1].is_lower and owner[i - 3] < 0:
            ix.sectors[i] = (i - 3, _CAMPAIGNERS)  # "anti-war groups": campaigners
            continue
        word = words.get(lower) or (words.get(base) if base not in _SINGULAR_ONLY else None)
        if word is None and lower == "units" and _state_units(ix, i):
            word = _FORCE_UNITS
        if word is None and lower in _STATION_STAFF and _bare_staff(doc, i, poses):
            word = _POLICE_STAFF if _policed(doc, i, poses) else _force_of_staff(doc, i)
        if lower == "national" and (not doc[i].is_lower or doc[i].dep_ in ("compound", "amod")
                                    and doc[i].head.i > i) and not _national_before_name(ix, i):
            word = None  # "the National Transportation Safety Committee": part of a name;
            # "the national power grid": the adjective of a thing, not a person
        if lower == "media" and i and lowers[i - 1] == "social":
            word = None  # "posted on social media": a channel, not the press
        if lower == "justice" and _justice_as_cause(doc, i):
            word = None  # (session 30) "a victory for climate justice": a cause, not a judge
        if lower in ("fighter", "fighters") and _aircraft(doc, i):
            word = None  # (session 31) "the multi-role fighters, built by ...": warplanes
        if word is None and lower in _HOUSE_TITLES and _title_before_name(doc, i):
            word = _HOUSE_TITLES[lower]
        if word is not None and not _adverbial(doc[i]) and not _street(doc, i) \
                and not _predicate(doc[i], owner):
            ix.sectors[i] = (i, word)


# (session 31) Words that make a "fighter" a warplane: its kind ("multi-role", "stealth") or
# what is done only to such craft ("built by", "scrambled").
_AIRCRAFT_WORDS = frozenset({"role", "stealth", "supersonic", "engine", "generation", "jet", "jets",
                             "bomber", "bombers", "aircraft", "squadron", "combat"})
_AIRCRAFT_VERBS = frozenset({"build", "manufacture", "scramble", "assemble"})


def _aircraft(doc: Doc, i: int) -> bool:
    """Whether "fighter(s)" at ``i`` are aircraft: a modifier before it names a craft's kind
    ("multi-role fighters", "stealth fighters"), or a participle or verb of building goes with
    it ("fighters built by Chengdu", "fighters were scrambled")."""
    tok = doc[i]
    before = {doc[k].lower_ for k in range(max(0, tok.left_edge.i), i)}
    if before & _AIRCRAFT_WORDS:
        return True
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if tok.dep_ == "nsubjpass":
        verbs.append(tok.head)  # (what fighters build themselves leaves them people)
    return any(v.lemma_.lower() in _AIRCRAFT_VERBS for v in verbs)


# Modifiers that keep a lower-case "justice" a judge ("a Supreme Court justice", "the chief
# justice", "a liberal justice").
_JUDGE_MODIFIERS = frozenset({"chief", "associate", "court", "supreme", "high", "former", "senior",
                              "retired", "federal", "deputy", "acting", "presiding", "liberal",
                              "conservative", "dissenting", "sitting", "junior", "new", "lone"})


def _justice_as_cause(doc: Doc, i: int) -> bool:
    """(session 30) "a victory for climate justice", "protesters demanded racial justice": a
    lower-case "justice" that an ordinary word qualifies, with no name after it, is a cause or
    a system, not a judge."""
    if not doc[i].is_lower or i == 0 or i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
        return False
    mod = doc[i - 1]
    return mod.is_lower and mod.tag_ in ("NN", "JJ") and mod.lower_ not in _JUDGE_MODIFIERS


def _unnamed_camp(word: SectorWord, doc: Doc, i: int) -> bool:
    """(session 28) "the leftist leader" with no name after it looks back to the story's
    leader named before (President Castillo), so a camp title ("far-right leader", OPP and
    referring to "leader") counts only before a name ("far-right leader Marine Le Pen")."""
    if word.sector != "OPP" or word.refers != "leader":
        return False
    return i + 1 >= len(doc) or not (doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title)


# Rank words that, joined by a hyphen to an office word, end a civil title ("Director-General",
# "Inspector-General", "Governor-General") rather than name the rank.
_OFFICE_TAILS = frozenset({"general"})
# First words that keep the compound a rank ("Lieutenant-General", "Major-General").
_RANK_HEADS = frozenset({"lieutenant", "major", "brigadier", "colonel", "captain", "sergeant"})

# "Bosnian Serb units", "Syrian units": a state's or people's units are armed forces.
_FORCE_UNITS = SectorWord("MIL", "group")


def _state_units(ix: DocIndex, i: int) -> bool:
    """Whether "units" at ``i`` has only a state's or people's adjective before it ("Bosnian
    Serb units"): with no other noun ("housing units", "police units") such units are troops."""
    if i == 0 or ix.doc[i - 1].dep_ not in ("amod", "compound") or ix.doc[i - 1].head.i != i:
        return False
    anchor = ix.anchor_at(i - 1)
    form = anchor.whole_country if anchor is not None else None
    return form is not None and form.form in ("adjective", "people") and anchor.end == i


# "killing three officers" after "a police station": plural staff nouns that, bare, are as
# often a firm's, a ship's or an army's (left out), are police where their own sentence names
# the police or a prison (a noun in front, "customs officers", "army officers", decides itself).
_STATION_STAFF = frozenset({"officers", "guards"})
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "prison", "jail", "prisons",
                           "jails"})
_POLICE_STAFF = SectorWord("COP", "group", "police")


def _bare_staff(doc: Doc, i: int, poses: list[int]) -> bool:
    """Whether the plural at ``i`` ("three officers", "four guards") stands bare: no noun or
    name of its own in front, no owner and no "of" body after it."""
    if i > 0 and poses[i - 1] in (NOUN, PROPN) and doc[i - 1].ent_type_ != "NORP":
        return False
    return not (any(c.dep_ == "poss" for c in doc[i].children)
                or i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "from", "at", "with", "for"))
    # ("the bank's officers", "officers of the firm": that body's staff)


def _policed(doc: Doc, i: int, poses: list[int]) -> bool:
    """Whether the bare plural at ``i`` ("three officers", "four guards") is in a sentence that
    names the police or a prison."""
    sent = doc[i].sent
    return any(t.lower_ in _POLICE_WORDS for t in sent if t.i != i)


# (session 33) Words that name a state's armed forces ("a mutiny in the armed forces", "the most
# senior officer, Vice Admiral X").
_MILITARY_WORDS = frozenset({"army", "armies", "military", "soldier", "soldiers", "troops",
                             "navy", "admiral", "mutiny"})
_MILITARY_STAFF = SectorWord("MIL", "group", "troops")


def _armed(sent: Span, skip: int = -1) -> bool:
    """Whether ``sent`` names the armed forces (and not the police or a prison)."""
    lowers = [t.lower_ for t in sent if t.i != skip]
    return not any(w in _POLICE_WORDS for w in lowers) and (
        any(w in _MILITARY_WORDS for w in lowers)
        or any(a == "armed" and b == "forces" for a, b in zip(lowers, lowers[1:])))


def _force_of_staff(doc: Doc, i: int) -> SectorWord | None:
    """(session 33) "The officers then announced on national radio ..." after "a mutiny in the
    armed forces": bare officers or guards are the armed forces where their own sentence names
    them and not the police, and, as "the officers", where the sentence before does (the
    officers it spoke of); the police or a prison named there makes them police. (Beside
    event_subjects.SubjectFinder.same_force: this gives the mention a bare sector from the words
    around it, before any actor is coded; that one lends a clause's subject the coded force, state
    and all, of the clause it is joined to, which only the event layer can read.)"""
    sent = doc[i].sent
    if _armed(sent, i):
        return _MILITARY_STAFF
    if i == 0 or doc[i - 1].lower_ != "the" or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(t.lower_ in _POLICE_WORDS for t in before):
        return _POLICE_STAFF
    return _MILITARY_STAFF if _armed(before) else None


# Collective nouns that a campaign's "anti-X" or "pro-X" makes a group of campaigners
# ("anti-war groups", "pro-democracy movements"), coded as civilians like "activists"; not
# against a named side ("an anti-Houthi coalition" is a party to the war).
_COLLECTIVES = frozenset({"group", "movement", "campaigner", "organization", "organisation"})
_AGAINST = frozenset({"anti", "pro"})
_CAMPAIGNERS = SectorWord("CVL", "group")
# "a 28-year-old from Lahore": a private person described only by age, like "a resident".
_AGED = SectorWord("CVL", "person", "resident")
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})


def _aged_person(doc: Doc, i: int) -> bool:
    """Whether "old" ends an age used as a noun ("a 28-year-old was arrested"), not an
    adjective before one ("a 28-year-old man")."""
    if i < 4 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in ("year", "years") \
            or doc[i - 3].text != "-" or not doc[i - 4].like_num:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ in ("VBD", "VBN") and i + 2 < len(doc) \
            and (doc[i + 2].pos_ in ("DET", "NUM", "PRON") or doc[i + 2].tag_ == "PRP$"):
        return True  # "a 28-year-old stabbed two people": a verb with its object, misparsed
    return doc[i].dep_ in _NOUN_ROLES and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))


# Person nouns that are an actor only in the singular: "a Texas woman" is one civilian, while
# "two men" is a description the scene's other actors must not lend a state to.
# The same for people known by their work: "a British singer" is one civilian, "scientists
# debate" or "other artists" no actor at all.
_SINGULAR_ONLY = frozenset({"man", "woman", "scientist", "artist", "writer", "musician",
                            "singer", "painter", "novelist", "poet", "songwriter", "rapper",
                            "comedian", "athlete", "actress"})


# Words that are a legislator's title only when capitalised before a name ("Representative
# Elijah Cummings", "Rep. Ilhan Omar"); lower-case "a company representative" is no lawmaker.
_HOUSE_TITLES = {
    "representative": SectorWord("LEG", "person", "representative"),
    "rep.": SectorWord("LEG", "person", "representative"),
    "representatives": SectorWord("LEG", "group", "representatives"),
    "reps.": SectorWord("LEG", "group", "representatives"),
    # "Speaker Mike Johnson": the presiding officer of a chamber (a lower-case "speaker" at a
    # rally is anyone who talks)
    "speaker": SectorWord("LEG", "person", "speaker"),
}


def _title_before_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is capitalised and directly followed by a capitalised name."""
    if not doc[i].text[:1].isupper() or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ not in _HOUSE_TITLES


_COPULAS = frozenset({"be", "become", "remain"})


def _predicate(tok: Token, owner: list[int]) -> bool:
    """A noun after "be/become/remain" ("she was a painter, a writer") describes the subject,
    which keeps its own mention; "there were soldiers" names the soldiers themselves. One
    with a state of its own ("was a Syrian refugee") stays, lest its adjective stand alone."""
    one = _one_of(tok)
    owned = {j for c in tok.children if c.dep_ == "poss" for j in range(c.left_edge.i, c.i + 1)} \
        if one is not None else set()
    if any(owner[j] >= 0 and j not in owned for j in range(tok.left_edge.i, tok.i)):
        return False
    if any(owner[p.i] >= 0 for c in tok.children if c.lower_ == "of" for p in c.children):
        return False  # "a citizen of the United States"
    if one is not None:
        tok = one  # (the copula's own noun is "one")
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if _described_as(tok):
        return True
    if tok.dep_ not in ("attr", "acomp"):
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _COPULAS or any(c.dep_ == "expl" for c in verb.children):
        return False
    # a description of a person, or of the unnamed doer of "to be", "being", "and was": "the
    # deaths are fourteen civilians" names the dead
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "it" \
            and any(c.dep_ == "relcl" and c.i > tok.i for c in tok.children):
        return False  # "it is farmers who will pay": a cleft names the doers themselves
    return subject is None or (subject.pos_ in ("PRON", "PROPN")
                                    or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                    or subject.lower_ in sector_words())


def _one_of(tok: Token) -> Token | None:
    """(session 32) "Latvia has been one of Kyiv's strongest supporters": a plural after "one of"
    that another's possessive owns describes the subject of "be" as one of that owner's side;
    returns "one", else None. (A state adjective, "one of the Syrian refugees", still stays.)"""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.tag_ != "NNS" \
            or not any(c.dep_ == "poss" for c in tok.children):
        return None
    one = tok.head.head
    return one if one.lower_ == "one" and one.dep_ == "attr" else None


# Verbs that characterise their object "as" something ("describing it as a hybrid regime").
_DESCRIBING = frozenset({"describe", "brand", "label", "characterise", "characterize", "portray",
                         "depict", "deride", "decry", "consider", "deem", "regard", "call"})


def _described_as(tok: Token) -> bool:
    """"Describing it as a 'hybrid regime'", "considered a full democracy": the noun a
    characterisation gives its object says what the object is, as after "be"; the object
    keeps its own mention; "what he called the mercenaries" names the ones meant."""
    verb = characterising_verb(tok)
    return verb is not None and verb.lemma_.lower() in _DESCRIBING \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "what" for c in verb.children)


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
