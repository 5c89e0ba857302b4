"""Sense vetoes for acts whose other side is no party: a machine, a rule, a firm, a hospital, one's staff
(acts of private life are in ``event_private``).

Why apart: ``event_senses`` asks these checks, which each need their own word lists and parse
helpers; on their own they keep that module about the plain senses of single trigger words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_coref import window_start
from .event_filters import ANIMALS, INFO, KIN, MISHAPS, VEHICLES, _meant, mishap_words
from .event_roles import (
    SUBJ as _SUBJ,
    children as _children,
    prep_objects as _prep_objects,
)
from .triggers import word_list

__all__ = ["no_counterpart", "routine_dealings", "thing_as_party"]

INSTRUMENTS = word_list("instruments")
STATUTES = word_list("statutes")
BODIES = word_list("sitting_bodies")
TROOPS = word_list("troops")
POSTED = {"article", "post", "story", "link", "tweet", "video", "photo", "image", "picture", "meme", "message"}
PERMIT = {"allow", "permit", "enable", "prohibit", "forbid", "bar"}
HALT = {"cancel", "suspend", "halt"}
# things that let someone do something without anyone conceding it: papers, permits, decisions in force
ENABLERS = INSTRUMENTS | {"document", "paper", "licence", "license", "permit", "visa", "passport", "certificate",
                           "declaration", "break", "emergency", "exemption", "waiver", "loophole", "warrant", "card",
                           "ticket", "pass", "technology", "tool", "device", "software", "feature", "power", "status"}
# recognising a practice, a right or a merit is no diplomatic recognition (CAMEO 054 is of a state or result)
PRACTICES = {"union", "marriage", "partnership", "right", "relationship", "practice", "holiday", "language",
              "degree", "qualification", "diploma", "achievement", "contribution", "work", "effort", "talent",
              "service", "importance", "value", "need", "problem", "heritage", "site", "landmark", "tradition",
              "religion", "faith", "custom", "identity", "gender", "skill", "sacrifice", "bravery", "courage",
              "excellence", "career", "role", "status", "benefit", "potential", "danger", "risk", "symptom",
              "sign", "face", "voice", "pattern", "disease", "condition", "couple"}
_PUBLISHED = {"plan", "return", "memo", "email", "text", "schedule", "budget", "manifesto", "roadmap", "timeline",
              "poll", "survey", "minute", "chat", "message", "log", "photograph", "result", "score", "map"}
# people and works of the arts: working "with a guitarist" or "on an album" is no cooperation between parties
ARTS = {"artist", "musician", "band", "singer", "songwriter", "lyricist", "guitarist", "bassist", "drummer",
         "pianist", "violinist", "cellist", "composer", "rapper", "actor", "actress", "filmmaker", "novelist",
         "poet", "painter", "sculptor", "dancer", "choreographer", "comedian", "co-star", "costar", "album",
         "song", "single", "record", "recording", "film", "movie", "sitcom", "musical", "opera", "novel",
         "painting", "exhibition", "concert", "tour", "lyric", "duet", "orchestra", "choir", "studio"}
# what a guest is invited to do on a show, and the courtroom steps a "to block" can serve
SHOW_ACTS = {"appear", "perform", "play", "sing", "star", "dance", "record", "guest"}
SUITS = {"sue", "petition", "appeal"}
# papers that are "released" (published)
PAPERS = _PUBLISHED | INFO | {"document", "return", "record", "file", "paper", "report", "tape", "transcript",
                                "letter", "finding", "figure", "detail", "name", "photo", "video", "image",
                                "recording", "footage", "statement", "datum", "email",
                                # (session 58) "the OAS released a preliminary audit"
                                "audit", "assessment", "analysis", "study", "review", "estimate"}


def _doer(tok: Token) -> Token | None:
    """The word that does ``tok``: its subject, or the noun a "that"/"which" clause hangs on."""
    subj = _children(tok, _SUBJ)
    if subj and subj[0].lower_ in ("that", "which") and tok.dep_ == "relcl":
        return tok.head
    if subj and subj[0].lower_ == "which" and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
        return tok.head.head  # "an emergency, which he said would allow him": the speaker's clause hangs on it
    return subj[0] if subj else None


def lemmas(toks: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


# Things in a party's place: words and numbers "given", a vote's result, machines that help, wildlife
# protected, a hospital's alert, a post taken down, a standing rule that "allows".

# things sent or handed out that are messages or errands, not aid
MISSIVES = PAPERS | {"command", "instruction", "signal", "prescription", "invitation", "reminder", "notice",
                       "request", "query", "question", "greeting", "condolence", "sympathy", "wish", "card", "gift",
                       "flower"}
# (sessions 26, 27) what one "gives" in words, dates or rights: never aid, whoever receives it; the
# one list ``_gift_of_words`` reads for "give" (event_senses no longer keeps its own)
_WORDS_GIVEN = word_list("words_given")
# what is "given", "provided" or "handed" as words or numbers: an account, a reason, a position fix,
# not aid (unless handed to a named party)
_TOLD = MISSIVES | _WORDS_GIVEN | {
    "coordinate", "answer", "number", "location", "position", "address", "testimony", "description", "date",
    "example", "reading", "direction", "advice", "hint", "clue", "lecture", "talk", "quote", "version",
    # (session 21) court papers served: "delivered court orders for documents to news
    # outlets" is legal pressure on them, no aid
    "order", "summons", "subpoena", "warrant", "writ"}
# what wins a vote gives: a result, not a donor ("seats went to X, giving them control")
_RESULTS = {"seat", "vote", "win", "victory", "result", "%", "percent", "turnout", "ballot", "poll", "majority",
            "landslide", "election", "outcome", "share", "swing", "count"}
# machines and animals that help a crew: equipment, not a party lending aid
_EQUIPMENT = VEHICLES | {"aircraft", "plane", "airplane", "helicopter", "drone", "ship", "boat", "vessel",
                          "satellite", "radar", "sonar", "robot", "dog", "camera", "crane", "computer"}
# wildlife and places that laws "protect": conservation, not protection of a people
_WILD = ANIMALS | {"species", "plant", "tree", "forest", "habitat", "reef", "wetland", "wildlife"}
# personal papers one seeks or applies for: an errand, not a demand on a party
_PERSONAL_PAPERS = {"document", "paper", "visa", "passport", "licence", "license", "permit", "certificate",
                    "paperwork", "id", "identification"}
# modifiers that carry a sum ("a $500 million credit"), and verbs that take "credit for" a deed
_AMOUNT_DEPS = {"nummod", "compound", "amod", "nmod", "quantmod"}
_CLAIMS = {"claim", "take", "deserve", "get", "give", "share", "earn", "win", "receive", "accept"}
# bodies whose demand for papers is oversight ("the committee sought documents"), not an errand
INSTITUTIONS = {"government", "ministry", "court", "prosecutor", "police", "agency", "department", "committee",
                 "commission", "authority", "regulator", "inspector", "investigator", "judge", "office"}
# where effort is "contributed" without any recipient party: a race, a debate, a field of work
_ENDEAVOURS = {"election", "primary", "race", "debate", "discussion", "conversation", "understanding", "knowledge",
               "success", "growth", "literature", "science", "music", "culture", "field", "win", "victory"}
# kinds of alert a hospital or a weather office issues: no forces are put on alert
_CIVIL_ALERTS = {"casualty", "trauma", "medical", "health", "amber", "silver", "travel", "weather", "heat",
                 "pollution", "smog", "tsunami", "flood", "fire", "storm", "avalanche"}
# posted material a platform takes down: moderation, not a concession
CONTENT = POSTED | INFO | {"content", "comment", "page", "account", "material", "listing", "review"}
# directions of a physical shove ("pushed them onto reservations"); a demand is "pushed for"
_SHOVES = {"onto", "into", "out", "off", "back", "toward", "towards", "across", "away", "through", "over", "down"}
# what a party is pushed into when the push is pressure ("pushed Israel into talks"), not a shove
_PRESSED_ACTS = {"talk", "talks", "negotiation", "dialogue", "deal", "agreement", "accord", "ceasefire", "truce",
                 "concession", "compromise", "settlement", "election", "reform", "withdrawal", "resignation"}
# a lawsuit or campaign whose aim is a permission: the permission is what is sought, not granted
_AIMING = SUITS | {"fight", "campaign", "apply", "seek", "lobby"}


def thing_as_party(tok: Token, event_type: str) -> bool:
    """Everyday senses where a thing stands in a party's place: numbers "given", seats "giving" control, a
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
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in _CIVIL_ALERTS or mishap_words(c))
            for c in tok.children):
        return True  # "we received a mass casualty alert": a hospital's call-in, not troops on alert
    if tok.pos_ != "VERB":
        return False
    if event_type == "AID" and (_gift_of_words(tok) or _result_gives(tok)):
        return True
    if lemma in ("give", "grant", "provide", "offer", "open") and _route_gives(tok):
        return True  # (session 34) "a corridor would give Slovenian ships free access": a route, no party, gives it
    if event_type == "AID" and _equipment_helps(tok):
        return True  # "four ships assisted by aircraft are searching": equipment, not a party's aid
    if event_type == "AID" and lemma in ("give", "grant", "provide", "extend", "protect") and lemmas(
            _meant(_children(tok, {"nsubjpass", "dative"} | ({"dobj"} if lemma == "protect" else set()))
                   + _prep_objects(tok, {"to", "for"}))) & _WILD:
        return True  # "asked that monarch butterflies be given protections": conservation of wildlife
    if lemma == "contribute" and event_type == "AID" and lemmas(_prep_objects(tok, {"to"})) & _ENDEAVOURS \
            and not any(o.ent_type_ == "MONEY" or o.lemma_.lower() in TROOPS for o in _children(tok, {"dobj"})):
        return True  # "I have contributed all I can to this primary election": effort, not a donation
    if lemma in ("seek", "request") and event_type == "REQUEST" \
            and lemmas(_children(tok, {"dobj"})) & _PERSONAL_PAPERS:
        doer = _doer(tok) or (next(iter(_children(tok.head, _SUBJ)), None)
                              if tok.dep_ in ("advcl", "conj") else None)
        if doer is not None and doer.ent_type_ not in ("GPE", "ORG", "NORP") \
                and not lemmas([doer]) & (BODIES | INSTITUTIONS):
            return True  # "entered the consulate, seeking documents allowing him to marry": a personal errand
    if lemma in ("ask", "request", "contact") and event_type == "REQUEST" and any(
            "traffic control" in " ".join(t.lower_ for t in o.subtree) or o.lemma_.lower() in ("controller", "tower")
            for o in _children(tok, {"dobj"}) + _prep_objects(tok, {"to"})):
        return True  # "shortly after asking air traffic control to return": a pilot's radio call
    if lemma == "remove" and event_type == "CONCEDE" \
            and lemmas(_meant(_children(tok, {"dobj", "nsubjpass"}))) & CONTENT:
        return True  # "ordered to remove the post": content taken down, not a concession
    if lemma == "push" and event_type == "REJECT" and _children(tok, {"dobj", "nsubjpass", "dative"}):
        return True  # (session 22) "pushed back the vote", "pushed the rebels back": a delay or a shove, no rebuttal
    if lemma == "push" and event_type == "REQUEST" and not _prep_objects(tok, {"for"}) and any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _SHOVES for c in tok.children) \
            and not lemmas(_prep_objects(tok, {"into"})) & _PRESSED_ACTS:
        return True  # "to push them onto reservations": a removal by force, not a demand
    if lemma in ("allow", "permit") and event_type == "CONCEDE" and (_standing_permission(tok) or _text_permits(tok)):
        return True
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in ("allow", "permit") and _text_permits(tok.head):
        return True  # "the pact would allow Honiara to request police": an act a text permits, not done
    if lemma in ("recognize", "recognise") and event_type == "SUPPORT" and any(
            lemmas([o, *_prep_objects(o, {"of"})]) & PRACTICES for o in _prep_objects(tok, {"as"})):
        return True  # "recognized by UNESCO as part of our cultural heritage": a listing, not a state
    return False


def _credited(tok: Token) -> bool:
    """"credit themselves with lives saved", "was credited for", "claimed credit for the win": merit
    ascribed; a credit "of $500 million" or "for Ethiopia" with a sum is a loan."""
    if any(t.ent_type_ == "MONEY" or t.like_num for c in tok.children if c.dep_ in _AMOUNT_DEPS for t in c.subtree) \
            or any(o.ent_type_ == "MONEY" for o in _prep_objects(tok, {"of"})):
        return False  # "a $500 million credit", "a credit of $2 billion"
    if lemmas(_children(tok, {"dobj", "appos"})) & {"themselves", "himself", "herself", "itself", "ourselves",
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
    to a named party, the same papers are intelligence shared, but a motive, a timetable or a right
    given to anyone is still no aid (sessions 26, 27: the one test of words given, for all callers)."""
    if tok.lemma_.lower() not in ("give", "provide", "offer", "deliver", "hand"):
        return False
    given = [o for o in _children(tok, {"dobj", "nsubjpass"}) if o.pos_ in ("NOUN", "PROPN", "PRON")]
    if tok.dep_ == "relcl" and (not given or given[0].lower_ in ("that", "which")):
        given = [tok.head]
    if tok.lemma_.lower() == "give" and lemmas(_meant(given)) & _WORDS_GIVEN:
        return True
    if any(r.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for r in _children(tok, {"dative"})
           + _prep_objects(tok, {"to"})):
        return False  # "is providing aerial photographs to Macedonia": intelligence handed to a party
    return bool(lemmas(_meant(given)) & _TOLD) and not any(g.ent_type_ == "MONEY" for g in given)


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
    return bool(lemmas(doers) & _RESULTS)


# (session 34) ways and places that "give" passage or access by being there
_ROUTES = frozenset({"corridor", "route", "road", "bridge", "tunnel", "canal", "pipeline", "railway", "railroad",
                     "highway", "area", "zone", "passage", "pass", "port", "harbour", "harbor", "link", "crossing",
                     "strait", "waterway", "line", "border", "boundary", "territory", "island"})


def _route_gives(tok: Token) -> bool:
    """"a junction area running through Croatian waters would give Slovenian ships free access", "the
    new bridge will give Bolivian trucks access to the port": a way or a place whose being there lets
    others pass is no party granting anything (the award or the builder that made it may be)."""
    subj = _children(tok, {"nsubj"})
    return bool(subj) and subj[0].pos_ == "NOUN" and subj[0].lemma_.lower() in _ROUTES and not subj[0].ent_type_


def _equipment_helps(tok: Token) -> bool:
    """Whether a helping verb's doer is a machine or a dog ("assisted by aircraft")."""
    if tok.lemma_.lower() not in ("assist", "help", "aid", "support"):
        return False
    helpers = _prep_objects(tok, {"by"}) if any(c.dep_ == "agent" for c in tok.children) else []
    return bool(helpers) and all(h.ent_type_ == "" and lemmas([h]) & _EQUIPMENT for h in helpers)


# texts whose permissions are provisions, not concessions ("the pact would allow Honiara to ...")
_PERMITTING_TEXTS = INSTRUMENTS | STATUTES | {"pact", "agreement", "deal", "accord", "draft", "resolution"}
# participles that make a name a text: "AGOA, passed in 2000, allows ..."
_ENACTED = {"pass", "enact", "adopt", "approve", "sign"}


def _text_permits(tok: Token) -> bool:
    """"AGOA, passed in 2000, allows countries to export", "new rules took effect allowing its coast
    guard to detain", "the pact would allow Honiara to request": what a law, rule or pact permits
    is a provision, no party's concession (session 29; judges called all three no event or wrong
    type). The doer is the verb's subject or, for a participle, the subject of the clause above."""
    doer = _doer(tok)
    if doer is None and tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG":
        doer = _doer(tok.head) if tok.head.pos_ in ("VERB", "AUX") else tok.head
        if doer is None and tok.head.dep_ == "conj":
            # (session 34) "an amendment limited presidents to two terms but did not count those
            # served, allowing him to run again": where the small model leaves the joined verb with
            # no subject, the sentence's first subject before it is the one that allows
            doer = next((t for t in tok.sent if t.i < tok.head.i and t.dep_ == "nsubj"), None)
    if doer is None:
        return False
    if doer.ent_type_ == "LAW" or doer.lemma_.lower() in _PERMITTING_TEXTS:
        return True
    return doer.pos_ == "PROPN" and any(
        c.tag_ == "VBN" and c.lemma_.lower() in _ENACTED and doer.i < c.i < tok.i
        for c in (*tok.children, *doer.children) if c.dep_ in ("advcl", "acl"))


def _standing_permission(tok: Token) -> bool:
    """"the monarch is allowed to prorogue", "sued to be allowed to vote": a rule in force or the aim
    of a suit, where no party grants anything."""
    if not _children(tok, {"auxpass"}) or _prep_objects(tok, {"by"}):
        return False
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _AIMING:
        return True  # "sued to be allowed to vote"
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok.dep_ in ("ROOT", "conj") and all(a.dep_ == "auxpass" and a.lower_ in ("is", "are") for a in auxes)


# Trade, courts, offices and fires: light-verb "strike", reliance, fires, court stays, business
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
COMMERCE = {"company", "firm", "business", "corporation", "lender", "airline", "carrier", "startup",
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
OWNERS = {"his", "her", "their", "its", "our", "my", "your"}
# offices whose titles name a field of work: "envoy for Ukraine negotiations", "Minister for Aid"
_TITLE_HEADS = {"envoy", "representative", "minister", "ministry", "commissioner", "secretary", "coordinator",
                "adviser", "advisor", "negotiator", "director", "czar", "tsar", "spokesman", "spokesperson",
                "spokeswoman", "ambassador", "undersecretary", "rapporteur", "office", "department", "chief"}


# (session 34, helper c) what a firm trims as trade ("cut purchases", "slashed output"): a commercial
# decision, not a state's sanction; aid, ties, imports and supplies cut stay sanctions
_TRIMMING = frozenset({"cut", "reduce", "slash", "trim", "curb", "scale"})
_FIRM_VOLUMES = frozenset({"purchase", "purchases", "output", "production", "price", "prices", "job", "jobs",
                           "order", "orders", "spending", "cost", "costs", "sale", "sales", "dividend",
                           "workforce", "capacity", "rate", "rates"})


def routine_dealings(tok: Token, event_type: str) -> bool:
    """Everyday senses of trade, courts, offices and fires: a deal "struck", reliance "for funding", a
    forest or house on fire, a court halting a recount, a company's bank loan, a plea for leniency
    and an order to one's own staff.

    Why: each word reads as an attack, aid, a sanction or a demand only when one party acts on
    another; here the blow is a light verb, the giver only leaned on, the doer a fire, the halt a
    ruling on a procedure, the loan trade, the plea part of a trial, the ordered an office's own.
    """
    lemma = tok.lemma_.lower()
    if event_type == "ASSAULT" and lemma in ("strike", "hit") and tok.pos_ == "VERB" and lemmas(
            _children(tok, {"dobj", "nsubjpass"})) & _STRUCK_NOT_HIT:
        return True  # "an accord had been struck with the rebels", "struck a balance"
    if event_type == "ASSAULT" and lemma == "burn" and _fire_not_arson(tok):
        return True
    if event_type == "AID" and _leaned_on(tok):
        return True  # "courts rely on the state for funding"
    if event_type == "AID" and lemma in _LOANS and _trade_loan(tok):
        return True
    if event_type == "SANCTION" and lemma in _TRIMMING and tok.pos_ == "VERB" and lemmas(
            _children(tok, {"dobj", "nsubjpass"})) & _FIRM_VOLUMES:
        return True  # (session 34) "Gazprom, which had sharply cut purchases as demand fell": a business decision
    if event_type == "SANCTION" and lemma in HALT and _bench_halt(tok):
        return True  # "the Court's decision to halt Florida recounts": a stay, not a sanction
    if tok.pos_ in ("NOUN", "PROPN") and _in_title(tok):
        return True  # "Kurt Volker, the special envoy for Ukraine negotiations": an office's name, no act
    if event_type == "REQUEST" and lemmas(_children(tok, {"dobj"}) + _prep_objects(tok, {"for"})) & _LENIENCY:
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
        if not _children(tok, _SUBJ) and tok.i > 0 and mishap_words(tok.doc[tok.i - 1]):
            return True  # "smoke from wildfires burning the rainforest": the parser lost the fire as doer
    else:
        burnt = _prep_objects(tok, {"of"})
        if any(c.dep_ == "poss" for c in tok.children) or _prep_objects(tok, {"by"}):
            return False  # "the rebels' burning of villages"
    if _prep_objects(tok, {"by"}) or (tok.pos_ == "VERB" and _children(tok, _SUBJ) and not any(
            mishap_words(s) for s in _children(tok, _SUBJ))):
        return False  # "farmers burned the forest", "protesters burned a police station"
    return bool(lemmas(burnt) & _GROWTH or any(b.lower_ in _GROWTH for b in burnt)
                or any(lemmas([c]) & _GROWTH for b in burnt for c in b.children if c.dep_ == "compound"))


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
    words = {t.lower_.strip(".") for t in tok.subtree if t.i <= tok.i} | lemmas([tok])
    if words & _PUBLIC_BANK or tok.ent_type_ in ("GPE", "NORP"):
        return False
    return bool(words & COMMERCE)


def _trade_loan(tok: Token) -> bool:
    """"the company took out a loan from a bank": a loan between businesses is trade, not aid (AID
    needs a state, an IGO or an NGO as giver, or a state as receiver)."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
    parties = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")]
    parties += _prep_objects(tok, {"from", "by", "to", "for"})
    if verb is not None:
        parties += _children(verb, _SUBJ) + _prep_objects(verb, {"from", "by", "to"}) + _children(verb, {"dative"})
    parties = [p for p in parties if p.i != tok.i]
    if not parties or any(p.ent_type_ in ("GPE", "NORP") or lemmas([p]) & {"government", "state", "ministry"}
                          for p in parties):
        return False
    return any(_commercial(p) for p in parties)


def _bench_halt(tok: Token) -> bool:
    """Whether a court or judge halts, or a court's decision does ("the Court's decision to halt")."""
    doers = _children(tok, _SUBJ) + _prep_objects(tok, {"by"})
    if tok.dep_ in ("acl", "xcomp") and tok.head.pos_ in ("NOUN", "VERB"):
        head = tok.head
        doers += [c for c in head.children if c.dep_ in ("poss", "nsubj")] + [head]
    return bool(lemmas(doers) & _BENCH)


def _own_staff(obj: Token) -> bool:
    """"his staff", "aides", "the agency's employees": the orderer's own people."""
    lemma = obj.lemma_.lower()
    owned = any(c.dep_ == "poss" and c.lower_ in OWNERS for c in obj.children)
    return lemma in {"staff", "aide", "subordinate", "employee", "personnel"} or (owned and lemma in _OWN_STAFF)


def _in_title(tok: Token) -> bool:
    """Whether an event noun only names an office's brief ("the special envoy for Ukraine
    negotiations", "Minister of Trade and Cooperation"): the title tells a job, not an act."""
    noun = tok
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Minister for Trade and Cooperation"
    return noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") \
        and noun.head.head.lemma_.lower() in _TITLE_HEADS


# Acts with no party on the other side: interviews, medical transfers, disaster emergencies, backing from
# private circles, newsroom staff pulled out, votes a referendum allows, campaigns "for X to be Y".

_DISASTERS = word_list("disasters")
# what an interviewee agrees to: questions answered, an interview given
_INTERVIEWS = {"question", "interview", "questionnaire", "q&a"}
# those whose questions are an inquiry, not an interview: answering them is cooperation with a probe
_INQUIRERS = {"investigator", "inspector", "prosecutor", "police", "detective", "committee", "panel", "court",
              "judge", "congress", "parliament", "lawmaker", "senator", "counsel", "agency", "authority",
              "official", "inquiry", "investigation", "probe", "fbi"}
# where and why the sick and hurt are flown or driven: a medical transfer, not humanitarian aid
CLINICS = {"hospital", "clinic", "infirmary", "hospice", "icu", "ward", "centre", "center"}
PATIENTS = {"victim", "patient", "casualty", "injured", "wounded", "survivor"}
_TRANSFERS = {"evacuate", "airlift", "fly", "transfer", "rush", "medevac", "helicopter", "transport"}
# backers in private life or business: their support is encouragement or sponsorship, not political backing
_PRIVATE_BACKERS = KIN | (COMMERCE - {"bank", "lender", "creditor"}) | {
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


def no_counterpart(tok: Token, event_type: str) -> bool:
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
                lemmas([g]) & _PRIVATE_BACKERS for p in _prep_objects(tok, {"from"}) + _prep_objects(tok.head, {"from"})
                for g in [p, *p.conjuncts]):
        return True  # "received support from fans", "from a business plan competition": no party's backing
    if event_type == "RETREAT" and lemma in ("withdraw", "pull", "evacuate", "recall") \
            and lemmas(_children(tok, {"dobj", "nsubjpass"})) & _NEWSROOM:
        return True  # "the network withdrew its reporters from the field": staff kept safe, no retreat
    if event_type == "CONCEDE" and lemma in PERMIT and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
            and not _children(tok, _SUBJ) and lemmas(_children(tok.head, {"dobj", "nsubjpass"})) & (_BALLOTS | ENABLERS):
        return True  # "held a referendum, allowing the population to vote": the ballot allows
    if event_type == "ASSAULT" and lemma == "fight" and any(_campaign_for(p) for p in _prep_objects(tok, {"for"})):
        return True  # "spent 15 years fighting for the day to be a holiday": a campaign, not combat
    if event_type == "CONSULT" and lemma == "sit" and not _prep_objects(tok, {"with"}) and any(
            lemmas([p, *[c for c in p.children if c.dep_ == "compound"]]) & _STOOLS
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
    if lemmas(askers) & _INQUIRERS:
        return False  # "agreed to answer questions from investigators": cooperation with a probe
    doer = _doer(tok)
    return doer is None or doer.ent_type_ not in ("GPE", "NORP")


def _medical_transfer(tok: Token) -> bool:
    """"was evacuated to a hospital", "victims were airlifted to a nearby city": the sick moved for care."""
    for t in tok.subtree:  # "from the capital to a hospital": the parser may hang "to" on "from"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and (
                t.head.lower_ == "to" and lemmas([t]) & CLINICS or t.head.lower_ == "with" and lemmas([t]) & MISHAPS):
            return True
    moved = _children(tok, {"nsubjpass"})
    return bool(moved) and not _prep_objects(tok, {"by"}) and not _children(tok, {"agent"}) \
        and bool(lemmas(moved) & PATIENTS)


def _disaster_near(tok: Token) -> bool:
    """Whether a natural disaster or an epidemic is named in the sentence or the two before. Only
    by a noun: troops that "stormed the district" (session 35) bring no storm."""
    return any((t.lemma_.lower() in _DISASTERS or t.lower_ in _DISASTERS) and t.pos_ not in ("VERB", "AUX")
               for t in tok.doc[window_start(tok, 2):tok.sent.end])


def _campaign_for(obj: Token) -> bool:
    """"fighting for the day to be a holiday": "for" a noun then "to" and a verb names a wished outcome."""
    nxt = obj.right_edge.i + 1
    doc = obj.doc
    return nxt + 1 < len(doc) and doc[nxt].lower_ == "to" and doc[nxt + 1].tag_ == "VB"
