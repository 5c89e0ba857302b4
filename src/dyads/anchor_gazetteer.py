"""Anchors from the knowledge base: its phrase matches, their case-blind form in capital runs, and a state's name grown into its associations, offices and outlets.

Kept apart because these passes decide which matched words are the state, a company or school
named after it, or no actor at all, before the tagger's entities are read.
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Doc, Token

from .actor_lexicon import FIRST_NAMES, is_titleish, sector_words
from .anchor_index import Anchor, DocIndex, tokens_lowered
from .countries import NON_STATE_CODES, CountryForm, combining_forms
from .kb import Organisation, fold
from .nlp import doc_ents, joined_by_hyphen
from .places import place_country, subdivision_country

__all__ = ["STANCES", "site_place", "match_gazetteer", "grow_state_bodies", "grow_state_offices", "grow_state_outlets",
           "grow_firm_branches", "grow_ngo_branches", "grow_bodies_of_states", "ship_names"]


def match_gazetteer(ix: DocIndex) -> None:
    """Anchor the knowledge base's phrase matches, longest first, so a long name wins over the
    state or person inside it."""
    matcher, labels = ix.kb.matcher()
    spans = []
    for match_id, start, end in matcher(ix.doc):
        kind, payload = labels[match_id]
        if kind == "country" and payload.iso3 == "-":  # type: ignore[union-attr]
            kind = "blocked"
        spans.append((end - start, -start, start, end, kind, payload))
    spans = _join_aliases(spans)
    spans.sort(reverse=True)  # longest first, then leftmost
    taken = [i in ix.blocked for i in range(ix.n)]
    others = _others_of_surname(ix, spans)
    matched = {i for _, _, start, end, _, _ in spans for i in range(start, end)}
    places_at = {end: payload.iso3 for _, _, start, end, kind, payload in spans  # type: ignore[union-attr]
                 if kind == "country" and payload.form in ("capital", "name")}  # type: ignore[union-attr]
    for _, _, start, end, kind, payload in spans:
        if any(taken[start:end]):
            continue
        if kind == "person" and (not (_plausible_person(ix.doc, start, end)
                                      and _own_first_name(ix, start, end, str(payload))
                                      and not _given_name(ix, start, end, str(payload)))
                                 or (str(payload), fold(ix.doc[start:end].text)) in others):
            continue
        if kind == "person" and start >= 2 and joined_by_hyphen(ix.doc, start - 1) \
                and ix.doc[start - 2].is_title:
            continue  # (session 53) "Ratcliffe" of "Zaghari-Ratcliffe": half of a double name
        if kind == "person" and end - start == 1 and joined_by_hyphen(ix.doc, end) \
                and ix.doc[end + 1].is_title and ix.doc[start].ent_type_ in ("GPE", "LOC", "FAC"):
            continue  # (session 61) "Kok" of "the village of Kok-Tash": the start of a place's name
        if kind in ("person", "country") and _inside_known_place(ix.doc, start, end, payload):
            continue  # "Kok" of "Mong Kok" is no Dutch premier, "British" of "British Columbia" no UK
        if kind == "country" and _cause_in_body_name(ix.doc, start):
            taken[start:end] = [True] * (end - start)
            if ix.doc[start].ent_iob_ != "I":  # (a tagged name holding it stays the party's)
                ix.blocked.update(range(start, end))
            continue  # "the African Party for the Independence of Guinea": the party's name
        if kind == "country" and _surname(ix.doc, start, end, payload.form,  # type: ignore[union-attr]
                                          known_before=start > 0 and taken[start - 1]):
            continue
        if kind == "country" and end - start == 1 and payload.form in ("capital", "seat", "place") \
                and (start == 0 or ix.doc[start - 1].lower_ != "the") and _surname_of_full_name(ix.doc, start):
            continue  # (session 61) "Foreign Secretary William Hague ... Hague said": not The Hague
        if kind == "org" and _model_after(ix.doc, end):
            continue  # "a Boeing 707", "Airbus A300s": the aircraft, not its maker
        if kind == "org" and _inside_longer_name(ix.doc, start, end):
            continue  # "Tigray People's Liberation Front" is not the paper Libération
        if kind == "org" and _of_longer_name(ix.doc, start, end):
            continue  # (session 60) "the Congress of People's Deputies" is not the U.S. Congress
        if kind == "org" and _end_of_longer_name(ix.doc, start, end, matched):
            continue  # (session 60) "the Hizbul Mujahideen group" is not the Afghan resistance
        if kind == "org" and _union_name(ix.doc, start, end):
            continue  # "the Trade Union Congress of Swaziland" is no legislature
        if kind == "org" and _modifier_of_longer_body(ix.doc, start, end, taken):
            continue  # "Algeria's High Security Council" is not the UN's
        if kind == "org" and _joined_into_longer_name(ix.doc, start, matched):
            continue  # "the AU's Peace and Security Council" is not the UN's
        if kind == "org" and _hyphen_tail(ix.doc, end, _SEATED_TAILS):
            # (session 30) "a Brussels-based analyst", "EU-based firms": a body's seat or area
            # that places the noun, as a capital does, not the body acting
            taken[start:end] = [True] * (end - start)
            ix.blocked.update(range(start, end))
            continue
        if kind == "org" and _foreign_place_before(ix, start, payload, places_at):
            continue  # "the Dhaka Metropolitan Police" is not London's
        if kind == "org" and _acronym_of_longer_name(ix.doc, start, end):
            continue  # "Pan Africanist Congress (PAC)" is not the US Congress
        if kind == "country" and payload.form == "name" \
                and _state_ends_acronym_name(ix, taken, start, end, payload):  # type: ignore[union-attr]
            continue  # "the Jamiat-i-Islami Afghanistan (JIA)": a body of that state
        if kind == "org" and _acronym_as_word(ix.doc, start, end):
            continue  # "IS" as the verb in "THE WAR IS OVER"
        if kind == "org" and _word_cased_acronym(ix.doc, start, end, payload):
            continue  # "Sana" the city is not the agency SANA
        if kind == "org" and end - start == 1 and _starts_person_name(ix.doc, start):
            continue  # "Amal Clooney": a given name, not the Lebanese movement
        if kind == "org" and end - start == 1 and _surname_of_named_person(ix.doc, start):
            continue  # "President Ilir Meta ... Meta said": the person, not the firm Meta
        if kind == "org" and end - start == 1 and _acronym_as_noun(ix.doc, start):
            taken[start] = True
            ix.blocked.add(start)
            continue  # "their ETA was late": an abbreviation, not the group
        if kind == "country" and payload.form in ("adjective", "people") \
                and _language(ix.doc, start, end):  # type: ignore[union-attr]
            taken[start:end] = [True] * (end - start)
            ix.blocked.update(range(start, end))  # (session 32) nor the tagger's NORP
            continue  # "they speak English", "known in Russian as Dozhd": a language
        if kind == "country" and payload.form in ("capital", "name") and end < ix.n \
                and ix.doc[end].is_title and ix.doc[end].lower_ in _NAMED_WAYS:  # type: ignore[union-attr]
            taken[start:end] = [True] * (end - start)
            ix.blocked.update(range(start, end))
            continue  # (session 64) "a shopkeeper near the Damascus Gate" (in Jerusalem): a street's or gate's name
        if kind == "country" and payload.form == "adjective" \
                and _former_part(ix.doc, start, end):  # type: ignore[union-attr]
            taken[start:end] = [True] * (end - start)
            ix.blocked.update(range(start, end))
            continue  # "the former Yugoslav republic": a state once part of it, not the state
        if kind == "country" and payload.form in ("adjective", "name") \
                and _hyphen_tail(ix.doc, end, _COINED_TAILS) \
                or kind == "country" and payload.form in ("capital", "seat") \
                and _hyphen_tail(ix.doc, end, _SEATED_TAILS) \
                or _hyphen_prefix(ix.doc, start, _NEGATIONS | _WHOLES | _REVIVALS) \
                or kind in ("country", "org") and _hyphen_prefix(ix.doc, start, STANCES):  # type: ignore[union-attr]
            # "Soviet-style", "Soviet-era": a manner or a period, not the state; "the Vienna-based
            # agency": where it sits; "a non-U.N. mission", "non-NATO allies": the body is the one
            # excluded; "pro-Beijing legislators", "anti-American protesters", (session 51)
            # "pro-EU lawmakers", "anti-NATO protesters": a stance;
            # "neo-Nazi activists": a revival, not the state
            taken[start:end] = [True] * (end - start)
            ix.blocked.update(range(start, end))
            continue
        _take(ix, taken, start, end, kind, payload)
    combined_pairs(ix, taken)
    _capitals(ix, taken)
    _lower_case_bodies(ix, taken)


# Prefixes of a stance towards a state ("pro-Russian", "anti-American"): "pro-Russian
# separatists" in Ukraine, "anti-American protesters" in Pakistan and "pro-Beijing legislators"
# in Hong Kong are for or against that state, not of it; their own state comes from where they act.
STANCES = frozenset({"pro", "anti"})
# "non-" before a name ("a non-U.N. mission", "non-EU citizens"): the phrase says who is not
# involved, so the name is no party of it.
_NEGATIONS = frozenset({"non"})
# "Pan-" before a people's name ("the Pan-American Highway", "pan-Arab unity") spans a whole
# continent or people: no one state is named (session 24).
_WHOLES = frozenset({"pan"})
# (session 35) "Neo-" before a historic state's word ("neo-Nazi activists", "neo-Ottoman
# ambitions") names a revival of its ideas today, not the state.
_REVIVALS = frozenset({"neo"})


def _hyphen_prefix(doc: Doc, start: int, words: frozenset[str]) -> bool:
    """Whether the name at ``start`` is joined by a hyphen to a word of ``words`` before it
    ("pro-Beijing", "non-NATO"): such a prefix makes the name a stance or an exclusion, not a
    party (see :data:`STANCES` and :data:`_NEGATIONS`)."""
    return joined_by_hyphen(doc, start - 1) and doc[start - 2].lower_ in words


# Words after "<state>-" that make the pair a manner, period or origin of a thing, not a party
# ("Soviet-style planning", "Soviet-era tanks", "a Soviet-born engineer").
_COINED_TAILS = frozenset({"style", "era", "type", "like", "inspired", "born", "vintage",
                           # "U.S.-made missiles", "Swedish-built jets": who made a thing is no
                           # party to what is done with it (session 20)
                           "made", "built", "designed", "manufactured", "produced", "developed",
                           # (session 32) "the French-speaking majority", "Russian-language
                           # media": a language describes the noun's speakers, not that state
                           "speaking", "language"})


# Words after "<capital>-" that say where a body or person is based, not who acts ("the
# Washington-based bloc", "the Vienna-based agency"): the city only places the noun, so it is
# no mention of that state's government (the body is another party, often an IGO or an NGO).
# A state's name so joined ("a Lebanon-based group") still gives the group its state.
_SEATED_TAILS = frozenset({"based", "headquartered"})


def _hyphen_tail(doc: Doc, end: int, tails: frozenset[str]) -> bool:
    """Whether the name ending before ``end`` is joined by a hyphen to a word of ``tails``
    ("Soviet-style", "Vienna-based"): the compound describes or places a thing, so the name is
    no party (see :data:`_COINED_TAILS` and :data:`_SEATED_TAILS`)."""
    return joined_by_hyphen(doc, end, _DASHES) and doc[end + 1].lower_ in tails


def combined_pairs(ix: DocIndex, taken: list[bool]) -> None:
    """"Sino-Soviet talks", "Franco-German treaty": a combining form joined by a hyphen to
    another state's adjective names a second state. Only before an anchored adjective, so
    "Indo-China", "Anglo-Saxon" or the surname Franco are no states (the
    document's hyphens come from the shared lower-case index: no walk of its own)."""
    doc = ix.doc
    forms = combining_forms()
    for k in tokens_lowered(doc, _DASHES):
        if not joined_by_hyphen(doc, k, _DASHES):
            continue
        iso3 = forms.get(doc[k - 1].text)
        if iso3 is None or taken[k - 1] or not taken[k + 1]:
            continue
        right = ix.anchor_at(k + 1)
        form = right.whole_country if right is not None else None
        if form is None or form.form != "adjective" or form.iso3 == iso3:
            continue
        taken[k - 1] = True
        ix.add_anchor(Anchor(k - 1, k, "country", CountryForm(doc[k - 1].text, iso3, "adjective")))


# International bodies' codes: their long names are written in lower case too ("the
# international criminal court"), and no state has a body of the same name.
_WORLD_CODES = frozenset({"IGO", "UNO", "EUR", "IMG"})
_LOWER_MIN_WORDS, _LOWER_MAX_WORDS = 3, 7


def _lower_case_bodies(ix: DocIndex, taken: list[bool]) -> None:
    """"sanctions against the international criminal court": an international body's full
    name of three or more words written in lower case is still that body (a state's sector
    noun, "court", would otherwise take a state from the sentence). Only bodies with a
    non-state code: "the supreme court" in lower case is any state's."""
    doc = ix.doc
    # only a name right after "the" can be one (checked first: it rules out most tokens cheaply)
    starts = [i + 1 for i in tokens_lowered(doc, ("the",)) if i + 1 < ix.n]
    i_done = -1  # tokens before this index were taken by an earlier match
    for i in starts:
        if i < i_done or taken[i] or not doc[i].is_lower or not doc[i].is_alpha:
            continue
        run_end = i + 1  # the end of the run of free lower-case words from i
        while run_end < min(ix.n, i + _LOWER_MAX_WORDS) and not taken[run_end] and doc[run_end].is_lower:
            run_end += 1
        for n in range(run_end - i, _LOWER_MIN_WORDS - 1, -1):
            end = i + n
            if end < ix.n and doc[end].pos_ in ("NOUN", "PROPN"):
                continue  # "an informal group of seven countries": words, not the name
            hit = ix.kb.lookup_folded(doc[i:end].text)
            if hit is None or hit[0] != "org" \
                    or getattr(hit[1], "country", None) not in _WORLD_CODES:
                continue
            _take(ix, taken, i, end, "org", hit[1])
            i_done = end
            break


# Verbs whose object is a language ("speak English") and prepositions that name the language
# of a text ("in English", "translated into French").
_LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "understand", "study", "translate"})
_LANGUAGE_PREPS = frozenset({"in", "into", "from"})
_LANGUAGE_HEADS = frozenset({"translate", "write", "publish", "speak", "say", "broadcast",
                             "fluent", "print", "sing", "available", "subtitle", "dub", "know",
                             "call"})


def _surname_of_named_person(doc: Doc, i: int) -> bool:
    """(session 28) A one-word body's name that is the surname of a person the article names in
    full ("Ilir Meta", then "Meta said") is that person said again, not the body. (session 53)
    Only after that full name: "Odebrecht paid bribes" before "Marcelo Odebrecht" is named is
    the firm that bears the family's name."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == doc[i].text and e.end - 1 < i
               for e in doc_ents(doc))


def _surname_of_full_name(doc: Doc, i: int) -> bool:
    """(session 61) A place's one-word name that ends a person's full name given before it, all
    in capitalised words ("William Hague", then "Hague said"; not "pro-Jakarta")."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == doc[i].text and e.end - 1 < i
               and all(t.is_title and t.is_alpha for t in e) for e in doc_ents(doc))


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


# (session 61) Prepositions the tagger takes into a name when they open a sentence ("Inside Bolivia").
FRONTING_PREPOSITIONS = frozenset({"inside", "outside", "across", "throughout", "within"})


def _surname(doc: Doc, start: int, end: int, form: str, known_before: bool = False) -> bool:
    """"Nikki Holland", "Tom Jordan": a one-word country name right after a given name is the
    person's surname. The given name is a known first name, or the tagger reads both words as
    one person's name, or as one body's or place's name when the state is one people bear as a
    surname and the word before is no known name of its own (``known_before``: "Samsung India")."""
    if form != "name" or end - start != 1 or start == 0:
        return False
    prev, tok = doc[start - 1], doc[start]
    if not (prev.is_title and prev.is_alpha and tok.is_title) or is_titleish(prev, sector_words()) \
            or prev.lower_ in FRONTING_PREPOSITIONS:
        return False
    if prev.lower_ in FIRST_NAMES:
        return True
    if tok.ent_iob_ != "I" or prev.ent_iob_ != "B" or prev.ent_type_ != tok.ent_type_:
        return False
    if tok.ent_type_ == "PERSON":
        return True
    # "Dana Holland of the agency" read as a body: not when the word before makes a place or firm
    return tok.ent_type_ in ("ORG", "LOC") and tok.text in _PERSONAL_NAMES and not known_before \
        and prev.lower_ not in _NOT_FIRM_BEFORE and _carrier(doc, start, end) is None


def _join_aliases(spans: list[tuple]) -> list[tuple]:
    """Overlapping matches of two aliases of one person ("Crown Prince Mohammed" and
    "Mohammed bin Salman" in "Crown Prince Mohammed bin Salman") are one mention: without the
    union the longer-first rule keeps one alias and leaves the rest ("bin Salman") as a
    stranger of its own."""
    out = list(spans)
    for i, (_, _, start, end, kind, payload) in enumerate(spans):
        if kind != "person":
            continue
        a, b = start, end
        for _, _, s2, e2, k2, p2 in spans:
            if k2 == "person" and p2 is payload and s2 < b and a < e2:
                a, b = min(a, s2), max(b, e2)
        if (a, b) != (start, end):
            out[i] = (b - a, -a, a, b, kind, payload)
    seen: set[tuple[int, int, str, int]] = set()
    unique = []
    for item in out:
        key = (item[2], item[3], item[4], id(item[5]))
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _foreign_place_before(ix: DocIndex, start: int, payload: object, places_at: dict[int, str]) -> bool:
    """Whether a state's body is named with another state's place or capital right before it, in
    one capitalised name ("the Dhaka Metropolitan Police", "the Tokyo Metropolitan Police"): the
    known body ("Metropolitan Police": London's) only shares the words; the place's own force or
    office is meant, and the sector words after the place give it."""
    country = getattr(payload, "country", None)
    place = places_at.get(start)
    return bool(country) and place is not None and place != country and country not in NON_STATE_CODES \
        and bool(ix.doc[start - 1].whitespace_) and ix.doc[start - 1].text[:1].isupper()


def _inside_known_place(doc: Doc, start: int, end: int, payload: object) -> bool:
    """Whether a person's or state's name is part of a longer place name the tagger reads as one
    place and the gazetteer knows ("Kok" of "Mong Kok", "British" of "British Columbia"): the
    place is meant, not the person or the state (unless the place is that state's own)."""
    tok = doc[start]
    if tok.ent_type_ not in ("GPE", "LOC") or doc[end - 1].ent_type_ != tok.ent_type_:
        return False
    ent_start = start
    while doc[ent_start].ent_iob_ == "I" and ent_start > 0:
        ent_start -= 1
    ent_end = end
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    if ent_end - ent_start <= end - start:
        return False
    country = place_country(doc[ent_start:ent_end].text)
    return country is not None and country != getattr(payload, "iso3", None)


# Capitalised words that open another body's name before a known one ("High Security Council",
# "Supreme National Security Council", "Interim Legislative Council").
_BODY_RANKS = frozenset({"high", "higher", "supreme", "interim", "provisional", "transitional"})


def _modifier_of_longer_body(doc: Doc, start: int, end: int, taken: list[bool]) -> bool:
    """Whether a known body's name of several words follows a capitalised rank word that the
    knowledge base does not know ("Algeria's High Security Council", "Iran's Supreme National
    Security Council"): the rank makes it another, longer body's name (``taken``: words a
    longer known name already holds)."""
    if end - start < 2:
        return False
    for k in range(start - 1, max(start - 3, -1), -1):  # "Supreme National": up to two words
        tok = doc[k]
        if not tok.text[:1].isupper() or not tok.is_alpha or taken[k]:
            return False
        if tok.lower_ in _BODY_RANKS:
            return True
    return False


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word organisation name is a middle word of a longer named entity
    ("Tigray People's Liberation Front"): the longer name is another body, so the word alone
    names nothing (a longer knowledge-base name would have been matched first)."""
    if end - start != 1 or end >= len(doc) or start == 0:
        return False
    prev, tok, nxt = doc[start - 1], doc[start], doc[end]
    if tok.text.isupper():
        return False  # an acronym modifies ("another UN Mission", "the G7 Summit")
    if not nxt.text[:1].isupper() or nxt.is_sent_start:
        return False
    if prev.text in ("'s", "\u2019s") and start > 1:
        prev = doc[start - 2]  # "People's Liberation Front"
    if not prev.text[:1].isupper() or prev.is_sent_start:
        return False
    if tok.ent_iob_ == "O":  # the tagger saw no name: a run of capitalised words is one
        return True
    return tok.ent_iob_ == "I" and nxt.ent_iob_ == "I" \
        and tok.ent_type_ in ("ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "LAW")


def _of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word organisation name opens a longer tagged name with an "of" phrase
    that no other known name fills ("the Congress of People's Deputies", "the Congress of South
    African Trade Unions"): the longer name is another body."""
    if end - start != 1 or end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[start].text.isupper():
        return False
    if doc[start].ent_iob_ != "I" or doc[end].ent_iob_ != "I" or doc[end + 1].ent_iob_ != "I":
        return False
    return doc[end + 1].text[:1].isupper()


def _end_of_longer_name(doc: Doc, start: int, end: int, matched: set[int]) -> bool:
    """Whether a one-word organisation name ends a longer tagged name whose other words the
    knowledge base does not know ("Hizbul Mujahideen", "Saraya al-Mujahideen"): the longer name
    is another body. Words it knows before it ("Afghan Mujahideen", "U.S. Congress") keep it."""
    tok = doc[start]
    if end - start != 1 or tok.ent_iob_ != "I" or tok.ent_type_ not in ("ORG", "PERSON", "NORP") \
            or tok.text.isupper():
        return False
    k = start - 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    words = [doc[j] for j in range(k, start) if doc[j].is_alpha]
    return bool(words) and all(j not in matched for j in range(k, start)) \
        and all(w.text[:1].isupper() or w.lower_ in ("al", "el", "ul") for w in words) \
        and doc[k].lower_ != "the"


# (session 32) Capitalised causes a movement's name may end in ("the African Party for the
# Independence of Guinea and Cape Verde", "Front for the Liberation of Mozambique").
_NAMED_CAUSES = frozenset({"independence", "liberation", "emancipation", "salvation", "unification",
                           "reunification", "freedom", "restoration", "renewal", "rebirth"})


def _cause_in_body_name(doc: Doc, start: int) -> bool:
    """Whether the state name at ``start`` ends a movement's capitalised name as the object of
    its cause ("... Party for the Independence of Guinea and Cape Verde"): the words name the
    movement, whose own mention carries it, not that state (Portuguese Guinea is no Guinea of
    today); states listed with "and" or commas count too."""
    k = start - 1
    while k > 0 and (doc[k].lower_ in ("and", ",") or doc[k].text[:1].isupper() and doc[k].is_alpha
                     and doc[k].lower_ not in _NAMED_CAUSES and doc[k].lower_ != "the"):
        k -= 1  # back over the states listed before it ("Guinea and")
    if k < 4 or doc[k].lower_ != "of":
        return False
    j = k - 1
    if doc[j].lower_ not in _NAMED_CAUSES or not doc[j].is_title:
        return False
    while j > 0 and doc[j - 1].is_title and doc[j - 1].lower_ != "the":
        j -= 1  # "the Total Independence of"
    return j >= 3 and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ == "for" \
        and doc[j - 3].text[:1].isupper() and doc[j - 3].is_alpha


# Capitalised words of a labour body's name ("Trades Union Congress").
_UNION_WORDS = frozenset({"union", "unions", "trades", "labour", "labor", "workers"})


def _union_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word known name ("Congress") ends a longer name of trade unions ("the
    Trades Union Congress"): the union federation, not the body of that name."""
    return end - start == 1 and start > 0 and doc[start - 1].text[:1].isupper() \
        and doc[start - 1].lower_ in _UNION_WORDS


# Lower-case words that join a known name to the capitalised words before it inside one longer
# name ("Peace and Security Council", "Movement for the Liberation of Peoples"). Not "of": "the
# Council of the European Union" is still that union's.
_JOINED_BEFORE = frozenset({"and", "&", "for", "the"})


def _joined_into_longer_name(doc: Doc, start: int, matched: set[int]) -> bool:
    """Whether a known body's name is joined by "and" or "for (the)" to capitalised words before
    it inside one tagged name ("the AU's Peace and Security Council", "the Movement for the
    Liberation of Peoples"): the longer name is another body, so the known one is not meant.
    Words of another known name before it ("Russia and Security Council members") do not count."""
    if start < 2 or doc[start].ent_iob_ != "I":
        return False
    k = start - 1
    while k > 0 and doc[k].lower_ in _JOINED_BEFORE and doc[k].ent_iob_ == "I":
        k -= 1
    first = doc[k]
    joiners = [doc[j].lower_ for j in range(k + 1, start)]
    return any(w != "the" for w in joiners) and first.text[:1].isupper() \
        and first.ent_iob_ in ("B", "I") and first.ent_type_ == doc[start].ent_type_ and k not in matched


# Words of a company's legal form, which an acronym may spell without naming another body.
_LEGAL_FORMS = frozenset({"limited", "ltd", "inc", "plc", "llc", "corporation", "corp", "company",
                          "co", "group", "holdings", "ag", "sa", "gmbh"})
# Lower-case words that may stand inside a body's name ("Department of State Services").
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


def _acronym_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a known name is only part of a longer capitalised name that a bracketed acronym
    right after it spells out ("the Pan Africanist Congress (PAC)", "Department of State
    Services (DSS)"): the writer defines another body, so the known part ("Congress",
    "Department of State") names nothing here."""
    return _acronym_run(doc, start, end) is not None


def _acronym_run(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The longer capitalised name around ``start:end`` that a bracketed acronym right after
    it spells out, when it is longer than the known name and the known name's own initials
    are not the acronym; else None."""
    a, b = start, end
    while b < len(doc) and doc[b].text[:1].isupper() and doc[b].text != "(" \
            and not doc[b].is_sent_start:
        b += 1
    if b + 2 >= len(doc) or doc[b].text != "(" or doc[b + 2].text != ")":
        return None
    acronym = doc[b + 1].text
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 2):
        return None
    while a > 0 and not doc[a].is_sent_start and (doc[a - 1].text[:1].isupper()
                                                 or doc[a - 1].lower_ in _NAME_JOINERS
                                                 or not doc[a - 1].whitespace_  # "Jamiat-i-"
                                                 or doc[a - 1].tag_ == "POS"):  # "People's"
        a -= 1
    while a < start and doc[a].lower_ in _NAME_JOINERS:
        a += 1
    # the longest run ending at b whose capitalised words' initials spell the acronym
    for s in range(a, start + 1):
        if doc[s].lower_ in _NAME_JOINERS:
            continue
        initials = "".join(t.text[0] for t in doc[s:b] if t.text[:1].isupper())
        if initials.upper() == acronym.upper():
            own = "".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper())
            extra = [t.lower_.rstrip(".") for t in (*doc[s:start], *doc[end:b])]
            longer = (s, b) != (start, end) and own.upper() != acronym.upper() \
                and not all(w in _LEGAL_FORMS for w in extra)  # "Reliance Industries Limited"
            return (s, b) if longer else None
    return None


def _state_ends_acronym_name(ix: DocIndex, taken: list[bool], start: int, end: int,
                             form: object) -> bool:
    """A state's name ending a longer name that a bracketed acronym spells ("Jamiat-i-Islami
    Afghanistan (JIA)"): the whole name is a body of that state (a party, a movement), anchored
    as one, not the state itself. Not after "of" ("Reserve Bank of India (RBI)"), where the
    state's own body is read from its words."""
    doc = ix.doc
    run = _acronym_run(doc, start, end)
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    if run is None or run[1] != end or any(w in ("of", "for") for w in before) \
            or any(taken[run[0]:run[1]]):
        return False  # ("the Armed Forces of the Philippines (AFP)")
    a, b = run
    for i in range(a, b):
        taken[i] = True
    ix.add_anchor(Anchor(a, b, "org", Organisation(doc[a:b].text, form.iso3, None)))  # type: ignore[attr-defined]
    return True


def _starts_person_name(doc: Doc, start: int) -> bool:
    """A one-word body's name that opens a person's name the tagger reads on ("Amal Clooney",
    "Solidarity" never is): the next word is a capitalised name word inside the same PERSON
    entity, not a title ("Solidarity leader ..." is lower case)."""
    tok = doc[start]
    if tok.ent_type_ != "PERSON" or start + 1 >= len(doc):
        return False
    nxt = doc[start + 1]
    return nxt.ent_iob_ == "I" and nxt.ent_type_ == "PERSON" and nxt.is_title \
        and nxt.pos_ == "PROPN" and not is_titleish(nxt, sector_words())


# Owners before an abbreviation used as a common noun ("their ETA", "its MTI").
_NOUN_OWNERS = frozenset({"its", "their", "your", "our", "my", "his", "her"})


def _acronym_as_noun(doc: Doc, start: int) -> bool:
    """An all-capital body's acronym used as a common noun after a possessive ("their ETA
    was late"): groups are named bare ("ETA claimed ...") or after "the"; a noun after the
    acronym makes it a modifier naming the body ("its ANC allies"). "the ETA of the ferry"
    was left alone: "the EU of 28 states" is the body."""
    tok = doc[start]
    if not (tok.is_upper and tok.is_alpha) or start == 0:
        return False
    if start + 1 < len(doc) and doc[start + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # "its ANC allies": the body names whose allies they are
    return doc[start - 1].lower_ in _NOUN_OWNERS


def _acronym_as_word(doc: Doc, start: int, end: int) -> bool:
    """Whether a short acronym match ("IS") is the English word it spells: the tagger reads
    a verb, or it stands among other all-capital words (a headline), where
    the case-blind pass of capital runs decides instead."""
    if end - start != 1 or len(doc[start].text) > 3:
        return False
    tok = doc[start]
    after = doc[start + 1] if start + 1 < len(doc) else None
    if tok.pos_ in ("VERB", "AUX") and start > 0 and not tok.is_sent_start \
            and doc[start - 1].pos_ not in ("DET", "NUM", "ADP", "PUNCT") \
            and not (tok.is_upper and (after is None or after.tag_ in ("NNS", "NNPS") or after.is_punct)):
        # (no verb after "six", "of", "the": "killed six IS members"; (session 54) nor in
        # capitals before a plural or a stop: "suspected IS fighters", "to keep fighting IS.")
        return True
    near = [doc[k] for k in (start - 1, start + 1) if 0 <= k < len(doc)]
    return any(t.is_upper and t.is_alpha and len(t.text) > 1 for t in near)


def _word_cased_acronym(doc: Doc, start: int, end: int, payload: object) -> bool:
    """Whether a match is an acronym written as a word ("Ecowas", "Nato") where the tagger
    does not read a body's name: "Sana" the city or "Isis" the goddess stay what they are."""
    if end - start != 1:
        return False
    tok = doc[start]
    if not (tok.text.istitle() and len(tok.text) >= 4):
        return False
    names = (payload.name, *payload.aliases)  # type: ignore[attr-defined]
    if tok.text in names or tok.text.upper() not in names:
        return False
    return tok.ent_type_ != "ORG"


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
    if kind == "country" and payload.form in ("name", "adjective", "capital"):  # type: ignore[union-attr]
        span = None
        if payload.form != "capital":  # type: ignore[union-attr]
            span = _carrier(ix.doc, start, end) or _branch(ix, start, end)
        span = span or _firm_opened_by_state(ix.doc, start, end)
        if span is not None:  # "Air France", "Mazars USA", "Tokyo Electric Power Co": a firm, not the state
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


# Words that make a state's name a firm's ("Qatar Airways", "Air India", "China Mobile").
_CARRIER_AFTER = frozenset({"Airways", "Airlines", "Air", "Airline", "Mobile", "Telecom",
                            "Telekom", "Unicom", "Telecommunications", "Petroleum", "Motors",
                            "Steel", "Railways", "Bank", "Airports", "Shipping", "Holdings"})
# Words before a state's name that make one geographic or other name with it, not a firm's
# national branch ("Northern Ireland", "Mount Lebanon", "Team USA").
_NOT_FIRM_BEFORE = frozenset({"north", "south", "east", "west", "northern", "southern",
                              "eastern", "western", "central", "northeastern", "northwestern",
                              "southeastern", "southwestern", "upper", "lower", "greater",
                              "mainland", "new", "old", "great", "little", "soviet", "imperial",
                              "nazi", "communist", "free", "occupied", "modern", "ancient",
                              "mount", "lake", "river", "gulf", "bay", "cape", "port", "fort",
                              "saint", "st.", "team", "miss", "mr.", "mrs.", "ms.", "rural",
                              "coastal", "democratic", "republican", "federal", "islamic",
                              "mister"})
# States whose names are also people's names ("Nikki Holland", "Michael Jordan").
_PERSONAL_NAMES = frozenset({"Holland", "Jordan", "Chad", "Georgia", "Israel", "India"})


def _branch(ix: DocIndex, start: int, end: int) -> tuple[int, int] | None:
    """"Mazars USA", "Samsung India": a state's name that ends a tagger's body or place name
    after the firm's own capitalised name is the firm's national branch; the span of the
    whole name."""
    doc = ix.doc
    if start == 0 or doc[start].ent_iob_ != "I" or doc[start].ent_type_ not in ("ORG", "LOC") \
            or end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].lower_ == "of"):
        return None
    a = start
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    words = doc[a:start]
    if any(ix.owner[t.i] >= 0 or t.i in ix.blocked or t.lower_ in _NOT_FIRM_BEFORE
           or not (t.pos_ == "PROPN" and t.text[:1].isupper()) for t in words) \
            or ix.kb.countries.get(words.text) is not None or subdivision_country(words.text):
        return None
    iso3 = ix.kb.countries[doc[start:end].text].iso3
    if place_country(words.text) == iso3:
        return None  # "Lahore Pakistan": a town and its state
    return a, end


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


# Legal-form words that close a firm's name and nothing else ("Tokyo Electric Power Co").
_FIRM_ENDINGS = frozenset({"co", "co.", "company", "corp", "corp.", "corporation", "inc", "inc.",
                           "ltd", "ltd.", "limited", "plc", "llc"})


def _firm_opened_by_state(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of a firm's name that a state's name, adjective or capital opens, when the
    tagger reads the whole as one organisation ending in a legal form ("Tokyo Electric Power Co",
    "China National Petroleum Corp"): the firm acts, not the state's government."""
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "ORG":
        return None
    b = end
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    if b - end < 2 or doc[b - 1].lower_ not in _FIRM_ENDINGS or not doc[b - 1].text[:1].isupper():
        return None
    return start, b


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
    # no Token object for every word; one flat list per flag (no small list per word)
    is_upper, is_alpha = doc.to_array(IS_UPPER).tolist(), doc.to_array(IS_ALPHA).tolist()
    upper = [i for i in range(ix.n) if is_upper[i]]
    if len(upper) < 2:
        return
    caps = [False] * ix.n
    for i in upper:
        caps[i] = _upper_word(doc[i])
    in_run = [False] * ix.n
    words = [i for i in range(ix.n) if caps[i] or is_alpha[i]]
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
                         "party", "movement", "centre", "center"})
# (session 56) Words by which a state's "Centre" is its government's, not a cause's ("the
# National Cyber Security Centre", but "the Finnish Refugee Advice Centre").
_STATE_CENTRE_WORDS = frozenset({"national", "state", "federal", "government", "security", "intelligence",
                                 "counter", "counterterrorism", "cyber", "crisis", "emergency", "command"})
# Words of a party's programme ("Kenya African National Union", "Ghana National Democratic
# Congress", "Uganda People's Congress"): with no field word, a union or congress named with
# them is a political party, not a trade association.
_PARTY_WORDS = frozenset({"national", "african", "democratic", "patriotic", "people", "peoples",
                          "socialist", "progressive", "liberation", "revolutionary", "communist",
                          "nationalist", "republican", "liberal", "conservative", "popular",
                          "united", "unity", "congress"})
_FIELD_SECTORS = {"labour": "LAB", "labor": "LAB", "trade": "LAB", "medical": "MED",
                  "nurses": "MED", "health": "MED", "bar": "NGO", "law": "NGO",
                  "lawyers": "NGO", "employers": "BUS", "manufacturers": "BUS",
                  "commerce": "BUS", "press": "JRN", "farmers": "AGR", "textile": "BUS",
                  "apparel": "BUS", "footwear": "BUS"}


def _and_in_name(doc: Doc, j: int) -> bool:
    """(session 31) "the Vietnam Textile and Apparel Association": an "and" between two field
    words of one body's name, whose first word hangs on a head after the "and" (two bodies
    named in a row each keep their own head word)."""
    head = doc[j - 1].head.i
    return doc[j].lower_ == "and" and doc[j - 1].is_title and doc[j - 1].lower_ not in _BODY_WORDS \
        and j + 1 < head < min(j + 5, len(doc)) and all(doc[k].is_title for k in range(j + 1, head + 1))


def grow_state_bodies(ix: DocIndex) -> None:
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
                                                    and (_possessive_in_name(doc, j)
                                                         or _and_in_name(doc, j))):
            if j + 1 < ix.n and doc[j + 1].text == "party":
                body = j + 1  # "the Thai Raksa Chart party": the name, in lower case "party"
                break
            if doc[j].lower_ in _BODY_WORDS and (j > anchor.end or _named_for(doc, j)):
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
        elif _named_for(doc, body):
            last = _title_run(doc, body + 2 + (doc[body + 2].lower_ == "the"))
        last = _rest_of_entity(doc, last)
        field_words = [doc[i].lower_ for i in range(anchor.end, last + 1) if i != body]
        sector = next((_FIELD_SECTORS[w] for w in field_words if w in _FIELD_SECTORS), None)
        if doc[body].lower_ == "party":
            sector = "PTY"  # "Labour Party" is a party, not a union
        elif doc[body].lower_ == "movement" and sector is None:
            # (session 33) "Cameroon Renaissance Movement": a state's movement is a party, or its
            # rebels when named for liberation or resistance ("Sudan People's Liberation Movement")
            sector = "REB" if {"liberation", "resistance"} & set(field_words) else "PTY"
        if doc[body].lower_ in ("centre", "center") and sector is None \
                and not any(doc[i].text.endswith("'") or doc[i + 1].tag_ == "POS" for i in range(anchor.end, body)):
            # (a centre of people named in the possessive, "the Bolivian Workers' Centre", is theirs)
            sector = "GOV" if set(field_words) & _STATE_CENTRE_WORDS else "NGO"
        if sector is None:
            sector = next((words[w].sector for w in field_words
                           if w in words and w not in _PARTY_WORDS), None)
        if sector is None and doc[body].lower_ in ("union", "congress") \
                and any(w in _PARTY_WORDS for w in field_words):
            sector = "PTY"
        if sector is None and _named_for(doc, body) and doc[body].lower_ in _CAUSE_BODIES:
            sector = "NGO"  # "Zairian Association for the Defence of Human Rights": a cause
        ix.grow_to_org(anchor, last + 1, Organisation(doc[anchor.start:last + 1].text, form.iso3, sector))


# Body words of a national association named "<Field> <Body> of <State>" ("the Law Society of
# Kenya", "the Medical Association of Zambia"); not "council", "congress" or "party", which as
# often name a state's own organ or a party the lists know ("the State Council of China").
_OF_STATE_BODIES = frozenset({"association", "society", "federation", "confederation", "chamber",
                              "league", "guild", "syndicate", "union"})


def grow_bodies_of_states(ix: DocIndex) -> None:
    """"the Law Society of Kenya", "the Bar Association of Sri Lanka": capitalised field words, an
    association word, "of" and a state's name make one association of that state, not a nameless
    body plus the state (whose name inside it is no actor of its own)."""
    doc = ix.doc
    for anchor in list(ix.anchors):
        form = anchor.whole_country
        if form is None or form.form != "name" or anchor.kind != "country" or anchor.start < 3 \
                or doc[anchor.start - 1].lower_ != "of":
            continue
        body = anchor.start - 2
        if not doc[body].is_title or doc[body].lower_ not in _OF_STATE_BODIES \
                or ix.owner[body] >= 0 or anchor.end < ix.n and doc[anchor.end].ent_iob_ == "I" \
                and doc[anchor.end].ent_type_ == "ORG":
            continue  # ("the Union of Kenya Civil Servants": the tagger's longer name)
        first = _field_start(ix, body)
        if first == body:
            continue
        field_words = [doc[i].lower_ for i in range(first, body)]
        ix.grow_to_org(anchor, anchor.end, Organisation(
            doc[first:anchor.end].text, form.iso3, _field_sector(field_words) or "NGO"))
        if first > 0 and doc[first - 1].lower_ == "the" and ix.owner[first - 1] < 0:
            first -= 1  # "the Law Society of Kenya": the article belongs to the name
        for i in range(first, anchor.start):
            ix.owner[i] = ix.owner[anchor.start]
        anchor.start = first


def _field_start(ix: DocIndex, body: int) -> int:
    """The first of up to four free capitalised words right before the body word at ``body``
    ("Law" of "Law Society", "Kenya Medical" is left to the state-first names)."""
    doc = ix.doc
    a = body
    while a > 0 and body - a < 4 and doc[a - 1].is_title and doc[a - 1].is_alpha \
            and ix.owner[a - 1] < 0 and a - 1 not in ix.blocked and not doc[a - 1].is_stop \
            and doc[a - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        a -= 1
    return a


def _field_sector(field_words: list[str]) -> str | None:
    """The sector a body's field words give ("Medical" -> MED, "Bar" -> NGO)."""
    words = sector_words()
    return next((_FIELD_SECTORS[w] for w in field_words if w in _FIELD_SECTORS), None) \
        or next((words[w].sector for w in field_words if w in words and w not in _PARTY_WORDS),
                None)


# Head words of a state's public office named "<State> <Head> on/for/of <Field>" ("the United
# States Commission on International Religious Freedom", "U.S. Agency for ...").
_OFFICE_HEADS = frozenset({"commission", "agency", "department", "institute", "institutes",
                           "office", "bureau", "administration", "service", "board",
                           "authority", "ministry", "directorate"})
# An institute is a state's office only when its name says national or federal ("United States
# National Institute of ..."); "Georgia Institute of Technology" is a school.
_INSTITUTES = frozenset({"institute", "institutes"})
_OFFICE_LINKS = frozenset({"on", "for", "of", "and"})


def grow_state_offices(ix: DocIndex) -> None:
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
            if doc[j].lower_ in _OFFICE_HEADS or doc[j].lower_ in _COURT_HEADS:
                head = j
                break
            j += 1
        if head is None or doc[head].lower_ in _INSTITUTES and not any(
                doc[i].lower_ in ("national", "federal") for i in range(anchor.end, head)):
            continue
        last = head
        k = head + 1
        while k + 1 < ix.n and doc[k].lower_ in _OFFICE_LINKS:
            # "for the Southern District of New York": an article after "for"/"of", and a
            # place of the same state, stay inside the name
            nxt = k + 2 if doc[k].lower_ in ("for", "of") and doc[k + 1].lower_ == "the" \
                and k + 2 < ix.n else k + 1
            if not (doc[nxt].is_title and doc[nxt].is_alpha
                    and _own_word(ix, nxt, form.iso3)
                    and doc[nxt].ent_type_ not in ("DATE", "TIME")):  # ("Court on Wednesday")
                break
            k = nxt
            while k < ix.n and doc[k].is_title and doc[k].is_alpha \
                    and _own_word(ix, k, form.iso3):
                last = k
                k += 1
        sector = "JUD" if doc[head].lower_ in _COURT_HEADS else "GOV"
        ix.grow_to_org(anchor, last + 1,
                       Organisation(doc[anchor.start:last + 1].text, form.iso3, sector))
        if anchor.start > 0 and doc[anchor.start - 1].lower_ == "the" \
                and ix.owner[anchor.start - 1] < 0:
            # "the United States Department of ...": the article belongs to the name
            ix.owner[anchor.start - 1] = ix.owner[anchor.start]
            anchor.start -= 1


def _own_word(ix: DocIndex, k: int, iso3: str) -> bool:
    """Whether token ``k`` is free, or a place of the state ``iso3`` itself ("New York" in a
    US court's district), so that a body's long name may run over it."""
    if ix.owner[k] < 0:
        return True
    anchor = ix.anchor_at(k)
    form = anchor.whole_country if anchor is not None else None
    return form is not None and form.iso3 == iso3 and form.form in ("place", "name") \
        and anchor.kind == "country"


_DASHES = frozenset({"-", "–", "—"})
# Heads of a state's court named after it ("the United States District Court for ..."): one
# judicial body of that state, not the state and a bare "Court".
_COURT_HEADS = frozenset({"court", "tribunal"})


# Small words inside a body's name ("Union of Industrialists and Entrepreneurs").
_NAME_LINKS = frozenset({"of", "and", "for", "the", "&"})
# Body words that, named for a cause, make a voluntary association.
_CAUSE_BODIES = frozenset({"association", "society", "league"})


def _named_for(doc: Doc, body: int) -> bool:
    """Whether the body word at ``body`` goes on "for/of (the) <Name>" inside the tagger's
    name ("Zairian Association for the Defence ..."): a state's word right before it then
    opens the body's name, with no field word between."""
    k = body + 2
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return k < len(doc) and doc[body + 1].lower_ in ("for", "of") and doc[k].is_title \
        and doc[k].pos_ == "PROPN" and doc[body].ent_type_ == "ORG"


def _title_run(doc: Doc, k: int) -> int:
    """The last word of the capitalised run from ``k``, small linking words inside it
    ("Defence of Human Rights"); it stops before a date ("on Monday")."""
    last = k
    while k + 1 < len(doc):
        nxt = doc[k + 1]
        if nxt.is_title and nxt.pos_ == "PROPN" and not nxt.ent_type_ in ("DATE", "GPE"):
            last = k = k + 1
        elif nxt.lower_ in ("of", "and") and k + 2 < len(doc) and doc[k + 2].is_title \
                and doc[k + 2].pos_ == "PROPN" and not doc[k + 2].ent_type_ in ("DATE", "GPE"):
            last = k = k + 2
        else:
            break
    return last


def _rest_of_entity(doc: Doc, last: int) -> int:
    """"Zimbabwe African National Union – Patriotic Front": a dash and capitalised words
    that the tagger's ORG name carries on past the body word belong to the name."""
    if doc[last].ent_type_ != "ORG":
        return last
    k, end = last + 1, last
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "ORG" \
            and (doc[k].is_title or doc[k].text in _DASHES or doc[k].lower_ in _NAME_LINKS):
        if doc[k].is_title:
            end = k  # ("... of Human Rights": small words inside the name are carried on)
        k += 1
    return end


# Capitalised words that make a place's name the name of a broadcaster or agency ("Abu Dhabi
# TV", "Iran Radio", "Syrian Television", "Xinhua News Agency" has its own entry).
_OUTLET_WORDS = frozenset({"tv", "television", "radio", "broadcasting"})
_AGENCY_PAIRS = frozenset({("news", "agency"), ("press", "agency")})


def grow_state_outlets(ix: DocIndex) -> None:
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


def grow_firm_branches(ix: DocIndex) -> None:
    """"Samsung India", "Nestle Nigeria": a firm's name with a country name straight after it,
    in one name, is the firm's branch there: one business mention, not the firm plus a state.
    The firm keeps its own code (the branch is the firm acting in that market)."""
    doc = ix.doc
    for anchor in list(ix.anchors):
        org = anchor.payload
        if anchor.kind != "org" or not isinstance(org, Organisation) or org.sector != "BUS" \
                or anchor.end >= ix.n:
            continue
        nxt = ix.anchor_at(anchor.end)
        form = nxt.whole_country if nxt is not None else None
        if form is None or form.form != "name" or nxt.start != anchor.end \
                or doc[nxt.start].ent_iob_ != "I" or doc[anchor.start].ent_type_ != "ORG":
            continue
        if nxt.end < ix.n and doc[nxt.end].ent_iob_ == "I":
            continue  # the name runs on: "Samsung India Electronics" is for the tagger
        ix.grow_to_org(anchor, nxt.end, org)


def grow_ngo_branches(ix: DocIndex) -> None:
    """"Amnesty International Kenya", "Transparency International Ghana": a known private
    association's name with a state's name straight after it is its national branch, one
    mention of that state's NGO sector, not the association plus the state (the tagger often
    reads the state as a name of its own, so only adjacency is asked)."""
    doc = ix.doc
    for anchor in list(ix.anchors):
        org = anchor.payload
        if anchor.kind != "org" or not isinstance(org, Organisation) or org.country != "NGO" \
                or anchor.end >= ix.n or not doc[anchor.end - 1].whitespace_:
            continue
        nxt = ix.anchor_at(anchor.end)
        form = nxt.whole_country if nxt is not None else None
        if form is None or form.form != "name" or nxt.start != anchor.end \
                or nxt.end < ix.n and doc[nxt.end].is_title and doc[nxt.end].pos_ == "PROPN":
            continue  # ("Oxfam America Foundation" runs on: the tagger's name)
        ix.grow_to_org(anchor, nxt.end, Organisation(doc[anchor.start:nxt.end].text, form.iso3, "NGO"))


def _possessive_in_name(doc: Doc, j: int) -> bool:
    """The "'s" of "Uganda People's Congress": inside a name when a capital follows."""
    return doc[j].tag_ == "POS" and j + 1 < len(doc) and doc[j + 1].is_title \
        and doc[j - 1].is_title


def _upper_word(tok: Token) -> bool:
    """A word written in capitals ("RUSSIA", "U.S."), not punctuation or a single letter."""
    text = tok.text
    return tok.is_upper and sum(c.isalpha() for c in text) >= 2


# (session 31) Nouns for a land once held by or part of a state ("a former Soviet republic",
# "the former British colony"): the adjective before them names the old whole, not an actor.
_FORMER_PARTS = frozenset({"republic", "colony", "territory", "protectorate", "province"})


def _former_part(doc: Doc, start: int, end: int) -> bool:
    """Whether a state's adjective stands between "former" and a noun of a land that was part
    of it ("the former Yugoslav republic" is Macedonia, not Serbia)."""
    former = start > 0 and doc[start - 1].lower_ == "former" \
        or start > 1 and joined_by_hyphen(doc, start - 1) and doc[start - 2].lower_ == "ex"  # (session 54) "ex-Soviet"
    return former and end < len(doc) and doc[end].lemma_.lower() in _FORMER_PARTS


def _plausible_person(doc: Doc, start: int, end: int) -> bool:
    """A lone surname inside a longer proper name is someone else ("Putin" in "Putin Street");
    one that is also a place's name and says where a site is ("a refugee centre in Kerry") is
    the place."""
    if end - start > 1:
        return True
    nxt = doc[end] if end < len(doc) else None
    if site_place(doc, start):
        return False
    if nxt is not None and nxt.is_lower and nxt.lemma_ in _LANDFORMS and doc[start].head.i == end:
        return False  # "the Qandil mountains", "the Kennedy river": the name of a landform
    return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title
                and nxt.ent_type_ not in ("", "PERSON") and nxt.ent_iob_ == "I")


# Landform nouns that a lone name before them names ("the Qandil mountains").
_LANDFORMS = frozenset({"mountain", "hill", "valley", "river", "desert", "plain", "lake",
                        "gorge", "peninsula", "range", "highland", "massif"})
# Nouns of sites whose "in <name>" phrase gives where they are ("a centre in Kerry").
_SITES = frozenset({"centre", "center", "camp", "shelter", "hostel", "hospital", "school",
                    "prison", "jail", "village", "town", "office", "hotel", "church", "mosque",
                    "base", "plant", "factory", "farm", "port", "airport", "home", "house"})


def site_place(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a listed place placed after a site noun by "in"/"near"
    ("a refugee centre in Kerry"), and no possessive follows ("in Kerry's view")."""
    tok = doc[i]
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "near", "outside") \
        and prep.head.lemma_.lower() in _SITES and prep.head.pos_ == "NOUN" \
        and not (i + 1 < len(doc) and doc[i + 1].tag_ == "POS") \
        and place_country(tok.text) is not None


def _given_name(ix: DocIndex, start: int, end: int, name: str) -> bool:
    """A lone known surname that opens a longer personal name is that other person's given
    name ("Kerry Buck" is not John Kerry): the next word continues the same PERSON entity,
    heads it (in "the Trump Kim summit" both names modify the noun: two people) and is
    neither one of the known person's own names nor a known name itself."""
    doc = ix.doc
    if end - start > 1:
        return _longer_other_name(ix, start, end, name)
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I" or not nxt.is_title \
            or nxt.pos_ != "PROPN" or not nxt.is_alpha or doc[start].head.i != end \
            or nxt.dep_ == "compound" and not _name_chain(nxt):
        return False
    own = {fold(w) for e in ix.kb.people.get(name, ()) for a in (e.name, *e.aliases)
           for w in a.split()}
    return fold(nxt.text) not in own and ix.kb.lookup_folded(nxt.text) is None


def _name_chain(tok: Token) -> bool:
    """(session 63) Whether a name word that modifies the next goes on, word by capitalised word,
    to a tagged person's name that heads it ("Chaudhry Nisar Ali Khan"), not to a common noun
    both names modify ("the Trump Kim summit")."""
    first = tok.i
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok.pos_ == "PROPN" and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ == "PERSON"
                                       for t in tok.doc[first:tok.i + 1])


def _longer_other_name(ix: DocIndex, start: int, end: int, name: str) -> bool:
    """(session 31) A known full name that opens a longer personal name is someone else when
    the known person's own longer name goes on differently ("Rodrigo Paz Mejia" is not
    "Rodrigo Paz Pereira"): the next word continues the same PERSON entity and a listed name
    of the person starts with the matched words but follows them with another word."""
    doc = ix.doc
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I" or not nxt.is_title or not nxt.is_alpha:
        return False
    said = [fold(t.text) for t in doc[start:end]]
    for entry in ix.kb.people.get(name, ()):
        for alias in (entry.name, *entry.aliases):
            words = [fold(w) for w in alias.split()]
            if len(words) > len(said) and words[:len(said)] == said \
                    and words[len(said)] != fold(nxt.text):
                return True
    return False


def _others_of_surname(ix: DocIndex, spans: list) -> set[tuple[str, str]]:
    """(person, alias) pairs whose alias the article gives to someone else: once "Pedro
    Pierluisi Urrutia" is named, a later lone "Urrutia" is him, not the knowledge base's
    Edmundo Gonzalez Urrutia, unless that person's own fuller name appears too."""
    full = {str(p) for n, _, _, _, kind, p in spans if kind == "person" and n > 1}
    out: set[tuple[str, str]] = set()
    for n, _, start, end, kind, payload in spans:
        name = str(payload)
        if kind == "person" and name not in full and (not _own_first_name(ix, start, end, name)
                                                      or _opens_particle_name(ix, start, end, name)):
            out.add((name, fold(ix.doc[start:end].text)))
    return out


def _opens_particle_name(ix: DocIndex, start: int, end: int, name: str) -> bool:
    """A lone known surname right before a family name with a particle ("Hadi al-Amiri",
    "Omar bin Nasser") is that other person's given name, whatever the tagger calls the name;
    the same word alone later in the article is that person too, not the knowledge base's."""
    doc = ix.doc
    if end - start > 1 or end + 2 >= len(doc) or doc[start].whitespace_ == "":
        return False
    particle, k = doc[end], end + 1
    if particle.lower_ not in _NAME_PARTICLES:
        return False
    if doc[k].text == "-" and not particle.whitespace_:
        k += 1
    if k >= len(doc) or not doc[k].is_title or not doc[k].is_alpha:
        return False
    own = {fold(w) for e in ix.kb.people.get(name, ()) for a in (e.name, *e.aliases)
           for w in a.replace("-", " ").split()}
    return fold(doc[k].text) not in own


def _own_first_name(ix: DocIndex, start: int, end: int, name: str) -> bool:
    """A surname after someone else's first name is that other person ("Sam Carter" is not
    Ash Carter, "Hamza bin Laden" is not Osama): the word before it, in the same PERSON
    entity, must be one of the knowledge-base person's own names (or an initial). A longer
    alias is checked only when it is a family name opening with a particle ("bin Laden")."""
    doc = ix.doc
    if start == 0 or end - start > 1 and doc[start].lower_ not in _NAME_PARTICLES:
        return True  # a longer alias opens with its own given name ("Nancy Pelosi")
    tok, prev = doc[start], doc[start - 1]
    if tok.ent_type_ not in ("PERSON", "ORG") or tok.ent_iob_ != "I":
        return True
    own = {fold(w) for e in ix.kb.people.get(name, ()) for a in (e.name, *e.aliases)
           for w in a.replace(".", ". ").split()}
    k = start - 1
    initials_fit = True
    while k >= 0 and _initial(doc[k]):
        # "Cyrus R. Vance": a middle initial belongs to the name it sits in, so the given
        # name before it decides; with none, the initial must be one of the person's own
        initials_fit &= any(w[:1] == doc[k].text[0].lower() for w in own)
        if doc[k].ent_iob_ != "I":
            return initials_fit
        k -= 1
    if k < 0:
        return initials_fit
    if k > 0 and doc[k].lower_ in _NAME_PARTICLES and doc[k].ent_iob_ == "I" \
            and fold(doc[k].text) in own:
        k -= 1  # "Hamza bin Laden": the given name before the particle decides
    prev = doc[k]
    if not prev.is_alpha or len(prev.text) < 3 or not prev.is_title \
            or is_titleish(prev, sector_words()):
        return initials_fit
    return fold(prev.text) in own


# Lower-case particles inside family names ("bin Laden", "van Gogh", "de Klerk").
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "van", "von", "de", "da", "di", "du",
                             "der", "den", "la", "le"})


def _initial(tok: Token) -> bool:
    """A capital letter standing for a name ("R.", "J.D.")."""
    text = tok.text.replace(".", "")
    return 0 < len(text) <= 2 and text.isupper() and text.isalpha() and tok.text.endswith(".")

# (session 64) Capitalised words after a capital's or state's name that make it the name of a
# street, square or gate somewhere else ("the Damascus Gate" of Jerusalem, "Moscow Road").
_NAMED_WAYS = frozenset({"gate", "road", "street", "avenue", "boulevard", "lane"})

# Capitalised words after a sector noun that make it a place's name ("Parliament Square").
_STREETS = frozenset({"square", "street", "road", "avenue", "plaza", "lane", "bridge",
                      "station", "gardens"})


def _street(doc: Doc, i: int) -> bool:
    """"Parliament Square", "Police Plaza": the sector noun names a place, not the body."""
    return i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in _STREETS


# Prefixes of commissioned warships and the navy (a state's military) each one stands for.
_SHIP_PREFIXES = {"uss": "USA", "u.s.s.": "USA", "usns": "USA", "hms": "GBR", "h.m.s.": "GBR",
                  "hmas": "AUS", "hmcs": "CAN", "hmnzs": "NZL", "ins": "IND"}


def ship_names(ix: DocIndex) -> None:
    """"USS Grayback", "HMS Queen Elizabeth": a warship acts for its navy, so the prefix and the
    capitalised name after it are one military mention of that state, not a person or a
    monarch."""
    doc = ix.doc
    ships: dict[tuple[str, ...], str] = {}
    for i in tokens_lowered(doc, _SHIP_PREFIXES):  # only the prefixes, not every word
        if i >= ix.n - 1:
            break
        iso3 = _SHIP_PREFIXES.get(doc[i].lower_)
        if iso3 is None or doc[i].lower_ in ("ins",) and doc[i].text != "INS" \
                or not (doc[i].is_upper or "." in doc[i].text):
            continue
        end = i + 1
        while end < ix.n and end - i <= 4 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end == i + 1 or i in ix.blocked:
            continue
        here = ix.anchor_at(i)
        if here is None or here.start != i or here.end > end:
            if here is not None:
                continue
            here = Anchor(i, i + 1, "org", None)
            ix.add_anchor(here)
        ix.grow_to_org(here, end, Organisation(doc[i:end].text, iso3, "MIL"))
        ships[tuple(t.text for t in doc[i + 1:end])] = iso3
    _later_ship_names(ix, ships)


def _later_ship_names(ix: DocIndex, ships: dict[tuple[str, ...], str]) -> None:
    """After "USS Grayback", "the Grayback" is the same warship: news drops the prefix once
    the ship is introduced."""
    doc = ix.doc
    for words, iso3 in ships.items():
        n = len(words)
        for i in range(1, ix.n - n + 1):
            if doc[i - 1].lower_ != "the" or tuple(t.text for t in doc[i:i + n]) != words \
                    or any(k in ix.blocked or ix.anchor_at(k) is not None for k in range(i, i + n)):
                continue
            here = Anchor(i, i + 1, "org", None)
            ix.add_anchor(here)
            ix.grow_to_org(here, i + n, Organisation(doc[i - 1:i + n].text, iso3, "MIL"))
