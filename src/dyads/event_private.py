"""Sense vetoes for acts of private life: appeals to the public, celebrities' visits, household
rules, bail terms, sick visits, outings and bids between private people and firms.

Why apart: ``event_senses`` asks these checks like those of ``event_nonparties`` (acts whose other
side is a thing, not a party); they share its word lists, and keep both modules a readable size.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Token

from .event_nonparties import (
    ARTS, BODIES, CLINICS, COMMERCE, CONTENT, INSTITUTIONS, OWNERS, PATIENTS, PERMIT, SHOW_ACTS,
    _commercial, _doer, lemmas,
)
from .event_roles import (
    SUBJ as _SUBJ,
    children as _children,
    prep_objects as _prep_objects,
    to_infinitive as _to_infinitive,
)
from .model import Actor
from .nlp import positions_by
from .triggers import word_list

__all__ = ["SPELLING_KEY", "private_parties", "private_undertakings", "sick_visit", "trips_bids_and_sittings"]

# Acts between private parties: appeals to the public for private acts, visits by celebrities,
# a firm paying for its own searches, powers "given" by a constitution, firms leaving a market.

_PRIVATE_ACTS = word_list("private_acts")
_CELEBRITIES = word_list("celebrities")
_FAMED = _CELEBRITIES | ARTS
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
_FIRMS = COMMERCE | {"automaker", "carmaker", "bank"}
# the last word of many airline names: "Lion Air", "British Airways"
_CARRIER_NAMES = {"air", "airways", "airlines", "airline", "aviation"}


def private_parties(tok: Token, event_type: str) -> bool:
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
    if event_type == "COERCE" and lemma in _FORBIDS and tok.pos_ == "VERB" and _house_rule(tok):
        return True  # "the children were banned from washing" by a parent: a household rule
    return False


# verbs of forbidding, and the kin and household words that mark a family's own rules
_FORBIDS = {"ban", "forbid", "bar", "prohibit"}
KIN = {"child", "children", "kid", "son", "daughter", "wife", "husband", "mother", "father", "parent",
        "stepfather", "stepmother", "brother", "sister", "sibling", "grandmother", "grandfather", "family",
        "partner", "boyfriend", "girlfriend", "baby"}
# everyday acts in a home; "banned from travelling" or "from school" may be a state's ban
_HOME_ACTS = {"wash", "bathe", "shower", "eat", "drink", "sleep", "play", "watch", "speak", "talk", "use",
              "toilet", "bathroom", "cook", "dress", "wear", "go"}


def _house_rule(tok: Token) -> bool:
    """Whether a ban is laid on kin by kin, or on kin with no one named and over a home act."""
    banned = _children(tok, {"nsubjpass", "dobj"})
    if not banned or not all(lemmas([b]) & KIN for b in banned):
        return False
    acts = [c for f in _children(tok, {"prep"}) if f.lower_ == "from" for c in _children(f, {"pcomp", "pobj"})]
    # ("banned from washing by their father": the parser may hang the "by" on the act)
    agents = [o for h in [tok, *acts] for by in _children(h, {"agent", "prep"}) if by.lower_ == "by"
              for o in _children(by, {"pobj"})]
    doers = [d for d in [_doer(tok)] if d is not None and d.dep_ != "nsubjpass"] + agents
    if doers:
        return all(lemmas([d]) & KIN for d in doers)
    words = lemmas(acts)
    words |= {w[:-3] for w in words if w.endswith("ing")} | {w[:-3] + "e" for w in words if w.endswith("ing")}
    return bool(words & _HOME_ACTS)


def _private_ask(tok: Token) -> bool:
    """Whether the asked act is a private one (pray, donate, contact police, come forward)."""
    acts = _children(tok, {"xcomp", "ccomp"})
    acts += [a for a in tok.subtree if a.i > tok.i and a.tag_ == "VB" and a.dep_ in ("acl", "relcl")
             and _to_infinitive(a)][:1]  # "urge anyone with information to contact"
    asked = lemmas(acts + _prep_objects(tok, {"for"}))
    asked |= {c.lower_ for a in acts if a.lemma_.lower() == "come" for c in a.children if c.dep_ == "advmod"}
    if not asked & _PRIVATE_ACTS:
        return False
    doer = _doer(tok)
    words = lemmas([t for t in doer.subtree]) if doer is not None else set()
    if (doer is not None and doer.ent_type_ in ("GPE", "NORP")) or words & _STATE_ASKERS:
        asked &= _DEVOTIONS  # "the government asked for donations to the Red Cross": a public appeal for aid
        if not asked:
            return False
    whom = _children(tok, {"dobj"}) + _prep_objects(tok, {"on", "upon"})
    return not any(w.ent_type_ in ("GPE", "ORG", "NORP") or lemmas([w]) & (INSTITUTIONS | BODIES) for w in whom)


def _celebrity(person: Token) -> bool:
    """Whether a named person is introduced in the text as an actor, singer, athlete or the like."""
    if person.ent_type_ != "PERSON" and person.pos_ != "PROPN":
        return False
    for t in _same_spelling(person):
        if t.pos_ != "PROPN":
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
        lemmas(_children(verb, {"xcomp"})) & (SHOW_ACTS | {"collaborate", "join", "write", "tour", "compose"}))


def _own_operation(tok: Token) -> bool:
    """"the airline is funding the search": a business pays for a search or clean-up, no party is aided."""
    doer = _doer(tok)
    paid = _children(tok, {"dobj", "nsubjpass"}) + _prep_objects(tok, {"for"})
    return doer is not None and _firm(doer) and bool(lemmas(paid) & _OWN_OPERATIONS) \
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
        if lemmas([g]) & _GRANTED_POWERS or (g.lemma_.lower() == "tool" and any(
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
    return bool(doers) and all(lemmas([d]) & _FIRMS and d.ent_type_ not in ("GPE", "NORP") for d in doers)


# Undertakings and appeals of private life: bail terms accepted, a stunt offered, a patient
# visited, a god petitioned, a friend told to keep heart, a clinic or a shop let do its trade.

_BAIL_TERMS = word_list("bail_terms")
_BAIL_ACTS = {"wear", "surrender", "submit", "observe", "obey", "abide", "report"}
_DISPLAYS = SHOW_ACTS | {"disrobe", "strip", "undress", "marry", "kiss", "shave", "pose", "cook", "date"}
_RECOVERING = {"treat", "hospitalize", "hospitalise", "recover", "recuperate", "admit", "operate"}
_DEITIES = word_list("deities")
_DEMEANOURS = {"patient", "resilient", "strong", "brave", "courageous", "hopeful", "positive", "kind", "careful",
               "happy", "proud", "cheerful", "grateful", "humble", "honest"}
_FACILITIES = CLINICS | {"pharmacy", "shop", "store", "restaurant", "bar", "pub", "cafe", "school", "laboratory",
                          "lab", "doctor", "physician", "nurse", "pharmacist", "retailer", "vendor"}


def private_undertakings(tok: Token, event_type: str) -> bool:
    """"agreed to wear an electronic tag", "offering to disrobe", "planning to visit X, who was
    being treated at hospital", "ask the god Thoth to intervene", "asking him to be patient",
    "treatment centres are to be permitted to administer the drug".

    Why: the words agree, offer, visit, ask and permit name events between parties only when the
    other side is one; a bail condition, a stunt, a sick bed, a deity, a frame of mind and a
    licence to practise a trade have none.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    acts = _children(tok, {"xcomp"})
    if event_type == "AGREE" and lemma == "agree" and any(_bail_terms(a) for a in acts):
        return True  # "had agreed to wear an electronic tag, submit to curfews": conditions of release
    if event_type == "AGREE" and lemma == "offer" and lemmas(acts) & _DISPLAYS:
        return True  # "offering to disrobe if Pakistan won": a private stunt, not a political offer
    if event_type == "AGREE" and any(_sick_visit(v) for v in [tok, *acts] if v.lemma_.lower() == "visit"):
        return True  # "planning to visit Wiranto, who was being treated at hospital": a sick call
    if event_type == "CONSULT" and any(_sick_visit(v) for v in acts if v.lemma_.lower() == "visit"):
        return True  # (a visit done is weighed with its parties: ``sick_visit``, session 40)
    if event_type == "REQUEST" and lemma in _APPEALS | {"pray", "beseech", "implore"}:
        asked = _children(tok, {"dobj"}) + _prep_objects(tok, {"to", "on", "upon"})
        if any(_deity(a) for a in asked):
            return True  # "ask Thoth to intervene", "prayed to God": a devotion, not a demand
        if any(lemmas(_children(a, {"acomp"}) + [c for b in _children(a, {"acomp"}) for c in b.conjuncts])
               & _DEMEANOURS for a in acts if a.lemma_.lower() == "be"):
            return True  # "asking Cengiz to be patient and resilient": comfort, not a demand
    if lemma in PERMIT and event_type in ("AGREE", "CONCEDE") and _facility_permitted(tok):
        return True  # "treatment centres are to be permitted to administer": a licence to practise
    return False


def _bail_terms(act: Token) -> bool:
    """Whether an agreed act is one of the terms of bail or parole: a tag worn, a curfew kept."""
    verbs = [act, *act.conjuncts]
    if not lemmas(verbs) & _BAIL_ACTS:
        return False
    return any(t.lemma_.lower() in _BAIL_TERMS for v in verbs for t in v.subtree)


def sick_visit(visit: Token, visitors: list[Actor], visited: list[Actor]) -> bool:
    """Whether a visit done is a private sick call: whom one visits lies in hospital and the two
    sides are not coded with two distinct states. (session 40) A leader at the sick bed of another
    state's leader ("the Barbadian prime minister visited Gonsalves in hospital") is a visit between
    states (CONSULT 042), which judges listed as missed; at home it stays a private call."""
    if visit.lemma_.lower() != "visit" or not _sick_visit(visit):
        return False
    theirs = {a.country for a in visitors if a.country}
    seen = {a.country for a in visited if a.country}
    return not (theirs and seen and not theirs & seen)


def _sick_visit(visit: Token) -> bool:
    """Whether whom one visits lies in hospital: "visit X, who was being treated", "visited him in hospital"."""
    if lemmas(_prep_objects(visit, {"in", "at"})) & CLINICS:
        return True
    for seen in _children(visit, {"dobj"}):
        if lemmas([seen]) & PATIENTS:
            return True
        for clause in _children(seen, {"relcl", "acl"}):
            if clause.lemma_.lower() in _RECOVERING or lemmas(_prep_objects(clause, {"in", "at"})) & CLINICS:
                return True
    return False


def _deity(who: Token) -> bool:
    """A god asked or prayed to: a god word, or a name the text calls a god ("the god Thoth")."""
    if lemmas([who]) & _DEITIES or who.lower_ in _DEITIES:
        return True
    if who.pos_ != "PROPN":
        return False
    for t in _same_spelling(who):
        near = [c for c in t.children if c.dep_ in ("compound", "appos", "amod")] + [t.head]
        if lemmas(near) & _DEITIES:
            return True
    return False


def _same_spelling(tok: Token) -> list[Token]:
    """Every token of the document spelt exactly as ``tok`` (itself included), in text order.

    Why: a name is judged by what the text says of it anywhere ("the god Thoth", "actor Dan
    Fogler"), and walking the whole document on each ask built a Token for every word; the
    document's spellings are indexed once, in its own ``user_data`` (string hashes and indices,
    no Token, so the document stays picklable; gone with the document, and right as long as the
    tokens are not edited, which no stage does)."""
    doc = tok.doc
    return [doc[i] for i in positions_by(doc, ORTH, SPELLING_KEY).get(tok.orth, ())]


SPELLING_KEY = "dyads_spellings"


def _facility_permitted(tok: Token) -> bool:
    """"clinics will be allowed to administer", "shops are permitted to open": a passive licence
    to a trade or a facility, with no one named who grants it."""
    if tok.tag_ != "VBN" or _prep_objects(tok, {"by"}) or _children(tok, {"agent"}):
        return False
    held = _children(tok, {"nsubjpass"})
    if not held and tok.dep_ == "xcomp":
        held = _children(tok.head, _SUBJ | {"nsubjpass"})  # "centres are to be permitted"
    return bool(held) and all(lemmas([h]) & _FACILITIES and not h.ent_type_ for h in held)


# Trips, bids and wishes of private life: a group's outing to a theme park, a buyer's competing
# offer, a prisoner moved "at his own request", a legislature's sitting.

# places people go for leisure, and the words that make a named place one ("Walt Disney World")
_LEISURE_PLACES = {"park", "resort", "beach", "zoo", "aquarium", "disneyland", "funfair", "spa", "campsite",
                   "campground", "casino", "waterpark"}
_LEISURE_MARKS = {"disney", "theme", "amusement", "water", "holiday", "ski", "safari", "seaside"}
_TRIPS = {"travel", "trip", "journey", "visit", "go", "head", "fly", "drive"}
# what marks an offer or a bid as a buyer's in a sale: no proposal between parties
_MARKET_BIDS = {"competing", "compete", "rival", "takeover", "buyout", "cash", "purchase", "acquisition"}
# houses that "meet" when they sit: a session, not talks with another side
_LEGISLATURES = {"senate", "parliament", "assembly", "congress", "legislature", "chamber", "commons", "house"}
# what a house or a board meets to do in its own session (sitting bodies: BODIES), and its sitting
DELIBERATIONS = {"discuss", "consider", "debate", "vote", "review", "weigh", "deliberate", "decide", "examine"}
_SITS = {"meet", "convene", "gather", "sit", "assemble", "reconvene"}
_SITTING_VERBS = _SITS - {"gather"}  # "the Senate met", "parliament would convene": a house's own sitting
_PRONOUN_OWNERS = OWNERS | {"one's"}
# a house pausing its own sittings
_ADJOURNING = {"suspend", "adjourn", "recess", "postpone"}
_SESSIONS = {"session", "sitting", "sittings", "proceedings", "debate", "hearing"}
# platforms that moderate what users post
_MODERATORS = word_list("platforms") | {"media", "medium", "platform", "network", "site", "website"}


def trips_bids_and_sittings(tok: Token, event_type: str) -> bool:
    """A church group "travelling to Walt Disney World", "out of multiple competing offers", "At his
    own request, Sirhan was transferred", "The Senate was set to meet", "social media struggled to
    censor the videos".

    Why: a visit, an offer, a request and a meeting are events between parties only when the other
    side is one; a theme park, a sale's bidders, one's own wish about oneself and a house's own
    sitting have no other side, and a platform taking down posts moderates its own site.
    """
    lemma = tok.lemma_.lower()
    if event_type == "CONSULT" and lemma in _TRIPS and _leisure_trip(tok):
        return True
    if lemma in ("offer", "bid") and tok.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound") and (c.lemma_.lower() in _MARKET_BIDS or c.lower_ in _MARKET_BIDS)
            for c in tok.children):
        return True  # "out of multiple competing offers", "a takeover bid": buyers in a sale
    if event_type == "REQUEST" and lemma in ("request", "wish", "behest") and tok.pos_ == "NOUN" \
            and any(c.dep_ == "amod" and c.lower_ == "own" for c in tok.children) \
            and any(c.dep_ == "poss" and c.lower_ in _PRONOUN_OWNERS for c in tok.children):
        return True  # "at his own request, he was transferred": one's wish about oneself
    if event_type in ("CONSULT", "AGREE") and lemma in _SITTING_VERBS and tok.pos_ == "VERB" and _sitting(tok):
        return True  # "the new parliament would convene on Nov. 21": a house's own sitting, no partner met
    if event_type in ("CONSULT", "AGREE") and lemma in DELIBERATIONS and tok.pos_ == "VERB" \
            and tok.dep_ in ("advcl", "xcomp") and _to_infinitive(tok) and not _prep_objects(tok, {"with"}) \
            and tok.head.lemma_.lower() in _SITS and _sitting(tok.head, BODIES):
        return True  # "the Senate was to meet to discuss her nomination": a house in session, the nominee its topic
    if event_type == "SANCTION" and lemma in _ADJOURNING and tok.pos_ == "VERB" and _own_sitting(tok):
        return True  # "parliament was suspended after the prime minister's death": a house pausing its sittings
    if event_type == "COERCE" and lemma in ("censor", "remove", "delete", "block", "ban") and tok.pos_ == "VERB" \
            and lemmas(_children(tok, {"dobj", "nsubjpass"})) & CONTENT and _platform_doer(tok):
        return True  # "social media have been struggling to censor the gunman's videos": moderation
    return False


def _platform_doer(tok: Token) -> bool:
    """Whether who takes posts down is a platform ("social media", "Facebook"), not a state censor."""
    doers = _children(tok, _SUBJ)
    if not doers and tok.dep_ == "xcomp":
        doers = _children(tok.head, _SUBJ)  # "social media have been struggling to censor"
    return bool(doers) and all(lemmas([d]) & _MODERATORS or d.lower_ in _MODERATORS for d in doers)


def _leisure_trip(tok: Token) -> bool:
    """"travelling to Walt Disney World", "a trip to the beach": an outing, unless the trip has a
    purpose clause or the place is named by its town ("the resort of Sochi", where leaders meet)."""
    if any(_to_infinitive(c) for c in _children(tok, {"xcomp", "advcl"})) or _prep_objects(tok, {"for", "with"}):
        return False  # "travelled to the resort to meet Putin": a trip for talks
    for place in _prep_objects(tok, {"to"}) + (_children(tok, {"dobj"}) if tok.pos_ == "VERB" else []):
        if any(t.ent_type_ == "GPE" for t in place.subtree):
            continue
        marks = {c.lower_ for c in place.children if c.dep_ in ("compound", "amod")}
        if lemmas([place]) & _LEISURE_PLACES or marks & _LEISURE_MARKS:
            return True
    return False


def _sitting(tok: Token, bodies: frozenset[str] | set[str] = _LEGISLATURES) -> bool:
    """"The Senate was set to meet on Wednesday": a house that meets with no one named sits in session."""
    if _children(tok, {"dobj"}) or _prep_objects(tok, {"with"}):
        return False
    doers = _children(tok, _SUBJ)
    head = tok.head
    if not doers and tok.dep_ in ("xcomp", "ccomp"):
        if head.dep_ == "acomp":
            head = head.head  # "was due to meet": the subject hangs on "was"
        doers = _children(head, _SUBJ | {"nsubjpass"})  # "was set to meet"
    elif [d.lower_ for d in doers] == ["it"] and tok.dep_ == "ccomp":
        doers = _children(head, _SUBJ)  # "the Senate announced it would meet": "it" is the announcer
    return bool(doers) and all(d.ent_type_ not in ("GPE", "NORP") and not d.conjuncts
                               and lemmas([d]) & bodies for d in doers)


def _own_sitting(tok: Token) -> bool:
    """"The Legislative Assembly was suspended indefinitely", "parliament suspended its sittings":
    a house or its session paused with no outside party named as doing it. A king, a court or a
    government that suspends parliament ("was suspended by the king") acts on the house."""
    if _prep_objects(tok, {"by"}) or _children(tok, {"agent"}):
        return False
    paused = _children(tok, {"nsubjpass"})
    if not paused:
        doers, objs = _children(tok, _SUBJ), _children(tok, {"dobj"})
        paused = objs if doers and all(lemmas([d]) & _LEGISLATURES for d in doers) else []
    return bool(paused) and all(
        d.ent_type_ not in ("GPE", "NORP") and lemmas([d]) & (_LEGISLATURES | _SESSIONS) for d in paused)
