"""Arguments of noun triggers ("sanctions imposed by", "the U.S.-backed coup"), borrowed from their verbs."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .event_complements import TARGET_PREPS as _TARGET_PREPS, WEAK_TARGET_PREPS as _WEAK_TARGET_PREPS, along_line as _along_line
from .event_flags import set_flags
from .event_modality import COOP_TYPES as _COOP_TYPES, THREAT_TYPES as _THREAT_TYPES, Candidate
from .event_parties import BATTLES as _BATTLES, STATE_ACTS as _STATE_ACTS, PartyAssigner
from .event_senses import ASSAILED_GOODS as _ASSAILED_GOODS, DISPERSAL as _DISPERSAL
from .event_roles import (
    PHONES, ActorIndex,
    ACCUSED_OF as _ACCUSED_OF, ANSWER_NOUNS, PASS_SUBJ as _PASS_SUBJ, REASON_PREPS as _REASON_PREPS, SUBJ as _SUBJ, as_place as _as_place,
    children as _children, dedupe as _dedupe, lemma_in as _lemma_in, merge as _merge, prep_objects as _prep_objects,
    rift_sides as _rift_sides, scoped as _scoped, to_infinitive as _to_infinitive, verb_of as _verb_of,
)
from .event_retyping import refine_code
from .event_stances import _DISPUTING as _ANSWERING, withheld_or_disputed
from .event_subjects import _PRONOUNS, SPEECH
from .countries import INTERGOVERNMENTAL
from .model import Actor
from .nlp import sentence_of_token, written_before_hyphen
from .triggers import word_list

__all__ = ["NominalArgs"]

_LIGHT = word_list("light_verbs")
_RECV = word_list("receive")
# verbs whose subject meets what another does to it ("faces pressure from the EU", "faced criticism
# from Washington"): as with receiving, the "from" party acts and the subject is the one acted on
_FACING = frozenset({"face", "confront"})
# verbs whose subject awaits help it is to get ("waited for aid", "expects help from Washington")
_AWAITING = frozenset({"wait", "await", "expect", "hope"})
_SHELLS = word_list("event_shells")
_WAR_DRILLS = word_list("war_drills")
# a go-between's act nouns: their sides may be named in the purpose ("an effort to end the rift between X and Y")
_MEDIATIONS = frozenset({"mediation", "arbitration", "intercession"})
# nouns of help lent to another's act: "with help from X", "with the support of X"
ASSISTANCE = frozenset({"help", "support", "assistance", "backing"})
# things asked for that come from a giver ("calls for troops from the SADC")
_SENT_THINGS = ASSISTANCE | {"aid", "troops", "troop", "soldier", "force", "weapon", "arm", "fund", "money", "loan",
                             "equipment", "supply", "reinforcement", "peacekeeper"}
# verbs of receiving a guest: talks held before or after the welcome are with the guest
_HOSTING = frozenset({"welcome", "receive", "host", "greet"})
# (session 30) verbs of backing: who backs talks is no side to them (the light-verb reading
# "support aid" stays for every other act)
_BACKING = frozenset({"support", "back", "endorse", "encourage"})
# verbs of a go-between arranging an act that others do
_BROKERS = frozenset({"broker", "mediate", "arbitrate", "intercede", "facilitate"})
FRAMES = word_list("frame_nouns")
_UNDERGONE = word_list("undergone")
# harms whose owner is the victim when that owner is a person ("Khashoggi's killing", "his torture");
# a state or a force owning one did it ("the army's killing"), so only people are read as victims
_HARMED = frozenset({"killing", "torture", "persecution", "beating", "lynching", "beheading", "expulsion",
                     "indictment"})
# "cease referring to the protests as riots", "responded to the attack": speaking of an event is not doing it
_REFER = {"refer", "respond", "react", "reply", "comment", "mention", "describe", "label", "allude", "point"}
# (session 34) verbs that look "into" an act: an inquiry, no part in the act
_INQUIRING = frozenset({"look", "probe", "inquire", "enquire", "delve", "dig", "investigate"})
# who leads or oversees an act is its doer ("Cummings oversaw the inquiry", "led the offensive")
# verbs that with "ahead"/"forward" and "with" carry out a planned act ("pressed ahead with the tariffs")
_GO_AHEAD = frozenset({"go", "press", "push", "move", "forge"})
_LEADS = {"oversee", "lead", "head", "chair", "direct", "spearhead", "supervise", "mastermind", "orchestrate"}
# who yields to an act undergoes it ("submit to curfews", "succumbed to pressure")
_YIELD = {"submit", "succumb", "yield", "bow", "surrender", "capitulate"}
# places of custody a release is "from"
_JAILS = {"jail", "prison", "custody", "detention", "captivity", "gaol", "cell", "camp"}
# nouns that count sittings of one act: "a round of talks", "a series of meetings"
_RUNS = {"round", "series", "session", "cycle"}
_SPANS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}
# what answers another's act: "in retaliation for", "in response to", "in protest at"
_ANSWERS = ANSWER_NOUNS | {"protest"}
# pressure a party can act in spite of ("despite criticism by X, he ..."): aimed at that party
# (only words and protests: "despite crippling sanctions, the U.S. has not given up" names the
# subject's own sanctions, so material pressure says nothing of whom it is aimed at)
_FACED = {"ACCUSE", "REQUEST", "THREATEN", "PROTEST"}
# "X was the target of an attack": the noun that makes the copula's subject the one who undergoes it
_AIMED_ROLES = {"target", "subject", "victim", "object", "focus"}
_HYPHEN = re.compile(r"^(?P<x>.+?)[-\u2013](?P<v>backed|supported|sponsored|allied|funded|financed|armed|brokered|mediated)$", re.I)
_HYPHEN_TRIGGERS = {"backed": "back", "supported": "support", "sponsored": "back", "allied": "back",
                    "funded": "fund", "financed": "finance", "armed": "send arm", "brokered": "mediate",
                    "mediated": "mediate"}


def _go_between_mark(mod: Token) -> bool:
    """Whether a noun's modifier names who mediated it ("a U.S.-mediated agreement", "a Qatari -
    brokered truce"). Why: the go-between helps the sides make the pact and is none of its parties
    (its own act is the 045 record the modifier makes), so it is no doer the noun names and the
    verb's subject ("Lebanon and Israel finalised a U.S.-mediated agreement") stays the pact's."""
    if mod.dep_ not in ("amod", "compound"):
        return False
    m = _HYPHEN.match(mod.text)
    return (m is not None and _HYPHEN_TRIGGERS[m.group("v").lower()] == "mediate") \
        or split_hyphen_start(mod) is not None


def split_hyphen_start(tok: Token) -> Token | None:
    """The first part of a hyphenated modifier the tokenizer split ("Qatari - brokered", written
    "Qatari-brokered"): the name before an unspaced hyphen, both hung on this word (only a
    go-between's verb: other split forms, "Iran - backed", have rules of their own)."""
    if tok.dep_ not in ("amod", "compound") or tok.lemma_.lower() not in ("broker", "mediate"):
        return None
    first = written_before_hyphen(tok)
    return first if first is not None and first.head.i == tok.i else None


_DOING = {"carry", "conduct", "launch", "stage", "mount", "organise", "organize", "lead", "make", "commit",
          "perpetrate", "claim", "fire", "order", "plan", "impose", "issue", "level", "wage",
          "file", "bring", "lodge", "submit", "initiate"}  # "a raid carried out by", "a lawsuit filed by"
# armed people and the weapons they fire from: "came under fire from rebels/artillery" is shooting
_SHOOTERS = {"troops", "troop", "soldier", "fighter", "militant", "gunman", "rebel", "insurgent", "force", "army",
             "sniper", "artillery", "jet", "militia", "mortar", "rocket", "tank", "warship", "helicopter"}
_OFFICES = {"minister", "president", "government", "official", "leader", "party", "company", "governor",
            "mayor", "chief", "administration", "ministry", "prime", "premier", "lawmaker", "senator"}
# verbs that judge, reward or punish someone for a deed: the deed in their "for" phrase is the
# object's ("forgave him for the killing", "thanked Pakistan for the release", "jailed for the attack")
_JUDGE = {"forgive", "pardon", "thank", "praise", "blame", "punish", "sentence", "reward", "commend",
          "congratulate", "credit", "fault", "criticize", "criticise", "condemn", "fine", "jail", "imprison",
          "prosecute", "charge", "convict", "execute", "sue", "hail", "applaud", "honour", "honor", "acquit",
          "arrest", "detain", "indict", "try", "penalize", "penalise", "sanction", "censure", "rebuke", "scold",
          "forgave", "forgiven"}  # (the small model leaves "forgave" unlemmatized)
_BLAME = {"SANCTION", "COERCE", "ACCUSE", "ASSAULT", "SUPPORT", "REJECT", "PROTEST", "THREATEN"}
_REACTIONS = {"SAY", "ACCUSE", "REJECT", "SUPPORT", "REQUEST", "PROTEST"}
# "attacked the inquiry", "crushed the protest": the act struck at is someone else's
_HOSTILE = {"ASSAULT", "COERCE"}
# (session 37) sectors of a state's own organs, which act on a protest but do not hold one
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# "dispersed the protest", "broke up the rally", "banned the march": putting down an act is
# done to those who act, so the verb's subject is not the act's doer
# (the lexicon's verbs of dispersing a crowd, event_senses.DISPERSAL, are among them)
_QUELL = {v for v in _DISPERSAL if " " not in v} | {
    "suppress", "crush", "repress", "repel", "foil", "thwart", "prevent", "ban", "prohibit", "outlaw", "forbid",
    "stifle", "smother", "rout", "stop"}
_QUELL_PHRASAL = {tuple(v.split()) for v in _DISPERSAL if " " in v} | {
    ("crack", "down"), ("clamp", "down"), ("stamp", "out")}
# verbs of holding off an attack: their subject is the one attacked ("the army repelled an
# attack by rebels", "the garrison fought off a raid"), not its doer
_FENDED = {"repel", "repulse", "foil", "thwart", "withstand", "survive", "rebuff", "resist", "counter"}
_FENDED_PHRASAL = {("fend", "off"), ("fight", "off"), ("beat", "back"), ("ward", "off"), ("hold", "off"),
                   ("drive", "back"), ("push", "back")}


def _quells(verb: Token) -> bool:
    """Whether the verb puts down an act ("disperse", "break up", "crack down on")."""
    lemma = verb.lemma_.lower()
    return lemma in _QUELL or any((lemma, c.lower_) in _QUELL_PHRASAL for c in verb.children if c.dep_ == "prt")


def _withheld(kind: str, noun: Token, verb: Token) -> bool:
    """Whether the verb halts help named by its object ("stop aid", "ban arms deliveries to"): a
    giver cuts its own help, so unlike a quelled protest the verb's subject did the noun's act."""
    return kind in ("AID", "COOPERATE") and noun.dep_ == "dobj" and noun.head.i == verb.i and _quells(verb) \
        and verb.lemma_.lower() in ("stop", "ban", "prohibit", "forbid")


# "a call about", "a report regarding": what follows is the topic
_ABOUT = {"about", "regarding", "concerning", "re"}
# nouns whose "over" phrase is what is held, not a reason: "control over the ceasefire talks"
_CONTROL = frozenset({"control", "authority", "sovereignty", "say", "influence", "power", "veto", "oversight"})
# nouns that tell of an act through "of"/"over": "footage of the shooting", "news of the attack"
_TOPIC_NOUNS = {"report", "news", "footage", "video", "photo", "picture", "image", "film", "call", "account",
                "story", "article", "record", "evidence", "detail", "information", "word", "rumour", "rumor",
                "investigation", "inquiry", "probe", "review", "anniversary", "memory", "memorial", "coverage",
                "documentary", "description", "analysis", "study", "question", "debate", "dispute", "hearing",
                "ruling", "opinion", "judgment", "judgement", "verdict"}
# (session 31) nouns of standing against something ("its opposition to the deal", "objections to the plan")
_OPPOSING = frozenset({"opposition", "objection", "resistance", "hostility", "challenge", "veto"})
# (session 21) feelings one voices over another's act ("concern over the raid", "outrage at the killings")
_FEELINGS = {"concern", "alarm", "anger", "outrage", "dismay", "regret", "sorrow", "shock", "worry", "fear",
             "unease", "disquiet", "indignation", "fury", "frustration", "disappointment", "sadness", "grief",
             "horror", "anxiety", "consternation", "displeasure", "irritation"}
# nouns whose "on"/"into" phrase is the parties' own aim ("talks on a ceasefire", "an agreement on a truce")
_TALK_NOUNS = {"talk", "negotiation", "agreement", "deal", "accord", "pact", "treaty", "consultation",
               "cooperation", "work", "decision", "plan", "effort", "embark"}
_SEIZE_SUSPECTS = {"arrest", "detain", "charge", "question", "interrogate", "apprehend", "nab",
                   "indict", "prosecute", "convict", "extradite", "identify", "name", "seek", "hunt"}
_CUSTODY = {"place", "put", "keep", "hold"}
_SUFFER = {"die", "suffer", "perish", "flee", "survive", "escape", "lose", "drown", "starve"}
# putting people out of a country: with no agent, the country they are put out of does it
_OUSTINGS = {"expulsion", "deportation", "eviction", "banishment"}
# leaving a place: the "of" phrase names who leaves ("the withdrawal of US troops")
_PULLOUTS = {"withdrawal", "pullout", "pull-out", "drawdown", "departure", "exit", "redeployment"}
# dying of a harm: "died after torture", "died from the beating", "succumbed to the attack"
_DEATHS = {"die", "perish", "succumb"}
# fleeing: who flees "after attacks by" someone is the one the attacks drove out, as with dying
_FLIGHT = {"flee", "escape"}
_AIMING = {"target", "aim"}
_DIED_OF = {"after", "from", "of", "following", "to"}
# prepositions that set an act as the time or the setting of another, not as a part of it
_TIMED = {"after", "before", "following", "since", "until", "despite", "amid", "amidst"}
# acts that others answer: who acts "after" one did not make it ("police fired tear gas after a
# protest", session 27: "police cleared the bridge after a week-long blockade"), unless the verb is an
# act of the same kind ("the air force killed five after an air strike")
_ANSWERED_ACTS = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# "a request filed with the court", "a petition submitted to the UN": the verbs that hand a
# request in, whose "with"/"to" phrase names the one asked
_LODGE = {"file", "lodge", "submit", "present", "deliver", "hand", "send", "address", "make", "put", "register"}
# "drills around Taiwan", "shelling around the plant": where it happens, like "in"
_AROUND = {"around"}
# "their demands include / are / expanded to <what is asked>": verbs that state a request's content
_CONTENT = {"include", "be", "expand", "extend", "remain", "involve", "comprise", "range", "grow", "widen"}


# verbs that answer a request: their subject is the one who was asked
_ANSWER = frozenset("comply grant accept heed honour honor answer fulfil fulfill meet obey accede agree approve "
                    "reject refuse deny decline ignore dismiss rebuff spurn".split())
# Verbs of protests sweeping a place: "protests rocked / swept / gripped the capital".
SWEPT = frozenset("rock sweep grip shake engulf paralyse paralyze roil hit rattle convulse".split())


# people who can make up a protest: "a march of students", "a rally of thousands"
_PEOPLE = frozenset(
    "protester protestor demonstrator marcher striker activist campaigner people person citizen resident "
    "student worker farmer teacher doctor nurse employee supporter youth woman man villager voter "
    "opponent member thousand million hundred dozen ten tens crowd".split())


def _second_object(noun: Token, verb: Token) -> bool:
    """(session 33) Whether an object noun of "call" is the name it gives to its other object, which
    the parser makes a second direct object ("unrest that the AU called an unconstitutional seizure
    of power", "called the vote a farce"). Why (batch AG, judged no event): the caller names another's
    act; it does not do it."""
    if noun.dep_ != "dobj":
        return False
    if any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children):
        return True
    # ("months of unrest that the AU called a seizure": the relative "that" parsed as a mark, right
    # after the noun it stands for; "said that the AU called a meeting" has no such noun)
    doc = verb.doc
    return any(c.dep_ == "mark" and c.lower_ in ("that", "which") and c.i > 0 and doc[c.i - 1].pos_ == "NOUN"
               for c in verb.children)


def _quoted_label(noun: Token, verb: Token) -> bool:
    """Whether a quoted label follows the noun inside the verb's phrase ("calling the inquiry
    into Trump "Soviet-style""): the parser often hangs the quoted name on a preposition of the
    noun, so the naming complement is missed; "called a strike" has no such label."""
    return any(t.i > noun.i and t.tag_ in ("``", "''") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_alpha
               for t in verb.subtree)


def _armed(actor: Actor) -> bool:
    """Whether a party is a fighting force (army, rebels, insurgents, police)."""
    return bool(actor.code) and any(k in actor.code[3:] for k in ("MIL", "REB", "INS", "UAF", "COP"))


def _crowd(noun: Token) -> bool:
    """Whether a noun names a body of people ("thousands of students", "250,000 marchers")."""
    return noun.lemma_.lower() in _PEOPLE or noun.lower_ in _PEOPLE or noun.ent_type_ == "NORP" \
        or noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


# verbs by which help reaches its receiver when the help noun is their subject
_GIFTS_COME = {"come", "pour", "flow", "arrive", "go"}


# verbs whose subject is an act and whose complement judges it ("the deal amounted to blackmail")
_JUDGING_LINKS = {"be", "amount", "constitute", "represent", "mean"}
# verbs whose object names a merit the subject is said to be without ("the vote lacked genuine
# competition"): spoken of another's act or body, a verdict against it, as a judging link's is
_SHORTFALLS = {"lack"}


def _shortfall_clause(verb: Token) -> Token | None:
    """The clause whose subject a shortfall verb judges: its own, or, for a verb coordinated
    without a subject ("the vote was efficiently run but lacked competition"), the first
    conjunct's, whose subject (active or passive) is the one said to lack the merit."""
    clause = verb
    while clause.dep_ == "conj" and not _children(clause, {"nsubj", "nsubjpass"}):
        clause = clause.head
    return clause if _children(clause, {"nsubj", "nsubjpass"}) else None


def judged_clause(tok: Token) -> Token | None:
    """The clause of a spoken verdict on an act ("the launch is unacceptable", "the decision was
    another hostile step", "the deal amounted to blackmail"): the linking verb whose subject is the
    act judged, or None when the trigger is no such predicate."""
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        clause = tok.head
    elif tok.pos_ == "NOUN" and tok.dep_ == "attr":
        clause = tok.head
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in _SHORTFALLS:
        return _shortfall_clause(tok)
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in _JUDGING_LINKS:
        clause = tok
    else:
        return None
    if clause.lemma_.lower() not in _JUDGING_LINKS or not _children(clause, {"nsubj"}):
        return None
    return clause


# _ANSWERING (event_stances._DISPUTING): verbs that answer what others say ("rejected the criticism",
# "dismissed the accusations"); the naming verbs that also dispute a charge ("called the accusations
# a provocation") criticise in turn
def _answered_charge(verb: Token) -> bool:
    """Whether ``verb`` answers a charge or criticism in its object (CAMEO 016, see
    ``event_stances.withheld_or_disputed``): the one answering is the one charged, never the
    one who made the charge."""
    return verb.lemma_.lower() in _ANSWERING and withheld_or_disputed(verb) == "016"



def _awaited(noun: Token, verb: Token) -> bool:
    """Whether the event noun is what the verb waits for: its object ("awaited aid") or the object
    of its "for" ("waiting for this help")."""
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i


def _attack_on_goods(cand: Candidate) -> bool:
    """Whether an attack noun is the predicate of a verdict on a thing ("the memorandum was an attack
    on the country's sovereignty"). Why (session 26, judged fresh news): a pact or a decision called
    an attack on a state's sovereignty is disapproval of it (111), as "called it an attack on" is;
    the judges counted the cabinet's verdict as a missed accusation, no assault."""
    tok = cand.token
    if cand.type != "ASSAULT" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("attack", "assault") \
            or tok.dep_ != "attr" or tok.head.lemma_.lower() not in _JUDGING_LINKS:
        return False
    return any(o.lemma_.lower() in _ASSAILED_GOODS for o in _prep_objects(tok, {"on", "against"}))


def _undergoers(index: ActorIndex, deed: Token) -> list[Actor]:
    """Who underwent a harm the verdict is on ("the detention of the opposition leader was unacceptable").
    Why (session 26): they are the act's victims, not the doer the speaker disapproves of."""
    if deed.lemma_.lower() not in _UNDERGONE | _HARMED:
        return []
    return [a for o in _prep_objects(deed, {"of"}) for a in index.in_phrase(o)]


# (session 38) verbs by which an authority grants what a person undergoes: "a judge ordered her release"
_GRANTING = frozenset({"order", "approve", "authorise", "authorize", "grant", "secure", "decree", "sanction"})

class NominalArgs(PartyAssigner):
    def judged_deed(self, cand: Candidate) -> bool:
        """A verdict spoken on another's act ("X's missile launch is unacceptable", Japan's minister
        told reporters): the speaker disapproves (CAMEO 111) of whoever did the act. The clause's
        subject is the act, so its parties are the target and the speaker is the source; the
        subject itself never judges."""
        if _attack_on_goods(cand):
            cand.type, cand.cameo, cand.mode, cand.context = "ACCUSE", "111", "disapprove", []
        clause = judged_clause(cand.token) if cand.type == "ACCUSE" else None
        if clause is None:
            return False
        shortfall = cand.token.lemma_.lower() in _SHORTFALLS  # the subject judged may be a party
        deeds = _children(clause, {"nsubj", "nsubjpass"} if shortfall else {"nsubj"})
        if not shortfall and \
                any(d.pos_ == "PRON" or d.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for d in deeds):
            return False  # "Russia is hostile", "they were unfriendly": a party described, not a deed judged
        told = [p for a in clause.children if a.dep_ == "prep" and a.lower_ == "according"
                for p in _prep_objects(a, {"to"})]
        if not told and clause.dep_ == "ccomp" and _lemma_in(clause.head, SPEECH):
            told = _children(clause.head, _SUBJ)
        source = _merge(*(self.index.in_phrase(p, loose=False) for p in told))
        if not told:
            # '"This is a clear message that the landing is unacceptable," X told reporters': the
            # verdict sits deeper in a quotation, whose speaker gives it
            source = [q.speaker for q in self.quotes if q.start <= cand.token.idx < q.end][:1]
        cand.source = source
        undergoers = {a.start for d in deeds for a in _undergoers(self.index, d)}
        cand.target = [a for d in deeds for a in self.index.in_phrase(d) if a not in source and a.start not in undergoers]
        return True


    """Fills the source and target of a noun trigger from the verb it hangs on."""

    def undergoer(self, pron: Token, noun: Token, doers: list[Actor]) -> list[Actor]:
        """(session 38) Who "his"/"her" is when its owner undergoes the act ("Salvini vowed to expel
        the captain, Carola Rackete, after a judge ordered her release"): the nearest person named
        before it in the sentence who is neither the act's doer nor the subject of the clause that
        tells it. Why: the subject-first reading fits an owner who acts ("its demand"); one who is
        released, arrested or extradited is most often the person just named as the object of the
        clause before (batch AK: a release pointed at the minister instead of the freed captain).
        Only for an authority's grant ("ordered her release", "approved his extradition"); in
        "demanded his release" the pronoun keeps the subject-first reading."""
        if pron.lower_ not in ("his", "her") or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _GRANTING:
            return []
        verb = noun.head
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        sid = sentence_of_token(self.doc, pron.i)
        near = [a for a in self.index.by_sentence.get(sid, []) if a.end <= pron.idx and a.kind == "person"
                and a not in doers and self.agrees(pron, a)
                and not any(t.idx >= a.start and t.idx < a.end for t in self.doc if t.i in subjects)]
        if not near:
            return []
        last = near[-1]
        # only when the person is named after the first subject: else the subject reading stands
        firsts = [a for a in self.index.by_sentence.get(sid, []) if a.end <= pron.idx and a.kind == "person"]
        return [last] if firsts and firsts[0] is not last else []

    def _person(self, owner: Token) -> bool:
        """Whether a possessor names a single person ("Khashoggi's", "her"), who can undergo a harm."""
        if owner.lower_ in ("his", "her"):
            return True
        actor = self.index.by_token.get(owner.i)
        return actor.kind == "person" if actor is not None else owner.ent_type_ == "PERSON"

    def nominal_args(self, cand: Candidate) -> None:
        tok, frame = cand.token, cand.trigger.frame
        idx = self.index
        if self.judged_deed(cand):
            return
        if tok.lemma_.lower() in ASSISTANCE and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                and _prep_objects(tok, {"from", "of"}) and tok.head.head.lemma_.lower() in _BROKERS:
            # "a truce brokered by Qatar with help from Egypt": the help is a share in the go-between's
            # act, whose doers the helpers join (see ``_helpers`` in event_verbal), no aid of its own
            cand.absorbed = True
            return
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" \
                and cand.type in ("ASSAULT", "COERCE") and _children(tok.head.head, {"dobj"} | _PASS_SUBJ):
            # (only with someone so used or held: "forces said Tuesday, as air raids resumed" is a
            # clause of time the parser read as "as" + noun, and the speakers did not raid)
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
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        undergone = owner is not None and not _prep_objects(tok, {"of"}) and (
            tok.lemma_.lower() in _UNDERGONE or tok.lemma_.lower() in _HARMED and self._person(owner))
        for child in mods:
            if child.dep_ == "poss" and undergone:
                # "after his arrest", "her murder": the owner of an arrest or a killing undergoes it
                continue
            if _go_between_mark(child):
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod", "nummod") and child.i < tok.i:
                found = idx.in_phrase(child)
                if cand.type == "ASSAULT":
                    kept = self.drop_city(found, tok)
                    towns = [_as_place(a) for a in found if a not in kept]
                    found = kept
                    # "the Mosul bombing": where it happens, the target if none is named; a battle
                    # named after its place ("the Raqqa battle") says only where it was fought
                    if towns and tok.lemma_.lower() not in _BATTLES:
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
                    if not found and child.lower_ in ("our", "my"):
                        # '"The Kurds were key in our fight against ISIS," Haley wrote': a first-person
                        # owner in a quote is its speaker, not the clause's subject
                        found = [q.speaker for q in self.quotes if q.start <= child.idx < q.end and q.speaker][:1]
                    found = found or (self.subject(gov) if gov is not None else []) or self.resolve_pronoun(child)
                    found = self.plural_owner(child, found)
                source = _merge(source, found)
        holders = [tok] if shell is None else [tok, shell]
        # "a military operation, Operation Zarb-e-Azb, against militants": the parser hangs the act's
        # phrases on its appositive name, which holds them for the act
        holders += [a for h in list(holders) for a in _children(h, {"appos"}) if a.pos_ == "PROPN"]
        # "aid from Japan" names the giver; "the withdrawal from Mali" the place left
        doers = {"by"} if cand.type == "RETREAT" else {"by", "from"}
        for pobj in [p for h in holders for p in _prep_objects(h, doers)
                     if ((owner := _paired_phrase_owner(p.head)) is None or owner.i == tok.i)
                     and not _parted_from(p.head, tok)]:
            source = _merge(source, idx.in_phrase(pobj))
        if (own := _paired_phrase(tok)) is not None and own.lower_ in doers:
            # (session 20 W5) "drew sanctions from Washington and condemnation from the European
            # Union": the second noun's own "from" phrase, hung by the parser on the first
            source = _merge(source, *(idx.in_phrase(p) for p in _children(own, {"pobj"})))
        if not source and cand.type == "REQUEST":
            # (session 32) "despite appeals for clemency from Malaysia's prime minister": the parser
            # hangs the asker's "from" phrase on what was asked for; the asker is never its target.
            # Not when what is asked for comes from someone ("calls for troops from the SADC", "for
            # aid from Japan"): the "from" phrase is then where it would come from
            asked = [f for h in holders for p in _prep_objects(h, {"for"})
                     if p.i not in idx.by_token and p.lemma_.lower() not in _SENT_THINGS
                     for f in _prep_objects(p, {"from"})]
            source = _merge(*(idx.in_phrase(f) for f in asked))
        if not source:
            source = self.stray_agent(tok)
        if not source:
            # "the expulsion of Russian diplomats by Poland": the parser hangs the act's "by" phrase
            # on the nearer noun of its "of" phrase; the one named there did the act
            agents = [b for h in holders for p in _prep_objects(h, {"of"}) for b in _prep_objects(p, {"by"})
                      if b.tag_ != "VBG"]
            source = _merge(*(idx.in_phrase(b) for b in agents))
        if not source and (cand.mode == "expel" or tok.lemma_.lower() in _OUSTINGS):
            # "the expulsion of French troops from Niger": as with the passive verb ("were expelled
            # from Niger"), the state they are put out of expels them (the parser hangs "from" on
            # the "of" object)
            ousted = [f for h in holders for p in _prep_objects(h, {"of"}) for f in _prep_objects(p, {"from"})]
            source = _merge(*(idx.in_phrase(f, loose=False) for f in ousted))
        if not source and cand.type == "RETREAT" and tok.lemma_.lower() in _PULLOUTS and tok.dep_ != "dobj":
            # "the withdrawal of US troops from Syria began": the ones pulled out of a place are who
            # withdraws (without "from", "the withdrawal of its ambassador" is the sender's act; as
            # an object, "Russia completed the withdrawal of its troops", the verb's subject does it)
            movers = [p for h in holders for p in _prep_objects(h, {"of"})
                      if _prep_objects(p, {"from"}) or _prep_objects(h, {"from"})]
            source = _merge(*(idx.in_phrase(p, loose=False) for p in movers))
        if not source and cand.mode == "release":
            # "the release of 26 Palestinian prisoners from Israeli jails": who held them in the
            # jails named frees them (the parser may hang "from" on the "of" object)
            jails = [f for h in holders for p in [h, *_prep_objects(h, {"of"})] for f in _prep_objects(p, {"from"})
                     if f.lemma_.lower() in _JAILS]
            source = _merge(*(idx.in_phrase(f, loose=False) for f in jails))
        late = []
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and not source:
            # "died in the attack, reportedly conducted by the Taliban": the parser hangs the
            # participle on the verb
            late = [c for c in tok.head.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i]
        for acl in [a for h in holders for a in _children(h, {"acl"})] + late:
            # "an attack ascribed to the Taliban", "a bombing blamed on ISIS", "a raid carried out by";
            # (session 35) also on the shell noun: "a mediation effort launched by Spain's king"
            agent_preps = ({"to"} if acl.lemma_ in ("ascribe", "attribute") else {"on"} if acl.lemma_ == "blame"
                           else {"by"} if acl.lemma_ in _DOING else set())
            for pobj in _prep_objects(acl, agent_preps):
                source = _merge(source, idx.in_phrase(pobj))
        if not source and cand.type in ("REQUEST", "THREATEN"):
            # "at the request of Trudeau": Trudeau asked; "threats of the army": the army threatens
            for pobj in _prep_objects(tok, {"of"}):
                source = _merge(source, idx.in_phrase(pobj))
        if not source and cand.type == "PROTEST":
            # "marches of 250 thousand protesters", "a rally of farmers": a crowd in the "of" phrase
            # is who protests, not whom the protest is aimed at
            for pobj in _prep_objects(tok, {"of"}):
                if _crowd(pobj):
                    source = _merge(source, idx.in_phrase(pobj))
        target: list[Actor] = []
        if undergone:
            for child in mods:
                if child.dep_ == "poss":
                    found = idx.in_phrase(child)
                    if not found and child.lower_ in _PRONOUNS:
                        found = self.undergoer(child, tok, source) or self.resolve_pronoun(child)
                    target = _merge(target, [a for a in found if a not in source])
        preps = _TARGET_PREPS - {"from"} if cand.type != "RETREAT" else _TARGET_PREPS
        if frame == "sym":  # "talks between X and Y": one record, both parties as sources
            for pobj in _prep_objects(tok, {"between", "among"}):
                source = _merge(source, idx.in_phrase(pobj))
                for side in _children(pobj, {"conj"}):
                    # "between Zelensky and Trump himself": the parser can take the second name
                    # for a verb, which the noun phrase walk does not enter
                    if side.pos_ in ("VERB", "AUX") and (hit := idx.by_token.get(side.i)) is not None:
                        source = _merge(source, [hit])
                if not _children(pobj, {"conj"}) and (other := _stray_side(tok, pobj)) is not None:
                    source = _merge(source, idx.in_phrase(other, loose=False))
        extra = {"between", "among"} if frame != "sym" else set()
        if cand.type in _THREAT_TYPES | {"SANCTION", "ACCUSE"} or tok.lemma_.lower() in _UNDERGONE:
            # "the invasion of South Lebanon"; and a noun its owner undergoes has that owner in
            # "of" too ("the extradition of Martinelli", "the release of the detainees")
            extra = extra | {"of"}
        for pobj in [p for h in holders for p in _prep_objects(h, preps | extra)]:
            target = _merge(target, [a for a in self.onward(pobj) if a not in source])
        if not target and cand.type == "REQUEST":
            # "his call for independence from Denmark": what is asked is asked of the one parted from
            parted = [p for h in holders for p in _prep_objects(h, {"from"}) if _parted_from(p.head, tok)]
            target = _merge(*(idx.in_phrase(p) for p in parted))
        if not target and tok.lemma_.lower() in _MEDIATIONS:
            # "launched a mediation effort to end the rift between Qatar and the Gulf states"
            bearers = [*holders, tok.head] if tok.dep_ == "compound" else holders
            for side in [x for h in bearers for x in _rift_sides(h)]:
                target = _merge(target, [a for a in idx.in_phrase(side) if a not in source])
        if not target and cand.type == "ACCUSE":
            # "an investigation into crimes committed by Croat forces", "a probe into abuses by the
            # police": the one blamed is the doer of the deed looked into
            looked = [p for h in holders for p in _prep_objects(h, {"into", "of", "over", "on"})]
            if tok.dep_ == "dobj":  # "opened an inquiry into abuses by the army", "into" hung on the verb
                looked += [p for p in _prep_objects(tok.head, {"into"}) if p.i > tok.i]
            for pobj in looked:
                agents = _prep_objects(pobj, {"by"}) + [
                    b for acl in _children(pobj, {"acl"}) if acl.tag_ == "VBN" for b in _prep_objects(acl, {"by"})]
                target = _merge(target, [a for b in agents for a in idx.in_phrase(b) if a not in source])
        if not target:
            # "sanctions imposed on Eritrea", "aid sent to Haiti": the participle carries the target
            for acl in _children(tok, {"acl"}):
                if acl.tag_ == "VBN":
                    for pobj in _prep_objects(acl, {"on", "against", "to", "upon"}):
                        target = _merge(target, [a for a in idx.in_phrase(pobj) if a not in source])
        if not target and cand.type in ("ASSAULT", "COERCE"):
            # "an attack that included air strikes and shelling on Gaza": the parts of the act
            # carry its aim, though the parser hangs "on Gaza" on the last part
            for rel in _children(tok, {"relcl", "acl"}):
                if rel.lemma_.lower() not in ("include", "involve", "comprise"):
                    continue
                parts = [p for o in _children(rel, {"dobj"}) for p in (o, *o.conjuncts)]
                for pobj in [q for h in (rel, *parts) for q in _prep_objects(h, {"on", "against", "upon"})]:
                    target = _merge(target, [a for a in idx.in_phrase(pobj) if a not in source])
        verb = _verb_of(tok)
        if verb is not None and not target and self.aimed_at(tok, verb):
            # "Abqaiq was the target of an Al-Qaeda attack", "Mahan has been the subject of US
            # sanctions": the copula's subject undergoes the event, it does not do it
            target = [a for s in _children(verb, _SUBJ) for a in idx.in_phrase(s) if a not in source]
            if target:
                self.assign(cand, source, target)
                return
        # "announced aid shipments to Syria": an event noun modifying the object stands in its slot
        slot = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" \
            and tok.head.dep_ == "dobj" else tok
        if verb is not None:
            if (verb.lemma_ in _RECV or verb.lemma_ in _FACING) and not _prep_objects(tok, {"by"}):
                # "gained support from the U.S.": the giver is in "from", the subject receives
                giver = _merge(*(idx.in_phrase(p) for p in _prep_objects(tok, {"from"}) + _prep_objects(verb, {"from"})))
                if not giver and verb.lemma_ in _RECV:
                    giver = _merge(*(idx.in_phrase(p) for p in _prep_objects(tok, {"of"})))  # "won the backing of Germany"
                if giver:
                    self.assign(cand, giver, self.subject(verb))
                    return
                if not source and cand.type == "SUPPORT" and verb.lemma_ in _RECV and self.inherits(tok, verb):
                    # (session 31) "the referendum won overwhelming support": who wins support
                    # receives it; with no giver named there is no doer (never the subject), and
                    # only a party named in the subject itself receives it
                    won = [a for s in _children(verb, _SUBJ) for a in idx.in_phrase(s, loose=False)]
                    self.assign(cand, [], [a for a in won if a not in target] + target)
                    return
            if cand.type == "AID" and verb.lemma_.lower() in _AWAITING and _awaited(tok, verb) \
                    and (source or tok.dep_ == "pobj"):
                # "had been waiting for this help", "expects help from Washington": who waits for
                # help gets it (unless the help names its own recipient); only "from"/"by" names
                # the giver (a bare "awaited aid", naming no giver, stays no record)
                self.assign(cand, source, [a for a in target or self.subject(verb) if a not in source])
                return
            if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "despite", "amid", "against"):
                if tok.head.lower_ == "under":  # "interests were under threat": the subject suffers it
                    # "was put under investigation": the passive subject is the one investigated
                    sufferer = _merge(*(idx.in_phrase(p) for p in _children(verb, _PASS_SUBJ)))
                    # ("Huawei, which Washington placed under sanctions": a relative object is its noun)
                    placed = _merge(*(idx.in_phrase(verb.head if o.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
                                                    else o) for o in _children(verb, {"dobj"})))
                    holder = tok.head.head  # ("placed the leader under arrest": often hung on the object)
                    on_verb = holder.i == verb.i or holder.dep_ == "dobj" and holder.head.i == verb.i
                    if not sufferer and on_verb and (
                            placed or _children(verb, {"dobj"}) and verb.lemma_.lower() in _CUSTODY):
                        # "the army placed him under house arrest": the subject puts the object under it
                        self.assign(cand, _merge(source, self.subject(verb)), _merge(target, placed))
                        return
                    if cand.trigger.pattern == "under fire":
                        source = self.under_fire(cand, verb, source)
                    elif sufferer and not source and cand.type in _STATE_ACTS:
                        source = self.state_of_act(verb) or self.state_of_act(tok)
                    self.assign(cand, source, _merge(target, sufferer or self.subject(verb)))
                    return
            elif (not source or frame == "sym") and not undergone and self.inherits(tok, verb) and not (
                    cand.type in _FACED and self.faced(tok, verb)) and not (
                    cand.type in _ANSWERED_ACTS and tok.dep_ == "pobj"
                    and tok.head.lower_ in ("after", "before", "since", "following")
                    and getattr(self.match(verb), "type", None) != cand.type):
                # "Paris mourns after the attack": who reacts to an attack did not make it (but
                # "the air force killed five after an air strike" did; "militants sealed off
                # roads after the strike", "police arrested dozens after the attack" did not)
                source = _merge(source, self.subject(verb))
            elif not source and not undergone and _withheld(cand.type, tok, verb):
                # "would stop aid to Vietnam", "suspended military cooperation with Seoul": who halts
                # its own help is the giver (a quelled protest or attack stays someone else's)
                source = _merge(source, self.subject(verb))
            elif not source and not undergone and self.judged_for(tok, verb):
                # "thanked Pakistan for the release of prisoners": the one thanked did it
                source = self.judged_party(tok, verb)
            if not source and cand.type == "ASSAULT" and frame == "sym" and tok.dep_ == "pobj" \
                    and tok.head.lower_ in ("in", "during") and verb.lemma_.lower() in _SUFFER \
                    and (tok.head.head.i == verb.i or tok.head.head.i in {
                        t.i for o in _children(verb, {"dobj"}) for t in o.subtree}):  # ("casualties in the battle")
                # "the SDF suffered thousands of casualties in the Raqqa battle": an armed side that
                # bleeds in a battle fought it (civilians who die in one are its victims)
                source = [a for s in _children(verb, _SUBJ) for a in idx.in_phrase(s) if _armed(a)]
            if not target and cand.type == "ASSAULT" and tok.dep_ == "pobj" and tok.head.head.i == verb.i \
                    and tok.head.lower_ in _DIED_OF and verb.lemma_.lower() in _DEATHS | _FLIGHT:
                # "a reporter died after torture in custody", "succumbed to injuries from the
                # beating": who dies of a harm is the one it was done to
                target = [a for s in _children(verb, _SUBJ) for a in idx.in_phrase(s, loose=False) if a not in source]
            if not target and cand.type == "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                    and (tok.head.head.i == verb.i or tok.head.head.dep_ == "dobj" and tok.head.head.head.i == verb.i
                         and verb.lemma_.lower() in _SUFFER) \
                    and (verb.lemma_.lower() in _SUFFER or _children(verb, _PASS_SUBJ)):
                # "five policemen died in a Taliban raid", "soldiers suffered casualties in the attack":
                # who dies or is hurt in an attack is its target
                target = [a for s in _children(verb, _SUBJ | _PASS_SUBJ) for a in idx.in_phrase(s) if a not in source]
            if not target and not undergone and cand.type in _FACED and self.faced(tok, verb):
                # "despite criticism by Greece, he went ahead", "in the face of threats by the army,
                # people marched": whoever acts in spite of pressure is the one it is aimed at
                target = [a for a in self.subject(verb) if a not in source]
            if not target and tok.dep_ == "dobj" and tok.head.i == verb.i and cand.type == "ACCUSE" \
                    and _answered_charge(verb):
                # "Hungary rejected criticism from Germany": the one who answers a charge is its target
                target = [a for a in self.subject(verb) if a not in source]
            if not target and cand.type == "REQUEST" and self.answered(tok, verb):
                # "the Queen complied with the request of Johnson", "Germany granted Iraq's request":
                # the one who answers a request is the one it was made to
                target = [a for a in self.subject(verb) if a not in source]
            if not target and cand.type == "REQUEST" and source and self.on_request(tok, verb):
                # "she did so at the request of Trudeau": the one who acts on a request is the one asked
                target = [a for a in self.subject(verb) if a not in source]
            if undergone:
                pass  # "after his arrest, he stayed in a cell": the owner is the party, the verb's are not
            elif cand.type == "AGREE" and slot.dep_ == "pobj" and slot.head.lower_ in ("in", "under") \
                    and slot.head.head.i == verb.i:
                # "under a 1994 agreement immunity was extended to US workers": who gains from an act
                # done under a pact is its beneficiary, not a party that made it
                pass
            elif not target and slot.dep_ == "pobj" and slot.head.head.i == verb.i \
                    and slot.head.lower_ in ("during", "for", "at", "in") \
                    and getattr(self.match(verb), "type", None) == cand.type:
                # "met Erdogan for bilateral talks", "meets Pena Nieto during their meeting": the
                # noun retells the verb's own act, so the verb's object is the noun's partner too
                target = [a for o in _children(verb, {"dobj"}) for a in idx.in_phrase(o) if a not in source]
            elif not target and cand.type == "CONSULT" and slot.dep_ == "pobj" and slot.head.head.i == verb.i \
                    and slot.head.lower_ in ("before", "after", "during", "for", "at") \
                    and verb.lemma_.lower() in _HOSTING:
                # "Xi welcomed Lula with an honour guard before talks": the guest a host receives is
                # the one the talks around the welcome are held with
                target = [a for o in _children(verb, {"dobj"}) for a in idx.in_phrase(o) if a not in source]
            elif not target and slot.dep_ in ("dobj", "pobj", "conj") and not (
                    slot.dep_ == "pobj" and slot.head.lower_ in _TIMED) and not self.grievance(slot, verb) \
                    and not (slot.dep_ == "pobj" and slot.head.lower_ == "over" and slot.head.head.i == verb.i):
                # ("protested to Britain over the seizure": the deed a verb answers is another's,
                # so whom the verb is aimed at is not whom the deed was done to)
                # ("returned artifacts to Iraq after an investigation by ICE": an act named only as
                # the time or the setting of another shares none of its parties)
                # (a phrase repeating the noun's own preposition lists a further item: "a contribution
                # to the battle for independence, to the building of State institutions")
                listed = slot.head.lower_ if slot.dep_ == "pobj" and slot.head.head.i != verb.i else None
                for pobj in _prep_objects(verb, preps):
                    if pobj.lemma_.lower() in ASSISTANCE and _prep_objects(pobj, {"from", "of"}):
                        continue  # "brokered talks with the support of Norway": a helper, no partner
                    if pobj.i != slot.i and pobj.i != slot.head.i and pobj.head.lower_ != listed:
                        target = _merge(target, idx.in_phrase(pobj))
            if not target and not undergone and cand.type not in _COOP_TYPES - {"RETREAT", "CONCEDE"} | {"AGREE", "REQUEST"}:
                # "a ceasefire in Yemen", "shelling in Gaza": where a retreat or an attack happens
                # (not where the answering verb happens: "troops that remain in Afghanistan in
                # response to Biden's refusal" says nothing of where the refusal was aimed)
                answered = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _ANSWERS
                for pobj in _prep_objects(tok, _WEAK_TARGET_PREPS - {"of"}) + (
                        [] if answered else _prep_objects(verb, {"in"})):
                    if pobj.lemma_.lower() in FRAMES:
                        continue
                    # ("fighting near its border in Shan state": a place told of a line between two
                    # sides is not the scene; "near the Libyan border" names its state)
                    line = _along_line(pobj)
                    target = _merge(target, [_as_place(a) for a in idx.in_phrase(pobj, loose=not line) if a not in source])
        if not target and cand.type == "REQUEST" and source and self.stranded_request(tok, tok.head):
            # "troops left, then at Baghdad's request returned": the parser made the request the
            # second clause's subject; the one who acts on it is the first clause's subject
            target = [a for a in self.subject(tok.head.head) if a not in source]
        lodged = slot.head if slot.dep_ in ({"dobj"} | _PASS_SUBJ) and slot.head.pos_ == "VERB" else None
        if cand.type == "REQUEST" and lodged is not None and lodged.lemma_.lower() in _LODGE:
            # "a request for the extradition of X was filed by Brazil with Portugal": the one the
            # request is handed to is asked, not the one it is about
            asked = [a for p in _prep_objects(lodged, {"with", "to"}) if p.i != slot.i
                     for a in idx.in_phrase(p) if a not in source]
            target = asked or target
        if not target and cand.type in ("MOBILIZE", "COOPERATE") and tok.lemma_.lower() in _WAR_DRILLS:
            # "staged drills around Taiwan": the place ringed by an army's exercises is what they menace
            # (the parser may hang "around X" on the verb whose object the drills are)
            ringed = _prep_objects(tok, _AROUND) + (_prep_objects(tok.head, _AROUND) if tok.dep_ == "dobj" else [])
            target = [_as_place(a) for p in ringed for a in idx.in_phrase(p) if a not in source]
        if not target and cand.type == "REQUEST" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _CONTENT:
            # "protesters' demands include that the government resign": who is asked is the doer
            # of the demanded act, named in the verb's complement
            target = [a for a in self.asked_in(tok.head) if a not in source]
        if not target and cand.type == "PROTEST" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SWEPT:
            # "protests rocked the capital of Pakistan": the place protests sweep is the state
            # they are aimed at (else the protesters' own state would be guessed)
            target = [_as_place(a) for o in _children(tok.head, {"dobj"}) for a in idx.in_phrase(o)
                      if a not in source]
        if cand.type == "ASSAULT" and tok.dep_ == "dobj" and not any(a.code for a in target):
            # "carried out a raid, targeting Islamic State commanders in Syria": the participle
            # that says whom the act was aimed at names its target
            aimed = [o for c in _children(tok.head, {"advcl"}) if c.tag_ == "VBG" and c.i > tok.i
                     and c.lemma_.lower() in _AIMING for o in _children(c, {"dobj"})]
            target = [a for o in aimed for a in idx.in_phrase(o, loose=False) if a not in source] or target
        if cand.type in _HOSTILE and verb is not None and not any(a.code for a in target):
            target = self.fended_by(tok, verb, source) or target
        if cand.type == "AID" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _GIFTS_COME:
            source, target = self.gift_arrived(tok.head, source, target)
        if cand.type == "ACCUSE" and target:
            target = self.lodged_at(tok, lodged, source, target)
        if cand.type == "PROTEST" and tok.dep_ == "dobj" and all(a.kind == "country" for a in target):
            # (session 32) "held a vigil outside Singapore's High Commission in Kuala Lumpur": a
            # protest held at a state's mission is aimed at that state, not at the town it is in
            target = [a for m in self.missions(tok.head) for a in idx.in_phrase(m, loose=False)
                      if a not in source] or target
        if cand.type == "REQUEST" and not source and verb is not None and self.on_request(tok, verb):
            # (session 42) "at the request of the parties" with no coded asker: the noun only gives
            # the reason for the clause's act (judged no event in batches AJ and AN)
            cand.absorbed = True
        self.assign(cand, source, target)

    def lodged_at(self, tok: Token, lodged: Token | None, source: list[Actor], target: list[Actor]) -> list[Actor]:
        """"would file a complaint at the World Trade Organization", "a lawsuit with the European
        Court of Human Rights": an intergovernmental body or a court a complaint is filed at, with,
        to or before is where it is heard, not whom it accuses. The accused is then named
        "against" it, or is the one whose deed the same subject opposes in the clause the filing
        is joined to ("opposed the U.S. move and would file a complaint at the WTO")."""
        holders = [tok] + ([lodged] if lodged is not None else [])
        venues = [a for h in holders for p in _prep_objects(h, {"at", "with", "to", "before"})
                  for a in self.index.in_phrase(p, loose=False) if a.country in INTERGOVERNMENTAL or a.sector == "JUD"]
        if not venues:
            return target
        kept = [a for a in target if a not in venues]
        if kept or lodged is None:
            return kept
        for verb in (lodged.head, *_children(lodged, {"conj"})) if lodged.dep_ == "conj" else _children(lodged, {"conj"}):
            if verb.i == lodged.i or getattr(self.match(verb), "type", None) not in ("REJECT", "ACCUSE"):
                continue
            opposed = [a for o in _children(verb, {"dobj"}) for a in self.index.in_phrase(o)
                       if a not in source and a not in venues]
            if opposed:
                return opposed
        return kept

    def gift_arrived(self, verb: Token, source: list[Actor], target: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """"Donations had come to the Navajo Nation from Ireland", "aid poured into Gaza from Qatar":
        help that comes somewhere is received there and given by the "from" party, which the parser
        often hangs on the destination instead of the verb."""
        dests = _prep_objects(verb, {"to", "into"})
        givers = _prep_objects(verb, {"from"}) + [f for d in dests for f in _prep_objects(d, {"from"})]
        if not source:
            source = _merge(*(self.index.in_phrase(g, loose=False) for g in givers))
        if not target:
            given = {t.i for g in givers for t in g.subtree}
            target = [a for d in dests for a in self.index.in_phrase(d, loose=False)
                      if a not in source and a.start not in {self.doc[i].idx for i in given}]
        return source, target

    def fended_by(self, tok: Token, verb: Token, source: list[Actor]) -> list[Actor]:
        """"The army said it had repelled an attack by rebels on a garrison town": who holds off an
        attack is the one it was aimed at, when the attack names no coded target of its own (else
        the place where its doers are based would be taken for the scene)."""
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i != verb.i:
            return []
        lemma = verb.lemma_.lower()
        if lemma not in _FENDED and not any((lemma, c.lower_) in _FENDED_PHRASAL for c in _children(verb, {"prt"})):
            return []
        if tok.dep_ == "nsubjpass":  # "an attack on the town was repelled by the army"
            holders = [a for p in _prep_objects(verb, {"by"}) for a in self.index.in_phrase(p)]
        else:
            holders = self.subject(verb)
        return [a for a in holders if a not in source and a.country
                and a.country not in {s.country for s in source}]

    def stray_agent(self, noun: Token) -> list[Actor]:
        """"attacked the base in retaliation for air strikes by the coalition": the parser hangs
        the noun's "by" phrase on the clause's active verb, which has a subject and so no agent;
        the phrase right after the noun names the noun's doer."""
        verb = _verb_of(noun)
        if verb is None or noun.dep_ != "pobj" or not _children(verb, _SUBJ) or _children(verb, _PASS_SUBJ) \
                or _children(verb, {"auxpass"}):
            return []
        nxt = noun.right_edge.i + 1
        if nxt >= len(self.doc) or self.doc[nxt].lower_ != "by" or self.doc[nxt].head.i != verb.i:
            return []
        return _merge(*(self.index.in_phrase(p, loose=False) for p in _children(self.doc[nxt], {"pobj"})))

    def asked_in(self, verb: Token) -> list[Actor]:
        """Who is to act in the content of a request stated by ``verb``: the subject of a
        that-clause, or X in "a call for X to act"; never what the act is about."""
        comps = _children(verb, {"dobj", "attr", "ccomp", "conj"}) + _prep_objects(verb, {"to"})
        comps += [c for comp in comps for c in _children(comp, {"conj"})]
        found: list[Actor] = []
        for comp in comps:
            that = any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)
            if comp.pos_ in ("VERB", "AUX"):
                if comp.dep_ == "conj" and not that:
                    continue  # "include X and want Y": a second clause, not the content
                for subj in _children(comp, {"nsubj"}):
                    found = _merge(found, self.index.in_phrase(subj))
            elif that:  # ("that the military hand power": the parser took the clause for a noun)
                found = _merge(found, *(self.index.in_phrase(c) for c in comp.lefts if c.dep_ in ("amod", "compound", "nsubj")))
            elif any(a.dep_ == "acl" and _to_infinitive(a) for a in comp.children):
                # "a call for the government to scrap the reform"
                found = _merge(found, *(self.index.in_phrase(p) for p in _prep_objects(comp, {"for"})))
        return found

    def faced(self, noun: Token, verb: Token) -> bool:
        """Whether a pressure noun is what the clause's doer acts in spite of: "despite criticism",
        "amid calls", "in the face of threats" hung on the clause's verb."""
        first = noun
        first = first_conjunct(first)
        if first.dep_ != "pobj":
            return False
        prep = first.head
        if prep.lower_ in ("despite", "notwithstanding") or prep.lower_ == "amid" and noun.lemma_.lower() != "protest":
            # ("amid protests, police fired": protests around an act need not be aimed at its doer)
            return prep.head.i == verb.i
        # "in the face of threats": the preposition hangs on "face", which hangs on "in"
        return prep.lower_ == "of" and prep.head.lower_ == "face" and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ == "in" and prep.head.head.head.i == verb.i

    def on_request(self, noun: Token, verb: Token) -> bool:
        """"at the request of", "per request of", "upon the invitation of": the noun is the reason
        the clause's verb is done, hung on that verb; a passive's "by" agent is the one asked
        ("was closed by the government at the request of Uganda"), its subject never is."""
        return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "per", "on", "upon") \
            and noun.head.head.i == verb.i and (not _children(verb, _PASS_SUBJ) or bool(_prep_objects(verb, {"by"})))

    def answered(self, noun: Token, verb: Token) -> bool:
        """Whether the request noun is what the clause's active verb grants, heeds or turns down
        ("complied with the request", "granted his request", "rejected the demand")."""
        if verb.lemma_.lower() not in _ANSWER or _children(verb, _PASS_SUBJ):
            return False
        first = noun
        first = first_conjunct(first)
        if first.dep_ == "dobj":
            return first.head.i == verb.i
        return first.dep_ == "pobj" and first.head.lower_ in ("with", "to") and first.head.head.i == verb.i

    def stranded_request(self, noun: Token, verb: Token) -> bool:
        """"then at the government's request returned": a preposition of request left without
        an object right before the noun, which the parser took for the subject of a clause that
        shares its real subject with the clause before it."""
        if noun.dep_ != "nsubj" or noun.head.i != verb.i or verb.dep_ not in ("advcl", "conj") \
                or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        prev = self.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        return prev is not None and prev.lower_ in ("at", "upon", "on", "per") and prev.head.i == verb.i \
            and not _children(prev, {"pobj", "pcomp"})

    def aimed_at(self, noun: Token, verb: Token) -> bool:
        """Whether the event noun is in "the target/subject/victim of" predicated of the copula's subject."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of":
            return False
        role = prep.head
        return role.lemma_.lower() in _AIMED_ROLES and role.dep_ in ("attr", "oprd") and role.head.i == verb.i \
            and verb.lemma_.lower() in ("be", "become", "remain")

    def under_fire(self, cand: Candidate, verb: Token, source: list[Actor]) -> list[Actor]:
        """"came under fire from rebels": the shooters are in "from"; "came under fire from critics
        over the plan" is criticism (CAMEO 111), told by a reason or by unarmed critics of a person."""
        froms = _prep_objects(verb, {"from"})
        source = _merge(source, *(self.index.in_phrase(p) for p in froms))
        if not source:  # "from rockets launched by Hezbollah"
            source = _merge(*(self.index.in_phrase(b) for f in froms for a in _children(f, {"acl"})
                              for b in _prep_objects(a, {"by"})))
        reason = _prep_objects(verb, _REASON_PREPS) or [p for f in froms for p in _prep_objects(f, _REASON_PREPS)]
        armed = any(t.lemma_.lower() in _SHOOTERS for f in froms for t in f.subtree) or any(
            a.code and any(k in a.code[3:] for k in ("MIL", "REB", "INS", "COP")) for a in source)
        doer = _children(verb, _SUBJ)
        person = bool(doer) and (doer[0].ent_type_ in ("PERSON", "ORG") or doer[0].lower_ in _PRONOUNS
                                 or doer[0].lemma_.lower() in _OFFICES
                                 or any(a.kind == "person" for a in self.index.in_phrase(doer[0])))
        if reason or (person and not armed and froms):
            cand.type, cand.cameo, cand.mode, cand.context = "ACCUSE", "111", "disapprove", []
        return source

    def hyphenated(self, tok: Token) -> Candidate | None:
        """"the U.S.-backed coup led by Guaidó": the U.S. supports whoever does the coup; the
        parser's split form ("a Qatari - brokered release") is read as the one word."""
        first = split_hyphen_start(tok)
        m = _HYPHEN.match(tok.doc[first.i:tok.i + 1].text if first is not None else tok.text)
        if m is None:
            return None
        name = _HYPHEN_TRIGGERS[m.group("v").lower()]
        trig = next((t for t in self.lex.get(name.split()[0], []) if t.pattern == name), None)
        if trig is None:
            return None
        lo = first.idx if first is not None else tok.idx
        hi = lo + m.end("x")
        source = _dedupe(a for a in self.index.by_sentence.get(sentence_of_token(self.doc, tok.i), [])
                         if a.start < hi and a.end > lo)
        if not source:
            return None
        noun = tok.head if tok.dep_ in ("amod", "compound") else tok
        target = (name == "mediate" and self.pact_sides(noun, source)) or self.backed_party(noun, source)
        if not target and noun.i != tok.i and self.match(noun) is None:
            # (session 34) "the U.N.-backed Special Court": an attribute of a body with no backed party
            # and no act backed, a standing state (judged no event), not backing given on an occasion
            return None
        cand = Candidate(tok, trig, trig.type, trig.mode, trig.cameo, list(trig.context))
        cand.span_end = m.start("v") if first is None else 0  # offset of the verb inside the token
        self.assign(cand, source, target)
        set_flags(cand)
        cand.date = self.when(tok, True)
        refine_code(cand)
        return cand

    def pact_sides(self, pact: Token, source: list[Actor]) -> list[Actor]:
        """The sides of a mediated pact: who makes it ("Lebanon and Israel finalised a U.S.-mediated
        agreement"). Why: the go-between's act (045) is aimed at the sides it brings together,
        who are named "between" or are the subject of the verb that takes the pact, not whoever
        else the pact's phrase names."""
        between = _merge(*(self.index.in_phrase(p) for p in _prep_objects(pact, {"between", "among"})))
        verb = _verb_of(pact)
        if between or verb is None or pact.dep_ != "dobj" or pact.head.i != verb.i or not self.inherits(pact, verb):
            return [a for a in between if a not in source]  # ("a U.S.-brokered truce between Israel and Hamas")
        return [a for a in self.subject(verb) if a not in source]

    def grievance(self, slot: Token, verb: Token) -> bool:
        """Whether the noun is what another act noun is "against" or "over" ("held a rally at Delhi
        University against the siege of the valley"): it belongs to that act, so the verb's venue
        or partner phrases are none of its parties."""
        if slot.dep_ != "pobj" or slot.head.lower_ not in ("against", "over"):
            return False
        owner = slot.head.head
        # (the parser mostly hangs "against" on the verb whose object is the act: "held a rally")
        owners = _children(verb, {"dobj"}) if owner.i == verb.i else [owner]
        return any(o.pos_ == "NOUN" and o.i != slot.i and self.match(o) is not None for o in owners)

    def inherits(self, noun: Token, verb: Token) -> bool:
        """Whether the verb's subject does the noun's event: "imposed sanctions", "held talks",
        "during a meeting ... Putin said"; not "regard any refusal as", "despite sanctions"."""
        first = noun
        while first.dep_ in ("conj", "compound", "nmod", "appos") and first.head.i != first.i:
            if first.dep_ == "appos" and first.head.lemma_.lower() in _TOPIC_NOUNS | {"ruling", "decision"} \
                    and _prep_objects(first.head, {"on", "into", "over", "about"}):
                # "a ruling on the prorogation — a suspension — of Parliament": the parser hung the
                # restated topic on the ruling; the court that rules on an act did not do it
                return False
            first = first.head  # ("over assassination plots": the phrase's head carries the link)
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _RUNS:
            # "gathered for a fresh round of peace talks": the round is the talks, linked to the verb as they would be
            noun = first = first.head.head
        if first.dep_ == "pobj" and first.head.lower_ == "from":
            # "protect cities from attacks", "fled from the fighting": not the subject's act; but
            # who "returned from a state visit to China" made the visit
            return _back_from(first, verb) and getattr(self.match(noun), "mode", None) == "visit"
        if verb.lemma_.lower() in _REFER or self.topic(first, verb) or _quells(verb):
            return False
        if getattr(self.match(first), "type", None) == "REQUEST" and self.on_request(first, verb):
            # (session 42) "acted as an intermediary at the request of the parties": who acts on a
            # request was asked; the asker is the "of" party (or the possessor), never the subject
            return False
        if getattr(self.match(first), "type", None) == "REQUEST" and self.answered(first, verb):
            # (session 31) "a judge approved the request", "Germany granted Iraq's request": the
            # one who answers a request is the one asked, not the one who made it
            return False
        if first.dep_ == "dobj" and first.head.i == verb.i and _answered_charge(verb):
            # "rejected Western criticism", "dismissed the accusations": the one who answers a charge
            # did not make it, it is the one charged
            return False
        if verb.lemma_.lower() in _BROKERS:
            # "Beijing has brokered several ceasefires", "mediated a prisoner swap": the sides
            # declare the truce or swap; the go-between only arranges it (its own act is 045)
            return False
        if verb.lemma_.lower() == "call" and (_children(verb, {"oprd", "xcomp", "ccomp", "acomp"})
                                              or _quoted_label(noun, verb) or _second_object(noun, verb)):
            # "called the deal lousy", "calling the inquiry "a sham"": naming an act is not doing it
            return False
        if any(o.lemma_.lower() not in PHONES for o in _prep_objects(noun, {"by"})):
            # ("took part in the talks by video link": a means of taking part names no doer)
            return False  # "air strikes by the coalition": the noun names its own doer
        if first.dep_ == "pobj" and first.head.head.lemma_.lower() in _ANSWERS:
            return False  # "attacked the base in retaliation for air strikes": the other side's act
        span = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
        if span is not None and span.lemma_.lower() in _SPANS and span.dep_ == "pobj":
            # "in sixteen weeks of protests, police fired": when it happened, not the police's protests
            # (but "launched ten days of war games" is theirs)
            return False
        if self.judged_for(first, verb):
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "over" and noun.head.head.i == verb.i \
                and noun.lemma_.lower() in PHONES:
            return True  # "spoke over the phone with": the line is the means of the talk, no reason for it
        if first.dep_ == "pobj" and first.head.lower_ in _REASON_PREPS and first.head.head.i == verb.i:
            trig = self.match(verb)
            if first.head.lower_ == "over" or (trig is not None and trig.type in _BLAME):
                # "sanctioned Iran over assassination plots", "punished them for the attack": the
                # reason for an act is someone else's deed, not the subject's
                return False
        if first.dep_ == "pobj" and first.head.lower_ == "over" and first.head.head.pos_ in ("NOUN", "PROPN") \
                and first.head.head.lemma_.lower() not in _CONTROL:
            # "approved travel bans on four officials over the mass detention of Uighurs": the parser
            # hangs the reason on a noun of the object, but it still names another's deed
            return False
        if noun.dep_ == "pobj" and noun.head.head.i == verb.i and (
                noun.head.lower_ in ("by", "via") and not _children(verb, _PASS_SUBJ)
                or noun.head.lower_ == "under" and verb.lemma_.lower() in _CUSTODY):
            return True  # "spoke by telephone with", "placed him under house arrest": the means or state
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "over", "for") and verb.lemma_.lower() in _SEIZE_SUSPECTS:
            # "police detained suspects in the attack", "arrested two men over the bombing": who
            # holds the suspects of a deed did not do it
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_.lower() in _YIELD:
            return False  # "agreed to submit to curfews", "bowed to pressure": who yields undergoes it
        if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at", "after", "in", "before", "amid") \
                and self.organs_amid_protest(noun, verb):
            return False  # (session 37) "the authorities restricted access during protests": not the protesters
        if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at", "after", "in", "before", "for", "to", "into", "on"):
            # "during a meeting with Maduro, Putin said"; but "five civilians died in the attack",
            # "were wounded in the attack": who suffers an event does not do it
            if noun.head.lower_ == "in" and _lemma_in(verb, SPEECH) \
                    and getattr(self.match(noun), "type", None) in ("ASSAULT", "COERCE"):
                # (session 32) "the defence ministry said on Sunday, in the deadliest attack yet": the
                # parser hangs the gloss of the reported deed on the speech verb; the reporter did not attack
                return False
            return not (_children(verb, _PASS_SUBJ) or verb.lemma_.lower() in _SUFFER)
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i and (
                verb.lemma_.lower() == "proceed" or verb.lemma_.lower() in _GO_AHEAD and any(
                    c.lower_ in ("ahead", "forward") for c in verb.children)):
            return True  # (session 21) "if Washington goes ahead with a 50% tariff": the one who proceeds does it
        if not _scoped(noun, verb):
            return False
        if verb.lemma_.lower() in _BACKING and getattr(self.match(noun), "type", None) == "CONSULT":
            return False  # (session 30) "Russia supports the dialogue with the opposition": a backer is no side
        if _lemma_in(verb, _LIGHT) or verb.lemma_.lower() in _LEADS:
            return True
        if verb.lemma_.lower() == "waive" and getattr(self.match(noun), "type", None) == "COOPERATE":
            return True  # "waived extradition": consenting to be handed over is cooperating
        trig = self.match(verb)
        # "Reuters reported the attack", "Germany condemned the attack", "asked for aid": who reports,
        # judges or asks for an event is not who does it
        return trig is not None and trig.type not in _REACTIONS | _HOSTILE

    def organs_amid_protest(self, noun: Token, verb: Token) -> bool:
        """(session 37) Whether a protest noun only sets the time or place of an act done by organs
        of a state ("the authorities restricted access during anti-government protests in Baghdad",
        "officers detained dozens at the rally").

        Why: police, soldiers, courts and governments act on or around a protest; they do not hold
        it, so the verb's subject is no protester (judged wrong party in batch s19). A verb that is
        itself a protest ("marched at the rally") and any other subject keep the borrowing."""
        if getattr(self.match(noun), "type", None) != "PROTEST" or getattr(self.match(verb), "type", None) == "PROTEST":
            return False
        doers = self.subject(verb)
        return bool(doers) and all(a.sector in _STATE_ORGANS for a in doers)

    def judged_for(self, first: Token, verb: Token) -> bool:
        """Whether the noun is the deed in the "for" phrase of a verb that judges someone for it
        ("forgave him for the killing", or "of" after accuse), hung on the verb or on its object."""
        if first.dep_ != "pobj" or not (first.head.lower_ == "for" and _lemma_in(verb, _JUDGE)
                                        or first.head.lower_ == "of" and _lemma_in(verb, _ACCUSED_OF)):
            return False  # ("accused the army of the massacre": the "of" phrase holds the deed)
        holder = first.head.head
        return holder.i == verb.i or holder.dep_ in ("dobj", "nsubjpass") and holder.head.i == verb.i

    def judged_party(self, noun: Token, verb: Token) -> list[Actor]:
        """The one judged for the deed: the verb's object, or the subject of its passive."""
        return _merge(*(self.index.in_phrase(o) for o in _children(verb, {"dobj"} | _PASS_SUBJ)))

    def topic(self, first: Token, verb: Token) -> bool:
        """Whether the noun phrase headed by ``first`` is what something is about: "a call about
        the attack", "an inquiry into the shooting", "videos of the murder", "asked for his
        resignation", "support for the inquiry"; the one who speaks of, looks into or asks for
        an act is not its doer."""
        if first.dep_ != "pobj":
            return False
        prep = first.head
        word, holder = prep.lower_, prep.head
        if word in _ABOUT:
            return True
        if holder.pos_ in ("NOUN", "PROPN"):
            lemma = holder.lemma_.lower()
            if word in ("on", "into") and lemma not in _TALK_NOUNS:
                return True  # "a ruling on the suspension", "a crackdown on protests"
            if word in ("of", "over") and lemma in _TOPIC_NOUNS:
                return True
            if word in ("over", "at") and lemma in _FEELINGS:
                return True  # (session 21) "voiced grave concern over the raid": the raid is what worries
            if word in ("to", "against") and lemma in _OPPOSING:
                return True  # (session 31) "repeated its opposition to the deal": the deal is what it opposes
            hold = self.match(holder)
            if word == "for" and hold is not None and hold.type in ("SUPPORT", "REQUEST", "PROTEST"):
                return True  # "support for the inquiry", "calls for an investigation"
            return False
        if holder.i != verb.i:
            return False
        if word == "into" and verb.lemma_.lower() in _INQUIRING:
            return True  # (session 34) "a commission to look into the killings": who looks into them did not do them
        if word in ("into", "on", "over", "of") and any(
                o.lemma_.lower() in _TOPIC_NOUNS and o.i < prep.i for o in _children(verb, {"dobj"})):
            return True  # "launched an inquiry into the bombing", the parser hanging "into" on the verb
        if word not in ("for", "on", "over"):
            return False
        trig = self.match(verb)
        return trig is not None and trig.type in _REACTIONS


def _back_from(pobj: Token, verb: Token) -> bool:
    """(session 25) Whether ``pobj`` is what the verb's subject comes back from ("returned on
    Saturday from a five-day visit to China", "came back from a tour of the Gulf"): a journey one
    returns from was one's own."""
    if pobj.head.head.i != verb.i:
        return False
    lemma = verb.lemma_.lower()
    return lemma == "return" or lemma in ("come", "fly", "get") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def _stray_side(noun: Token, first: Token) -> Token | None:
    """The second side of "a meeting between X, claiming to act for Y, and Z": a clause after X
    makes the parser hang "and Z" on the verb above the noun, so Z is a name conjoined to an
    ancestor of ``noun`` after the first side ``first``; None when there is none."""
    above = {t.i for t in noun.ancestors}
    for t in noun.doc[first.right_edge.i + 1:noun.sent.end]:
        if t.dep_ == "conj" and t.head.i in above and t.pos_ in ("PROPN", "NOUN"):
            joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") and first.i < c.i < t.i
                         for c in t.head.children)
            return t if joined else None
        if t.dep_ == "conj" and t.head.i in above:
            return None
    return None


def _paired_phrase(noun: Token) -> Token | None:
    """(session 20 W5) The preposition that follows a common noun the parser joined to the object of
    an earlier "from"/"by" ("sanctions from Washington and condemnation from the EU": "condemnation"
    is read as a second giver, its own "from the EU" hung on "sanctions" or the verb): in such a
    pairing of act and doer, the phrase right after the second act names that act's doer."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.dep_ != "pobj" \
            or noun.head.head.lower_ not in ("from", "by") or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.right_edge.i + 1]
    return nxt if nxt.dep_ == "prep" and nxt.lower_ == noun.head.head.lower_ else None


# Nouns of parting from a state or body, whose "from" phrase is the one left: "independence
# from Denmark", "secession from Serbia".
_PARTINGS = frozenset({"independence", "secession", "separation", "autonomy", "freedom", "exit",
                       "withdrawal", "break", "breakaway", "divorce", "split", "liberation",
                       "sovereignty"})


def _parted_from(prep: Token, tok: Token) -> bool:
    """(session 30) "renewed his call for independence from Denmark": a "from" phrase just after a
    noun of parting is what that noun parts from, though the parser hangs it on the trigger; the
    one parted from does not make the call."""
    if prep.i == 0 or prep.lower_ != "from":
        return False
    last = prep.doc[prep.i - 1]
    return last.i != tok.i and last.lemma_.lower() in _PARTINGS and last.pos_ == "NOUN"


def _paired_phrase_owner(prep: Token) -> Token | None:
    """The noun whose own phrase ``prep`` is, by :func:`_paired_phrase`, if any."""
    if prep.i == 0:
        return None
    last = prep.doc[prep.i - 1]
    return next((t for t in (last, *last.ancestors) if (own := _paired_phrase(t)) is not None and own.i == prep.i), None)
