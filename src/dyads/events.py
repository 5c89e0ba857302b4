"""Who did what to whom: PLOVER events (with CAMEO codes) from the dependency parse and a trigger lexicon.

Why a lexicon over the parse: it is fast, offline, and every event can be explained by pointing
at its trigger word and the grammatical links to its actors. The sentence classifier
(``dyads.classify``), when present, only sets confidence and breaks ties between readings.

Decisions (PLOVER manual rules of thumb, and ours):
- Promises and plans of cooperation, support or aid are AGREE with ``future=True`` and a CAMEO 03x
  code ("will allocate $50 million" -> AGREE 033); conflict stays its own type with ``future``.
- "refused to", "rejected" are REJECT (not negation); "did not sign", "has not given up" set
  ``negated``. Verbs that take a complement (agree to, urge to, refuse to, threaten to, accuse of)
  make one event whose mode and CAMEO code come from the complement.
- Speech ("Putin said that Russia supports ...") is not an event; what is said is, with
  ``reported_by`` = the speaker.
- Sanctions between states are SANCTION, mode ``discontinue``, CAMEO 163, QuadClass 4 (GDELT's
  QuadClass for root 16; PentaClass would say 3).
- Meetings, talks and joint actions are one record with all parties as sources (no dyad explosion).
- The main event (highest confidence) is the one a reader names: confidence falls with the number
  of CLAUSE steps between the trigger and the sentence's main clause (``clause_depth``), where what
  a speech verb reports counts as main ("officials said Iran attacked ...") and participles
  (", killing five"), relative, time and purpose clauses count as background.
- Roles: an agent behind a subject is the source ("missiles fired by Israel struck"); what one
  reports, condemns or asks for is not one's own act; "blamed X for Y" has no target in Y; where
  a meeting happens is not who it is with; a mobilised force is not a target; a promise or threat
  reported as "said X would attack Y" is aimed at Y, not at the speaker's own side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .actor_coref import object_referent
from .actor_lexicon import OBJECT_PRONOUNS, PRONOUNS, REFLEXIVES
from .countries import NON_STATE_CODES, country_forms
from .places import place_country
from .dates import parse_iso, resolve_date_iso
from .event_complements import (
    TARGET_PREPS as _TARGET_PREPS,
    WEAK_TARGET_PREPS as _WEAK_TARGET_PREPS,
    concede_to,
    embed,
    for_clauses,
    protest_aim,
    to_clauses,
    undo,
)
from .event_records import main_event, penta_of_event, to_events
from .event_filters import (
    collision, economic_blow, everyday_sense, generic_visitors, journey, mishap, mishap_inquiry, no_comment, other_sense,
    product_release, talk_partners, verbal_attack, weather,
)
from .event_modality import (
    COOP_TYPES as _COOP_TYPES,
    HYPO_MARK as _HYPO_MARK,
    THREAT_TYPES as _THREAT_TYPES,
    WISH as _WISH,
    Candidate,
    make_promise,
    refine_code,
    set_flags,
)
from .event_roles import (
    GIVE as _GIVE,
    REASON_PREPS as _REASON_PREPS,
    OBJ as _OBJ,
    PASS_SUBJ as _PASS_SUBJ,
    SUBJ as _SUBJ,
    ActorIndex as _Index,
    children as _children,
    as_place as _as_place,
    dedupe as _dedupe,
    lemma_in as _lemma_in,
    mention_root as _mention_root,
    merge as _merge,
    prep_objects as _prep_objects,
    raised_objects as _raised_objects,
    shared_objects as _shared_objects,
    scoped as _scoped,
    stranded_to as _stranded_to,
    to_infinitive as _to_infinitive,
    verb_of as _verb_of,
)
from .model import Actor, Event, Quote
from .nlp import sentence_of_token, sentences
from .triggers import REQUEST_CODE as _REQUEST_CODE, Trigger, lexicon, speech_lemmas, word_list

__all__ = ["find_events", "main_event", "penta_of_event"]

_LIGHT = word_list("light_verbs")
_INFO = word_list("information")
_FIGURATIVE = word_list("figurative_fights")
_NO_GIFT = word_list("no_gift")
_CAMPAIGN = {"campaign", "election", "reelection", "re-election", "victory"}
# what a leader does at a rally of his own: speaking there is campaigning, not protesting
_PLATFORM_SPEECH = {"announce", "say", "tell", "speak", "tout", "vow", "promise", "pledge", "declare", "boast",
                    "claim", "repeat", "reiterate", "praise", "mock", "address", "unveil", "brag"}
_TROOPS = word_list("troops")
_ARMOUR = word_list("armour")
_CIVIL_TANKS = word_list("civil_tanks")
# the numbered parts of a text a speaker may cite: "Article 5 of the treaty"
_PROVISION_PARTS = {"article", "clause", "section", "chapter", "paragraph", "annex", "protocol"}
_RECV = word_list("receive")
_PEACEKEEPING = word_list("peacekeeping")
_HELP_TEAMS = word_list("help_teams")
_REMOVALS = word_list("removals")
_RESPONDERS = word_list("responders")
_FUTURE_HEADS = word_list("future_heads")
_DEFINITE = word_list("definite")
_SHELLS = word_list("event_shells")
_PLATFORMS = word_list("platforms")
_FRAMES = word_list("frame_nouns")
_UNDERGONE = word_list("undergone")
_EXPLODING = word_list("exploding_arms")
_SPEECH_VERBS = {"say", "add", "cite", "claim", "note", "argue", "explain", "state"}
_SPEECH = speech_lemmas() | {"accord"}
_PLEDGES = {"assurance", "promise", "pledge", "undertaking", "guarantee"}
_MONEY_WORDS = {"loan", "credit", "bank", "financial", "sovereign", "debt"}
_PACT_VERBS = {"reach", "sign", "conclude", "agree", "seal", "finalise", "finalize"}
# "a deal was struck": strike is a pact verb only with a pact as its subject
_STRUCK_PACTS = {"deal", "agreement", "accord", "pact", "compromise", "truce", "ceasefire", "bargain", "settlement"}
# warnings whose complement says what will befall the one warned
_WARNINGS = {"warn", "caution", "threaten"}
# what happens to someone rather than what they do: "it would face sanctions", "would pay a price"
_UNDERGO = {"face", "suffer", "pay", "regret", "risk", "bear", "lose", "be", "become"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "them", "itself", "themselves"}
_SINGULAR = {w for w, kind in {**PRONOUNS, **REFLEXIVES}.items() if kind != "they"}
# the result words of "left two soldiers dead/wounded" and the verb whose lexicon row codes that harm
_HARM_RESULTS = {"dead": "kill", "killed": "kill", "wounded": "wound", "injured": "injure", "hurt": "injure"}
_POSSESSIVE = {"his", "her", "its", "their", "our", "my"}
_FIRST_PERSON = {"we", "i", "us", "our", "my"}
_OBJECT_PRONOUNS = OBJECT_PRONOUNS | {"they"}  # (the small model files some "they" as objects)
# "cease referring to the protests as riots", "responded to the attack": speaking of an event is not doing it
_REFER = {"refer", "respond", "react", "reply", "comment", "mention", "describe", "label", "allude", "point"}
# plants and premises: a nationality in front of them says where they are, not who made a deal
_SITES = {"site", "plant", "factory", "facility", "mill", "mine", "refinery", "warehouse", "branch", "subsidiary",
          "operation", "office", "store", "shop", "farm", "brewery", "works", "production", "unit", "yard"}
_SPANS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}

_HYPHEN = re.compile(r"^(?P<x>.+?)[-\u2013](?P<v>backed|supported|sponsored|allied|funded|financed|armed|brokered)$", re.I)
_HYPHEN_TRIGGERS = {"backed": "back", "supported": "support", "sponsored": "back", "allied": "back",
                    "funded": "fund", "financed": "finance", "armed": "send arm", "brokered": "mediate"}
_DOING = {"carry", "conduct", "launch", "stage", "mount", "organise", "organize", "lead", "make", "commit",
          "perpetrate", "claim", "fire", "order", "plan", "impose", "issue", "level", "wage",
          "file", "bring", "lodge", "submit", "initiate"}  # "a raid carried out by", "a lawsuit filed by"
_ARMED = {"troops", "troop", "soldier", "fighter", "militant", "gunman", "rebel", "insurgent", "force", "army",
          "sniper", "artillery", "jet", "militia", "mortar", "rocket", "tank", "warship", "helicopter"}
_OFFICES = {"minister", "president", "government", "official", "leader", "party", "company", "governor",
            "mayor", "chief", "administration", "ministry", "prime", "premier", "lawmaker", "senator"}
_BLAME = {"SANCTION", "COERCE", "ACCUSE", "ASSAULT", "SUPPORT", "REJECT", "PROTEST", "THREATEN"}
_REACTIONS = {"SAY", "ACCUSE", "REJECT", "SUPPORT", "REQUEST", "PROTEST"}
_PUBLICATION = {"press", "news", "media"}
_REPORTERS = {"reporter", "journalist", "correspondent", "press", "media", "newspaper", "interviewer", "broadcaster"}
_TALKS = {"discuss", "talk", "negotiate", "debate", "consult", "confer", "meet"}
_STANCE = {"REJECT", "SUPPORT", "ACCUSE"}
_HELP = {"AID", "SUPPORT", "COOPERATE"}
# "held talks in Geneva" (a venue), "opposed the war in Ukraine" (where the issue is): no target
# what one gives in to: "bowed to pressure", "bowed to the demands of the strikers"
_PRESSURES = word_list("pressures")
_DRILLS = word_list("war_drills")
_DRILLS_OR_PATROLS = _DRILLS | {"patrol"}
_JOINT = word_list("joint_words")
# open water: missiles fired "into the sea" hit no one; "the Sea of Japan", "the Gulf of Oman" name
# waters after a state, not a party
_WATERS = frozenset({"sea", "ocean", "water", "waters", "gulf"})
_NO_PLACE_TARGET = {"CONSULT", "REJECT", "SUPPORT", "ACCUSE", "REQUEST"}
# a doer left unnamed is of the state where it happened (``unnamed_doer``)
_UNNAMED_DOERS = {"COERCE", "ASSAULT"}
_DEVICES = {"bomb", "bombing", "blast", "explosion", "explosive", "mine", "minefield", "landmine", "rocket",
            "missile", "grenade", "mortar", "shell", "gunfire", "gunman", "gunmen", "attacker", "assailant",
            "bomber", "sniper", "kidnapper", "abductor", "ied"}
_MEDIATE = {"mediate", "broker", "intercede", "arbitrate"}
_GOODS = {"supply", "aid", "shipment", "cargo", "goods", "food", "medicine", "vaccine", "consignment", "delivery",
          "weapon", "arm", "ammunition", "fuel", "grain", "equipment", "tent", "relief"}
_DOCUMENTS = {"resolution", "bill", "motion", "report", "legislation", "law", "draft", "statement", "declaration",
              "text", "amendment", "petition", "memorandum"}
_URGING = {"encourage", "urge", "ask", "press", "push", "persuade", "convince", "invite", "tell", "order",
           "force", "compel", "allow", "permit", "help", "call", "pressure", "lobby", "advise", "instruct",
           "plead", "appeal", "beg", "implore"}
# "pleaded with Hamas to stop", "called on Iran to release", "appealed to the rebels to lay down":
# the preposition names the one urged
_URGED_PREPS = {"with", "on", "upon", "to"}
# "the withholding of aid", "a cut in aid": stopping help is a sanction (CAMEO 162), not help
_STOPPINGS = {"withhold", "withholding", "suspension", "suspend", "freeze", "freezing", "halt", "halting", "cut",
              "cutoff", "cutting", "termination", "stoppage", "reduction", "withdrawal"}
_CUSTODY = {"place", "put", "keep", "hold"}
_DISPATCH = {"send", "dispatch"}
_WAR_KIT = {"bomber", "destroyer", "frigate", "submarine",
            "carrier", "gunboat", "navy", "paratrooper", "commando"}
_POLICE_ACTS = {"arrest", "detain", "apprehend", "nab", "hold", "round", "raid", "search", "question"}
_COURT_ACTS = {"jail", "sentence", "imprison", "fine"}  # and the verdicts below
# an operation a harm happened in: its owner did the harm ("killed in a US operation")
_OPERATIONS = {"operation", "raid", "strike", "airstrike", "attack", "offensive", "assault", "bombing",
               "ambush", "bombardment", "shelling", "counteroffensive", "incursion"}
# a verdict or charge given in the passive: the courts or prosecutors of the place ("was convicted in Paris")
_VERDICTS = {"convict", "indict", "charge", "prosecute"}
_NON_STATES = NON_STATE_CODES | {"REL"}
# "stabbed several people in Paris": the victims are named, so the place is no stand-in for them
_HUMAN_NOUNS = {"people", "person", "man", "woman", "child", "civilian", "resident", "passenger", "pedestrian",
                "student", "worker", "villager", "tourist", "worshipper", "bystander", "shopper", "customer",
                "guest", "victim", "teenager", "boy", "girl", "pupil", "visitor", "patient"}
# "the proclamation ... by the President": a deed noun whose "by" phrase names its author
_AUTHORED_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}
_PLACE_PATH = {"dobj", "prep", "pobj", "acl", "amod", "compound", "nmod", "appos", "pcomp"}
_PLACE_WORDS = {"in", "near", "inside", "across", "throughout", "into", "on", "at", "outside"}
_PARTICLES = {"in", "up", "down", "out", "off", "back", "away", "over"}
_SUFFER = {"die", "suffer", "perish", "flee", "survive", "escape", "lose", "drown", "starve"}
_TIME_MARK = {"after", "before", "when", "while", "as", "since", "once", "because", "though", "although"}


_QUANTITIES = {"ten", "hundred", "thousand", "million", "dozen", "score", "number", "lot", "host", "wave",
               "battalion", "contingent", "group", "unit", "column", "convoy", "fleet", "flotilla"}


def _named_things(verb: Token, particle: str | None) -> set[str]:
    """Lemmas and forms of what a verb acts on: its object, its passive subject, and the object the
    small model hangs on the particle ("handed in its weapons" parsed as a preposition)."""
    objs = _children(verb, {"dobj"} | _PASS_SUBJ)
    objs += [o for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == particle
             for o in _children(c, {"pobj"})]
    objs += [c for o in objs for c in _children(o, {"conj"})]
    out = {w for o in objs for w in (o.lemma_.lower(), o.lower_)}
    return out | _counted(objs)


def _shares_news(tok: Token) -> bool:
    """"She shared that ...": a that-clause with nothing handed over is speech, not cooperation."""
    return bool(_children(tok, {"ccomp"})) and not _children(tok, {"dobj"})


def _civil_tank(tok: Token) -> bool:
    """Whether the tanks a verb moves hold something ("fuel tanks", "tanks of oil", "think tanks"):
    containers and research groups, not armour."""
    for obj in _children(tok, {"dobj"} | _PASS_SUBJ):
        if obj.lemma_.lower() != "tank":
            continue
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _CIVIL_TANKS for c in obj.children):
            return True
        if _prep_objects(obj, {"of"}):
            return True
    return False


def _counted(objs: list[Token]) -> set[str]:
    """What a counted object counts: "massed tens of thousands of troops" masses troops."""
    out: set[str] = set()
    for obj in objs:
        cur = obj
        for _ in range(3):
            if cur.lemma_.lower() not in _QUANTITIES and not cur.like_num:
                break
            inner = [p for q in cur.children if q.dep_ == "prep" and q.lower_ == "of"
                     for p in q.children if p.dep_ == "pobj"]
            if not inner:
                break
            cur = inner[0]
            out.add(cur.lemma_.lower())
    return out


def _verdict(tok: Token) -> bool:
    """Whether the verb gives a verdict or a charge ("convicted", "indicted", "found guilty")."""
    lemma = tok.lemma_.lower()
    return lemma in _VERDICTS or lemma == "find" and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ == "guilty" for c in tok.children)


def _town(actor: Actor) -> bool:
    """Whether a mention is a town's or province's name ("the Mosul offensive"), not a state's."""
    form = country_forms().get(actor.text)
    if form is not None:
        return form.form == "capital"
    return actor.kind == "country" and place_country(actor.text) is not None


def _is_state(actor: Actor) -> bool:
    """Whether an actor is of a state (an ISO code), not of an IGO, NGO, faith or company."""
    return bool(actor.country) and len(actor.country) == 3 and actor.country not in _NON_STATES


def _victim_words(tok: Token) -> list[Token]:
    """The verb's objects (or passive subjects) that are people nouns ("stabbed several people")."""
    if tok.pos_ != "VERB":
        return []
    return [o for o in _children(tok, {"dobj", "nsubjpass"})
            if o.lemma_.lower() in _HUMAN_NOUNS or o.lower_ in _HUMAN_NOUNS]


def _reporting(noun: Token) -> bool:
    """Whether a noun names who reports, in a clause the small model folded into the verb's
    arguments: ", reported officials", ", said police" (inverted attributions, never a party)."""
    verbs = [c for c in noun.children if c.dep_ in ("amod", "acl", "relcl") and c.i < noun.i]
    if noun.head.i < noun.i and noun.head.dep_ != "ROOT":
        verbs.append(noun.head)
    return any(v.lemma_.lower() in _SPEECH and v.tag_ in ("VBD", "VBN") and v.i > 0 and v.i == noun.left_edge.i
               and v.doc[v.i - 1].text == "," for v in verbs)


def _dated(prep: Token) -> bool:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


class _Coder:
    """Codes one document; holds the per-doc indexes so each sentence is visited once."""

    def __init__(self, doc: Doc, actors: list[Actor], quotes: list[Quote], date: str | None) -> None:
        self.doc = doc
        self.index = _Index(doc, actors)
        self.quotes = [q for q in quotes if q.speaker is not None]
        self.date = date
        self.lex = lexicon()
        self.last_subject: list[Actor] = []
        self._subj_cache: dict[int, list[Actor]] = {}
        self.towns: dict[int, list[Actor]] = {}  # towns named before an attack noun, by its token
        self.stopped_aid: dict[int, int] = {}  # "the suspension of aid": the aid noun's token, the stopping noun's

    # ---- subjects -------------------------------------------------------------------------
    def subject(self, verb: Token, depth: int = 0) -> list[Actor]:
        """The actors doing ``verb``: its subject, or one inherited through coordination and control."""
        if verb.i in self._subj_cache:
            return self._subj_cache[verb.i]
        result: list[Actor] = []
        if depth < 6:
            result = self._subject(verb, depth)
        self._subj_cache[verb.i] = result
        return result

    def _subject(self, verb: Token, depth: int) -> list[Actor]:
        subj = _children(verb, _SUBJ)
        if not subj and not _children(verb, {"auxpass"}) and verb.lower_ != "provided":
            # (the small model sometimes hangs the subject on the auxiliary: "the government is mediating")
            subj = [s for a in _children(verb, {"aux"}) for s in _children(a, {"nsubj"})]
        if subj:
            s = subj[0]
            if s.tag_ in ("WDT", "WP") or s.lower_ in ("that", "which", "who"):
                if verb.dep_ != "relcl":
                    return []
                own = [o for o in subj[1:] if o.pos_ in ("NOUN", "PROPN", "PRON") and o.tag_ not in ("WDT", "WP")]
                if own:
                    # "fighters which European nations refused to take back": the parser made the
                    # relative pronoun a second subject; the clause's own noun is the doer
                    return self.phrase_or_pronoun(own[0])
                if s.lower_ == "which" and verb.head.dep_ == "pobj" and s.i > 0 and self.doc[s.i - 1].text == ",":
                    return []  # ", which ..." after a prepositional phrase often means the whole clause
                return self.index.in_phrase(verb.head)
            if any(c.dep_ == "acl" and c.tag_ == "VBG" and _lemma_in(c, _SPEECH) for c in s.children) \
                    and (verb.tag_ == "VBN" or verb.dep_ == "pcomp") and not _children(verb, {"aux"}):
                return []  # "with officials reporting 150 soldiers killed": the reporters did not kill
            warned = self.warned_party(s)
            if warned:
                return warned
            found = self.index.in_phrase(s)
            if found and s.pos_ == "NOUN" and getattr(self.match(s), "type", None) == "ASSAULT":
                found = self.drop_city(found, s)
            if not found and s.lower_ in _PRONOUNS:
                return self.resolve_pronoun(s)
            if not found:
                found = self.resolve_definite(s, [])  # "the country would never negotiate"
            if not any(a.country for a in found):
                # "Qatar's emir, Sheikh Hamad ... launched": a long name splits the subject and the
                # small model files its head as "dep" or a second subject, left of the verb
                for other in verb.children:
                    if other.i < verb.i and other.i != s.i and other.dep_ in ("dep", "nsubj") \
                            and other.pos_ in ("NOUN", "PROPN"):
                        alt = [a for a in self.index.in_phrase(other, loose=False) if a.country]
                        if alt:
                            found = alt
                            break
            if not found and s.pos_ == "NOUN":
                # "the missiles fired by the Israeli military struck ...": the one behind the subject
                for acl in _children(s, {"acl"}):
                    if acl.tag_ == "VBN":
                        found = _merge(found, *(self.index.in_phrase(a) for a in _prep_objects(acl, {"by"})))
            return found
        agent = _prep_objects(verb, {"by"})
        passive = _children(verb, _PASS_SUBJ)
        if passive and not agent and verb.lemma_ in _FUTURE_HEADS:
            return self.index.in_phrase(passive[0])  # "is committed to", "is prepared to"
        if verb.dep_ in ("acomp", "xcomp") and verb.pos_ == "ADJ" and verb.head.pos_ in ("AUX", "VERB"):
            return self.subject(verb.head, depth + 1)
        pact_verb = verb.lemma_.lower() in _PACT_VERBS or (
            verb.lemma_.lower() == "strike" and bool(passive) and passive[0].lemma_.lower() in _STRUCK_PACTS)
        if passive and not agent and pact_verb and verb.dep_ == "ccomp" \
                and _lemma_in(verb.head, _SPEECH) and _prep_objects(verb, {"with"}):
            # "the SDF said an agreement has been reached with Damascus": a party speaking of a deal
            # made with another is itself the other side of it
            return [a for a in self.subject(verb.head, depth + 1) if not self.medium(a)]
        if passive:
            return _merge(*(self.index.in_phrase(a) for a in agent))
        if verb.tag_ == "VBD" and verb.dep_ == "ROOT":
            # "Azerbaijan massed tanks": the small model files a bare state name before a past verb
            # as a modifier; a lone country there is still the doer
            lead = [c for c in verb.children if c.i < verb.i and c.dep_ in ("npadvmod", "dep")
                    and c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1 and c.left_edge.i == verb.sent.start]
            states = [a for c in lead for a in self.index.in_phrase(c, loose=False) if _is_state(a)]
            if states:
                return states[:1]
        head = verb.head
        if head.i == verb.i:
            return []
        dep = verb.dep_
        if dep == "conj" or (dep in ("xcomp", "advcl", "pcomp", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ")):
            if dep == "xcomp" and _children(head, _PASS_SUBJ):
                # "politicians were reported to have visited": the raised subject, not the reporter
                return self.index.in_phrase(_children(head, _PASS_SUBJ)[0])
            if dep == "xcomp":
                objs = _children(head, {"dobj"})
                if objs:
                    found = self.index.in_phrase(objs[0]) or _merge(
                        *(self.index.in_phrase(p) for p in _prep_objects(objs[0], {"as"})))
                    if found or head.lemma_.lower() in _URGING:
                        # "encouraged allies such as Germany to restrict": the one urged acts,
                        # never the one urging, even when we cannot code it
                        return found
            if dep in ("xcomp", "advcl") and head.lemma_.lower() in _URGING and _to_infinitive(verb) \
                    and not _children(head, {"dobj"}):
                urged = [p for p in _prep_objects(head, _URGED_PREPS | {"for"}) if p.i < verb.i and not _dated(p.head)
                         and (p.head.lower_ != "for" or p.right_edge.i + 2 == verb.i)]  # "pushed for Kyiv to act"
                if urged:
                    return self.phrase_or_pronoun(urged[0])
            if dep in ("conj", "xcomp", "advcl"):
                return self.subject(head, depth + 1)
        if dep == "pcomp" or (dep == "pobj" and verb.tag_ == "VBG"):
            # "by expanding ties": the doer of the verb the preposition hangs on
            gov = head.head if head.dep_ == "prep" else head
            if head.lower_ in _REASON_PREPS | {"as", "from"} and gov.pos_ in ("VERB", "AUX"):
                # "sentenced the couple for torturing", "praised Kenya for mediating": the one punished
                # or praised for a deed is its doer, not the judge; so is the one "cited as
                # preventing" it or "barred from entering"
                held = _children(gov, {"dobj"})
                if held:
                    return self.phrase_or_pronoun(held[0])
            if gov.pos_ in ("VERB", "AUX") or (gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "ROOT")):
                # (an adjective too: "were guilty of violating the truce")
                return self.subject(gov, depth + 1)
            if gov.pos_ in ("NOUN", "PROPN"):
                return self.index.in_phrase(gov)
        if dep == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            found = [a for a in self.index.in_phrase(head) if not self.medium(a)]
            if not found and self.index.prefixed_in(head):
                return []  # "an anti-Houthi coalition fighting ...": a doer we cannot code, not the clause's
            gov = _verb_of(head) if not found else None
            if head.dep_ == "pobj" and head.head.lower_ in ("with", "without"):
                gov = None  # "with sanctions restricting trade": the absolute clause has its own doer
            return found or (self.subject(gov, depth + 1) if gov is not None else [])
        if dep in ("advcl", "acl") and head.pos_ in ("VERB", "AUX"):
            return self.subject(head, depth + 1)
        if dep == "acl" and head.pos_ == "NOUN" and _to_infinitive(verb):
            # "the US decision to sanction Iran", "Germany's refusal to send tanks": the one who
            # decides or refuses does it
            return [a for a in self.index.in_phrase(head, loose=False) if not self.medium(a)]
        return []

    def drop_city(self, found: list[Actor], noun: Token) -> list[Actor]:
        """The actors less capitals named before an attack noun: "a Kabul car bombing" happened in Kabul."""
        out = []
        for actor in found:
            root = _mention_root(self.doc, actor)
            city = (root is not None and root.dep_ == "compound" and bool(actor.country) and root.head.i <= noun.i
                    and (root.ent_type_ == "GPE" and actor.code == f"{actor.country}GOV" or _town(actor)))
            if not city:
                out.append(actor)
        return out

    def phrase_or_pronoun(self, tok: Token) -> list[Actor]:
        """The actors of a noun phrase, or what a pronoun there stands for."""
        return self.index.in_phrase(tok) or (self.resolve_pronoun(tok) if tok.lower_ in _PRONOUNS else [])

    def resolve_pronoun(self, tok: Token) -> list[Actor]:
        """"it"/"they" without an actor: the subject of the sentence before (or of this one)."""
        if tok.lower_ in _FIRST_PERSON | {"me"}:
            # "I applaud the president," Graham said: inside a quote, I is its speaker, not
            # whoever was the last subject
            for q in self.quotes:
                if q.start <= tok.idx < q.end:
                    return [q.speaker]
        warned = self.warned_party(tok)
        if warned:
            return warned
        sid = sentence_of_token(self.doc, tok.i)
        for actor in self.index.by_sentence.get(sid, []):
            span_tok = self.index.by_token
            if actor.start < tok.idx and actor.kind != "pronoun" and self.agrees(tok, actor):
                # an earlier actor in the same sentence that is a clause subject
                first = [t for t in self.doc.char_span(actor.start, actor.end, alignment_mode="expand") or []]
                if first and first[0].i in span_tok and any(t.dep_ in _SUBJ or t.head.dep_ in _SUBJ for t in first):
                    return [actor]
        return [a for a in self.last_subject if self.agrees(tok, a)]

    def warned_party(self, pron: Token) -> list[Actor] | None:
        """"The US warned Iran it would face sanctions if it did not release the tanker": a subject
        pronoun that undergoes what the warning foretells, or whose deed is the warning's
        condition, is the one warned (the object), not the warner; None when that does not apply."""
        if pron.lower_ not in ("it", "they", "he", "she") or pron.dep_ not in _SUBJ | _PASS_SUBJ:
            return None
        clause = pron.head
        undergoes = pron.dep_ in _PASS_SUBJ or clause.lemma_.lower() in _UNDERGO
        came, cur = clause, clause.head
        for _ in range(4):
            if came.i == cur.i:
                return None
            if came.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in came.children):
                undergoes = True  # the condition a warning sets is on the warned party's conduct
            if came.dep_ == "ccomp" and cur.lemma_.lower() in _WARNINGS:
                objs = _children(cur, {"dobj"})
                if not undergoes or not objs:
                    return None
                found = [a for a in self.index.in_phrase(objs[0]) if self.agrees(pron, a)]
                return found or None
            if came.dep_ not in ("advcl", "ccomp", "conj"):
                return None
            came, cur = cur, cur.head
        return None

    def speaker_self(self, pron: Token) -> list[Actor] | None:
        """"The attacker claimed he was wrongfully imprisoned": a he/she/it/they subject of what a
        named noun says refers back to that speaker (its actors, none if it has no code), not to
        an earlier person; None when the pattern does not apply."""
        word = pron.lower_
        clause = pron.head
        if word not in ("he", "she", "it", "they") or pron.dep_ not in _SUBJ | _PASS_SUBJ \
                or clause.dep_ != "ccomp" or not _lemma_in(clause.head, _SPEECH):
            return None
        cur, speaker = clause.head, None
        for _ in range(4):
            subj = _children(cur, _SUBJ | _PASS_SUBJ)
            if subj:
                speaker = subj[0]
                break
            if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or _children(speaker, {"conj"}):
            return None
        if (word == "they") != (speaker.tag_ in ("NNS", "NNPS")):
            return None
        found = self.index.in_phrase(speaker, loose=False)
        if word in ("he", "she"):
            if any(a.kind != "person" for a in found) or (not found and speaker.ent_type_ not in ("", "PERSON")):
                return None
        elif word == "it" and (speaker.ent_type_ == "PERSON" or any(a.kind == "person" for a in found)):
            return None
        return found

    def object_pronoun(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """What an object pronoun means other than the doer (the rule is in ``object_referent``);
        the coder supplies its own actors: those in a noun's phrase, and the persons before."""
        own = {(a.code, a.name) for a in source} | {a.text.lower() for a in source}
        sid = sentence_of_token(self.doc, tok.i)

        def people() -> Iterator[Actor]:
            for s in (sid, sid - 1):
                for actor in reversed(self.index.by_sentence.get(s, [])):
                    if actor.start < tok.idx and actor.kind == "person":
                        yield actor

        return object_referent(
            tok, lambda noun: self.index.in_phrase(noun, loose=False), people,
            lambda a: a in source or (a.code, a.name) in own or a.text.lower() in own,
            quoted=any(q.start <= tok.idx < q.end for q in self.quotes))

    def agrees(self, pronoun: Token, actor: Actor) -> bool:
        """Number and person agreement: "officials said it killed nine" - "it" is not the officials."""
        word = pronoun.lower_
        if word not in _SINGULAR:
            return True
        root = _mention_root(self.doc, actor)
        if root is None:
            return True
        if root.tag_ in ("NNS", "NNPS") or root.lower_ in ("they", "them", "we"):
            return False
        return not (word in ("it", "its", "itself") and actor.kind == "person")

    def plural_owner(self, pronoun: Token, found: list[Actor]) -> list[Actor]:
        """"The House voted to hold Ross and Barr in contempt, citing their refusal": a plural
        possessive owns the nearest plural group or coordinated persons of its sentence before
        it, not the singular body that heads the clause."""
        if pronoun.lower_ != "their" or len(found) != 1 or not self.singular(found[0]):
            return found
        sent = pronoun.sent
        for t in reversed(sent[: pronoun.i - sent.start]):
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
                continue
            while t.dep_ == "conj" and t.head.i != t.i:  # the first conjunct holds the others
                t = t.head
            if t.tag_ not in ("NNS", "NNPS") and not _children(t, {"conj"}):
                continue
            group = [a for a in self.index.in_phrase(t, loose=False) if a not in found and not self.medium(a)]
            if len(group) > 1 or (group and not self.singular(group[0])):
                return group
        return found

    def singular(self, actor: Actor) -> bool:
        """Whether an actor is one body or person ("the House", "Iran"), not a group ("protesters")."""
        root = _mention_root(self.doc, actor)
        if root is None:
            return False
        return root.tag_ not in ("NNS", "NNPS") and root.lower_ not in ("police", "they", "them", "we") \
            and not _children(root, {"conj"}) and root.dep_ != "conj"

    def resolve_definite(self, tok: Token, exclude: list[Actor]) -> list[Actor]:
        """"the country", "the regime": the nearest country named before, other than the doer."""
        if tok.lemma_.lower() not in _DEFINITE or not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return []
        sid = sentence_of_token(self.doc, tok.i)
        for s in (sid, sid - 1, sid - 2):
            before = [a for a in self.index.by_sentence.get(s, []) if a.start < tok.idx and a.country
                      and a not in exclude and all(a.country != x.country for x in exclude)]
            if before:
                return [before[-1]]
        return []

    # ---- one trigger ----------------------------------------------------------------------
    def casualty(self, tok: Token) -> Trigger | None:
        """"The attack left two soldiers dead": "leave" with an object and a result of harm reports
        the harm itself, coded as the verb of that harm would be ("killed two soldiers")."""
        if tok.lemma_.lower() != "leave" or tok.pos_ != "VERB" or tok.dep_ == "amod":
            return None
        objs = _children(tok, {"dobj"})
        if not objs:
            return None
        results = [c for c in tok.children if c.i > objs[0].i and not _children(c, _SUBJ) and (
            c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") or c.dep_ == "advcl" and c.tag_ == "VBN")]
        results += [c for c in objs[0].children if c.dep_ in ("acl", "amod") and c.i > objs[0].i]
        for res in results:
            verb = _HARM_RESULTS.get(res.lower_) or _HARM_RESULTS.get(res.lemma_.lower())
            if verb is None:
                continue
            for trig in self.lex.get(verb, []):
                if trig.type == "ASSAULT" and trig.verbal and trig.word is None:
                    return trig
        return None

    def match(self, tok: Token) -> Trigger | None:
        casualty = self.casualty(tok)
        if casualty is not None:
            return casualty
        entries = self.lex.get(tok.lemma_.lower()) or self.lex.get(tok.lower_)
        if tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "\u2013") and not tok.doc[tok.i - 2].whitespace_ \
                and not tok.doc[tok.i - 1].whitespace_:
            # "cease-fire" split by the tokenizer: the whole word, not its last part ("fire"), is meant
            entries = self.lex.get(f"{tok.doc[tok.i - 2].lower_}-{tok.lemma_.lower()}") or entries
        if not entries and tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
            # "is prepared to lift the ban": the small model keeps the participle as an adjective
            entries = self.lex.get(tok.lower_[:-1]) or self.lex.get(tok.lower_[:-2])
        if not entries:
            return None
        pos = tok.pos_
        verbal = (pos == "VERB" and tok.dep_ != "amod") or (pos == "ADJ" and tok.dep_ in ("acomp", "ROOT"))
        nominal = pos in ("NOUN",) or (pos == "PROPN" and tok.ent_type_ == "")
        if not (verbal or nominal):
            return None
        kids = None
        tools: set[str] = set()
        for trig in entries:
            if (trig.verbal and not verbal) or (trig.nominal and not nominal):
                continue
            if trig.word is None:
                if trig.type == "PASS" and not _children(tok, {"xcomp"}):
                    continue
                if trig.frame == "trans" and not _children(tok, {"dobj"}):
                    continue
                if nominal and any(c.dep_ == "compound" and c.lower_ in _PUBLICATION for c in tok.children):
                    continue  # "a press release", "a news conference": publications, not events
                if nominal and trig.type in ("AGREE", "SUPPORT") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                        and tok.head.head.lemma_.lower() in _PROVISION_PARTS:
                    continue  # "cited Article 5 of the NATO treaty": a clause quoted, no pact made now
                if pos == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                    continue  # "the Florida Highway Patrol": a word in a proper name, not an act
                given = _children(tok, {"dobj"} | _PASS_SUBJ) + ([tok.head] if tok.dep_ == "acl" else [])
                if trig.type in ("RETREAT", "AID") and any(
                        c.lemma_.lower() in _INFO for c in given) and trig.word is None:
                    continue  # "did not release any information": a statement, not a release
                if tok.lemma_ == "ask" and not (_children(tok, {"xcomp"}) or _prep_objects(tok, {"for"})
                                                 or for_clauses(tok)):  # "asked for the public to stay calm"
                    continue  # "asked whether ...": a question, not an appeal
                if trig.type == "ASSAULT" and any(
                        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FIGURATIVE
                        for n in [tok, *_children(tok, {"dobj"})] for c in n.children):
                    continue  # "a custody battle", "fought a legal fight", "a price war": no violence
                if tok.lemma_ == "meet" and _children(tok, _PASS_SUBJ) and _prep_objects(tok, {"with"}):
                    continue  # "was met with applause", "were met with tear gas": a reception, not talks
                if tok.lemma_ == "confer" and not _prep_objects(tok, {"with"}):
                    continue  # "an honour conferred by the president": bestowed, not consulted
                if other_sense(tok, trig.type) or product_release(tok) or everyday_sense(tok, trig.type):
                    continue
                if tok.lemma_ == "rally" and nominal and any(
                        c.dep_ in ("compound", "poss") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _CAMPAIGN)
                        for c in tok.children):
                    continue  # "a Trump rally", "his campaign rallies": electioneering, not protest
                if tok.lemma_ == "rally" and nominal and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") \
                        and tok.head.head.lemma_.lower() in _PLATFORM_SPEECH and not any(
                            t.lower_ in ("against", "protest", "protesting") for t in tok.subtree):
                    continue  # "announced the change at a rally", "touts it in rallies": a speech, not a protest
                if tok.lemma_ in ("give", "deliver", "provide") and any(
                        o.lemma_.lower() in _NO_GIFT for o in _children(tok, {"dobj", "dative"} | _PASS_SUBJ)
                        + ([tok.head] if tok.dep_ == "relcl" else [])
                        + ([tok.head.head] if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" else [])):
                    continue  # "was given a chance", "gave him a warning": nothing handed over
                if tok.lemma_ in ("give", "provide", "offer", "extend") and trig.type == "AID" and any(
                        o.lemma_.lower() in _PLEDGES and not any(
                            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MONEY_WORDS for c in o.children)
                        for o in _children(tok, {"dobj", "dative"} | _PASS_SUBJ)):
                    continue  # "was given assurances from the US": a promise in words, not goods handed over
                if tok.lemma_ == "recall" and (_children(tok, {"xcomp", "ccomp"}) or any(
                        o.tag_ == "VBG" for o in _children(tok, {"dobj"}))):
                    continue  # "recalled receiving a toy", "recalled that ...": memory, not a recall
                if tok.lemma_ == "appeal" and not (_prep_objects(tok, {"for", "to"}) or _children(tok, {"xcomp"})):
                    continue  # "appealed the verdict", "an appeal by the prosecutors": a court appeal
                if tok.lemma_ == "decline" and not _children(tok, {"xcomp", "dobj", "ccomp"}):
                    continue  # "the population declined 40%": a fall, not a refusal
                if tok.lemma_ == "swear" and not (_children(tok, {"xcomp"}) or to_clauses(tok)):
                    continue  # "was sworn in as president": an oath of office, not a vow
                if tok.lemma_ == "fail" and not _children(tok, {"xcomp"}):
                    continue  # "the mediation effort failed": a collapse, not anyone's refusal
                if tok.lemma_ == "hail" and _prep_objects(tok, {"from"}):
                    continue  # "who hails from Arizona": where someone is from, not praise
                if tok.lemma_ == "explode" and not any(
                        s.lemma_.lower() in _EXPLODING for s in _children(tok, _SUBJ)):
                    continue  # "a car bomb exploded" is an attack; "the boiler exploded", "prices exploded" are not
                if tok.lemma_ == "demonstrate" and _children(tok, {"ccomp", "dobj"}):
                    continue  # "it demonstrates that ...", "demonstrated resolve"
                if trig.type == "SAY" and tok.lemma_ == "announce" and not _children(tok, {"ccomp"}):
                    continue
                if tok.lemma_ == "share" and (trig.type == "SAY") != _shares_news(tok):
                    continue  # "she shared that he had died" tells news; "shared intelligence" cooperates
                return trig
            if kids is None:
                # a verb's subject is not its companion ("the army moved" moves no army), except a
                # weapon that strikes ("Russian missiles struck"): an attack's instrument may be its subject
                own = [c for c in tok.children if not (verbal and c.dep_ in _SUBJ)]
                kids = {c.lemma_.lower() for c in own} | {c.lower_ for c in own}
                tools = {w for c in tok.children if verbal and c.dep_ in _SUBJ for w in (c.lemma_.lower(), c.lower_)}
                if verbal:
                    # "worked together with Interpol": the small model hangs the adverb on "with"
                    kids |= {g.lower_ for c in own if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"}
                    if for_clauses(tok):  # "called for Russia to withdraw": a clause with its own subject
                        kids.add("for")
                    dobjs = _children(tok, {"dobj"})
                    # "violated the ceasefire agreement": the object's own modifier names it
                    kids |= {g.lemma_.lower() for o in dobjs for g in o.children if g.dep_ == "compound"}
                    kids |= _counted(dobjs)
                    # "moved armoured vehicles to the border": the vehicles are armour
                    kids |= {"armour" for o in dobjs for o2 in (o, *_children(o, {"conj"}))
                             for g in o2.children if g.dep_ in ("amod", "compound")
                             and g.lower_ in ("armored", "armoured")}
                if nominal and tok.dep_ == "pobj":  # "state of emergency"
                    kids.add(tok.head.head.lemma_.lower())
                    if tok.head.lower_ == "under":  # "came under fire": the preposition names it
                        kids.add("under")
                if nominal:  # "a charge of murder against him": the companion hangs on the named crime
                    kids |= {g.lower_ for o in _prep_objects(tok, {"of"}) for g in o.children
                             if g.dep_ == "prep" and g.lower_ == "against"}
                # "called on Sunday for talks": a preposition whose only object is a date names no act
                kids -= {c.lower_ for c in tok.children if c.dep_ == "prep" and _dated(c)}
            have = kids | {trig.word} if trig.type == "ASSAULT" and trig.word in tools else kids
            if trig.more and not (trig.word in have and set(trig.more) <= _named_things(tok, trig.word)):
                continue  # "hand in weapon": every word of a longer pattern must be there, the object as object
            if trig.word in have and trig.verbal and not trig.more and trig.word in _PARTICLES and all(
                    _children(c, {"pobj"}) for c in tok.children if c.lower_ == trig.word):
                continue  # "was given a discharge in 2007": a preposition with its object, not "give in"
            if trig.word == "together" and not (_prep_objects(tok, {"with"}) or any(
                    _children(s, {"conj"}) for s in _children(tok, _SUBJ))):
                continue  # "worked together on the album": joint work with no partner named is no cooperation
            if tok.lemma_.lower() == "bow" and trig.word == "to" and not any(
                    o.lemma_.lower() in _PRESSURES for o in _prep_objects(tok, {"to"})):
                continue  # "bowed to the audience": a courtesy; "bowed to pressure" gives ground
            if trig.word in _ARMOUR and trig.word in have and _civil_tank(tok):
                continue  # "moved the fuel tanks", "tanks of oil", "a think tank moved": no armour
            if trig.word in have and not other_sense(tok, trig.type) and not everyday_sense(tok, trig.type):
                return trig
        return None

    def code_sentence(self, sent: Span, sid: int) -> list[Candidate]:
        cands: list[Candidate] = []
        said: dict[int, Actor | None] = {}
        for tok in sent:
            if "-" in tok.text or "\u2013" in tok.text:
                hyphen = self.hyphenated(tok)
                if hyphen is not None:
                    cands.append(hyphen)
                continue
            trig = self.match(tok)
            if trig is None:
                continue
            named = self.index.by_token.get(tok.i)
            if named is not None and named.kind in ("organisation", "person") and trig.type != "SAY":
                continue  # "the Committee to Protect Journalists", "Peace Corps": a name, not an act
            if trig.type == "SAY":
                who = self.subject(tok)
                said[tok.i] = who[0] if who else None
                continue
            if trig.type == "PASS":
                continue
            cands.append(self.candidate(tok, trig))
        cands += self.bare_demands(said, cands)
        if not cands:
            self._remember(sent)
            return []
        by_token = {c.token.i: c for c in cands}
        for cand in cands:
            if cand.trigger.frame == "embed":
                embed(self.index, cand, by_token)
        for cand in cands:
            stopper = by_token.get(self.stopped_aid.get(cand.token.i, -1))
            if stopper is not None and stopper.type == "SANCTION" and not stopper.absorbed:
                # "the suspension of aid to Mali": one act, the stopping noun coded as stopped aid
                stopper.cameo, stopper.mode = cand.cameo, cand.mode
                stopper.source = stopper.source or cand.source
                stopper.target = _merge(stopper.target, cand.target)
                cand.absorbed = True
        for cand in cands:
            if cand.type == "ASSAULT" and cand.trigger.verbal and not cand.source:
                self.harm_in_attack(cand, by_token)
        for cand in cands:
            if cand.type == "CONCEDE" and not cand.absorbed:
                concede_to(cand, by_token)  # "caved in to the demands of doctors": one CONCEDE 083
            if cand.type in ("CONCEDE", "RETREAT", "SANCTION") and not cand.absorbed:
                undo(cand, by_token)
            if cand.type in ("ASSAULT", "COERCE") and mishap(cand.token, subject_only=bool(cand.source)):
                cand.absorbed = True  # "a fire killed five children", "Hurricane Lorenzo hit": no actor did it
            if cand.type == "ASSAULT" and economic_blow(cand.token):
                cand.absorbed = True  # "the ban hit importers": an economic effect, not an attack
            if cand.type == "ASSAULT" and collision(cand.token):
                cand.absorbed = True  # "the truck struck a guard rail": a road accident
            if cand.type == "ASSAULT" and cand.trigger.frame == "trans" and not cand.target:
                cand.absorbed = True  # "the plane hit the ocean": a transitive blow needs a victim
            if cand.type == "THREATEN" and weather(cand.token):
                cand.absorbed = True  # "a hurricane warning", "flash flood warnings": weather, not threats
            if cand.mode == "investigate" and mishap_inquiry(cand.token):
                cand.absorbed = True  # "the NTSB began an investigation of the crash": no one is accused
            if cand.type == "REJECT" and no_comment(cand.token):
                cand.absorbed = True  # "declined to comment", "denied the accusations": CAMEO 01x, no event
            if cand.type == "PROTEST":
                protest_aim(cand, cands)
            if cand.mode == "visit" and cand.token.pos_ == "VERB" and not cand.target:
                # "visited the hospital", "police arrived": a visit needs a party or a state visited
                cand.absorbed = True
            if cand.mode == "visit" and not cand.source \
                    and all(a.code is None or len(a.code) == 3 or self.city(a) for a in cand.target):
                # "received the award during a visit to Paris", "who was visiting the town of X": a
                # trip by no one coded to a mere place is private travel, not a visit between parties
                cand.absorbed = True
            if cand.mode == "visit" and not any(a.code and len(a.code) > 3 for a in cand.source) \
                    and journey(cand.token):
                cand.absorbed = True  # "the church group had been travelling 700 miles to the park": a trip
            if cand.mode == "visit" and not cand.source and generic_visitors(cand.token):
                cand.absorbed = True  # "people living in or visiting Hong Kong": travel, no visiting party
            if cand.type == "CONSULT" and self.press_contact(cand):
                cand.absorbed = True  # "spoke with the Times", "talked to reporters": an interview, CAMEO 01x
            if cand.type == "REQUEST" and cand.token.lemma_.lower() in ("ask", "seek", "question") \
                    and any(a.sector == "JRN" for a in cand.source):
                cand.absorbed = True  # "the paper asked the scientist how ...": a reporter's question
        for cand in cands:
            self.attack_manner(cand, by_token)
            self.named_object(cand, by_token)
        for cand in cands:
            cand.reported_by, in_speech = self.reporter(cand.token, said)
            if cand.reported_by is not None:
                self.first_person(cand)
            if in_speech:
                self.reported_modality(cand)
            make_promise(cand)
            if cand.type == "CONSULT" and cand.trigger.verbal and not cand.source \
                    and cand.token.lemma_.lower() in _TALKS:
                cand.absorbed = True  # "a time to discuss the place of women": talk with no one named
        self._remember(sent)
        kept = [c for c in cands if not c.absorbed and (c.source or c.target)]
        for c in kept:
            if not c.target and c.type == "PROTEST":
                c.target = self.home_target(c)
        return kept

    def attack_manner(self, cand: Candidate, by_token: dict[int, Candidate]) -> None:
        """"attacked the base, striking it with car bombs": a participle that says how an attack
        was made is that attack, and its weapon (a bombing, CAMEO 183) codes it."""
        tok = cand.token
        if cand.type != "ASSAULT" or cand.absorbed or not (cand.cameo or "").startswith("183") \
                or tok.dep_ not in ("advcl", "conj") or tok.tag_ != "VBG" or _children(tok, _SUBJ):
            return
        head = by_token.get(tok.head.i)
        if head is None or head.absorbed or head.type != "ASSAULT" or head.cameo not in ("18", "180", "19", "190"):
            return
        head.cameo, head.mode = cand.cameo, cand.mode
        hit = {a.code for a in head.target}
        if all(a.code in hit for a in cand.target) or all(
                o.lower_ in ("it", "them") for o in _children(tok, {"dobj"})):
            cand.absorbed = True  # the same blow, told twice

    def named_object(self, cand: Candidate, by_token: dict[int, Candidate]) -> None:
        """"ratified the agreement with Ecuador": when the trigger's pattern names its object, the
        object is part of the act (the deal ratified), not an event of its own; its parties stay."""
        word = cand.trigger.more[-1] if cand.trigger.more else cand.trigger.word
        if cand.absorbed or not word or not cand.trigger.verbal or word in _PARTICLES:
            return
        # ("the treaty was signed by both sides": a passive subject is the object too)
        for obj in _children(cand.token, {"dobj"} | _PASS_SUBJ):
            inner = by_token.get(obj.i)
            if inner is None or inner.absorbed or word not in (
                    obj.lemma_.lower(), obj.lower_):
                continue
            inner.absorbed = True
            cand.target = cand.target or [a for a in inner.target if a not in cand.source]

    def home_target(self, cand: Candidate) -> list[Actor]:
        """A protest that names no one it is aimed at is aimed at the protesters' own state
        ("nurses in England walked out" → GBR), as ICEWS and the PLOVER gold code it. The target
        is the state only (no sector), with the protesters' span and a low confidence."""
        states = {a.country for a in cand.source if _is_state(a)}
        if len(states) != 1:
            return []
        (state,) = states
        src = cand.source[0]
        return [Actor(src.start, src.end, src.text, country=state, sector=None, code=state, kind="country",
                      sentence=src.sentence, confidence=0.3)]

    def bare_demands(self, said: dict[int, Actor | None], cands: list[Candidate]) -> list[Candidate]:
        """"HRW said the authorities must ensure security": an obligation laid on another party in
        reported speech is a demand (CAMEO 10) even when the required act is no trigger word."""
        out = []
        covered = {c.token.i for c in cands} | {v.i for c in cands if (v := _verb_of(c.token)) is not None}
        for say_i, speaker in said.items():
            if speaker is None:
                continue
            for clause in _children(self.doc[say_i], {"ccomp"}):
                if clause.i in covered or not any(
                        c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
                    continue
                subj = _children(clause, _SUBJ | _PASS_SUBJ)
                if any(c.lower_ in _FIRST_PERSON for c in subj):
                    continue  # "we must do more": a pledge of one's own side, not a demand
                # the obliged party is the subject itself, not a people named inside it
                # ("the repression of the Chilean people must end")
                obliged = [a for a in self.subject(clause) if a is not speaker and a.text != speaker.text
                           and any(a.start <= s.idx < a.end for s in subj)]
                if not obliged:
                    continue  # "people must know that ...": a maxim, with no party to demand it of
                trig = Trigger("must", clause.lemma_, None, True, False, "REQUEST", None, "100", (), "std")
                cand = Candidate(clause, trig, "REQUEST", None, "100", [], source=[speaker], target=obliged)
                cand.depth = self.clause_depth(clause)
                cand.date = self.when(clause, False)
                out.append(cand)
        return out

    def press_contact(self, cand: Candidate) -> bool:
        """Whether one side of a talk is a news outlet or reporter: that is an interview or a
        briefing, which news reports as what was said, not a consultation between parties."""
        parties = cand.source + cand.target
        parties += [a for p in talk_partners(cand.token) for a in self.index.in_phrase(p, loose=False)]
        if any(a.sector == "JRN" for a in parties):
            return True
        return any(p.lemma_.lower() in _REPORTERS for p in talk_partners(cand.token))

    def harm_in_attack(self, cand: Candidate, by_token: dict[int, Candidate]) -> None:
        """"two soldiers were wounded in an attack by militants": the attack's doer did the harm,
        and those harmed are the attack's target."""
        for pobj in _prep_objects(cand.token, {"in", "during"}):
            inner = by_token.get(pobj.i)
            if inner is None or inner is cand or inner.type != "ASSAULT" or not inner.source:
                continue
            cand.source = [a for a in inner.source if a not in cand.target]
            if not inner.target:
                inner.target = [a for a in cand.target if a not in inner.source]
            return
        if cand.type == "ASSAULT" and not cand.source:
            cand.source = [a for a in self.operation_owner(cand.token) if a not in cand.target]

    def operation_owner(self, tok: Token) -> list[Actor]:
        """"was killed in a US operation", "died during a French air strike": the state named as
        a modifier of the operation the harm happened in did it. Only a state's name or
        adjective counts; a town on the noun ("a Kabul car bombing") says where, not who."""
        for pobj in _prep_objects(tok, {"in", "during"}):
            if pobj.lemma_.lower() not in _OPERATIONS:
                continue
            found: list[Actor] = []
            for mod in pobj.children:
                if mod.dep_ not in ("amod", "compound", "nmod", "poss"):
                    continue
                for w in mod.subtree:
                    actor = self.index.by_token.get(w.i)
                    if actor is None or actor.kind != "country" or not actor.country \
                            or actor.country in _NON_STATES:
                        continue
                    form = country_forms().get(actor.text)
                    if form is not None and form.form in ("name", "adjective"):
                        found = _merge(found, [actor])
            if found:
                return found
        return []

    def _remember(self, sent: Span) -> None:
        root = sent.root
        subj = self.subject(root) if root.pos_ in ("VERB", "AUX") else []
        if subj:
            self.last_subject = subj

    def candidate(self, tok: Token, trig: Trigger) -> Candidate:
        cand = Candidate(tok, trig, trig.type, trig.mode, trig.cameo, list(trig.context))
        if trig.type == "CONSULT" and trig.mode == "visit" and trig.verbal:
            words = {t.lemma_.lower() for s in _children(tok, _SUBJ) for t in s.subtree}
            if words & _RESPONDERS and not words & (_TROOPS - _RESPONDERS - {"force", "unit"}):
                cand.absorbed = True  # "fled when police arrived": responders at a scene, no visit
            elif any(s.lemma_.lower() in _GOODS for s in _children(tok, _SUBJ)):
                cand.absorbed = True  # "relief supplies arrived in Gaza": goods delivered, no visit
            elif words & _TROOPS - (_ARMOUR if words & _CIVIL_TANKS else set()):
                # troops or tanks arriving are a deployment, peacekeepers an aid; fuel tanks are neither
                peace = bool(words & {"peacekeeping", "peacekeeper", "peace-keeping"})
                cand.type, cand.cameo, cand.mode = ("AID", "074", None) if peace else ("MOBILIZE", "154", "troops")
                cand.context = ["military"]
        if trig.type == "AID" and trig.verbal and not trig.mode and tok.lemma_.lower() in _DISPATCH:
            kit = {t.lemma_.lower() for o in _children(tok, {"dobj"}) for t in (o, *_children(o, {"conj"}))}
            # armour sent abroad is as often an arms supply as a show of force: it stays aid
            if kit & (_TROOPS | _WAR_KIT) - {"police", "unit", "force", "ship"} - _ARMOUR \
                    or kit & {"force"} and self.military(tok):
                # "sent warships to the Gulf", "dispatched bombers": a show of force, not a gift
                cand.type, cand.cameo, cand.mode, cand.context = "MOBILIZE", "154", "troops", ["military"]
        if cand.type == "MOBILIZE" and cand.mode == "troops":
            self.helpful_deployment(cand)

        if cand.type == "ASSAULT" and not cand.target and self.into_the_sea(tok):
            # "fired two missiles into the sea": a weapons test, a show of force (CAMEO 150)
            cand.type, cand.cameo, cand.mode, cand.context = "MOBILIZE", "150", "weapons", ["military"]
        if trig.type == "ASSAULT" and verbal_attack(tok):
            cand.type, cand.cameo, cand.mode, cand.context = "ACCUSE", "111", "disapprove", []
        stopped = tok.head.head if cand.type == "AID" and not trig.verbal and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("of", "in", "to") else None
        if stopped is not None and _STOPPINGS & {stopped.lemma_.lower(), stopped.lower_}:
            cand.type, cand.mode = "SANCTION", "discontinue"
            cand.cameo = {"military": "1622", "humanitarian": "1623", "economic": "1621"}.get(
                next(iter(cand.context), ""), "162")
            self.stopped_aid[tok.i] = stopped.i
        else:
            stopped = None
        cand.depth = self.clause_depth(tok)
        if trig.verbal:
            self.verbal_args(cand)
        else:
            self.nominal_args(cand)
        if stopped is not None and not cand.source and stopped.pos_ == "NOUN":
            # "the administration's withholding of aid": who stops the help
            cand.source = _merge(*(self.index.in_phrase(p) for p in _children(stopped, {"poss"})))
        if stopped is not None and not cand.target:  # "the withholding [of aid] to Ukraine": the parser's "to"
            cand.target = _merge(*(self.index.in_phrase(p) for p in _prep_objects(stopped, {"to"})))
        if not cand.target and cand.type in _THREAT_TYPES | {"AID", "SUPPORT"}:
            # "opened fire to disperse demonstrators", "$52 million in assistance to help Guaidó"
            for clause in _children(tok, {"advcl", "xcomp", "acl", "relcl"}):
                if _to_infinitive(clause):
                    for obj in _children(clause, _OBJ):  # (help goes to the object, not to its danger)
                        found = self.index.in_phrase(obj, loose=cand.type not in _HELP)
                        cand.target = _merge(cand.target, [a for a in found if a not in cand.source])
        if cand.type in ("SANCTION", "COERCE") and not trig.verbal:
            self.removed_burden(cand)
        if not cand.target and cand.type not in _NO_PLACE_TARGET and not self.among(cand):
            places = self.place_target(tok, cand.source)
            victims = _victim_words(tok)
            cand.target = self.civilians_of(victims[0], places) if victims else places
        if not cand.target and tok.i in self.towns:
            cand.target = [a for a in self.towns[tok.i] if a.country not in {s.country for s in cand.source}] \
                or self.towns[tok.i]
        if trig.type == "AID" and trig.word is None and tok.lemma_.lower() in _DISPATCH and cand.type == "AID" \
                and not cand.target:
            cand.absorbed = True  # "dispatched the research ship": sent to no one, no help given
        if not cand.source and trig.verbal and (cand.type in _UNNAMED_DOERS or cand.type == "ACCUSE"
                                                 and _verdict(tok)):
            cand.source = self.unnamed_doer(tok, cand)
        if any(a.country is None and a.kind == "group" for a in cand.source + cand.target):
            self.placed_groups(tok, cand)
        set_flags(cand)
        cand.date = self.when(tok, trig.nominal)
        refine_code(cand)
        return cand

    def into_the_sea(self, tok: Token) -> bool:
        """Whether missiles or rockets were fired into the sea, not at anyone."""
        if tok.lemma_.lower() not in ("fire", "launch"):
            return False
        arms = {t.lemma_.lower() for o in _children(tok, {"dobj"}) for t in o.subtree}
        if not arms & {"missile", "rocket", "projectile"}:
            return False
        return any(p.lemma_.lower() in _WATERS for p in _prep_objects(tok, {"into", "in", "off", "over"}))

    def military(self, tok: Token) -> bool:
        """Whether "forces" sent are armed ones: "sent its forces", "sent naval forces", not
        "sent rescue forces" (which ``helpful_deployment`` reads as help)."""
        words = {t.lemma_.lower() for o in _children(tok, {"dobj"}) for t in o.subtree}
        return not words & _HELP_TEAMS

    def removed_burden(self, cand: Candidate) -> None:
        """"rolled back tariffs", "scrapped its sanctions", "the ban was repealed": taking a measure
        away eases it (CAMEO 085/081), and the one who removes it is the source."""
        tok = cand.token
        verb = tok.head
        if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
            return
        lemma = verb.lemma_.lower()
        back = any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)
        if lemma not in _REMOVALS and not (back and lemma in ("roll", "scale", "dial")):
            return
        if cand.type == "SANCTION":
            cand.type, cand.cameo, cand.mode = "RETREAT", "085", "ease"
        else:
            cand.type, cand.cameo, cand.mode = "CONCEDE", "081", None
        remover = self.subject(verb) if tok.dep_ == "dobj" else [
            a for p in _prep_objects(verb, {"by"}) for a in self.index.in_phrase(p, loose=False)]
        cand.source = remover
        cand.target = [a for a in cand.target if a not in remover]

    def helpful_deployment(self, cand: Candidate) -> None:
        """Troops sent on a peacekeeping mission, or rescue teams and election observers sent in, are
        help to the host (CAMEO 074/07), not a show of force: the deployed or their mission says so."""
        tok = cand.token
        # "announced the deployment of troops ... on a peacekeeping mission": the mission may hang
        # on the verb that governs the deployment noun
        clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
        words = {t.lemma_.lower() for t in clause.subtree}
        if words & _PEACEKEEPING:
            cand.type, cand.cameo, cand.mode, cand.context = "AID", "074", None, ["peacekeeping"]
            return
        sent_out = _children(tok, {"dobj"} | _PASS_SUBJ) + _prep_objects(tok, {"of"})
        kinds = {t.lemma_.lower() for o in sent_out for t in o.subtree}
        if kinds & _HELP_TEAMS and not kinds & _TROOPS:
            humane = bool(kinds & {"rescue", "medical", "relief", "humanitarian", "doctor", "medic"})
            cand.type, cand.cameo, cand.mode = "AID", "073" if humane else "070", None
            cand.context = ["humanitarian"] if humane else []

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
        places = self.place_target(tok, [])
        for dev in devices:
            places = places or self.place_target(dev, [])
        places = [a for a in places if _is_state(a)]
        if not places:
            return []
        place = places[0]
        if cand.type == "ASSAULT":
            sector = "UAF"  # unidentified armed men of that state
        else:
            lemma = tok.lemma_.lower()
            sector = "COP" if lemma in _POLICE_ACTS else "JUD" if lemma in _COURT_ACTS or _verdict(tok) else "GOV"
        return [Actor(place.start, place.end, place.text, country=place.country, sector=sector,
                      code=f"{place.country}{sector or ''}", kind="group", sentence=place.sentence,
                      confidence=0.4)]

    def placed_groups(self, tok: Token, cand: Candidate) -> None:
        """"Militants attacked an army base in Borno", "Kurdish militia positions in northern
        Syria": a group of no known state, acting or struck where the clause says it happens, is
        of that state (CAMEO coders' NGAREB, SYRUAF). Only when the clause names one state."""
        places = self.place_target(tok, [])
        for subj in _children(tok, _SUBJ):
            places = _merge(places, self.place_target(subj, []))
        states = {a.country for a in places if _is_state(a)}
        if len(states) != 1:
            return
        (state,) = states

        def fill(actors: list[Actor]) -> list[Actor]:
            # (not a faith's clergy "from around the world", nor "our" fight: they name no state)
            return [replace(a, country=state, code=f"{state}{a.sector}", confidence=min(a.confidence, 0.5))
                    if a.country is None and a.kind == "group" and a.sector and a.sector != "REL"
                    and not self.origin_given(a) else a for a in actors]

        cand.source, cand.target = fill(cand.source), fill(cand.target)

    def origin_given(self, actor: Actor) -> bool:
        """Whether the phrase says where its people come from ("bishops from around the world")."""
        root = _mention_root(self.doc, actor)
        return root is not None and any(c.dep_ == "prep" and c.lower_ == "from" for c in root.children)

    def place_target(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """With no party named, the country where it happens is the target (the PLOVER coders' way).

        "lifted the curfew imposed in Darfur", "fired at positions near Kandahar", "a ceasefire in
        Yemen": a place phrase of the trigger's own clause, reached through its objects and their
        modifiers, never through another clause or a subject.
        """
        sources = {a.country for a in source}
        found: list[Actor] = []
        frontier, seen = [(tok, 0)], {tok.i}
        while frontier:
            node, depth = frontier.pop(0)
            for child in node.children:
                if child.i in seen or child.dep_ not in _PLACE_PATH:
                    continue
                seen.add(child.i)
                if child.dep_ == "prep" and child.lower_ in _PLACE_WORDS:
                    for pobj in child.children:
                        # ("in Nigeria's Zamfara state": the head is no name, its owner is)
                        if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "LOC") or any(
                                c.dep_ in ("compound", "poss") and c.ent_type_ in ("GPE", "LOC")
                                for c in pobj.children)):
                            found = _merge(found, [a for a in self.index.in_phrase(pobj, loose=False)
                                                   if a.kind == "country" and a not in source])
                if depth < 3:
                    frontier.append((child, depth + 1))
        # a capital named as a place is the state where it happens ("clashes in Paris"), not
        # the government the city's name stands for elsewhere ("Paris rejected the offer")
        found = _dedupe(_as_place(a) for a in found)
        # the source's own country is a fine target ("Sudan eased the curfew in Sudan"), but
        # when another country is named as well, that one is meant
        other = [a for a in found if a.country not in sources]
        return other or found

    def clause_depth(self, tok: Token) -> float:
        """How far the trigger sits below the sentence's main clause, in clause steps.

        Why not plain tree depth: a reader takes the main-clause verb (or what a speech verb
        reports) as the news, and a participial "..., killing five" or a relative clause as
        background, whatever their distance in tokens. Each step up the parse costs by its kind.
        """
        depth = 0.0
        cur = tok
        for _ in range(24):
            head = cur.head
            if head.i == cur.i:
                break
            dep = cur.dep_
            if dep in ("ccomp", "parataxis") and _lemma_in(head, _SPEECH):
                step = 0.0  # "officials said Iran attacked ...": what is reported is the news
            elif dep == "advcl":
                marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
                to_clause = _to_infinitive(cur)
                step = 3.5 if marks & (_HYPO_MARK | {"until"}) else 2.5 if to_clause or marks & _TIME_MARK else 2.0
            elif dep in ("relcl", "acl"):
                step = 2.5 if _to_infinitive(cur) else 2.0
            elif dep == "xcomp":
                purpose = _to_infinitive(cur)
                step = 2.0 if purpose and self.match(head) is None else 0.5
            elif dep == "pcomp" and head.lower_ in _REASON_PREPS:
                step = 3.0  # "was arrested for spying": the reason is background to the arrest
            elif dep in ("ccomp", "csubj", "pcomp", "csubjpass"):
                step = 1.0
            elif dep == "conj":
                step = 0.5 if cur.pos_ in ("VERB", "AUX") else 0.25
            else:  # inside a noun phrase or a prepositional phrase of its clause
                step = 0.5
            depth += step
            cur = head
        return depth

    def verbal_args(self, cand: Candidate) -> None:
        tok, frame = cand.token, cand.trigger.frame
        idx = self.index
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i > 0 and self.doc[tok.i - 1].text in ("-", "–"):
            self.backed(cand)
            return
        source = self.subject(tok)
        target: list[Actor] = []
        passive = _children(tok, _PASS_SUBJ)
        # "mobilized reservists", "troops were deployed": what is mobilised is one's own force, not a target
        own_force = cand.type == "MOBILIZE"
        if passive and not own_force:
            target = _merge(*(s if (s := self.speaker_self(p)) is not None else idx.in_phrase(p)
                              for p in passive))
        elif tok.tag_ == "VBN" and tok.dep_ == "advcl" and not own_force and \
                not _children(tok, _SUBJ | {"aux", "auxpass", "mark"}):
            # "a man appeared in court, charged with murder": a bare past participle is passive,
            # so the clause's subject suffers it; "by" names who did it
            target = source
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ccomp", "xcomp", "oprd") and not own_force \
                and not _children(tok, {"aux", "auxpass"}) and _children(tok, {"nsubj"}) and not any(
                    c.dep_ == "acl" and _lemma_in(c, _SPEECH) for c in _children(tok, {"nsubj"})[0].children):
            # "the massacres saw thousands of Ndebele killed", "left two soldiers wounded": the subject
            # of a bare participle clause undergoes it
            target = _merge(*(idx.in_phrase(s) for s in _children(tok, {"nsubj"})))
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.dep_ in ("conj", "advcl") and any(c.dep_ == "auxpass" for c in tok.children) and not own_force \
                and not _children(tok, _SUBJ):
            # ("after being charged", "heard her son had been convicted": a passive clause lacking its
            # own subject is undergone by the one it borrows)
            # "want him to resign or be impeached": the shared subject undergoes the passive verb
            target = source
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
                and not _children(tok, {"dobj"}) \
                and (tok.head.dep_ == "ROOT" or any(p.tag_ == "VBG" for p in _prep_objects(tok, {"by"}))) \
                and not any(p.pos_ in ("NOUN", "PROPN", "PRON") for p in _prep_objects(tok, {"by"})):
            # "Members of the Senate protested by shouting": the parser took the main verb for a
            # participle; with no agent, and a means ("by shouting") or no other verb, the noun is the doer
            source = idx.in_phrase(tok.head) or _merge(*(idx.in_phrase(p) for p in _prep_objects(tok.head, {"of"})))
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            target = idx.in_phrase(tok.head)  # "the rebels backed by Iran"
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        objs = [] if own_force else (_children(tok, _OBJ) or _raised_objects(tok))
        objs = [o for o in objs if not _reporting(o)]
        if not objs and not own_force and not passive:
            objs = _shared_objects(tok)
        if own_force:  # "deploy peacekeepers in Iraq": where the force goes
            for obj in _children(tok, _OBJ):
                for pobj in _prep_objects(obj, _TARGET_PREPS | {"in", "into"}):
                    target = _merge(target, idx.in_phrase(pobj))
        # "opposed the use of nuclear weapons in Ukraine": a stance on an issue is not aimed at the
        # place where the issue is located, so only actors named in the object itself count
        victims = bool(_victim_words(tok))  # people named: then "at a mall in Paris" is only where it happened
        loose = cand.type not in _STANCE and not victims
        for obj in objs:
            found = (self.authors(tok, obj, source) if cand.type in _AUTHORED_TYPES else []) or \
                idx.in_phrase(obj, loose=loose) or self.resolve_definite(obj, source)
            if obj.lower_ in _OBJECT_PRONOUNS and (not found or any(self.bound(a, source) for a in found)):
                found = self.object_pronoun(obj, source)
            if tok.lemma_.lower() in _DISPATCH and obj.dep_ == "dobj" and _prep_objects(tok, {"to"}):
                found = []  # "dispatched 200 doctors to Italy": who is sent is the help, Italy gets it
            target = _merge(target, found)
            for pobj in _prep_objects(obj, _TARGET_PREPS | {"by"}):
                if obj.lemma_.lower() in _DOCUMENTS and pobj.head.lower_ in ("on", "over"):
                    continue  # "vetoed a resolution on Syria": what a text is about, not a party
                if cand.type in ("COERCE", "SANCTION") and pobj.head.lower_ == "by" and passive:
                    # "was given a fine by a court": the court imposes the penalty on the subject
                    source = _merge(source, idx.in_phrase(pobj))
                    continue
                if cand.type == "AID" and pobj.head.lower_ == "with" and obj.dep_ == "dobj":
                    # "providing airstrikes with the RSAF": the means or partner, not who is helped
                    begin, end = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
                    target = [a for a in target if not begin <= a.start < end]
                    continue
                if cand.type in _HELP and pobj.head.lower_ == "from":
                    # "was given assurances from the US": the giver, never the one helped
                    if passive and not source:
                        source = idx.in_phrase(pobj)
                    continue
                target = _merge(target, idx.in_phrase(pobj, loose=not victims))
        # "protect its cities from Russian attacks", "aid from Japan": with help, "from" names the
        # danger or the giver, never the one helped
        allowed = _TARGET_PREPS if cand.type not in _COOP_TYPES else _TARGET_PREPS - {"against"}
        if cand.type in _HELP:  # (a withdrawal "from Syria" still names the party left)
            allowed = allowed - {"from"}
        if cand.type == "AID" and _children(tok, {"dobj"}):
            # "provided Kyiv with arms", "providing airstrikes with the RSAF": means or partner
            # ("agreed to help with Mueller's inquiry" still helps its owner)
            allowed = allowed - {"with"}
        if any(a not in source and a.country not in {x.country for x in source} for a in target):
            # "blamed Israel for the bombing", "criticised Ethiopia over the dam": a reason, not a party
            allowed = allowed - _REASON_PREPS
        if _verdict(tok) and (_children(tok, {"dobj"}) or passive):
            # "charging the gunman with terrorism against Mexicans": the one charged is the object;
            # the "with" phrase is the crime, and whom it harmed is no party to the charge
            allowed = allowed - {"with"}
        if cand.mode == "visit":
            allowed = allowed - {"from"}  # "travelled from Nairobi to Kampala": the origin is not visited
        # "banned the airline, with officials saying ...": the speakers of an absolute clause are no party
        preps = [p for p in _prep_objects(tok, allowed) if not (
            p.head.lower_ == "with" and any(c.lemma_ in _SPEECH_VERBS for c in _children(p, {"acl", "relcl"})))]
        if cand.type == "RETREAT" and source:
            # "withdrew the US from the treaty": the doer's own country is what is pulled out
            own = {a.country for a in source if a.country}
            target = [a for a in target if not (a.country in own and a.kind != "pronoun" and a.code is not None
                                                and len(a.code) == 3)]
        # "retaliate against Israel for the killing of X": with a party named, "for"/"over" is a reason
        reasons = [p for p in preps if p.head.lower_ in _REASON_PREPS]
        for pobj in [p for p in preps if p not in reasons]:
            target = _merge(target, idx.in_phrase(pobj, loose=not victims))
        if not any(a not in source for a in target):
            for pobj in reasons:
                target = _merge(target, idx.in_phrase(pobj, loose=not victims))
        if tok.lemma_.lower() in _MEDIATE:
            # "mediated between Israel and Hamas", "mediated talks between X and Y": the sides
            for between in [tok, *objs]:
                for pobj in _prep_objects(between, {"between"}):
                    for side in (pobj, *_children(pobj, {"conj"})):
                        target = _merge(target, [a for a in idx.in_phrase(side) if a not in source])
        if cand.type == "RETREAT" and source:
            own = {a.country for a in source if a.country}
            if any(a.country and a.country not in own for a in target):
                # "withdrew its troops out of Iraq": the doer's own troops are what moves
                target = [a for a in target if a.country not in own]
        if not target and cand.type in _GIVE and not _prep_objects(tok, {"to"}):
            target = self.stranded_recipient(objs, source)
        if not target and not (victims and cand.type not in _NO_PLACE_TARGET):
            # (with people named as victims, the place only says whose civilians: see candidate)
            for pobj in _prep_objects(tok, _WEAK_TARGET_PREPS):
                if pobj.lemma_.lower() in _FRAMES:
                    continue  # "in the wake of his death": a time frame, not where or whom
                found = idx.in_phrase(pobj)
                if pobj.head.lower_ != "of":  # "fighting in Kabul" is in Afghanistan, not at its rulers
                    found = [_as_place(a) for a in found]
                target = _merge(target, found)
        if frame == "recv":
            source, target = _merge(*(idx.in_phrase(p) for p in _prep_objects(tok, {"from"}))), source
        if not target and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
            gov = tok.head.head  # "supported the country by expanding ties": ties with the country
            target = _merge(*(idx.in_phrase(o) or self.resolve_definite(o, source) for o in _children(gov, _OBJ)))
        self.assign(cand, source, target)

    def authors(self, verb: Token, obj: Token, source: list[Actor]) -> list[Actor]:
        """Who made the deed a stance is about: "condemned the annexation of Crimea by Russia" is
        aimed at Russia, not at the place inside the object. The small model often hangs the
        "by" phrase further right ("the recognition of X as Y's territory by Z"), so any "by"
        after the object noun and inside the verb's own phrases counts."""
        if obj.pos_ != "NOUN":
            return []
        found: list[Actor] = []
        for t in verb.subtree:
            if t.i <= obj.i or t.dep_ not in ("prep", "agent") or t.lower_ != "by":
                continue
            cur, inside = t.head, True
            while cur.i != verb.i:  # only through noun and preposition links, never another clause
                if cur.dep_ not in ("pobj", "prep", "dobj", "amod", "compound", "conj", "appos", "nmod"):
                    inside = False
                    break
                cur = cur.head
            if not inside:
                continue
            for p in t.children:
                if p.dep_ == "pobj" and p.tag_ != "VBG":
                    found = _merge(found, [a for a in self.index.in_phrase(p, loose=False) if a not in source])
        return found

    def stranded_recipient(self, objs: list[Token], source: list[Actor]) -> list[Actor]:
        """Actors in the "to" phrase the parser hung at the end of the object (``stranded_to``)."""
        for obj in objs:
            to = _stranded_to(obj)
            if to is None:
                continue
            found = [a for p in to.children if p.dep_ == "pobj" for a in self.index.in_phrase(p) if a not in source]
            if found:
                return found
        return []

    def nominal_args(self, cand: Candidate) -> None:
        tok, frame = cand.token, cand.trigger.frame
        idx = self.index
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" \
                and cand.type in ("ASSAULT", "COERCE"):
            # "used civilians as human shields", "held them as hostages": the verb's subject does
            # it to the verb's object
            verb = tok.head.head
            self.assign(cand, self.subject(verb), _merge(*(idx.in_phrase(o) for o in _children(verb, {"dobj"}))))
            return
        source: list[Actor] = []
        mods = list(tok.children)
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("poss", "amod") for c in mods):
            # "Russian missile and drone attacks": the first conjunct's modifiers are shared
            mods += [c for c in tok.head.children if c.dep_ in ("poss", "amod") and c.i < tok.head.i]
        shell = tok.head if (tok.dep_ == "compound" and tok.head.i > tok.i
                             and tok.head.lemma_.lower() in _SHELLS) else None
        if shell is not None:
            # "a Saudi bombing campaign against the rebels", "the Japanese aid package for Haiti":
            # the event noun modifies a shell noun that carries the event's parties
            mods += [c for c in shell.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i]
        undergone = tok.lemma_.lower() in _UNDERGONE and not _prep_objects(tok, {"of"}) \
            and any(c.dep_ == "poss" for c in tok.children)
        for child in mods:
            if child.dep_ == "poss" and undergone:
                # "after his arrest", "her murder": the owner of an arrest or a killing undergoes it
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod", "nummod") and child.i < tok.i:
                found = idx.in_phrase(child)
                if cand.type == "ASSAULT":
                    kept = self.drop_city(found, tok)
                    towns = [_as_place(a) for a in found if a not in kept]
                    found = kept
                    if towns:  # "the Mosul offensive": where it happens, the target if none is named
                        self.towns[tok.i] = _merge(self.towns.get(tok.i, []), towns)
                if not found and child.dep_ == "poss" and child.lower_ in _PRONOUNS:
                    # "the ILO reiterated its demand": "its" is the one who reiterates
                    gov = _verb_of(tok)
                    first = tok
                    while first.dep_ == "conj" and first.head.i != first.i and not found:
                        # "the government's repression of its people and its support for Maduro":
                        # "its" is the owner of the first noun of the list, not the one citing it
                        first = first.head
                        owners = [first]
                        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
                            owners.append(first.head.head)  # (the list misattached under "of")
                        found = [a for n in owners for c in _children(n, {"poss"}) if c.lower_ not in _PRONOUNS
                                 for a in idx.in_phrase(c) if self.agrees(child, a)]
                    if gov is not None and tok.dep_ == "pobj" and tok.head.lower_ in _REASON_PREPS:
                        # "praised Kenya for its mediation": "its" is the one praised
                        found = _merge(*(idx.in_phrase(o) for o in _children(gov, {"dobj"})))
                    found = found or (self.subject(gov) if gov is not None else []) or self.resolve_pronoun(child)
                    found = self.plural_owner(child, found)
                source = _merge(source, found)
        holders = [tok] if shell is None else [tok, shell]
        # "aid from Japan" names the giver; "the withdrawal from Mali" the place left
        doers = {"by"} if cand.type == "RETREAT" else {"by", "from"}
        for pobj in [p for h in holders for p in _prep_objects(h, doers)]:
            source = _merge(source, idx.in_phrase(pobj))
        late = []
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and not source:
            # "died in the attack, reportedly conducted by the Taliban": the parser hangs the
            # participle on the verb
            late = [c for c in tok.head.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i]
        for acl in _children(tok, {"acl"}) + late:
            # "an attack ascribed to the Taliban", "a bombing blamed on ISIS", "a raid carried out by"
            agent_preps = ({"to"} if acl.lemma_ in ("ascribe", "attribute") else {"on"} if acl.lemma_ == "blame"
                           else {"by"} if acl.lemma_ in _DOING else set())
            for pobj in _prep_objects(acl, agent_preps):
                source = _merge(source, idx.in_phrase(pobj))
        if not source and cand.type in ("REQUEST", "THREATEN"):
            # "at the request of Trudeau": Trudeau asked; "threats of the army": the army threatens
            for pobj in _prep_objects(tok, {"of"}):
                source = _merge(source, idx.in_phrase(pobj))
        target: list[Actor] = []
        if undergone:
            for child in mods:
                if child.dep_ == "poss":
                    found = idx.in_phrase(child)
                    if not found and child.lower_ in _PRONOUNS:
                        found = self.resolve_pronoun(child)
                    target = _merge(target, [a for a in found if a not in source])
        preps = _TARGET_PREPS - {"from"} if cand.type != "RETREAT" else _TARGET_PREPS
        if frame == "sym":  # "talks between X and Y": one record, both parties as sources
            for pobj in _prep_objects(tok, {"between", "among"}):
                source = _merge(source, idx.in_phrase(pobj))
        extra = {"between", "among"} if frame != "sym" else set()
        if cand.type in _THREAT_TYPES | {"SANCTION", "ACCUSE"}:
            extra = extra | {"of"}  # "the invasion of South Lebanon"
        for pobj in [p for h in holders for p in _prep_objects(h, preps | extra)]:
            target = _merge(target, [a for a in idx.in_phrase(pobj) if a not in source])
        if not target:
            # "sanctions imposed on Eritrea", "aid sent to Haiti": the participle carries the target
            for acl in _children(tok, {"acl"}):
                if acl.tag_ == "VBN":
                    for pobj in _prep_objects(acl, {"on", "against", "to", "upon"}):
                        target = _merge(target, [a for a in idx.in_phrase(pobj) if a not in source])
        verb = _verb_of(tok)
        if verb is not None:
            if verb.lemma_ in _RECV and not _prep_objects(tok, {"by"}):
                # "gained support from the U.S.": the giver is in "from", the subject receives
                giver = _merge(*(idx.in_phrase(p) for p in _prep_objects(tok, {"from"}) + _prep_objects(verb, {"from"})))
                if giver:
                    self.assign(cand, giver, self.subject(verb))
                    return
            if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "despite", "amid", "against"):
                if tok.head.lower_ == "under":  # "interests were under threat": the subject suffers it
                    # "was put under investigation": the passive subject is the one investigated
                    sufferer = _merge(*(idx.in_phrase(p) for p in _children(verb, _PASS_SUBJ)))
                    placed = _merge(*(idx.in_phrase(o) for o in _children(verb, {"dobj"})))
                    holder = tok.head.head  # ("placed the leader under arrest": often hung on the object)
                    on_verb = holder.i == verb.i or holder.dep_ == "dobj" and holder.head.i == verb.i
                    if not sufferer and on_verb and (
                            placed or _children(verb, {"dobj"}) and verb.lemma_.lower() in _CUSTODY):
                        # "the army placed him under house arrest": the subject puts the object under it
                        self.assign(cand, _merge(source, self.subject(verb)), _merge(target, placed))
                        return
                    if cand.trigger.pattern == "under fire":
                        source = self.under_fire(cand, verb, source)
                    self.assign(cand, source, _merge(target, sufferer or self.subject(verb)))
                    return
            elif (not source or frame == "sym") and not undergone and self.inherits(tok, verb) and not (
                    cand.type == "ASSAULT" and tok.dep_ == "pobj"
                    and tok.head.lower_ in ("after", "before", "since", "following")
                    and getattr(self.match(verb), "type", None) not in _THREAT_TYPES):
                # "Paris mourns after the attack": who reacts to an attack did not make it (but
                # "the air force killed five after an air strike" did)
                source = _merge(source, self.subject(verb))
            if not target and cand.type == "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                    and tok.head.head.i == verb.i and (verb.lemma_.lower() in _SUFFER or _children(verb, _PASS_SUBJ)):
                # "five policemen died in a Taliban raid": who dies or is hurt in an attack is its target
                target = [a for s in _children(verb, _SUBJ | _PASS_SUBJ) for a in idx.in_phrase(s) if a not in source]
            if undergone:
                pass  # "after his arrest, he stayed in a cell": the owner is the party, the verb's are not
            elif not target and tok.dep_ in ("dobj", "pobj", "conj"):
                for pobj in _prep_objects(verb, preps):
                    if pobj.i != tok.i and pobj.i != tok.head.i:
                        target = _merge(target, idx.in_phrase(pobj))
            if not target and not undergone and cand.type not in _COOP_TYPES - {"RETREAT", "CONCEDE"} | {"AGREE", "REQUEST"}:
                # "a ceasefire in Yemen", "shelling in Gaza": where a retreat or an attack happens
                for pobj in _prep_objects(tok, _WEAK_TARGET_PREPS - {"of"}) + _prep_objects(verb, {"in"}):
                    if pobj.lemma_.lower() in _FRAMES:
                        continue
                    target = _merge(target, [_as_place(a) for a in idx.in_phrase(pobj) if a not in source])
        self.assign(cand, source, target)

    def under_fire(self, cand: Candidate, verb: Token, source: list[Actor]) -> list[Actor]:
        """"came under fire from rebels": the shooters are in "from"; "came under fire from critics
        over the plan" is criticism (CAMEO 111), told by a reason or by unarmed critics of a person."""
        froms = _prep_objects(verb, {"from"})
        source = _merge(source, *(self.index.in_phrase(p) for p in froms))
        if not source:  # "from rockets launched by Hezbollah"
            source = _merge(*(self.index.in_phrase(b) for f in froms for a in _children(f, {"acl"})
                              for b in _prep_objects(a, {"by"})))
        reason = _prep_objects(verb, _REASON_PREPS) or [p for f in froms for p in _prep_objects(f, _REASON_PREPS)]
        armed = any(t.lemma_.lower() in _ARMED for f in froms for t in f.subtree) or any(
            a.code and any(k in a.code[3:] for k in ("MIL", "REB", "INS", "COP")) for a in source)
        doer = _children(verb, _SUBJ)
        person = bool(doer) and (doer[0].ent_type_ in ("PERSON", "ORG") or doer[0].lower_ in _PRONOUNS
                                 or doer[0].lemma_.lower() in _OFFICES
                                 or any(a.kind == "person" for a in self.index.in_phrase(doer[0])))
        if reason or (person and not armed and froms):
            cand.type, cand.cameo, cand.mode, cand.context = "ACCUSE", "111", "disapprove", []
        return source

    def hyphenated(self, tok: Token) -> Candidate | None:
        """"the U.S.-backed coup led by Guaidó": the U.S. supports whoever does the coup."""
        m = _HYPHEN.match(tok.text)
        if m is None:
            return None
        name = _HYPHEN_TRIGGERS[m.group("v").lower()]
        trig = next((t for t in self.lex.get(name.split()[0], []) if t.pattern == name), None)
        if trig is None:
            return None
        lo, hi = tok.idx, tok.idx + m.end("x")
        source = _dedupe(a for a in self.index.by_sentence.get(sentence_of_token(self.doc, tok.i), [])
                         if a.start < hi and a.end > lo)
        if not source:
            return None
        noun = tok.head if tok.dep_ in ("amod", "compound") else tok
        target: list[Actor] = []
        for acl in _children(noun, {"acl", "relcl"}):
            for agent in _prep_objects(acl, {"by"}):
                target = _merge(target, self.index.in_phrase(agent))
        if not target:
            target = [a for a in self.index.in_phrase(noun) if a not in source]
        cand = Candidate(tok, trig, trig.type, trig.mode, trig.cameo, list(trig.context))
        cand.span_end = m.start("v")  # offset of the verb inside the token
        self.assign(cand, source, target)
        set_flags(cand)
        cand.date = self.when(tok, True)
        refine_code(cand)
        return cand

    def inherits(self, noun: Token, verb: Token) -> bool:
        """Whether the verb's subject does the noun's event: "imposed sanctions", "held talks",
        "during a meeting ... Putin said"; not "regard any refusal as", "despite sanctions"."""
        first = noun
        while first.dep_ in ("conj", "compound") and first.head.i != first.i:
            first = first.head  # ("over assassination plots": the phrase's head carries the link)
        if first.dep_ == "pobj" and first.head.lower_ == "from":
            return False  # "protect cities from attacks", "fled from the fighting": not the subject's act
        if verb.lemma_.lower() in _REFER:
            return False
        span = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
        if span is not None and span.lemma_.lower() in _SPANS and span.dep_ == "pobj":
            # "in sixteen weeks of protests, police fired": when it happened, not the police's protests
            # (but "launched ten days of war games" is theirs)
            return False
        if first.dep_ == "pobj" and first.head.lower_ in _REASON_PREPS and first.head.head.i == verb.i:
            trig = self.match(verb)
            if first.head.lower_ == "over" or (trig is not None and trig.type in _BLAME):
                # "sanctioned Iran over assassination plots", "punished them for the attack": the
                # reason for an act is someone else's deed, not the subject's
                return False
        if noun.dep_ == "pobj" and noun.head.head.i == verb.i and (
                noun.head.lower_ in ("by", "via") and not _children(verb, _PASS_SUBJ)
                or noun.head.lower_ == "under" and verb.lemma_.lower() in _CUSTODY):
            return True  # "spoke by telephone with", "placed him under house arrest": the means or state
        if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at", "after", "in", "before", "for", "to", "into", "on"):
            # "during a meeting with Maduro, Putin said"; but "five civilians died in the attack",
            # "were wounded in the attack": who suffers an event does not do it
            return not (_children(verb, _PASS_SUBJ) or verb.lemma_.lower() in _SUFFER)
        if not _scoped(noun, verb):
            return False
        if _lemma_in(verb, _LIGHT):
            return True
        trig = self.match(verb)
        # "Reuters reported the attack", "Germany condemned the attack", "asked for aid": who reports,
        # judges or asks for an event is not who does it
        return trig is not None and trig.type not in _REACTIONS

    def backed(self, cand: Candidate) -> None:
        """"the U.S.-backed coup led by Guaidó": the U.S. supports whoever does the coup."""
        tok = cand.token
        idx = self.index
        source = idx.in_phrase(self.doc[tok.i - 2]) if tok.i >= 2 else []
        noun = tok.head
        target: list[Actor] = []
        for acl in _children(noun, {"acl", "relcl"}):
            for agent in _prep_objects(acl, {"by"}):
                target = _merge(target, idx.in_phrase(agent))
        if not target:
            target = [a for a in idx.in_phrase(noun) if a not in source]
        cand.type = "SUPPORT" if cand.trigger.type == "SUPPORT" else cand.type
        self.assign(cand, source, target)

    def medium(self, actor: Actor) -> bool:
        """Whether a mention is the platform a message went out on ("praised him on Twitter")."""
        root = _mention_root(self.doc, actor)
        if root is None:
            return False
        return (root.lemma_.lower() in _PLATFORMS or root.lower_ in _PLATFORMS) and root.dep_ == "pobj" \
            and root.head.lower_ in ("on", "via", "through", "over")

    def bound(self, actor: Actor, source: list[Actor]) -> bool:
        """Whether a pronoun target names the doer itself: "they released them" cannot mean the
        same party twice (only "themselves" could)."""
        return actor.kind == "pronoun" and not actor.text.lower().endswith(("self", "selves")) \
            and actor.text.lower() not in _POSSESSIVE and any(
                a is actor or (a.code, a.name) == (actor.code, actor.name) for a in source)

    def assign(self, cand: Candidate, source: list[Actor], target: list[Actor]) -> None:
        source = [a for a in source if not self.medium(a)]
        target = [a for a in target if not self.medium(a) and not self.bound(a, source)]
        if cand.type in ("AGREE", "CONSULT", "COOPERATE"):
            # "in the deal, Austrian and New Zealand production sites are kept": whose sites, not parties
            source = [a for a in source if not self.site_owner(a)]
            target = [a for a in target if not self.site_owner(a)]
        if cand.type in ("COERCE", "SANCTION") and _children(cand.token, _PASS_SUBJ):
            # "a judge sentenced a doctor. He was given a fine": the court that fines is never the one fined
            target = [a for a in target if not (a.kind == "pronoun" and a.sector == "JUD")]
        if cand.type == "ASSAULT":
            # "fired missiles at Kyiv": a city under attack is the country's, not its government
            target = [_as_place(a) if self.city(a) else a for a in target]
            # "Saudi airstrikes with the Royal Saudi Air Force": a state's own forces or government
            # carry out its attacks; they are never what the state attacks
            states = {a.country for a in source if a.country and a.code in (a.country, a.country + "GOV",
                                                                               a.country + "MIL")}
            target = [a for a in target if not (a.country in states and a.code in (a.country + "MIL",
                                                                                     a.country + "GOV"))]
        ids = {id(a) for a in source}
        cand.source = source
        # "stepped down from his post": a possessive pronoun of the doer is no target
        own = {(a.code, a.name) for a in source}
        cand.target = [a for a in target if id(a) not in ids
                       and not (a.kind == "pronoun" and a.text.lower() in _POSSESSIVE and (a.code, a.name) in own)]
        if cand.type == "CONSULT" and cand.mode == "visit":
            # "hosted his counterpart in Abuja": one's own capital is where, not whom
            own = {a.country for a in source}
            cand.target = [a for a in cand.target if not (self.venue(a) and a.country in own)]
            if source and all(a.country for a in source) and cand.token.lemma_.lower() == "visit":
                # "the minister was visiting the town of Pandeglang": a trip inside one's own country
                # visits no other party (its government or forces named as such still count)
                cand.target = [a for a in cand.target if not (
                    a.country in own and a.kind != "pronoun" and (a.code is None or len(a.code) == 3))]
        if cand.type == "CONSULT" and cand.mode != "visit" or self.among(cand):
            # "held talks in Moscow with Putin", "Colombia and the FARC signed a deal in Havana":
            # where parties meet or sign is not who it is with
            cand.target = [a for a in cand.target if not self.venue(a)]
        if self.joint_exercise(cand):
            # "held joint air patrols over the Sea of Japan": where allies train or patrol together
            # is a venue, not a party
            cand.target = [a for a in cand.target if not self.venue(a, wide=True)]

    def site_owner(self, actor: Actor) -> bool:
        """Whether a mention only says whose plant or site a noun is ("German factories")."""
        tok = _mention_root(self.doc, actor)
        if tok is None:
            return False
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Austrian, British and Kiwi sites": the first decides
            tok = tok.head
        return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in _SITES

    def city(self, actor: Actor) -> bool:
        """Whether a state's mention is a city's name (a capital), not its seat of power."""
        if actor.kind != "country":
            return False
        form = country_forms().get(actor.text)
        return form is not None and form.form == "capital"

    def among(self, cand: Candidate) -> bool:
        """Whether several parties act together ("Colombia and the FARC signed a deal"): then a
        place named is where they met or signed, not a party."""
        return cand.type in _COOP_TYPES | {"AGREE"} and len(cand.source) > 1

    def joint_exercise(self, cand: Candidate) -> bool:
        """Whether the act is drills or patrols held jointly ("Russia and China held joint air
        patrols", "joint naval exercises"): several doers, or a "joint" word on the act."""
        tok = cand.token
        if cand.type not in ("COOPERATE", "MOBILIZE"):
            return False
        noun = tok if tok.pos_ in ("NOUN", "PROPN") else next(iter(_children(tok, {"dobj"})), tok)
        drill = noun.lemma_.lower() in _DRILLS_OR_PATROLS
        joint = any(c.lemma_.lower() in _JOINT for c in noun.children if c.dep_ in ("amod", "compound"))
        return drill and (joint or len(cand.source) > 1)

    def venue(self, actor: Actor, wide: bool = False) -> bool:
        """Whether a mention is a place introduced by "in"/"at" ("talks at the Kremlin"); ``wide``
        also takes "over"/"off"/"across" and a name inside a place's name ("the Sea of Japan")."""
        root = _mention_root(self.doc, actor)
        if root is None:
            return False
        if wide:
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN") \
                    and (root.head.head.ent_type_ in ("LOC", "FAC", "GPE")
                         or root.head.head.lemma_.lower() in _WATERS):
                return True  # "the Sea of Japan", "the coast of Sri Lanka", "the Gulf of Oman"
            if root.ent_type_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" \
                    and root.head.lower_ in ("in", "at", "inside", "over", "off", "across", "around"):
                return True
        if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" and root.head.dep_ == "pobj" \
                and root.head.head.lower_ in ("at", "inside"):
            return True  # "met them at an Irish pub": the place's nationality, not a party
        return (root.ent_type_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj"
                and root.head.lower_ in ("in", "at", "inside"))

    # ---- modality, reporting, dates -------------------------------------------------------
    def reporter(self, tok: Token, said: dict[int, Actor | None]) -> tuple[Actor | None, bool]:
        """Who says the event happened, and whether it sits in a speech complement at all."""
        for subj in _children(tok, _SUBJ):
            for acl in _children(subj, {"acl"}):
                if acl.i in said:  # "with officials reporting 150 soldiers killed": the parser's subject reports
                    return said[acl.i], True
        cur = tok
        for _ in range(12):
            head = cur.head
            if head.i == cur.i:
                break
            if head.i in said and cur.dep_ in ("ccomp", "xcomp", "conj", "dobj", "parataxis", "advcl"):
                return said[head.i], True
            cur = head
        for q in self.quotes:
            if q.start <= tok.idx < q.end:
                return q.speaker, False
        return None, False

    def reported_modality(self, cand: Candidate) -> None:
        """"Russia said Sudan must return the helicopter" is a demand; "said they would meet" a promise."""
        verb = cand.token if cand.token.pos_ in ("VERB", "ADJ") else _verb_of(cand.token)
        if verb is None:
            return
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        duty = verb
        while not aux & {"must", "should"} and duty.dep_ in ("xcomp", "advcl") and duty.head.i != duty.i:
            duty = duty.head  # "must ensure security to allow supplies": the obligation is the head's
            aux = {c.lower_ for c in duty.children if c.dep_ == "aux"}
        if aux & {"must", "should"} and cand.type not in ("REQUEST", "REJECT", "THREATEN", "ACCUSE"):
            code, mode = _REQUEST_CODE.get(cand.type, ("100", None))
            obliged = cand.source if duty.i == verb.i else self.subject(duty) or cand.source
            cand.source = [cand.reported_by] if cand.reported_by else []
            cand.target = [a for a in obliged if a not in cand.source] or cand.target
            cand.type, cand.cameo, cand.mode, cand.hypothetical = "REQUEST", code, mode, False
        elif "would" in aux and duty.i != verb.i and duty.lemma_.lower() in _WISH:
            cand.future, cand.hypothetical = False, True  # "would prefer to agree a solution": a wish, not a promise
        elif "would" in aux and not any(
            c.dep_ == "mark" and c.lower_ in _HYPO_MARK for t in (verb, verb.head) for c in t.children
        ):
            cand.future, cand.hypothetical = True, False

    def first_person(self, cand: Candidate) -> None:
        """"we support the dialogue" said by Putin: we = the speaker's side."""
        speaker = cand.reported_by
        if speaker is None:
            return
        verb = cand.token if cand.token.pos_ == "VERB" else _verb_of(cand.token)
        if verb is None or (verb.i != cand.token.i and not self.inherits(cand.token, verb)):
            return
        subj = _children(verb, _SUBJ)
        if subj and subj[0].lower_ in _FIRST_PERSON and not cand.source:
            cand.source = [speaker]

    def when(self, tok: Token, nominal: bool) -> str | None:
        stack = [tok]
        if nominal:
            verb = _verb_of(tok)
            if verb is not None:
                stack.append(verb)
        seen = 0
        while stack and seen < 60:
            cur = stack.pop()
            seen += 1
            if cur.ent_type_ == "DATE":
                ent = next((e for e in self.doc.ents if e.start <= cur.i < e.end), None)
                if ent is not None:
                    found = resolve_date_iso(ent.text, self.date)
                    if found:
                        return found
            for child in cur.children:
                if child.dep_ in ("ccomp", "xcomp", "relcl", "parataxis", "conj", "advcl", "csubj"):
                    continue
                if child.dep_ == "acl" and not nominal:
                    continue
                stack.append(child)
        return None


def find_events(doc: Doc, actors: list[Actor], quotes: list[Quote], date: str | None) -> list[Event]:
    """Every event the parse supports in sentences that mention actors, in text order."""
    if not actors:
        return []
    coder = _Coder(doc, actors, quotes, date)
    parsed = parse_iso(date)
    article_date = parsed.isoformat() if parsed else None
    found: list[tuple[int, Candidate]] = []
    sents = sentences(doc)
    for sid, sent in enumerate(sents):
        if sid not in coder.index.by_sentence:
            coder._remember(sent)
            continue
        for cand in coder.code_sentence(sent, sid):
            found.append((sid, cand))
    return to_events(found, sents, article_date or date)
