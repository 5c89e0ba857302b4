"""Acts no lexicon row lists, built from parse patterns: a plain verb that its arguments make an act.

Why: "pushed them back with tear gas", "was picked up outside his home", "reserved the right to
respond", "told the embassy to cut its staff" and "the militia held two journalists" use ordinary
verbs that a trigger row cannot list without coding every harmless use ("picked up the phone",
"held talks"). Each pattern here asks for the arguments that make the verb an act (riot arms and
security men, a captive person, an addressee and a to-infinitive, a court and a person) and
returns the trigger the lexicon would have given; each has a near miss in the tests that must stay
uncoded.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Span, Token

from .event_roles import (
    PASS_SUBJ as _PASS_SUBJ, SUBJ as _SUBJ, children as _children, prep_objects as _prep_objects,
    to_infinitive as _to_infinitive,
)
from .event_scan import FORM_MEMO_LIMIT as _FORM_MEMO_LIMIT
from .triggers import Trigger, word_list

__all__ = [
    "CUSTODY", "HELD", "OPENED_TOGETHER", "REPORTERS", "SAID_WRONG", "court_rulings", "directive", "directive_trigger", "force_verbs",
    "held_captive", "judged_in_speech", "CHARGING_PAPERS",
    "thanked_help", "troops_flown_out", "troops_take_ground", "unlisted_stances", "with_directives",
]

# the press, told things but never told to act (nor a party: see ``events``)
REPORTERS = {"reporter", "journalist", "correspondent", "press", "media", "newspaper", "interviewer", "broadcaster"}
# what a court or officer orders when the order itself detains someone
CUSTODY = {"custody", "detention", "detain", "remand", "imprison", "incarcerate", "jail", "prison"}
# where a captor's holding keeps a person ("held him in custody", "in a cell"): see held_captive
_CUSTODY_PLACES = frozenset(CUSTODY | {"captivity", "cell", "camp", "isolation"})

# verbs of telling that give an order when they take an addressee and a to-infinitive
_DIRECTING = frozenset({"tell", "instruct", "direct"})


# people a state or group can hold captive, besides pronouns and named persons
_CAPTIVES = frozenset({"man", "woman", "men", "women", "people", "person", "journalist", "reporter", "activist",
                       "critic", "dissident", "suspect", "opponent", "protester", "protestor", "leader",
                       "politician", "lawyer", "student", "citizen", "national", "tourist", "worker", "soldier"})
_HELD_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# what only a captor's holding has: a stay ("for 30 days", "for violating"), no charge, a jail, a hostage
_HELD_MARKS = frozenset({"hostage", "incommunicado", "captive", "prisoner"})
# "held him for talks" is no captivity; "held him in high regard" none either
_HELD_NOT = frozenset({"talk", "talks", "meeting", "consultation", "regard", "esteem", "contempt", "account"})
HELD = Trigger("hold", "hold", None, True, False, "COERCE", "arrest", "173", ("legal",), "std")


# riot-control arms a verb's "with" phrase can name ("pushed them back with volleys of tear gas")
_RIOT_ARMS = frozenset({"gas", "cannon", "bullet", "spray", "grenade", "pellet"})  # with a mark: "tear gas"
_BARE_RIOT_ARMS = frozenset({"baton", "truncheon", "whip", "teargas"})
_RIOT_MARKS = frozenset({"tear", "water", "rubber", "pepper", "stun", "plastic"})
# who can be driven back or picked up: people, by pronoun or by a noun of a crowd or a person
_CROWD = _CAPTIVES | word_list("removed_people") | {"supporter", "marcher", "mourner", "rioter", "villager",
                                                     "resident", "fan", "him", "her", "them", "he", "she", "they"}
# who seizes people: police and security men (not ships or crews, whose "picked up" is a rescue)
_SEIZERS = frozenset({"police", "policeman", "policemen", "officer", "agent", "security", "soldier", "troop",
                      "army", "militia", "gunman", "intelligence", "gendarme", "commando"})
_RIOT = Trigger("repel", "repel", None, True, False, "ASSAULT", "crowd-control", "175", ("pro_autocracy",), "std")
# where a rescue picks people up ("picked up off the coast", "from a sinking boat")
_WATERS_PICKED = frozenset({"sea", "water", "boat", "raft", "dinghy", "vessel", "coast", "ocean", "wreck", "shore"})
_PICKED_UP = Trigger("pick up", "pick", "up", True, False, "COERCE", "arrest", "173", ("legal",), "std")


def force_verbs(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """Verbs of force no lexicon row lists, by token index: security men driving people back "with
    tear gas" or "with batons" (repression, CAMEO 175, as "fired tear gas" is) and a person "picked
    up" by them or in a passive with no doer (a detention, CAMEO 173, as "detained" is).

    Why: "Police in armoured vehicles pushed them back with volleys of tear gas" and "the reporter
    was picked up outside his home" were lost, since "push back" and "pick up" are ordinary verbs;
    the riot arms, and a person taken by security men, are what make them acts of force. A crew
    that picks migrants up at sea, or police who arrive with tear gas (no one driven), stay out."""
    low = sent.text.lower() if low is None else low
    if not any(w in low for w in ("gas", "cannon", "bullet", "baton", "truncheon", "spray", "picked up", "pick up")):
        return {}
    found: dict[int, Trigger] = {}
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        doers = [w for s in _children(tok, _SUBJ) for w in s.subtree] \
            + [w for b in _children(tok, {"agent"}) for p in _children(b, {"pobj"}) for w in p.subtree]
        seized = any(w.lemma_.lower() in _SEIZERS or w.lower_ in _SEIZERS for w in doers)
        people = [o for o in _children(tok, {"dobj"} | _PASS_SUBJ) if any(
            w.lemma_.lower() in _CROWD or w.lower_ in _CROWD or w.ent_type_ == "PERSON"
            for w in (o, *_children(o, {"appos"})))]  # ("Moses Kigongo, a reporter for ...")
        if not people:
            continue
        if tok.lemma_.lower() == "pick" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            agentless = not _children(tok, {"agent"}) and any(o.dep_ in _PASS_SUBJ for o in people)
            if any(p.lower_ == "off" or any(o.lemma_.lower() in _WATERS_PICKED for o in _children(p, {"pobj"}))
                   for p in _children(tok, {"prep"})):
                continue  # ("ten people were picked up off the coast", "from the sea": a rescue)
            if seized or agentless and not _children(tok, {"acl", "relcl"}):
                found[tok.i] = _PICKED_UP
            continue
        arms = [g for p in _children(tok, {"prep"}) if p.lower_ == "with" for o in _children(p, {"pobj"})
                for g in (o, *_prep_objects(o, {"of"}))]
        if seized and any(g.lemma_.lower() in _BARE_RIOT_ARMS or g.lemma_.lower() in _RIOT_ARMS and any(
                c.lower_ in _RIOT_MARKS for c in g.children if c.dep_ in ("compound", "amod"))
                for a in arms for g in (a, *_children(a, {"conj"}))):
            found[tok.i] = _RIOT
    return found


# what a state "reserves the right" to do when it warns of a reply ("reserved the right to respond")
_REPLIES = frozenset({"respond", "react", "reply", "answer", "act", "take"})
_RESERVED_REPLY = Trigger("reserve right", "reserve", "right", True, False, "THREATEN", None, "130", (), "std")
_VOTED_AGAINST = Trigger("vote against", "vote", "against", True, False, "REJECT", None, "120", (), "std")
_OBJECTED = Trigger("object", "object", None, True, False, "REJECT", None, "120", (), "std")
# a court's or prosecutor's writs one can ignore ("ignored several summonses"): defiance (CAMEO 128)
_WRITS = frozenset({"summons", "summonse", "subpoena", "injunction", "warrant", "verdict"})
_WRIT_IGNORED = Trigger("ignore", "ignore", None, True, False, "REJECT", "yield", "128", ("legal",), "std")
# who questions a suspect: the law's officers ("prosecutors questioned him over embezzlement")
_INTERROGATORS = frozenset({"police", "prosecutor", "investigator", "judge", "detective", "magistrate", "authority",
                            "officer", "agent", "intelligence", "security", "prosecution", "judiciary"})
_OFFICE_HOLDERS = frozenset({"president", "minister", "governor", "official", "mayor", "premier", "executive",
                             "director", "banker", "chief", "head", "senator", "lawmaker", "general", "officer"})
# what names the matter an investigation looks into ("questioned him over the embezzlement")
_MATTER_PREPS = frozenset({"over", "about", "on", "regarding", "concerning"})
_QUESTIONED = Trigger("question", "question", None, True, False, "ACCUSE", "investigate", "090", ("legal",), "std")
# (session 22) matters one party takes up "with" another ("raised the issue with Chinese authorities"):
# the talk about it (CONSULT 040), its partner the "with" phrase
_RAISED_MATTERS = frozenset({"issue", "matter", "concern", "question", "case", "subject", "problem", "grievance"})
_RAISED_WITH = Trigger("raise with", "raise", "with", True, False, "CONSULT", None, "040", ("diplomatic",), "std")
# what a party can hold out as a prospect ("raised the prospect of secondary tariffs"): measures
# (a threat of sanctions, 1312) and force (a threat of military force, 138)
_PROSPECTS = frozenset({"prospect", "possibility", "spectre", "specter", "threat"})
_PROSPECT_MEASURES = frozenset({"sanction", "tariff", "duty", "levy", "embargo", "boycott", "blockade"})
_PROSPECT_FORCE = frozenset({"strike", "airstrike", "attack", "invasion", "war", "retaliation", "bombing"})
_PROSPECT_MEASURE = Trigger("raise prospect", "raise", "prospect", True, False, "THREATEN", "restrict", "1312",
                            ("economic",), "std")
# (session 22) armed foes one can vow to resist ("vowed to resist any foreign force"): the fight
# promised, which the promise folds into a threat of force (THREATEN 138) as "vowed to fight" is
_RESISTED_FORCES = word_list("troops") | {"invader", "invasion", "occupier", "occupation", "intervention",
                                          "militia", "fighter", "rebel", "insurgent", "gang"}
_PROMISES = frozenset({"vow", "pledge", "swear", "promise", "threaten"})
_RESISTED = Trigger("resist", "resist", None, True, False, "ASSAULT", "fight", "190", ("military",), "std")
# (session 22) leaders seen together: one who speaks or appears "alongside" a foreign leader met
# them (CONSULT 040, both sides sources, as "meet" codes them)
_SIDE_BY_SIDE = frozenset({"speak", "appear", "stand"})
_LEADERS = frozenset({"president", "minister", "premier", "chancellor", "leader", "counterpart", "king",
                      "prince", "secretary", "envoy", "ambassador"})
_ALONGSIDE = Trigger("appear alongside", "appear", "alongside", True, False, "CONSULT", None, "040",
                     ("diplomatic",), "sym")
_PROSPECT_FORCE_T = Trigger("raise prospect", "raise", "prospect", True, False, "THREATEN", None, "138",
                            ("military",), "std")


_OPENING = frozenset({"open", "inaugurate", "launch", "unveil"})
# links across borders that states' leaders open together
_LINKS = frozenset({"pipeline", "railway", "railroad", "bridge", "highway", "tunnel", "corridor", "interconnector",
                    "link", "crossing", "canal"})
OPENED_TOGETHER = "open link"
_OPENED_TOGETHER = Trigger(OPENED_TOGETHER, "open", "pipeline", True, False, "COOPERATE", None, "061", ("economic",),
                           "sym")


def _opened_together(tok: Token) -> bool:
    """Whether a verb of opening has a cross-border link for object ("a pipeline", "the bridge") and
    coordinated subjects ("Hu and the leaders of Turkmenistan ... opened a pipeline")."""
    if not any(o.lemma_.lower() in _LINKS for o in _children(tok, {"dobj"})):
        return False
    return any(_children(s, {"conj"}) for s in _children(tok, {"nsubj"}))


_TRUCE_KEEPING = frozenset({"respect", "observe", "honour", "honor", "abide", "adhere", "uphold"})
_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
_AHEAD = frozenset({"will", "would", "shall", "'ll"})
_TRUCE_PLEDGED = Trigger("respect ceasefire", "respect", "ceasefire", True, False, "AGREE", None, "0356",
                         ("military",), "std")


def _truce_kept_ahead(tok: Token) -> bool:
    """Whether a verb of keeping takes a truce ("respect a ceasefire", "abide by the truce", also
    "cease-fire" split by the parser) under a "will"/"would" or a pledge ("vowed to observe")."""
    kept = _children(tok, {"dobj"}) + _prep_objects(tok, {"by", "to"})
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return False  # "it was not clear whether the rebels would respect the truce": a doubt
    if not any(o.lemma_.lower() in _TRUCES or o.lower_ in _TRUCES or o.lower_ == "fire" and any(
            c.lower_ == "cease" for c in o.subtree) for o in kept):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _PROMISES | {"agree"})


def unlisted_stances(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """Stances no lexicon row lists, by token index: a party that "reserves the right to respond"
    (a veiled threat, CAMEO 130), one that votes against a measure or objects that it would harm
    (a refusal, CAMEO 120), one that ignores a court's summonses (defiance, 128), and the law's
    officers questioning a suspect (an investigation, 09).

    Why: "Moscow reserved the right to respond" and "with the opposition party voting against"
    were lost, as neither "reserve" nor a bare "vote" is an act. Reserving a right to do anything
    else ("to refuse entry") is left to that verb; voting for something is no refusal."""
    low = sent.text.lower() if low is None else low
    if not any(w in low for w in ("reserv", "against", "object", "ignor", "question", "interrogat", "rais", "resist", "alongside",
                                  "truce", "fire", "armistice", "open", "inaugurat")):
        return {}
    found: dict[int, Trigger] = {}
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma == "reserve" and any(o.lemma_.lower() == "right" and any(
                v.dep_ in ("acl", "xcomp") and v.lemma_.lower() in _REPLIES and _to_infinitive(v) for v in o.children)
                for o in _children(tok, {"dobj"})):
            found[tok.i] = _RESERVED_REPLY
        elif lemma == "vote" and any(p.lower_ == "against" for p in _children(tok, {"prep"})):
            found[tok.i] = _VOTED_AGAINST
        elif lemma == "object" and _children(tok, {"ccomp"}) and not _children(tok, {"dobj"}):
            found[tok.i] = _OBJECTED  # "objected that the deal would leave farmers short" ("object to" is listed)
        elif lemma == "ignore" and any(o.lemma_.lower() in _WRITS or o.lower_ in _WRITS
                                       for o in _children(tok, {"dobj"} | _PASS_SUBJ)):
            found[tok.i] = _WRIT_IGNORED
        elif lemma in ("question", "interrogate") and _questioned_suspect(tok):
            found[tok.i] = _QUESTIONED
        elif lemma == "raise" and (raised := _raised_matter(tok)) is not None:
            found[tok.i] = raised
        elif lemma == "resist" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _PROMISES \
                and any(o.lemma_.lower() in _RESISTED_FORCES for o in _children(tok, {"dobj"})):
            # "gang leaders vowed to resist any foreign force": armed resistance promised, while
            # "resisted pressure" (a refusal) or a bare "resisted arrest" stay as the lexicon has them
            found[tok.i] = _RESISTED
        elif lemma in _OPENING and _opened_together(tok):
            # (session 34) "Hu and the leaders of Turkmenistan and Kazakhstan opened a pipeline": a
            # link between states opened by their leaders together is economic cooperation (061);
            # ``events`` keeps it only when the openers are of two states or more
            found[tok.i] = _OPENED_TOGETHER
        elif lemma in _TRUCE_KEEPING and _truce_kept_ahead(tok):
            # (session 34) "said it would respect a ceasefire": a side's word that it will hold its
            # fire is an intent to de-escalate (CAMEO 0356); "respected the truce" tells no new act
            found[tok.i] = _TRUCE_PLEDGED
        elif lemma in _SIDE_BY_SIDE and any(w.lemma_.lower() in _LEADERS and w.ent_type_ != "PERSON"
                                            or w.ent_type_ == "PERSON"
                                            for p in _children(tok, {"prep"}) if p.lower_ == "alongside"
                                            for o in _children(p, {"pobj"}) for w in o.subtree):
            # "speaking alongside Romanian President Klaus Iohannis, he said": the two leaders met
            found[tok.i] = _ALONGSIDE
    return found


def _raised_matter(tok: Token) -> Trigger | None:
    """(session 22) "Raise" made an act by its object: a matter raised "with" a party is talked
    over with it (CONSULT 040: "had raised the issue with Chinese authorities"), and the prospect
    or possibility "of" sanctions or force held out is a threat of them (THREATEN 1312 or 138:
    "raised the prospect of secondary tariffs"). Near misses: "raised concerns about the trial"
    (no partner), "raised taxes", "raised the prospect of talks" (no harm held out)."""
    objs = _children(tok, {"dobj"})
    if any(o.lemma_.lower() in _RAISED_MATTERS for o in objs) and any(
            c.dep_ == "prep" and c.lower_ == "with" and _children(c, {"pobj"}) for c in tok.children):
        return _RAISED_WITH
    held = [w.lemma_.lower() for o in objs if o.lemma_.lower() in _PROSPECTS for w in _prep_objects(o, {"of"})]
    if any(w in _PROSPECT_MEASURES for w in held):
        return _PROSPECT_MEASURE
    if any(w in _PROSPECT_FORCE for w in held):
        return _PROSPECT_FORCE_T
    return None


def _questioned_suspect(tok: Token) -> bool:
    """Whether "questioned" is the law's officers questioning a person over a matter ("detained the
    former governor after questioning him over embezzlement"): an investigation (CAMEO 09), not
    reporters' or lawmakers' questions, nor a bare "questioned the suspects" (no matter named). The doer is the verb's subject or "by"
    agent, or, for a clause with no subject of its own ("after questioning him"), its governor's."""
    people = [o for o in _children(tok, {"dobj"} | _PASS_SUBJ) if o.pos_ in ("PRON", "PROPN")
              or o.lemma_.lower() in _CAPTIVES | _OFFICE_HOLDERS or o.ent_type_ == "PERSON"]
    if not people or people[0].lemma_.lower() in ("it", "this", "that", "what"):
        return False
    if not any(p.lower_ in _MATTER_PREPS for p in _children(tok, {"prep"})):
        return False  # ("police questioned the suspects": the matter looked into is not named)
    doers = _children(tok, _SUBJ) + [p for b in _children(tok, {"agent"}) for p in _children(b, {"pobj"})]
    if not doers and tok.dep_ in ("pcomp", "advcl"):
        gov = tok.head.head if tok.head.dep_ == "prep" else tok.head
        doers = _children(gov, _SUBJ)
    return any(w.lemma_.lower() in _INTERROGATORS or w.lower_ in _INTERROGATORS for d in doers for w in d.subtree)


# forces whose leaving a place is a withdrawal (as "the last troops left Angola" is)
_DEPARTING_FORCES = frozenset({"troop", "soldier", "force", "contingent", "peacekeeper", "marine", "battalion",
                               "brigade", "unit", "garrison", "paratrooper"})
_FLOWN_OUT = Trigger("fly out", "fly", "out", True, False, "RETREAT", "withdraw", "0872", ("military",), "std")


def troops_flown_out(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """Troops that fly out of a place, by token index: a withdrawal (RETREAT 0872), as "the last
    troops left Angola" is.

    Why: "The first Kenyan soldiers of the regional force flew out of Goma" was a story's headline
    act and got no record, since "fly" is in the lexicon only for flags and relief. Only forces as
    the subject's head: a minister flying out, or troops flying in, stay out. ("departed from" was
    tried too; the later steps read a force leaving a capital as a break of relations, so it is
    left out.)"""
    low = sent.text.lower() if low is None else low
    if not any(w in low for w in ("flew out", "fly out", "flown out", "flying out", "flies out")):
        return {}
    found: dict[int, Trigger] = {}
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() != "fly":
            continue
        if any(s.lemma_.lower() in _DEPARTING_FORCES for s in _children(tok, {"nsubj"})) and any(
                c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in tok.children):
            found[tok.i] = _FLOWN_OUT
    return found


# (session 34, helper y) forces that land on ground to fight for it, and forces taking control of ground
_LANDED = Trigger("land", "land", None, True, False, "ASSAULT", None, "190", ("military",), "std")
_TOOK_GROUND = Trigger("take control", "take", "control", True, False, "COERCE", "seize", "192", ("military",), "std")
_ARMED = frozenset(word_list("troops")) | {"rebel", "fighter", "militant", "insurgent", "militia", "gunman",
                                          "commando", "paratrooper", "forces"}
_LANDING_PLACES = frozenset({"island", "coast", "beach", "shore", "territory", "town", "city", "port",
                             "peninsula", "archipelago", "mainland", "capital"})
# what forces land to do that makes the landing an attack ("landed on the island to end a rebellion")
_FIGHTING_AIMS = frozenset({"end", "crush", "oust", "topple", "overthrow", "retake", "recapture", "seize",
                            "capture", "attack", "fight", "quell", "suppress", "remove", "invade", "occupy",
                            "free", "liberate", "reclaim", "dislodge", "expel", "defeat", "storm"})
_GROUND_NOUNS = frozenset({"territory", "village", "town", "city", "region", "area", "district", "province",
                           "island", "enclave", "capital", "outpost", "stronghold", "airport", "airfield", "port",
                           "peninsula", "border", "crossing", "base", "valley", "hill", "county", "oblast"})


def _armed_doers(verb: Token) -> bool:
    """Whether the verb's subject (or, for a joined verb, the first verb's) is an armed force."""
    subjects = _children(verb, {"nsubj"})
    if not subjects and verb.dep_ == "conj":
        subjects = _children(verb.head, {"nsubj"})
    return any(s.lemma_.lower() in _ARMED or s.lower_ in _ARMED for s in subjects)


def _ground(tok: Token, nouns: frozenset) -> bool:
    """Whether a phrase's head names ground: a named place, or one of ``nouns``."""
    return tok.ent_type_ in ("GPE", "LOC") or tok.lemma_.lower() in nouns


def troops_take_ground(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """(session 34, helper y) Armed forces that land on ground to fight for it, or that take control
    of ground, by token index: "troops landed on his island to end a rebellion" is an invasion
    (ASSAULT 190, as "invaded"), "soldiers took control of the island" an occupation (COERCE 192,
    as "captured the town").

    Why: the lead of a story on an AU-backed invasion ("two days after Comorian and African Union
    troops landed on his island to end a rebellion") and its sequel ("soldiers ... took control of
    the island") got no record: neither "land" nor "take control" is in the lexicon. Only forces as
    the subject; a landing only with a fighting aim (troops landing to deliver aid, or a plane
    landing, stay out); control only of ground (a town, an island, a named place), not of a party,
    a bank or a body ("the opposition took control of parliament" is an election result)."""
    low = sent.text.lower() if low is None else low
    if "land" not in low and "control" not in low:
        return {}
    found: dict[int, Trigger] = {}
    for tok in sent:
        if tok.pos_ != "VERB" or not _armed_doers(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma == "land" and any(_ground(p, _LANDING_PLACES) for p in _prep_objects(tok, {"on", "in", "at"})) \
                and any(c.lemma_.lower() in _FIGHTING_AIMS and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in c.children)
                        for c in _children(tok, {"advcl", "xcomp"})):
            found[tok.i] = _LANDED
        elif lemma in ("take", "seize", "gain", "wrest") and any(
                o.lemma_.lower() == "control" and any(_ground(p, _GROUND_NOUNS) for p in _prep_objects(o, {"of", "over"}))
                for o in _children(tok, {"dobj"})):
            found[tok.i] = _TOOK_GROUND
    return found


# (session 20 W5) a court's rulings no lexicon row lists: bail granted frees a person as "released
# on bail" does (0841); a disqualification from office or a race bars them as "barred" does (172)
_BAIL_GRANTED = Trigger("grant bail", "grant", "bail", True, False, "RETREAT", "release", "0841", ("legal",), "std")
_DISQUALIFIED = Trigger("disqualify", "disqualify", None, True, False, "COERCE", "restrict", "172", ("legal",), "trans")
_BENCHES = frozenset({"court", "judge", "tribunal", "magistrate", "bench", "justice", "commission"})


def court_rulings(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """A court's rulings on a person, by token index: a court or judge that grants someone bail
    ("granted him protective bail", "granted bail to the senator") releases them (RETREAT 0841),
    and a person disqualified from office by a court or electoral body ("was disqualified from
    office for life by the Supreme Court") is barred (COERCE 172).

    Why: "A court in Islamabad granted him protective bail" and "He was also disqualified from
    office for life by the Supreme Court" were lost, since neither "grant" nor "disqualify" is in
    the lexicon for them. Only with a bench as the doer (subject or "by" agent) and a person as
    the one ruled on: a team disqualified from a match, or bail merely sought, stay out."""
    low = sent.text.lower() if low is None else low
    if "bail" not in low and "disqualif" not in low:
        return {}
    found: dict[int, Trigger] = {}
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        doers = _children(tok, _SUBJ) + [p for b in _children(tok, {"agent"}) for p in _children(b, {"pobj"})]
        if not any(w.lemma_.lower() in _BENCHES for d in doers for w in d.subtree):
            continue
        lemma = tok.lemma_.lower()
        if lemma == "grant" and any(o.lemma_.lower() == "bail" for o in _children(tok, {"dobj"})) \
                and (_children(tok, {"dative"}) or _prep_objects(tok, {"to"})):
            found[tok.i] = _BAIL_GRANTED
        elif lemma == "disqualify" and any(o.ent_type_ == "PERSON" or o.pos_ in ("PRON", "PROPN")
                                           or o.lemma_.lower() in _OFFICE_HOLDERS | _CAPTIVES
                                           for o in _children(tok, {"dobj"} | _PASS_SUBJ)):
            found[tok.i] = _DISQUALIFIED
    return found


def held_captive(tok: Token) -> bool:
    """"The prison service said it had held him for violating his parole", "the militia held two
    journalists without charge", "was held for 30 days": "hold" with a person as its object (or
    passive subject) and a stay, no charge, a jail or "hostage" is a detention (CAMEO 173), as
    "detained" is. Why: "hold" is in the lexicon only for talks and blame ("held talks", "held
    him responsible"), so a state's holding of a captive was lost; a person kept for a while is
    the mark that tells it from holding a vote, a meeting or a post."""
    if tok.lemma_.lower() != "hold" or tok.pos_ != "VERB":
        return False
    held = _children(tok, {"dobj"} | _PASS_SUBJ)
    if len(held) != 1 or _found_held(tok):
        return False
    who = held[0]
    if _held_by_force(tok) and who.dep_ == "nsubjpass" and who.lemma_.lower() not in _HELD_NOT:
        return True
    if not (who.lower_ in _HELD_PRONOUNS or who.ent_type_ == "PERSON" or who.lemma_.lower() in _CAPTIVES
            or who.lower_ in _CAPTIVES):
        return False
    if who.lower_ in ("he", "she", "they") and who.dep_ != "nsubjpass":
        return False
    if who.lemma_.lower() in ("people", "person") and any(c.lower_ == "the" for c in who.children) \
            and not any(c.dep_ == "nummod" for c in who.children):
        return False  # "those holding the Haitian people hostage": a whole people, a figure of speech
    if any(c.dep_ in ("oprd", "acomp", "xcomp", "advmod") and c.lower_ in _HELD_MARKS for c in tok.children):
        return True
    for prep in _children(tok, {"prep"}):
        objs = _children(prep, {"pobj", "pcomp"})
        if any(o.lemma_.lower() in _HELD_NOT or o.lower_ in _HELD_NOT for o in objs):
            return False
        if prep.lower_ in ("for", "without") and objs:
            return True
        if prep.lower_ in ("in", "at", "under") and any(o.lemma_.lower() in _CUSTODY_PLACES for o in objs):
            return True
    return False


def thanked_help(tok: Token, kind: str) -> bool:
    """Whether an AID noun is the bare reason for thanks ("thanked the UAE for its help"). Why: the thanks
    is the act told; help named by no goods, sum or purpose is often a go-between's work, so it is no
    material aid of its own ("thanked Japan for its help with food supplies" keeps the aid)."""
    if kind != "AID" or tok.lemma_.lower() not in ("help", "assistance") or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ != "for" or tok.head.head.lemma_.lower() not in ("thank", "praise", "commend"):
        return False
    return all(c.dep_ in ("poss", "det") for c in tok.children)


# (session 38) who holds people by force: "had been held at their homes by police"
_CAPTORS = frozenset({"police", "policeman", "officer", "soldier", "troop", "army", "security", "force", "guard",
                      "militia", "militiaman", "rebel", "gunman", "kidnapper", "captor", "agent", "authority"})


def _held_by_force(tok: Token) -> bool:
    """(session 38) Whether a person is held "by police", "by soldiers" or the like: the captor named
    makes the holding a detention wherever the captive was kept ("held at their homes by police")."""
    return any(o.lemma_.lower() in _CAPTORS for a in _children(tok, {"agent"}) for o in _children(a, {"pobj"}))


def _found_held(tok: Token) -> bool:
    """Whether "held" is a pluperfect passive in a reported clause ("the judge ruled that he had been
    held for too long"). Why: the clause restates a detention already under way as what a ruling or a
    speaker finds, so it tells no new arrest; "police held him" and "he was held" stay detentions."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children)
    passive = any(c.dep_ == "auxpass" and c.lower_ == "been" for c in tok.children)
    return perfect and passive and tok.dep_ == "ccomp" and not _held_by_force(tok)


def directive(tok: Token) -> bool:
    """Whether ``tok`` tells an addressee to act: "Germany told the Russian embassy to cut its staff".

    Why: "tell" is a verb of saying and "instruct"/"direct" are in no lexicon row, so the teller's
    demand was lost and the addressee was coded as the doer of the act it was told to do. With an
    object (not the press) and a later to-infinitive it is an order (REQUEST 100), coded as "ordered
    X to" is, which takes the act asked for into the demand."""
    if tok.lemma_.lower() not in _DIRECTING or tok.pos_ != "VERB" or tok.dep_ == "acl":
        return False  # ("issued an order directing the coast guard to join": the order noun codes it)
    objs = _children(tok, {"dobj"})
    if len(objs) != 1 or objs[0].lemma_.lower() in REPORTERS or objs[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return any(c.dep_ == "xcomp" and c.i > objs[0].i and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def directive_trigger(tok: Token) -> Trigger:
    """The order a directive gives: an order to envoys to leave is their expulsion, as the lexicon
    codes "ordered the diplomats to leave" (SANCTION 166); any other is a demand (REQUEST 100)."""
    told = _children(tok, {"dobj"})[0]
    if told.lemma_.lower() in word_list("envoys") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in tok.children):
        return Trigger(tok.lemma_, tok.lemma_, None, True, False, "SANCTION", "expel", "166", ("diplomatic",), "std")
    return Trigger(tok.lemma_, tok.lemma_, None, True, False, "REQUEST", None, "100", (), "embed")


def with_directives(sent: Span, possible: list[Token]) -> list[Token]:
    """``possible`` plus the sentence's directive verbs that no lexicon row lists ("instructed X to")."""
    have = {t.i for t in possible}
    # (the lemmas read from the document's array, cached by ``possible_triggers_each``: a Token is
    # built only for a directing verb, not for every word of the sentence)
    doc, start = sent.doc, sent.start
    strings = doc.vocab.strings
    rows = doc.user_data.get("dyads_forms")
    if rows is None:
        rows = doc.user_data["dyads_forms"] = doc.to_array([LEMMA, LOWER, ORTH]).tolist()
    extra = []
    for k, row in enumerate(rows[start:sent.end]):
        directing = _DIRECTING_LEMMAS.get(row[0])
        if directing is None:
            if len(_DIRECTING_LEMMAS) > _FORM_MEMO_LIMIT:
                _DIRECTING_LEMMAS.clear()
            directing = _DIRECTING_LEMMAS[row[0]] = strings[row[0]].lower() in _DIRECTING
        if directing and start + k not in have:
            tok = doc[start + k]
            if directive(tok):
                extra.append(tok)
    return sorted(possible + extra, key=lambda t: t.i) if extra else possible


# each lemma's verdict (by string hash) for ``with_directives``
_DIRECTING_LEMMAS: dict[int, bool] = {}


# (session 29) a speaker's verdict on a party or an act, said in a copular clause instead of with
# "called X illegal": the same criticism (ACCUSE 111) as "call" gives with those words
SAID_WRONG = Trigger("say unacceptable", "say", None, True, False, "ACCUSE", "disapprove", "111", (), "std")
_JUSTIFIED = frozenset({"justify", "excuse", "defend"})  # ("could not be accepted" is a refusal)
# words that class what happened rather than judge it ("police said the blast was a terrorist attack")
_KINDS_OF_ACT = frozenset({"attack", "assault", "terrorism", "terrorist"})
# (session 30) a speaker's dismay ("troubled by", "appalled by"); plain concern and worry stay
# the statements (CAMEO 012) the lexicon makes of them
_DISMAYED = frozenset({"trouble", "disturb", "dismay", "appal", "appall", "outrage"})
# "offered no evidence", "provided no proof": a verdict that a charge or a claim is baseless
_SHOWING = frozenset({"offer", "provide", "present", "produce", "contain", "give", "show", "cite"})
_PROOF = frozenset({"evidence", "proof"})
# the papers of a charge, which are an act of whoever issued them ("the arrest warrant")
CHARGING_PAPERS = frozenset({"warrant", "indictment", "charge", "accusation", "allegation"})
_NO_SUBJECT = frozenset({"it", "this", "that", "what", "which", "there", "everything", "nothing", "something"})


@lru_cache(maxsize=1)
def _censures() -> frozenset[str]:
    """The judging words of "called X ...", read from the lexicon's "call" rows of criticism."""
    from .triggers import lexicon

    return frozenset(t.word for t in lexicon().get("call", ()) if t.type == "ACCUSE" and t.word)


def judged_in_speech(tok: Token) -> Token | None:
    """The judged party or act when speech verb ``tok`` says that it is wrong ("said the arrests
    were illegal", "said the decree was a coup", "said the killings could not be justified"): the
    subject of a copular complement whose word is one "called X ..." takes as criticism, or of a
    denied "justified" or "defended". That subject is returned; the speaker criticises it.

    Why: "called the arrests illegal" was coded but "said the arrests were illegal" was not, and
    the judges listed such verdicts among missed disapprovals. A pronoun with no party ("said it
    was unacceptable that"), a denied verdict ("was not illegal"), or one only possible ("would be
    illegal") stays out."""
    for clause in _children(tok, {"ccomp"}):
        subj = _children(clause, {"nsubj", "nsubjpass"})
        negs = _children(clause, {"neg"})
        modal = [a for a in _children(clause, {"aux"}) if a.tag_ == "MD"]
        if clause.lemma_.lower() in _DISMAYED and clause.tag_ == "VBN" and subj and subj[0].pos_ == "PRON" \
                and not (negs or modal):
            # (session 30) "said it was troubled by signs that the courts were used for political
            # ends", "said they were appalled by the army's conduct": the speaker's dismay at a
            # party or its act is disapproval of it; what dismays is the thing judged
            agents = [p for a in _children(clause, {"agent"}) for p in _children(a, {"pobj"})]
            for agent in agents[:1]:
                # ("troubled by signs that the courts were being used": what the signs tell of)
                told = [c for c in _children(agent, {"acl"}) if any(m.dep_ == "mark" and m.lower_ == "that"
                                                                   for m in c.children)]
                inner = _children(told[0], {"nsubj", "nsubjpass"}) if told else []
                return inner[0] if inner else agent
        if not subj or subj[0].lower_ in _NO_SUBJECT or subj[0].pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if clause.lemma_.lower() in _SHOWING and not (negs or modal) and any(
                o.lemma_.lower() in _PROOF and any(d.lower_ == "no" for d in o.children)
                for o in _children(clause, {"dobj"})):
            return subj[0]  # (session 30) "said the warrant offered no evidence that ...": a verdict
        if clause.lemma_.lower() in _JUSTIFIED and clause.tag_ == "VBN" and _children(clause, {"auxpass"}) \
                and negs:
            return subj[0]  # "could not be justified", "will not be tolerated"
        if clause.lemma_ != "be" or negs or modal:
            continue
        preds = _children(clause, {"acomp", "attr"})
        if any((p.lemma_.lower() in _censures() or p.lower_ in _censures()) and p.lemma_.lower() not in _KINDS_OF_ACT
               for p in preds) and not any(c.dep_ == "neg" for p in preds for c in p.children):
            return subj[0]
    return None
