"""Trigger words used in a sense where no party acts on another: "captured the moment", "shared a video".

Why apart: the event matcher asks ``everyday_sense`` and ``other_sense`` about every candidate
trigger; the event coder's vetoes of doers and settings stay in ``event_filters``, and wording
about views, stands and customs in ``event_stances``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .countries import country_forms
from .event_deployments import sent_to_court
from .event_filters import (
    ANIMALS, CHARGE_NOUNS, DEPENDANTS, INFO, KIN, MISHAPS, SWEETHEARTS, VEHICLES, YOUNG, lower, _meant,
    mishap_words,
)
from .event_nonparties import (
    ARTS, BODIES, ENABLERS, HALT, INSTRUMENTS, MISSIVES, PAPERS, PERMIT, POSTED, PRACTICES,
    SHOW_ACTS, STATUTES, SUITS, TROOPS, _doer, lemmas, no_counterpart, routine_dealings, thing_as_party,
)
from .event_private import private_parties, private_undertakings, trips_bids_and_sittings
from .event_reactions import thanked_person
from .event_roles import (
    PHONES,
    by_phone,
    SUBJ as _SUBJ,
    children as _children,
    prep_objects as _prep_objects,
    to_infinitive as _to_infinitive,
)
from .event_physical_senses import celebratory_fire
from .event_standing_states import (
    aim_named, bench_ruling_only, broken_truce, business_accepted, campaign_rally, campaign_setting,
    comes_back_to, counted_on_for_nothing, detention_left, kind_of_money, praise_word_only_named,
    refuge_sought,
)
from .event_stances import (
    INQUIRIES, REFLEXIVES, no_act_stated, opinion_or_own_stand, stance_topic_or_cause,
    veiled_threat as _veiled_threat,
)
from .nlp import characterising_verb
from .triggers import context_words, lexicon, word_list

__all__ = [
    "caught_or_famed", "described_people", "errand", "everyday_sense", "no_hand_given", "other_sense", "plain_sense",
    "private_life", "safety_or_court", "military_strike", "BONDS", "DISPERSAL", "named_not_asked", "sent_no_goods",
    "work_against", "overheard_talk", "level_tally", "ready_to_fight",
    "released_record", "case_taken_up", "vowed_resolve", "past_record", "ranked_among",
    "envoy_sent_off", "crowd", "called_gathering",
]

_SHOWS = word_list("shows")
_MONITORS = word_list("helpers") | {"iaea", "agency", "watchdog", "expert", "regulator"}
_CONSENTS = {"agree", "allow", "permit", "let", "accept", "invite", "open", "reopen", "grant", "welcome",
             "consent", "admit"}
_ROUTINE = word_list("routine_halts")
_ENVOYS = word_list("envoys")
_AIMS = word_list("abstract_aims")
_ABSTRACT = word_list("abstract_doers")
_OFFERS = word_list("political_offers")
_MISSED = (word_list("receive") - {"accept"}) | {"top", "qualify", "finish", "score", "exceed", "survive",
                                               "materialise", "materialize"}
_CANDIDACIES = word_list("candidacies")
_PENALTY_TERMS = word_list("penalty_terms")
_SHARED = word_list("shared_things") | {
    # (session 19 S1) land and past two peoples have in common: "share the island", "share a history"
    "island", "frontier", "coastline", "river", "lake", "history", "past", "language", "culture", "heritage"}
_REPUTED = word_list("reputed_links")
# strains eased or relaxed are moods and burdens, not sanctions lifted (CAMEO 081 needs a restriction)
_STRAINS = {"tension", "concern", "fear", "worry", "anxiety", "pain", "burden", "strain", "congestion", "suffering",
            "hardship", "shortage", "crowding", "overcrowding", "nerve",
            # (session 17) "steps to ease the crisis": a trouble calmed, no measure relaxed for anyone
            "crisis", "standoff", "stand-off", "impasse", "deadlock", "plight", "misery"}
_SPEECH_ADVCL = {"say", "add", "note", "argue", "explain", "stress"}
# campaigns of force one "presses" (carries on), as against the demands one presses on someone
_PRESSED_ON = {"offensive", "attack", "assault", "advance", "siege", "bombardment", "onslaught",
               "incursion", "invasion", "campaign", "crackdown", "war"}
# what makes people leave their homes ("forced thousands to evacuate") and the jobs one lends a hand in
_DRIVEN_OUT = {"force", "compel", "cause", "prompt", "lead", "drive", "oblige"}
_WORKS = {"work", "research", "study", "project", "experiment", "design", "development", "production", "writing",
          "editing", "filming", "recording", "analysis", "survey", "excavation", "testing", "construction"}
_RIGHTS = word_list("rights_aims")
_STAFF = word_list("dismissible")
# what is asked, offered or claimed: a passive subject of "dismissed" that is turned down, not sacked
_TURNED_DOWN = frozenset({"call", "demand", "request", "appeal", "plea", "proposal", "offer", "plan",
                          "claim", "allegation", "accusation", "charge", "report", "suggestion", "idea",
                          "bid", "initiative", "overture", "ultimatum", "criticism", "complaint"})
_NOTICES = INFO | {"warning", "watch", "alert", "advisory", "claim", "remark", "comment", "statement"}
# what a camera, a team or a candidate "captures": a sight, a mood, a prize, a share of votes
_CAUGHT = {"arrival", "departure", "moment", "scene", "footage", "image", "picture", "photo", "attention",
           "imagination", "heart", "mood", "spirit", "essence", "feeling", "atmosphere", "sound", "vote", "seat",
           "title", "championship", "medal", "award", "prize", "trophy", "crown", "cup", "gold", "silver", "bronze",
           "record", "share", "market", "lead", "interest", "audience", "light", "data", "carbon", "emission",
           "energy", "view", "zeitgeist", "percent", "%"}
_SEIZED = {"opportunity", "moment", "initiative", "chance", "momentum", "attention", "imagination", "headline",
           "spotlight", "day"}
_CAMERAS = {"cctv", "camera", "footage", "video", "photographer", "photo", "image", "recording", "lens", "film",
            "webcam", "dashcam", "snapshot"}
# a private possession or a post is shared with kin or followers, not a state's intelligence
_PRIVATE = {"fund", "trust", "money", "fortune", "estate", "inheritance", "property", "flat", "bed", "car",
            "photo", "picture", "image", "video", "post", "clip", "footage", "meme", "song", "recipe", "memory",
            "screen", "account", "office", "cell", "bathroom", "kitchen", "meal", "dinner", "table", "podium",
            "platform", "moment", "joke", "passion", "love", "laugh", "kiss", "selfie"}
_FAME = {"national", "international", "critical", "wide", "widespread", "public", "global", "worldwide",
         "popular", "early", "wider", "broad", "great", "instant", "considerable", "much"}
_ACCESSIONS = word_list("accessions")
_ILLS = word_list("social_ills")
# (session 58) what a vote "returns": its result, not a thing given back
_BALLOT_RETURNS = frozenset({"majority", "verdict", "result", "vote", "mandate", "seat", "member", "candidate"})
_SIGNED_PACTS = word_list("signed_pacts")
_RATIFIED = word_list("ratified_pacts")
# what holds up a weight: supporting it is no political backing
_LOADS = {"statue", "weight", "roof", "load", "ceiling", "column", "tower", "beam", "deck", "arch", "dome",
          "pillar", "stem", "vine", "shelf", "monument", "sculpture", "bridge", "span", "girder", "wing", "tent"}
_HARMS = {"suffering", "violence", "instability", "death", "decline", "problem", "crisis", "spread", "rise",
          "loss", "failure", "collapse", "pollution", "warming", "change", "erosion", "damage", "tension",
          "delay", "shortage", "fall", "poverty", "obesity", "disease", "outbreak", "injury", "crash", "fire"}
# tasks one lends a hand with ("helped organise the concert"); helping others to cope stays aid
_TASKS = {"facilitate", "manage", "organise", "organize", "arrange", "plan", "run", "write", "produce", "design",
          "create", "found", "coordinate", "draft", "edit", "direct", "compose", "host", "craft", "pioneer", "invent"}
_MEANS = {"preparation", "resource", "technology", "system", "strategy", "tactic", "airbag", "software", "tool",
          "method", "skill", "argument", "technique", "app", "algorithm", "update", "feature", "capital", "talent"}
_LIMELIGHT = {"spotlight", "limelight", "attention", "fame", "publicity", "glory", "stardom", "recognition"}
_SHORTFALLS = {"be", "make", "get", "attract", "gain", "garner", "secure", "land", "register",
               "form", "muster", "elect", "achieve"}  # (session 22) "failed to form a government"
_SPANS = {"time", "day", "week", "month", "hour", "year", "minute", "moment", "weekend", "deadline", "extension"}
_COURT_DUES = {"bail", "parole", "justice", "hearing", "trial", "pardon", "clemency", "reprieve", "retrial"}
_DRIVERS = VEHICLES | {"driver", "motorist", "cyclist", "motorcyclist", "lorry", "trucker"}
# where and while one first gets to know someone: no talks between parties
_ACQUAINTING = {"study", "live", "grow", "attend", "train", "perform", "record", "tour", "holiday", "vacation"}
_HANGOUTS = {"pub", "bar", "nightclub", "club", "party", "wedding", "concert", "festival", "school", "college",
             "university", "gym", "cafe", "café", "dance", "disco"}
# the filings a "to block" can serve, and those who cordon a place off
_SUIT_NOUNS = {"lawsuit", "suit", "injunction", "motion", "petition", "appeal", "complaint", "case", "filing"}
_CORDONERS = {"police", "officer", "authority", "security", "cordon", "guard", "firefighter", "troops", "soldier"}
# a danger "emerges" or is "posed"; nobody issues it
_DANGER_VERBS = {"emerge", "arise", "grow", "loom", "remain", "persist", "rise", "appear", "recede", "diminish",
                 "subside", "pose", "represent", "constitute"}
# what a safety notice warns the public off, and the public it warns
_RISKY_ACTS = {"enter", "approach", "climb", "swim", "cross", "travel", "visit", "hike", "eat", "drink", "drive",
               "touch", "use", "fly"}
_RISKY_NOUNS = {"attempt", "entry", "travel", "trip", "swimming", "hiking", "climbing", "use", "consumption",
                "contact", "approach"}
_PUBLIC = {"resident", "tourist", "visitor", "public", "motorist", "swimmer", "traveller", "traveler", "hiker",
           "passenger", "consumer", "parent", "user", "customer", "beachgoer", "homeowner", "shopper"}


# what a court hands down: a ruling that permits something is the text permitting, no party's concession
_RULINGS = {"judgement", "judgment", "ruling", "verdict"}


def _enabler(tok: Token, doer: Token | None) -> bool:
    """Whether what allows or permits is a paper, rule or state of affairs rather than a party:
    "documents allowing him to marry", "a law to allow extradition", "the emergency appears to allow him"."""
    if doer is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        doer = tok.head  # "a gun licence allowing him to buy"
    if doer is None and tok.dep_ == "xcomp":
        doer = next(iter(_children(tok.head, _SUBJ)), None)  # "the declaration appears to allow him"
    if doer is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        doer = _doer(tok.head)  # (session 28) "the decree limits assembly and allows police to": a shared subject
    if doer is None and tok.dep_ == "pcomp" and tok.head.lower_ == "from":
        doer = next(iter(_children(tok.head.head, {"dobj"})), None)  # "to prevent a law from allowing"
    verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else tok.head
    if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG" and verb.pos_ == "VERB":
        # "issued a ruling, allowing": the ruling permits, not the court that issued it
        doer = next((d for d in _children(verb, {"dobj"}) if d.lemma_.lower() in _RULINGS), doer)
    if doer is None or doer.ent_type_ not in ("", "LAW"):
        return False
    words = {doer.lemma_.lower(), doer.lower_} | {o.lemma_.lower() for o in _prep_objects(doer, {"of"})}
    return bool(words & (ENABLERS | _RULINGS))


def _undergoer(tok: Token) -> Token | None:
    """What ``tok`` is done to: its object, or its subject when passive."""
    objs = _children(tok, {"dobj", "nsubjpass"})
    return objs[0] if objs else None


# the lexicon's verbs that force a crowd apart, and the crowds and gatherings whose forced end is
# repression (CAMEO 175)
DISPERSAL = frozenset({"disperse", "quell", "scatter", "break up", "put down"})
_DISPERSERS = {verb.split()[0] for verb in DISPERSAL}
_CROWDS = {"protest", "protester", "protestor", "demonstration", "demonstrator", "crowd", "rally", "march",
           "marcher", "riot", "rioter", "unrest", "gathering", "mob", "sit-in", "picket", "strike", "striker",
           "vigil", "encampment", "blockade", "occupation", "assembly"}
# (session 33) meetings whose forced end by a dispersing force is repression too ("police broke up
# a press conference the opposition had called", "troops dispersed a meeting of party members");
# apart from the crowds, since a meeting is no protest wherever else a crowd is asked for
_MEETINGS = word_list("meetings")


def crowd(tok: Token) -> bool:
    """Whether a noun names a crowd or a protest: "the protesters", "thousands of marchers",
    "a protest camp"."""
    for t in (tok, *_prep_objects(tok, {"of"})):
        if t.doc[max(t.i - 2, 0):t.i + 1].text.lower().replace(" ", "") in ("sit-in", "sit-ins"):
            return True  # split by the tokenizer into "sit", "-", "ins"
        if t.lemma_.lower() in _CROWDS or t.lower_ in _CROWDS or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CROWDS for c in t.children):
            return True
    return False


def no_crowd(tok: Token, event_type: str) -> bool:
    """Whether a verb of dispersing acts on something other than a crowd.

    Why: "dispersed the protesters" and "broke up the rally" are repression, but "broke up the
    company", "quelled fears" and "the fog dispersed" are no event at all.
    """
    if event_type not in ("COERCE", "ASSAULT") or tok.lemma_.lower() not in _DISPERSERS:
        return False
    objs = _children(tok, {"dobj", "nsubjpass"}) + [
        o for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in ("up", "down")
        for o in _children(c, {"pobj"})]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)  # "protesters dispersed by police"
    objs += [c for o in objs for c in _children(o, {"conj"})]
    return not any(crowd(o) or o.lemma_.lower() in _MEETINGS for o in objs)


# (session 33) the gatherings one calls, the meetings and the crowds that gather at a call, and the
# verbs of calling them: a force that breaks up or bans one acts on its callers (event_parties) and
# leaves its aim undone (event_conditions)
_CALLED_GATHERINGS = _MEETINGS | word_list("called_crowds")
_CONVENING = word_list("convening")


def called_gathering(clause: Token) -> Token | None:
    """The gathering that a clause on it says someone called ("a press conference the opposition
    had called", "a rally organised by the union"), else None. Why one place: the callers are the
    party of its break-up (event_parties) and what it was called for is no act told
    (event_conditions), so both read the same gatherings and calling verbs."""
    gathering = clause.head
    if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _CONVENING \
            and gathering.lemma_.lower() in _CALLED_GATHERINGS:
        return gathering
    return None


# what a leader signs into force at home: a budget or a bill is law-making, no pact with anyone
_LAWS = INSTRUMENTS | {"budget", "appropriation", "spending", "order", "proclamation", "directive", "edict",
                       "ordinance"}
_SIGNED = _LAWS | word_list("signed_pacts") | word_list("ratified_pacts")
_STAND_INS = {"it", "this", "they", "these", "that"}
# (session 21) what signers put their names to that binds no one: the text's content is the act
# ("signed a joint statement rejecting the warrant"), coded on its own verb when it has one; a
# signed declaration stays a pact ("leaders signed a declaration on migration")
_SIGNED_WORDS = {"statement", "letter", "petition", "op-ed", "appeal", "complaint", "motion"}


def _signed_into_law(tok: Token) -> bool:
    """Whether "sign" is "signed into law": (session 29) a domestic measure enacted ("signed into law a
    two-year extension of his mandate") has no counterpart, so it is no pact, whatever the object."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "law" for g in c.children)
               for c in tok.children)


def _office_held(what: Token) -> bool:
    """Whether a fired object is a post or one named by the post's title ("his chief of staff",
    "Finance Minister Christian Lindner"): a name's own title words are its compounds."""
    if what.lemma_.lower() in _STAFF:
        return True
    return what.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in _STAFF for c in what.children)


def _struck_down_text(tok: Token, what: Token) -> bool:
    """Whether "strike down" voids a law, ruling or measure ("struck down the amendment", "strike down
    Basic Laws"): what a court strikes down is a text (session 31; judged wrong type in news)."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return False
    word = what.lemma_.lower()
    return word in _LAWS or word.removesuffix("s") in _LAWS or word in STATUTES


def _signed_thing(what: Token) -> str:
    """The lemma of what is signed; for "it must be signed", the nearest earlier law or pact word
    in the sentence or the one before, so a pronoun for "the budget" is read as the budget."""
    if what.lower_ not in _STAND_INS:
        return what.lemma_.lower()
    sent = what.sent
    start = sent.start
    if start > 0:
        start = what.doc[start - 1].sent.start
    for t in reversed(what.doc[start:what.i]):
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in _SIGNED or t.lower_ in _SIGNED):
            return t.lemma_.lower() if t.lemma_.lower() in _SIGNED else t.lower_
    return what.lemma_.lower()


def _verification(tok: Token, doer: Token | None) -> bool:
    """An inspection done by a monitoring body or one that someone agreed to or allowed is checking
    under consent, not the investigation of a suspect that CAMEO 09 codes."""
    if doer is not None and (doer.lemma_.lower() in _MONITORS or doer.lower_ in _MONITORS):
        return True
    if not _to_infinitive(tok):
        return False
    head, steps = tok.head, 0
    while steps < 4 and head is not head.head:  # "agreed to re-open its borders for them to inspect"
        if head.lemma_.lower() in _CONSENTS:
            return True
        head, steps = head.head, steps + 1
    return head.lemma_.lower() in _CONSENTS


# people a force can drive out of a land (CAMEO 201 mass expulsion): groups, not things
_DRIVEN = {"people", "civilian", "resident", "villager", "family", "inhabitant", "refugee", "minority", "farmer",
           "settler", "peasant", "tribe", "tribesman", "community", "population", "muslim", "christian", "hindu"}


def _driven_people(what: Token | None) -> bool:
    """Whether what "drove out" acts on is people: a nationality or group name ("drove the
    Rohingya out"), a word for inhabitants, or a count "of" such people ("thousands of Rohingya")."""
    if what is None:
        return False
    heads = [what, *(p for c in what.children if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, {"pobj"}))]
    return any(h.ent_type_ in ("NORP", "PERSON") or h.lemma_.lower() in _DRIVEN or h.lower_ in _DRIVEN
               or (h.pos_ == "PROPN" and h.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "PRODUCT")) for h in heads)


# armed groups a force can drive out of a town or a region: a battle won (CAMEO 190), no expulsion
_ARMED_FOES = {"fighter", "militant", "rebel", "insurgent", "jihadist", "guerrilla", "guerilla", "militia",
               "militiaman", "gunman", "troop", "soldier", "force", "extremist", "terrorist"}
# weather that can shut a road or a border crossing (besides the mishaps list): no one's restriction
_WEATHER = {"snow", "snowfall", "blizzard", "rain", "fog", "ice", "wind", "sandstorm", "weather", "storm", "flood"}
# what a truce does when it ends without a named breaker: no one's act ("the ceasefire collapsed")
_TRUCE_ENDS = {"collapse", "fail", "crumble", "unravel", "falter", "break", "fall", "fray", "disintegrate"}


def _armed_foes(what: Token | None) -> bool:
    """Whether what "drove out" acts on is an armed group ("drove the rebels out of the town")."""
    if what is None:
        return False
    return what.lemma_.lower() in _ARMED_FOES or what.lower_ in _ARMED_FOES


def failed_truce(tok: Token) -> bool:
    """Whether a ceasefire noun is the subject of a verb of breaking down ("the truce collapsed
    within hours"): the truce's end is reported with no party doing it, so no ceasefire is declared
    and no one is named as breaking it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in ("ceasefire", "cease-fire", "truce"):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _TRUCE_ENDS \
        and not any(c.dep_ in ("dobj", "agent") for c in tok.head.children)


# words of keeping to a truce already made: "remained committed to the ceasefire", "abide by the truce"
# ("observed a truce" holds fire, a RETREAT, so only words with "to"/"by" refer back)
_KEEPING = {"commit", "committed", "commitment", "adhere", "adherence", "abide", "stick", "loyal", "faithful"}


def kept_truce(tok: Token) -> bool:
    """Whether a ceasefire noun is what a party keeps to ("remained committed to the ceasefire",
    "will abide by the truce"): the truce is an earlier one referred back to; the act told is the
    commitment, so no second ceasefire is declared."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in ("ceasefire", "cease-fire", "truce"):
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "by"):
        return False
    head = tok.head.head
    return head.lemma_.lower() in _KEEPING or head.lower_ in _KEEPING


# verbs that take a party out of a measure's reach ("exempt relief from its sanctions")
_EXEMPTING = {"exempt", "spare", "shield", "excuse", "release", "free", "carve"}
# verbs that hold a standing relation rather than start one ("a member that has close ties with")
_HOLDING = {"have", "enjoy", "share", "boast", "retain"}


_DISASTER_WORDS = word_list("disasters")
# words that put armed violence in a sentence: a death toll told with them is an attack's toll
_VIOLENCE = {"attack", "strike", "airstrike", "fire", "shell", "shelling", "bomb", "bombing", "rocket", "missile",
             "clash", "fighting", "fight", "war", "gunman", "gunmen", "shoot", "shooting", "offensive", "raid",
             "militant", "soldier", "troops", "police", "army", "rebel", "explosion", "blast", "drone", "violence"}


def disaster_toll(tok: Token, event_type: str) -> bool:
    """"More than 17,600 people had been killed in Turkey" in a report on an earthquake: an
    agentless toll where a natural disaster is the story (named in the sentence or the lead) and
    no armed violence is named in the sentence is the disaster's, not an assault."""
    if event_type != "ASSAULT" or tok.lemma_.lower() != "kill" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("agent", "nsubj") for c in tok.children):
        return False
    sent = tok.sent
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    # ("rebel-held northwest" names a place, not an armed act)
    if any((t.lemma_.lower() in _VIOLENCE or t.lower_ in _VIOLENCE) and not (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-" and not t.whitespace_) for t in sent):
        return False
    if words & _DISASTER_WORDS:
        return True
    # the lead: the first sentences (a dateline may stand as a sentence of its own)
    for n, lead in enumerate(tok.doc.sents):
        if n >= 3 or lead.start >= sent.start:
            break
        if any(t.lemma_.lower() in _DISASTER_WORDS or t.lower_ in _DISASTER_WORDS for t in lead):
            return True
    return False


def exempted_measure(tok: Token, event_type: str) -> bool:
    """A sanction a party is exempted from ("would exempt quake relief from its sanctions") is
    eased by the exemption, which the verb's own row codes; the noun imposes nothing now."""
    if event_type != "SANCTION" or tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "conj"):
        return False
    head = tok
    while head.dep_ == "conj":
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from":
        return False
    holder = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "from" hung on the object
    return prep.head.lemma_.lower() in _EXEMPTING or holder.lemma_.lower() in _EXEMPTING


_PAUSED_TIES = word_list("paused_ties")


def _on_hold(verb: Token) -> bool:
    """Whether ``verb`` has "on hold" ("put the talks on hold")."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "hold" for o in c.children)
               for c in verb.children)


def paused_no_ties(tok: Token, event_type: str) -> bool:
    """(session 30) "paused new engagement with Tunis", "put its partnership work on hold": ties, aid
    or joint work paused are cut (SANCTION); what else is paused or put on hold ("paused the count",
    "put the bill on hold", "put their lives on hold") is no sanction."""
    lemma = tok.lemma_.lower()
    if event_type != "SANCTION" or tok.pos_ != "VERB":
        return False
    if lemma != "pause" and not (lemma == "put" and _on_hold(tok)):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    return not any(o.lemma_.lower() in _PAUSED_TIES or o.lower_ in _PAUSED_TIES for o in objs)


def held_ties(tok: Token, event_type: str) -> bool:
    """"Turkey, a NATO member that has close ties with Moscow": ties one has are a standing state
    told as background, not an act of cooperation on the day (the relation words: ``BONDS``)."""
    if event_type != "COOPERATE" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in BONDS:
        return False
    head = tok
    while head.dep_ == "conj":
        head = head.head
    verb = head.head
    return head.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _HOLDING


_DISSOLVED = {"party", "movement", "group", "organisation", "organization", "union", "association", "league",
              "front", "alliance", "coalition", "opposition"}
_SHUT_NOUNS = {"dissolution": _DISSOLVED, "closure": word_list("media_outlets") | {"paper", "station", "magazine",
                                                                                   "outlet", "daily", "agency"}}
_SHUT_NOUNS["shutdown"] = _SHUT_NOUNS["closure"]


# verbs by which a force makes a coup ("staged a coup", "a coup led by the army")
# ("stag": the parser's lemma of "staged")
_COUP_MAKING = {"stage", "stag", "launch", "mount", "lead", "carry", "attempt", "orchestrate", "engineer", "conduct"}


def untold_coup(tok: Token) -> bool:
    """Whether a "coup" noun is only named as a time or a cause ("after the coup", "a coup backed by
    Athens"), not told as made by its doers: only a coup someone staged, launched or led is their
    act of coercion; the bare noun in background would give its nearest party a seizure of power."""
    if tok.lemma_.lower() != "coup" or tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _COUP_MAKING:
        return False
    return not any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _COUP_MAKING for c in tok.children)


# (session 38) who takes power by force, and the words that tell a takeover was one
_ARMED_TAKERS = frozenset({"soldier", "army", "military", "officer", "junta", "troop", "rebel", "mutineer",
                           "general", "colonel", "captain", "lieutenant", "major", "sergeant", "putschist", "gunman"})
_FORCE_WORDS = frozenset({"coup", "putsch", "force", "gunpoint", "mutiny", "uprising", "revolt", "rebellion"})


def lawful_takeover(tok: Token) -> bool:
    """Whether "took power" tells an ordinary change of government ("the Democrats took power after
    the election"), not a seizure: only soldiers, rebels and the like, or a coup or force named in
    the clause ("took power in a 1979 coup"), make taking power an act of coercion (CAMEO 170)."""
    if tok.lemma_.lower() != "take" or not any(c.dep_ == "dobj" and c.lower_ == "power" for c in tok.children):
        return False
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(w.lemma_.lower() in _ARMED_TAKERS for d in doers for w in d.subtree):
        return False
    return not any(w.lemma_.lower() in _FORCE_WORDS for w in tok.subtree)


_PROMISING_AUX = frozenset({"will", "would", "shall", "'ll"})


def working_life(tok: Token, event_type: str) -> bool:
    """(session 38) Whether "work with" tells a working life or a habit ("has worked with NGOs for
    years", "works with refugees"), not cooperation a party undertakes: only the promise ("will work
    with the new president", "agreed to work with both governments") is news of an act (AGREE 031)."""
    if event_type != "COOPERATE" or tok.lemma_.lower() != "work" or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if any(c.lower_ in ("together", "alongside") or any(g.lower_ == "together" for g in c.children)
           for c in tok.children):
        return False  # "worked together with Interpol to find the suspects": its own row, a joint deed
    if any(c.dep_ == "aux" and c.lower_ in _PROMISING_AUX for c in tok.children):
        return False
    return not (tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


# (session 38) things said to encourage what others do: an effect, no appeal by anyone
_CAUSING_THINGS = frozenset({"it", "this", "that", "which", "deal", "move", "policy", "decision", "law", "measure",
                             "ruling", "plan", "agreement", "step", "change", "reform", "rule", "bill", "verdict",
                             "impunity", "silence", "failure"})


def encouraging_thing(tok: Token, event_type: str) -> bool:
    """(session 38) Whether "encourage" tells what a thing brings about ("arguing it would encourage
    governments to detain Americans", "the ruling encourages others to sue"): only a party that
    encourages another (a ministry encouraging tour operators) appeals or backs."""
    if tok.lemma_.lower() != "encourage" or event_type not in ("REQUEST", "SUPPORT"):
        return False
    return any(c.dep_ in ("nsubj", "csubj") and c.lower_ in _CAUSING_THINGS | {"it"}
               or c.dep_ == "nsubj" and c.lemma_.lower() in _CAUSING_THINGS for c in tok.children)


def unshut_body(tok: Token, event_type: str) -> bool:
    """Whether a dissolution, closure or shutdown noun ends something no one is coerced by.

    Dissolving a party and closing a newspaper are bans and censorship (CAMEO 1722, 1721), and an
    authority that orders them does them; a parliament dissolved, a marriage, a shop or a road closed
    are routine. Only the noun's own "of" object (or its compound) tells which."""
    bodies = _SHUT_NOUNS.get(tok.lemma_.lower())
    if bodies is None or tok.pos_ != "NOUN" or event_type != "COERCE":
        return False
    owned = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owned += [c for c in tok.children if c.dep_ == "compound"]
    owned += [a for o in owned for a in o.children if a.dep_ == "appos"]  # "the opposition, Move Ahead Party"
    words = {w for o in owned for w in (o.lemma_.lower(), o.lower_)}
    if any(t.word in words for t in lexicon().get(tok.lemma_.lower(), ())):
        return False  # "a border closure": a row of its own names what is closed (COERCE 191)
    return not words & bodies


_VERDICT_VERBS = {"convict", "sentence", "jail", "imprison", "try", "prosecute", "condemn"}
# Who is no one in particular. Narrower than ``_ANYONE`` below on purpose: "three men were
# sentenced by a court" tells a verdict on someone, "all were convicted" or "those in jail" does not.
_NO_ONE_IN_PARTICULAR = {"those", "anyone", "anybody", "everyone", "everybody", "all", "whoever"}


def anyone_convicted(tok: Token, event_type: str) -> bool:
    """Whether a verdict verb is said of no one in particular ("those in jail were convicted by
    independent courts", "anyone who breaks the law is prosecuted"): a general claim, often inside a
    denial, with no trial, defendant or date, so no court acts against anyone here."""
    if event_type not in ("ACCUSE", "COERCE") or tok.pos_ != "VERB" or tok.lemma_.lower() not in _VERDICT_VERBS:
        return False
    held = _children(tok, {"nsubjpass"})
    if not held or any(h.lower_ not in _NO_ONE_IN_PARTICULAR or _children(h, {"relcl"}) for h in held):
        return False  # "those who led the raid were convicted": a group named by its deed
    return not any(t.ent_type_ == "DATE" for t in tok.subtree)  # "convicted on Monday": a told verdict


# a court's ways of turning a request down that the lexicon does not code as REJECT itself ("rejected",
# "turned down" are REJECT triggers, which already take the request and its asked-for act in)
_REJECTING = {"quash", "overrule"}
_ASKINGS = {"request", "demand", "call", "appeal", "plea", "bid", "petition", "application", "claim"}


def turned_down_request(tok: Token, event_type: str) -> bool:
    """Whether a request noun is what a court throws out ("the court threw out its request", "Kenya's
    appeal was quashed"): the act told is the rejection; the request is an earlier one referred back
    to, and reading it again gives the court as the asker."""
    if event_type != "REQUEST" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ASKINGS:
        return False
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in ("throw", "strike"):
        return any(c.dep_ == "prt" and c.lower_ in ("out", "down") for c in verb.children)
    return lemma in _REJECTING


# (session 26) particles that make "strike" a striking off: "struck out the appointment", "struck down the law"
_STRUCK_OFF = {"out", "down", "off"}
_PEOPLE_STRUCK = word_list("troops") | KIN | {"man", "woman", "child", "people", "person", "civilian", "protester",
                                              "officer", "worker", "student", "resident", "villager"}


def _struck_from_record(tok: Token, event_type: str) -> bool:
    """Whether "strike" with out, down or off removes a thing from a record ("the court struck out
    that appointment", "struck the clause off").

    Why (session 26, judged fresh news): an annulment is a ruling, not a blow; the judges marked
    the ASSAULT wrong. A person struck down ("was struck down by a bullet") is still hit.
    """
    if event_type != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() != "strike":
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in _STRUCK_OFF for c in tok.children):
        return False
    objs = _children(tok, {"dobj", "nsubjpass"})
    return bool(objs) and not any(o.pos_ in ("PRON", "PROPN") or o.ent_type_ in ("PERSON", "NORP")
                                  or o.lemma_.lower() in _PEOPLE_STRUCK for o in objs)


# (session 25) verbs by which the one asked answers a request: acting on it, heeding or granting it
_ACTING_ON = {"act", "move", "respond", "react", "proceed", "comply"}
_HEEDING = {"heed", "honour", "honor", "answer", "grant", "fulfil", "fulfill", "obey", "follow", "execute"}


def answered_request(tok: Token, event_type: str) -> bool:
    """Whether a request noun with no asker named is what its subject acts on or heeds ("Manila had
    acted on a request relayed through Interpol", "the bank honoured the demand"): the act told is
    the answer; the request is an earlier one referred back to, and reading it again gives the one
    asked as the asker. With the asker named ("acted on a request from Washington") it stays."""
    if event_type != "REQUEST" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ASKINGS:
        return False
    if any(c.dep_ == "poss" for c in tok.children) or _prep_objects(tok, {"from", "by", "of"}):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon", "to", "with"):
        return tok.head.head.lemma_.lower() in _ACTING_ON
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HEEDING


_RELYING = {"rely", "depend", "count", "lean", "reliance", "dependence", "dependency"}


def relied_on(tok: Token, event_type: str) -> bool:
    """Whether a help noun is what someone relies or depends on ("Cairo, which relies on Gulf
    financial support", "its dependence on Russian aid"). Why: leaning on help is a standing state of
    the one helped; it tells of no giving at a time, and the helper is only a modifier."""
    if event_type not in ("SUPPORT", "AID", "COOPERATE") or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "conj":
        tok = tok.head  # "relies on Western loans and support"
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "upon"):
        return False
    return tok.head.head.lemma_.lower() in _RELYING


_RELATIVES = {"which", "that"}
_SHIELDING = {"protect", "safeguard", "defend", "uphold", "guarantee", "preserve", "secure", "shield", "guard"}


def _paper_doer(verb: Token) -> bool:
    """Whether the doer of a verb of shielding is a ruling or a law reached through "which" ("the
    ruling, which he said protected its rights", "a law that shields officials"): a paper's effect,
    told by the one who praises it, is no aid or support given by anyone (the parser may hand the
    verb to "he")."""
    if verb.lemma_.lower() not in _SHIELDING:
        return False  # "a bill that would fund the Afghan army": money a law moves is aid all the same
    rel = verb
    if verb.dep_ in ("xcomp", "ccomp") and not _children(verb, _SUBJ):
        rel = verb.head  # "which he said protected": the relative clause is the saying verb's
    if rel.dep_ != "relcl" or not any(c.lower_ in _RELATIVES for c in _children(rel, _SUBJ)):
        return False
    owner = rel.head.lemma_.lower()
    return owner in _RULINGS or owner in _LAWS


# deeds one answers: "the move was met by force", "the proposal was met with silence"
_DEEDS_MET = {"move", "crossing", "attempt", "incursion", "attack", "aggression", "provocation", "violation",
              "breach", "advance", "step", "action", "act", "demand", "proposal", "offer", "request", "call",
              "plea", "announcement", "decision", "news", "protest", "plan", "idea", "incident", "intrusion"}


def _met_deed(verb: Token) -> bool:
    """Whether passive "met" has a deed as its subject ("any crossing would be met by the army"):
    the deed is answered, often by force, so no one meets anyone for talks."""
    return any(s.lemma_.lower() in _DEEDS_MET for s in _children(verb, {"nsubjpass"}))


# adverbs and particles that turn "back" from backing into pulling back: "backing away from a pledge"
_BACKING_OFF = frozenset({"away", "off", "out"})


def backed_off(tok: Token, event_type: str) -> bool:
    """Whether "back" is "back away / off / out (of)" ("backing away from a pledge", "backed out of
    the deal"). Why: pulling back from a promise or a plan is the opposite of backing anyone, so it is
    no SUPPORT."""
    return event_type == "SUPPORT" and tok.pos_ == "VERB" and tok.lemma_.lower() == "back" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _BACKING_OFF for c in tok.children)


# crimes and threats a state "fights" as policy: no armed foe is named (session 19)
# (session 31) moves in politics or in court one "fights" or "battles" with votes and lawyers, not arms
_POLITICAL_MOVES = frozenset({"attempt", "bid", "effort", "move", "motion", "challenge", "vote", "charge", "case",
                              "lawsuit", "suit", "allegation", "accusation", "impeachment", "extradition", "bill",
                              "ruling", "verdict", "conviction", "proposal", "measure",
                              # (session 42) races and cases one contests: "will fight the next election"
                              "election", "poll", "by-election", "referendum", "campaign", "race", "primary",
                              "seat", "constituency", "ballot", "indictment", "prosecution", "sentence",
                              "deportation", "eviction", "dismissal", "ban", "decision", "order", "appeal"})
_SCOURGES = {"terrorism", "terror", "extremism", "radicalism", "trafficking", "smuggling", "crime", "piracy",
             "insurgency", "narcotic", "narco-trafficking", "banditry", "cybercrime", "fraud", "money-laundering",
             "laundering"}
# what a state is said to seek as an aim (analysts' reading), not a demand made of anyone
_SWAY = {"leverage", "influence", "clout", "foothold", "sway", "edge", "advantage", "dominance", "prestige",
         "standing", "relevance"}
# (session 35) courses one looks for ("seek a way forward", "seek a path out of the crisis")
_COURSES = frozenset({"way", "path", "route"})
# a generic class of people a relative clause describes ("those who finance them")
_GENERIC_CLASS = (_NO_ONE_IN_PARTICULAR - {"all"}) | {"people"}
_BACKING_TYPES = {"AID", "SUPPORT"}
_CAUSAL_HEADS = {"because", "due", "owing"}


_MOOD_VERBS = {"be", "stay", "remain", "feel", "keep", "become", "get"}


def _mood_asked(verb: Token) -> bool:
    """"I ask you not to be afraid", "we urge you to stay strong": asking the listener ("you") to be
    or feel something asks no party for an act (a speaker's rhetoric); "asked you to leave" asks one."""
    if not any(o.lower_ == "you" for o in _children(verb, {"dobj", "nsubj"}) if o.i > verb.i) \
            and not any(o.lower_ == "you" for c in _children(verb, {"ccomp", "xcomp"}) for o in _children(c, _SUBJ)):
        return False
    comps = _children(verb, {"xcomp", "ccomp"})
    return bool(comps) and all(c.lemma_.lower() in _MOOD_VERBS and _children(c, {"acomp"})
                               and not _children(c, {"dobj", "prep"}) for c in comps)


def unnamed_backers(tok: Token, event_type: str) -> bool:
    """"sanctions on gang leaders and those who finance them": a relative clause on a generic class
    of people says who a measure covers; it names no giver and tells no act of aid or support."""
    return event_type in _BACKING_TYPES and tok.dep_ == "relcl" and tok.head.lower_ in _GENERIC_CLASS \
        and any(c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") for c in tok.children)


def shooter_untold(tok: Token, event_type: str) -> bool:
    """"closed his shop because of shooting", "fled due to gunfire": violence named only as a cause,
    with no shooter, target or article of its own, is background, no attack by the one who reacts
    ("because of shooting by soldiers" names its doer and stays)."""
    if event_type != "ASSAULT" or tok.tag_ not in ("NN", "VBG") or tok.dep_ not in ("pobj", "pcomp"):
        return False
    prep = tok.head
    causal = prep.lower_ in _CAUSAL_HEADS or prep.head.lower_ in _CAUSAL_HEADS
    told = any(c.dep_ in ("det", "poss", "compound", "agent", "dobj") or c.dep_ in _SUBJ
               or c.dep_ == "prep" and c.lower_ in _AIMED_PREPS for c in tok.children)
    return causal and not told


_AIMED_PREPS = {"by", "at", "on", "against", "from", "between", "of", "into"}


# verbs whose negated passive asks for anonymity: "asked not to be named"
_NAMINGS = frozenset({"name", "identify", "quote", "cite"})
# omissions of one's own duties: "failed to report the donations" (a charge of neglect, no refusal)
_DUTIES = frozenset({"report", "declare", "disclose", "register", "file", "submit", "notify", "record", "pay",
                     "account", "justify", "list"})
# nouns whose "to" clause only names a claimed entitlement: "a right to defend the islands" is no verbal
# support (CAMEO 052); "reserves the right to strike" stays a conditional act of force
_ENTITLEMENTS = frozenset({"right", "duty", "obligation", "freedom", "entitlement", "prerogative"})
# agent nouns that describe a person by a record of acts: "the planner of several bombings"
_RECORD_AGENTS = frozenset({"planner", "mastermind", "organiser", "organizer", "architect", "plotter",
                            "veteran", "perpetrator"})
# media that are "shared" on the internet: how news spread, no sharing between parties
_MEDIA = frozenset({"video", "footage", "image", "photo", "photograph", "picture", "clip", "post", "recording",
                    "tweet", "message", "meme", "screenshot"})
# goods a trader sends to buyers: commerce, no aid
_WARES = frozenset({"fruit", "vegetable", "produce", "merchandise", "wares", "crop", "harvest", "grape",
                    "apple", "melon", "carpet", "textile"})
_MARKETS = frozenset({"market", "buyer", "customer", "shop", "store", "bazaar", "trader", "wholesaler"})
# those reached by phone for a story: the speaker tells the news, no one is consulted
_PRESS = frozenset({"reporter", "journalist", "correspondent", "agency", "newspaper", "press", "media",
                    "television", "radio", "broadcaster", "outlet"})
# verbs of backing whose participle only labels a force by its patron
_BACKINGS = frozenset({"back", "support", "fund", "arm", "sponsor", "finance", "train", "equip"})


def _press_aside(verb: Token) -> bool:
    """Whether "speaking"/"talking" is a participle aside on a quoted speaker with no one spoken with
    but the press ("said the commander, speaking by telephone"): how the news was told, no talks."""
    return verb.lemma_.lower() in ("speak", "talk") and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") \
        and not _prep_objects(verb, {"with"}) \
        and all(o.lemma_.lower() in _PRESS or o.ent_type_ == "ORG" for o in _prep_objects(verb, {"to"}))


def aside_not_act(tok: Token, event_type: str) -> bool:
    """Whether a trigger word sits in an aside that reports no act between parties (session 19 T1):
    a source who "asked not to be named", a claim "not up for discussion", an alleged failure "to
    report" funds, "a right to defend" the islands, "the planner of several bombings" (a description),
    videos "shared on social media", a trader who "sends fruit to markets", a commander "speaking by
    telephone" to the reporter, and "a force backed by the UAE" (an appositive label). The near misses
    stay: "asked Turkey to explain", "talks held for discussion", "failed to agree", "vowed to defend",
    "shared intelligence", "sent troops", "spoke by phone with Erdogan", "forces backed by the UAE took"."""
    lemma = tok.lemma_.lower()
    head = tok.head
    if event_type == "REQUEST" and lemma == "ask" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _NAMINGS and any(g.dep_ == "neg" for g in c.children)
            for c in tok.children):
        return True
    if event_type == "REJECT" and lemma in ("decline", "refuse") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _NAMINGS and any(g.dep_ == "auxpass" for g in c.children)
            for c in tok.children):
        return True  # (session 28) "declining to be named": a source's anonymity, nothing refused anyone
    if event_type == "CONSULT" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and head.lower_ in ("for", "to") \
            and head.head.lower_ in ("up", "open"):
        return True
    if event_type == "REJECT" and lemma == "fail" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _DUTIES for c in tok.children):
        return True
    if event_type == "SUPPORT" and tok.pos_ == "VERB" and tok.dep_ == "acl" and head.lemma_.lower() in _ENTITLEMENTS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "pobj" and head.lower_ == "of" \
            and head.head.lemma_.lower() in _RECORD_AGENTS:
        return True
    if event_type == "COOPERATE" and lemma == "share" and tok.pos_ == "VERB" and (
            (tok.dep_ == "acl" and head.lemma_.lower() in _MEDIA)
            or any(o.lemma_.lower() in _MEDIA for o in _children(tok, {"dobj", "nsubjpass"}))):
        return True
    if event_type == "AID" and lemma in ("send", "ship", "sell", "export") and tok.pos_ == "VERB" and (
            any(o.lemma_.lower() in _WARES for o in _children(tok, {"dobj"}))
            or any(o.lemma_.lower() in _MARKETS for o in _prep_objects(tok, {"to"}))):
        return True
    if event_type == "CONSULT" and (_press_aside(tok) or (
            tok.pos_ == "NOUN" and tok.dep_ == "pobj" and head.lower_ == "by" and _press_aside(head.head))):
        return True  # ("speaking by telephone from the town": the phone noun is the same aside)
    if tok.pos_ == "NOUN" and any(a.lemma_.lower() in _DUTIES and a.dep_ == "xcomp" and a.head.lemma_.lower() == "fail"
                                  for a in tok.ancestors):
        return True  # ("failed to report the origin of donations": what went unreported is no act either)
    if event_type in ("AID", "SUPPORT") and lemma in _BACKINGS and tok.tag_ == "VBN" and tok.dep_ == "acl" \
            and head.dep_ == "appos" and not any(c.ent_type_ in ("DATE", "TIME") for c in tok.subtree):
        return True
    return event_type in ("AID", "SUPPORT", "AGREE") and _patron_label(tok)


# verbs of a told deed whose subject a "backed by" participle may describe ("forces backed by air
# strikes recaptured the town"): the backing is part of the deed; "remain", "control" tell a state
_STATE_VERBS = frozenset({"be", "have", "remain", "control", "hold", "number", "include", "stay", "exist"})


def _patron_label(tok: Token) -> bool:
    """Whether "backed" is a participle that labels a thing or a body by its patron ("a peace
    committee backed by the regional bloc", "about 800 troops, backed by 70 police officers", "a
    U.S.-backed plan", "the police would remain in charge, backed by the military").

    Why (session 24, judged fresh news): such a participle describes what the noun is, not a
    backing done at a time; judges marked every one no event. The near miss stays: a force's
    backing told with its dated deed ("government forces backed by coalition air strikes
    recaptured the town"), where the noun is the subject of a past act.
    """
    if tok.lemma_.lower() != "back" and tok.lower_.rsplit("-", 1)[-1] != "backed":
        return False
    if any(c.ent_type_ in ("DATE", "TIME") for c in tok.subtree):
        return False
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a U.S.-backed plan"
    if tok.tag_ == "VBN" and tok.dep_ == "relcl" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")
                                                         for c in tok.children):
        return True  # (session 26) "the administration, which is backed by the parliament": a standing patron
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "advcl") or _children(tok, {"auxpass", "nsubjpass", "aux"}):
        return False
    noun = tok.head
    deed = noun.head if noun.dep_ in _SUBJ else None
    return not (tok.dep_ == "acl" and deed is not None and deed.tag_ == "VBD"
                and deed.lemma_.lower() not in _STATE_VERBS)


# verbs of pressing someone on, and the forces of nature or hardship that "push" people without asking
_PUSHING = {"push", "press", "drive", "force", "compel"}
_PUSHING_CAUSES = _DISASTER_WORDS | _WEATHER | {"hunger", "poverty", "heat", "shortage", "scarcity", "inflation",
                                                 "price", "cost", "insecurity", "climate"}


_BLOCS = {"alliance", "coalition", "bloc", "front"}


def _named_bloc_doer(noun: Token) -> bool:
    """An alliance noun carrying a proper name and standing as a clause's subject ("Dissanayake's
    National People's Power alliance holds three seats").

    Why: a named alliance that does something is a party (the actor), not the making of a pact; "two
    states formed an alliance" and an alliance whose members are told ("of A and B") keep theirs.
    """
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _BLOCS and noun.dep_ == "nsubj" and any(
        c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in noun.children) \
        and not _prep_objects(noun, {"of", "between", "with"})  # "Scholz's alliance of SPD and Greens": members told


def _natural_cause(verb: Token) -> bool:
    """Whether the one that "pushes" is a hardship (drought, famine, prices), read from the verb's own
    subject or, for an "-ing" clause hung on another verb, from that verb's subject.

    Why: REQUEST needs a party that appeals or demands; a drought that pushes herders further only
    explains what people did.
    """
    doers = _children(verb, {"nsubj"})
    if not doers and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        doers = _children(verb.head, {"nsubj"})
    return any(d.lemma_.lower() in _PUSHING_CAUSES or d.lower_ in _PUSHING_CAUSES for d in doers)


# (session 22) adjectives of likeness: a gerund they compare names a notion, not a deed
_LIKENESS = frozenset({"same", "different", "equal", "similar", "identical", "distinct"})


def _compared_notion(tok: Token) -> bool:
    """Whether a gerund is only what something is likened to or told apart from ("talking to
    everyone is not the same as agreeing with everyone", "different from supporting the war").
    Why: the comparison defines a notion; no one is said to agree or support."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in ("as", "from", "to") \
        and tok.head.head.lemma_.lower() in _LIKENESS


_SCORN = frozenset({"mock", "ridicule", "deride", "insult"})


def _scorn_gerund(tok: Token) -> bool:
    """(session 25) Whether a verb of scorn is a gerund ("insulting the king carries a penalty",
    "accused them of insulting Hungary"): it names scorn in general or a deed charged, while the
    scorn told as done is a finite verb ("posts that mocked the prime minister")."""
    return tok.tag_ == "VBG" and tok.lemma_.lower() in _SCORN


def named_not_asked(tok: Token, event_type: str) -> bool:
    """(session 27) "called Tuesday a dark day for democracy": "call" with a predicate noun or
    adjective names or judges something; it asks nothing, even when a "for" phrase follows."""
    return event_type == "REQUEST" and tok.lemma_.lower() == "call" and not _called_on_to_act(tok) \
        and any(c.pos_ in ("NOUN", "PROPN", "ADJ") and (c.dep_ == "acomp" or characterising_verb(c) == tok)
                for c in tok.children)  # ("was called home": a recall, by the adverb)


def _called_on_to_act(call: Token) -> bool:
    """(session 35) "called on Syria to withdraw its troops, a decision Damascus said it would ignore":
    "call on" someone with a "to" infinitive always asks; a noun after the comma that the small model
    hangs on "called" as its predicate sums up the appeal, it names nothing the caller was called."""
    return any(_to_infinitive(c) for c in _children(call, {"xcomp", "ccomp", "advcl"})) \
        and any(p.lower_ in ("on", "upon") for p in _children(call, {"prep"}) if _children(p, {"pobj"}))


# what "send" moves when it carries no goods, people or money: "sent a chill through newsrooms",
# "sent shock waves through the markets", "sent a signal to Moscow"
_SENT_FEELINGS = frozenset({"chill", "chills", "shiver", "shivers", "shock", "shockwave", "shockwaves", "wave",
                            "waves", "shudder", "shudders", "ripple", "ripples", "jitters", "signal", "signals"})
_CELLS = frozenset({"prison", "jail", "gaol"})


def sent_no_goods(tok: Token, event_type: str) -> bool:
    """(session 27) "send" as giving aid needs something given: a feeling or signal sent through a
    place ("sent a chill through newsrooms") is a figure of speech, and "sent to prison" is a jailing
    (a description in "the first leader sent to prison"), never aid."""
    if event_type != "AID" or tok.lemma_.lower() not in ("send", "dispatch"):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in _SENT_FEELINGS for c in tok.children):
        return True
    if sent_to_court(tok):
        return True  # (session 42) "her case has been sent to court": a step of a case, no aid
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "back") and g.dep_ == "pobj"
               and g.lemma_.lower() in _CELLS for c in tok.children for g in c.children)


def work_against(tok: Token, event_type: str) -> bool:
    """(session 27) "stop work" is a strike, but "never stopped working against Algeria" or "stopped
    working for the firm" tells a campaign or a job: the gerund aimed at or done for someone is no
    walkout."""
    return event_type == "PROTEST" and tok.lemma_.lower() == "stop" and any(
        c.tag_ == "VBG" and c.lemma_.lower() == "work" and any(
            p.dep_ == "prep" and p.lower_ in ("against", "for", "with", "toward", "towards") for p in c.children)
        for c in tok.children)


# (session 28) what one does to other people's calls without talking to anyone
_SURVEILLING = frozenset({"intercept", "monitor", "tap", "wiretap", "eavesdrop", "bug", "surveil", "hack",
                          "listen"})
_LINES = frozenset({"call", "conversation", "communication", "message", "phone", "telephone", "email", "line"})


def overheard_talk(tok: Token, event_type: str) -> bool:
    """Whether a talk noun is what someone intercepts or taps ("lets the authorities intercept
    suspects' phone calls"): the callers' talk is the object of surveillance, no consultation told."""
    if event_type != "CONSULT" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _LINES:
        return False
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in", "on") else tok.head
    return tok.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_.lower() in _SURVEILLING


# (session 28) where a single "tie" is a level score, not a bond between parties
_TALLIES = frozenset({"vote", "ballot", "score", "match", "game", "round", "count", "tally", "poll", "runoff"})


def level_tally(tok: Token, event_type: str) -> bool:
    """Whether "tie" is a level count ("the deciding vote after a 36-36 tie"): only ties in the
    plural, or one tie with a partner, bind parties (CAMEO 06); a drawn vote binds no one."""
    if event_type != "COOPERATE" or tok.lemma_.lower() != "tie" or tok.tag_ != "NN":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "to") for c in tok.children):
        return False
    return any(c.dep_ == "nummod" for c in tok.children) or any(
        t.lemma_.lower() in _TALLIES for t in tok.sent)


# (session 28) what a force stands ready to do on its own ground: a posture, no help offered
_GUARDING = frozenset({"defend", "fight", "protect", "repel", "resist", "retaliate", "respond", "guard",
                       "safeguard", "counter", "confront"})
_OWN_GROUND = frozenset({"territory", "border", "land", "soil", "country", "nation", "homeland", "sovereignty",
                         "inch", "frontier", "integrity", "position", "city", "capital", "town", "itself",
                         "themselves", "people", "independence", "ground"})


def ready_to_fight(tok: Token, event_type: str) -> bool:
    """Whether readiness is to defend or fight ("the army remained ready to defend every inch"):
    CAMEO 03x is an intent to cooperate or help, and a force's readiness to fight promises no one anything."""
    if event_type not in ("AGREE", "SUPPORT"):
        return False
    if tok.dep_ == "xcomp" and tok.lemma_.lower() in _GUARDING:
        tok = tok.head  # the readiness coded on its complement ("ready to defend": AGREE on "defend")
    if tok.lemma_.lower() not in ("ready", "prepared", "poised", "willing"):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _GUARDING and all(
        o.lemma_.lower() in _OWN_GROUND for o in _children(c, {"dobj"})) for c in tok.children)


# (session 28) what is "released" to the public: words, pictures, talks on tape
_MADE_PUBLIC = _MEDIA | INFO | PHONES | {"call", "conversation", "tape", "transcript", "audio", "letter", "document",
                                     "report", "statement", "file", "memo", "email", "text", "excerpt", "clip",
                                     "footage", "minute"}


def released_record(tok: Token, event_type: str) -> bool:
    """Whether "released" describes a record made public ("the call, recorded in June and later
    released by Hun Sen"): a participle on a talk or tape frees no one (CAMEO 0841 is of people)."""
    if event_type != "RETREAT" or tok.lemma_.lower() != "release":
        return False
    if lemmas(_children(tok, {"dobj", "nsubjpass"})) & _MADE_PUBLIC:
        return True  # (session 47) "The White House released excerpts of the speech"
    if tok.tag_ != "VBN":
        return False
    part = tok
    while part.dep_ == "conj" and part.head.tag_ == "VBN":
        part = part.head
    if part.dep_ in ("acl", "relcl"):
        return part.head.lemma_.lower() in _MADE_PUBLIC
    if part.dep_ != "advcl" or _children(part, {"nsubj", "nsubjpass"}):
        return False
    # "In the call, recorded in June and later released by Hun Sen, she ...": the small model hangs
    # the participles on the main verb; the noun just before them is what they describe
    before = part.left_edge.i - 1
    while before >= 0 and tok.doc[before].is_punct:
        before -= 1
    return before >= 0 and tok.doc[before].pos_ == "NOUN" and tok.doc[before].lemma_.lower() in _MADE_PUBLIC


# (session 28) who sits in judgement, and what is brought before them
_BENCHES = frozenset({"court", "judge", "tribunal", "bench", "justice", "panel", "magistrate", "jury", "chamber"})
_BROUGHT = frozenset({"case", "lawsuit", "suit", "petition", "complaint", "appeal", "motion", "filing", "challenge",
                      "application", "claim", "referral"})


def case_taken_up(tok: Token, event_type: str) -> bool:
    """Whether a court "accepts" or "admits" a case ("the judges voted to accept the case"): a step
    of procedure that takes a suit up, no concession to anyone (CAMEO 08 yields to a demand)."""
    if event_type != "CONCEDE" or tok.lemma_.lower() not in ("accept", "admit") or tok.pos_ != "VERB":
        return False
    if not any(o.lemma_.lower() in _BROUGHT for o in _children(tok, {"dobj", "nsubjpass"})):
        return False
    doer = _doer(tok)
    if doer is None and tok.dep_ in ("xcomp", "conj"):
        doer = next(iter(_children(tok.head, _SUBJ)), None)  # "the judges voted to accept the case"
    if doer is None:
        doer = next((a for c in tok.children if c.dep_ == "agent" for a in _children(c, {"pobj"})), None)
    return doer is not None and doer.lemma_.lower() in _BENCHES


# (session 34) rulings that end a dispute by award, and those who hand them down
_RULINGS = frozenset({"ruling", "award", "verdict", "judgment", "judgement", "arbitration", "arbitrator"})


def dispute_ruled(tok: Token, event_type: str) -> bool:
    """Whether a court's or tribunal's award "settles" a dispute ("an arbitration court awarded
    Slovenia most of the bay, settling a border dispute"; "the ruling settled the row"): a third
    party's decision ends it, the disputants agree to nothing (AGREE needs their consent). The
    settling clause shares the subject of the verb it hangs on."""
    if event_type != "AGREE" or tok.lemma_.lower() not in ("settle", "resolve", "end") or tok.pos_ != "VERB":
        return False
    doer, head = _doer(tok), tok.head
    if doer is None and tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ in ("VBG", "VBD", "VBZ", "VB"):
        doer = next(iter(_children(head, _SUBJ)), None)
    # ("THE HAGUE, June 29 (Wire) - An arbitration court ...": the court as the dateline's apposition)
    return doer is not None and any(d.lemma_.lower() in _BENCHES | _RULINGS for d in (doer, *_children(doer, {"appos"})))


# (session 28) nouns that sum up a party's past conduct as a whole
_PAST_CONDUCT = frozenset({"history", "pattern", "legacy", "culture", "habit", "tradition", "practice"})


def _plural_after_of(tok: Token) -> bool:
    """Whether an act noun is a plural object of "of" ("a history of arrests", "one of the
    largest protests"): the shape in which a noun names a kind of act, not one act."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of"


def past_record(tok: Token, event_type: str) -> bool:
    """Whether an act noun is what a party has "a history of" ("security forces with a history of
    arbitrary arrests", "a pattern of abuses"): a record of conduct, no act told with a date."""
    if not _plural_after_of(tok):
        return False
    summary = tok.head.head
    return summary.pos_ == "NOUN" and summary.lemma_.lower() in _PAST_CONDUCT or (
        summary.lemma_.lower() == "record" and any(c.lower_ == "track" for c in summary.children))


def ranked_among(tok: Token) -> bool:
    """Whether an act noun only ranks a thing told before among its kind ("making it one of the
    largest protests ever seen", "one of the deadliest attacks in years"): a comparison, and its
    doer is not whoever the clause is about (the police who estimated the crowd protest nothing)."""
    if not _plural_after_of(tok):
        return False
    one = tok.head.head
    if one.lower_ != "one" or one.dep_ not in ("ccomp", "attr", "oprd", "xcomp"):
        return False  # ("in one of its biggest air attacks" names the act itself, told with its doer)
    # only a thing pointed back at is ranked ("making it one of", "it was one of"); "the Norwegian
    # government is one of the largest donors" names a party as the doer
    said_of = _children(one, {"nsubj"}) + (_children(one.head, {"nsubj"}) if one.dep_ == "attr" else [])
    return any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children) \
        and not any(c.dep_ == "poss" for c in tok.children) and any(w.lower_ in ("it", "this", "that") for w in said_of)


def vowed_resolve(tok: Token, event_type: str) -> bool:
    """Whether "will not back down" only vows resolve ("We will not back down in this war against
    the gangs"): with no demand or point named ("on", "from", "over"), nothing is refused anyone."""
    if event_type not in ("CONCEDE", "SUPPORT") or tok.lemma_.lower() != "back" or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return False
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return False
    return not _prep_objects(tok, {"on", "from", "over"}) and not _children(tok, {"dobj", "xcomp"})


def envoy_sent_off(give: Token) -> bool:
    """Whether the one "given" days is an envoy and the days are to leave ("gave the ambassador 48
    hours to leave the country"): a host state's deadline to its guest envoy is his expulsion
    (session 28), coded as "ordered the ambassador to leave" is."""
    given = _children(give, {"dative", "dobj"})
    leaving = any(t.lemma_.lower() == "leave" and t.pos_ == "VERB" for t in give.subtree)
    return leaving and any(g.lemma_.lower() in _ENVOYS for g in given)


def _state_halted_flights(tok: Token, doer: Token | None, what: Token) -> bool:
    """(session 28) "Kinshasa suspended RwandAir flights", "Moscow halted flights to Georgia": a state
    (a country or capital name as subject) that stops another party's flights or flights to a foreign place cuts a
    tie, a sanction; an airline cancelling its own flights ("the carrier suspended flights to Paris")
    stays a routine halt; "prompting Kinshasa to suspend flights by RwandAir": the one prompted halts."""
    forms = country_forms()
    if doer is None and tok.dep_ == "xcomp":
        doer = next(iter(_children(tok.head, {"dobj"})), None)
    if doer is None or doer.text not in forms or what.lemma_.lower() != "flight":
        return False
    named = [c for c in what.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    named += [o for p in what.children if p.dep_ == "prep" and p.lower_ in ("to", "from", "by")
              for o in p.children if o.dep_ == "pobj" and (o.text in forms or o.pos_ == "PROPN")]
    return any(o.text not in forms or forms[o.text].iso3 != forms[doer.text].iso3 for o in named)


def _hanged_person(tok: Token, what: Token | None) -> bool:
    """(session 32) Whether "hang" tells an execution: a person hanged ("hanged a Malaysian
    convicted of trafficking", "was hanged on March 30", "has hanged a vulnerable man"), with no
    particle of the everyday senses ("hang up", "hang on") and no reflexive object (a suicide)."""
    if what is None or any(c.dep_ == "prt" for c in tok.children):
        return False
    if what.lower_ in ("himself", "herself", "themselves"):
        return False
    return what.ent_type_ in ("PERSON", "NORP") or what.lower_ in ("him", "her", "them", "he", "she", "they") \
        or what.lemma_.lower() in word_list("hanged_people")


# (session 33) verbs of putting ties or aid under review
_REVIEWING = word_list("reviewing")


def _review_under_way(tok: Token) -> bool:
    """(session 34) Whether ties are under a review still going on ("said it was reviewing
    assistance worth $20 million", "is reviewing its aid"): the cut is held out, a warning (1311) as
    "ready to review" is; a review done ("reviewed its aid") stays no act."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)


def _course_sought(tok: Token) -> bool:
    """(session 35) Whether "seek" looks for a course ("seek a way forward", "seek a path out"),
    also when the small model hangs "a way" on "forward" as a measure of it."""
    return any(o.lemma_.lower() in _COURSES for o in _children(tok, {"dobj"})) or any(
        n.lemma_.lower() in _COURSES for a in _children(tok, {"advmod"}) for n in _children(a, {"npadvmod"}))


def other_sense(tok: Token, event_type: str) -> bool:
    """Whether a trigger verb is used in an everyday sense that is no political event.

    A law that allows something is no one's concession; hosting a show, cancelling classes,
    recalling a scientist to a lab, retreating from a goal are ordinary acts, not visits,
    sanctions or military retreats.
    """
    lemma = tok.lemma_.lower()
    if thing_as_party(tok, event_type) or routine_dealings(tok, event_type) or no_crowd(tok, event_type):
        return True
    if failed_truce(tok) or kept_truce(tok) or backed_off(tok, event_type):
        return True
    if celebratory_fire(tok):
        return True  # (session 44) "fired guns into the air in celebration"
    if broken_truce(tok) or detention_left(tok, event_type) or refuge_sought(tok, event_type) \
            or praise_word_only_named(tok, event_type) or comes_back_to(tok) or kind_of_money(tok) \
            or counted_on_for_nothing(tok, event_type) or campaign_setting(tok) or campaign_rally(tok, event_type) \
            or bench_ruling_only(tok, event_type) or business_accepted(tok, event_type) or aim_named(tok):
        return True  # (session 43) "broke the truce", "released from house arrest", "sought refuge"
    if unshut_body(tok, event_type) or untold_coup(tok) or lawful_takeover(tok) or working_life(tok, event_type) \
            or encouraging_thing(tok, event_type):
        return True
    if exempted_measure(tok, event_type) or held_ties(tok, event_type) or disaster_toll(tok, event_type) \
            or paused_no_ties(tok, event_type):
        return True
    if relied_on(tok, event_type) or turned_down_request(tok, event_type) or answered_request(tok, event_type) \
            or anyone_convicted(tok, event_type) or dispute_ruled(tok, event_type):
        return True
    if unnamed_backers(tok, event_type) or shooter_untold(tok, event_type):
        return True
    if aside_not_act(tok, event_type):
        return True
    if label_or_aside(tok, event_type) or setting_or_fear(tok, event_type):
        return True
    if _scorn_gerund(tok) or _struck_from_record(tok, event_type):
        return True
    if named_not_asked(tok, event_type) or sent_no_goods(tok, event_type) or work_against(tok, event_type):
        return True
    if overheard_talk(tok, event_type) or level_tally(tok, event_type) or ready_to_fight(tok, event_type) \
            or released_record(tok, event_type) or case_taken_up(tok, event_type) or vowed_resolve(tok, event_type) \
            or past_record(tok, event_type) or ranked_among(tok):
        return True
    if mood_or_amount(tok, event_type):
        return True  # (session 31) "rose on relief that", "enter at zero tariff", "push up prices"
    if not_a_deed(tok, event_type):
        return True  # (session 30) "every measure bar an invasion", "it must be rejected that", "treaties it has signed"
    if _compared_notion(tok):
        return True  # (session 22) "that is not the same as agreeing with everyone": a notion compared, no act
    if event_type == "COOPERATE" and _named_bloc_doer(tok):
        return True  # "the National Power alliance holds three seats": a party's name, no pact made
    if lemma == "vigil" and event_type == "PROTEST" and not _before_seat_of_power(tok):
        return True  # (session 32) "a vigil for the victims": mourning; only one held before a seat of power protests
    if tok.pos_ != "VERB":
        return False
    if event_type == "REQUEST" and lemma in _PUSHING and _natural_cause(tok):
        return True  # "the drought has killed livestock, pushing herders to move": a cause, no one's appeal
    doer, what = _doer(tok), _undergoer(tok)
    if lemma == "hang" and event_type == "ASSAULT" and not _hanged_person(tok, what):
        return True  # (session 32) "hung a banner", "hang up", "hanging over the talks": no execution
    if event_type == "ACCUSE" and lemma in _NAMING | _VIEWING and any(
            c.tag_ == "WP" for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        return True  # "in response to what it called U.S. provocations": the writer's attribution of a name
    if lemma == "cross" and event_type == "COERCE" and not (doer is not None and (
            doer.lemma_.lower() in TROOPS or _armed_foes(doer))):
        return True  # "migrants crossed into Greek territory": only an armed force's crossing is an incursion
    if lemma in ("close", "seal", "shut") and event_type == "COERCE" and doer is not None and (
            doer.lemma_.lower() in _WEATHER or doer.lemma_.lower() in word_list("mishaps")):
        return True  # "heavy snow closed the border crossing": weather shuts a road, no state restricts it
    if lemma == "inspect" and event_type == "ACCUSE" and _verification(tok, doer):
        return True  # "IAEA monitors inspected the site", "agreed to let them inspect": checking, not accusing
    if lemma in PERMIT and _enabler(tok, doer):
        return True  # "a bill that would allow China to extradite", "a licence allowing him to buy": the text permits
    if what is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        what = tok.head  # "a show hosted by two comics": the noun the participle hangs on
    if lemma == "offer" and what is not None and what.pos_ in ("NOUN", "PROPN") and not (
            what.lemma_.lower() in _OFFERS | TROOPS or what.lower_ in _OFFERS or what.ent_type_ == "MONEY"
            or what.lemma_.lower() in context_words()):
        return True  # "offered a tour", "offered a prize": a thing on offer, not a political proposal
    if lemma == "drive" and event_type == "ASSAULT" and not _driven_people(what) and not _armed_foes(what):
        return True  # "drove the car out of the garage": a vehicle moved, no one expelled
    if lemma == "hold" and event_type == "ACCUSE" and not _children(tok, {"dobj"}):
        return True  # "will be held responsible for their safety": a warning of duty, no one blamed yet
    if lemma == "rampage" and doer is not None and (doer.lemma_.lower() in ANIMALS or doer.lower_ in ANIMALS):
        return True  # "an elephant rampaged through the village": no crowd, no protest
    if lemma in ("fight", "battle", "combat") and event_type == "ASSAULT":
        foes = [w for w in [what, *_prep_objects(tok, {"against", "with"})] if w is not None]
        foes += [o for c in _children(tok, {"conj"}) for o in _children(c, {"dobj"})]  # "battled and beat cancer"
        if any(w.lemma_.lower() in MISHAPS or w.lower_ in MISHAPS for w in foes):
            return True  # "battled cancer", "fought the blaze": an illness or a fire is no enemy
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in tok.children):
            return True  # "fighting for the day to be a holiday": a campaign, not combat
        if any(p.lemma_.lower() in _RIGHTS for p in _prep_objects(tok, {"for"})):
            return True  # "we still need to fight for adoption rights": a campaign, not combat
        if _prep_objects(tok, {"alongside"}) and what is None and not _prep_objects(tok, {"against", "with"}):
            return True  # (session 28) "accused of fighting alongside the FDLR": a comrade named, no foe
        if any(w.lemma_.lower() in _ILLS for w in foes):
            return True  # "fighting the root causes of migration", "to combat poverty": a policy aim, no foe
        if any(w.lemma_.lower() in _POLITICAL_MOVES for w in foes):
            return True  # (session 31) "battles an opposition attempt to remove him", "fought the charges": a contest
        foes += [c for w in foes for c in _children(w, {"conj"})]
        if foes and all(w.lemma_.lower() in _SCOURGES for w in foes):
            return True  # "help Kabul fight terrorism and drug trafficking": a crime fought is an aim, no foe
    if event_type == "REQUEST" and _mood_asked(tok):
        return True  # '"I ask you not to be afraid," he told reporters': a plea to a listener's mood
    if lemma == "seek" and event_type == "REQUEST" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _SWAY:
        return True  # "Moscow was seeking leverage in the region": an aim ascribed, nothing asked of anyone
    if lemma == "seek" and event_type == "REQUEST" and _course_sought(tok) \
            and not _children(tok, {"dative"}) and not _prep_objects(tok, {"from", "with"}):
        return True  # (session 35) "seek a way forward": a course looked for, nothing asked of anyone
    if lemma == "fire" and event_type == "ASSAULT" and what is not None and what.dep_ == "dobj" \
            and _office_held(what) and not _prep_objects(tok, {"at", "into"}):
        return True  # "fired his chief of staff", "fired Finance Minister Christian Lindner": a dismissal
    if lemma == "give" and event_type in ("AID", "AGREE") and any(c.dep_ == "prt" and c.lower_ == "away" for c in tok.children):
        return True  # (session 31) "has given away land", "gave away secrets": ceded or leaked, no aid
    if lemma == "strike" and event_type == "ASSAULT" and what is not None and _struck_down_text(tok, what):
        return True  # "the court can strike down Basic Laws": a ruling that voids a text, no blow
    if lemma in ("ease", "relax") and event_type == "CONCEDE" and what is not None \
            and what.lemma_.lower() in _STRAINS:
        return True  # "met to ease tensions", "eased traffic congestion": calming a strain, no concession
    if lemma == "evacuate" and event_type == "AID" and what is None and not _prep_objects(tok, {"from"}):
        return True  # "urged residents to evacuate": people leaving danger themselves, no help given
    if lemma == "withdraw" and event_type == "RETREAT" and what is not None \
            and what.lemma_.lower() in _NOTICES:
        return True  # "withdrew its storm warnings": a notice taken back, not troops pulled out
    if event_type in ("AID", "SUPPORT") and _paper_doer(tok):
        return True  # "the ruling, which he said protected the country's rights": the ruling's effect
    if lemma == "meet" and event_type in ("CONSULT", "AGREE") and _met_deed(tok):
        return True  # "any move across the border would be met by the police": a response, no talks
    sitter = doer
    if sitter is None and tok.dep_ == "xcomp":
        sitter = next(iter(_children(tok.head, _SUBJ | {"nsubjpass"})), None)  # "the Senate was set to meet"
    if lemma == "meet" and event_type in ("CONSULT", "AGREE") and what is None and sitter is not None \
            and sitter.lemma_.lower() in BODIES and sitter.tag_ in ("NN", "NNP") \
            and not _children(sitter, {"conj"}) and not _prep_objects(tok, {"with"}):
        return True  # "the Senate will meet on Monday": a body sitting, not talks with anyone
    if lemma == "fail" and any(c.lemma_.lower() in _MISSED for c in _children(tok, {"xcomp"})):
        return True  # "failed to win any seats", "failing to top 1% in the polls": a shortfall, no refusal
    if lemma == "plead" and any(c.lemma_.lower() in ("guilty", "innocent") for c in tok.children):
        return True  # "pleaded not guilty": a court plea, not an appeal
    if lemma == "share" and event_type == "COOPERATE" and what is not None and what.lemma_.lower() in POSTED:
        return True  # "shared a news article": posting, not sharing intelligence
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) \
            and what is not None and what.lemma_.lower() in _ROUTINE:
        return True  # "called off its search": the end of an operation, not a concession
    if lemma == "alleviate" and event_type == "AID" and not _relieved_hardship(what):
        return True  # "to alleviate concerns", "alleviate congestion": no one's hardship relieved
    if lemma in ("write", "channel") and event_type == "AID" and not _money_moved(tok, lemma):
        return True  # "wrote off the idea", "channelled their anger": no money forgiven or routed
    if lemma == "speak" and event_type == "CONSULT" and not by_phone(tok):
        return True  # "spoke by the river", "spoke over the noise": only a phone line makes it a talk
    if event_type == "AID" and lemma in _EXILE_GOERS and _into_exile(tok) and not exile_hosts(tok):
        return True  # (session 34, helper y) "fled into exile": a flight with no host state named
    if lemma == "call" and event_type == "CONSULT" and not _phone_call(tok):
        return True  # "called an election", "called it a day": only a call made to talk is a phone call
    if lemma == "host" and event_type == "CONSULT" and what is not None and what.lemma_.lower() in _SHOWS:
        return True  # "hosted a panel", "hosts a web series"
    if lemma in HALT and event_type == "SANCTION" and what is not None and what.lemma_.lower() in _ROUTINE \
            and not _state_halted_flights(tok, doer, what):
        return True  # "classes were cancelled", "search and rescue was suspended"
    if lemma == "recall" and event_type == "SANCTION" and not (
            what is not None and any(t.lemma_.lower() in _ENVOYS for t in what.subtree)):
        return True  # "was recalled to the institute": a recall of envoys is the sanction
    signed = what
    if signed is None and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
        signed = next(iter(_children(tok.head, {"nsubj"})), None)  # "it has to be signed": the holder's subject
    if lemma == "sign" and event_type == "SUPPORT" and signed is not None and _signed_thing(signed) in _LAWS:
        return True  # "signed a decree", "the budget ... must be signed by the president": law-making, no pact
    if lemma == "sign" and event_type == "SUPPORT" and signed is not None and _signed_thing(signed) in _SIGNED_WORDS:
        return True  # "signed the joint statement", "signed an open letter": the words are the act, no pact
    if lemma == "sign" and event_type == "SUPPORT" and _signed_into_law(tok):
        return True  # "signed into law an extension of his term": law-making at home, no pact
    if lemma == "cut" and any(c.lower_ == "across" for c in tok.children) \
            and not _children(tok, {"dobj", "nsubjpass"}):
        return True  # "cuts across the grain"; (session 31) "cut internet service across the country" cuts a thing
    if lemma == "give" and _prep_objects(tok, {"until", "till"}):
        return True  # "had given the government until Thursday": a deadline, not a gift
    if lemma == "talk" and event_type == "CONSULT" and _prep_objects(tok, {"of", "about"}) \
            and not _prep_objects(tok, {"with", "to"}) and doer is not None \
            and doer.tag_ not in ("NNS", "NNPS") and doer.lower_ not in ("we", "they"):
        return True  # "she talked of being cast": one speaker about something ("we are talking about" is talks)
    if lemma == "clash" and any(w is not None and (w.lemma_.lower() in _ABSTRACT or w.lower_ in _ABSTRACT)
                               for w in [doer, *_prep_objects(tok, {"with"})]):
        return True  # "his politics have clashed with their stances"
    if lemma in _REVIEWING and event_type == "SANCTION" and tok.tag_ != "VB" and not _review_under_way(tok):
        # (session 33) "reviewed its aid programme": a review done is no cut; only a review held
        # out ("ready to review its cooperation if ...", "will reconsider ties") is read, as a threat
        return True
    if lemma == "take" and event_type == "THREATEN" and not _veiled_threat(tok):
        return True  # "took steps to curb inflation": a policy act, not a warning to anyone
    if lemma == "retreat" and any(p.lemma_.lower() in _AIMS for p in _prep_objects(tok, {"from"})):
        return True  # "retreated from its goal": a change of mind, not a military retreat
    if lemma == "rap" and not tok.lower_.startswith("rape"):
        return True  # "rapped about the war": music; only "raped" (lemmatised "rap" by the small model) is rape
    if lemma == "ram" and event_type == "ASSAULT" and what is not None \
            and (what.lemma_.lower() in INSTRUMENTS or what.lemma_.lower() in ("point", "message", "home")):
        return True  # "rammed the bill through parliament", "rammed home the point": pushing words, no force
    if lemma in ("slam", "target") and event_type == "ASSAULT" and not _armed(tok):
        return True  # "the minister slammed into his rivals", "targeted young voters": words and campaigns
    if lemma == "thank" and event_type == "SUPPORT" and not (what is not None and _state_voice(what)) \
            and not thanked_person(tok, what, doer, _state_voice):
        # (session 40) "the king thanked him for his support": a leader's thanks to a leader is praise
        return True  # "thanked his supporters", "thank you for": courtesy; "thanked Lithuania for" praises a state
    if lemma == "bring" and event_type == "ACCUSE" and not _prep_objects(tok, {"against"}):
        return True  # "brought the case before the ECJ": a referral to a court, no suit against anyone
    if lemma == "play" and event_type == "CONSULT" and _hosted_venue(tok, doer):
        return True  # "Toronto played host to the tenth Furnal Equinox": a venue of a show, no visit
    if lemma == "leave" and event_type == "RETREAT" and not _troops_leave_land(tok, doer, what):
        return True  # "left the meeting", "left for Paris": only soldiers leaving a land withdraw
    if lemma in _GATHERINGS and event_type == "PROTEST" and not (_protest_aim(tok) or _before_seat_of_power(tok)):
        return True  # "fans thronged the stadium": a crowd with no grievance named is no rally
    if lemma == "protest" and event_type == "ACCUSE" and not _state_voice(doer):
        return True  # "workers protested to the mayor": a protest; "Algeria protested to France" complains
    if lemma == "close" and event_type == "COERCE" and (_children(tok, {"nsubjpass"}) and not any(
            c.dep_ == "agent" for c in tok.children) or _closed_for_safety(tok)):
        # "many schools were closed after the quake": a closure no one is said to impose; "closed all
        # schools to curb the measles outbreak": a health measure, not a restriction on anyone
        return True
    if lemma == "give" and event_type == "AGREE" and _children(tok, {"nsubjpass"}):
        return True  # "was given assurances from the US": the promise is the giver's, told from the receiver
    if lemma == "mend" and event_type == "SUPPORT" and not (what is not None and what.lower_ == "fences" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in what.children)):
        return True  # "attempting to mend a fence": repair work; "mended fences" with a rival is the idiom
    if lemma in _MANDATING and event_type == "REQUEST" and not _mandates(tok):
        return True  # "insisted it was innocent": speech; "insisted that Georgia open its border" asks
    if lemma == "meet" and event_type == "CONSULT" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _MET_GOALS:
        return True  # (session 26) "trying to meet targets", "met the deadline": a goal reached, no talks
    if lemma == "meet" and event_type == "CONSULT" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _MET_DUTIES and tok.tag_ in ("VBD", "VBN"):
        # (session 32) "had met its treaty obligations": a duty done, no talks; "will meet its
        # commitments" is left to the pledge reading
        return True
    if lemma == "cut" and event_type == "SANCTION" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _SEVERED:
        return True  # (session 26) "cutting the power cable": a thing severed, no aid or ties cut
    if lemma == "cut" and event_type == "SANCTION" and (
            what is not None and what.dep_ == "dobj" and what.lemma_.lower() in _ILLS
            or any(c.lower_ == "short" and c.dep_ in ("advmod", "acomp", "oprd", "xcomp", "amod")
                   for c in tok.children)):
        # (session 58) "cutting poverty sharply": an ill reduced; "cut short a visit to
        # Kazakhstan": a trip ended early, no sanction on the host
        return True
    if lemma == "return" and event_type == "RETREAT" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _BALLOT_RETURNS:
        return True  # (session 58) "constituencies returned a Yes majority": a vote's result, nothing handed back
    if lemma == "blame" and event_type == "ACCUSE" and what is not None and what.dep_ == "dobj" \
            and not _prep_objects(tok, {"on", "for"}) and what.lemma_.lower() in _FAULTS | MISHAPS:
        return True  # (session 26) "blamed a glitch in the payroll system": a cause named, no one accused
    if lemma == "welcome" and event_type == "SUPPORT" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _CHANCES:
        return True  # (session 26) "welcomed the chance to vote him out": a hope, no party backed
    if lemma in ("clash", "fight") and event_type == "ASSAULT" and _quarrel(tok, doer):
        return True  # (session 26) "judges clashed with the government", "politicians fight among themselves"
    return plain_sense(tok, event_type, doer, what) or errand(tok, event_type, doer, what) \
        or no_hand_given(tok, event_type, doer, what)


# (session 30) modals that make an impersonal passive the writer's own plea ("it must be rejected that")
_PLEA_MODALS = {"must", "should", "ought", "need", "can", "could"}
_PURSUITS = word_list("pursuits")


def _bar_as_except(tok: Token) -> bool:
    """Whether "bar" is the preposition "except": "every measure bar a military invasion", "all bar
    one". A bare "bar" (base verb or noun as the parser reads it) right after a noun, a pronoun or
    "all"/"any", with a noun phrase next and no subject or auxiliary of its own, bars no one."""
    if tok.lower_ != "bar" or tok.tag_ not in ("VB", "NN") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if not (before.pos_ in ("NOUN", "PROPN", "PRON") or before.lower_ in ("all", "any")):
        return False
    return after.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN")


def _excepted_by_bar(tok: Token) -> bool:
    """Whether a noun trigger is what "bar" excepts ("every tool bar a naval blockade"): the one
    thing not done."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for b in reversed(tok.doc[max(tok.sent.start, tok.i - 5):tok.i]):
        if _bar_as_except(b):
            return all(t.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") for t in tok.doc[b.i + 1:tok.i])
    return False


def _writer_plea(tok: Token) -> bool:
    """Whether the trigger is an impersonal passive with a modal and no agent: "it must be rejected
    that the U.S. has ...", "it should be condemned that": the writer's own argument, no party acts."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children) or not _children(tok, {"ccomp"}):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PLEA_MODALS for c in tok.children)


def _standing_pacts(tok: Token, event_type: str) -> bool:
    """Whether "sign" tells which pacts bind a party, not a signing: "under international laws and
    treaties that the U.S. has signed" (a relative clause on a bare plural, no "the", no
    counterpart named with "with", no date), a yardstick the speaker measures an act by."""
    if event_type != "SUPPORT" or tok.lemma_.lower() != "sign" or tok.dep_ != "relcl":
        return False
    pacts = tok.head
    if pacts.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "poss", "nummod") for c in pacts.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for c in tok.children for t in c.subtree):
        return False  # "agreements that both sides signed in 2015": a dated background signing counts
    return not _prep_objects(tok, {"with", "between"})


def _kept_pursuit(tok: Token) -> bool:
    """Whether a denied "give up" is kept effort: "has not given up their efforts to oust him" says
    the party goes on, no one yields or hands over anything (whichever sense of "give" was read)."""
    if tok.lemma_.lower() != "give" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    return any(o.lemma_.lower() in _PURSUITS for o in _children(tok, {"dobj", "nsubjpass"}))


def not_a_deed(tok: Token, event_type: str) -> bool:
    """(session 30) A trigger word that tells no deed: the preposition "bar" and what it excepts, a writer's impersonal
    plea, the pacts a party is bound by, an effort not given up."""
    return _bar_as_except(tok) or _excepted_by_bar(tok) or _writer_plea(tok) or _standing_pacts(tok, event_type) \
        or _kept_pursuit(tok)


_MET_GOALS = word_list("met_goals")
_MET_DUTIES = frozenset({"obligation", "commitment", "responsibility"})
_SEVERED = word_list("severed_things")
# (session 26) faults of things that are blamed as causes, and chances that are welcomed as hopes
_FAULTS = {"glitch", "error", "bug", "fault", "failure", "malfunction", "outage", "weather", "rain", "snow"}
_CHANCES = {"chance", "opportunity", "prospect"}
_WRANGLERS = word_list("wrangling_bodies")


def _quarrel(verb: Token, doer: Token | None) -> bool:
    """Whether a "clash" or "fight" is between bodies of politics and the courts only: the doer is
    one and every foe named ("with", "against", an object) is one too or the doers themselves
    ("among themselves"). Why: judges, lawmakers and governments quarrel; no weapon is said."""
    if doer is None or doer.lemma_.lower() not in _WRANGLERS | _WORDY or _armed(verb):
        return False
    foes = _prep_objects(verb, {"with", "against", "among"}) + _children(verb, {"dobj"})
    foes += [c for w in foes for c in _children(w, {"conj"})]
    return all(w.lemma_.lower() in _WRANGLERS | _WORDY or w.lower_ in ("themselves", "each", "other")
               for w in foes)


def _closed_for_safety(verb: Token) -> bool:
    """Whether a closure is told with a disaster or an outbreak in its own clause ("closed all
    schools to curb the spread of the measles outbreak", "closed schools because of the storm")."""
    return any(t.lemma_.lower() in MISHAPS or t.lower_ in MISHAPS
               for c in verb.children if c.dep_ in ("advcl", "prep", "xcomp") for t in c.subtree)


# saying verbs that ask for an act when their clause is in the mandative subjunctive
_MANDATING = {"insist", "recommend"}


def _mandates(verb: Token) -> bool:
    """Whether a saying verb's "that" clause puts another party's act in the mandative subjunctive
    ("insisted that Georgia open its border", "recommended that the ban be lifted") or under
    "should": it then asks for the act (a demand or appeal), where "insisted it was innocent" or
    "insisted the talks would go on" only states something."""
    for clause in _children(verb, {"ccomp"}):
        subjects = _children(clause, {"nsubj", "nsubjpass"})
        if not subjects:
            continue
        aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if "should" in aux or (clause.tag_ == "VB" and not aux) or (aux == ["be"] and clause.tag_ == "VBN"):
            return True
        # the small model tags "that Georgia open" VBP: a base form after a singular noun subject is
        # subjunctive ("insisted that they control the town" may state a fact, and stays speech)
        if clause.tag_ == "VBP" and not aux and all(s.tag_ in ("NN", "NNP") for s in subjects):
            return True
    return False


# hardships whose relief is help to those who bear them ("the suffering of the displaced")
_HARDSHIPS = {"suffering", "plight", "hardship", "challenge", "misery", "hunger", "poverty", "distress", "pain",
              "need", "shortage", "burden", "crisis", "difficulty", "starvation", "malnutrition"}


def _relieved_hardship(what: Token | None) -> bool:
    """Whether the thing alleviated is a hardship borne by someone named ("the medical challenges of
    the displaced", "their suffering"): relieving it helps them; "alleviate concerns" helps no one."""
    if what is None or what.lemma_.lower() not in _HARDSHIPS:
        return False
    return bool(_prep_objects(what, {"of", "in", "among"}) or any(c.dep_ == "poss" for c in what.children))


# what money moved as aid is called ("wrote off the debt", "channelled funds to")
_MONIES = {"debt", "loan", "fund", "money", "aid", "assistance", "grant", "euro", "dollar", "pound", "yen",
           "yuan", "franc", "billion", "million", "payment", "arrears", "credit"}


def _money_moved(verb: Token, lemma: str) -> bool:
    """Whether "write off" forgives a debt or "channel" routes money ("wrote off 300 million euros of
    debt owed by Cameroon", "channelled funds to the refugees"): the object or its "of" phrase names
    money (a debt for "write off"), and "channel" names whom it goes to."""
    objs = _children(verb, {"dobj", "nsubjpass"})
    words = {t.lemma_.lower() for o in objs for t in o.subtree} | {t.lower_ for o in objs for t in o.subtree}
    if lemma == "write":
        return bool(words & {"debt", "debts", "loan", "loans", "arrears"})
    return bool(words & _MONIES or any(t.ent_type_ == "MONEY" for o in objs for t in o.subtree)) \
        and bool(_prep_objects(verb, {"to", "into"}))


# what one calls someone up to do when the call is the talk ("called Lavrov to discuss Syria")
_CALL_PURPOSES = {"discuss", "talk", "congratulate", "express", "convey", "offer", "thank", "brief", "inform",
                  "update", "consult", "exchange", "apologize", "apologise", "reassure", "assure", "coordinate",
                  "review", "condole", "extend"}


def _phone_call(verb: Token) -> bool:
    """Whether "call" is a call to someone made in order to talk ("called his French counterpart to
    discuss the crisis"): a party called (object, or the small model's "oprd") and a to-infinitive of
    talking. Other senses ("called elections", "called him a liar", "called him to testify") need
    no talk, and "call for/on/off" are lexicon rows of their own."""
    if any(c.dep_ in ("prt", "ccomp") for c in verb.children) or _prep_objects(verb, {"for"}) or any(
            p.ent_type_ not in ("DATE", "TIME") for p in _prep_objects(verb, {"on"})):
        return False  # ("called Putin on Monday to discuss" is still a call)
    called = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if len(called) != 1:
        return False
    return any(c.lemma_.lower() in _CALL_PURPOSES and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > called[0].i)


phone_call = _phone_call  # (session 34, helper y) also the classifier's exemption for calls

# (session 34, helper y) verbs of going into exile (lexicon rows "flee into exile" ...)
_EXILE_GOERS = frozenset({"flee", "fly", "go", "escape"})


def _into_exile(verb: Token) -> list[Token]:
    """The noun "exile" of a verb's "into exile" phrase, if it has one."""
    return [o for o in _prep_objects(verb, {"into"}) if o.lemma_.lower() == "exile"]


def exile_hosts(verb: Token) -> list[Token]:
    """(session 34, helper y) The named places a verb of going "into exile" says the exile is in
    ("flew into exile in Nigeria", "went into exile in Senegal in 2005"): the "in" phrase of the
    verb or of the noun "exile". The state there takes the exile in (CAMEO 075); a flight into
    exile with no place named grants nothing one can code."""
    exiles = _into_exile(verb)
    if not exiles:
        return []
    return [p for h in (verb, *exiles) for p in _prep_objects(h, {"in"})
            if p.ent_type_ in ("GPE", "LOC") or p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME")]


# verbs of a crowd filling a place: a rally only with a protest aim ("thronged the square to demand")
_GATHERINGS = {"throng", "converge", "gather", "assemble"}
# (session 17, round 4) a gathering whose doers are named as protesters states its grievance by them
_PROTESTING_CROWD = {"protester", "protestor", "demonstrator", "marcher", "striker"}
_CHANTS = {"chant", "shout"}
# the aims that make a crowd a protest: demanding, denouncing, opposing, pressing for
_PROTEST_AIMS = {"demand", "protest", "denounce", "condemn", "oppose", "press", "call", "demonstrate", "urge",
                 "insist", "reject", "decry", "voice", "show", "express", "mourn", "support", "back"}


def _hosted_venue(tok: Token, doer: Token | None) -> bool:
    """Whether "played host to" names a place hosting an event (a city, a show or a festival) rather
    than a leader receiving a guest, which is the visit (CAMEO 043)."""
    if doer is not None and (doer.ent_type_ in ("GPE", "LOC", "FAC") or doer.lemma_.lower() in ("city", "town")):
        return True
    guests = _prep_objects(tok, {"to"}) + [o for h in _children(tok, {"dobj"}) for o in _prep_objects(h, {"to"})]
    return any(g.ent_type_ == "EVENT" or g.lemma_.lower() in _SHOWS for g in guests)


# the soldiers whose leaving a land is a withdrawal
_LEAVING_FORCES = {"troop", "troops", "soldier", "force", "army", "contingent", "peacekeeper", "marine",
                   "battalion", "brigade", "division", "unit", "garrison", "paratrooper"}


def _troops_leave_land(tok: Token, doer: Token | None, what: Token | None) -> bool:
    """Whether "left" tells soldiers leaving a country or town ("the last Cuban soldiers left
    Angola"): a withdrawal (RETREAT), unlike leaving a meeting, a post or for somewhere."""
    if doer is None or what is None or not (what.ent_type_ in ("GPE", "LOC") or what.pos_ == "PROPN"):
        return False
    return doer.lemma_.lower() in _LEAVING_FORCES or doer.lower_ in _LEAVING_FORCES


def _before_seat_of_power(tok: Token) -> bool:
    """(session 32) Whether a crowd gathers, or a vigil is held, outside or in front of a seat of
    power ("gathered outside the parliament building", "held a vigil outside Singapore's High
    Commission", "gathered in front of the embassy"): where a crowd stands before the ones it
    addresses it demonstrates to them, unless a purpose of its own is named ("to celebrate", "for
    a prayer") or it gathers "every" night (a habit)."""
    if tok.pos_ == "NOUN":
        tok = tok.head if tok.dep_ == "dobj" else tok
    if _children(tok, {"dobj"}) and tok.lemma_.lower() in _GATHERINGS:
        return False  # "gathered evidence outside the court"
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        # "told a crowd gathered in front of the palace": an audience named, no act told (a tensed
        # "activists gathered outside the embassy" the parser hangs on a fronted place stays one)
        return False
    if _prep_objects(tok, {"for"}) or any(_to_infinitive(c) and c.lemma_.lower() not in _PROTEST_AIMS
                                          for c in _children(tok, {"advcl", "xcomp"})):
        return False
    places = _prep_objects(tok, {"outside"}) + [
        o for f in _prep_objects(tok, {"in"}) if f.lower_ == "front" for o in _prep_objects(f, {"of"})]
    seats = word_list("seats_of_power")
    return any(w.lemma_.lower() in seats for p in places
               for w in (p, *(c for c in p.children if c.dep_ in ("compound", "amod"))))


def _protest_aim(tok: Token) -> bool:
    """Whether a gathering verb states a grievance: a purpose clause of demand or protest ("to demand
    free elections"), an "in protest" phrase, or an "against" phrase."""
    if any((_to_infinitive(c) or c.tag_ == "VBG") and c.lemma_.lower() in _PROTEST_AIMS
           for c in _children(tok, {"advcl", "xcomp"})):
        return True  # ("converged on parliament, demanding the repeal": a participle states it too)
    if _prep_objects(tok, {"against"}):
        return True
    if not _children(tok, {"dobj"}) and any(
            w.lemma_.lower() in _PROTESTING_CROWD for s in _children(tok, {"nsubj"}) for w in (s, *_prep_objects(s, {"of"}))):
        return True  # "thousands of protesters gathered outside parliament" (not "gathered evidence")
    if any(v.tag_ == "VBG" and v.lemma_.lower() in _CHANTS and any(o.lemma_.lower() == "slogan" for o in _children(v, {"dobj"}))
           for v in _children(tok, {"advcl", "xcomp"})):
        return True  # (session 30) "gathered outside parliament, chanting slogans"
    if not _children(tok, {"dobj"}) and not _prep_objects(tok, {"for"}) and not any(
            _to_infinitive(c) for c in _children(tok, {"advcl", "xcomp"})) and any(
            w.lemma_.lower() == "supporter" for s in _children(tok, {"nsubj"}) for w in (s, *_prep_objects(s, {"of"}))) \
            and not any(d.dep_ == "det" and d.lower_ in ("every", "each") for c in _children(tok, {"npadvmod"})
                        for d in c.children):
        # (session 30) "hundreds of supporters gathered outside the courthouse": a leader's or a
        # cause's followers massed in public rally for it (not "gathered for a prayer", "to celebrate",
        # nor a habit, "had gathered outside her home every night")
        return True
    return any(p.lemma_.lower() in ("protest", "support", "defiance") for p in _prep_objects(tok, {"in"}))


# the armed doers of "targeted" and "slammed into": weapons and forces ("Turkish drones targeted ...")
_ARMED = word_list("attackers") | TROOPS | {"force", "military", "army", "aircraft", "warplane", "jet", "artillery",
                                              "navy", "airforce", "coalition", "strike", "airstrike"}


def _armed(verb: Token) -> bool:
    """Whether the subject (or a passive's "by" agent) of an attack verb is a weapon or an armed force,
    the only doers for which "target" and "slam into" mean force rather than words or campaigns."""
    doers = _children(verb, _SUBJ) + [a for b in _children(verb, {"agent"}) for a in _children(b, {"pobj"})]
    return any(d.lemma_.lower() in _ARMED or d.lower_ in _ARMED for d in doers)


# who speaks for a state when it "protests to" another: a complaint through diplomatic channels (CAMEO 114)
_STATE_VOICES = _ENVOYS | {"government", "ministry", "embassy", "state", "country", "nation", "administration",
                           "cabinet", "minister", "president", "premier", "chancellor", "king", "leader"}


def _state_voice(party: Token | None) -> bool:
    """Whether a party word stands for a state (a named country or capital, a government, a minister):
    only then is "protested to X" a formal complaint rather than a crowd's protest, and "thanked X"
    praise of a state rather than courtesy to supporters."""
    if party is None:
        return False
    return party.ent_type_ == "GPE" or party.lemma_.lower() in _STATE_VOICES or _named_state(party)


def _named_state(party: Token) -> bool:
    """Whether a word is a state's name or capital in our country table ("the UAE", "Kyiv"). Why: the
    small model tags some state acronyms ORG, so "thanked the UAE for its help" lost its praise."""
    form = country_forms().get(party.text)
    return form is not None and form.form in ("name", "capital", "seat")


# what an inquiry makes public: "no cause has been released", "police released the motive"
_DISCLOSED = {"cause", "motive", "reason", "identity", "circumstance"}


# craft and arms that back an operation in the field ("supported by helicopters"): cover, not endorsement
_BACKUP_ARMS = VEHICLES | {"helicopter", "drone", "aircraft", "jet", "warplane", "gunship", "artillery", "tank",
                           "warship", "frigate", "destroyer", "plane", "airpower"}


def _own_thing(things: list[Token]) -> bool:
    """An object marked as the doer's own ("its own supply", "their own citizens").

    Why: protection (CAMEO 074) is given to another party; guarding what is one's own is a motive.
    """
    return any(c.lower_ == "own" and c.dep_ == "amod" for t in things for c in t.children)


# (session 32) written messages one sends: a note of protest is a complaint, not a delivery
_NOTES = frozenset({"note", "letter", "message", "memorandum", "cable", "telegram", "complaint", "protest"})
# (session 32) popular votes whose outcome puts someone in office (not "a confidence vote that returned
# him to office", where the parties who voted are the givers of support)
_POLL_WORDS = frozenset({"election", "poll", "ballot", "referendum", "runoff", "landslide"})


_OWN_CAUSES = frozenset({"interest", "interests", "sovereignty", "honour", "honor", "value", "values", "principle",
                         "principles"})
_OWN_POSSESSIVES = frozenset({"our", "its", "their", "my", "his", "her"})


def _own_rights(what: Token) -> bool:
    """(session 32) Whether the object is the doer's own rights or interests ("our rights", "its
    sovereignty"), told with a possessive pronoun: defending them backs no one else."""
    return (what.lemma_.lower() in _RIGHTS | _OWN_CAUSES or what.lower_ in _RIGHTS | _OWN_CAUSES) and any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in what.children)


def _poll_doer(tok: Token, doer: Token | None) -> bool:
    """(session 32) Whether the subject of "returned X to power" is a vote ("the election that
    returned Mutharika to power"): a domestic vote, with no party as giver."""
    if tok.dep_ == "relcl" and (doer is None or doer.lower_ in ("that", "which")):
        doer = tok.head
    return doer is not None and doer.lemma_.lower() in _POLL_WORDS


def plain_sense(tok: Token, event_type: str, doer: Token | None, what: Token | None) -> bool:
    """Plain meanings of verbs the lexicon reads politically: a structure supports a statue, a
    family shares a fund, a camera captures a moment, a rescuer "helped manage" a task.

    Why: each of these words has a daily sense that takes a thing, a relative or a span of time
    where the political sense takes a party; the object tells which one is meant.
    """
    lemma = tok.lemma_.lower()
    objs = [what] if what is not None else []
    if tok.dep_ == "relcl" and (what is None or what.lower_ in ("that", "which", "whom")):
        objs.append(tok.head)  # "a trust fund that she shared": the noun the clause hangs on
    if lemma == "support" and event_type == "SUPPORT" and lower(objs) & (_LOADS | DEPENDANTS):
        return True  # "platforms built to support the statues", "to support her family"
    if lemma == "send" and event_type == "AID" and what is not None and what.lemma_.lower() in _NOTES:
        return True  # (session 32) "sent a protest note to Serbia": the note is the complaint, no aid
    if lemma == "defend" and event_type in ("SUPPORT", "AGREE") and what is not None and _own_rights(what):
        return True  # (session 32) "we will defend our rights with dignity": one's own cause, no party backed
    if lemma == "return" and event_type in ("SUPPORT", "RETREAT") and _poll_doer(tok, doer):
        return True  # (session 32) "the election that returned him to power": voters, not a party, gave it
    if lemma == "share" and event_type == "COOPERATE" and (
            lower(objs) & _PRIVATE or lower(_prep_objects(tok, {"with"})) & KIN):
        return True  # "a fund she shared with her half-sister", "shared a video": no cooperation
    if lemma in ("recognize", "recognise") and event_type == "SUPPORT" and (
            lower(objs) & PRACTICES or lower(_prep_objects(tok, {"as"})) & PRACTICES):
        return True  # "to legally recognize same-sex unions": a practice, not a state
    if lemma == "help" and event_type == "AID" and lower(_children(tok, {"xcomp"})) & _TASKS \
            and not _children(tok, {"dobj", "dative", "nsubjpass"}):
        return True  # "helped facilitate a meeting", "helped manage the delivery": a hand in a task
    if lemma == "contribute" and lower(_prep_objects(tok, {"to"})) & _HARMS:
        return True  # "contributed to the suffering": a cause, not a donation
    given = _children(tok, {"dobj", "nsubjpass"}) + _prep_objects(tok, {"with"})
    if lemma in ("give", "provide", "grant", "offer", "allow") and event_type in ("AID", "AGREE", "CONCEDE") and any(
            g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _SPANS for g in given) and not envoy_sent_off(tok):
        return True  # "provides airlines with 45 days", "gave them a week": a span of time, not a gift
    if lemma in ("give", "grant", "deliver", "provide", "deny") and event_type == "AID" and lower(given) & _COURT_DUES:
        return True  # "he was not granted bail", "we will deliver swift justice": a court's due, not aid
    if lemma == "deploy" and event_type == "MOBILIZE" and lower(given) & _MEANS:
        return True  # "the hospital deployed all necessary preparations": means put to use, not forces
    if lemma == "seek" and event_type == "REQUEST" and lower(given) & _LIMELIGHT:
        return True  # "he never sought the spotlight": fame, not a demand on anyone
    if lemma == "dismiss" and event_type == "REJECT" and _children(tok, {"nsubjpass", "auxpass"}) \
            and _prep_objects(tok, {"from", "as"}) and not any(
                s.lemma_.lower() in _TURNED_DOWN for s in _children(tok, {"nsubjpass"})):
        # (but "calls for an inquiry were dismissed as interference": what a person asks or claims is
        # turned down, only a person is sacked)
        return True  # "was dismissed from the cabinet": a firing, not a rejection of a proposal
    if lemma == "fail" and lower(_children(tok, {"xcomp"})) & _SHORTFALLS:
        return True  # "fails to even be on the ballot", "failed to make the final": a shortfall, no refusal
    if lemma == "release" and event_type == "RETREAT" and (
            lower(given) & (PAPERS | _DISCLOSED) or any(c.dep_ == "advmod" and c.lower_ in ("publicly", "online")
                                             for c in tok.children)):
        return True  # "released them publicly", "to release plans for an election": published, not freed
    if lemma in ("support", "back") and event_type == "SUPPORT" and lower(_prep_objects(tok, {"by"})) & _BACKUP_ARMS:
        return True  # "the boarding, supported by helicopters and drones": armed backup in an operation
    if lemma in ("send", "submit", "forward") and event_type in ("AID", "AGREE") and lower(given) & _LAWS:
        return True  # "will send a bill to parliament": a law laid before the lawmakers, no aid
    if lemma == "protect" and event_type == "AID" and _own_thing(given):
        return True  # "cut exports to protect its own supply": a party guards its own, no protection given
    if lemma == "cut" and event_type == "SANCTION" and (
            any(g.ent_type_ in ("DATE", "TIME") for g in given)
            or lower(_children(tok, _SUBJ) + _prep_objects(tok, {"by"})) & _DRIVERS):
        return True  # "cut off by another driver", "cut two years off the term": traffic and arithmetic
    if lemma in _CUTS and event_type == "SANCTION" and {g.lemma_.lower() for g in given} & _TALLIES:
        return True  # (session 25) "cut his share of the vote to 65%": a count revised, no sanction
    return False


def caught_or_famed(tok: Token, event_type: str, objs: list[Token], of: list[Token]) -> bool:
    """A camera or a winner "captures" a sight or a prize; a singer gains "national recognition";
    a candidate polls "3 percent support": no coercion, recognition of a state or backing of a party."""
    lemma = tok.lemma_.lower()
    if lemma in ("capture", "seize", "trap") and tok.pos_ == "VERB" and (
            lemmas(objs) & (_CAUGHT if lemma == "capture" else _SEIZED) or lemmas(_children(tok, _SUBJ)) & _CAMERAS
            or any(c.dep_ == "compound" and c.lemma_.lower() in _CAMERAS for s in _children(tok, _SUBJ)
                   for c in s.children)):
        return True  # "CCTV captured their arrival", "captured the public's imagination", "captured the title"
    if lemma == "recognition" and event_type == "SUPPORT" and not of and any(
            c.dep_ == "amod" and c.lemma_.lower() in _FAME for c in tok.children):
        return True  # "gained national recognition": fame, not the recognition of a state
    if lemma == "support" and tok.pos_ == "NOUN" and (
            any(c.lower_ in ("percent", "%") for c in tok.subtree if c.i < tok.i)
            or lemmas(_prep_objects(tok, {"in"})) & {"poll", "survey"}):
        return True  # "3 percent support in two polls": a standing in polls, not backing of a party
    if lemma == "support" and tok.pos_ == "NOUN" and (
            _prep_objects(tok, {"among"}) or tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SUPPORT_LOSSES):
        return True  # "would cost Orban support among his voters": popularity won or lost, no one backs anyone
    if lemma == "support" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
            and tok.head.head.lemma_.lower() in ("act", "operate"):
        return True  # "saying they act in support of Gaza": the motive the doers give for their deeds
    return False


# verbs telling a standing in public favour gained or lost, not a party's act of backing
_SUPPORT_LOSSES = {"cost", "lose", "erode", "sap", "drain", "haemorrhage", "hemorrhage", "bleed"}


# verbs of harm that also take a relation as object ("destroying relations", "poisoned ties")
_SPOILERS = {"destroy", "wreck", "ruin", "damage", "poison", "undermine", "sabotage", "torpedo"}
# relations between parties, which are harmed in words, not attacked ("the whole range of ties"),
# and which fail without anyone acting ("ties with ECOWAS collapsed": event_checks reads them too)
BONDS = frozenset({"relation", "relations", "relationship", "tie", "ties", "trust", "dialogue", "cooperation",
          "partnership", "friendship", "rapport"})
# nouns that hold a range of things, read through to what they hold ("the entire range of ties")
_RANGES = {"range", "set", "whole", "spectrum", "system", "fabric", "basis", "foundation"}
# verbs of cutting a number of staff, and the staff a state keeps abroad
_CUTS = {"cap", "limit", "reduce", "cut", "slash"}
# (session 25) counts and estimates a body can cut or lower without cutting anything from anyone
_TALLIES = {"share", "percentage", "proportion", "margin", "tally", "estimate", "forecast", "projection"}
_MISSION_STAFF = word_list("mission_staff")
# verbs that name something ("called the visit a provocation")
_NAMING = {"call", "brand", "label", "term", "describe", "dub"}
# (session 35) verbs of seeing something as something: "reacted to what they saw as interference"
# names the grievance in a free relative, as "what it called provocations" does; no one is accused
_VIEWING = {"see", "regard", "view", "perceive", "consider"}
# verbs of answering another's act ("would respond to any new sanctions")
_ANSWERING = {"respond", "react", "reply", "retaliate", "answer"}
# lists a party is put on: "sanctions list", "sanction register"
_REGISTERS = {"list", "register", "blacklist", "regime"}


def _bond_spoiled(objs: list[Token]) -> bool:
    """Whether an object of a verb of harm is a relation between parties, read through a range
    noun ("the entire range of Japanese-Chinese ties"): harming it is no attack."""
    for obj in objs:
        words = {obj.lemma_.lower(), obj.lower_}
        if obj.lemma_.lower() in _RANGES:
            words |= {w for o in _prep_objects(obj, {"of"}) for w in (o.lemma_.lower(), o.lower_)}
        if words & (BONDS | _REPUTED):
            return True
    return False


def _own_staff(objs: list[Token]) -> bool:
    """Whether what a verb of cutting acts on is staff named by no nationality ("cut its staff",
    "reduce the number of employees"): a body's own staffing. "The number of German officials in
    Russia" names another state's staff, which a host cuts as an expulsion."""
    for obj in objs:
        staff = obj
        if obj.lemma_.lower() in ("number", "count", "size"):
            staff = next(iter(_prep_objects(obj, {"of"})), obj)
        if staff.lemma_.lower() in _MISSION_STAFF and not _nation_named(staff):
            return True
    return False


def _nation_named(staff: Token) -> bool:
    """Whether a staff noun names whose state it serves, itself ("German officials") or through the
    mission that owns it ("the Russian embassy's staff", "Russia's embassy staff", "the embassy staff
    of Iran"): a host cutting that staff expels another state's diplomats."""
    owners = [c for c in staff.children if c.dep_ in ("amod", "compound", "poss")]
    owners += [o for c in owners if c.pos_ in ("NOUN", "PROPN")
               for o in c.children if o.dep_ in ("amod", "compound", "poss")]
    owners += _prep_objects(staff, {"of"})
    return any(c.ent_type_ in ("NORP", "GPE") for c in owners)


def _spoiled_bond(noun: Token) -> bool:
    """Whether a relation noun is what a verb of harm acts on, itself or through a range noun
    ("destroying the entire range of ties"): the ties are no cooperation held."""
    if noun.lemma_.lower() not in BONDS | _REPUTED:
        return False
    if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in _SPOILERS for c in noun.children):
        return True  # (session 25) "accused it of damaging ties", the gerund parsed as a modifier of "ties"
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _RANGES:
        cur = cur.head.head
    return cur.dep_ in ("dobj", "nsubjpass") and cur.head.lemma_.lower() in _SPOILERS


# verbs of putting up with something: what is refused is a treatment when it is a passive gerund
_BEARING = {"accept", "tolerate", "allow", "stand", "bear"}
# people a body employs who are no forces and no envoys: moving them out is no retreat
_CIVIL_STAFF = _MISSION_STAFF | {"employee", "worker", "journalist", "correspondent", "reporter", "crew", "team"}
# what makes a withdrawal of staff a diplomatic one (left to the "withdraw embassy" entry and to 161)
_MISSIONS = {"embassy", "consulate", "mission", "diplomatic", "legation"}


def _tried(tok: Token) -> bool:
    """Whether "seek" takes an infinitive of its own deed and nothing sought ("sought to address the
    past", "seeks, since his election, to mend ties"): an attempt, whose deed is coded on its own if
    it is one; "sought to have him extradited" asks others and stays a demand."""
    if _children(tok, {"dobj"}) or _prep_objects(tok, {"from"}):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and _to_infinitive(c) and c.lemma_.lower() not in ("have", "get")
               for c in tok.children)


# what a warning comes from when it is information, not a party: "intelligence reports had warned"
_INFORMING = INFO | {"intelligence", "assessment", "study", "analysis", "survey"}


def _told_by_information(tok: Token) -> bool:
    """Whether a warning's subject is a piece of information ("intelligence reports had warned",
    "the data warn"): a notice given, not a threat by an actor."""
    return any(c.lemma_.lower() in _INFORMING
               for c in _children(tok, {"nsubj"}))


def _clause_doer(tok: Token) -> bool:
    """Whether a verb's only subject is a clause ("Leaving the OAS removes a forum", "Sending troops
    would end the talks"): the verb tells an effect of that deed, which no party does to another. A
    clause with a subject of its own ("Protesters, carrying placards asking ..., marched") is a
    misparse of the doer's own clause and keeps the verb."""
    clauses = _children(tok, {"csubj"})
    return bool(clauses) and not _children(tok, {"nsubj", "nsubjpass"}) \
        and not any(_children(c, {"nsubj", "nsubjpass"}) for c in clauses)


def _treatment_refused(tok: Token) -> bool:
    """Whether what one will not accept is a treatment by others, a passive gerund ("will not accept
    being lectured", "refuses to tolerate being told what to do"): words on one's standing, no
    proposal or demand turned down. Only when refused: "agreed to accept being monitored" concedes."""
    refused = any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline"))
    return refused and any(c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBN"
               and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in c.children)
               for c in tok.children)


def _staff_moved(tok: Token) -> bool:
    """Whether a withdrawal moves a body's civilian staff ("withdrew staff from Russia", "pulled their
    correspondents out"), with no embassy or mission named: a relocation of people, not a pull-back
    of forces (CAMEO 087). Embassy staff withdrawn stay a diplomatic cut."""
    objs = _children(tok, {"dobj"})
    if not objs or any(o.lemma_.lower() not in _CIVIL_STAFF for o in objs):
        return False
    around = [w for o in objs for w in o.subtree] + [w for p in _children(tok, {"prep"}) for w in p.subtree]
    return not any(w.lemma_.lower() in _MISSIONS for w in around)


# (session 29) kinds of bond that people hold, not states: family, business or cultural "ties"
_PRIVATE_BONDS = frozenset({"family", "business", "personal", "kinship", "blood", "cultural", "historical", "historic"})


def _private_bond(tok: Token) -> bool:
    """(session 29) Whether "ties" or "links" are of a private or standing kind ("with family and
    business ties in Russia", "historical ties to Moscow"): a state people are in, which no party
    formed on an occasion; "restored diplomatic ties" keeps its verb's record."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [d for m in mods for d in m.conjuncts]
    return any(m.lemma_.lower() in _PRIVATE_BONDS or m.lower_ in _PRIVATE_BONDS for m in mods)


def everyday_sense(tok: Token, event_type: str) -> bool:
    """Trigger words in a sense no party acts on another (nouns and verbs alike).

    Why: news uses "alleged ties" for a reputation, "agreed, saying" for sharing a view, animals
    as what is released or captured, storms as what is upgraded and prison terms as the "threat"
    a law carries; none of these is a political event between actors.
    """
    lemma = tok.lemma_.lower()
    objs = _children(tok, {"dobj", "nsubjpass"})
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs = objs + [tok.head]
    of = _prep_objects(tok, {"of"})
    if lemma in ("release", "capture", "seize", "free", "trap") and any(
            o.lemma_.lower() in ANIMALS or o.lower_ in ANIMALS for o in objs + of):
        return True  # "the release of ten bison", "captured wild birds": animals, not prisoners
    if caught_or_famed(tok, event_type, objs, of):
        return True
    if lemma == "release" and tok.dep_ == "acl" and any(
            c.lemma_.lower() in INFO for c in tok.head.subtree if c.i < tok.i and c.dep_ in ("compound", "nsubj")
            or c.i == tok.head.i):
        return True  # "the storm advisory, released at noon": a bulletin published
    if lemma in ("upgrade", "downgrade") and any(
            mishap_words(o) or any(mishap_words(c) for c in o.subtree) for o in objs + _prep_objects(tok, {"to"})):
        return True  # "upgraded the storm to a hurricane": a forecast, not diplomatic ties
    if lemma == "allege" and tok.pos_ == "VERB" and any(c.lower_ in ("has", "have", "had") for c in tok.children
                                                        if c.dep_ == "aux") \
            and lemmas(_children(tok, {"dobj"})) & _REPUTED and not _children(tok, {"ccomp"}):
        return True  # "the director has alleged ties to the militia": reputed links, no accuser
    if lemma in _REPUTED and tok.pos_ == "NOUN" and (
            any(c.dep_ == "amod" and c.lemma_.lower() in ("allege", "alleged", "suspect", "suspected", "reputed")
                for c in tok.children)
            or (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "allege"
                and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.head.children))):
        return True  # the "ties" themselves: a reputation reported, not a tie anyone formed
    if lemma in BONDS and tok.pos_ == "NOUN" and _private_bond(tok):
        return True  # (session 29) "Bulgarians with family and business ties in Russia": a standing state
    if lemma == "agree" and tok.pos_ == "VERB" and not (
            _children(tok, {"dobj", "xcomp", "ccomp", "nsubjpass"})
            or _prep_objects(tok, {"to", "on", "upon", "with", "over"})) \
            and any(c.lemma_.lower() in _SPEECH_ADVCL for c in _children(tok, {"advcl", "conj"})):
        return True  # "the governor agreed, saying ...": sharing a view, not an agreement
    if event_type == "ASSAULT" and lemma in _SPOILERS and _bond_spoiled(objs):
        return True  # "was destroying the entire range of bilateral ties": a relation harmed in words, no attack
    if event_type == "COOPERATE" and tok.pos_ == "NOUN" and _spoiled_bond(tok):
        return True  # the "ties" a party is said to destroy: no cooperation is held
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and tok.head.head.lemma_.lower() in _ANSWERING and any(c.lower_ == "any" for c in tok.children):
        return True  # "would respond firmly to any new sanctions": an act that may come, answered in advance
    if event_type == "SANCTION" and lemma in _CUTS and _own_staff(objs):
        return True  # "told the embassy to cut its staff", "cut 200 staff": staffing, not a sanction on a state
    if event_type == "ACCUSE" and tok.pos_ == "ADJ" and _prep_objects(tok, {"to", "for"}):
        return True  # "the proposal was unacceptable to Ukraine": whose stance it is, no one blamed by the speaker
    if event_type == "SANCTION" and tok.pos_ == "NOUN" and tok.dep_ == "compound" \
            and tok.head.lemma_.lower() in _REGISTERS:
        return True  # "added them to its sanctions list": the list names the act, which is the adding
    if lemma == "share" and event_type == "COOPERATE" and lemmas(objs) & _SHARED:
        return True  # "the two scientists share a prize", "share a border"
    if lemma in ("threat", "risk") and tok.pos_ == "NOUN" and lemmas(of) & _PENALTY_TERMS:
        return True  # "a threat of ten years in jail": the penalty a law carries
    if lemma == "seek" and event_type == "REQUEST" and lemmas(_children(tok, {"dobj"})) & _CANDIDACIES:
        return True  # "seeking the nomination", "seeks re-election": a candidacy, not a demand
    if lemma == "seek" and event_type == "REQUEST" and _tried(tok):
        return True  # "has sought to address the colonial past": an effort of its own, no one asked
    if lemma == "free" and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "conj", "attr"):
        return True  # 'the vote was "not free, fair or transparent"': a quality, nobody released
    if lemma == "warn" and event_type == "THREATEN" and _told_by_information(tok):
        return True  # "intelligence reports had warned of a plot": a notice, no one threatened
    if tok.pos_ == "VERB" and _clause_doer(tok):
        return True  # '"Leaving the OAS removes a forum," an analyst said': an effect of a deed, no doer
    if lemma in _BEARING and _treatment_refused(tok):
        return True  # '"We will not accept being lectured"': rhetoric on how one is treated, no demand refused
    if event_type == "RETREAT" and lemma in ("withdraw", "pull") and _staff_moved(tok):
        return True  # "foreign media outlets withdrew staff from Russia": a move of staff, no forces pulled back
    if lemma == "press" and any(c.lower_ in ("forward", "ahead", "on") for c in tok.children) \
            and not _children(tok, {"dobj"}) and not _prep_objects(tok, {"for"}):
        return True  # "pressing forward", "pressed on with the plan": persisting, not a demand
    if lemma == "press" and event_type == "REQUEST" and lemmas(_children(tok, {"dobj"})) & _PRESSED_ON:
        return True  # "forces pressed their offensive toward Kyiv": the offensive goes on, no one is asked
    if event_type == "ASSAULT" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in CHARGE_NOUNS:
        return True  # "a charge of murder against him": the crime named in an accusation
    if event_type == "AID" and lemma == "evacuate" and tok.dep_ == "xcomp" and not _children(tok, {"dobj"}) \
            and tok.head.lemma_.lower() in _DRIVEN_OUT:
        return True  # "forced thousands to evacuate": people fleeing a danger, nobody evacuating them
    if event_type == "AID" and lemma == "help" and tok.pos_ == "VERB" and _helped_deal(tok):
        return True  # (session 34) "helped negotiate the students' departure": the talks are the act, no aid
    if event_type == "AID" and lemma in ("assist", "help") and tok.pos_ == "VERB" \
            and not _children(tok, {"dobj", "dative"}) and any(
                w.lemma_.lower() in _WORKS and not _children(w, {"poss"}) and not _prep_objects(w, {"of"})
                for w in _prep_objects(tok, {"in", "with"})):
        return True  # "assisted in research", "helped with the work" ("the work of the inspectors" is a party's)
    if lemma == "clash" and event_type == "ASSAULT" and lemmas(_prep_objects(tok, {"with"})) & _WORDY:
        return True  # "clashes with politicians", "clashed with critics": a quarrel, not fighting
    if lemma in ("accede", "ascend", "succeed") and event_type in ("CONCEDE", "AGREE") \
            and lemmas(_prep_objects(tok, {"to"}) + _children(tok, {"dobj"})) & _ACCESSIONS:
        return True  # "Charles acceded to the throne": taking an office, no demand given in to
    if opinion_or_own_stand(tok, event_type) or stance_topic_or_cause(tok, event_type):
        return True
    if deed_sense(tok, event_type) or topic_noun(tok, event_type) or held_back_act(tok, event_type) \
            or threat_to_goods(tok, event_type):
        return True
    if standing_role(tok, event_type) or posture(tok, event_type) or own_trip_dropped(tok, event_type) \
            or pact_name_word(tok, event_type):
        return True
    return private_life(tok, event_type) or safety_or_court(tok, event_type) or described_people(tok, event_type) \
        or measure_aimed_at_doers(tok) or no_counterpart(tok, event_type) or private_parties(tok, event_type) \
        or private_undertakings(tok, event_type) or trips_bids_and_sittings(tok, event_type) \
        or no_act_stated(tok, event_type)


# (session 34, helper c) verbs of a settlement or a meeting that "help" only introduces
_DEALINGS = frozenset({"negotiate", "broker", "mediate", "arrange", "secure", "forge", "draft", "organise",
                       "organize", "convene", "end", "resolve", "settle", "defuse", "calm"})


def _helped_deal(help_: Token) -> bool:
    """(session 34, helper c) Whether "help" is only the auxiliary of a verb of dealing ("he helped
    negotiate the peaceful departure of the students", "Qatar helped broker the truce"): the talks or
    the mediation are the act, coded on their own verb; no help is given to anyone. "Helped the
    refugees", with an object, stays aid, and so does "help the parties resolve their differences",
    where the ones helped do the dealing."""
    if _children(help_, {"dobj", "dative"}):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _DEALINGS and not _children(c, {"nsubj"})
               for c in help_.children)  # ("ready to help the parties resolve": helping them is an offer)


def described_people(tok: Token, event_type: str) -> bool:
    """"people accused of crimes", "those convicted of fraud", "anyone who had been charged": a
    participle that describes people at large, with no accuser named, is no accusation act.

    Why: a law "to extradite people accused of crimes" says who the law is about; nobody accuses
    anyone in the sentence, so an ACCUSE event would have a target and nothing happening to it.
    """
    if event_type != "ACCUSE" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _CHARGED:
        return False
    if _prep_objects(tok, {"by"}) or _children(tok, {"agent"}):
        return False  # "people accused by the police": someone accuses
    head = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return lower([head]) & _ANYONE != set() and not head.ent_type_
    if tok.dep_ == "relcl" and _children(tok, {"auxpass"}) \
            and any(s.lower_ in ("who", "that") for s in _children(tok, {"nsubjpass"})):
        return lower([head]) & _ANYONE != set() and not head.ent_type_  # "people who had been accused"
    return False


_WHOEVER = {"those", "anyone", "anybody", "whoever"}


def measure_aimed_at_doers(tok: Token) -> bool:
    """"sanctions against those blocking the path to a vote", "action against anyone undermining the
    peace": a participle that says at whom a measure is aimed, with nobody named doing it.

    Why (session 29, batch AC): the sentence's act is the measure (often a threat of it); coding the
    participle made the measure's author the blocker."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBG" and head.lower_ in _WHOEVER \
        and head.dep_ == "pobj" and head.head.lower_ == "against"


def private_life(tok: Token, event_type: str) -> bool:
    """Meeting a future spouse, working with a guitarist, inviting a co-star onto a show, keeping
    one's children in, supporting a son: private and artistic life, not acts between parties.

    Why: "met", "collaborated", "invited", "allowed" and "support" read politically only when the
    other side can be a party; a lover met at university, a song written with a bassist and a boy a
    mother cannot feed are not.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    objs = _children(tok, {"dobj"})
    if tok.dep_ == "relcl" and any(o.lower_ in ("whom", "who", "that") for o in objs):
        objs = objs + [tok.head]  # "a national whom she met": the noun the clause hangs on
    if lemma == "meet" and event_type == "CONSULT":
        for o in objs:
            named = {t.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound", "appos", "nmod")
                     for t in c.subtree}
            if named & ({"future", "eventual"} | ARTS) \
                    or lemmas([o]) & (SWEETHEARTS | ARTS | {"someone", "somebody"}):
                return True  # "met his future wife", "met bassist Jack Bruce", "when I meet someone like him"
        after = [t.lower_ for t in tok.doc[tok.i + 1: tok.i + 3] if t.sent == tok.sent]
        if after[:1] in (["future"], ["eventual"]) or (after[:1] in (["his"], ["her"], ["their"])
                                                       and after[1:] in (["future"], ["eventual"])):
            return True  # "met future bandmate X" however the parser hangs "future"
        if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _ACQUAINTING
               and any(m.lower_ in ("while", "when") for m in c.children if m.dep_ == "mark") for c in tok.children):
            return True  # "whom she met while studying at MIT": getting to know someone
        if any(p.lemma_.lower() in _HANGOUTS and not p.ent_type_ and not any(c.pos_ == "PROPN" for c in p.children)
               for p in _prep_objects(tok, {"at", "in"})):
            return True  # "met two officers at a pub", "met at university"
    if lemma == "collaborate" and event_type == "COOPERATE":
        partners = _prep_objects(tok, {"with", "on", "in"})
        linked = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if any(lemmas(list(p.subtree)) & ARTS for p in partners + linked):
            return True  # "collaborated with artists such as ...", "collaborated ... and worked on an album"
    if lemma == "invite" and event_type == "REQUEST" and any(
            t.lemma_.lower() in SHOW_ACTS and t.dep_ in ("xcomp", "advcl", "ccomp")
            and _to_infinitive(t)
            and not _prep_objects(t, {"before"}) for t in tok.subtree):
        return True  # "invited her co-star to appear on the show" ("to appear before the committee" stays)
    if lemma == "support" and event_type in ("SUPPORT", "AGREE") and lemmas(_meant(objs)) & YOUNG:
        return True  # "returned the boy to his father when she could not support him"
    if lemma in ("allow", "let", "permit") and event_type == "CONCEDE" \
            and lemmas(_meant(_children(tok, {"dobj", "nsubjpass"}))) & YOUNG:
        return True  # "the parents rarely allowed them outside": a household rule
    if lemma in ("allow", "let", "permit") and event_type == "CONCEDE" and _own_leave(tok):
        return True
    return False


# what a person lets out about themselves: "allowed her name to be made public"
_OWN_THINGS = {"name", "identity", "photo", "photograph", "picture", "image", "face", "likeness", "story",
               "body", "detail", "hair"}
# parts of a building a planning office lets an owner add: "allowed the extra floors"
_BUILDING_PARTS = {"floor", "storey", "extension", "annex", "annexe", "garage", "balcony", "basement",
                   "loft", "attic", "conservatory", "skyscraper", "high-rise"}
_BUILDING_ACTS = {"build", "construct", "erect", "add", "extend"}
_RESTING = {"go", "return", "head", "rest", "sleep"}


def _own_leave(tok: Token) -> bool:
    """A permission that is no concession between parties: a person letting out something of
    their own ("allowed her name to be made public", "allowed himself to be filmed"), staff sent
    home ("officers who were allowed to go home"), or a building permit ("allowed the extra floors
    to be built"). Allowing protests, inspectors or aid in stays a concession."""
    comps = _children(tok, {"xcomp", "ccomp"})
    allowed = _children(tok, {"dobj"}) + [s for c in comps for s in _children(c, {"nsubj", "nsubjpass"})]
    if any(a.lower_ in REFLEXIVES for a in allowed):
        return True
    if any(lemmas([a]) & _OWN_THINGS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in a.children)
           for a in allowed):
        return True
    if lemmas(allowed) & _BUILDING_PARTS or (
            lemmas(allowed) & {"house", "building", "home", "apartment"}
            and any(c.lemma_.lower() in _BUILDING_ACTS for c in comps)):
        return True
    if _children(tok, {"auxpass"}) and not _children(tok, {"agent"}):
        for c in comps:
            home = any(h.lower_ == "home" for h in c.children if h.dep_ in ("advmod", "npadvmod", "dobj"))
            if c.lemma_.lower() in _RESTING and (home or c.lemma_.lower() in ("rest", "sleep")):
                return True  # "were allowed to go home": let off duty or out of custody, with no grantor
    return False


_IMPASSES = word_list("impasses")


def _impasse_blocks(block: Token, doers: list[Token]) -> bool:
    """(session 35) Whether what "blocked" something is a state of deadlock ("a political paralysis
    that had blocked the work of parliament", "the stalemate blocked the budget"): a state, no party
    that obstructs anyone; a relative "that" stands for the noun it hangs on."""
    if block.dep_ == "relcl" and any(d.lower_ in ("that", "which") for d in doers):
        doers = [block.head]
    return bool(doers) and all(d.lemma_.lower() in _IMPASSES for d in doers)


def safety_or_court(tok: Token, event_type: str) -> bool:
    """A police cordon, a lawsuit's aim, a danger that looms, a notice to keep out, papers
    released: none is a protest, a threat or a freed prisoner.

    Why: "blocked off", "sued to block", "a threat emerged", "warnings against attempts to enter"
    and "releasing them" (tax returns) each match a trigger, but no one obstructs, intimidates or
    frees anyone; the act is a court filing or a notice (coded where the lawsuit itself is coded).
    """
    lemma = tok.lemma_.lower()
    if lemma == "block" and event_type == "PROTEST" and tok.pos_ == "VERB":
        doers = _children(tok, _SUBJ) + _prep_objects(tok, {"by"})
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) \
                and all(d.lemma_.lower() in _CORDONERS for d in doers):
            return True  # "the building was blocked off after the attack": a cordon, not an obstruction
        if _impasse_blocks(tok, doers):
            return True  # (session 35) "a paralysis that had blocked the work of parliament": no obstruction
        head = tok.head
        if tok.dep_ in ("xcomp", "advcl", "acl", "relcl") and (
                head.lemma_.lower() in SUITS or head.lemma_.lower() in _SUIT_NOUNS
                or lemmas(_children(head, {"dobj"})) & _SUIT_NOUNS
                or lemmas(_prep_objects(head, {"to"})) & {"court"}):
            return True  # "sued to block the release", "a lawsuit to block the sale": a court action
    if lemma == "threat" and event_type == "THREATEN" and tok.pos_ == "NOUN" \
            and tok.dep_ in ("nsubj", "dobj", "attr") and tok.head.lemma_.lower() in _DANGER_VERBS:
        return True  # "a new threat to his rule emerged", "poses a threat to shipping": a danger
    if lemma in ("warning", "warn") and event_type == "THREATEN":
        aims = _prep_objects(tok, {"against", "about"})
        if tok.dep_ == "dobj":
            aims += _prep_objects(tok.head, {"against", "about"})  # "issued warnings against ..."
        if any(a.lemma_.lower() in _RISKY_NOUNS and (a.lemma_.lower() != "attempt" or any(
                c.lemma_.lower() in _RISKY_ACTS for c in a.children if c.dep_ in ("acl", "relcl")))
               or (a.tag_ == "VBG" and a.lemma_.lower() in _RISKY_ACTS) for a in aims):
            return True  # "warnings against attempts to enter the zone", "warned against swimming"
        if tok.pos_ == "VERB" and lemmas(_children(tok, {"dobj"})) & _PUBLIC:
            return True  # "warned residents to stay indoors": a safety notice
    if lemma == "release" and event_type == "RETREAT" and tok.pos_ == "VERB":
        told = [t for t in _children(tok, {"dobj", "nsubjpass"}) if t.pos_ == "PRON"]
        if lemmas(_meant(told)) & PAPERS:
            return True  # "the audit prohibits him from releasing them" (his tax returns)
    return False


# people a "removal" takes out of office or out of a country: no concession by anyone
_OFFICE_HOLDERS = {"president", "minister", "premier", "leader", "official", "governor", "mayor", "chief", "head",
                   "people", "person", "judge", "ambassador", "chairman", "chairwoman", "director", "king",
                   "queen", "ruler", "dictator", "general", "commander", "migrant", "refugee", "suspect"}
# what is hosted without anyone visiting: an office, a site, a fixture
_SEATS = {"secretariat", "headquarters", "office", "base", "museum", "station", "facility", "hub", "campus",
          "plant", "factory", "server", "website", "site", "archive", "collection", "games", "olympics",
          "fair", "expo", "championship", "cup", "radio", "channel", "account"}
# people a quarrel is with: words, not weapons
_WORDY = {"politician", "lawmaker", "legislator", "critic", "colleague", "journalist", "reporter", "media",
          "press", "commentator", "pundit", "columnist", "blogger", "academic", "scholar", "expert"}
# what a plan or a rule "calls for": a provision, not anyone's request
_PROVISIONS = INSTRUMENTS | {"guideline", "guidance", "plan", "treaty", "agreement", "deal", "accord", "resolution",
                              "target", "standard", "roadmap", "budget", "charter", "framework", "manifesto"}
# what one orders in the sense of buying or paying: no demand on another party
_PURCHASES = {"payment", "transfer", "purchase", "refund", "payout", "meal", "food", "drink", "pizza", "coffee",
              "copy", "goods", "supply", "part", "ticket", "taxi", "delivery", "shipment", "item", "product"}
# generic people a participle describes ("people accused of crimes"): a description, not an accusation act
_ANYONE = {"people", "person", "those", "anyone", "anybody", "someone", "somebody", "individual", "man", "woman",
           "men", "women", "one", "others", "everyone", "citizen", "resident", "foreigner", "fugitive", "criminal",
           "offender", "prisoner", "inmate", "suspect", "defendant"}
_CHARGED = {"accuse", "convict", "charge", "suspect", "indict", "want", "sentence", "find"}
_POSTS = _CANDIDACIES | {"leadership", "chairmanship", "premiership", "governorship", "mayoralty", "position",
                         "post", "role", "job"}
_MILITARY = TROOPS | {"army", "force", "forces", "fighter", "rebel", "militant", "militia", "soldier", "stronghold",
                       "troop", "insurgent", "guerrilla", "unit", "battalion", "front"}


def errand(tok: Token, event_type: str, doer: Token | None, what: Token | None) -> bool:
    """Sending commands to a capsule or a son to school, removing a president by a coup, hosting an
    office, a plan that "calls for" a figure, a writer who "retreats" home: the trigger word in a
    sense where no party concedes, aids, requests or withdraws anything from another.

    Why: each verb's political sense needs a party on the other side (aid to a people, a concession
    made, a request to someone); the object or the doer shows when there is none.
    """
    lemma = tok.lemma_.lower()
    meant = _meant([what])[0] if what is not None else None
    if lemma in ("send", "give", "hand", "deliver") and event_type == "AID" and meant is not None \
            and lemmas([meant]) & (MISSIVES | YOUNG):
        return True  # "sent the capsule commands", "gave out prescriptions", "sent her son to school"
    if lemma in ("send", "dispatch", "deploy") and event_type == "AID" and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in INQUIRIES and _to_infinitive(c)
            for c in tok.children):
        return True  # "sent a team to investigate the crash": the inquiry is the event, no aid is given
    if lemma == "remove" and event_type == "CONCEDE" and (
            (meant is not None and (meant.ent_type_ == "PERSON" or meant.lower_ in ("him", "her")
                                    or lemmas([meant]) & _OFFICE_HOLDERS))
            or lemmas(_prep_objects(tok, {"from"})) & {"office", "power", "post", "position", "country"}):
        return True  # "a coup removed the president", "vote to remove him from office": an ousting, no concession
    if lemma == "offer" and meant is not None and meant is not what and meant.pos_ == "NOUN" \
            and meant.head.i != tok.i and not (
            lemmas([meant]) & (_OFFERS | TROOPS) or meant.lemma_.lower() in context_words()):
        return True  # "brought back the relic and offered it to the church": a thing given, not a proposal
    if lemma == "host" and event_type == "CONSULT" and what is not None and lemmas([what]) & _SEATS:
        return True  # "bid to host the secretariat": a seat, not a visit
    if lemma == "host" and event_type == "CONSULT" and tok.dep_ == "acl" and tok.tag_ == "VBN" \
            and (lemmas([tok.head]) & (_SHOWS | _SEATS) or tok.head.ent_type_ == "WORK_OF_ART"
                 or any(c.lower_ in _SHOWS for c in tok.head.subtree if c.i < tok.i)):
        return True  # "The Morning Show, hosted by two comics": presenters, not hosts of a visit
    if lemma == "agree" and event_type == "AGREE" and tok.tag_ in ("VB", "VBP", "VBZ") and any(
            c.dep_ == "pcomp" and c.tag_ in ("VBZ", "VBP", "VBD")
            and (_children(c, _SUBJ) or any(w.lower_ in ("how", "why", "whether", "what") for w in c.children))
            for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over") for c in p.children):
        return True  # "do not all agree on how the inquiries work": a view held ("agreed on how ..." is a deal)
    if lemma == "call" and event_type == "REQUEST" and doer is not None and doer.ent_type_ in ("", "LAW") \
            and lemmas([doer]) & _PROVISIONS:
        return True  # "the guidelines call for 2%": what a text provides, not anyone's request
    if lemma == "order" and event_type == "REQUEST" and meant is not None and meant.dep_ in ("dobj", "pobj") \
            and lemmas([meant]) & _PURCHASES and not _children(tok, {"xcomp", "ccomp", "dative"}):
        return True  # "admitted to ordering the payments", "ordered a pizza": money paid or goods bought
    if lemma == "order" and event_type == "REQUEST" and any(
            t.lemma_.lower() == "flag" for t in tok.subtree if t.dep_ in ("dobj", "nsubj", "nsubjpass")):
        return True  # "ordered flags lowered to half staff": a mark of mourning
    if lemma == "seek" and event_type == "REQUEST" and what is not None and what.dep_ == "dobj" and (
            lemmas([what]) & _CANDIDACIES or (lemmas([what]) & _POSTS and any(
                c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in _POSTS | {"party"}
                for c in what.children))):
        return True  # "seek the party's leadership position": a candidacy, not a demand
    if lemma in HALT and event_type == "SANCTION" and (
            (what is not None and lemmas([what]) & {"study", "lecture", "course", "seminar", "exam", "training"})
            or (what is None and tok.dep_ == "conj" and lemmas(_children(tok.head, {"dobj"})) & _ROUTINE)):
        return True  # "cancelled graduate studies", "announced classes ... would be cancelled" (misparsed)
    if lemma == "restrict" and what is not None and lemmas([what]) & (INFO | {"identity"}) \
            and _prep_objects(tok, {"to"}):
        return True  # "his name is restricted to 'John K.'": a naming rule, not a restriction on anyone
    if lemma == "retreat" and event_type == "RETREAT" and doer is not None and _prep_objects(tok, {"to"}) \
            and (doer.ent_type_ == "PERSON" or lemmas([doer]) & (ARTS | {"writer", "author"})) \
            and not any(t.lemma_.lower() in _MILITARY for t in tok.sent):
        return True  # "the lyricist retreated to New Mexico": a move home, not a military withdrawal
    return False


# what a sender's own arms are sent to do: "sent jets to strike targets" uses them, gives nothing
_FORCE_PURPOSES = frozenset({"strike", "attack", "bomb", "hit", "shoot", "shell", "intercept", "force", "raid",
                             "pound", "target", "destroy"})
# officials one sends in one's place or on a visit (a delegation, no aid)
_SENT_PEOPLE = frozenset({"official", "minister", "envoy", "deputy", "representative", "ambassador", "diplomat",
                          "premier", "president", "delegate"})
# doers whose protecting is a guard given (peacekeeping, CAMEO 074)
_GUARDS = TROOPS | {"force", "forces", "police", "army", "navy", "peacekeeper", "peacekeepers", "guard", "mission"}


def _guarded_by_force(protect: Token, doer: Token | None) -> bool:
    """Whether troops, police, peacekeepers or a state do the protecting: the verb's subject or, for a
    purpose ("took up positions to protect civilians", "sent troops to protect them"), the subject
    or object of the verb it serves."""
    guards = [doer] if doer is not None else []
    if protect.dep_ in ("advcl", "xcomp") and _to_infinitive(protect):
        guards += _children(protect.head, _SUBJ | {"dobj"})
    return any(g.lemma_.lower() in _GUARDS or g.ent_type_ in ("GPE", "NORP") or g.lemma_.lower() in _STATE_WORDS
               for g in guards)  # "the Gulf states will protect Oman": a state's pledge of protection


_STATE_WORDS = frozenset({"state", "country", "nation", "ally", "alliance"})


def no_hand_given(tok: Token, event_type: str, doer: Token | None, what: Token | None) -> bool:
    """"Protect" and "send" in senses where no party gives another anything (session 29).

    Why: of the judged AID records these verbs made, none was judged right: protection by no
    armed guard, as a motive or a praise ("the group moved in to protect residents", "the court
    had protected citizens"), a person sent in one's place, to no destination ("Hamas sent senior official X"; "sent an
    envoy to Kyiv" is a visit, read later) and
    arms sent to strike ("sending jets to strike targets": the strike is the event). Troops or
    peacekeepers protecting people, and aid, arms or troops sent to a party, stay AID.
    """
    if event_type != "AID":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "protect" and tok.pos_ == "VERB" and not _guarded_by_force(tok, doer):
        return True  # "moved in to protect residents", "the court had protected citizens"
    if lemma in ("send", "dispatch") and tok.pos_ == "VERB":
        if not _prep_objects(tok, {"to"}) and any(
                o.ent_type_ == "PERSON" or o.lemma_.lower() in _SENT_PEOPLE for o in _children(tok, {"dobj"})):
            return True  # "sent senior official Mousa Abu Marzouk", "sending the minister in his place"
        if any(c.dep_ in ("advcl", "xcomp") and _to_infinitive(c) and c.lemma_.lower() in _FORCE_PURPOSES
               for c in tok.children):
            return True  # "sending F-16 jets to strike targets": arms used, not given
    return False


# words that make a "strike" a walkout ("a general strike", "striking workers", "a hunger strike")
_LABOUR = {"worker", "union", "general", "hunger", "national", "employee", "staff", "teacher", "miner", "nurse",
           "doctor", "driver", "docker", "pay", "wage", "pension", "picket", "walkout", "labour", "labor",
           "transport", "rail", "student", "nationwide", "indefinite", "one-day", "24-hour", "48-hour"}
# words that make it a blow ("air strikes", "a drone strike", "a retaliatory strike")
_WAR_STRIKE = {"air", "missile", "drone", "military", "aerial", "rocket", "artillery", "precision", "retaliatory",
               "preemptive", "pre-emptive", "nuclear", "naval", "surgical", "israeli", "coalition", "deadly",
               "ground", "mortar", "cruise", "ballistic", "punitive"}
# earlier words that tell of armed blows: "the strikes" after them are those blows
_WAR_TOLD = {"missile", "airstrike", "bomb", "bombing", "shelling", "rocket", "drone", "artillery", "attack",
             "bombard", "bombardment", "warplane", "shell"}


def _in_name(tok: Token) -> bool:
    """Whether a word is a person's name or rank ("Major General Zaw Min Tun"): a rank tells of no
    workers or unions, so it cannot make a "strike" a walkout ("the National Union" still does)."""
    return tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or tok.head.ent_type_ == "PERSON")


# (session 31) verbs that carry out armed blows, whose "on"/"against" phrase is the blows' aim
_WAGING = {"carry", "launch", "conduct", "mount", "unleash"}


def _aimed_by_verb(tok: Token) -> bool:
    """"carried out dozens of strikes last week on government troops": the parser hangs the aim on
    the verb that carries the strikes out (through a count noun), and a walkout has no aim "on" anyone."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ == "NOUN":
        cur = cur.head  # (session 42) "launched air and ground strikes against militants": "air" heads the pair
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ in ("NOUN", "NUM"):
        cur = cur.head.head  # "dozens of strikes", "a series of strikes"
    verb = cur.head
    if cur.dep_ != "dobj" or verb.lemma_.lower() not in _WAGING:
        return False
    # (session 42) or carried out by an armed force ("troops launched strikes in the north")
    return bool(_prep_objects(verb, {"on", "against"})) or any(
        s.lemma_.lower() in _ARMED for s in _children(verb, {"nsubj"}))


def _general_staff(word: Token, strike: Token) -> bool:
    """(session 31) "carried out strikes ... and hit the army's general staff headquarters": a word
    of labour that only modifies a noun of another verb's phrase tells nothing of the strike
    ("a general strike", "strikes over a pay dispute" stay walkouts)."""
    if word.dep_ not in ("amod", "compound") or strike in word.ancestors:
        return False
    return _clause_verb(word) is not None and _clause_verb(word) != _clause_verb(strike)


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above a word (the clause it belongs to)."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def military_strike(tok: Token) -> bool:
    """Whether a bare "strike" noun is an armed blow, not a labour walkout: a military
    modifier or an "on"/"against" aim, or an article that has already told of attacks, and no
    word of workers, unions or pay in its own sentence."""
    if tok.lemma_.lower() not in ("strike", "airstrike"):
        return False
    if any(t.lemma_.lower() in _LABOUR and not _in_name(t) and not _general_staff(t, tok) for t in tok.sent):
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        # (session 42) "air and ground strikes": the parser makes the first modifier the head of a
        # pair of nouns, so the word the strikes are conjoined to modifies them too
        mods |= {tok.head.lemma_.lower()} | {c.lemma_.lower() for c in tok.head.children
                                             if c.dep_ in ("amod", "compound", "nmod")}
    if mods & _WAR_STRIKE or _prep_objects(tok, {"on", "against"}) or _aimed_by_verb(tok):
        return True
    return any(t.lemma_.lower() in _WAR_TOLD for t in tok.doc[:tok.sent.start])


# wrongs one commits: "committed atrocities", "crimes committed by the army" (perpetrated, no pledge)
_WRONGS = {"atrocity", "crime", "violation", "abuse", "massacre", "murder", "suicide", "offence", "offense",
           "fraud", "genocide", "act", "attack", "error", "mistake", "sin", "foul", "robbery", "theft",
           "assault", "violence", "excess", "rape", "killing", "breach", "felony", "misconduct", "blunder"}
# ends pursued by force or for oneself: "seeking a coup", "seeking revenge" (trying to get, asking no one)
_GRABS = {"coup", "overthrow", "ouster", "toppling", "revenge", "vengeance", "power", "control", "dominance",
          "domination", "hegemony", "destabilisation", "destabilization", "regime"}
# legal steps a court may let go ahead: "an order allowing the investigation of X" (no concession to X)
_PROCEEDINGS = {"investigation", "prosecution", "probe", "inquiry", "enquiry", "trial", "extradition",
                "lawsuit", "suit", "case", "arrest", "hearing", "appeal"}
# nouns a trigger noun may only label: "the draft truce resolution", "a ceasefire proposal"
_DRAFT_PAPERS = {"draft", "proposal", "resolution", "plan", "bill", "motion", "text", "blueprint", "framework"}
_DRAFTED = {"draft", "proposed", "tentative"}
# who "aid workers", "an aid agency" are: people named by their trade, no aid given here
_AID_PEOPLE = {"worker", "agency", "group", "organisation", "organization", "official", "staff", "employee",
               "charity", "ngo", "community", "sector", "volunteer", "chief", "expert"}
_LETTING = {"allow", "let", "permit"}
# (session 28 U) help nouns that, before these people nouns, only name who they are
_TRADE_PEOPLE = {"aid": _AID_PEOPLE, "asylum": frozenset({"seeker", "applicant", "claimant"})}
# (session 46) units and kit named for riots they quell ("riot police", "riot gear")
_RIOT_UNITS = frozenset({"police", "policeman", "policemen", "officer", "squad", "unit", "troop", "force", "gear",
                         "shield", "control", "van", "truck", "helmet"})


def _misread_trade_word(tok: Token, event_type: str) -> bool:
    """(session 28 U) A capitalised "Aid" opening a sentence that the parser read as a verb with
    its people noun as object ("Aid groups in Sudan warned of famine"): the noun of a trade,
    as "aid groups" is elsewhere in a sentence, and no help given."""
    if event_type != "AID" or tok.pos_ != "VERB" or tok.i != tok.sent.start or tok.lower_ not in _TRADE_PEOPLE:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ == "ROOT":
        return False  # "Aid them now", a real imperative or clause of its own
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and objs[0].i == tok.i + 1 and objs[0].lemma_.lower() in _TRADE_PEOPLE[tok.lower_]
# verbs of becoming part of a standing mission or force, which the noun then only names
_JOINING = {"join", "rejoin", "reinforce", "bolster", "augment"}


# verbs of adding one's share to a joint operation, whose "to" noun names that operation: "contribute
# vessels to the patrols", "assign two ships to the mission" (the sharing is the act, not a new patrol)
_CONTRIBUTING = frozenset({"contribute", "assign", "commit", "donate", "lend", "second"})


# agent nouns that name a standing role in another's affairs, not a dated act
_ROLE_NOUNS = frozenset({"donor", "backer", "sponsor", "supporter", "lender", "creditor", "contributor", "patron"})
# verbs that ascribe a role to their subject ("is", "remains its largest donor")
_ASCRIBING = frozenset({"be", "remain", "become", "stay"})


def standing_role(tok: Token, event_type: str) -> bool:
    """Whether a role noun is the predicate of "be/remain" ("Australia remains its largest aid donor"):
    a description of a standing relation, not an act dated to the news (session 19 S1). "Donors
    pledged $2 billion" codes the pledge on its verb: the subject noun names the doer, no act of its own."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ROLE_NOUNS:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
            or tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by"):
        # (session 33) "Western donors have urged all sides", "warnings from Western donors": the
        # doer of another act, named by its standing role
        return True
    return tok.dep_ in ("attr", "acomp", "oprd") and tok.head.lemma_.lower() in _ASCRIBING


# nouns of pacts and bodies whose modifiers only name them
_PACT_NOUNS = frozenset({"agreement", "pact", "treaty", "accord", "deal", "framework", "memorandum", "council",
                         "organisation", "organization", "forum"})


def pact_name_word(tok: Token, event_type: str) -> bool:
    """Whether a cooperation noun only names a pact or body ("signed a defence cooperation agreement",
    "the Shanghai Cooperation Organisation"): the signing or the body is the news, and the pact's
    name is no second act (session 19 S1). "Cooperation on security" stays COOPERATE."""
    return event_type == "COOPERATE" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound" \
        and tok.head.lemma_.lower() in _PACT_NOUNS


# prepositions of bodily place: "standing on the bank", "standing outside the court"
_PLACE_PREPS = frozenset({"on", "at", "outside", "beside", "near", "behind", "inside", "next"})


def posture(tok: Token, event_type: str) -> bool:
    """Whether "stand(ing) ... with" is a bodily posture in a place ("said Ana, standing on the river
    bank with a bag of clothes"): a witness's position, no stand with another party (session 19 S1).
    "stood with Kyiv" and "standing with the protesters" name no place and stay SUPPORT."""
    return event_type == "SUPPORT" and tok.pos_ == "VERB" and tok.lemma_.lower() == "stand" \
        and tok.dep_ in ("advcl", "acl", "xcomp", "conj") \
        and any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in tok.children)


# trips and visits of one's own that may be called off
_TRIPS = frozenset({"visit", "trip", "tour", "journey", "travel", "attendance"})
# purposes that make calling off a trip a signal to the host ("cancelled the visit to protest ...")
_SIGNALLING = frozenset({"protest", "signal", "show", "express", "register", "condemn", "denounce", "punish"})


def own_trip_dropped(tok: Token, event_type: str) -> bool:
    """Whether a leader's own visit is called off for a purpose of their own ("cancelled his visit to
    deal with budget talks at home"): a domestic reason is no sanction on the host (session 19 S1).
    "cancelled the visit to protest the arrests" and a bare "cancelled the visit" stay SANCTION."""
    if event_type != "SANCTION" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ("cancel", "postpone", "call"):
        return False
    if not any(o.lemma_.lower() in _TRIPS for o in _children(tok, {"dobj", "nsubjpass"})):
        return False
    purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)]
    purposes += [c for o in _children(tok, {"dobj"}) for c in o.children
                 if c.dep_ in ("acl", "relcl") and _to_infinitive(c)]
    return any(p.lemma_.lower() not in _SIGNALLING for p in purposes)


def deed_sense(tok: Token, event_type: str) -> bool:
    """Verbs the lexicon reads as pledges or demands but that here name a deed or a drive.

    Why: "committed crimes" is perpetrating, not committing to anything; "seeking a coup" is trying
    to seize power, asking no one; "push insurgents from the town" is a military drive, no appeal; a
    court order "allowing the investigation" of officials concedes nothing to them.
    """
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    objs = _children(tok, {"dobj", "nsubjpass"})
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "reports of violations being committed": the parser may hang the participle on the
        # noun before "of", so the "of" object is what was done too
        objs = objs + [tok.head] + _prep_objects(tok.head, {"of"})
    if tok.tag_ == "VBN" and _children(tok, {"auxpass"}) and not _children(tok, {"nsubjpass"}):
        # (session 47) "crimes it said had been committed in Ukraine": the relative clause's noun,
        # through the saying verb it hangs on
        clause = tok
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ == "VERB" and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl":
            objs = objs + [clause.head]
    if lemma == "commit" and event_type == "AGREE" and lemmas(objs) & _WRONGS:
        return True
    if lemma == "seek" and event_type == "REQUEST" and lemmas(_children(tok, {"dobj"})) & _GRABS:
        return True
    if lemma == "push" and event_type == "REQUEST" and _children(tok, {"dobj"}) and (
            _prep_objects(tok, {"from", "out", "back", "away"})
            or any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back", "away") for c in tok.children)):
        return True
    if lemma in _LETTING and event_type == "CONCEDE" and lemmas(_children(tok, {"dobj"})) & _PROCEEDINGS:
        return True
    return False


def topic_noun(tok: Token, event_type: str) -> bool:
    """A trigger noun that only labels something else: a document ("the draft truce resolution"),
    a trade ("aid workers"), goods another party lets in ("allowed aid into Gaza"), or an idea judged
    in a copular opinion ("a truce in Syria is a show-piece").

    Why: the act is what is done to the document, by the workers, or the letting in; the noun itself
    reports no act of its own.
    """
    if _misread_trade_word(tok, event_type):
        return True
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    head = tok.head
    if tok.dep_ in ("compound", "amod") and head.i != tok.i and (
            head.lemma_.lower() in _DRAFT_PAPERS and head.lemma_.lower() != lemma
            and (head.lemma_.lower() in ("draft", "proposal", "blueprint")
                 or any(c.lower_ in _DRAFTED for t in (tok, head) for c in t.children
                        if c.dep_ in ("amod", "compound")))):
        return True
    if event_type == "SUPPORT" and tok.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "MONEY":
        return True  # "gave $20 million in financial support": the kind of money given; the giving is the act
    if event_type in ("AGREE", "SUPPORT") and tok.dep_ == "pobj" and head.lower_ == "under" \
            and head.head.i != head.i and (lemma in _SIGNED_PACTS or lemma in _RATIFIED) \
            and not _children(tok, {"acl", "relcl"}):
        return True  # "shared evidence with Mexico under a treaty": the pact an act follows, made long before
    if event_type == "AID" and tok.dep_ == "compound" and head.lemma_.lower() in _TRADE_PEOPLE.get(lemma, ()):
        return True  # "aid workers", "asylum seekers": people named by a trade or a plea, no help given
    if event_type == "PROTEST" and lemma == "riot" and tok.dep_ in ("compound", "amod", "nmod") \
            and head.lemma_.lower() in _RIOT_UNITS:
        return True  # (session 46) "Russian riot police", "riot gear": a unit's or kit's name, no riot
    if event_type == "SUPPORT" and lemma == "support" and any(c.lower_ == "life" for c in tok.children):
        return True  # (session 46) "remained on life support": a medical term, no backing
    if event_type == "AID" and tok.dep_ == "dobj" and head.lemma_.lower() in ("allow", "permit"):
        return True
    if event_type == "AID" and tok.dep_ == "dobj" and head.lemma_.lower() in _JOINING and any(
            t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in tok.lefts):
        return True  # "arrived to join the United Nations peacekeeping mission": a standing body's name
    if event_type in ("MOBILIZE", "THREATEN") and tok.dep_ == "pobj" and head.lower_ == "to" \
            and head.head.lemma_.lower() in _CONTRIBUTING:
        return True  # "each navy will contribute two vessels to the patrols": the operation joined
    if tok.dep_ == "nsubj" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") \
            and any(c.dep_ in ("attr", "acomp") for c in head.children) \
            and all(c.lower_ in ("a", "an") for c in tok.children if c.dep_ in ("det", "poss")):
        return True
    return False


# (session 26) goods a thing can be "an attack on" or "a threat to": a state's sovereignty, a people's freedoms
ASSAILED_GOODS = frozenset({"independence", "freedom", "liberty", "democracy", "justice", "sovereignty", "integrity",
                            "self-determination", "statehood", "autonomy", "constitution", "unity", "dignity",
                            "right"})


def threat_to_goods(tok: Token, event_type: str) -> bool:
    """(session 28 U) "Threats to press freedom in Hungary", "growing threats to democracy": a threat
    noun with no one making it, whose "to" names a good, is a topic of concern, not a threat made.
    "Serbia's threat to Kosovo's sovereignty" or "threats by the army to democracy" keep their
    maker and stay threats."""
    if event_type != "THREATEN" or tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in ("threat", "threats"):
        return False
    if any(c.dep_ == "poss" for c in tok.children) or _prep_objects(tok, {"by", "from"}):
        return False
    return any(o.lemma_.lower() in ASSAILED_GOODS for o in _prep_objects(tok, {"to", "against"}))


# (session 28 U) verbs that keep an act from taking place, and phrasal ones ("hold up", "put off")
_HALTING = word_list("halting_verbs")
_HALTING_PHRASAL = frozenset({("hold", "up"), ("put", "off")})
# verbs that slow an act, and the act types for which being slowed means none is told: a meeting,
# a bond or a deal ("hampered talks"); aid or fighting that is hampered still goes on
_SLOWING = word_list("slowing_verbs")
_SLOWED_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def _halting_verb(verb: Token, event_type: str) -> bool:
    """Whether ``verb`` keeps its object from happening ("stalled", "postponed", "held up") or,
    for a meeting, bond or deal, slows it ("hampered")."""
    lemma = verb.lemma_.lower()
    if lemma in _HALTING or lemma in _SLOWING and event_type in _SLOWED_TYPES:
        return True
    if lemma == "put" and _on_hold(verb):
        return True  # (session 30) "put its partnership work on hold"
    if lemma == "block" and event_type == "CONSULT":
        return True  # (session 33) "blocked Turkey's accession talks": the talks named were kept from going on
    return any(c.dep_ == "prt" and (lemma, c.lower_) in _HALTING_PHRASAL for c in verb.children)


def held_back_act(tok: Token, event_type: str) -> bool:
    """(session 28 U) An act noun that a verb stalls, puts off or derails ("the impasse has stalled
    talks with Serbia", "Kenya postponed the visit", "the row threatened to derail negotiations"):
    the act named has not taken place.

    Why: judges of our fresh news called such records "no event, no meeting"; the noun only names
    what was held back. A denied halting ("did not delay the talks") leaves the act told, and aid
    or fighting that is hampered still goes on (``_SLOWED_TYPES``).
    """
    if tok.pos_ != "NOUN" or event_type not in _SLOWED_TYPES | {"RETREAT", "CONCEDE", "SANCTION", "COERCE",
                                                                 "ASSAULT", "PROTEST", "MOBILIZE", "AID"}:
        return False
    cur = tok
    while cur.dep_ in ("conj", "compound") and cur.head.pos_ == "NOUN":
        cur = cur.head  # "delayed the talks and the visit", (session 30) "paused partnership work"
    verb = cur.head
    if event_type in _WITHHELD_HELP and _excepted(cur):
        return True  # (session 34) "suspended its cooperation except for humanitarian aid": the aid is no act
    if cur.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or not (
            _halting_verb(verb, event_type) or event_type in _WITHHELD_HELP and verb.lemma_.lower() in _CUTTING_OFF):
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


# (session 34, helper c) help and ties that a verb cuts off: "suspended defence cooperation with Fiji",
# "suspended some aid programmes", "froze aid"; the cutting verb carries the act (SANCTION)
_WITHHELD_HELP = frozenset({"COOPERATE", "AID"})
# (only verbs that carry a SANCTION record themselves: with "stop aid" or "end aid" the noun's own
# record, retyped to a sanction, is the act)
_CUTTING_OFF = frozenset({"suspend", "freeze", "halt", "cut", "sever", "withhold"})


def _excepted(noun: Token) -> bool:
    """(session 34, helper c) Whether a noun is what "except (for)" or "apart from" leaves out of a
    measure ("suspended its cooperation except for humanitarian aid"): the exception names help that
    goes on as before, no act of the news."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ in ("except", "excepting", "excluding"):
        return True
    return prep.lower_ in ("for", "from") and prep.head.lower_ in ("except", "apart", "aside")


# (session 20 W1) things a trigger noun only names the kind of: "a patrol ship", "air raid warnings"
_LABELLED_THINGS = VEHICLES | frozenset({"ship", "boat", "vessel", "aircraft", "plane", "helicopter", "jet",
                                         "warning", "alert", "siren", "shelter", "drone", "submarine",
                                         "rifle", "gun", "weapon"})  # (session 62) "the assault rifle"
# notices that a public alert names ("an air raid alert", "an alert to citizens")
_ALERT_KINDS = frozenset({"raid", "air", "missile", "text", "travel", "weather"})
# states of a bond told as background ("already strained ties", "close ties")
_BOND_STATES = frozenset({"strained", "close", "good", "warm", "cordial", "frosty", "tense", "deep", "friendly",
                          "troubled", "fraught", "longstanding", "long-standing", "historic", "strong", "poor"})
# what a closure "to the public" or "for a day" is: a precaution, not a break in relations
_PRECAUTIONS = frozenset({"day", "hour", "week", "weekend", "security", "safety", "precaution", "holiday"})
# what one draws from a river or an account: no troops pulled back
_DRAWN = frozenset({"water", "money", "cash", "fund", "saving", "deposit", "cusec", "litre", "liter", "gallon"})
# papers handed to a depositary: procedure, no aid
_DEPOSITED = frozenset({"ratification", "instrument", "accession", "document", "paper"})
# standings a fact "gives" a party: a position, not a gift
_STANDINGS = frozenset({"hope",  # (session 34) "will give hope to many people": a feeling, no gift
                        "leverage", "advantage", "edge", "upper", "boost", "impetus", "momentum", "clout",
                        "influence", "sway", "power", "control", "headache", "pause", "weight"})
# what a pact's own terms do ("a treaty ending hostilities", "an agreement allowing patrols"); a
# participle of speech hung on a pact noun ("a treaty with the U.S., accusing Washington") is its doer's
_PACT_TERM_TYPES = frozenset({"RETREAT", "CONCEDE", "AID", "COOPERATE", "SANCTION"})
# talks whose "on" object is the pact under negotiation
_PACT_TALKS = frozenset({"talk", "negotiation", "discussion", "dialogue"})
# things a warning foretells ("warned that prices could rise"): a forecast, not a threat
_FORECAST_THINGS = frozenset({"price", "inflation", "cost", "shortfall", "blackout", "outage",
                              # (session 22) "warned that the dispute would hurt families": a forecast
                              # of what a quarrel or a step will bring, no act of the warner's
                              "dispute", "row", "standoff", "feud", "move", "decision", "uncertainty",
                              "turmoil", "recession", "slowdown"})
# (session 24) steps owed to another party: failing one withholds it ("failed to reach agreement",
# "failed to comply with the ruling", "fails to let the inspectors in"), as PLOVER codes REJECT
_OWED_STEPS = frozenset({"agree", "reach", "comply", "honour", "honor", "respect", "uphold", "meet", "respond",
                         "reply", "answer", "release", "free", "return", "hand", "deliver", "implement", "attend",
                         "appear", "let", "allow", "admit", "cooperate", "accept", "recognise", "recognize",
                         "ratify", "approve", "sign", "support", "back", "endorse", "vote", "condemn", "heed",
                         "obey", "abide", "fulfil", "fulfill", "keep", "withdraw", "leave", "lift", "end", "halt",
                         "extradite", "surrender", "disarm", "engage", "negotiate", "observe", "grant", "provide",
                         "renew", "extend"})


def _failed_feat(tok: Token) -> bool:
    """Whether "failed to ..." tells a feat not achieved, not a step owed to another party withheld.

    Why (session 24, judged fresh news): "the attackers had failed to destroy data", "has twice
    failed to put a satellite into orbit", "failed to prevent this disaster", "failed to produce
    any lawful basis" miss a goal and refuse no one; REJECT is a refusal of what another party asks
    or is owed. Near misses stay: "failed to reach agreement", "failed to comply with the ruling".
    """
    steps = _children(tok, {"xcomp"})
    return bool(steps) and not any(s.lemma_.lower() in _OWED_STEPS for s in steps)


# what one travels abroad for that makes the trip private
_CARE = frozenset({"treatment", "surgery", "care", "checkup", "check-up", "operation", "therapy", "rest"})


def label_or_aside(tok: Token, event_type: str) -> bool:
    """Trigger words that name a kind of thing or a standing state, or verbs in a sense of no act
    between parties (session 20 W1, from judged wire news).

    Why: "a patrol ship" is a ship, "air raid warnings" are notices, "in an alert to citizens" is a
    message, "lived under the threat of attacks" and "without their coordination" tell a condition
    or its absence, "joining the alliance" names a body, "strained ties" a mood; closing an embassy
    "to the public" or "for a day" is a precaution, withdrawing water or cash draws a resource,
    depositing a ratification is procedure, "giving Beijing leverage" a position, travel "for
    treatment" a private trip, and "conceded that no charge had been filed" an admission in court.
    Near misses stay: "the navy will patrol the strait", "put troops on alert", "a threat to
    retaliate", "an alliance with Moscow", "closed its embassy in Tehran", "withdrew its troops",
    "gave $5 million", "travelled to Paris for talks", "conceded defeat".
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.lemma_.lower() in _LABELLED_THINGS \
                and tok.head.lemma_.lower() != lemma:
            return True  # "a patrol ship", "air raid warnings": the kind of a vehicle or notice
        if lemma == "alert" and event_type == "MOBILIZE" and (
                _prep_objects(tok, {"to"}) or any(c.dep_ == "compound" and c.lemma_.lower() in _ALERT_KINDS
                                                  for c in tok.children)):
            return True  # "in an alert to citizens", "an air raid alert": a notice, no forces readied
        if tok.dep_ == "pobj" and tok.head.lower_ == "without":
            return True  # "carried out without their coordination": an act absent, none told
        if lemma == "threat" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            return True  # "lived under the threat of Russian attacks": a standing danger, no threat made
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "threat" \
                and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ == "under":
            return True  # (the attacks so feared are none told either)
        if lemma == "alliance" and event_type == "COOPERATE" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not _prep_objects(tok, {"with", "between", "against", "among"}):
            return True  # "joining the alliance", "the alliance's summit": a named body, no pact made
        if event_type == "SANCTION" and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
                and tok.head.head.dep_ == "acl" and tok.head.head.tag_ == "VBN":
            return True  # "a region rattled by U.S. tariffs": what ails the region, told as its label
        if lemma in _PACT_NOUNS and event_type in ("SUPPORT", "AGREE") and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("on", "over", "about") and tok.head.head.lemma_.lower() in _PACT_TALKS:
            return True  # "suspended talks on a peace treaty": the topic of talks, no pact signed
        if lemma == "tie" and event_type == "COOPERATE" and any(
                t.lower_ in _BOND_STATES for c in tok.children if c.dep_ == "amod" for t in c.subtree):
            return True  # "a blow to already strained ties": the state of a bond, no cooperation done
        return False
    if tok.pos_ != "VERB":
        return False
    what = _undergoer(tok)
    things = [w for w in [what] if w is not None]
    things += [c for w in things for c in w.subtree]
    if lemma in ("close", "shut") and event_type == "SANCTION" and (
            any(p.lemma_.lower() in ("public",) for p in _prep_objects(tok, {"to"}))
            or any(p.lemma_.lower() in _PRECAUTIONS for p in _prep_objects(tok, {"for", "as"}))
            or any(c.dep_ == "advmod" and c.lower_ == "temporarily" for c in tok.children)):
        return True  # "shut their embassies to the public", "closing an embassy for a day": a precaution
    if lemma == "withdraw" and event_type == "RETREAT" and any(t.lemma_.lower() in _DRAWN for t in things) \
            and not any(t.lemma_.lower() in TROOPS for t in things):
        return True  # "allowed to withdraw 153 cusecs of water": a resource drawn, no pull-back
    if lemma == "deposit" and event_type == "AID" and any(t.lemma_.lower() in _DEPOSITED for t in things):
        return True  # "before Hungary can deposit its ratification": a treaty step, no aid
    if lemma == "give" and event_type == "AID" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _STANDINGS for c in tok.children):
        return True  # "giving Beijing significant leverage": a position a fact confers, no gift
    if lemma == "travel" and event_type == "CONSULT" and any(
            t.lemma_.lower() in _CARE for p in _prep_objects(tok, {"for"}) for t in p.subtree):
        return True  # "allowed to travel to Britain for medical treatment": a private trip
    if lemma == "concede" and event_type == "CONCEDE" and _children(tok, {"ccomp"}) and not what:
        return True  # "conceded that no charge had been filed": a point admitted, no concession made
    if lemma == "warn" and event_type == "THREATEN" and any(
            s.lemma_.lower() in _HARMS | MISHAPS | _FORECAST_THINGS
            for c in _children(tok, {"ccomp"}) for s in _children(c, {"nsubj"})):
        return True  # "warned that fuel shortages could follow": a forecast of a hardship, no one threatened
    if lemma == "fail" and event_type == "REJECT" and _failed_feat(tok):
        return True  # "the state had failed to produce any lawful basis": a shortfall in proof, no refusal
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in _PACT_NOUNS \
            and event_type in _PACT_TERM_TYPES:
        return True  # "a peace treaty formally ending World War Two hostilities": the pact's terms
    return False


# (session 21) what a trigger noun only names the kind of when it modifies a place or a token of a
# standing cause: "the protest camp", "a protest song"
_STANDING_SETTINGS = frozenset({"camp", "encampment", "site", "tent", "village", "song", "slogan", "banner",
                                "placard", "poster", "symbol", "movement", "anthem"})
# bodies whose own gathering a meeting noun names ("an opposition meeting", "a cabinet meeting")
_ONE_BODY = frozenset({"opposition", "cabinet", "party", "board", "committee", "council", "staff", "campaign",
                       "caucus", "leadership", "politburo", "faction", "union", "shareholder", "family", "club",
                       "church", "congregation", "parish", "town", "village", "team", "member",
                       "supporter", "activist", "student", "worker"})
_BODY_GATHERINGS = frozenset({"meeting", "gathering", "session", "congress", "convention", "conference", "assembly",
                         "rally", "retreat", "summit"})
# answering words whose object, when definite and ownerless, points back at words told earlier
_ANSWERED_BACK = frozenset({"reject", "dismiss", "deny", "refute", "brush", "shrug", "rebuff", "answer",
                            "counter", "rebut", "contest", "dispute"})
_POINTING_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
# moods that keep one from an act ("afraid to talk", "too scared to go out")
_FEARING = frozenset({"afraid", "scared", "frightened", "fearful", "terrified", "reluctant", "unwilling",
                      "hesitant", "loath", "loth", "wary", "nervous"})
# consequences a warning foretells ("would lead to civil war", "could plunge the country into chaos")
_LEADS_TO = frozenset({"lead", "result", "plunge", "push", "drag", "tip", "spiral", "descend", "slide", "degenerate",
                       "deteriorate", "end"})


# (session 31) prepositions that make "relief" a mood: "rose on relief that", "greeted with relief"
_MOOD_PREPS = {"on", "in", "with"}
# amounts of a measure that are none: "enter at zero tariff", "no duty"
_NONE_AMOUNTS = {"zero", "no", "nil"}


# (session 37) verbs of supplying a market, and the shares of it they can move
_SUPPLYING = frozenset({"supply", "provide", "export", "sell", "ship", "deliver"})
_SHARES = frozenset({"quarter", "third", "half", "fifth", "tenth", "percent", "%", "share", "proportion", "bulk",
                     "fraction", "majority"})


def mood_or_amount(tok: Token, event_type: str) -> bool:
    """Trigger words that name a mood, a nil measure or a moved amount, no act (session 31, judged
    wire news): "shares rose on relief that the rate was lower" and "a sigh of relief" are a feeling,
    no aid given; "products would enter at zero tariff" names the lack of a duty, no sanction;
    "the duty would push up prices" moves a figure, no one urges anyone. Near misses stay: "relief
    for the flood victims", "a 20% tariff", "pushed Iran to talk"."""
    lemma = tok.lemma_.lower()
    if event_type == "AID" and lemma == "relief" and tok.dep_ == "pobj" and (
            tok.head.lower_ in _MOOD_PREPS or tok.head.head.lemma_.lower() == "sigh"):
        return not _prep_objects(tok, {"for", "to"}) and not any(
            c.dep_ in ("amod", "compound") for c in tok.children)
    if event_type == "SANCTION" and tok.pos_ == "NOUN":
        return any(c.dep_ in ("nummod", "amod", "det") and c.lower_ in _NONE_AMOUNTS for c in tok.children)
    if event_type == "AID" and tok.pos_ == "VERB" and lemma in _SUPPLYING:
        # (session 37) "Niger supplied about a quarter of the EU's uranium in 2022": a share of a
        # market is a trade figure, no aid given (judged no event in batch s20b)
        return any(o.lemma_.lower() in _SHARES and _prep_objects(o, {"of"}) for o in _children(tok, {"dobj"}))
    return event_type == "REQUEST" and tok.pos_ == "VERB" and lemma in _PUSHING \
        and any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in tok.children)


def setting_or_fear(tok: Token, event_type: str) -> bool:
    """Trigger words that name a setting, a topic or a fear, not an act told (session 21, from
    judged wire news).

    Why: "raided the protest camp" names a place by the cause it stands for; "remarks made at an
    opposition meeting" and "spoke at a cabinet meeting" name one body's own gathering as the
    scene, no consultation between parties; "stand up to Washington over the nuclear talks" names
    the talks as a topic; "rejected the criticism" answers words told before, it tells no new
    criticism; "afraid to talk on the phone" is a fear, nothing done; and "warned that excluding
    the left would lead to civil war" foretells an outcome, it threatens no one. Near misses stay:
    "held talks with Iran", "at a meeting with Putin", "rejected criticism from Berlin", "warned
    that it would strike back".
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        head = tok.head
        if tok.dep_ == "compound" and head.i != tok.i and head.lemma_.lower() in _STANDING_SETTINGS \
                and head.lemma_.lower() != lemma:
            return True  # "the anti-government protest camp": a place named by its cause
        partners = _prep_objects(tok, {"with", "between", "among", "amongst", "of"})
        if event_type == "CONSULT" and lemma in _BODY_GATHERINGS and not partners and tok.dep_ == "pobj" \
                and head.lower_ in ("at", "during", "after", "following", "before") and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ONE_BODY for c in tok.children) \
                and not any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in tok.children):
            # "spoke at an opposition meeting", (session 28) "came after an emergency cabinet meeting":
            # one body's own gathering, the scene or the time of the act
            return True
        if event_type == "CONSULT" and tok.dep_ == "pobj" and head.lower_ in ("over", "about", "regarding",
                                                                               "concerning") \
                and head.head.i != head.i and not partners and lemma not in PHONES:
            return True  # "stand up to Washington over the Iran nuclear talks": the talks as a topic
        if event_type == "ACCUSE" and tok.dep_ == "dobj" and head.lemma_.lower() in _ANSWERED_BACK \
                and any(c.dep_ == "det" and c.lower_ in _POINTING_DETS for c in tok.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "nmod", "acl", "relcl") for c in tok.children) \
                and not _prep_objects(tok, {"of", "from", "by"}):
            return True  # "Minsk rejected the criticism": words told before, answered, no new act
        return False
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _FEARING and _to_infinitive(tok):
        return True  # "we are afraid to talk on the phone": a fear, nothing done
    if lemma == "warn" and event_type == "THREATEN":
        for c in _children(tok, {"ccomp"}):
            subjects = _children(c, {"nsubj", "csubj"})
            if c.lemma_.lower() in _LEADS_TO and _prep_objects(c, {"to", "in", "into"}) \
                    and not any(s.lower_ in ("we", "i") for s in subjects) \
                    and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "will", "may", "might", "can")
                            for a in c.children):
                return True  # "warned that excluding the left would lead to civil war": a forecast
    return False
