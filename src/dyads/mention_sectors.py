"""Sector-noun mentions: a bare noun ("opposition", "farmers") names an actor only with the
state, place or crowd around it, so these mentions need checks of their own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .conjuncts import first_conjunct
from .kb import Organisation
from .actor_anchors import DocIndex, Mention
from .nlp import sentence_of_token
from .actor_lexicon import NEED_MODIFIER, PARTICIPANTS, PASSERS as _PASSERS, PLACE_NOUNS, \
    PRIVATE_GROUPS, SectorWord, phrase_sector
from .actor_lexicon import KIN_WORDS, POSSESSIVES, SEE_TITLES, TITLE_MODIFIERS, labour_body, sector_words
from .anchor_entities import BUILDINGS, CONGREGATIONS, was_building
from .mention_edges import POSTED, SCHOOLS, SENT_GROUPS, apply_orgs, extend_left, extend_of, several_states_listed, \
    is_from, located, region_named

__all__ = ["BREAKAWAY_ADJECTIVES", "breakaway_word", "sector_heads"]


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


# (session 31) Nouns whose "of" phrase makes a body noun a kind of thing, no body acting
# ("contempt of court", "the first change of government", "a form of government").
_KIND_OF = frozenset({"change", "changes", "form", "forms", "system", "seat", "type",
                      "kind"})


def _idiom_body(tok: Token) -> bool:
    """Whether a bare body noun is the object of such an "of" ("jailed for contempt of court") or
    of "out of" ("settled out of court"): an offence, an event or a manner, not the body. (session
    34) "placed into administration", "went into administration": a bare "administration" after
    "into" is an insolvency procedure, no government."""
    doc = tok.doc
    i = tok.i
    if i >= 1 and doc[i - 1].lower_ == "into" and tok.lower_ == "administration":
        return True
    if i < 2 or doc[i - 1].lower_ != "of" or not tok.is_lower:
        return False
    # ("contempt of parliament" names the house that jails: only the court's is an offence alone)
    return doc[i - 2].lower_ in _KIND_OF or doc[i - 2].lower_ in ("out", "contempt") and tok.lower_ == "court"


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
    said = tok.dep_ == "dobj" and head.lemma_.lower() in _STANCE_VERBS
    if not to:
        # (session 43) "the conservatives have voiced opposition": a bare noun said or voiced is
        # the stance even with nothing named after it; the camp takes an article ("the opposition")
        return said and head.lemma_.lower() not in ("have", "make") and not any(
            c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children)
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    graded = any(c.dep_ == "amod" and c.lower_ in _STANCE_GRADES for c in tok.children)
    return owned or graded or said


# States counted in a ranking ("the first state to ...") are no actor.
_RANKED = frozenset({"first", "second", "third", "last", "only", "next", "latest", "fifth",
                     "fourth", "newest", "largest", "biggest", "smallest", "poorest", "richest"})


# Plural nouns for people who act together in public: when they do something in a named
# place, they are that place's people ("thousands of people protested in Belgrade").
_CROWDS = frozenset({"people", "protesters", "protestors", "demonstrators", "residents", "locals",
                     "villagers", "citizens", "farmers", "peasants", "workers", "students",
                     "fishermen", "teachers", "doctors", "nurses", "miners", "herders",
                     "crowd", "crowds", "strikers", "activists", "campaigners", "civilians",
                     "supporters", "marchers"})
# Modifiers of people who are away from home ("embassy workers in London", "foreign students").
_ABROAD = frozenset({"embassy", "consulate", "foreign", "expatriate", "migrant", "guest",
                     "overseas", "international", "visiting", "exchange", "diplomatic"})
# Visitors: "an attack on tourists in Luxor" says where they were, not whose they are (most
# come from abroad); only a state word on the phrase places them ("American tourists").
_VISITORS = frozenset({"tourist"})
# A state's offices abroad: "the consulate in Istanbul" is not Turkey's, so the place named
# after one says nothing of whose it is.
MISSIONS = frozenset({"embassy", "consulate"})
# Heads whose place named after them says nothing of whose they are; with posted staff, heads
# whose "a ... in X" does not make them X's ("a diplomat in Austria", "a tourist in Egypt").
_UNPLACED_BY_SCENE = MISSIONS | _VISITORS
_NOT_LOCATED = POSTED | _VISITORS
# (session 51) Adjectives of breakaway regions that rule themselves against the state their
# adjective is filed under (countries.tsv): their officials, forces and police are the
# separatists' (REB), never the parent state's government or army ("South Ossetian" too).
BREAKAWAY_ADJECTIVES = frozenset({"abkhaz", "abkhazian", "transnistrian", "transdniestrian"})


def breakaway_word(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a breakaway region's adjective (``BREAKAWAY_ADJECTIVES``)."""
    return any(doc[i].lower_ in BREAKAWAY_ADJECTIVES
               or doc[i].lower_ == "ossetian" and i > 0 and doc[i - 1].lower_ == "south"
               for i in range(start, end))


# Words that count a crowd ("thousands of farmers", "a crowd of students").
_COUNTS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions",
                     "crowd", "crowds", "group", "groups", "hundred", "thousand"})
# Prepositions that say where an act took place ("in", "around Paris", "outside parliament").
_WHERE = frozenset({"in", "at", "near", "inside", "throughout", "across", "around", "outside",
                    "through", "on", "along", "of"})
# Prepositions of the occasion of an act, whose own place is where the act happens.
_WHEN = frozenset({"after", "before", "during", "following", "amid", "ahead"})


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
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _COUNTS:
        tok = tok.head.head  # (session 28) also "tens of thousands of people"
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() not in _HARMED | _HELD | _CHARGED:
        # (session 30) "he was greeted by a group of supporters": the passive's doers act
        # where it happens, as its active subjects do (not those who harmed or held someone)
        return tok.head.head
    if tok.dep_ in ("ROOT", "appos"):
        # (session 28) "WELLINGTON - Tens of thousands of people converged on ...": after a
        # dateline the tagger hangs the main verb, in the past tense, on the count
        # (or past participle, unless it says what was done to them: "killed", "arrested")
        return next((c for c in tok.children if c.dep_ == "acl" and _past_act(c)), None)
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX") \
            or tok.head.lemma_ in ("be", "have"):
        return None  # (being or having somewhere is no act there)
    return tok.head


def _past_act(verb: Token) -> bool:
    """Whether a verb hung on a count as a modifier reads as its act in the past ("converged",
    "marched"), not as what others did to the counted ("killed by", "arrested")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children) \
        and verb.lemma_.lower() not in _HARMED | _HELD | _CHARGED


def crowd_places(ix: DocIndex, head: int) -> set[str]:
    """The states of the places where a crowd's act happens: "protested in central Belgrade",
    "blocked roads around Paris", "protested outside parliament in New Delhi" (one state, the
    crowd's); (session 60) several for "marched in Cairo, Sanaa and Jakarta", a crowd of no one
    state. Only places reached through where-prepositions count: "marched to the US embassy" or
    "demanded help from Russia" say nothing of who the crowd is."""
    verb = _doer_verb(ix.doc[head])
    # (session 61) "overwhelmed by the crowds that stormed the Durres docks": the crowd's own clause
    stormed = {s for c in ix.doc[head].children if c.dep_ == "relcl" for s in _stormed_place_states(ix, c)}
    if verb is None:
        return stormed
    states: set[str] = stormed
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
            # (session 60) "marched in Cairo, Sanaa and Jakarta": each place
            for obj in (o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)):
                state = _place_state(ix, obj)
                if state is not None:
                    states.add(state)
                else:
                    todo.append(obj)
    states.update(_relative_place_states(ix, verb))
    states.update(_stormed_place_states(ix, verb))
    return states


# (session 61) Verbs whose object is the place a crowd is in ("stormed the Durres docks").
_STORM_VERBS = frozenset({"storm", "swarm", "besiege", "ransack", "overrun", "invade", "occupy"})


def _stormed_place_states(ix: DocIndex, verb: Token) -> set[str]:
    """(session 61) "the crowds that stormed the Durres docks", "thousands swarmed the port of
    Durres": the place a crowd storms is where the crowd is; its state is the place's own or
    that of the town named on it (a compound or an "of" phrase)."""
    if verb.lemma_.lower() not in _STORM_VERBS:
        return set()
    states: set[str] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        words = [obj] + [c for c in obj.children if c.dep_ == "compound"] \
            + [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]
        if obj.lemma_.lower() in MISSIONS:
            # (session 62) "besieged the U.S. embassy in Baghdad's Green Zone": an embassy is its
            # sender's, abroad; the crowd is where the embassy stands
            words = [w for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                     for o in c.children if o.dep_ == "pobj"
                     for w in (o, *(p for p in o.children if p.dep_ in ("poss", "compound")))]
        for w in words:
            state = _place_state(ix, w)
            if state is not None:
                states.add(state)
                break
    return states


def _relative_place_states(ix: DocIndex, verb: Token) -> set[str]:
    """The states of the place a "where" clause hangs on: "rioting in the capital Honiara,
    where crowds torched shops" puts the crowd in Honiara (the parser may hang the clause on
    the place's name or on the noun beside it, "Khorog, the regional capital, where ...")."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                       for c in verb.children):
        return set()
    place = verb.head
    near = [place] + [c for c in place.children if c.dep_ == "appos"]
    if place.dep_ == "appos":
        near.append(place.head)
    return {state for tok in near if (state := _place_state(ix, tok)) is not None}


# Verbs of police action on a crowd: the people arrested or dispersed are the scene's.
_POLICE_ACTS = frozenset({"arrest", "detain", "disperse", "jail", "question", "round", "charge",
                          "evict", "tear-gas", "teargas", "hold"})


# (session 24) Nouns of a role in one event, not of a kind of people: a sector word before
# one says who they are ("police witnesses" are police).
_ROLE_IN_ACT = frozenset({"witnesses"})


# Verbs of harm whose counted passive subjects are the casualties of the scene. Not "kill": a
# death toll is as often a background statistic ("2,600 people have been killed since the
# coup"), and on the span gold a toll displaced the attack as the sentence's main event.
_HARMED = frozenset({"wound", "injure", "hurt", "shoot"})


def _held_crowd(ix: DocIndex, head: int) -> str | None:
    """The state of a crowd that police act on where it is ("Police in Nairobi arrested dozens
    of people", "dozens of people were detained in Minsk"): the people a state's police arrest
    or disperse at a scene are that scene's civilians; people wounded by force take only the
    place named around the act, as victims do (a ferry's injured may be foreign)."""
    tok = ix.doc[head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _COUNTS:
        tok = tok.head.head
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _HARMED \
            and ix.doc[head].lower_ in ("people", "persons"):
        # (only the people no other word places: "U.N. aid workers were shot" are the U.N.'s)
        # "140 people were wounded in clashes in Kabul": the scene's, when force harmed them
        return _scene_state(ix, tok.head) if _violent(tok.head) else None
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() not in _POLICE_ACTS:
        return None
    state = _scene_state(ix, tok.head)
    if state is None and tok.dep_ == "dobj":
        # "Police in Nairobi arrested ...": the place is on the police, whose state it is
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        police = next((m for m in ix.mentions if subj is not None and m.start <= subj.i < m.end
                       and m.sector == "COP" and m.country), None)
        state = police.country if police is not None else None
    return state


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
        for prep in (c for c in cur.children if c.dep_ == "prep" and c.lower_ in _WHEN):
            # "clashed with police after a match in Jakarta": the occasion's place is the scene
            todo.extend((obj, depth + 1) for obj in prep.children if obj.dep_ == "pobj")
    return next(iter(states)) if len(states) == 1 else None


def _police_scene(ix: DocIndex, tok: Token) -> str | None:
    """The one state named where unnamed police act: around them or their verb, or, as the
    parser often hangs the place on the people acted upon ("detained 200 supporters in
    Lagos"), around the verb's object."""
    state = _scene_state(ix, tok)
    if state is not None or tok.dep_ != "nsubj":
        return state
    obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    return _scene_state(ix, obj) if obj is not None else None


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


# Verbs and objects of taking over a state ("took control of Iran", "seized power in Mali").
_SEIZE_VERBS = frozenset({"take", "seize", "gain", "wrest", "assume", "grab"})
_SEIZED = frozenset({"control", "power"})


def _seized_state(ix: DocIndex, tok: Token) -> str | None:
    """The state a rebel or opposition force takes over: fighters who "took control of Iran"
    or "seized power in Mali" are that state's own insurgents, not foreign ones."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _SEIZE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _SEIZED), None)
    if obj is None:
        return None
    prep = next((c for c in [*obj.children, *verb.children]
                 if c.dep_ == "prep" and c.lower_ in ("of", "in", "over") and c.i > obj.i), None)
    if prep is None:
        return None
    return ix.state_after(prep.i, ("of", "in", "over"), ("name",), skip_the=True)


# (session 35) Teams a body sends, named as bodies ("an observer mission from the SADC"): they
# speak for the body that sends them, as its members do.
_SENT_TEAMS = frozenset({"observers"})


def _member_of_body(ix: DocIndex, m: Mention) -> None:
    """"lawmakers from the European Parliament", "officials from the Interior Ministry": people
    sent from a named body are its members, so they take its state and, when their own noun
    names none, its sector (the body stays its own mention)."""
    doc = ix.doc
    k = m.end
    if k + 1 >= ix.n or doc[k].lower_ != "from":
        return
    j = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < ix.n else k + 1
    if (form := ix.country_at(j)) is not None and form.form == "adjective" and j + 2 < ix.n \
            and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN":
        j += 2  # (session 62) "reporters from French newspaper Le Monde": the body named after its kind
    anchor = ix.anchor_at(j)
    if anchor is None or anchor.kind != "org" or anchor.start != j:
        return
    org = anchor.payload
    if org.country is None:  # type: ignore[union-attr]
        return
    m.country = org.country  # type: ignore[union-attr]
    m.sector = m.sector or org.sector  # type: ignore[union-attr]


def _located_state(ix: DocIndex, k: int, capitals: bool = False) -> str | None:
    """The state after "in" when it is named outright ("in Austria"), not a town or capital
    (unless ``capitals``: a capital is the seat of the government a phrase names)."""
    doc = ix.doc
    if k + 1 >= ix.n or doc[k].lower_ != "in":
        return None
    j = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < ix.n else k + 1
    form = ix.country_at(j)
    forms = ("name", "capital") if capitals else ("name",)
    return form.iso3 if form is not None and form.form in forms else None


# Plural people nouns that a body's name can modify: "Cabinet officers", "council members".
_BODY_PEOPLE = frozenset({"officer", "member", "staffer", "employee", "official", "aide",
                          "representative", "delegate", "worker"})


# Things a body's name before them only describes ("a church bus", "the Senate seat", "court
# fees", "a military parade"): the phrase names the thing, and the body does nothing in it.
_BODY_THINGS = frozenset({"bus", "car", "van", "truck", "vehicle", "boat", "jet", "building",
                          "station", "base", "hall", "floor", "seat", "land", "grounds",
                          "premises", "property", "fee", "appearance", "auction", "pilot",
                          "parade", "law", "uniform", "job", "hierarchy", "school", "pension",
                          # (session 64) "jammed radio communications"
                          "communication", "signal", "contact", "frequency"})


# Sector nouns that are as often what a body gathers as the body itself.
_INFORMATION_WORDS = frozenset({"intelligence"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _information(ix: DocIndex, head: int, unit_start: int) -> bool:
    """Whether "intelligence" is information rather than a service: lower case, alone as its
    unit, no subject of a clause, and no state or body before it ("shared intelligence",
    "imagery intelligence"; but "US intelligence", "intelligence said" stay the service)."""
    tok = ix.doc[head]
    if tok.lower_ not in _INFORMATION_WORDS or not tok.is_lower or head != unit_start \
            or tok.dep_ in ("compound", "amod"):
        return False  # ("intelligence agencies": the service)
    if tok.dep_ in _SUBJECTS or tok.dep_ == "conj" and tok.head.dep_ in _SUBJECTS:
        return False
    return not any(ix.anchor_at(t.i) is not None or t.tag_ in ("PRP$", "POS")
                   for t in tok.subtree if t.i < head)


def _receiver(noun: Token) -> bool:
    """Whether a broadcasting noun is the set people listen to, not a station: "radios" in the
    plural, or "the radio" something is heard on."""
    lower = noun.lower_
    if lower in ("radios", "televisions", "tvs"):
        return True
    return lower in ("radio", "television", "tv") and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
        and [c.lower_ for c in noun.children] == ["the"]


def modifies_thing(ix: DocIndex, head: int) -> bool:
    """A body noun that is only a modifier of a thing's noun after it ("church law", "police
    car", "army base"): the phrase names the thing, whose doer the body is not."""
    doc = ix.doc
    nxt = head + 1
    if nxt >= ix.n or doc[head].dep_ != "compound" or doc[head].head.i != nxt:
        return False
    tok = doc[nxt]
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in _BODY_THINGS \
        and ix.anchor_at(nxt) is None


# Ways of fighting named after who fights so ("a guerrilla war", "insurgent tactics").
_WARFARE = frozenset({"war", "warfare", "tactic", "tactics", "fighting", "conflict", "struggle"})


def _kind_of_war(ix: DocIndex, head: int) -> bool:
    """(session 43) Whether a people noun in the singular only says how a war is fought ("fought a
    guerrilla war"): the phrase names the war; the fighters, if any, are named elsewhere."""
    doc = ix.doc
    nxt = head + 1
    return nxt < ix.n and doc[head].dep_ == "compound" and doc[head].head.i == nxt \
        and doc[head].tag_ == "NN" and doc[nxt].is_lower and doc[nxt].lemma_.lower() in _WARFARE


# Sites named after the people they hold ("refugee centre", "migrant camp").
_PEOPLE_SITES = frozenset({"centre", "center", "camp", "shelter", "hostel", "settlement",
                           "housing", "home", "facility", "quarter"})


def _names_site(ix: DocIndex, head: int) -> bool:
    """A people noun that only modifies a site's noun after it ("at a refugee centre"): the
    phrase names the place, whose people are not a party of the clause."""
    doc = ix.doc
    nxt = head + 1
    return nxt < ix.n and doc[head].dep_ == "compound" and doc[head].head.i == nxt \
        and doc[nxt].is_lower and doc[nxt].lemma_.lower() in _PEOPLE_SITES


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


# Plurals that name actors on their own though their singular needs a modifier: "the union"
# may be the European one, but "unions" are always labour's; "the general" may be a secretary
# general, but "the generals" are an army's officers; "the company" is some named firm, but
# "companies" and "firms" are a state's business people as a group.
_PLURAL_FREE = frozenset({"authorities", "unions", "generals", "companies", "firms"})


def _of_actor(ix: DocIndex, head: int) -> bool:
    """Whether the noun's "of" phrase names an actor of its own ("of Russian lawmakers")."""
    if head + 2 >= ix.n or ix.doc[head + 1].lower_ != "of":
        return False
    return any(ix.sector_at(t.i) is not None or ix.anchor_at(t.i) is not None
               for c in ix.doc[head + 1].children if c.dep_ == "pobj" for t in c.subtree)


def _shared_state_word(ix: DocIndex, tok: Token) -> bool:
    """"Chinese citizens and businesses": a bare plural joined by "and" to a noun that a
    state's adjective or name modifies shares that modifier, so it needs none of its own."""
    first = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "NNS" or first.i >= tok.i \
            or any(c.dep_ in ("amod", "compound", "det", "poss") for c in tok.children):
        return False
    return any(c.dep_ in ("amod", "compound") and c.i < first.i
               and (form := ix.country_at(c.i)) is not None and form.form in ("adjective", "name")
               for c in first.children)


def _couples(doc, head: int) -> bool:
    """Whether "unions" are bonds ("unions between same-sex couples"), not labour."""
    return head + 1 < len(doc) and doc[head + 1].lower_ in ("between", "among")


def _first_name(ix: DocIndex, k: int) -> bool:
    """Whether token ``k`` may be a first name: a capitalised proper noun naming nothing else."""
    if k < 0 or ix.used[k] or ix.sector_at(k) is not None:
        return False
    tok = ix.doc[k]
    anchor = ix.anchor_at(k)
    # (a first name opens the name: "the Majority Leader", "Senate Minority Leader" are offices)
    before = ix.doc[k - 1] if k > 0 else None
    opens = before is None or not (before.is_title or before.pos_ in ("DET", "PROPN")
                                   or ix.used[k - 1] or ix.anchor_at(k - 1) is not None)
    return opens and tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in ("", "PERSON") \
        and tok.lower_ not in TITLE_MODIFIERS and (anchor is None or anchor.kind == "person")


def _surname(ix: DocIndex, head: int) -> bool:
    """Whether a capitalised title word is a family name ("Michel Mayor", "Queloz and Mayor"):
    no name follows it, and a first name precedes it or it is listed with a surname."""
    doc = ix.doc
    tok = doc[head]
    if not tok.is_title or tok.is_sent_start or head + 1 < ix.n \
            and (doc[head + 1].pos_ in ("PROPN", "ADP") or ix.anchor_at(head + 1) is not None):
        # (a name or a portfolio follows an office: "Minister for Interior X")
        return False
    if _first_name(ix, head - 1):
        return True
    partner = tok.head
    return tok.dep_ == "conj" and doc[head - 1].lower_ in ("and", ",") \
        and partner.pos_ == "PROPN" and partner.ent_type_ in ("PERSON", "ORG") \
        and ix.sector_at(partner.i) is None and partner.i + 1 < head \
        and doc[partner.i + 1].lower_ in ("and", ",")


# Relatives and intimates: "the suspect's wife" is a private person of her own, not the suspect.
_KIN_OF = KIN_WORDS | frozenset({"family", "families", "relatives", "relative", "parents",
                                 "friend", "friends", "girlfriend", "boyfriend", "partner",
                                 "neighbour", "neighbours", "neighbor", "neighbors", "fiancee",
                                 "fiance", "in-laws"})


# (session 37) Verbs by which a speaker reports a clause ("He said the state was committed").
_REPORTING = frozenset({"say", "tell", "add", "insist", "stress", "declare", "announce", "vow",
                        "promise", "pledge", "assure"})


def _spoken_of_by_person(ix: DocIndex, tok: Token) -> bool:
    """(session 37) "He said the state was committed to protecting the Druze": "the state" in a
    clause a person (a pronoun, a name) reports is the speaker's own state, which the
    coreference passes give it, not the state named last before it."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORTING:
        return False
    sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if sayer is None:
        return False
    anchor = ix.anchor_at(sayer.i)
    return sayer.tag_ == "PRP" or anchor is not None and anchor.kind == "person"


def _state_referent(ix: DocIndex, head: int) -> str | None:
    """The state a bare subject "the state" refers back to: the nearest state named before it
    in its sentence or the one before, when that is a state's own name ("Syria rejected the
    report. The state has denied ..."). A nearer province or town ("Texas ... The state will")
    is the state meant, which is no country: then nothing."""
    doc = ix.doc
    tok = doc[head]
    if not tok.is_lower or head == 0 or doc[head - 1].lower_ != "the" \
            or tok.dep_ not in ("nsubj", "nsubjpass") \
            or head + 1 < ix.n and doc[head + 1].lower_ == "of" or _spoken_of_by_person(ix, tok):
        return None
    sid = sentence_of_token(doc, head)
    named = [a for a in ix.anchors if a.kind == "country" and a.end < head
             and a.whole_country is not None
             and sentence_of_token(doc, a.start) in (sid, sid - 1)]
    if not named or max(named, key=lambda a: a.start).whole_country.form != "name":
        return None
    names = [a for a in named if a.whole_country.form == "name"]
    states = {a.whole_country.iso3 for a in names}
    if len(states) > 1:
        # several states: the one that was the subject ("Venezuela blamed Colombia ...")
        states = {a.whole_country.iso3 for a in names
                  if doc[a.end - 1].dep_ in ("nsubj", "nsubjpass")}
    return next(iter(states)) if len(states) == 1 else None


def _owner_of_kin(ix: DocIndex, head: int) -> bool:
    """Whether an unnamed person or group only owns a relative ("the suspect's wife", "the
    gunman's brother"): the phrase is about the relative, whom the coder leaves uncoded (a
    family noun gives no office), so the owner must not stand in as the party."""
    doc = ix.doc
    k = head + 1
    if k + 1 >= ix.n or doc[k].text not in POSSESSIVES:
        return False
    j = k + 1
    while j < ix.n and j < k + 3 and doc[j].pos_ == "ADJ":
        j += 1  # "the suspect's estranged wife"
    return j < ix.n and doc[j].lower_ in _KIN_OF


# Plural nouns for the bodies a group's people form ("doctors' associations", "farmers' unions").
_MEMBERS_BODIES = frozenset({"associations", "unions", "federations", "organisations",
                             "organizations", "groups", "councils", "societies", "syndicates"})


def _members_bodies(doc: Doc, head: int) -> bool:
    """Whether a plural group word is the owner in "<people>' <bodies>" ("doctors' associations"):
    the bodies act, in the people's sector, so the phrase is one mention of them."""
    return head + 2 < len(doc) and doc[head + 1].tag_ == "POS" and doc[head].tag_ == "NNS" \
        and doc[head + 2].lower_ in _MEMBERS_BODIES


# (session 48) Nouns of an armed side the tagger reads as adjectives before a leader's or a
# group's noun ("the rebel leader", "a militant commander": JJ), and those nouns: before
# "students" or "unions" "militant" is only a manner. Only the sector changes: the phrase is
# the one the adjective was already part of.
_ARMED_SIDE_ADJECTIVES = frozenset({"rebel", "militant", "insurgent", "separatist", "guerrilla"})
_ARMED_SIDE_HEADS = frozenset({"leader", "commander", "chief", "spokesman", "spokeswoman",
                               "spokesperson", "group", "faction", "fighter", "force", "official",
                               "unit", "movement", "army"})


def _armed_side_adjective(doc: Doc, start: int, head: int) -> bool:
    """Whether an adjective-tagged armed side's word right before the head noun, inside the
    phrase, makes a leader or group the rebels'."""
    tok = doc[head - 1] if head > start else None
    return tok is not None and tok.pos_ == "ADJ" and tok.lower_ in _ARMED_SIDE_ADJECTIVES \
        and tok.head.i == head and doc[head].lemma_.lower() in _ARMED_SIDE_HEADS


def _compound_of_sector_head(ix: DocIndex, noun: Token) -> bool:
    """Whether the noun is a compound of a person's sector noun two or more words on, with only
    lower-case compounds between ("opposition" of "an opposition youth leader"): the next word is
    no sector noun, so the check on it alone lets the modifier stand as a camp of its own."""
    head = noun.head
    if noun.dep_ != "compound" or head.i <= noun.i + 1 or head.i >= ix.n:
        return False
    if any(t.dep_ != "compound" or t.head.i != head.i or not t.is_lower for t in ix.doc[noun.i + 1:head.i]):
        return False  # ("the opposition PRO party": a name between is the party's own)
    unit = ix.sector_at(head.i)
    return unit is not None and unit[1].kind == "person"


def sector_heads(ix: DocIndex) -> None:
    """Mentions headed by a sector noun the anchors left free ("the Venezuelan opposition")."""
    doc = ix.doc
    things = _thing_names(ix)
    for head, (unit_start, word) in sorted(ix.sectors.items()):
        if ix.used[head] or ix.used[unit_start]:
            continue
        noun = doc[head]
        if noun.lower_ in things and head == unit_start:
            continue  # "the monarch butterfly ... the monarch": the thing, no person
        nxt = head + 1
        if nxt < ix.n:
            after = ix.anchor_at(nxt)
            if ix.sector_at(nxt) is not None or (after is not None and after.kind == "person"):
                continue  # a modifier of the next word ("opposition leader", "army officers")
            if _compound_of_sector_head(ix, noun):
                continue  # (session 48) "an opposition youth leader": the leader is the actor
            if word.kind == "person" and after is not None and after.kind == "ent_org" \
                    and after.start == nxt and noun.is_lower:
                continue  # "porn actress Stormy Daniels": a title of a name the tagger missed
        if _owner_of_kin(ix, head):
            continue  # "the suspect's wife": the relative is the one acting or acted on
        if noun.lower_ == "relatives" and not _acting_crowd(noun):
            continue  # "remittances from relatives in the United States": no party, wherever
        if noun.lemma_.lower() in SENT_GROUPS and _of_actor(ix, head):
            continue  # "a delegation of European lawmakers": the lawmakers are the actor
        if word.kind == "person" and head == unit_start and _surname(ix, head):
            first = head - 1 if _first_name(ix, head - 1) else head
            name = doc[first:head + 1].text
            ix.mark(first, head + 1)
            person = Mention(first, head + 1, "person", name=name, confidence=0.6)
            person.country = located(ix, head + 1) if is_from(ix, head + 1) else None
            ix.mentions.append(person)
            continue  # "Michel Mayor", "Queloz and Mayor": a surname, not the office
        if _province(ix, head):
            continue  # "an army base in Borno state": a place, not a government
        if word.kind == "body" and _building(noun):
            continue  # "Hagia Sophia, formerly a Greek Orthodox church": the building
        if word.kind in ("group", "person") and noun.is_lower and _label_given(noun):
            continue  # "we will not be treated as terrorists": a label, no party
        if word.kind == "body" and (_party_meeting(noun) or _seat_described(ix, noun)):
            continue  # "at a party congress", "Lema, a former member of parliament": no body acts
        if (union := _union_of_states(noun)) is not None:
            if union:  # "the Russian-led customs union": a body of states
                m = Mention(unit_start, head + 1, "organisation", confidence=0.5)
                ix.mark(unit_start, head + 1)
                extend_left(ix, m, head_is_person=False, allow_person=False)
                m.country, m.sector = union, None  # (a leading state's word is not its state)
                ix.mentions.append(m)
            continue
        if word.kind == "body" and (_term_of_office(noun) or _office_won(noun) or _office_entered(noun)):
            continue  # "during his 2016-2022 presidency", "won the presidency": a time, an office held
        if word.kind == "body" and _outside_building(noun):
            continue  # "gathered outside a church", "Outside parliament, ...": the building
        if word.kind == "body" and modifies_thing(ix, head):
            continue  # "new church law", "a police car": the thing, not the body
        if word.sector == "JRN" and _receiver(noun):
            continue  # (session 64) "crowded around radios", "We hear about peace on the radio": a set
        if noun.lower_ == "enforcement" and noun.dep_ == "compound":
            continue  # "a routine law enforcement case": a kind of work, not the police
        if word.kind in ("person", "group") and _kind_of_war(ix, head):
            continue  # (session 43) "fought a guerrilla war": a way of fighting, not a guerrilla
        if word.kind in ("person", "group") and _names_site(ix, head):
            continue  # "a refugee centre", "a migrant camp": the site, not its people
        if word.kind == "group" and _counts_crowd(noun):
            continue  # "a crowd of farmers": the farmers are the actor, the count joins them
        if word.kind == "body" and head == unit_start and _idiom_body(noun):
            continue  # "jailed for contempt of court", "a change of government": no body acts
        if _stance(noun):
            continue  # "China voiced its opposition to the plan": a view, not a camp
        if _information(ix, head, unit_start):
            continue  # "supplies and reinforced intelligence": what is shared, not a service
        if noun.lower_ in ("state", "province", "country", "nation") \
                and noun.dep_ == "appos" and noun.head.ent_type_ in ("GPE", "LOC"):
            continue  # "Louisiana, a U.S. state on the Gulf": a description of the place
        if noun.is_lower and noun.lower_ in _ABSTRACT_HEADS and nxt + 1 < ix.n \
                and head > 0 and doc[head - 1].pos_ in ("DET", "PRON") \
                and doc[nxt].lower_ == "of" \
                and (doc[nxt + 1].is_title or doc[nxt + 1].lower_ == "the" and nxt + 2 < ix.n
                     and doc[nxt + 2].is_title):
            continue  # "the authority of the Puerto Rico Senate": the body named after it acts
        if noun.lower_ in _TOWN_OR_BODY and (nxt >= ix.n or doc[nxt].lower_ != "of"):
            continue  # "a municipality in Bavaria" is a place; "the municipality of X" a body
        kind = {"person": "person", "body": "organisation"}.get(word.kind, "group")
        end = head + 1
        if word.kind == "body" and nxt < ix.n and doc[nxt].tag_ == "NNS" \
                and doc[nxt].lemma_.lower() in _BODY_PEOPLE and noun.head.i == nxt:
            kind, end = "group", nxt + 1  # "two Cabinet officers", "council members": its people
        if word.kind == "group" and _members_bodies(doc, head):
            end = head + 3  # "several doctors' associations": the bodies of those people
        m = Mention(unit_start, end, kind, sector=word.sector, refers=(word.refers,))
        ix.mark(unit_start, end)
        mods = extend_left(ix, m, head_is_person=False, allow_person=True)
        if doc[unit_start].lower_ == "dual":
            _first_nationality(ix, m, unit_start)
        if noun.lemma_.lower() in MISSIONS and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                                                   for c in noun.children) \
                and any((a := ix.anchor_at(i)) is not None and a.whole_country is not None
                        and a.whole_country.form == "capital" for i in range(m.start, head)):
            m.country = None  # (session 64) "staff at its Tehran embassy": the capital is the host, "its" the owner
        extend_of(ix, m)
        if noun.lower_ in PRIVATE_GROUPS and not _private_party(ix, m, head, mods):
            ix.mark(m.start, m.end, used=False)
            continue
        if noun.lower_ == "state" and head + 2 < ix.n and doc[head + 1].lower_ == "of" \
                and doc[head + 2].is_title and m.start > 0 and doc[m.start - 1].lower_ in _WHERE:
            ix.mark(m.start, m.end, used=False)  # "in the US state of Alabama": a place
            continue
        if word.kind == "body":
            _rest_of_name(ix, m)
        came_from = False  # "his counterpart from Niger": a person placed by origin
        came_region = False  # "forces from the Tigray region": placed by a region of a state
        if m.country is None and (word.kind != "person" and word.sector != "REF"
                                  and noun.lemma_.lower() not in _UNPLACED_BY_SCENE
                                  and not _posted_in(ix, head, m.end)
                                  or is_from(ix, m.end)) \
                and not ((word.kind != "person" or noun.lemma_.lower() in POSTED)
                         and _owned_by_pronoun(noun)) \
                and not _owned_by_body(ix, m) \
                and not _freed_from(ix, head, m.end) and not withdrawn_from(ix, head, m.end, word.sector) \
                and not any(o.country for o in m.orgs):
            # (session 37: "the AU troops in Mogadishu" are the body's, not the host's: a coded
            # body the phrase names says whose they are before the place does)
            # ("recalled its ambassadors from Canada": an envoy is the sender's, and "from" says
            # where the envoy leaves; "his counterpart from Niger" is still of Niger)
            m.country = located(ix, m.end)
            came_from = word.kind == "person" and m.country is not None
            came_region = m.country is not None and m.end + 1 < ix.n and region_named(
                ix, next((c for c in doc[m.end].children if c.dep_ == "pobj"), doc[m.end])) \
                is not None
            if m.country is not None and word.sector == "CVL" and is_from(ix, m.end):
                _take_home_town(ix, m)
        if m.country is None and (word.kind in ("group", "person") or word.refers in _SENT_TEAMS):
            _member_of_body(ix, m)  # (session 35: "an observer mission from the SADC", the body's team)
        if m.country is None and word.sector in ("REB", "OPP", "MIL", "UAF"):
            m.country = _seized_state(ix, noun)
        if m.country is None and word.kind == "group" and noun.lower_ in _CROWDS \
                and not any(doc[i].lower_ in _ABROAD for i in range(m.start, head)):
            places = crowd_places(ix, head)
            m.country = (next(iter(places)) if len(places) == 1 else None) or _held_crowd(ix, head)
            # "farmers blocked roads around Paris", "police in Nairobi arrested dozens of people"
            if m.country is not None:
                m.from_context = True  # inferred: no evidence of the sentence's states
                _count_of(ix, m)
            elif len(places) > 1:
                _count_of(ix, m)  # (session 60) "Thousands of protesters marched in Cairo, Sanaa and Jakarta"
        elif m.country is None and noun.lower_ in _PASSERS:
            m.country = _scene_state(ix, noun)  # "shoppers at a store in El Paso"
        elif m.country is None and noun.lower_ in PARTICIPANTS | PRIVATE_GROUPS:
            m.country = _scene_state(ix, noun)  # "a gunman opened fire at a mosque in X"
            m.from_context = m.country is not None
        elif m.country is None and word.kind == "group" \
                and phrase_sector(mods + [word], None) == "COP" \
                and not any(doc[i].lower_ in _ABROAD for i in range(m.start, head)):
            # "Security forces detained 200 people in Lagos": police act at home, so unnamed
            # police are of the one state named where their act happens (troops are not: an
            # army often fights abroad)
            m.country = _police_scene(ix, noun)
            m.from_context = m.country is not None
        elif m.country is None and doc[m.start].lower_ in ("a", "an") \
                and noun.lemma_.lower() not in _NOT_LOCATED:
            # "a politician in Austria": an unnamed person placed in a state is of it; (session
            # 48) "a government spokesman in Khartoum": a government's man in its capital
            m.country = _located_state(ix, m.end, capitals=any(
                doc[i].lower_ == "government" for i in range(m.start, head)))
        if m.country is None and word.sector == "LEG" and word.kind == "group" \
                and any(doc[i].text == "European" for i in range(m.start, head)):
            m.country = "EUR"  # "European lawmakers": the members of the EU's parliament
        m.sector = phrase_sector(mods + [word], m.sector if m.sector != word.sector else None)
        if word.kind in ("person", "group") and _armed_side_adjective(doc, m.start, head):
            m.sector = "REB"  # (session 48) "the rebel leader", "a militant commander" (JJ)
        if word.kind == "body" and labour_body(doc[m.start:head + 1]):
            m.sector = "LAB"  # "the Trade Union Congress of Swaziland": no legislature
        if noun.lower_ in _ROLE_IN_ACT and any(w.sector for w in mods):
            m.sector = next(w.sector for w in mods if w.sector)  # "police witnesses" are police
        if m.sector == "MIL" and (_regional_adjective(ix, m.start, head)
                                  or came_region and is_from(ix, m.end)):
            m.sector = "REB"  # "Tigrayan forces": a region's own armed side, not the state's
        if m.sector in ("GOV", "MIL", "COP", "LEG") and breakaway_word(doc, m.start, head):
            m.sector = "REB"  # (session 51) "Abkhaz officials", "Abkhaz troops": a breakaway's own
        apply_orgs(m)
        lower = noun.lower_
        if word.kind == "person":
            m.nominal = noun.lemma_.lower()
            m.role = doc[unit_start:head + 1].text
        lemma = noun.lemma_.lower()
        bare = m.start == unit_start and not m.orgs
        if lemma in ("state", "country", "nation") \
                and any(doc[i].lower_ in _RANKED for i in range(m.start, head)):
            ix.mark(m.start, m.end, used=False)  # "the first state to ...": a ranking
            continue
        if lower == "public" and not _the_public(noun):
            ix.mark(m.start, m.end, used=False)  # "in public", "went public": no people
            continue
        if word.refers in _STATE_AGENTS and not _state_adjective_agents(ix, m.start, head):
            ix.mark(m.start, m.end, used=False)  # "the foreign agents law", "polling agents"
            continue
        named_school = lower in SCHOOLS and any(doc[i].is_title
                                                for i in range(m.start, unit_start))
        # ("Government forces", "Rebel forces": a sector word in front is the modifier the
        # noun needs, unless the noun introduces a name: "state news firm Saba")
        named_after = nxt < ix.n and (ix.anchor_at(nxt) is not None or doc[nxt].pos_ == "PROPN")
        modified = noun.dep_ != "compound" and not named_after \
            and any(w.sector and (w.kind != "person" or w.sector == "REB") for w in mods)
        # "the Umma party": a body noun after a name no list knows is that named body
        names = [c for c in noun.children if c.pos_ == "PROPN" and _body_name(c)
                 and c.i < head and c.dep_ in ("compound", "nmod")] \
            if word.kind == "body" and noun.is_lower and m.start == unit_start else []
        first = names[0].left_edge.i if names else m.start
        # (only a name no list knows and that is no body's own name: a known body keeps its
        # mention and state, "Saint Francis Hospital department" is the hospital's)
        named_body = bool(names) and not any(
            ix.used[i] or doc[i].lower_ in sector_words()
            or (a := ix.anchor_at(i)) is not None and a.kind != "ent_org"
            for i in range(first, m.start))
        if named_body:  # the phrase takes the name ("the Umma (Nation) party")
            ix.mark(first, m.start)
            m.start = first
        elif lower == "party" and m.start < head and doc[m.start].is_title:
            _grow_party_name(ix, m)
        # "its forces", "their ambassadors": a state organ that would need a modifier is
        # modified by the pronoun that owns it, whose owner's state the pronoun stage gives it
        # (dropped at the end if it finds none)
        m.owned = (word.sector in _OWNED_ORGANS or noun.lemma_.lower() in POSTED) \
            and m.country is None and m.start == unit_start \
            and (lower in NEED_MODIFIER or word.kind == "person" and not noun.is_title) \
            and _owned_by_pronoun(noun, _THIRD_OWNERS) \
            and not any(c.lower_ in _OTHER_SIDE for c in noun.children) \
            or _leaders_party(noun, m, unit_start) or _owners_people(noun, m, unit_start)
        spoken_state = False
        if m.country is None and lower == "state" and unit_start == head and not m.orgs:
            m.country = _state_referent(ix, head)  # "Syria denied it. The state has ..."
            m.from_context = m.country is not None
            spoken_state = m.country is None and doc[head - 1].lower_ == "the" \
                and _spoken_of_by_person(ix, noun)
        # (session 60) a group placed in several states' places is kept, to be split later
        listed = m.country is None and several_states_listed(ix, m.end)
        if not listed and (
                m.country is None and not m.orgs and not named_school and unit_start == head
                and not m.owned and not spoken_state
                and not modified and not named_body and not addressed_locals(noun)
                and not _acting_crowd(noun)
                and not _counted_detainees(noun) and not _fired_on(noun)
                and not _shared_state_word(ix, noun)
                and not (lower == "parties" and _people_word_before(ix, m.start, unit_start))
                and not (lower == "parties" and _political_parties(ix, noun))
                and (lower in NEED_MODIFIER or lemma in NEED_MODIFIER
                     and (lower not in _PLURAL_FREE or _couples(doc, head)))
                or (bare and word.kind == "person" and not noun.is_title
                    and not came_from and not m.owned and lower not in PRIVATE_GROUPS
                    and lower not in SEE_TITLES)
                or (lower in PRIVATE_GROUPS and word.kind == "person" and m.country is None
                    and all(doc[i].pos_ == "DET" for i in range(m.start, head))
                    and not any(a.whole_country is not None for a in ix.anchors))):
            ix.mark(m.start, m.end, used=False)
            continue
        if _counted_detainees(noun) or _counted_people(noun):
            _count_of(ix, m)  # "dozens of people were wounded": the count joins the phrase
        m.confidence = 0.9 if m.country else 0.5
        ix.mentions.append(m)


def _grow_party_name(ix: DocIndex, m: Mention) -> None:
    """(session 30) "the populist We Are Many For Change party": a party's own name may be
    made of common words the parser reads as a clause, so the phrase begun by a capitalised
    name word before "party" takes the whole run of capitalised words before it (up to
    five; no word of another mention, sector noun or sentence opening)."""
    doc, words = ix.doc, sector_words()
    j = m.start
    while j > 0 and m.start - j < 5 and not doc[j].is_sent_start:
        prev = doc[j - 1]
        if not prev.is_title or not prev.is_alpha or ix.used[j - 1] or ix.owner[j - 1] >= 0 \
                or prev.lower_ in words or prev.is_sent_start:
            break
        j -= 1
    if j < m.start:
        ix.mark(j, m.start)
        m.start = j


def _the_public(tok: Token) -> bool:
    """"apologised to the public", "the Thai public": the noun names a state's people only
    with its article; "in public" or "went public" is a manner, and "closed to the public"
    says who may enter, no party (session 28)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and tok.head.head.lemma_.lower() in ("open", "close", "closed", "shut", "reopen"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.lower_ == "general" for c in tok.children)  # (an earlier rule's "general public")


def _body_name(tok: Token) -> bool:
    """Whether a proper noun before a body noun may be that body's own name: one the tagger
    read as an organisation ("the Umma party"), or an acronym it left untagged right after the
    article or owner ("Samoa's FAST party", session 26)."""
    if tok.ent_type_ == "ORG":
        return True
    # (an acronym right after the article or owner only: in "the opposition PRO party" the
    # description's own words already make a mention)
    return not tok.ent_type_ and len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha() \
        and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "POS", "PRP$")


def _posted_in(ix: DocIndex, head: int, end: int) -> bool:
    """"Diplomats in Addis Ababa", "envoys at the UN": people posted somewhere serve the
    states that sent them, so the place where they are posted ("in", "at") names no state of
    theirs ("from" still gives their origin)."""
    return ix.doc[head].lemma_.lower() in POSTED and end < ix.n \
        and ix.doc[end].lower_ in ("in", "at", "inside")


# Endings by which a place inside a state makes its adjective ("Tigray" -> "Tigrayan",
# "Darfur" -> "Darfuri").
_REGION_ENDINGS = ("ian", "an", "n", "i", "ese")


def _regional_adjective(ix: DocIndex, start: int, head: int) -> bool:
    """Whether a word before ``head`` is the adjective of a region inside a state rather than
    of the state itself ("Tigrayan forces", "Darfuri troops", not "Ethiopian forces"): armed
    forces named by a region of a state are that region's own armed side, which fights or
    bargains with the state's army, so CAMEO files them as rebels (REB), not the state's MIL."""
    from .countries import country_forms
    from .kb import fold
    from .places import places

    forms, table = country_forms(), places()
    for i in range(start, head):
        form = ix.country_at(i)
        text = ix.doc[i].text
        if form is None or form.form != "adjective" or not text.istitle():
            continue
        stems = [text[:-len(e)] for e in _REGION_ENDINGS if text.endswith(e)]
        if any(stem in forms for stem in stems):
            continue  # "Indian" is India's, though "Indi" is also a town there
        if any(table.get(fold(stem)) == form.iso3 for stem in stems):
            return True
    return False


# Nouns for the people who live where the story happens: a bare one is of the scene's state.
_LOCALS = frozenset({"residents", "locals"})
# Prepositions by which a verb addresses people ("called on residents", "appealed to locals").
_ADDRESS_PREPS = frozenset({"on", "to", "upon"})


# Verbs of holding people: the people they hold are the party acted on.
_HELD = frozenset({"arrest", "detain", "jail", "imprison"})
# (session 26) ... and of the charges that courts and prosecutors bring against people.
_CHARGED = frozenset({"charge", "indict", "convict", "sentence", "prosecute", "accuse"})


def _counted_detainees(tok: Token) -> bool:
    """"47 people were arrested", "police detained 30 people", "13 people were charged": counted
    people whom an arrest holds or a charge names are its target, the civilians of the scene, however general the noun ("the number
    of people arrested" or "people were angry" stay no party). So are counted people wounded
    by force, told in the passive ("dozens of people were wounded by gunfire")."""
    if tok.lower_ not in ("people", "persons"):
        return False
    counted = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _COUNTS:
        counted = tok.head.head  # "dozens of people"
    elif not any(c.dep_ == "nummod" for c in tok.children):
        return False
    verb = counted.head.lemma_.lower()
    return counted.dep_ in ("nsubjpass", "dobj") and verb in _HELD | _CHARGED \
        or counted.dep_ == "nsubjpass" and verb in _HARMED and _violent(counted.head)


# Words that make a killing or wounding an act of force rather than an accident.
_VIOLENCE = frozenset({"clash", "unrest", "protest", "violence", "attack", "fighting", "raid",
                       "strike", "airstrike", "bombing", "shelling", "crackdown", "gunfire",
                       "gunman", "riot", "war", "shooting", "assault", "ambush", "massacre",
                       "coup", "battle", "mortar", "bomb", "blast", "rocket", "missile", "police",
                       "force", "troops", "soldier", "militant", "rebel", "army", "uprising"})


def _violent(verb: Token) -> bool:
    """Whether people harmed ("had been wounded", "were injured") were harmed by force: their
    sentence or the one before names a fight, an attack or armed men ("in clashes", "by
    gunfire", "police fired live rounds at students. Dozens were wounded"); "injured when a
    bridge collapsed" names an accident's victims, no party to an event."""
    doc = verb.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
    return verb.lemma_.lower() == "shoot" \
        or any(t.lemma_.lower() in _VIOLENCE for t in doc[start:verb.sent.end])


# Verbs of firing on people ("police fired on crowds", "troops shot at protesters").
_FIRING = frozenset({"fire", "shoot"})


def _fired_on(tok: Token) -> bool:
    """"Police fired on crowds", "opened fire on the crowd": a crowd that forces shoot at is
    the target of their act, the scene's civilians, even with no modifier placing it."""
    if tok.lower_ not in ("crowd", "crowds", "people") or tok.dep_ != "pobj" \
            or tok.head.lower_ not in ("on", "at", "into"):
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in _FIRING or verb.lemma_.lower() == "open" and any(
        c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)


def addressed_locals(tok: Token) -> bool:
    """"Police urged residents to stay indoors", "locals fled": people who live there, when
    they take part in a verb's act, are the scene's civilians even with no modifier; "the
    number of residents" or "a home for residents" names no party."""
    if tok.lower_ not in _LOCALS:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "ROOT" and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in tok.children):
        return True  # (session 26) "On Kinmen, residents carried on": the main verb misread as a participle
    return tok.dep_ == "pobj" and tok.head.lower_ in _ADDRESS_PREPS \
        and tok.head.head.pos_ == "VERB"


# Verbs of speaking to a crowd ("he told the crowd", "addressed crowds"): a crowd spoken to
# is a party, the speaker's audience; (session 28) so is one that others join or disperse.
_ADDRESS_VERBS = frozenset({"tell", "address", "urge", "join", "disperse"})


# Plain nouns of people together that name a party only when they act or are spoken to.
_ACTING_GROUPS = frozenset({"crowd", "crowds", "relatives"})


def _acting_crowd(tok: Token) -> bool:
    """"Crowds waving flags broke into cheers", "relatives cheered outside the prison", "he
    told the crowd": a crowd that acts or is spoken to is a party of its sentence, of the
    story's state unless the text places it; "drew a crowd", "a crowd of 5,000" or
    "remittances from relatives abroad" is none."""
    if _counted_people(tok):
        verb = _doer_verb(tok)  # ("dozens of people died": dying is no act of a party)
        return verb is not None and verb.lemma_.lower() not in ("die", "drown", "perish")
    if tok.lower_ not in _ACTING_GROUPS:
        return False
    if _doer_verb(tok) is not None or _cited(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "against" and tok.lower_ != "relatives":
        return True  # (session 28) "lethal force against largely unarmed crowds": its target
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ADDRESS_VERBS


def _cited(tok: Token) -> bool:
    """"according to relatives": people a report cites are its source, a party (session 28)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0 \
        and tok.doc[tok.head.i - 1].lower_ == "according"


def _counted_people(tok: Token) -> bool:
    """"Thousands of people", "hundreds of people": people counted by the crowd are a crowd,
    which is a party when it acts ("tens of thousands of people converged on parliament");
    bare "people say" and an exact number ("11 people had signed") stay none (session 28)."""
    return tok.lower_ in ("people", "persons") and tok.dep_ == "pobj" \
        and tok.head.lower_ == "of" and tok.head.head.lower_ in _COUNTS


# Offices whose noun, owned by their holder, also names the time he held them.
_TERMS = frozenset({"presidency", "premiership", "chancellorship", "administration"})
# Prepositions that make such a noun a time ("during his presidency").
_DURING = frozenset({"during", "throughout", "since", "before", "after"})


def _term_of_office(tok: Token) -> bool:
    """"during his 2016-2022 presidency", "since her administration": an office owned by its
    holder and dated or placed in time is the time he held it, no body acting; "the
    presidency said" and "his administration denied" stay the office."""
    if not tok.is_lower or tok.lemma_.lower() not in _TERMS \
            or not any(c.dep_ == "poss" for c in tok.children):
        return False
    if any(c.i < tok.i and any(ch.isdigit() for ch in c.text) for c in tok.children):
        return True  # "his 2016-2022 presidency"
    return tok.dep_ == "pobj" and tok.head.lower_ in _DURING


# (session 34) verbs of gaining, losing or seeking an office: their object is the post itself
_OFFICE_TAKERS = frozenset({"win", "lose", "seek", "assume", "clinch", "secure", "retain", "regain",
                            "capture", "contest", "take", "hold", "inherit", "reclaim"})
# nouns and verbs whose "for" phrase names the office sought ("ran for the presidency", "a bid for the premiership")
_OFFICE_RACES = frozenset({"run", "bid", "race", "campaign", "candidate", "candidacy", "vie", "compete"})


# (session 35) Verbs whose "as" phrase is a label given to their object or subject ("treated as
# terrorists", "branded as traitors").
_LABELLING = frozenset({"treat", "regard", "see", "view", "brand", "label", "describe", "portray",
                        "depict", "consider", "paint", "dismiss"})


def _label_given(tok: Token) -> bool:
    """(session 35) "we will not be treated as terrorists", "they were branded as traitors": a
    people noun after "as" of a verb of regarding is what someone is called, no party of its
    own; "arrested as terrorists fled" (no such verb) is left alone."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in _LABELLING


# (session 35) Body nouns that also name a party's meeting ("a party congress").
_MEETING_BODIES = frozenset({"congress", "conference", "convention", "plenum"})


def _party_meeting(tok: Token) -> bool:
    """(session 35) "chose him as its candidate at a party congress": a lower-case congress of
    a party is the party's meeting, not the legislature; "the Congress passed" stays."""
    if not (tok.is_lower and tok.lemma_.lower() in _MEETING_BODIES):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _MEETING_KINDS
           for c in tok.children):
        return True
    # (session 42) "appeared on stage at a congress in a Moscow hotel", then "whether the congress
    # had been financed illegally": a congress brought in with "a" is a meeting, and so is "the
    # congress" of an article that brought one in so; a legislature is never "a congress"
    doc = tok.doc
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a congress of deputies": a body of those members, as it calls itself
    return any(doc[k].lower_ in ("a", "an") and doc[k + 1].lemma_.lower() == tok.lemma_.lower()
               and doc[k + 1].is_lower for k in range(tok.i))


# (session 42) Words that make a lower-case congress or assembly a meeting: a party's, a founding one.
_MEETING_KINDS = frozenset({"party", "founding", "annual", "extraordinary", "inaugural"})


# (session 42) Words that make a "union" one of states, not of workers ("the Russian-led customs
# union", "the monetary union", "the union of Scotland and England").
_STATE_UNIONS = frozenset({"customs", "monetary", "economic", "currency", "banking", "fiscal",
                           "political", "energy", "transfer", "postal"})


def _union_of_states(tok: Token) -> str | None:
    """"IGO" for a customs, monetary or economic union (a body of states), "" for a union of two
    places ("the union of Scotland and England", a constitutional bond, no actor), else None."""
    if tok.lower_ != "union" or not tok.is_lower:
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _STATE_UNIONS for c in tok.children):
        return "IGO"
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "between", "with")]
    if of and any(t.ent_type_ in ("GPE", "LOC") for t in of[0].subtree):
        return ""
    return None


def _seat_described(ix: DocIndex, tok: Token) -> bool:
    """(session 35) "Godbless Lema, a former member of parliament for Arusha": a house named in
    the title that describes a person named beside it is part of that title, no actor of its
    own; "a member of parliament said" (no name beside it) is left to the person passes."""
    if not tok.is_lower or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    member = tok.head.head
    return member.lemma_.lower() == "member" and member.dep_ == "appos" \
        and any(a.kind == "person" and a.start <= member.head.i < a.end for a in ix.mentions)


# (session 35) nouns for what an office confers: "assumed the powers of the presidency"
_OFFICE_POWERS = frozenset({"power", "duty", "function", "prerogative", "rein", "mantle", "helm"})
# (session 35) verbs that take an office from its holder: "robbed its candidate of the presidency"
_OFFICE_ROBBERS = frozenset({"rob", "deprive", "strip", "cheat"})
# (session 35) verbs that hand an office on with "over" or "up": "signed over the presidency"
_OFFICE_HANDERS = frozenset({"sign", "hand", "give", "turn"})


def _office_won(tok: Token) -> bool:
    """(session 34) "first won the presidency in 2018", "ran for the premiership": an office
    gained, lost or sought is a post, not the body that holds it acting or acted on; "the
    presidency said" and "criticised the presidency" stay the office. (session 35) So is an
    office whose powers are taken, one handed over and one a candidate is robbed of."""
    if not tok.is_lower or tok.lemma_.lower() not in _TERMS - {"administration"}:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _OFFICE_POWERS:
        tok = tok.head.head  # "assumed the powers of the presidency"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _OFFICE_TAKERS:
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _OFFICE_HANDERS \
            and any(c.dep_ == "prt" and c.lower_ in ("over", "up") for c in tok.head.children):
        return True  # "handed over the presidency"
    if tok.dep_ != "pobj":
        return False
    prep, verb = tok.head, tok.head.head
    if prep.lower_ == "of" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in _OFFICE_ROBBERS:
        verb = verb.head  # "robbed its candidate of the presidency"
    if prep.lower_ == "of" and verb.lemma_.lower() in _OFFICE_ROBBERS:
        return True
    if prep.lower_ in ("over", "up") and verb.lemma_.lower() in _OFFICE_HANDERS:
        return True  # "signed over the presidency" (the particle parsed as a preposition)
    return prep.lower_ == "for" and verb.lemma_.lower() in _OFFICE_RACES


def _office_entered(tok: Token) -> bool:
    """(session 35) "bringing allies of the old regime back into government": a bare
    "government" that parties go into or out of is the state of holding office, no body
    acting; "the government said" and "criticised the government" stay the body."""
    if tok.lower_ != "government" or tok.dep_ != "pobj" or any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return False
    prep = tok.head
    return prep.lower_ == "into" or prep.lower_ == "of" and prep.head.lower_ == "out"


# Bodies whose noun also names their building: what people gather outside is the building.
_SEATS = frozenset({"church", "mosque", "synagogue", "temple", "cathedral", "chapel",
                    "parliament", "court", "courthouse"})


def _outside_building(tok: Token) -> bool:
    """"gathered outside a church", "Outside parliament, demonstrators waved flags": a body's
    noun after "outside" or "in front of" is where people stand, not the body acting or
    acted on (embassies are left out: a crowd outside one protests to its state)."""
    if tok.lemma_.lower() not in _SEATS:
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "outside" and tok.doc[tok.i - 1].head.i == tok.i:
        return True  # ("Outside parliament, ..." parsed as an adjective)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    # (session 42) "the first bomb exploded inside the church": where, as after "outside"
    return prep.lower_ in ("outside", "inside") or prep.lower_ == "of" and prep.head.lower_ == "front" \
        and prep.head.head.lower_ == "in"


def _building(tok: Token) -> bool:
    """A lower-case building noun set beside a name in apposition ("Hagia Sophia, formerly a
    church", "now a mosque"): the name's building, not the faith's body."""
    if not tok.is_lower or tok.lemma_ not in BUILDINGS \
            or tok.lemma_ in CONGREGATIONS and not was_building(tok):
        return False
    tok = first_conjunct(tok)
    return tok.dep_ == "appos" and tok.head.pos_ == "PROPN"


# Sectors of those who speak to the people of their own state ("the governor urged residents").
_ADDRESSERS = frozenset({"GOV", "COP", "MIL", "LEG", "JUD"})


def addresser_state(ix: DocIndex, tok: Token) -> str | None:
    """The state of the official who tells residents what to do: a government addresses its
    own people, so "Prime Minister Minnis urged residents to evacuate" means Bahamians."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "pobj"):
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        for m in ix.mentions:
            if m.start <= subj.i < m.end and m.country and m.sector in _ADDRESSERS:
                return m.country
    return None


def _first_nationality(ix: DocIndex, m: Mention, unit_start: int) -> None:
    """"A British-Iranian dual national" is one private person of two states; the news names
    first the state that speaks for them abroad (the one not holding them), so it codes the
    person, where the walk leftwards would keep the nearer "Iranian"."""
    for i in range(m.start, unit_start):
        anchor = ix.anchor_at(i)
        form = anchor.whole_country if anchor is not None else None
        if form is not None:
            m.country = form.iso3
            return


def _people_word_before(ix: DocIndex, start: int, unit_start: int) -> bool:
    """(session 31) "Shi'ite parties": a people or faith word the phrase took in is the
    modifier "parties" needs; their state the context gives, as for "Kurdish fighters"."""
    return any((a := ix.anchor_at(i)) is not None and a.kind in ("ethnic", "ent_norp")
               for i in range(start, unit_start))


# (session 35) What makes "parties" the sides of a dispute, talks or deal, not political parties:
# "parties to the conflict", "the parties involved", "both parties", "the two parties".
_SIDE_PARTY_WORDS = frozenset({"to", "involved", "concerned", "both", "two", "three", "warring"})
# Quantifiers that make a bare "parties" a share of a country's many parties ("most parties",
# "several parties"); "all parties" and "the parties" are as often the sides of a conflict ("urged
# all parties to avoid harm to civilians") and stay out.
_SHARE_OF_PARTIES = frozenset({"most", "many", "several", "other", "some", "few"})


def _political_parties(ix: DocIndex, noun: Token) -> bool:
    """(session 35) Whether a bare "parties" ("most parties urged voters to reject it") is a
    state's political parties: a share of them is counted ("most", "several"), the article names
    a political party of its own ("the Communist Party", a party the lists know), and nothing
    makes them the sides of a conflict, talks or deal ("parties to the conflict", "both
    parties"). Their state the context gives, as for "voters"."""
    doc = ix.doc
    if noun.lower_ != "parties" or any(w.lower_ in _SIDE_PARTY_WORDS for w in noun.subtree) \
            or not any(c.lower_ in _SHARE_OF_PARTIES and c.i < noun.i for c in noun.children):
        return False
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in _SIDE_PARTY_WORDS \
            and doc[noun.i + 2].pos_ not in ("VERB", "AUX"):
        return False  # ("urged all parties to the conflict to ...": the parser may hang "to" on the verb)
    return any(isinstance(a.payload, Organisation) and a.payload.sector in ("PTY", "OPP")
               for a in ix.anchors) \
        or any(t.text == "Party" and t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start
               for t in doc)


# Nouns that are a state's organ only when that state's own adjective or name is their one
# modifier: "Indian agents" are India's spies, "foreign agents", "polling agents" and "agents of
# the DEA" are not.
_STATE_AGENTS = frozenset({"agents"})


def _state_adjective_agents(ix: DocIndex, start: int, head: int) -> bool:
    """(session 31) Whether "agents" at ``head`` are a state's: the words before it are a
    determiner or count and one state's adjective or name ("Indian agents", "two Iranian
    agents"), and no "of" names whose agents they are."""
    doc = ix.doc
    if head + 1 < ix.n and doc[head + 1].lower_ == "of":
        return False
    states = [i for i in range(start, head) if ix.country_at(i) is not None]
    return bool(states) and all(i in states or doc[i].pos_ in ("DET", "NUM") or doc[i].tag_ == "POS"
                                or doc[i].text in ("'s", "'") for i in range(start, head))


def _private_party(ix: DocIndex, m: Mention, head: int, mods: list[SectorWord]) -> bool:
    """Whether "children", "a man", "the driver" here are people who can take part in an
    event: not a thing's owner ("a children's home"), a predicate ("he was a great man"), part
    of a name ("The Man Who Knew Too Much"), or people a party or body word already describes
    ("Republican women", "government women representatives")."""
    doc = ix.doc
    tok = doc[head]
    if not tok.is_lower and not tok.is_sent_start or tok.dep_ in ("attr", "oprd", "compound"):
        return False
    if head + 1 < ix.n and doc[head + 1].tag_ == "POS":
        return False
    if mods:
        return False
    return not any((a := ix.anchor_at(i)) is not None and a.kind in ("ethnic", "ent_norp", "org")
                   for i in range(m.start, head))


# Possessive pronouns that point back to an owner named earlier in the text.
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# Sectors of a state's armed organs, which a possessive owner places ("its forces"; with the
# envoys, "its ambassador"). Other GOV words are left out: "his department" may be a school's,
# "its president, Jeff Mason" an association's.
_OWNED_ORGANS = frozenset({"MIL", "COP", "SPY"})
# Third-person owners ("our state" in a quotation is the speakers' own, told elsewhere).
_THIRD_OWNERS = frozenset({"its", "their", "his", "her"})
# Modifiers that make the owned forces another side's ("its allied forces", "its proxy militias").
_OTHER_SIDE = frozenset({"allied", "proxy", "rival", "enemy", "opposing", "partner",
                         "neighbouring", "neighboring"})


# Captives: "from" after the act that frees or moves them names where they were held.
CAPTIVES = frozenset({"hostage", "captive", "prisoner", "detainee", "inmate", "abductee"})


def _freed_from(ix: DocIndex, head: int, k: int) -> bool:
    """"Hamas freed 24 hostages from the Gaza Strip", "rescued six captives from a camp in
    Mali": the place captives are freed or taken from is where they were held, not whose
    citizens they are (those were Israeli, Thai and Filipino), so "from" after the verb gives
    them no state; "hostages from Japan" hanging on the noun still does."""
    doc = ix.doc
    if doc[head].lemma_.lower() not in CAPTIVES or not is_from(ix, k):
        return False
    prep = doc[k + 1] if doc[k].text == "," else doc[k]
    return prep.head.i != head and prep.head.pos_ in ("VERB", "AUX")


# Verbs and nouns that take a force out of where it served.
_WITHDRAWING = frozenset({"withdraw", "pull", "evacuate", "recall", "remove", "redeploy", "withdrawal",
                          "pullout", "pull-out", "drawdown", "removal", "evacuation", "redeployment"})


def withdrawn_from(ix: DocIndex, head: int, k: int, sector: str | None) -> bool:
    """(session 49) "The United States withdrew a small contingent of troops from Libya", "the
    withdrawal of all American and allied troops from Afghanistan": a force taken out of a
    place served there and is not that place's own; "troops from Chad arrived" still are."""
    if sector not in ("MIL", "COP") or not is_from(ix, k):
        return False
    tok = ix.doc[head]
    for _ in range(5):
        if tok.lemma_.lower() in _WITHDRAWING:
            return True
        if tok.dep_ not in ("pobj", "dobj", "conj", "nsubjpass") and not (tok.dep_ == "prep" and tok.lower_ == "of"):
            return False
        tok = tok.head
    return False


def _leaders_party(tok: Token, m: Mention, unit_start: int) -> bool:
    """"Diallo ... said his party was ready": a party owned by "his" or "her" is the party of
    the person the pronoun names, of that person's state (the pronoun stage gives it; with
    no owner found it is dropped), never "the party" of a deal ("both parties")."""
    return tok.lower_ == "party" and m.country is None and m.start == unit_start \
        and _owned_by_pronoun(tok, _PERSON_OWNERS)


def _owners_people(tok: Token, m: Mention, unit_start: int) -> bool:
    """"Guyana's president said his people had nothing to fear": the people a state or its
    leader owns, as the subject of their own clause, are that state's civilians (the pronoun
    stage gives the state only for a state or its government as owner; with none the mention
    is dropped). "Tunisia praised its people" stays the doer's own, no party of its act."""
    return tok.lower_ == "people" and m.country is None and m.start == unit_start \
        and tok.dep_ in ("nsubj", "nsubjpass") and _owned_by_pronoun(tok, _ONE_OWNER)


# Owners of one state's people; "their people" is as often each of two sides' ("Both sides
# want their people back").
_ONE_OWNER = frozenset({"his", "her", "its"})


# Owners of a person's own party ("his party"); "its party" and "their party" are rarer and
# as often a state's or a group's.
_PERSON_OWNERS = frozenset({"his", "her"})


def _owned_by_body(ix: DocIndex, m: Mention) -> bool:
    """(session 37) "The European Union's delegation in Tbilisi", "NATO's troops in Kosovo":
    an organ whose possessive owner is a named body is the body's, so the place after it says
    where it serves, not whose it is (the coreference pass gives it the owner's code)."""
    if m.start < 2 or ix.doc[m.start - 1].lower_ not in ("'s", "\u2019s"):
        return False
    owner = ix.anchor_at(m.start - 2)
    return owner is not None and owner.kind == "org" and owner.end == m.start - 1 \
        and isinstance(owner.payload, Organisation) and owner.payload.country is not None


def _owned_by_pronoun(tok: Token, owners: frozenset[str] = _OWNER_PRONOUNS) -> bool:
    """"Russia withdrew its troops from Syria": the troops are the owner's, whom the pronoun
    names; a place after them is where they are or leave, so the pronoun stage decides."""
    return any(c.dep_ == "poss" and c.lower_ in owners for c in tok.children)


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


def _take_home_town(ix: DocIndex, m: Mention) -> None:
    """"a 28-year-old from Lahore": a private person's home town says whose civilian they are
    and is no actor of its own, so it makes no mention (the person's span stays the noun, and a
    country's name stays a mention)."""
    doc = ix.doc
    k = m.end + (1 if m.end < ix.n and doc[m.end].text == "," else 0) + 1
    if k < ix.n and doc[k].lower_ == "the":
        k += 1
    anchor = ix.anchor_at(k)
    form = anchor.whole_country if anchor is not None else None
    if anchor is None or form is None or anchor.start != k or form.form != "place" \
            or any(ix.used[i] for i in range(m.end, anchor.end)):
        return
    ix.mark(anchor.start, anchor.end)
