"""Which trigger a word is: the event coder's per-document state and lexicon lookup, beneath every role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .dates import resolve_date_iso
from .event_complements import for_clauses, to_clauses
from .event_filters import product_release
from .event_gifts import gives_help
from .event_offers_rampages import grants_self_rule, proposed_grant
from .event_warnings import outcome_foretold
from .event_modality import COMMANDS, FUTURE_AUX
from .event_roles import (
    PASS_SUBJ as _PASS_SUBJ, SUBJ as _SUBJ, ActorIndex as _Index, children as _children,
    prep_objects as _prep_objects, verb_of as _verb_of,
)
from .event_resignations import not_resigning
from .event_senses import everyday_sense, other_sense
from .model import Actor, Quote
from .nlp import doc_ents, joined_by_hyphen, written_before_hyphen
from .triggers import Trigger, lexicon, word_list

__all__ = ["TriggerMatcher", "counted_things"]

_INFO = word_list("information")
_FIGURATIVE = word_list("figurative_fights")
_NO_GIFT = word_list("no_gift")
_CAMPAIGN = {"campaign", "election", "reelection", "re-election", "victory"}
# verbs that order a state of things through a small clause: "ordered the borders closed"
_ORDERING = frozenset({"order", "command", "direct"})
# what a leader does at a rally of his own: speaking there is campaigning, not protesting
_PLATFORM_SPEECH = {"announce", "say", "tell", "speak", "tout", "vow", "promise", "pledge", "declare", "boast",
                    "claim", "repeat", "reiterate", "praise", "mock", "address", "unveil", "brag"}
ARMOUR = word_list("armour")
CIVIL_TANKS = word_list("civil_tanks")
# the numbered parts of a text a speaker may cite: "Article 5 of the treaty"
_PROVISION_PARTS = {"article", "clause", "section", "chapter", "paragraph", "annex", "protocol"}
_EXPLODING = word_list("exploding_arms")
_PLEDGES = {"assurance", "promise", "pledge", "undertaking", "guarantee"}
_MONEY_WORDS = {"loan", "credit", "bank", "financial", "sovereign", "debt"}
# the result words of "left two soldiers dead/wounded" and the verb whose lexicon row codes that harm
_HARM_RESULTS = {"dead": "kill", "killed": "kill", "wounded": "wound", "injured": "injure", "hurt": "injure"}
_PUBLICATION = {"press", "news", "media"}
# what one gives in to: "bowed to pressure", "bowed to the demands of the strikers"
_PRESSURES = word_list("pressures")
# what a station broadcasts, which names it as a news outlet
_BROADCAST = {"radio", "television", "tv"}
# verbs that take something "of" someone, which the small model hangs on the object
_OF_TAKERS = {"strip", "deprive"}
# those a state lets in: inspectors, peacekeepers, aid convoys ("let U.N. inspectors back in")
_LET_IN = word_list("let_in")
# spans and runs that head what one bows to: "bowed to weeks of street protests"
_STRETCHES = {"day", "week", "month", "year", "wave", "series", "round", "spate", "string", "chorus"}
# forces and craft that take orders from their own command: "was ordered to" them is no request
_COMMANDED = word_list("troops") | {"frigate", "destroyer", "submarine", "vessel", "crew", "jet", "aircraft",
                                    "squadron", "brigade", "regiment", "division", "officer", "commander"}
# adjectives a verb takes as its result before its object ("set free", "cut loose", "broke open")
_RESULT_ADJECTIVES = {"free", "loose", "open"}
_RIOT_GEAR = {"tear", "rubber", "water", "pepper"}
_RIOT_ARMS = {"gas", "bullet", "cannon", "spray"}  # what the riot-gear word names: "tear gas", "water cannon"
_USING = {"use", "deploy", "employ"}  # verbs by which riot gear is turned on a crowd
_SPIN = {"claim", "save", "portray", "present", "declare"}  # what a ruling "allows" sides to say of it
PARTICLES = {"in", "up", "down", "out", "off", "back", "away", "over"}
# particles that come before the object of a phrasal verb ("voted down the bill", "called off the strike")
_OBJECT_PARTICLES = {"down", "off"}
_QUANTITIES = {"ten", "hundred", "thousand", "million", "dozen", "score", "number", "lot", "host", "wave",
               "battalion", "contingent", "group", "unit", "column", "convoy", "fleet", "flotilla",
               # measures of goods: "flew 13 tons of medicine" flies medicine
               "ton", "tonne", "kilogram", "kilo", "litre", "liter", "gallon", "shipment", "consignment",
               "load", "planeload", "truckload", "shipload", "crate", "batch", "dose",
               # (session 31) sets of texts or measures: "signed a package of agreements"
               "package", "raft", "set", "slew", "series", "pair", "bundle"}


def _yielded_to(verb: Token) -> list[Token]:
    """What a verb of giving in yields to, read through a stretch of time or a run of acts: in
    "bowed to weeks of street protests" the pressure is the protests, not the weeks."""
    out = []
    for obj in _prep_objects(verb, {"to"}):
        out.append(obj)
        if obj.lemma_.lower() in _STRETCHES:
            out.extend(_prep_objects(obj, {"of"}))
    return out


def _ahead(verb: Token) -> bool:
    """Whether a verb is announced for later ("will withdraw"): pulling peacekeepers out is then a
    threat to the host, which the modality step codes from the plain retreat."""
    return any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "would") for c in verb.children)


# (session 26) kinds of body a party is labelled "as": "designated them as a terrorist organisation"
_BODY_KINDS = {"organisation", "organization", "group", "entity", "network", "movement"}
# (session 33) kinds of deed a move is judged "as": "regarded the move as an unfriendly act"
_DEED_KINDS = {"act", "step", "move", "gesture", "action", "measure"}


# (session 29) nouns of what a body does, named by whose doings they are ("the activities of the party")
# doings of a body, and (session 30) parts of a text: "suspended several articles of the constitution"
# suspends the constitution in part
_DOINGS = {"activity", "operation", "article", "provision", "clause"}


def _included(objs: list[Token]) -> set[str]:
    """(session 30) "would consider all tools, including sanctions and visa curbs": what an object
    noun is said to include names it too (lemmas of the "including" objects and their conjuncts; the
    small model may hang "including" on the verb itself)."""
    inner = [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "including"
             for g in p.children if g.dep_ == "pobj"]
    inner += [c for g in inner for c in g.children if c.dep_ == "conj"]
    return {w for g in inner for w in (g.lemma_.lower(), g.lower_)}


def _first_verbs_object(verb: Token, objs: list[Token]) -> set[str]:
    """(session 31) "deployed peacekeepers on the frontier but withdrew them": a second verb whose
    object is a pronoun acts on the first verb's object noun (its lemmas)."""
    if verb.dep_ != "conj" or not any(o.lower_ in ("them", "it") for o in objs):
        return set()
    # the nearest verb before it in the coordination ("mediated a deal and deployed peacekeepers, but
    # withdrew them": the peacekeepers)
    before = [v for v in (verb.head, *_children(verb.head, {"conj"})) if v.i < verb.i and _children(v, {"dobj"})]
    if not before:
        return set()
    return {o.lemma_.lower() for o in _children(before[-1], {"dobj"}) if o.pos_ == "NOUN"}


def _named_things(verb: Token, particle: str | None) -> set[str]:
    """Lemmas and forms of what a verb acts on: its object, its passive subject, and the object the
    small model hangs on the particle ("handed in its weapons" parsed as a preposition)."""
    objs = _children(verb, {"dobj"} | _PASS_SUBJ)
    holders = [verb] + (objs if particle == "of" and verb.lemma_.lower() in _OF_TAKERS or particle == "as" else [])
    objs += [o for h in holders for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ == particle
             for o in _children(c, {"pobj"})]
    objs += [c for o in objs for c in _children(o, {"conj"})]
    out = {w for o in objs for w in (o.lemma_.lower(), o.lower_)}
    # "shut down 24 radio stations": a station is named by what it broadcasts
    out |= {c.lower_ for o in objs if o.lemma_.lower() == "station" for c in o.children
            if c.dep_ == "compound" and c.lower_ in _BROADCAST}
    # "added them to its sanctions list", "the entity list": a list is named by its modifier
    out |= {c.lemma_.lower() for o in objs if o.lemma_.lower() == "list" for c in o.children
            if c.dep_ in ("compound", "amod")}
    # (session 41) "added Monaco to its list of jurisdictions under increased monitoring", "its list
    # of high-risk third countries": or by what its "of" phrase says the listed are
    out |= {t.lemma_.lower() for o in objs if o.lemma_.lower() == "list" for of in _children(o, {"prep"})
            if of.lower_ == "of" for t in of.subtree if t.pos_ in ("NOUN", "ADJ", "VERB")}
    # (session 26) "designated six cartels as foreign terrorist organisations": a label "as" a kind
    # of body is named by its modifier
    out |= {c.lemma_.lower() for o in objs if particle == "as" and o.lemma_.lower() in _BODY_KINDS
            for c in o.children if c.dep_ in ("compound", "amod")}
    # (session 33) a deed judged "as" a kind of deed is named by its modifier ("regarded the move
    # as an unfriendly act": the verdict is in "unfriendly", not in "act")
    out |= {c.lemma_.lower() for o in objs if particle == "as" and o.lemma_.lower() in _DEED_KINDS
            for c in o.children if c.dep_ == "amod"}
    return out | _counted(objs)


# (session 31) what a medium is named by when it is shut or cut ("internet service", "phone lines")
_LINKS = frozenset({"service", "services", "access", "connection", "connections", "connectivity", "line", "network"})
# nouns of a try whose aim names what it is ("an attempt to strangle", "a bid to destabilise")
_ATTEMPTS = {"attempt", "bid", "effort", "plot", "ploy", "scheme"}


def _predicate_epithets(verb: Token) -> set[str]:
    """Adjectives on the noun a verb names its object as: "called the envoy a stupid man" (the small
    model reads the envoy as the predicate and "a stupid man" as its apposition). Only the epithet of
    a predicate noun counts, so name-calling ("call @insults") is matched when the insult is an
    adjective and not a noun of its own; an adjective on the plain object ("called the stupid man")
    is no predicate and is left out."""
    preds = _children(verb, {"oprd"}) + [a for o in _children(verb, {"dobj", "oprd"}) for a in _children(o, {"appos"})]
    out = {g.lower_ for p in preds if p.pos_ in ("NOUN", "PROPN") for g in p.children if g.dep_ == "amod"}
    # "called the sanctions an attempt to strangle its economy": what the named attempt aims at
    # characterises it as an epithet would ("call @hostile_aims")
    out |= {g.lemma_.lower() for p in preds if p.lemma_.lower() in _ATTEMPTS
            for g in p.children if g.dep_ in ("acl", "xcomp") and g.pos_ == "VERB"}
    # (session 30) "called the decision a step backwards": the way a named step goes judges it (the
    # small model hangs "backwards" on the step or on the verb)
    return out | {g.lower_ for p in preds if p.lemma_.lower() in _STEPS
                  for g in (*p.children, *verb.children) if g.dep_ == "advmod" and g.lower_ in _BACKWARD}


# a step and the way it goes: "a step backwards", "a move backward"
_STEPS = {"step", "move"}
_BACKWARD = {"backward", "backwards"}


def _passive_done(verb: Token) -> bool:
    """"The bookmark was returned by US officials to Spanish authorities": a transitive act in the
    passive with its doer named, which has its patient as subject instead of an object. Without
    a "by" phrase ("he was returned to office", "the ship was hit by waves" aside) it stays out."""
    return bool(_children(verb, _PASS_SUBJ)) and any(
        c.dep_ == "agent" and _children(c, {"pobj"}) for c in verb.children)


# words that make a plea one made in court ("a guilty plea", "a plea bargain", "entered a plea")
_COURT_PLEAS = {"guilty", "innocent", "insanity", "bargain", "deal", "agreement", "contest", "enter"}


def _court_plea(plea: Token) -> bool:
    """Whether the noun "plea" is a defendant's answer in court rather than an appeal to someone:
    a word of pleading guilty or bargaining in or beside it, or "entered a plea"."""
    near = {t.lower_ for t in plea.subtree} | {plea.head.lemma_.lower()}
    return bool(near & _COURT_PLEAS)


def _shares_news(tok: Token) -> bool:
    """"She shared that ...": a that-clause with nothing handed over is speech, not cooperation."""
    return bool(_children(tok, {"ccomp"})) and not _children(tok, {"dobj"})


def _civil_tank(tok: Token) -> bool:
    """Whether the tanks a verb moves hold something ("fuel tanks", "tanks of oil", "think tanks"):
    containers and research groups, not armour."""
    for obj in _children(tok, {"dobj"} | _PASS_SUBJ):
        if obj.lemma_.lower() != "tank":
            continue
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CIVIL_TANKS for c in obj.children):
            return True
        if _prep_objects(obj, {"of"}):
            return True
    return False


def _doings_of(objs: list[Token]) -> set[str]:
    """(session 29) Whose doings an object of doings names: "suspended the activities of several
    opposition parties" suspends the parties, so "suspend @political_parties" matches."""
    return {g.lemma_.lower() for o in objs if o.lemma_.lower() in _DOINGS
            for p in _children(o, {"prep"}) if p.lower_ == "of" for g in _children(p, {"pobj"})}


def _counted(objs: list[Token]) -> set[str]:
    """What a counted object counts: "massed tens of thousands of troops" masses troops."""
    return {t.lemma_.lower() for obj in objs for t in counted_things(obj)}


def counted_things(obj: Token) -> list[Token]:
    """The nouns a counted object counts, outermost first ("tens of thousands of troops": thousands,
    troops; "a package of agreements": agreements); empty for an object that counts nothing."""
    out: list[Token] = []
    cur = obj
    for _ in range(3):
        if cur.lemma_.lower() not in _QUANTITIES and not cur.like_num:
            break
        inner = [p for q in cur.children if q.dep_ == "prep" and q.lower_ == "of"
                 for p in q.children if p.dep_ == "pobj"]
        if not inner:
            break
        cur = inner[0]
        out.append(cur)
    return out


def _means_partner(verb: Token) -> bool:
    """"conferred by telephone with President Mubarak": the small model hangs the partner's "with"
    on the means ("by telephone", read as a passive agent), not on the verb."""
    return any(p.lower_ == "with" and p.dep_ == "prep" for c in verb.children
               if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "over", "via")
               for o in _children(c, {"pobj"}) for p in o.children)


def parted_infinitive(verb: Token) -> list[Token]:
    """The "to" infinitive of a verb of asking that a relative clause set off by commas cut from it:
    "asked the Supreme Court, which critics say is controlled by his allies, to certify the results"
    (the parser hangs the infinitive inside the relative clause, on its last verb)."""
    out = []
    for obj in _children(verb, {"dobj"}):
        if obj.i + 1 >= len(obj.doc) or obj.doc[obj.i + 1].text != ",":
            continue
        for rel in _children(obj, {"relcl"}):
            out += [c for c in rel.subtree if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.i > rel.i
                    and c.left_edge.i >= 1 and obj.doc[c.left_edge.i - 1].text == ","
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    and not any(m.dep_ == "mark" for m in c.children) and c.right_edge.i >= rel.right_edge.i]
    return out


def dated(prep: Token) -> bool:
    """Whether a preposition's objects are all dates. A span of time "of" something is the thing,
    not a date: "bowed to weeks of street protests" bows to the protests."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") and not _prep_objects(o, {"of"}) for o in objs)


# participles the small model tags as adjectives whose verb the "-ed" rules cannot recover; keyed
# under the participle in triggers.tsv ("frozen"), so that the sentence scan offers the word at all
_ADJ_PARTICIPLES = frozenset({"frozen"})
_ORDERING = COMMANDS | {"direct"}  # "ordered closed", "directed shut"


def name_word(tok: Token) -> bool:
    """(session 23) Whether a capitalised common noun closes a run of proper nouns, a word of a
    name the small model did not tag ("the Israeli NGO Israel Flying AID has been providing aid").

    Why: an organisation's name tells no act; its acts are told by its verbs. Headlines, which
    capitalise every word, are left alone (most content words of the sentence must be lower case).
    """
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    prev = tok.doc[tok.i - 1]
    if not (prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == tok.i and prev.text[:1].isupper()
            and prev.is_alpha):
        return False
    words = [t for t in tok.sent if t.is_alpha and t.pos_ in ("NOUN", "VERB", "ADJ") and t.i != tok.sent.start]
    return 2 * sum(1 for t in words if t.text[:1].islower()) > len(words)


def _ordered_participle(tok: Token) -> bool:
    """Whether an adjective-tagged participle is what an order says is to be done ("ordered its bank
    accounts frozen"). Why: the small model often tags such a bare
    participle JJ; it is still the ordered act (event_complements._ordered_done), not a state."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("ccomp", "oprd") and tok.head.lemma_.lower() in _ORDERING \
        and tok.head.pos_ == "VERB"


# (session 37) what one "meets" when one satisfies it ("meet strict rules of origin", "met the targets")
_STANDARDS_MET = frozenset({"rule", "standard", "requirement", "condition", "criterion", "criteria", "target",
                            "deadline", "obligation", "expectation", "goal", "threshold", "benchmark", "quota", "need"})


class TriggerMatcher:
    """The per-document state of the event coder and the trigger lookup that every role asks."""

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
        self._ent_spans: dict[int, tuple[int, int]] | None = None  # entity bounds per token, on first use

    def casualty(self, tok: Token, lex: dict[str, list[Trigger]] | None = None) -> Trigger | None:
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
            for trig in (self.lex if lex is None else lex).get(verb, []):
                if trig.type == "ASSAULT" and trig.verbal and trig.word is None:
                    return trig
        return None

    def match(self, tok: Token, lex: dict[str, list[Trigger]] | None = None) -> Trigger | None:
        """The trigger ``tok`` starts in ``lex`` (default: the event lexicon), or None."""
        lex = self.lex if lex is None else lex
        casualty = self.casualty(tok, lex)
        if casualty is not None:
            return casualty
        entries = lex.get(tok.lemma_.lower()) or lex.get(tok.lower_)
        if joined_by_hyphen(tok.doc, tok.i - 1, ("-", "\u2013")):
            # "cease-fire" split by the tokenizer: the whole word, not its last part ("fire"), is meant
            entries = lex.get(f"{tok.doc[tok.i - 2].lower_}-{tok.lemma_.lower()}") or entries
        if not entries and tok.pos_ == "VERB" and tok.lower_.endswith("ssed") and tok.lemma_.lower().endswith("sse"):
            # "teargassed": the small model's lemmatiser keeps a doubled "s" of a verb it does not
            # know ("teargasse"); the stem before "sed" is the lexicon key
            entries = lex.get(tok.lower_[:-3])
        if not entries and tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
            # "is prepared to lift the ban": the small model keeps the participle as an adjective
            entries = lex.get(tok.lower_[:-1]) or lex.get(tok.lower_[:-2])
            if not entries and len(tok.lower_) > 5 and tok.lower_[-3] == tok.lower_[-4]:
                # "are committed to opening up the economy": a doubled final consonant; only where
                # the complement decides, for a stated commitment is the act ("are banned" is a state)
                entries = [t for t in lex.get(tok.lower_[:-3], []) if t.frame == "embed"]
        if not entries:
            return None
        ordered = _ordered_participle(tok)
        if tok.lower_ in _ADJ_PARTICIPLES and tok.pos_ == "ADJ" and not ordered:
            return None  # "the accounts remain frozen": a state, no act
        pos = tok.pos_
        verbal = (pos == "VERB" and tok.dep_ != "amod") or (pos == "ADJ" and tok.dep_ in ("acomp", "ROOT")) or ordered
        nominal = pos in ("NOUN",) or (pos == "PROPN" and tok.ent_type_ == "")
        if not (verbal or nominal) or (nominal and name_word(tok)):
            return None
        kids = None
        miscounted: set[str] = set()  # particles the parser read as a count's "more than" ("hand over 50")
        tools: set[str] = set()
        for trig in entries:
            if (trig.verbal and not verbal) or (trig.nominal and not nominal):
                continue
            if trig.mode == "resign" and not_resigning(tok):
                continue  # (session 37) "quit smoking", "police stood down", "stood aside to let the ambulance pass"
            if trig.word is None:
                if trig.type == "PASS" and not _children(tok, {"xcomp"}):
                    continue
                if trig.frame == "trans" and not _children(tok, {"dobj"}) and not _passive_done(tok):
                    continue
                if nominal and any(c.dep_ == "compound" and c.lower_ in _PUBLICATION for c in tok.children):
                    continue  # "a press release", "a news conference": publications, not events
                if nominal and trig.type in ("AGREE", "SUPPORT") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                        and tok.head.head.lemma_.lower() in _PROVISION_PARTS:
                    continue  # "cited Article 5 of the NATO treaty": a clause quoted, no pact made now
                if pos == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                    continue  # "the Florida Highway Patrol": a word in a proper name, not an act
                given = _children(tok, {"dobj"} | _PASS_SUBJ) + ([tok.head] if tok.dep_ == "acl" else [])
                if trig.type in ("RETREAT", "AID") and trig.mode != "resign" and any(
                        c.lemma_.lower() in _INFO for c in given) and trig.word is None:
                    continue  # "did not release any information": a statement, not a release
                if tok.lemma_ == "order" and trig.type == "REQUEST" and not _children(tok, {"agent"}) and any(
                        s.lemma_.lower() in _COMMANDED for s in _children(tok, _PASS_SUBJ)):
                    continue  # "a frigate was ordered to shadow the warships": a command inside a chain, no one asked
                if tok.lemma_ == "ask" and not (_children(tok, {"xcomp"}) or _prep_objects(tok, {"for"})
                                                 or for_clauses(tok)  # "asked for the public to stay calm"
                                                 or parted_infinitive(tok)):
                    continue  # "asked whether ...": a question, not an appeal
                if trig.type == "ASSAULT" and any(
                        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FIGURATIVE
                        for n in [tok, *_children(tok, {"dobj"})] for c in n.children):
                    continue  # "a custody battle", "fought a legal fight", "a price war": no violence
                if tok.lemma_ == "meet" and _children(tok, _PASS_SUBJ) and _prep_objects(tok, {"with"}):
                    continue  # "was met with applause", "were met with tear gas": a reception, not talks
                if tok.lemma_ == "push" and trig.type == "REQUEST" and not _children(tok, {"dobj", "dative"}) \
                        and not _prep_objects(tok, {"for", "on"}) and any(
                            any(a.lower_ == "to" for a in _children(x, {"aux"})) for x in _children(tok, {"xcomp"})):
                    continue  # (session 37) "has pushed to create jobs": its own drive, no one asked
                if tok.lemma_ == "meet" and not (_children(tok, {"dobj"} | _PASS_SUBJ) or _prep_objects(tok, {"with"})) \
                        and any(o.lemma_.lower() == "session" for o in _prep_objects(tok, {"in"})):
                    continue  # (session 37) "the cabinet met in emergency session": a body's own sitting, no partner
                if tok.lemma_ == "meet" and any(o.lemma_.lower() in _STANDARDS_MET
                                                for o in _children(tok, {"dobj"} | _PASS_SUBJ)):
                    continue  # (session 37) "will have to meet strict rules of origin": a standard met, no talks
                if tok.lemma_ == "confer" and not _prep_objects(tok, {"with"}) and not _means_partner(tok) and not (
                        not _children(tok, {"dobj"} | _PASS_SUBJ) and any(
                            s.tag_ in ("NNS", "NNPS") or _children(s, {"conj"}) for s in _children(tok, _SUBJ))):
                    continue  # "an honour conferred by the president": bestowed; "the two generals conferred" talk
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
                        o.lemma_.lower() in _NO_GIFT for o in _children(tok, {"dobj", "dative", "pobj"} | _PASS_SUBJ)
                        + ([tok.head] if tok.dep_ == "relcl" else [])
                        + ([tok.head.head] if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" else [])):
                    continue  # "was given a chance", "gave him a warning": nothing handed over
                if trig.type == "AID" and trig.pattern == "give" and not gives_help(tok) \
                        and not (proposed_grant(tok) and grants_self_rule(tok)):
                    continue  # (session 42) "gives legal form to the accord", "gave rise to": nothing aid-like given
                if trig.type == "THREATEN" and outcome_foretold(tok):
                    continue  # (session 43) "warned of a chain reaction": an outcome foretold, no threat
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
                if tok.lemma_ == "plea" and (not (_prep_objects(tok, {"for", "to"}) or _children(tok, {"acl"}))
                                             or _court_plea(tok)):
                    continue  # "a guilty plea", "entered a plea of not guilty": a court plea, not an appeal
                if tok.lemma_ == "decline" and not _children(tok, {"xcomp", "dobj", "ccomp"}):
                    continue  # "the population declined 40%": a fall, not a refusal
                if tok.lemma_ == "swear" and not (_children(tok, {"xcomp"}) or to_clauses(tok)):
                    continue  # "was sworn in as president": an oath of office, not a vow
                if tok.lemma_ == "let" and not any(
                        t.lemma_.lower() in _LET_IN for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")
                        for t in c.subtree):
                    continue  # "let the market decide": only letting in inspectors or aid is an act (access)
                if tok.lemma_ == "allow" and any(x.lemma_.lower() in _SPIN for x in _children(tok, {"xcomp", "ccomp"})):
                    continue  # (session 48) "allowing both sides to claim victory": a comment, no concession
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
                # (session 31) "a no-confidence motion": a hyphenated modifier the tokenizer split
                # ("no - confidence") is matched as the one word it is written as
                kids |= {f"{before.lower_}-{c.lower_}" for c in own
                         if (before := written_before_hyphen(c, ("-",))) is not None}
                tools = {w for c in tok.children if verbal and c.dep_ in _SUBJ for w in (c.lemma_.lower(), c.lower_)}
                if verbal:
                    # "worked together with Interpol": the small model hangs the adverb on "with"
                    kids |= {g.lower_ for c in own if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"}
                    if for_clauses(tok):  # "called for Russia to withdraw": a clause with its own subject
                        kids.add("for")
                    if tok.lemma_.lower() == "declare" and any(
                            t.lower_ == "persona" for d in _children(tok, {"dobj"}) for t in d.subtree):
                        # (session 48) "declared Romania's ambassador, Filip Teodorescu, persona non
                        # grata": the parser hangs the phrase on the envoy's name
                        kids.add("persona")
                    dobjs = _children(tok, {"dobj"})
                    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(t.type in ("AID", "COOPERATE") for t in entries):
                        # "food supplies flown in by the Red Cross": a past participle on the goods
                        # hands over the noun it describes, as "flew in food supplies" would
                        kids |= {tok.head.lemma_.lower(), tok.head.lower_}
                    elif tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
                            t.type == "AGREE" and t.word == tok.head.lemma_.lower() for t in entries):
                        # "a deal struck in Geneva last month": the pact a past participle describes
                        # is what was struck, as "struck a deal" is (no attack on the place named)
                        kids.add(tok.head.lemma_.lower())
                    if tok.dep_ == "ccomp" and tok.tag_ in ("VBN", "VBD") and tok.head.lemma_.lower() in _ORDERING \
                            and not _children(tok, {"aux", "auxpass", "mark", "dobj"}):
                        # "ordered the borders closed": the small clause's subject is what the
                        # participle is done to, as the object of "closed the borders" is
                        held = [c for c in tok.children if c.dep_ in _SUBJ] or [
                            o for o in _children(tok.head, {"dobj"}) if o.i < tok.i]  # (or its object: "ordered the borders | closed")
                        kids |= {w for c in held for w in (c.lemma_.lower(), c.lower_)}
                    # "forced a plane to land": the small model may read an infinitive's "to" (tagged TO)
                    # as a preposition and the verb as its noun object; the verb is the complement
                    kids |= {g.lemma_.lower() for c in own if c.dep_ == "prep" and c.tag_ == "TO"
                             for g in c.children if g.dep_ == "pobj"}
                    # "violated the ceasefire agreement": the object's own modifier names it
                    kids |= {g.lemma_.lower() for o in dobjs for g in o.children if g.dep_ == "compound"}
                    # "described the remarks as interference": the small model hangs the verb's "as" on the object
                    kids |= {g.lower_ for o in dobjs for g in o.children if g.dep_ == "prep" and g.lower_ == "as"}
                    if tok.lemma_.lower() in _OF_TAKERS:
                        # "stripped the newspaper of its licence": the small model hangs the verb's
                        # "of" phrase on the object; what is taken away is still the verb's
                        kids |= {"of" for o in dobjs for g in o.children if g.dep_ == "prep" and g.lower_ == "of"}
                    # "used batons and tear gas": riot gear named in a later conjunct of the object,
                    # where the small model reads "tear" as an adjective of "gas"
                    kids |= {g.lower_ for o in dobjs for o2 in _children(o, {"conj"}) for g in o2.children
                             if g.dep_ in ("amod", "compound") and g.lower_ in _RIOT_GEAR
                             and o2.lemma_.lower() in _RIOT_ARMS}
                    # "fired tear gas": the small model often reads the weapon's first word as an adjective;
                    # taken only for a verb that is an event on its own ("fire"), so the reading retypes
                    # a shooting as repression but never makes an event of "criticised them for using"
                    # (session 48) and for a verb of using, when the object is the gear's own noun
                    # ("Riot police used tear gas and water cannon and retook the buildings"; so
                    # "criticised them for using tear gas" now records the use as well)
                    standalone = any(t.word is None and t.verbal for t in entries)
                    using = tok.lemma_.lower() in _USING
                    if standalone or using:
                        kids |= {g.lower_ for o in dobjs for g in o.children
                                 if g.dep_ == "amod" and g.lower_ in _RIOT_GEAR
                                 and (standalone or o.lemma_.lower() in _RIOT_ARMS)}
                    kids |= _counted(dobjs) | _doings_of(dobjs) | _included(dobjs + [tok]) | _first_verbs_object(tok, dobjs)
                    # ("thousands of troops were massed": the passive subject is what is acted on)
                    kids |= _counted(_children(tok, _PASS_SUBJ))
                    # (session 31) "cut mobile internet service", "internet access was shut down": the
                    # medium is the compound of the service or access named as the object
                    kids |= {g.lower_ for o in dobjs + _children(tok, _PASS_SUBJ) if o.lemma_.lower() in _LINKS
                             for g in o.children if g.dep_ == "compound"}
                    kids |= _predicate_epithets(tok)
                    # (session 30) "called the move unprecedented and a violation of international law":
                    # a second predicate joined to the first names the object too
                    # (the small model may hang the adjective on the object and join the noun to it)
                    kids |= {g.lemma_.lower() for c in _children(tok, {"oprd"}) for g in _children(c, {"conj"})}
                    kids |= {g.lemma_.lower() for o in dobjs if any(a.dep_ == "amod" and a.i > o.i for a in o.children)
                             for g in _children(o, {"conj"})}
                    # (session 30) "designated the group a terrorist organisation": a second object of
                    # a kind of body is the label, named by its modifier as "designated it as" one is
                    labels = sorted(_children(tok, {"dobj", "dative"}), key=lambda o: o.i)[1:]
                    kids |= {g.lemma_.lower() for o in labels if o.lemma_.lower() in _BODY_KINDS
                             for g in o.children if g.dep_ in ("compound", "amod")}
                    # "found four rebels guilty of treason": an adjective after the object noun is the
                    # object's predicate (the small model hangs it on the noun as a modifier)
                    kids |= {g.lower_ for o in dobjs for g in o.children if g.dep_ == "amod" and g.i > o.i}
                    # "let free activists", "set free prisoners": the small model reads "free" as an
                    # adjective of the object it comes straight before, or before a count ("set free
                    # 150 prisoners") of the number; right after the verb it is the verb's
                    kids |= {g.lower_ for o in dobjs for g in o.subtree
                             if g.dep_ == "amod" and g.lower_ in _RESULT_ADJECTIVES and g.i == tok.i + 1 and g.i < o.i}
                    # "hand over 50 hostages": straight before a count the small model reads the particle
                    # as "more than" ("over 50"); right after the verb it is the verb's
                    miscounted = {g.lower_ for o in dobjs for g in o.subtree if g.dep_ in ("quantmod", "advmod")
                                  and g.lower_ in PARTICLES and g.i == tok.i + 1 and g.i < o.i}
                    kids |= miscounted
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
                # (only when no other preposition of that word has a real object: "called on the world
                # ... on Monday" still calls on someone)
                preps = [c for c in tok.children if c.dep_ == "prep"]
                kids -= {c.lower_ for c in preps if dated(c)} - {c.lower_ for c in preps if not dated(c)}
            have = kids | {trig.word} if trig.type == "ASSAULT" and trig.word in tools else kids
            if trig.type == "ACCUSE" and trig.word not in PARTICLES and tok.lemma_.lower() == "call" \
                    and _children(tok, {"prt"}):
                continue  # (session 30) "call out abuses", "called off the talks": the object is no name given
            if trig.more and not (trig.word in have and set(trig.more) <= _named_things(tok, trig.word)):
                continue  # "hand in weapon": every word of a longer pattern must be there, the object as object
            if trig.word in have and trig.verbal and not trig.more and trig.word in PARTICLES - miscounted and all(
                    _children(c, {"pobj"}) for c in tok.children if c.lower_ == trig.word) and not (
                    trig.word in _OBJECT_PARTICLES and not _children(tok, {"dobj"} | _PASS_SUBJ)
                    and any(c.lower_ == trig.word and c.i == tok.i + 1 for c in tok.children)):
                # (but "voted down a resolution", "called off the strike": the small model may read a
                # particle right after the verb as a preposition whose object is the verb's object)
                continue  # "was given a discharge in 2007": a preposition with its object, not "give in"
            if trig.type == "ASSAULT" and trig.word == "through" and not any(
                    s.lemma_.lower() in _EXPLODING for s in _children(tok, _SUBJ)):
                continue  # "a car bomb ripped through a market" is an attack; "a fire tore through" is not
            if trig.word == "together" and trig.frame != "sym" and not any(
                    _children(o, {"conj"}) for o in _children(tok, {"dobj"} | _PASS_SUBJ)):
                continue  # (session 31) "brought together X and Y" mediates; "brought his friends together" not
            if trig.word == "together" and trig.frame == "sym" and not (_prep_objects(tok, {"with"}) or any(
                    _children(s, {"conj"}) for s in _children(tok, _SUBJ))):
                continue  # "worked together on the album": joint work with no partner named is no cooperation
            if tok.lemma_.lower() == "bow" and trig.word == "to" and not any(
                    o.lemma_.lower() in _PRESSURES for o in _yielded_to(tok)):
                continue  # "bowed to the audience": a courtesy; "bowed to pressure" gives ground
            if trig.type == "SANCTION" and trig.mode == "expel" and trig.word in have and _ahead(tok) and any(
                    t.word is None and t.verbal for t in entries):
                # "will withdraw its inspectors": a warning, coded THREATEN from the plain withdrawal (a
                # verb with no plain row, "would cap the number of diplomats", keeps the expulsion,
                # which the modality step makes a threat)
                continue
            if trig.word in ARMOUR and trig.word in have and _civil_tank(tok):
                continue  # "moved the fuel tanks", "tanks of oil", "a think tank moved": no armour
            if trig.word in have and not other_sense(tok, trig.type) and not everyday_sense(tok, trig.type):
                return trig
        return None

    def _entity_at(self, i: int) -> tuple[int, int] | None:
        """The (start, end) of the named entity holding token ``i``, if any.

        Why: ``Doc.ents`` builds a Span for every entity of the document on each read, and
        ``when`` read it for each date word it met; the bounds are kept per token on first use
        (entities do not overlap, so the one holding a token is the first that does)."""
        spans = self._ent_spans
        if spans is None:
            spans = self._ent_spans = {}
            for ent in doc_ents(self.doc):
                for k in range(ent.start, ent.end):
                    spans.setdefault(k, (ent.start, ent.end))
        return spans.get(i)

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
                ent = self._entity_at(cur.i)
                if ent is not None:
                    found = resolve_date_iso(self.doc[ent[0]:ent[1]].text, self.date)
                    if found:
                        return found
            for child in cur.children:
                if child.dep_ in ("ccomp", "xcomp", "relcl", "parataxis", "conj", "advcl", "csubj"):
                    continue
                if child.dep_ == "acl" and not nominal:
                    continue
                stack.append(child)
        return None
