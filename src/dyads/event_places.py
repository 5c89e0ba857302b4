"""Parties the place supplies: when a sentence names no doer or no one acted on, the state
where it happens stands in ("three men were arrested in Nairobi" -> Kenya's police).

Why apart: these rules walk the trigger's place phrases, not its subject and objects, and follow
the PLOVER and CAMEO coders' habit of naming the state of the place; they are a mixin of the
event coder's per-document class (``dyads.events``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .event_protested import protested_against
from .event_complements import along_line
from .event_modality import Candidate
from .event_nominal import SWEPT
from .event_parties import PartyAssigner, answers_act, fled, opposed_state
from .event_roles import (
    PASS_SUBJ as _PASS_SUBJ, SUBJ as _SUBJ, as_place as _as_place, children as _children, dedupe as _dedupe,
    mention_root as _mention_root, merge as _merge,
    phrase_span, FIRING_VERBS,
)
from .event_subjects import is_state
from .mention_edges import POSTED
from .event_verbal import _verdict
from .model import Actor
from .nlp import doc_text
from .places import TOWN_NOUNS
from .triggers import word_list

__all__ = ["PlaceParties"]


_DEVICES = {"bomb", "bombing", "blast", "explosion", "explosive", "mine", "minefield", "landmine", "rocket",
            "missile", "grenade", "mortar", "shell", "gunfire", "gunman", "gunmen", "attacker", "assailant",
            "bomber", "sniper", "kidnapper", "abductor", "ied"}
_POLICE_ACTS = {"arrest", "detain", "apprehend", "nab", "hold", "round", "raid", "search", "question"}
_COURT_ACTS = {"jail", "sentence", "imprison", "fine"}  # and the verdicts of ``_verdict``
# verbs of holding people captive, whose place names the captor ("held in Iran")
_CAPTIVITY = frozenset({"hold", "detain", "jail", "imprison", "keep"})
# nouns that only frame the act named in their "of" phrase
SHELL_NOUNS = {"state", "imposition", "declaration", "extension", "wave", "series", "spate", "string",
                "lifting", "campaign"}
_PLACE_PATH = {"dobj", "prep", "pobj", "acl", "amod", "compound", "nmod", "appos", "pcomp"}
_SWEEP_PREPS = {"in", "across", "throughout"}
# a protest so described spans many states and is aimed at none of them ("a global strike")
_WORLDWIDE = frozenset({"global", "worldwide", "international", "world", "transnational", "globe",
                        "continent", "europe", "africa", "asia", "americas"})
# nouns that are places though not named ones ("protests across the country", "in the streets")
_PLACE_NOUNS = TOWN_NOUNS | {"country", "nation", "street", "square", "state", "district", "area",
                             "neighbourhood", "neighborhood", "cities", "towns"}
# verbs by which a protest reaches new places ("spread to Valparaiso")
_SPREADING = frozenset({"spread", "extend"})
_PLACE_WORDS = {"in", "near", "inside", "across", "throughout", "into", "on", "at", "outside"}
# (session 42) phrases that date an act by another one ("restricted access during protests in
# Baghdad"): a place inside them is where that other act happened, not whom this one is aimed at
_TIME_FRAMES = frozenset({"during", "amid", "amidst", "after", "before", "following", "since", "until", "ahead"})
# (session 33) what is owned and can be frozen or seized where it lies ("froze the bank's assets in
# Britain"): the place is where the property is kept, never the one the measure is aimed at
_PROPERTY = word_list("held_property")


def _on_property(tok: Token) -> bool:
    """Whether the act ``tok`` is done to property: its own noun ("an asset freeze") or its
    object ("froze Landsbanki's assets", "seized funds") names what is owned."""
    nouns = [tok] if tok.pos_ == "NOUN" else []
    nouns += [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "compound"]
    return any(n.lemma_.lower() in _PROPERTY for n in nouns)


def _names_place(noun: Token) -> bool:
    """Whether a phrase is a place (a named place or a place noun), not a time or a manner
    ("in May", "in protest", "in solidarity")."""
    if noun.lemma_.lower() in _PLACE_NOUNS or noun.lower_ in _PLACE_NOUNS:
        return True
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in noun.subtree)



def _place_of(noun: Token) -> bool:
    """Whether a place noun is named by its "of" phrase ("near the town of Samarra", "in the
    Ukrainian city of Kherson"): the name sits one phrase below the head the scene search reads."""
    if noun.lemma_.lower() not in _PLACE_NOUNS:
        return False
    # (the small model often tags a town's name NORP or nothing: a proper noun will do, since only
    # the places the actors stage placed in a state are taken)
    return any(o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN" for p in _children(noun, {"prep"}) if p.lower_ == "of"
               for o in _children(p, {"pobj"}))


# armed sides of no state that the struck may place ("gunmen", "insurgents")
_ARMED = frozenset({"REB", "UAF", "CRM", "INS"})
# people abroad by their role: their state is not where the blow fell
_ABROAD = frozenset({"tourist", "visitor", "missionary", "aid", "diplomat", "embassy", "consulate", "ambassador",
                     "peacekeeper", "peacekeeping", "contractor", "expatriate", "expat", "engineer", "hostage",
                     "pilgrim", "foreigner", "volunteer", "monitor", "observer", "envoy", "sailor", "crew",
                     # merchant ships sail abroad by their role: an owner's or flag's state is not the scene
                     "ship", "vessel", "tanker", "freighter", "carrier"})
# people and bodies of people a state's measures fall on ("a travel ban on lawyers", "outlawed the party")
_PEOPLE = frozenset({"dissident", "critic", "activist", "opponent", "journalist", "editor", "reporter", "blogger",
                     "writer", "lawyer", "candidate", "leader", "laureate", "relative", "family", "member", "supporter",
                     "protester", "demonstrator", "prisoner", "detainee", "suspect", "politician", "party", "opposition",
                     "union", "cleric", "priest", "monk", "imam", "official", "minister", "mayor", "governor",
                     "lawmaker", "legislator", "deputy", "businessman", "tycoon", "general", "officer", "commander",
                     "rebel", "militant", "insurgent", "citizen", "national", "academic", "professor", "artist",
                     "athlete", "organisation", "organization", "group", "movement", "association",
                     "people", "person", "man", "woman", "child", "civilian", "resident", "student", "worker",
                     "villager", "teenager", "boy", "girl", "employee", "staff", "crew", "doctor", "nurse",
                     "teacher", "farmer", "trader", "ngo", "charity"})


def _people(noun: Token) -> bool:
    """Whether a phrase names people: a person's name or a noun for people or a body of them."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _PEOPLE or noun.lower_ in _PEOPLE


def _done_to(tok: Token) -> list[Token]:
    """What a coercive act is done to: a verb's object or passive subject; a noun's "of", "on" or
    "against" phrase ("the arrest of six opposition leaders", "a travel ban on lawyers"), or the
    object of the verb that puts it "under" the act ("placed his relatives under house arrest")."""
    if tok.pos_ in ("VERB", "AUX"):
        found = _children(tok, {"dobj", "nsubjpass"})
    else:
        found = [o for p in _children(tok, {"prep"}) if p.lower_ in ("of", "on", "against")
                 for o in _children(p, {"pobj"})]
        if not found and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            found = _children(tok.head.head, {"dobj"})
    return found


# sectors that act for a state itself: a protest home target (the own state) never fits them
# (lawmakers walking out do protest their own state's government)
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})

# acts done to a person (a court's or police's): a person named with them is the target, never the place
_PATIENT_ACTS = frozenset({"arrest", "detain", "sentence", "charge", "convict", "jail", "imprison", "indict",
                           "remand", "deport", "extradite", "execute", "prosecute", "try", "fine", "acquit"})

class PlaceParties(PartyAssigner):
    """Finds the state where an act happens and the parties it stands for."""

    def home_target(self, cand: Candidate) -> list[Actor]:
        """A protest that names no one it is aimed at is aimed at the protesters' own state
        ("nurses in England walked out" → GBR), as ICEWS and the PLOVER gold code it. The target
        is the state only (no sector), at a low confidence; its span is the place the protest
        sweeps, else it has no span of its own (an empty mention at the trigger): the trigger
        ("strike") names the act, not whom it is aimed at, and the protesters' span on both sides
        would read as the protesters aimed at themselves."""
        states = {a.country for a in cand.source if is_state(a)}
        if len(states) != 1 or self.worldwide(cand.token):
            return []
        if all(a.sector in _STATE_ORGANS or a.kind in ("country", "pronoun") and a.sector is None
               and (r := _mention_root(self.doc, a)) is not None and r.pos_ in ("PROPN", "PRON")
               for a in cand.source):
            return []  # "Israel would not block aid": a state obstructing is never aimed at itself
        (state,) = states
        src = cand.source[0]
        opposed = opposed_state(cand.token)
        if opposed is not None and opposed[2] != state:
            # "anti-Japanese protests in China": the protest says whom it is against
            start, end, iso3 = opposed
            return [Actor(start, end, doc_text(self.doc)[start:end], country=iso3, sector=None, code=iso3,
                          kind="country", sentence=src.sentence, confidence=0.5)]
        start, end = self.swept_place(cand.token) or (cand.token.idx, cand.token.idx)
        if any(a.start < end and start < a.end for a in cand.source):
            start, end = cand.token.idx, cand.token.idx
        return [Actor(start, end, doc_text(self.doc)[start:end], country=state, sector=None, code=state,
                      kind="country", sentence=src.sentence, confidence=0.3)]

    def home_protesters(self, cand: Candidate) -> list[Actor]:
        """"Farmers blocked the roads into Lima", "protests against the tax were held in Nairobi":
        a protest whose protesters the text gives no state is by the people of the one state it
        takes place in (CAMEO's PERCVL), as the PLOVER coders record it, the way an unnamed doer
        of an arrest is the scene's police. The place is read from the protest's bare-place targets
        or its scene (on the trigger, or on the verb it is the subject of: "were held in Nairobi",
        "paralysed Accra"); never when it spans several states. The span is the protesters' own
        words when the verb has a subject, else the place's; the confidence is low (0.3)."""
        tok = cand.token
        if self.worldwide(tok):
            return []
        opposed = opposed_state(tok)
        places = [a for a in cand.target if a.kind == "country" and a.country and a.code == a.country
                  and (opposed is None or a.start != opposed[0])  # (the state protested against is none)
                  and not protested_against(self.doc, tok, a)]  # (session 43) "a rally against Kosovo's declaration"
        if not places:
            places = [a for a in self.place_target(tok, [], scene_only=True) if not protested_against(self.doc, tok, a)]
            if not places and tok.dep_ in _SUBJ | _PASS_SUBJ and tok.head.pos_ in ("VERB", "AUX"):
                places = self.place_target(tok.head, [], scene_only=True) or self.spread_to(tok.head)
        places = [a for a in places if is_state(a)]
        if not places or len({a.country for a in places} | self.listed_states(places[0])) > 1:
            return []
        place = places[0]
        start, end = place.start, place.end
        subjects = [s for s in _children(tok, {"nsubj"}) if s.pos_ in ("NOUN", "PROPN")] if tok.pos_ == "VERB" else []
        if subjects:
            start, end = phrase_span(subjects[0])
        return [Actor(start, end, doc_text(self.doc)[start:end], country=place.country, sector="CVL",
                      code=f"{place.country}CVL", kind="group", sentence=place.sentence, confidence=0.3)]

    def own_government(self, cand: Candidate) -> list[Actor]:
        """(session 31) A crowd of one state protesting against "the government" protests against its
        own ("boycott supporters chanted against the government"), whichever state's government the
        mention was last resolved to."""
        states = {a.country for a in cand.source if is_state(a)}
        if len(states) != 1 or any(a.sector in _STATE_ORGANS for a in cand.source):
            return cand.target
        (state,) = states
        out = []
        for a in cand.target:
            root = _mention_root(self.doc, a)
            if root is not None and a.sector == "GOV" and a.country != state and root.lower_ == "government" \
                    and [c.lower_ for c in root.children] == ["the"]:
                a = replace(a, country=state, code=f"{state}GOV", name=None)
            out.append(a)
        return out

    def spread_to(self, verb: Token) -> list[Actor]:
        """(session 31) The places a protest reaches ("demonstrations spread to Valparaiso"): the
        "to" phrase of a verb of spreading is where it is now held."""
        if verb.lemma_.lower() not in _SPREADING:
            return []
        return _dedupe(_as_place(a) for p in _children(verb, {"prep"}) if p.lower_ == "to"
                       for o in _children(p, {"pobj"}) for a in self.index.in_phrase(o, loose=False)
                       if a.kind == "country")

    def worldwide(self, tok: Token) -> bool:
        """Whether a protest spans many states, so that no one home state is its aim: called
        global or worldwide ("a global strike", "the international day of protest"), held "around
        the world", or placed in more than one state ("in New York, London and Berlin")."""
        hosts = [tok] + ([tok.head] if tok.dep_ != "ROOT" and tok.head.pos_ in ("VERB", "AUX") else [])
        for host in hosts:
            for child in host.children:
                if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in _WORLDWIDE:
                    return True
                if child.dep_ == "prep" and any(o.lower_ in _WORLDWIDE or o.lemma_.lower() == "world"
                                                for o in _children(child, {"pobj"})):
                    return True  # "protests around the world", "strikes across Europe"
        scene = [a for host in hosts for a in self.place_target(host, [], scene_only=True)]
        return len({a.country for a in scene if is_state(a)}) > 1

    def swept_place(self, tok: Token) -> tuple[int, int] | None:
        """The characters of the place a protest fills: the object of "rocked / swept / gripped"
        ("protests rocked the capital"), else an in/across/throughout phrase on the trigger or its
        verb that names a place ("rallies across the country"), not a time ("in May")."""
        if tok.dep_ in _SUBJ and tok.head.lemma_.lower() in SWEPT:
            for obj in _children(tok.head, {"dobj"}):
                return phrase_span(obj)
        hosts = [tok] + ([tok.head] if tok.dep_ != "ROOT" and tok.head.pos_ in ("VERB", "AUX") else [])
        for host in hosts:
            for prep in _children(host, {"prep"}):
                if prep.lower_ not in _SWEEP_PREPS:
                    continue
                for pobj in _children(prep, {"pobj"}):
                    if _names_place(pobj):
                        return phrase_span(pobj)
        return None

    def civilians_of(self, obj: Token, places: list[Actor]) -> list[Actor]:
        """"stabbed several people in Paris": people named as the verb's object (``obj``, from
        ``_victim_words``) but not coded are the civilians of the state where it happens
        (CAMEO's FRACVL), with the object phrase as their span; the place is where, not whom."""
        if not places or not places[0].country:
            return []
        span = self.doc[obj.left_edge.i:obj.i + 1]
        country = places[0].country
        return [Actor(span.start_char, span.end_char, span.text, country=country, sector="CVL",
                      code=f"{country}CVL", kind="group", sentence=places[0].sentence, confidence=0.5)]

    def unnamed_doer(self, tok: Token, cand: Candidate) -> list[Actor]:
        """"Three men were arrested in Nairobi", "a roadside bomb near Samarra killed two
        soldiers": when the text names no doer, the doer is of the state where it happened (its
        police for an arrest, its courts for a sentence, its authorities for other coercion,
        unidentified armed men for an attack), as CAMEO and PLOVER coders record it. Coercion in
        the passive with no agent qualifies; an attack only when a weapon or unnamed attackers are
        its subject ("was murdered in the Saudi consulate in Istanbul" says nothing of Turkey).
        The span is the place's.
        """
        subjects = _children(tok, _SUBJ)
        devices = [s for s in subjects if s.lemma_.lower() in _DEVICES or s.lower_ in _DEVICES]
        if subjects and not devices or cand.type == "ASSAULT" and not devices:
            return []  # ("was murdered in the Saudi consulate in Istanbul": not by Turkey)
        if not subjects and not _children(tok, _PASS_SUBJ):
            return []  # an infinitive or participle borrows a doer from elsewhere
        if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
            return []  # "was arrested by ...": the agent is named, if not resolved
        # the court or police of the scene, never the state of the one convicted ("Pell was
        # convicted in Australia": an Australian court, not a Vatican one)
        places = self.place_target(tok, [], scene_only=True)
        for dev in devices:
            places = places or self.place_target(dev, [], scene_only=True)
        convict = False
        if tok.lemma_.lower() in _COURT_ACTS or _verdict(tok):
            # (only for a court's verdict: the state of one arrested or detained says nothing of
            # who held him - "General X was detained" is no arrest by X's own span)
            convict = not places
            places = places or self.convicts_state(tok)
        places = [a for a in places if is_state(a)]
        if not places or len({a.country for a in places} | self.listed_states(places[0])) > 1:
            return []  # "arrests were made in Australia, Brazil and Canada": no one state acted
        place = places[0]
        if self.own_forces_taken(tok, cand, place.country):
            return []
        if cand.type == "ASSAULT":
            sector = "UAF"  # unidentified armed men of that state
        else:
            lemma = tok.lemma_.lower()
            sector = "COP" if lemma in _POLICE_ACTS else "JUD" if lemma in _COURT_ACTS or _verdict(tok) else "GOV"
        # (session 46) "Suu Kyi has been charged with ...": her state's courts charged her, but her
        # own words are not theirs (judges read her span as her own accuser); an empty mention at
        # the verb, as for other doers a story implies
        start, end, text = (tok.idx, tok.idx, "") if convict else (place.start, place.end, place.text)
        return [Actor(start, end, text, country=place.country, sector=sector,
                      code=f"{place.country}{sector or ''}", kind="group", sentence=place.sentence,
                      confidence=0.4)]

    @staticmethod
    def place_in_one_role(cand: Candidate) -> None:
        """(session 42) "The yacht was seized in Fiji", "a rocket struck a petrol station in
        Kantharalak": when the place that gave the unnamed doer is also the only target, it
        stands for one side only. Coercion is the scene's authorities' (Fiji seized it; where
        the thing lay is no party); a blow with no named victim fell on the place, and its
        unnamed attacker is of no known state (the place names the struck, not who struck)."""
        spans = {(a.start, a.end) for a in cand.source}
        if not spans or not cand.target or any((a.start, a.end) not in spans or a.kind != "country"
                                               for a in cand.target):
            return  # ("Sharif was convicted": the court read from the person's state; he is still tried)
        if cand.type == "ASSAULT":
            cand.source = []
        else:
            cand.target = []

    @staticmethod
    def own_forces_taken(tok: Token, cand: Candidate, state: str | None) -> bool:
        """"The soldiers were seized near the town of Tame": a state does not seize or abduct its
        own soldiers or police, so when all the coerced are the scene state's forces the taker is
        their enemy, whom the place does not name (the place is where, not who). Arrests and
        sentences stay the scene's police and courts ("two officers were arrested in Lima")."""
        lemma = tok.lemma_.lower()
        if cand.type == "ASSAULT" or lemma in _POLICE_ACTS | _COURT_ACTS | _PATIENT_ACTS or _verdict(tok):
            return False
        return bool(cand.target) and all(a.country == state and a.sector in ("MIL", "COP") for a in cand.target)

    def captor_state(self, tok: Token) -> list[Actor]:
        """"Two Britons who had been held in Iran were released": with no releaser named, the
        captives' own clause says who held them, the state they were "held/detained/jailed in"
        (its government, at a low confidence, with the place's span); only one state."""
        held = [v for p in _children(tok, _PASS_SUBJ) for v in p.children
                if v.dep_ in ("relcl", "acl") and v.lemma_.lower() in _CAPTIVITY]
        places = [a for v in held for p in _children(v, {"prep"}) if p.lower_ in ("in", "inside")
                  for o in _children(p, {"pobj"}) for a in self.index.in_phrase(o, loose=False) if is_state(a)]
        if len({a.country for a in places}) != 1:
            return []
        place = places[0]
        return [Actor(place.start, place.end, place.text, country=place.country, sector="GOV",
                      code=f"{place.country}GOV", kind="group", sentence=place.sentence, confidence=0.4)]

    def own_people(self, cand: Candidate) -> list[Actor]:
        """"Zimbabwean police arrested the editor", "Belarus jailed the Nobel laureate", "outlawed
        the pro-independence party": coercion a state turns on people whom the text gives no state
        of its own is aimed at that state's own people, as the PLOVER and ICEWS coders record
        domestic repression (ZWE arrests ZWE). Arrests, detentions and charges (CAMEO 173),
        curfews and emergencies (1723, 1724) always fall on people; other administrative measures
        and bans only when their object is a person or a body of people ("a travel ban on lawyers";
        never "shut down radio stations" or "confiscated farms", which name no one). The target is
        the state only, at a low confidence, with the people's phrase as its span. Foreigners are
        named as such ("two French journalists"), so their own state is already the target."""
        states = {a.country for a in cand.source if is_state(a)}
        if len(states) != 1 or len(cand.source) != sum(is_state(a) for a in cand.source):
            return []
        if any(a.confidence <= 0.5 for a in cand.source):
            return []  # a doer's state only guessed from the sentence ("Police arrested two men for
            # attacking a Chinese diplomat") says nothing of whose people were taken
        code = cand.cameo or ""
        if not (code == "173" or code.startswith("172")):
            return []
        (state,) = states
        objects = _done_to(cand.token)
        if code in ("173", "1723", "1724"):
            people = objects or ([cand.token] if code != "173" else [])
        else:
            people = [o for o in objects if _people(o)]
        if not people or any(c.dep_ == "poss" and c.pos_ == "PRON" for p in people for c in p.children):
            return []  # ("had arrested its critics": whose they are is told, and another rule's to read)
        head = people[0]
        start, end = phrase_span(head)
        if head is cand.token:
            start = end = cand.token.idx
        if any(a.start < end and start < a.end for a in cand.source):
            return []  # the object phrase holds the doer: no one else is named
        src = cand.source[0]
        return [Actor(start, end, doc_text(self.doc)[start:end], country=state, sector=None, code=state,
                      kind="group", sentence=src.sentence, confidence=0.3)]

    def victims_home(self, cand: Candidate) -> list[Actor]:
        """"Gunmen killed a Haitian judge", "a suicide bomber killed 12 Iraqi soldiers at a
        checkpoint": attackers of no known state, or a weapon as the subject, striking the people
        or forces of one state where the clause names no place, are of that state (CAMEO coders'
        HTIUAF), as ``unnamed_doer`` reads the state of a named place. People who are abroad by
        their very role ("tourists", "aid workers", "peacekeepers", "an embassy") say nothing of
        where it happened and are left alone. Returns the new source, or the old one unchanged."""
        tok = cand.token
        subjects = _children(tok, {"nsubj"}) or (_children(tok.head, {"nsubj"}) if tok.dep_ == "xcomp" else [])
        armed = all(a.country is None and (a.sector in _ARMED or (a.text.split() or [""])[-1].lower() in _DEVICES)
                    for a in cand.source)
        devices = [s for s in subjects if s.lemma_.lower() in _DEVICES or s.lower_ in _DEVICES]
        if not armed or not cand.source and not devices:
            return cand.source
        states = {a.country for a in cand.target if is_state(a)}
        if len(states) != 1 or any(a.country is None for a in cand.target):
            return cand.source
        if all(a.kind == "country" and a.sector is None for a in cand.target):
            # (session 42) "one rocket struck a petrol station in Kantharalak": a place struck names
            # where the blow fell, not who struck (rockets are fired across borders)
            return cand.source
        for a in cand.target:
            root = _mention_root(self.doc, a)
            while root is not None and root.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") and root.head.i != root.i:
                root = root.head  # ("two French tourists", "a Greek-owned ship": the state is a word on them)
            if root is not None and any(t.lemma_.lower() in _ABROAD for t in root.subtree):
                return cand.source
        (state,) = states
        if cand.source:
            return [replace(a, country=state, code=f"{state}{a.sector or ''}", confidence=min(a.confidence, 0.4))
                    for a in cand.source]
        subj = devices[0]
        start, end = phrase_span(subj)
        return [Actor(start, end, doc_text(self.doc)[start:end], country=state, sector="UAF", code=f"{state}UAF",
                      kind="group", sentence=cand.target[0].sentence, confidence=0.4)]

    def listed_states(self, place: Actor) -> set[str]:
        """The states of a place and of the places listed with it ("in Australia, Brazil and
        Canada"), which the scene search, keeping to one phrase, does not reach."""
        states = {place.country} if place.country else set()
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            return states
        root = span.root
        for other in (*root.conjuncts, *_children(root, {"appos"})):
            states |= {a.country for a in self.index.in_phrase(other, loose=False) if is_state(a)}
        return states

    def convicts_state(self, tok: Token) -> list[Actor]:
        """With no scene named, the state of the people tried stands for the court's ("Chirac was
        convicted of corruption": a French court), but only when every one of them is of that one
        state; people of several or unknown states leave the court unknown."""
        found = self.place_target(tok, [])
        heads = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        people = [t for h in heads for t in (h, *h.conjuncts) if any(w.ent_type_ == "PERSON" for w in t.subtree)]
        named = [[a for a in self.index.in_phrase(p) if a.kind == "person" and a.country] for p in people]
        if not people or not all(named) or len({a.country for a in found}) != 1:
            return []
        return found

    def placed_groups(self, tok: Token, cand: Candidate) -> None:
        """"Militants attacked an army base in Borno", "Kurdish militia positions in northern
        Syria": a group of no known state, acting or struck where the clause says it happens, is
        of that state (CAMEO coders' NGAREB, SYRUAF). Only when the clause names one state."""
        places = self.place_target(tok, [])
        for subj in _children(tok, _SUBJ):
            places = _merge(places, self.place_target(subj, []))
        states = {a.country for a in places if is_state(a)}
        if len(states) != 1:
            return
        (state,) = states

        def fill(actors: list[Actor], struck: bool = False) -> list[Actor]:
            # (not a faith's clergy "from around the world", nor "our" fight: they name no state)
            return [replace(a, country=state, code=f"{state}{a.sector or ''}", confidence=min(a.confidence, 0.5))
                    if a.country is None and (a.kind == "group" and (a.sector or struck)
                                              or struck and a.kind == "organisation" and not a.sector)
                    and a.sector != "REL" and not self.origin_given(a) else a for a in actors]

        # those struck where the clause places the blow are of that state even when the actors
        # stage knows no sector for them ("slaughtered thousands of Tutsis in Kigali")
        cand.source = fill(cand.source)
        cand.target = fill(cand.target, struck=cand.type in ("ASSAULT", "COERCE"))

    def origin_given(self, actor: Actor) -> bool:
        """Whether the phrase says where its people come from ("bishops from around the world"),
        or it names people posted abroad ("diplomats in Kabul": the place is their post)."""
        root = _mention_root(self.doc, actor)
        return root is not None and (any(c.dep_ == "prep" and c.lower_ == "from" for c in root.children)
                                     or root.lemma_.lower() in POSTED)

    def place_target(self, tok: Token, source: list[Actor], scene_only: bool = False) -> list[Actor]:
        """With no party named, the country where it happens is the target (the PLOVER coders' way).
        ``scene_only`` skips the person a sentence or arrest is done to, to find only the scene.

        "lifted the curfew imposed in Darfur", "fired at positions near Kandahar", "a ceasefire in
        Yemen": a place phrase of the trigger's own clause, reached through its objects and their
        modifiers, never through another clause or a subject.
        """
        sources = {a.country for a in source}
        found: list[Actor] = []
        if not scene_only and _on_property(tok):
            return []  # ("froze Landsbanki's assets in the United Kingdom": the owner, if anyone, is hit)
        patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")
                    and any(t.ent_type_ == "PERSON" for t in c.subtree)]
        if tok.lemma_.lower() in _PATIENT_ACTS and patients and not scene_only:
            # "X was sentenced in Pakistan": the named person is who it is done to
            return [a for p in patients for a in self.index.in_phrase(p) if a.kind == "person"]
        frontier, seen = [(tok, 0)], {tok.i}
        act = tok
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in SHELL_NOUNS:
            # "a state of emergency in Ecuador", "a wave of attacks in Syria": the place hangs on the
            # noun that frames the act, not on the act's own word
            frontier.append((tok.head.head, 1))
            seen |= {tok.head.i, tok.head.head.i}
            act = tok.head.head
        if fled(act):
            return []  # "fled house arrest in San Diego": where the act was escaped is no party to it
        if act.pos_ == "NOUN" and act.dep_ == "dobj" and act.head.pos_ == "VERB" and act.head.i not in seen \
                and not answers_act(act.head):
            # "declared martial law across Thailand", "imposed a curfew on Tuesday in Kano": the parser
            # hangs the place on the verb that carries the act noun; its other phrases (never its
            # subject) place the act too
            frontier.append((act.head, 2))
            seen.add(act.head.i)
        while frontier:
            node, depth = frontier.pop(0)
            for child in node.children:
                if child.i in seen or child.dep_ not in _PLACE_PATH:
                    continue
                if node.dep_ == "prep" and along_line(child):
                    continue  # "fighting near its border in Shan state": a line between two sides, no scene
                if child.dep_ == "prep" and child.lower_ in _TIME_FRAMES:
                    continue  # "restricted access during protests in Baghdad": the other act's place
                if child.dep_ == "prep" and child.lower_ == "from" and tok.lemma_.lower() in FIRING_VERBS:
                    continue  # (session 47) "howitzers fired from fields outside Akcakale": the origin
                seen.add(child.i)
                if child.dep_ == "prep" and child.lower_ in _PLACE_WORDS:
                    for pobj in child.children:
                        # ("in Nigeria's Zamfara state": the head is no name, its owner is)
                        people = [c for c in pobj.children if c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON"]
                        if tok.lemma_.lower() in _PATIENT_ACTS and people and not scene_only:
                            # "in Pakistan, Mohammed Waseem ... was sentenced": the parser made the
                            # person a conjunct of the place; the person is the one sentenced
                            return [a for p in people for a in self.index.in_phrase(p) if a.kind == "person"]
                        if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "LOC") or any(
                                c.dep_ in ("compound", "poss") and c.ent_type_ in ("GPE", "LOC")
                                for c in pobj.children) or _place_of(pobj)):
                            found = _merge(found, [a for a in self.index.in_phrase(pobj, loose=False)
                                                   if a.kind == "country" and a not in source])
                if depth < 3:
                    # an "of" phrase stays inside its noun's phrase ("the deputy chief of Israel's
                    # militia ally in southern Lebanon"): it costs no step of the walk
                    inside = child.dep_ == "prep" and child.lower_ == "of" or node.dep_ == "prep" and node.lower_ == "of"
                    frontier.append((child, depth if inside else depth + 1))
        # a capital named as a place is the state where it happens ("clashes in Paris"), not
        # the government the city's name stands for elsewhere ("Paris rejected the offer")
        found = _dedupe(_as_place(a) for a in found)
        # the source's own country is a fine target ("Sudan eased the curfew in Sudan"), but
        # when another country is named as well, that one is meant
        other = [a for a in found if a.country not in sources]
        return other or found
