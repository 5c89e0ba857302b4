"""Trigger words that are no event where they stand: a disaster as the doer, a weather warning, a
refusal to comment.

Why apart: each rule vetoes a candidate the lexicon matched, for a reason a reader can check
against the sentence; keeping the vetoes together keeps the coder about finding events.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_coref import window_start
from .actor_lexicon import OBJECT_PRONOUNS, PRONOUNS
from .event_roles import (
    SUBJ as _SUBJ,
    children as _children,
    prep_objects as _prep_objects,
    to_infinitive as _to_infinitive,
    verb_of as _verb_of,
)
from .triggers import context_words, word_list

__all__ = ["collision", "everyday_sense", "generic_visitors", "mishap", "mishap_inquiry", "no_comment", "other_sense",
           "plain_sense", "realnews_sense", "caught_or_famed", "described_people", "journey", "private_life", "safety_or_court", "product_release", "talk_partners",
           "verbal_attack", "weather", "errand"]

_MISHAPS = word_list("mishaps")
_ATTACKERS = word_list("attackers")
_DENIED = word_list("denied")
_INSTRUMENTS = word_list("instruments")
_SHOWS = word_list("shows")
_ROUTINE = word_list("routine_halts")
_ENVOYS = word_list("envoys")
_AIMS = word_list("abstract_aims")
_ABSTRACT = word_list("abstract_doers")
_SAID = word_list("verbal_targets")
_OFFERS = word_list("political_offers")
_BODIES = word_list("sitting_bodies")
_MISSED = (word_list("receive") - {"accept"}) | {"top", "qualify", "finish", "score", "exceed", "survive",
                                               "materialise", "materialize"}
_INFO = word_list("information")
_ANIMALS = word_list("animals")
_CANDIDACIES = word_list("candidacies")
_PENALTY_TERMS = word_list("penalty_terms")
_SHARED = word_list("shared_things")
_REPUTED = word_list("reputed_links")
_CHARGE_NOUNS = {"charge", "count", "accusation", "allegation", "conviction", "suspicion", "indictment"}
_SPEECH_ADVCL = {"say", "add", "note", "argue", "explain", "stress"}
_TROOPS = word_list("troops")
_POSTED = {"article", "post", "story", "link", "tweet", "video", "photo", "image", "picture", "meme", "message"}
_PERMIT = {"allow", "permit", "enable", "prohibit", "forbid", "bar"}
_HALT = {"cancel", "suspend", "halt"}
_ROADSIDE = word_list("roadside")
_VEHICLES = word_list("vehicles")
# what vehicles and buildings do by mishap: a plane "crashes", a train "derails", a roof "collapses"
_WRECKS = {"crash", "collide", "derail", "capsize", "overturn", "collapse", "sink", "ditch"}
# what makes people leave their homes ("forced thousands to evacuate") and the jobs one lends a hand in
_DRIVEN_OUT = {"force", "compel", "cause", "prompt", "lead", "drive", "oblige"}
_WORKS = {"work", "research", "study", "project", "experiment", "design", "development", "production", "writing",
          "editing", "filming", "recording", "analysis", "survey", "excavation", "testing", "construction"}
_IMPACTS = {"strike", "hit", "ram", "crash", "collide", "plough", "plow", "smash"}
_RIGHTS = word_list("rights_aims")
_STAFF = word_list("dismissible")
_NOTICES = _INFO | {"warning", "watch", "alert", "advisory", "claim", "remark", "comment", "statement"}
# things that let someone do something without anyone conceding it: papers, permits, decisions in force
_ENABLERS = _INSTRUMENTS | {"document", "paper", "licence", "license", "permit", "visa", "passport", "certificate",
                           "declaration", "break", "emergency", "exemption", "waiver", "loophole", "warrant", "card",
                           "ticket", "pass", "technology", "tool", "device", "software", "feature", "power", "status"}
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
_KIN = {"sister", "brother", "half-sister", "half-brother", "sibling", "wife", "husband", "partner", "mother",
        "father", "parent", "son", "daughter", "family", "friend", "roommate", "girlfriend", "boyfriend", "cousin",
        "follower", "fan", "viewer", "reader", "sister-in-law", "brother-in-law", "stepsister", "stepbrother"}
# recognising a practice, a right or a merit is no diplomatic recognition (CAMEO 054 is of a state or result)
_PRACTICES = {"union", "marriage", "partnership", "right", "relationship", "practice", "holiday", "language",
              "degree", "qualification", "diploma", "achievement", "contribution", "work", "effort", "talent",
              "service", "importance", "value", "need", "problem", "heritage", "site", "landmark", "tradition",
              "religion", "faith", "custom", "identity", "gender", "skill", "sacrifice", "bravery", "courage",
              "excellence", "career", "role", "status", "benefit", "potential", "danger", "risk", "symptom",
              "sign", "face", "voice", "pattern", "disease", "condition", "couple"}
_FAME = {"national", "international", "critical", "wide", "widespread", "public", "global", "worldwide",
         "popular", "early", "wider", "broad", "great", "instant", "considerable", "much"}
# what holds up a weight, and those a breadwinner keeps: no political backing
_LOADS = {"statue", "weight", "roof", "load", "ceiling", "column", "tower", "beam", "deck", "arch", "dome",
          "pillar", "stem", "vine", "shelf", "monument", "sculpture", "bridge", "span", "girder", "wing", "tent"}
_DEPENDANTS = {"family", "child", "children", "son", "daughter", "kid", "baby", "wife", "husband", "parent",
               "mother", "father", "himself", "herself", "themselves", "myself", "sibling", "household"}
# generic people whose travel is tourism or residence, not a visit by any party
_PASSERS_BY = {"people", "person", "tourist", "fan", "visitor", "resident", "traveller", "traveler", "passenger",
               "pilgrim", "holidaymaker", "vacationer", "backpacker", "hiker", "crowd", "shopper", "student",
               "family", "anyone", "everyone", "those", "foreigner", "guest", "spectator", "attendee"}
_HARMS = {"suffering", "violence", "instability", "death", "decline", "problem", "crisis", "spread", "rise",
          "loss", "failure", "collapse", "pollution", "warming", "change", "erosion", "damage", "tension",
          "delay", "shortage", "fall", "poverty", "obesity", "disease", "outbreak", "injury", "crash", "fire"}
# tasks one lends a hand with ("helped organise the concert"); helping others to cope stays aid
_TASKS = {"facilitate", "manage", "organise", "organize", "arrange", "plan", "run", "write", "produce", "design",
          "create", "found", "coordinate", "draft", "edit", "direct", "compose", "host", "craft", "pioneer", "invent"}
_MEANS = {"preparation", "resource", "technology", "system", "strategy", "tactic", "airbag", "software", "tool",
          "method", "skill", "argument", "technique", "app", "algorithm", "update", "feature", "capital", "talent"}
_LIMELIGHT = {"spotlight", "limelight", "attention", "fame", "publicity", "glory", "stardom", "recognition"}
_SHORTFALLS = {"be", "make", "get", "attract", "gain", "garner", "secure", "land", "register"}
_PUBLISHED = {"plan", "return", "memo", "email", "text", "schedule", "budget", "manifesto", "roadmap", "timeline",
              "poll", "survey", "minute", "chat", "message", "log", "photograph", "result", "score", "map"}
_SPANS = {"time", "day", "week", "month", "hour", "year", "minute", "moment", "weekend", "deadline", "extension"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "attr", "ROOT"}
_SPAN_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_COURT_DUES = {"bail", "parole", "justice", "hearing", "trial", "pardon", "clemency", "reprieve", "retrial"}
_DRIVERS = _VEHICLES | {"driver", "motorist", "cyclist", "motorcyclist", "lorry", "trucker"}
# people and works of the arts: working "with a guitarist" or "on an album" is no cooperation between parties
_ARTS = {"artist", "musician", "band", "singer", "songwriter", "lyricist", "guitarist", "bassist", "drummer",
         "pianist", "violinist", "cellist", "composer", "rapper", "actor", "actress", "filmmaker", "novelist",
         "poet", "painter", "sculptor", "dancer", "choreographer", "comedian", "co-star", "costar", "album",
         "song", "single", "record", "recording", "film", "movie", "sitcom", "musical", "opera", "novel",
         "painting", "exhibition", "concert", "tour", "lyric", "duet", "orchestra", "choir", "studio"}
# spouses and lovers one "meets" in the sense of first getting to know them
_SWEETHEARTS = (_KIN - {"partner", "follower", "fan", "viewer", "reader", "family"}) | {
    "spouse", "fiancé", "fiancée", "fiance", "fiancee", "lover", "sweetheart", "classmate", "bandmate"}
_ACQUAINTING = {"study", "live", "grow", "attend", "train", "perform", "record", "tour", "holiday", "vacation"}
_HANGOUTS = {"pub", "bar", "nightclub", "club", "party", "wedding", "concert", "festival", "school", "college",
             "university", "gym", "cafe", "café", "dance", "disco"}
# what a guest is invited to do on a show, and the courtroom steps a "to block" can serve
_SHOW_ACTS = {"appear", "perform", "play", "sing", "star", "dance", "record", "guest"}
_SUITS = {"sue", "petition", "appeal"}
_SUIT_NOUNS = {"lawsuit", "suit", "injunction", "motion", "petition", "appeal", "complaint", "case", "filing"}
_GUARDS = {"police", "officer", "authority", "security", "cordon", "guard", "firefighter", "troops", "soldier"}
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
# papers that are "released" (published), and the young whom parents "allow" out
_PAPERS = _PUBLISHED | _INFO | {"document", "return", "record", "file", "paper", "report", "tape", "transcript",
                                "letter", "finding", "figure", "detail", "name", "photo", "video", "image",
                                "recording", "footage", "statement", "datum", "email"}
_YOUNG = _DEPENDANTS | _KIN | {"boy", "girl", "kid", "pupil", "teenager", "toddler", "infant", "grandchild"}


def _mishap_words(tok: Token) -> bool:
    """Whether a noun is or is modified by a disaster word ("Hurricane Lorenzo", "flood warning")."""
    words = {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")} | {t.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                                    for t in c.subtree}
    return bool(words & _MISHAPS)


def weather(tok: Token) -> bool:
    """A warning of a storm or flood ("a hurricane warning", "warned of flash floods") is no threat."""
    if tok.pos_ == "NOUN":
        return _mishap_words(tok)
    if tok.dep_ == "acl" and _mishap_words(tok.head):
        return True
    return any(_mishap_words(o) for o in _prep_objects(tok, {"of", "about"}) + _children(tok, {"dobj"}))


def mishap_inquiry(tok: Token) -> bool:
    """An investigation of a crash, fire or outbreak looks for causes, not culprits (no ACCUSE)."""
    looked_at = _prep_objects(tok, {"of", "into"}) + _children(tok, {"dobj", "nsubjpass"})  # "the crash was investigated"
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "began investigations of the crash"
        looked_at += _prep_objects(tok.head, {"of", "into"})
    if any(o.lemma_.lower() in _MISHAPS or _mishap_words(o) for o in looked_at):
        return True
    if any(o.lemma_.lower() == "death" for o in looked_at) and any(
            p in tok.sent.text.lower() for p in _NO_FOUL_PLAY):
        return True  # "an investigation of the death, which they treated as not suspicious"
    verb = tok if tok.pos_ == "VERB" else _verb_of(tok)
    doers = _children(verb, _SUBJ) if verb is not None else []
    named = " ".join(t.text.lower() for d in doers for t in d.subtree)
    return any(b in named.split() or (" " in b and b in named) for b in _SAFETY_BOARDS)  # "the NTSB would begin"


# What a policy or a market hits: "the ban hit importers", "sanctions hurt the economy".
_BLOWS = frozenset({"hit", "strike", "hurt", "batter", "slam", "cripple", "devastate", "ravage", "pummel"})
_ECONOMIC = frozenset({"ban", "sanction", "tariff", "price", "crisis", "inflation", "decision", "law", "measure",
                       "slump", "downturn", "shortage", "drought", "recession", "policy", "cut", "rule",
                       "regulation", "tax", "pandemic", "outbreak", "virus", "economy", "market", "export",
                       "import", "sale", "profit", "growth", "industry", "business", "revenue", "earnings",
                       "currency", "stock", "share", "demand", "supply", "cost", "rate", "budget", "levy"})


def economic_blow(tok: Token) -> bool:
    """"India's ban on rice exports hit importers", "sanctions have hurt the economy": a policy
    or market that hits someone is an economic effect, not an attack."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _BLOWS:
        return False
    subjects = _children(tok, {"nsubj"})
    objects = _children(tok, {"dobj", "nsubjpass"})
    if any(s.lemma_.lower() in _ATTACKERS or s.lower_ in _ATTACKERS for s in subjects):
        return False  # "a suicide bomber struck a market": an attacker's blow, whatever it hits
    return any(s.lemma_.lower() in _ECONOMIC for s in subjects) or any(
        o.lemma_.lower() in _ECONOMIC for o in objects)


def collision(tok: Token) -> bool:
    """A driver or vehicle striking something on the road is a traffic accident, not an attack:
    "struck a guard rail", "was driving a truck and struck a group of motorcycles"."""
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and not _children(tok, _SUBJ) \
            and tok.head.i != tok.i and tok.head.lemma_.lower() in _IMPACTS and collision(tok.head):
        return True  # "struck a group of motorcycles, killing seven riders": the crash did the harm
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.dep_ == "advcl" \
            and tok.head.tag_ == "VBG" and collision(tok.head):
        return True  # "..., killing seven riders and injuring three more"
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _IMPACTS:
        return False
    if any(o.lemma_.lower() in _ROADSIDE for o in _children(tok, {"dobj"}) + _prep_objects(tok, {"into", "with"})):
        return True
    if any(s.lemma_.lower() in _VEHICLES for s in _children(tok, _SUBJ)):
        return True
    for agent in _prep_objects(tok, {"by"}):  # "was struck by a car driving on the wrong side"
        if agent.lemma_.lower() in _VEHICLES or any(c.dep_ == "acl" and c.lemma_.lower() == "drive"
                                                   for c in agent.children):
            return True
    linked = [tok.head] if tok.dep_ == "conj" else []
    linked += [c for c in tok.children if c.dep_ == "conj"]
    return any(v.lemma_.lower() == "drive" and v.pos_ == "VERB" for v in linked)


def mishap(tok: Token, subject_only: bool = False) -> bool:
    """Whether the doer is a disaster or accident rather than an actor."""
    verb = tok if tok.pos_ == "VERB" else _verb_of(tok)
    if verb is None:
        return False
    for subj in _children(verb, _SUBJ):
        if _mishap_words(subj) or _beast(subj):
            return True  # "a flood killed ten", "a shark attacked a swimmer"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _children(verb, _SUBJ) \
            and any(_mishap_words(s) for s in _children(verb.head, _SUBJ)):
        return True  # "an earthquake struck the island, injuring 25 people": the quake did the harm
    owner = verb.head
    for _ in range(2):  # "an earthquake with a magnitude of 6.1 that struck": the clause's noun hangs on the quake
        if owner.dep_ == "pobj" and owner.head.dep_ == "prep" and owner.head.head.pos_ == "NOUN" \
                and not _mishap_words(owner):
            owner = owner.head.head
    if verb.dep_ == "relcl" and owner.i != verb.head.i and _mishap_words(owner) \
            and any(s.lower_ in ("that", "which") for s in _children(verb, {"nsubj"})):
        return True
    if _mishap_words(verb.head) and verb.head.i != verb.i and (
            (verb.dep_ == "acl" and verb.tag_ == "VBG")
            or (verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in _children(verb, {"nsubj"})))):
        return True  # "wildfires destroying the rainforest", "the quake that struck the island"
    if not _children(verb, _SUBJ) and not _prep_objects(verb, {"by"}) and any(
            _crash_clause(w) for w in verb.subtree if w.i != verb.i):
        return True  # "seven were killed when a bomber crashed at the airport": the crash did the harm
    if subject_only:
        return False
    for agent in _prep_objects(verb, {"by", "in"}):
        if agent.lemma_.lower() in _MISHAPS or (agent.head.lower_ == "by" and _beast(agent)):
            return True  # "died in the flood", "was killed by his lions"
    return False


def _crash_clause(verb: Token) -> bool:
    """A "when"/"after" clause in which a thing, not a party, crashes, derails or collapses."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _WRECKS \
            or not any(c.lower_ in ("when", "after", "as") for c in verb.children if c.dep_ in ("advmod", "mark")):
        return False
    return any(s.pos_ == "NOUN" and s.ent_type_ in ("", "PRODUCT") for s in _children(verb, {"nsubj"}))


def _beast(tok: Token) -> bool:
    """Whether a noun names an animal (no actor: a mauling is no assault by anyone)."""
    return tok.ent_type_ == "" and (tok.lemma_.lower() in _ANIMALS or tok.lower_ in _ANIMALS)


def no_comment(tok: Token) -> bool:
    """A refusal to comment or a denial of blame is a statement (CAMEO 011/016), not a rejection."""
    lemma = tok.lemma_.lower()
    if lemma in ("decline", "refuse") and any(c.lemma_ in ("comment", "speak", "elaborate", "confirm")
                                              for c in _children(tok, {"xcomp"})):
        return True
    if lemma in ("deny", "reject", "dismiss", "refute"):
        if any(c.lemma_.lower() in _DENIED for c in _children(tok, {"dobj"})):
            return True
        if lemma == "deny" and _children(tok, {"ccomp"}):
            return True
        if lemma in ("deny", "dispute", "refute") and tok.dep_ == "relcl" \
                and any(o.lower_ in ("which", "that") for o in _children(tok, {"dobj"})) \
                and any(t.lemma_.lower() in _CLAIMED for t in tok.sent if t.i < tok.i):
            return True  # "was accused of fraud, which he denied": a denial of a charge, CAMEO 01x
    return False


def _doer(tok: Token) -> Token | None:
    """The word that does ``tok``: its subject, or the noun a "that"/"which" clause hangs on."""
    subj = _children(tok, _SUBJ)
    if subj and subj[0].lower_ in ("that", "which") and tok.dep_ == "relcl":
        return tok.head
    if subj and subj[0].lower_ == "which" and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
        return tok.head.head  # "an emergency, which he said would allow him": the speaker's clause hangs on it
    return subj[0] if subj else None


def _enabler(tok: Token, doer: Token | None) -> bool:
    """Whether what allows or permits is a paper, rule or state of affairs rather than a party:
    "documents allowing him to marry", "a law to allow extradition", "the emergency appears to allow him"."""
    if doer is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        doer = tok.head  # "a gun licence allowing him to buy"
    if doer is None and tok.dep_ == "xcomp":
        doer = next(iter(_children(tok.head, _SUBJ)), None)  # "the declaration appears to allow him"
    if doer is None or doer.ent_type_ not in ("", "LAW"):
        return False
    words = {doer.lemma_.lower(), doer.lower_} | {o.lemma_.lower() for o in _prep_objects(doer, {"of"})}
    return bool(words & _ENABLERS)


def _undergoer(tok: Token) -> Token | None:
    """What ``tok`` is done to: its object, or its subject when passive."""
    objs = _children(tok, {"dobj", "nsubjpass"})
    return objs[0] if objs else None


def other_sense(tok: Token, event_type: str) -> bool:
    """Whether a trigger verb is used in an everyday sense that is no political event.

    A law that allows something is no one's concession; hosting a show, cancelling classes,
    recalling a scientist to a lab, retreating from a goal are ordinary acts, not visits,
    sanctions or military retreats.
    """
    lemma = tok.lemma_.lower()
    if realnews_sense(tok, event_type) or realnews_sense6(tok, event_type):
        return True
    if tok.pos_ != "VERB":
        return False
    doer, what = _doer(tok), _undergoer(tok)
    if lemma in _PERMIT and _enabler(tok, doer):
        return True  # "a bill that would allow China to extradite", "a licence allowing him to buy": the text permits
    if what is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        what = tok.head  # "a show hosted by two comics": the noun the participle hangs on
    if lemma == "offer" and what is not None and what.pos_ in ("NOUN", "PROPN") and not (
            what.lemma_.lower() in _OFFERS | _TROOPS or what.lower_ in _OFFERS or what.ent_type_ == "MONEY"
            or what.lemma_.lower() in context_words()):
        return True  # "offered a tour", "offered a prize": a thing on offer, not a political proposal
    if lemma in ("fight", "battle", "combat") and event_type == "ASSAULT":
        foes = [w for w in [what, *_prep_objects(tok, {"against", "with"})] if w is not None]
        foes += [o for c in _children(tok, {"conj"}) for o in _children(c, {"dobj"})]  # "battled and beat cancer"
        if any(w.lemma_.lower() in _MISHAPS or w.lower_ in _MISHAPS for w in foes):
            return True  # "battled cancer", "fought the blaze": an illness or a fire is no enemy
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in tok.children):
            return True  # "fighting for the day to be a holiday": a campaign, not combat
        if any(p.lemma_.lower() in _RIGHTS for p in _prep_objects(tok, {"for"})):
            return True  # "we still need to fight for adoption rights": a campaign, not combat
    if lemma == "fire" and event_type == "ASSAULT" and what is not None and what.dep_ == "dobj" \
            and what.lemma_.lower() in _STAFF and not _prep_objects(tok, {"at", "into"}):
        return True  # "fired his chief of staff": a dismissal, not a shooting
    if lemma == "withdraw" and event_type == "RETREAT" and what is not None \
            and what.lemma_.lower() in _NOTICES:
        return True  # "withdrew its storm warnings": a notice taken back, not troops pulled out
    sitter = doer
    if sitter is None and tok.dep_ == "xcomp":
        sitter = next(iter(_children(tok.head, _SUBJ | {"nsubjpass"})), None)  # "the Senate was set to meet"
    if lemma == "meet" and event_type in ("CONSULT", "AGREE") and what is None and sitter is not None \
            and sitter.lemma_.lower() in _BODIES and sitter.tag_ in ("NN", "NNP") \
            and not _children(sitter, {"conj"}) and not _prep_objects(tok, {"with"}):
        return True  # "the Senate will meet on Monday": a body sitting, not talks with anyone
    if lemma == "fail" and any(c.lemma_.lower() in _MISSED for c in _children(tok, {"xcomp"})):
        return True  # "failed to win any seats", "failing to top 1% in the polls": a shortfall, no refusal
    if lemma == "plead" and any(c.lemma_.lower() in ("guilty", "innocent") for c in tok.children):
        return True  # "pleaded not guilty": a court plea, not an appeal
    if lemma == "share" and event_type == "COOPERATE" and what is not None and what.lemma_.lower() in _POSTED:
        return True  # "shared a news article": posting, not sharing intelligence
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) \
            and what is not None and what.lemma_.lower() in _ROUTINE:
        return True  # "called off its search": the end of an operation, not a concession
    if lemma == "host" and event_type == "CONSULT" and what is not None and what.lemma_.lower() in _SHOWS:
        return True  # "hosted a panel", "hosts a web series"
    if lemma in _HALT and event_type == "SANCTION" and what is not None and what.lemma_.lower() in _ROUTINE:
        return True  # "classes were cancelled", "search and rescue was suspended"
    if lemma == "recall" and event_type == "SANCTION" and not (
            what is not None and any(t.lemma_.lower() in _ENVOYS for t in what.subtree)):
        return True  # "was recalled to the institute": a recall of envoys is the sanction
    if lemma == "sign" and event_type == "SUPPORT" and what is not None and what.lemma_.lower() in _INSTRUMENTS:
        return True  # "signed a decree", "signed the bill into law": a domestic act, not a pact with anyone
    if lemma == "cut" and any(c.lower_ == "across" for c in tok.children):
        return True  # "cuts across the grain"
    if lemma == "give" and _prep_objects(tok, {"until", "till"}):
        return True  # "had given the government until Thursday": a deadline, not a gift
    if lemma == "talk" and event_type == "CONSULT" and _prep_objects(tok, {"of", "about"}) \
            and not _prep_objects(tok, {"with", "to"}) and doer is not None \
            and doer.tag_ not in ("NNS", "NNPS") and doer.lower_ not in ("we", "they"):
        return True  # "she talked of being cast": one speaker about something ("we are talking about" is talks)
    if lemma == "clash" and any(w is not None and (w.lemma_.lower() in _ABSTRACT or w.lower_ in _ABSTRACT)
                               for w in [doer, *_prep_objects(tok, {"with"})]):
        return True  # "his politics have clashed with their stances"
    if lemma == "retreat" and any(p.lemma_.lower() in _AIMS for p in _prep_objects(tok, {"from"})):
        return True  # "retreated from its goal": a change of mind, not a military retreat
    return plain_sense(tok, event_type, doer, what) or errand(tok, event_type, doer, what)


def _lower(toks: list[Token | None]) -> set[str]:
    return {w for t in toks if t is not None for w in (t.lemma_.lower(), t.lower_)}


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
    if lemma == "support" and event_type == "SUPPORT" and _lower(objs) & (_LOADS | _DEPENDANTS):
        return True  # "platforms built to support the statues", "to support her family"
    if lemma == "share" and event_type == "COOPERATE" and (
            _lower(objs) & _PRIVATE or _lower(_prep_objects(tok, {"with"})) & _KIN):
        return True  # "a fund she shared with her half-sister", "shared a video": no cooperation
    if lemma in ("recognize", "recognise") and event_type == "SUPPORT" and (
            _lower(objs) & _PRACTICES or _lower(_prep_objects(tok, {"as"})) & _PRACTICES):
        return True  # "to legally recognize same-sex unions": a practice, not a state
    if lemma == "help" and event_type == "AID" and _lower(_children(tok, {"xcomp"})) & _TASKS \
            and not _children(tok, {"dobj", "dative", "nsubjpass"}):
        return True  # "helped facilitate a meeting", "helped manage the delivery": a hand in a task
    if lemma == "contribute" and _lower(_prep_objects(tok, {"to"})) & _HARMS:
        return True  # "contributed to the suffering": a cause, not a donation
    given = _children(tok, {"dobj", "nsubjpass"}) + _prep_objects(tok, {"with"})
    if lemma in ("give", "provide", "grant", "offer", "allow") and event_type in ("AID", "AGREE", "CONCEDE") and any(
            g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _SPANS for g in given):
        return True  # "provides airlines with 45 days", "gave them a week": a span of time, not a gift
    if lemma in ("give", "grant", "deliver", "provide", "deny") and event_type == "AID" and _lower(given) & _COURT_DUES:
        return True  # "he was not granted bail", "we will deliver swift justice": a court's due, not aid
    if lemma == "deploy" and event_type == "MOBILIZE" and _lower(given) & _MEANS:
        return True  # "the hospital deployed all necessary preparations": means put to use, not forces
    if lemma == "seek" and event_type == "REQUEST" and _lower(given) & _LIMELIGHT:
        return True  # "he never sought the spotlight": fame, not a demand on anyone
    if lemma == "dismiss" and event_type == "REJECT" and _children(tok, {"nsubjpass", "auxpass"}) \
            and _prep_objects(tok, {"from", "as"}):
        return True  # "was dismissed from the cabinet": a firing, not a rejection of a proposal
    if lemma == "fail" and _lower(_children(tok, {"xcomp"})) & _SHORTFALLS:
        return True  # "fails to even be on the ballot", "failed to make the final": a shortfall, no refusal
    if lemma == "release" and event_type == "RETREAT" and (
            _lower(given) & _PUBLISHED or any(c.dep_ == "advmod" and c.lower_ in ("publicly", "online")
                                             for c in tok.children)):
        return True  # "released them publicly", "to release plans for an election": published, not freed
    if lemma == "cut" and event_type == "SANCTION" and (
            any(g.ent_type_ in ("DATE", "TIME") for g in given)
            or _lower(_children(tok, _SUBJ) + _prep_objects(tok, {"by"})) & _DRIVERS):
        return True  # "cut off by another driver", "cut two years off the term": traffic and arithmetic
    return False


def verbal_attack(tok: Token) -> bool:
    """"attacked the subpoena as a political ploy", "attacked the decision": words, not force (CAMEO 111)."""
    if tok.lemma_.lower() != "attack" or tok.pos_ != "VERB":
        return False
    if _prep_objects(tok, {"as"}) or any(p.lower_ == "as" for p in _children(tok, {"prep"})):
        return True
    return any(o.lemma_.lower() in _SAID for o in _children(tok, {"dobj"}))


def product_release(tok: Token) -> bool:
    """"his 2009 release", "the band's latest release": an album or film, not a freed prisoner."""
    if tok.lemma_.lower() != "release" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if _prep_objects(tok, {"of", "from"}):
        return False
    return any(c.dep_ in ("nummod", "amod", "compound", "nmod") and (
        c.ent_type_ == "DATE" or c.like_num or c.lower_ in ("new", "latest", "debut", "upcoming", "first", "second", "third")
        or c.lemma_.lower() in _INFO) for c in tok.children)


def _lemmas(toks: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


def caught_or_famed(tok: Token, event_type: str, objs: list[Token], of: list[Token]) -> bool:
    """A camera or a winner "captures" a sight or a prize; a singer gains "national recognition";
    a candidate polls "3 percent support": no coercion, recognition of a state or backing of a party."""
    lemma = tok.lemma_.lower()
    if lemma in ("capture", "seize", "trap") and tok.pos_ == "VERB" and (
            _lemmas(objs) & (_CAUGHT if lemma == "capture" else _SEIZED) or _lemmas(_children(tok, _SUBJ)) & _CAMERAS
            or any(c.dep_ == "compound" and c.lemma_.lower() in _CAMERAS for s in _children(tok, _SUBJ)
                   for c in s.children)):
        return True  # "CCTV captured their arrival", "captured the public's imagination", "captured the title"
    if lemma == "recognition" and event_type == "SUPPORT" and not of and any(
            c.dep_ == "amod" and c.lemma_.lower() in _FAME for c in tok.children):
        return True  # "gained national recognition": fame, not the recognition of a state
    if lemma == "support" and tok.pos_ == "NOUN" and (
            any(c.lower_ in ("percent", "%") for c in tok.subtree if c.i < tok.i)
            or _lemmas(_prep_objects(tok, {"in"})) & {"poll", "survey"}):
        return True  # "3 percent support in two polls": a standing in polls, not backing of a party
    return False


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
            o.lemma_.lower() in _ANIMALS or o.lower_ in _ANIMALS for o in objs + of):
        return True  # "the release of ten bison", "captured wild birds": animals, not prisoners
    if caught_or_famed(tok, event_type, objs, of):
        return True
    if lemma == "release" and tok.dep_ == "acl" and any(
            c.lemma_.lower() in _INFO for c in tok.head.subtree if c.i < tok.i and c.dep_ in ("compound", "nsubj")
            or c.i == tok.head.i):
        return True  # "the storm advisory, released at noon": a bulletin published
    if lemma in ("upgrade", "downgrade") and any(
            _mishap_words(o) or any(_mishap_words(c) for c in o.subtree) for o in objs + _prep_objects(tok, {"to"})):
        return True  # "upgraded the storm to a hurricane": a forecast, not diplomatic ties
    if lemma == "allege" and tok.pos_ == "VERB" and any(c.lower_ in ("has", "have", "had") for c in tok.children
                                                        if c.dep_ == "aux") \
            and _lemmas(_children(tok, {"dobj"})) & _REPUTED and not _children(tok, {"ccomp"}):
        return True  # "the director has alleged ties to the militia": reputed links, no accuser
    if lemma in _REPUTED and tok.pos_ == "NOUN" and (
            any(c.dep_ == "amod" and c.lemma_.lower() in ("allege", "alleged", "suspect", "suspected", "reputed")
                for c in tok.children)
            or (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "allege"
                and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.head.children))):
        return True  # the "ties" themselves: a reputation reported, not a tie anyone formed
    if lemma == "agree" and tok.pos_ == "VERB" and not (
            _children(tok, {"dobj", "xcomp", "ccomp", "nsubjpass"})
            or _prep_objects(tok, {"to", "on", "upon", "with", "over"})) \
            and any(c.lemma_.lower() in _SPEECH_ADVCL for c in _children(tok, {"advcl", "conj"})):
        return True  # "the governor agreed, saying ...": sharing a view, not an agreement
    if lemma == "share" and event_type == "COOPERATE" and _lemmas(objs) & _SHARED:
        return True  # "the two scientists share a prize", "share a border"
    if lemma in ("threat", "risk") and tok.pos_ == "NOUN" and _lemmas(of) & _PENALTY_TERMS:
        return True  # "a threat of ten years in jail": the penalty a law carries
    if lemma == "seek" and event_type == "REQUEST" and _lemmas(_children(tok, {"dobj"})) & _CANDIDACIES:
        return True  # "seeking the nomination", "seeks re-election": a candidacy, not a demand
    if lemma == "press" and any(c.lower_ in ("forward", "ahead", "on") for c in tok.children) \
            and not _children(tok, {"dobj"}) and not _prep_objects(tok, {"for"}):
        return True  # "pressing forward", "pressed on with the plan": persisting, not a demand
    if event_type == "ASSAULT" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in _CHARGE_NOUNS:
        return True  # "a charge of murder against him": the crime named in an accusation
    if event_type == "AID" and lemma == "evacuate" and tok.dep_ == "xcomp" and not _children(tok, {"dobj"}) \
            and tok.head.lemma_.lower() in _DRIVEN_OUT:
        return True  # "forced thousands to evacuate": people fleeing a danger, nobody evacuating them
    if event_type == "AID" and lemma in ("assist", "help") and tok.pos_ == "VERB" \
            and not _children(tok, {"dobj", "dative"}) and any(
                w.lemma_.lower() in _WORKS and not _children(w, {"poss"}) and not _prep_objects(w, {"of"})
                for w in _prep_objects(tok, {"in", "with"})):
        return True  # "assisted in research", "helped with the work" ("the work of the inspectors" is a party's)
    if lemma == "clash" and event_type == "ASSAULT" and _lemmas(_prep_objects(tok, {"with"})) & _WORDY:
        return True  # "clashes with politicians", "clashed with critics": a quarrel, not fighting
    return private_life(tok, event_type) or safety_or_court(tok, event_type) or described_people(tok, event_type) \
        or _no_counterpart(tok, event_type) or _private_parties(tok, event_type)


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
        return _lower([head]) & _ANYONE != set() and not head.ent_type_
    if tok.dep_ == "relcl" and _children(tok, {"auxpass"}) \
            and any(s.lower_ in ("who", "that") for s in _children(tok, {"nsubjpass"})):
        return _lower([head]) & _ANYONE != set() and not head.ent_type_  # "people who had been accused"
    return False


def journey(tok: Token) -> bool:
    """"had been travelling 700 miles to the resort": a distance covered is a trip, not a visit."""
    if tok.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "npadvmod", "advmod", "pobj") and c.lemma_.lower() in _DISTANCES
               and any(n.dep_ == "nummod" or n.like_num for n in c.children)
               for c in tok.children)


def _antecedent(pron: Token) -> Token | None:
    """The noun a third-person pronoun most likely stands for: the nearest earlier noun of its
    number ("them": a plural; "him", "her": a person or relative; "it": a common noun), looked for
    in its own sentence and the two before.

    Why apart from the actor stage's pronoun resolution (``actor_coref``): a sense veto asks what
    kind of thing is meant ("kept them indoors" after "children"), so any noun counts, also one
    that is no actor and was never a mention; only the word lists and the look-back are shared.
    """
    word = pron.lower_
    if word not in OBJECT_PRONOUNS:
        return None
    for i in range(pron.i - 1, window_start(pron, 2) - 1, -1):
        cand = pron.doc[i]
        if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ not in _ARGUMENT_DEPS or cand.ent_type_ in _SPAN_ENTS:
            continue  # "kept their children indoors for years": "indoors" and "years" stand for no one
        if cand.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < cand.i for c in cand.head.children):
            continue  # a second "object" is the complement the parser misread ("kept them indoors")
        if PRONOUNS[word] == "they" and cand.tag_ in ("NNS", "NNPS"):
            return cand
        if PRONOUNS[word] in ("m", "f") and cand.tag_ in ("NN", "NNP") and (
                cand.ent_type_ == "PERSON" or cand.lemma_.lower() in _YOUNG | _SWEETHEARTS):
            return cand
        if word == "it" and cand.pos_ == "NOUN" and cand.tag_ == "NN":
            return cand
    return None


def _meant(toks: list[Token]) -> list[Token]:
    """The words themselves, with pronouns replaced by what they stand for."""
    out = []
    for t in toks:
        ante = _antecedent(t) if t.pos_ == "PRON" else None
        out.append(ante if ante is not None else t)
    return out


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
            if named & ({"future", "eventual"} | _ARTS) or _lemmas([o]) & (_SWEETHEARTS | _ARTS | {"someone", "somebody"}):
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
        if any(_lemmas(list(p.subtree)) & _ARTS for p in partners + linked):
            return True  # "collaborated with artists such as ...", "collaborated ... and worked on an album"
    if lemma == "invite" and event_type == "REQUEST" and any(
            t.lemma_.lower() in _SHOW_ACTS and t.dep_ in ("xcomp", "advcl", "ccomp")
            and _to_infinitive(t)
            and not _prep_objects(t, {"before"}) for t in tok.subtree):
        return True  # "invited her co-star to appear on the show" ("to appear before the committee" stays)
    if lemma == "support" and event_type in ("SUPPORT", "AGREE") and _lemmas(_meant(objs)) & _YOUNG:
        return True  # "returned the boy to his father when she could not support him"
    if lemma in ("allow", "let", "permit") and event_type == "CONCEDE" \
            and _lemmas(_meant(_children(tok, {"dobj", "nsubjpass"}))) & _YOUNG:
        return True  # "the parents rarely allowed them outside": a household rule
    return False


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
                and all(d.lemma_.lower() in _GUARDS for d in doers):
            return True  # "the building was blocked off after the attack": a cordon, not an obstruction
        head = tok.head
        if tok.dep_ in ("xcomp", "advcl", "acl", "relcl") and (
                head.lemma_.lower() in _SUITS or head.lemma_.lower() in _SUIT_NOUNS
                or _lemmas(_children(head, {"dobj"})) & _SUIT_NOUNS
                or _lemmas(_prep_objects(head, {"to"})) & {"court"}):
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
        if tok.pos_ == "VERB" and _lemmas(_children(tok, {"dobj"})) & _PUBLIC:
            return True  # "warned residents to stay indoors": a safety notice
    if lemma == "release" and event_type == "RETREAT" and tok.pos_ == "VERB":
        told = [t for t in _children(tok, {"dobj", "nsubjpass"}) if t.pos_ == "PRON"]
        if _lemmas(_meant(told)) & _PAPERS:
            return True  # "the audit prohibits him from releasing them" (his tax returns)
    return False


def generic_visitors(tok: Token) -> bool:
    """"people living in or visiting Hong Kong", "tourists visited the island": travel by people at
    large is no visit by a party (used when no actor is the visitor)."""
    if tok.pos_ != "VERB":
        return False
    doers = _children(tok, _SUBJ)
    if not doers and tok.dep_ in ("acl", "relcl"):
        doers = [tok.head]
    if not doers and tok.dep_ == "conj":  # "people living in or visiting": the verbs share the doer
        doers = _children(tok.head, _SUBJ) or ([tok.head.head] if tok.head.dep_ in ("acl", "relcl") else [])
    return bool(_lower(doers) & _PASSERS_BY)


def talk_partners(tok: Token) -> list[Token]:
    """Whom one talks or meets with: the "with"/"to" objects of the trigger, or of the speaking verb
    it serves ("spoke with the paper to discuss ..."), so a news outlet as partner can be seen."""
    out = _prep_objects(tok, {"with", "to"})
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB":
        out += _prep_objects(tok.head, {"with", "to"})
    return out


# things sent or handed out that are messages or errands, not aid
_MISSIVES = _PAPERS | {"command", "instruction", "signal", "prescription", "invitation", "reminder", "notice",
                       "request", "query", "question", "greeting", "condolence", "sympathy", "wish", "card", "gift",
                       "flower"}
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
_PROVISIONS = _INSTRUMENTS | {"guideline", "guidance", "plan", "treaty", "agreement", "deal", "accord", "resolution", "target",
                                      "standard", "roadmap", "budget", "charter", "framework", "manifesto"}
# what one orders in the sense of buying or paying: no demand on another party
_PURCHASES = {"payment", "transfer", "purchase", "refund", "payout", "meal", "food", "drink", "pizza", "coffee",
              "copy", "goods", "supply", "part", "ticket", "taxi", "delivery", "shipment", "item", "product"}
# generic people a participle describes ("people accused of crimes"): a description, not an accusation act
_ANYONE = {"people", "person", "those", "anyone", "anybody", "someone", "somebody", "individual", "man", "woman",
           "men", "women", "one", "others", "everyone", "citizen", "resident", "foreigner", "fugitive", "criminal",
           "offender", "prisoner", "inmate", "suspect", "defendant"}
_CHARGED = {"accuse", "convict", "charge", "suspect", "indict", "want", "sentence", "find"}
# what a denial in a relative clause takes back: a charge or a claim made just before
_CLAIMED = _DENIED | _CHARGE_NOUNS | {"accuse", "allege", "charge", "claim", "suspect", "blame", "report"}
# who investigates accidents by trade: their inquiries look for causes, not culprits
_SAFETY_BOARDS = {"ntsb", "aaib", "atsb", "bea", "tsb", "maib", "raib", "coroner", "medical examiner",
                  "safety board", "transportation safety", "transport safety", "accident investigation"}
_NO_FOUL_PLAY = {"not suspicious", "unexplained", "accidental", "natural causes", "no foul play", "not being treated"}
# a distance covered is a journey, not a visit to anyone
_DISTANCES = {"mile", "kilometre", "kilometer", "km", "kilometres", "kilometers", "miles", "hour", "day"}
_POSTS = _CANDIDACIES | {"leadership", "chairmanship", "premiership", "governorship", "mayoralty", "position",
                         "post", "role", "job"}
_MILITARY = _TROOPS | {"army", "force", "forces", "fighter", "rebel", "militant", "militia", "soldier", "stronghold",
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
            and _lemmas([meant]) & (_MISSIVES | _YOUNG):
        return True  # "sent the capsule commands", "gave out prescriptions", "sent her son to school"
    if lemma == "remove" and event_type == "CONCEDE" and (
            (meant is not None and (meant.ent_type_ == "PERSON" or meant.lower_ in ("him", "her")
                                    or _lemmas([meant]) & _OFFICE_HOLDERS))
            or _lemmas(_prep_objects(tok, {"from"})) & {"office", "power", "post", "position", "country"}):
        return True  # "a coup removed the president", "vote to remove him from office": an ousting, no concession
    if lemma == "offer" and meant is not None and meant is not what and meant.pos_ == "NOUN" \
            and meant.head.i != tok.i and not (
            _lemmas([meant]) & (_OFFERS | _TROOPS) or meant.lemma_.lower() in context_words()):
        return True  # "brought back the relic and offered it to the church": a thing given, not a proposal
    if lemma == "host" and event_type == "CONSULT" and what is not None and _lemmas([what]) & _SEATS:
        return True  # "bid to host the secretariat": a seat, not a visit
    if lemma == "host" and event_type == "CONSULT" and tok.dep_ == "acl" and tok.tag_ == "VBN" \
            and (_lemmas([tok.head]) & (_SHOWS | _SEATS) or tok.head.ent_type_ == "WORK_OF_ART"
                 or any(c.lower_ in _SHOWS for c in tok.head.subtree if c.i < tok.i)):
        return True  # "The Morning Show, hosted by two comics": presenters, not hosts of a visit
    if lemma == "agree" and event_type == "AGREE" and tok.tag_ in ("VB", "VBP", "VBZ") and any(
            c.dep_ == "pcomp" and c.tag_ in ("VBZ", "VBP", "VBD")
            and (_children(c, _SUBJ) or any(w.lower_ in ("how", "why", "whether", "what") for w in c.children))
            for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over") for c in p.children):
        return True  # "do not all agree on how the inquiries work": a view held ("agreed on how ..." is a deal)
    if lemma == "call" and event_type == "REQUEST" and doer is not None and doer.ent_type_ in ("", "LAW") \
            and _lemmas([doer]) & _PROVISIONS:
        return True  # "the guidelines call for 2%": what a text provides, not anyone's request
    if lemma == "order" and event_type == "REQUEST" and meant is not None and meant.dep_ in ("dobj", "pobj") \
            and _lemmas([meant]) & _PURCHASES and not _children(tok, {"xcomp", "ccomp", "dative"}):
        return True  # "admitted to ordering the payments", "ordered a pizza": money paid or goods bought
    if lemma == "order" and event_type == "REQUEST" and any(
            t.lemma_.lower() == "flag" for t in tok.subtree if t.dep_ in ("dobj", "nsubj", "nsubjpass")):
        return True  # "ordered flags lowered to half staff": a mark of mourning
    if lemma == "seek" and event_type == "REQUEST" and what is not None and what.dep_ == "dobj" and (
            _lemmas([what]) & _CANDIDACIES or (_lemmas([what]) & _POSTS and any(
                c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in _POSTS | {"party"}
                for c in what.children))):
        return True  # "seek the party's leadership position": a candidacy, not a demand
    if lemma in _HALT and event_type == "SANCTION" and (
            (what is not None and _lemmas([what]) & {"study", "lecture", "course", "seminar", "exam", "training"})
            or (what is None and tok.dep_ == "conj" and _lemmas(_children(tok.head, {"dobj"})) & _ROUTINE)):
        return True  # "cancelled graduate studies", "announced classes ... would be cancelled" (misparsed)
    if lemma == "restrict" and what is not None and _lemmas([what]) & (_INFO | {"identity"}) \
            and _prep_objects(tok, {"to"}):
        return True  # "his name is restricted to 'John K.'": a naming rule, not a restriction on anyone
    if lemma == "retreat" and event_type == "RETREAT" and doer is not None and _prep_objects(tok, {"to"}) \
            and (doer.ent_type_ == "PERSON" or _lemmas([doer]) & (_ARTS | {"writer", "author"})) \
            and not any(t.lemma_.lower() in _MILITARY for t in tok.sent):
        return True  # "the lyricist retreated to New Mexico": a move home, not a military withdrawal
    return False


# what is "given" as words or numbers: an account, a reason, a position fix, not aid
_TOLD = _MISSIVES | {"coordinate", "account", "reason", "explanation", "answer", "number", "location", "position",
                     "address", "testimony", "evidence", "description", "date", "example", "reading", "direction",
                     "advice", "hint", "clue", "speech", "lecture", "talk", "interview", "quote", "version"}
# what wins a vote gives: a result, not a donor ("seats went to X, giving them control")
_RESULTS = {"seat", "vote", "win", "victory", "result", "%", "percent", "turnout", "ballot", "poll", "majority",
            "landslide", "election", "outcome", "share", "swing", "count"}
# machines and animals that help a crew: equipment, not a party lending aid
_EQUIPMENT = _VEHICLES | {"aircraft", "plane", "airplane", "helicopter", "drone", "ship", "boat", "vessel",
                          "satellite", "radar", "sonar", "robot", "dog", "camera", "crane", "computer"}
# wildlife and places that laws "protect": conservation, not protection of a people
_WILD = _ANIMALS | {"species", "plant", "tree", "forest", "habitat", "reef", "wetland", "wildlife"}
# personal papers one seeks or applies for: an errand, not a demand on a party
_PERSONAL_PAPERS = {"document", "paper", "visa", "passport", "licence", "license", "permit", "certificate",
                    "paperwork", "id", "identification"}
# modifiers that carry a sum ("a $500 million credit"), and verbs that take "credit for" a deed
_AMOUNT_DEPS = {"nummod", "compound", "amod", "nmod", "quantmod"}
_CLAIMS = {"claim", "take", "deserve", "get", "give", "share", "earn", "win", "receive", "accept"}
# bodies whose demand for papers is oversight ("the committee sought documents"), not an errand
_INSTITUTIONS = {"government", "ministry", "court", "prosecutor", "police", "agency", "department", "committee",
                 "commission", "authority", "regulator", "inspector", "investigator", "judge", "office"}
# where effort is "contributed" without any recipient party: a race, a debate, a field of work
_ENDEAVOURS = {"election", "primary", "race", "debate", "discussion", "conversation", "understanding", "knowledge",
               "success", "growth", "literature", "science", "music", "culture", "field", "win", "victory"}
# kinds of alert a hospital or a weather office issues: no forces are put on alert
_CIVIL_ALERTS = {"casualty", "trauma", "medical", "health", "amber", "silver", "travel", "weather", "heat",
                 "pollution", "smog", "tsunami", "flood", "fire", "storm", "avalanche"}
# posted material a platform takes down: moderation, not a concession
_CONTENT = _POSTED | _INFO | {"content", "comment", "page", "account", "material", "listing", "review"}
# directions of a physical shove ("pushed them onto reservations"); a demand is "pushed for"
_SHOVES = {"onto", "into", "out", "off", "back", "toward", "towards", "across", "away", "through", "over", "down"}
# a lawsuit or campaign whose aim is a permission: the permission is what is sought, not granted
_AIMING = _SUITS | {"fight", "campaign", "apply", "seek", "lobby"}


def realnews_sense(tok: Token, event_type: str) -> bool:
    """Everyday senses found in a sample of real news: numbers "given", seats "giving" control, a
    crew "assisted by aircraft", protections for butterflies, a casualty alert, a post removed, a
    people "pushed onto" land, a rule that "allows", credit claimed for lives saved.

    Why: each trigger word reads as aid, a demand, a concession or a mobilization only when a party
    acts on another; here the giver is a result, the helper a machine, the protected an animal, the
    alert a hospital's, or the permission a standing rule, and the object or the doer shows it.
    """
    lemma = tok.lemma_.lower()
    if lemma == "credit" and event_type == "AID" and _credited(tok):
        return True  # "credit themselves with 14,000 lives saved", "took credit for": praise, not a loan
    if lemma == "alert" and event_type == "MOBILIZE" and tok.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in _CIVIL_ALERTS or _mishap_words(c))
            for c in tok.children):
        return True  # "we received a mass casualty alert": a hospital's call-in, not troops on alert
    if tok.pos_ != "VERB":
        return False
    if event_type == "AID" and (_gift_of_words(tok) or _result_gives(tok)):
        return True
    if event_type == "AID" and _equipment_helps(tok):
        return True  # "four ships assisted by aircraft are searching": equipment, not a party's aid
    if event_type == "AID" and lemma in ("give", "grant", "provide", "extend", "protect") and _lemmas(
            _meant(_children(tok, {"nsubjpass", "dative"} | ({"dobj"} if lemma == "protect" else set()))
                   + _prep_objects(tok, {"to", "for"}))) & _WILD:
        return True  # "asked that monarch butterflies be given protections": conservation of wildlife
    if lemma == "contribute" and event_type == "AID" and _lemmas(_prep_objects(tok, {"to"})) & _ENDEAVOURS \
            and not any(o.ent_type_ == "MONEY" or o.lemma_.lower() in _TROOPS for o in _children(tok, {"dobj"})):
        return True  # "I have contributed all I can to this primary election": effort, not a donation
    if lemma in ("seek", "request") and event_type == "REQUEST" \
            and _lemmas(_children(tok, {"dobj"})) & _PERSONAL_PAPERS:
        doer = _doer(tok) or (next(iter(_children(tok.head, _SUBJ)), None)
                              if tok.dep_ in ("advcl", "conj") else None)
        if doer is not None and doer.ent_type_ not in ("GPE", "ORG", "NORP") \
                and not _lemmas([doer]) & (_BODIES | _INSTITUTIONS):
            return True  # "entered the consulate, seeking documents allowing him to marry": a personal errand
    if lemma in ("ask", "request", "contact") and event_type == "REQUEST" and any(
            "traffic control" in " ".join(t.lower_ for t in o.subtree) or o.lemma_.lower() in ("controller", "tower")
            for o in _children(tok, {"dobj"}) + _prep_objects(tok, {"to"})):
        return True  # "shortly after asking air traffic control to return": a pilot's radio call
    if lemma == "remove" and event_type == "CONCEDE" \
            and _lemmas(_meant(_children(tok, {"dobj", "nsubjpass"}))) & _CONTENT:
        return True  # "ordered to remove the post": content taken down, not a concession
    if lemma == "push" and event_type == "REQUEST" and not _prep_objects(tok, {"for"}) and any(
            c.dep_ in ("prep", "prt") and c.lower_ in _SHOVES for c in tok.children):
        return True  # "to push them onto reservations": a removal by force, not a demand
    if lemma in ("allow", "permit") and event_type == "CONCEDE" and _standing_permission(tok):
        return True
    if lemma in ("recognize", "recognise") and event_type == "SUPPORT" and any(
            _lemmas([o, *_prep_objects(o, {"of"})]) & _PRACTICES for o in _prep_objects(tok, {"as"})):
        return True  # "recognized by UNESCO as part of our cultural heritage": a listing, not a state
    return False


def _credited(tok: Token) -> bool:
    """"credit themselves with lives saved", "was credited for", "claimed credit for the win": merit
    ascribed; a credit "of $500 million" or "for Ethiopia" with a sum is a loan."""
    if any(t.ent_type_ == "MONEY" or t.like_num for c in tok.children if c.dep_ in _AMOUNT_DEPS for t in c.subtree) \
            or any(o.ent_type_ == "MONEY" for o in _prep_objects(tok, {"of"})):
        return False  # "a $500 million credit", "a credit of $2 billion"
    if _lemmas(_children(tok, {"dobj", "appos"})) & {"themselves", "himself", "herself", "itself", "ourselves",
                                                     "myself", "yourself"}:
        return True
    if tok.pos_ == "VERB":
        return bool(_prep_objects(tok, {"with", "for"}))
    return bool(_prep_objects(tok, {"with"})) or (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CLAIMS
        and bool(_prep_objects(tok, {"for"}) + _prep_objects(tok.head, {"for"})))


def _gift_of_words(tok: Token) -> bool:
    """"the coordinates it gave", "the reason he gave": what is given is told, not handed over
    (the parser may leave the clause without its object, so the noun it hangs on counts); handed
    to a named party, the same papers are intelligence shared."""
    if tok.lemma_.lower() not in ("give", "provide", "offer"):
        return False
    given = [o for o in _children(tok, {"dobj", "nsubjpass"}) if o.pos_ in ("NOUN", "PROPN", "PRON")]
    if tok.dep_ == "relcl" and (not given or given[0].lower_ in ("that", "which")):
        given = [tok.head]
    if any(r.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for r in _children(tok, {"dative"})
           + _prep_objects(tok, {"to"})):
        return False  # "is providing aerial photographs to Macedonia": intelligence handed to a party
    return bool(_lemmas(_meant(given)) & _TOLD) and not any(g.ent_type_ == "MONEY" for g in given)


def _result_gives(tok: Token) -> bool:
    """"over 80% of the seats went to X, giving them control": a result clause whose giver is the
    vote, not any party."""
    if tok.lemma_.lower() not in ("give", "hand") or tok.dep_ != "advcl" or tok.tag_ != "VBG" \
            or _children(tok, _SUBJ):
        return False
    verb = tok.head
    for _ in range(3):  # ", ousting their rivals, giving them control": participles chain back to the clause
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _children(verb, _SUBJ):
            verb = verb.head
    doers = _children(verb, _SUBJ)
    doers += [o for d in doers for o in _prep_objects(d, {"of"})]
    return bool(_lemmas(doers) & _RESULTS)


def _equipment_helps(tok: Token) -> bool:
    """Whether a helping verb's doer is a machine or a dog ("assisted by aircraft")."""
    if tok.lemma_.lower() not in ("assist", "help", "aid", "support"):
        return False
    helpers = _prep_objects(tok, {"by"}) if any(c.dep_ == "agent" for c in tok.children) else []
    return bool(helpers) and all(h.ent_type_ == "" and _lemmas([h]) & _EQUIPMENT for h in helpers)


def _standing_permission(tok: Token) -> bool:
    """"the monarch is allowed to prorogue", "sued to be allowed to vote": a rule in force or the aim
    of a suit, where no party grants anything."""
    if not _children(tok, {"auxpass"}) or _prep_objects(tok, {"by"}):
        return False
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _AIMING:
        return True  # "sued to be allowed to vote"
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok.dep_ in ("ROOT", "conj") and all(a.dep_ == "auxpass" and a.lower_ in ("is", "are") for a in auxes)


# Round 6 of the real-news sample: light-verb "strike", reliance, fires, court stays, business
# loans, court pleas and orders to one's own staff.

# what one "strikes" without a blow: a deal, a balance, a chord ("struck a deal", "struck a chord")
_STRUCK_NOT_HIT = word_list("signed_pacts") | {"bargain", "compromise", "settlement", "balance", "chord", "note",
                                              "tone", "pose", "deal", "understanding", "truce", "ceasefire"}
# verbs of leaning on a supplier: "rely on the state for funding" names a source, not a gift
_LEAN_ON = {"rely", "depend", "count", "lean", "look", "turn", "bank"}
# vegetation and land that burns in wildfires or is set alight to clear it: no one's attack
_GROWTH = {"forest", "rainforest", "jungle", "woodland", "bush", "bushland", "grassland", "field", "farmland",
           "crop", "vegetation", "tree", "peat", "peatland", "land", "savanna", "savannah", "amazon", "brush",
           "scrub", "hectare", "acre", "hillside", "moorland", "heath"}
# those who halt a procedure by a ruling: a stay, not a sanction between actors
_BENCH = {"court", "judge", "justice", "tribunal", "bench", "magistrate"}
# the words of a loan and of the businesses that take or make one in the course of trade
_LOANS = {"loan", "credit", "mortgage", "lend", "borrow", "financing", "refinancing", "overdraft"}
_COMMERCE = {"company", "firm", "business", "corporation", "lender", "airline", "carrier", "startup",
             "retailer", "manufacturer", "investor", "developer", "conglomerate", "operator", "insurer",
             "borrower", "shareholder", "buyer", "bank", "club", "subsidiary", "factory", "maker", "chain",
             "brand", "creditor", "inc", "corp", "ltd", "llc", "plc", "co"}
# words that make a bank public (a central, state or development bank can lend as aid)
_PUBLIC_BANK = {"world", "development", "central", "reserve", "monetary", "investment", "export", "import",
                "infrastructure", "national", "state", "people", "imf", "african", "asian", "european",
                "inter", "american", "islamic", "reconstruction"}
# what a defendant's lawyers plead for at sentencing
_LENIENCY = {"leniency", "lenience", "mercy", "acquittal"}
# one's own staff: an order to them runs an office, it is no demand on another party
_OWN_STAFF = {"staff", "aide", "adviser", "advisor", "assistant", "employee", "subordinate", "worker",
              "personnel", "secretary", "team", "cabinet", "official", "officer", "lawyer", "attorney",
              "spokesman", "spokeswoman", "spokesperson", "department", "agency", "administration"}
_OWNERS = {"his", "her", "their", "its", "our", "my", "your"}
# offices whose titles name a field of work: "envoy for Ukraine negotiations", "Minister for Aid"
_TITLE_HEADS = {"envoy", "representative", "minister", "ministry", "commissioner", "secretary", "coordinator",
                "adviser", "advisor", "negotiator", "director", "czar", "tsar", "spokesman", "spokesperson",
                "spokeswoman", "ambassador", "undersecretary", "rapporteur", "office", "department", "chief"}


def realnews_sense6(tok: Token, event_type: str) -> bool:
    """Everyday senses from the sixth real-news sample: a deal "struck", reliance "for funding", a
    forest or house on fire, a court halting a recount, a company's bank loan, a plea for leniency
    and an order to one's own staff.

    Why: each word reads as an attack, aid, a sanction or a demand only when one party acts on
    another; here the blow is a light verb, the giver only leaned on, the doer a fire, the halt a
    ruling on a procedure, the loan trade, the plea part of a trial, the ordered an office's own.
    """
    lemma = tok.lemma_.lower()
    if event_type == "ASSAULT" and lemma in ("strike", "hit") and tok.pos_ == "VERB" and _lemmas(
            _children(tok, {"dobj", "nsubjpass"})) & _STRUCK_NOT_HIT:
        return True  # "an accord had been struck with the rebels", "struck a balance"
    if event_type == "ASSAULT" and lemma == "burn" and _fire_not_arson(tok):
        return True
    if event_type == "AID" and _leaned_on(tok):
        return True  # "courts rely on the state for funding"
    if event_type == "AID" and lemma in _LOANS and _trade_loan(tok):
        return True
    if event_type == "SANCTION" and lemma in _HALT and _bench_halt(tok):
        return True  # "the Court's decision to halt Florida recounts": a stay, not a sanction
    if tok.pos_ in ("NOUN", "PROPN") and _in_title(tok):
        return True  # "Kurt Volker, the special envoy for Ukraine negotiations": an office's name, no act
    if event_type == "REQUEST" and _lemmas(_children(tok, {"dobj"}) + _prep_objects(tok, {"for"})) & _LENIENCY:
        return True  # "requests for leniency from Fields' lawyers": a plea at trial, like "pleaded guilty"
    if event_type == "REQUEST" and lemma in ("order", "instruct", "direct", "tell") and tok.pos_ == "VERB" \
            and _children(tok, {"xcomp"}) and any(_own_staff(o) for o in _children(tok, {"dobj"})):
        return True  # "Trump ordered his staff to delay the aid": an office run, the ordered act is the event
    return False


def _fire_not_arson(tok: Token) -> bool:
    """"houses burning", "wildfires burning the Amazon", "the burning of the rainforest": a fire, not
    an arson, when nothing is set alight by anyone or what burns is vegetation and land."""
    if tok.pos_ == "VERB":
        burnt = _children(tok, {"dobj", "nsubjpass"})
        if not burnt and not _children(tok, {"auxpass"}):
            return True  # "our house is burning": intransitive, a fire
        if not _children(tok, _SUBJ) and tok.i > 0 and _mishap_words(tok.doc[tok.i - 1]):
            return True  # "smoke from wildfires burning the rainforest": the parser lost the fire as doer
    else:
        burnt = _prep_objects(tok, {"of"})
        if any(c.dep_ == "poss" for c in tok.children) or _prep_objects(tok, {"by"}):
            return False  # "the rebels' burning of villages"
    if _prep_objects(tok, {"by"}) or (tok.pos_ == "VERB" and _children(tok, _SUBJ) and not any(
            _mishap_words(s) for s in _children(tok, _SUBJ))):
        return False  # "farmers burned the forest", "protesters burned a police station"
    return bool(_lemmas(burnt) & _GROWTH or any(b.lower_ in _GROWTH for b in burnt)
                or any(_lemmas([c]) & _GROWTH for b in burnt for c in b.children if c.dep_ == "compound"))


def _leaned_on(tok: Token) -> bool:
    """"relying on non-government sources for funding": the aid word is what someone depends on."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    owner = tok.head.head
    for _ in range(2):  # "rely on the state for funding": "for" may hang on the state
        if owner.lemma_.lower() in _LEAN_ON and owner.pos_ == "VERB":
            return True
        if owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            owner = owner.head.head
    return False


def _commercial(tok: Token) -> bool:
    """Whether a party word is a business (a company, a commercial bank), not a state or public lender."""
    words = {t.lower_.strip(".") for t in tok.subtree if t.i <= tok.i} | _lemmas([tok])
    if words & _PUBLIC_BANK or tok.ent_type_ in ("GPE", "NORP"):
        return False
    return bool(words & _COMMERCE)


def _trade_loan(tok: Token) -> bool:
    """"the company took out a loan from a bank": a loan between businesses is trade, not aid (AID
    needs a state, an IGO or an NGO as giver, or a state as receiver)."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
    parties = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")]
    parties += _prep_objects(tok, {"from", "by", "to", "for"})
    if verb is not None:
        parties += _children(verb, _SUBJ) + _prep_objects(verb, {"from", "by", "to"}) + _children(verb, {"dative"})
    parties = [p for p in parties if p.i != tok.i]
    if not parties or any(p.ent_type_ in ("GPE", "NORP") or _lemmas([p]) & {"government", "state", "ministry"}
                          for p in parties):
        return False
    return any(_commercial(p) for p in parties)


def _bench_halt(tok: Token) -> bool:
    """Whether a court or judge halts, or a court's decision does ("the Court's decision to halt")."""
    doers = _children(tok, _SUBJ) + _prep_objects(tok, {"by"})
    if tok.dep_ in ("acl", "xcomp") and tok.head.pos_ in ("NOUN", "VERB"):
        head = tok.head
        doers += [c for c in head.children if c.dep_ in ("poss", "nsubj")] + [head]
    return bool(_lemmas(doers) & _BENCH)


def _own_staff(obj: Token) -> bool:
    """"his staff", "aides", "the agency's employees": the orderer's own people."""
    lemma = obj.lemma_.lower()
    owned = any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in obj.children)
    return lemma in {"staff", "aide", "subordinate", "employee", "personnel"} or (owned and lemma in _OWN_STAFF)



def _in_title(tok: Token) -> bool:
    """Whether an event noun only names an office's brief ("the special envoy for Ukraine
    negotiations", "Minister of Trade and Cooperation"): the title tells a job, not an act."""
    noun = tok
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Minister for Trade and Cooperation"
    return noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") \
        and noun.head.head.lemma_.lower() in _TITLE_HEADS


# Round 8 of the real-news sample: interviews, medical transfers, disaster emergencies, backing from
# private circles, newsroom staff pulled out, votes a referendum allows, campaigns "for X to be Y".

_DISASTERS = word_list("disasters")
# what an interviewee agrees to: questions answered, an interview given
_INTERVIEWS = {"question", "interview", "questionnaire", "q&a"}
# those whose questions are an inquiry, not an interview: answering them is cooperation with a probe
_INQUIRERS = {"investigator", "inspector", "prosecutor", "police", "detective", "committee", "panel", "court",
              "judge", "congress", "parliament", "lawmaker", "senator", "counsel", "agency", "authority",
              "official", "inquiry", "investigation", "probe", "fbi"}
# where and why the sick and hurt are flown or driven: a medical transfer, not humanitarian aid
_CLINICS = {"hospital", "clinic", "infirmary", "hospice", "icu", "ward", "centre", "center"}
_PATIENTS = {"victim", "patient", "casualty", "injured", "wounded", "survivor"}
_TRANSFERS = {"evacuate", "airlift", "fly", "transfer", "rush", "medevac", "helicopter", "transport"}
# backers in private life or business: their support is encouragement or sponsorship, not political backing
_PRIVATE_BACKERS = _KIN | (_COMMERCE - {"bank", "lender", "creditor"}) | {
    "fan", "follower", "viewer", "reader", "listener", "competition", "contest", "sponsor", "accelerator", "incubator", "charity", "university", "school",
    "community", "colleague", "teammate", "coach", "neighbour", "neighbor", "audience", "supporter",
    "celebrity", "partner", "foundation"}
# people a newsroom or a company sends and calls back: its own staff, not troops
_NEWSROOM = {"reporter", "journalist", "correspondent", "crew", "photographer", "cameraman", "camera",
             "employee", "worker", "staffer", "volunteer", "climber", "athlete"}
# what a vote is held as: the ballot lets people vote, no party concedes anything
_BALLOTS = {"referendum", "plebiscite", "election", "vote", "poll", "ballot", "primary", "runoff"}
# where one sits down without talks: an instrument or a meal, not the negotiating table
_STOOLS = {"piano", "drum", "drums", "keyboard", "organ", "desk", "computer", "typewriter", "meal", "dinner",
          "lunch", "breakfast", "bar", "wheel", "kit", "set"}


def _no_counterpart(tok: Token, event_type: str) -> bool:
    """Everyday senses whose other side is no party: an interviewee "agreed to answer questions",
    a sick leader "evacuated to a hospital", a "state of emergency" for a storm or an epidemic,
    "support" received from fans or a business contest, a broadcaster "withdrew its reporters", a
    referendum "allowing" people to vote, and "fighting for X to be Y".

    Why: each word names a political act only when one party acts on another; here the other side is
    a journalist, a hospital, a disaster, a private circle, one's own staff, a ballot or a cause.
    """
    lemma = tok.lemma_.lower()
    if event_type == "AGREE" and lemma == "agree" and tok.pos_ == "VERB" and _interviewed(tok):
        return True  # "agreed to answer some questions for our correspondent": an interview
    if event_type == "AID" and lemma in _TRANSFERS and tok.pos_ == "VERB" and _medical_transfer(tok):
        return True  # "was evacuated to a hospital in Auckland with pneumonia": a patient moved
    if event_type == "COERCE" and lemma == "emergency" and _disaster_near(tok):
        return True  # "declared a state of emergency with Tropical Storm Barry approaching"
    if event_type == "SUPPORT" and lemma == "support" and tok.pos_ == "NOUN" \
            and tok.head.lemma_.lower() in word_list("receive") and any(
                _lemmas([g]) & _PRIVATE_BACKERS for p in _prep_objects(tok, {"from"}) + _prep_objects(tok.head, {"from"})
                for g in [p, *p.conjuncts]):
        return True  # "received support from fans", "from a business plan competition": no party's backing
    if event_type == "RETREAT" and lemma in ("withdraw", "pull", "evacuate", "recall") \
            and _lemmas(_children(tok, {"dobj", "nsubjpass"})) & _NEWSROOM:
        return True  # "the network withdrew its reporters from the field": staff kept safe, no retreat
    if event_type == "CONCEDE" and lemma in _PERMIT and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
            and not _children(tok, _SUBJ) and _lemmas(_children(tok.head, {"dobj", "nsubjpass"})) & (_BALLOTS | _ENABLERS):
        return True  # "held a referendum, allowing the population to vote": the ballot allows
    if event_type == "ASSAULT" and lemma == "fight" and any(_campaign_for(p) for p in _prep_objects(tok, {"for"})):
        return True  # "spent 15 years fighting for the day to be a holiday": a campaign, not combat
    if event_type == "CONSULT" and lemma == "sit" and not _prep_objects(tok, {"with"}) and any(
            _lemmas([p, *[c for c in p.children if c.dep_ == "compound"]]) & _STOOLS
            for p in _prep_objects(tok, {"at", "behind"})):
        return True  # "encouraged him to sit down at a drum set": a seat, not the negotiating table
    return False


def _interviewed(tok: Token) -> bool:
    """Whether "agreed" is to answer questions or give an interview, with no inquiry asking."""
    acts = _children(tok, {"xcomp"})
    asked = [o for a in acts if a.lemma_.lower() in ("answer", "give", "grant", "do", "sit", "take")
             for o in _children(a, {"dobj"}) + _prep_objects(a, {"for"}) if o.lemma_.lower() in _INTERVIEWS]
    asked += [a for a in acts if a.lemma_.lower() == "interview" and _children(a, {"auxpass"})]
    asked += [o for o in _prep_objects(tok, {"to"}) if o.lemma_.lower() in _INTERVIEWS]
    if not asked:
        return False
    askers = [p for a in asked for q in (a, a.head) for p in _prep_objects(q, {"from", "by", "for"})]
    if _lemmas(askers) & _INQUIRERS:
        return False  # "agreed to answer questions from investigators": cooperation with a probe
    doer = _doer(tok)
    return doer is None or doer.ent_type_ not in ("GPE", "NORP")


def _medical_transfer(tok: Token) -> bool:
    """"was evacuated to a hospital", "victims were airlifted to a nearby city": the sick moved for care."""
    for t in tok.subtree:  # "from the capital to a hospital": the parser may hang "to" on "from"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and (
                t.head.lower_ == "to" and _lemmas([t]) & _CLINICS or t.head.lower_ == "with" and _lemmas([t]) & _MISHAPS):
            return True
    moved = _children(tok, {"nsubjpass"})
    return bool(moved) and not _prep_objects(tok, {"by"}) and not _children(tok, {"agent"}) \
        and bool(_lemmas(moved) & _PATIENTS)


def _disaster_near(tok: Token) -> bool:
    """Whether a natural disaster or an epidemic is named in the sentence or the two before."""
    return any(t.lemma_.lower() in _DISASTERS or t.lower_ in _DISASTERS
               for t in tok.doc[window_start(tok, 2):tok.sent.end])


def _campaign_for(obj: Token) -> bool:
    """"fighting for the day to be a holiday": "for" a noun then "to" and a verb names a wished outcome."""
    nxt = obj.right_edge.i + 1
    doc = obj.doc
    return nxt + 1 < len(doc) and doc[nxt].lower_ == "to" and doc[nxt + 1].tag_ == "VB"


# Round 9 of the real-news sample: appeals to the public for private acts, visits by celebrities,
# a firm paying for its own searches, powers "given" by a constitution, firms leaving a market.

_PRIVATE_ACTS = word_list("private_acts")
_CELEBRITIES = word_list("celebrities")
_FAMED = _CELEBRITIES | _ARTS
_GRANTED_POWERS = word_list("granted_powers")
_OWN_OPERATIONS = word_list("own_operations")
# who asks in the name of a state: their appeals for donations are requests for aid, for prayer are not
_STATE_ASKERS = {"government", "ministry", "president", "minister", "premier", "state", "administration", "un"}
_DEVOTIONS = {"pray", "prayer", "contact", "forward"}
# appeal verbs whose asked act can be a private one
_APPEALS = {"ask", "urge", "call", "appeal", "request", "encourage", "implore", "beg"}
# how a procedure "tool" is qualified when it is a power, not a material tool
_TOOL_KINDS = {"political", "legal", "constitutional", "procedural", "parliamentary", "legislative"}
# businesses whose leaving a country is trade, not a withdrawal ("a rebel group" stays a party)
_FIRMS = _COMMERCE | {"automaker", "carmaker", "bank"}
# the last word of many airline names: "Lion Air", "British Airways"
_CARRIER_NAMES = {"air", "airways", "airlines", "airline", "aviation"}


def _private_parties(tok: Token, event_type: str) -> bool:
    """Everyday senses between private parties: "asked people to pray", "urge anyone with
    information to contact police", an actor's "visit" to a fan convention, an airline "funding"
    the search for its crashed plane, a power "given" to the executive, and firms that "pull out"
    of a country under sanctions.

    Why: a request, a visit, aid or a withdrawal is political when one party acts on another; here
    the asked act is private, the visitor a star, the payer a firm paying for its own mishap, the
    thing given an office's power, and the one leaving a business.
    """
    lemma = tok.lemma_.lower()
    if event_type == "REQUEST" and lemma in _APPEALS and _private_ask(tok):
        return True  # "asked for donations to the foundation", "urged anyone to contact police"
    if event_type == "CONSULT" and lemma == "visit" and tok.pos_ == "NOUN" and any(
            c.dep_ == "poss" and _celebrity(c) for c in tok.children):
        return True  # "prompted by Ron Perlman's visit" (the actor at a comic convention)
    if event_type in ("REQUEST", "COOPERATE") and _band_invite(tok if lemma == "invite" else tok.head):
        return True  # "Garcia invited him to collaborate in his new group": musicians, not parties
    if event_type == "AID" and lemma in ("fund", "finance", "pay", "bankroll") and _own_operation(tok):
        return True  # "Lion Air has been funding extended searches": a firm paying for its own search
    if event_type == "AID" and lemma in ("give", "grant", "hand", "confer", "delegate") and _power_given(tok):
        return True  # "a political tool given by the legislature to the executive": no material aid
    if event_type == "AID" and lemma in ("give", "grant", "provide", "award") and any(
            c.dep_ == "amod" and c.lower_ == "personal" for g in _children(tok, {"dobj"}) + _prep_objects(tok, {"with"})
            for c in g.children):
        return True  # "provided them with his personal grant": a private gift, not a party's aid
    if event_type in ("AGREE", "RETREAT") and lemma in ("pull", "withdraw", "exit", "leave", "quit") \
            and _firms_leave(tok):
        return True  # "German firms have announced plans to pull out of Iran": business, not de-escalation
    return False


def _private_ask(tok: Token) -> bool:
    """Whether the asked act is a private one (pray, donate, contact police, come forward)."""
    acts = _children(tok, {"xcomp", "ccomp"})
    acts += [a for a in tok.subtree if a.i > tok.i and a.tag_ == "VB" and a.dep_ in ("acl", "relcl")
             and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)][:1]  # "urge anyone with information to contact"
    asked = _lemmas(acts + _prep_objects(tok, {"for"}))
    asked |= {c.lower_ for a in acts if a.lemma_.lower() == "come" for c in a.children if c.dep_ == "advmod"}
    if not asked & _PRIVATE_ACTS:
        return False
    doer = _doer(tok)
    words = _lemmas([t for t in doer.subtree]) if doer is not None else set()
    if (doer is not None and doer.ent_type_ in ("GPE", "NORP")) or words & _STATE_ASKERS:
        asked &= _DEVOTIONS  # "the government asked for donations to the Red Cross": a public appeal for aid
        if not asked:
            return False
    whom = _children(tok, {"dobj"}) + _prep_objects(tok, {"on", "upon"})
    return not any(w.ent_type_ in ("GPE", "ORG", "NORP") or _lemmas([w]) & (_INSTITUTIONS | _BODIES) for w in whom)


def _celebrity(person: Token) -> bool:
    """Whether a named person is introduced in the text as an actor, singer, athlete or the like."""
    if person.ent_type_ != "PERSON" and person.pos_ != "PROPN":
        return False
    surname = person.text
    for t in person.doc:
        if t.text != surname or t.pos_ != "PROPN":
            continue
        head = t
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head  # "actors Dan Fogler, Ron Perlman, ...": the title sits on the first name
        near = [c for c in head.subtree if c.i <= head.i] + list(head.children) + [head.head]
        if any(c.lemma_.lower() in _FAMED or c.lower_ in _FAMED for c in near):
            return True
    return False


def _band_invite(verb: Token) -> bool:
    """"the guitarist invited him to collaborate": a star asking someone to play or write with them."""
    if verb.lemma_.lower() != "invite" or verb.pos_ != "VERB":
        return False
    doer = _doer(verb)
    return doer is not None and _celebrity(doer) and bool(
        _lemmas(_children(verb, {"xcomp"})) & (_SHOW_ACTS | {"collaborate", "join", "write", "tour", "compose"}))


def _own_operation(tok: Token) -> bool:
    """"the airline is funding the search": a business pays for a search or clean-up, no party is aided."""
    doer = _doer(tok)
    paid = _children(tok, {"dobj", "nsubjpass"}) + _prep_objects(tok, {"for"})
    return doer is not None and _firm(doer) and bool(_lemmas(paid) & _OWN_OPERATIONS) \
        and not _children(tok, {"dative"})


def _firm(tok: Token) -> bool:
    """A business as doer: a company word, or a carrier's name ("Lion Air", "Qantas Airways")."""
    words = {t.lower_ for t in tok.subtree if t.i <= tok.i}
    return _commercial(tok) or (tok.ent_type_ == "ORG" and bool(words & _CARRIER_NAMES) and "force" not in words)


def _power_given(tok: Token) -> bool:
    """"powers given to the executive", "a political tool given by the legislature": an office's power."""
    given = _children(tok, {"dobj", "nsubjpass"})
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        given.append(tok.head)
    for g in given:
        if _lemmas([g]) & _GRANTED_POWERS or (g.lemma_.lower() == "tool" and any(
                c.dep_ == "amod" and c.lemma_.lower() in _TOOL_KINDS for c in g.children)):
            return True
    return False


def _firms_leave(tok: Token) -> bool:
    """Whether those who pull out are companies (named firms or "firms including ..."), not a state."""
    verb = tok
    if not _children(verb, _SUBJ) and verb.dep_ in ("xcomp", "acl", "advcl", "conj"):
        verb = verb.head  # "firms have announced plans to pull out": the doer is the announcer
        if verb.pos_ == "NOUN":
            verb = verb.head
    doers = _children(verb, _SUBJ)
    return bool(doers) and all(_lemmas([d]) & _FIRMS and d.ent_type_ not in ("GPE", "NORP") for d in doers)
