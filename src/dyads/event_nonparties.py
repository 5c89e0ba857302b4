"""Sense vetoes for acts whose other side is no party: a machine, a rule, a firm, a hospital, one's staff.

Why apart: ``event_senses`` asks these checks, which each need their own word lists and parse
helpers; on their own they keep that module about the plain senses of single trigger words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_coref import window_start
from .event_filters import _ANIMALS, _INFO, _KIN, _MISHAPS, _VEHICLES, _meant, _mishap_words
from .event_roles import (
    SUBJ as _SUBJ,
    children as _children,
    prep_objects as _prep_objects,
    to_infinitive as _to_infinitive,
)
from .triggers import word_list

__all__ = ["no_counterpart", "private_parties", "routine_dealings", "thing_as_party", "trips_bids_and_sittings"]

_INSTRUMENTS = word_list("instruments")
_BODIES = word_list("sitting_bodies")
_TROOPS = word_list("troops")
_POSTED = {"article", "post", "story", "link", "tweet", "video", "photo", "image", "picture", "meme", "message"}
_PERMIT = {"allow", "permit", "enable", "prohibit", "forbid", "bar"}
_HALT = {"cancel", "suspend", "halt"}
# things that let someone do something without anyone conceding it: papers, permits, decisions in force
_ENABLERS = _INSTRUMENTS | {"document", "paper", "licence", "license", "permit", "visa", "passport", "certificate",
                           "declaration", "break", "emergency", "exemption", "waiver", "loophole", "warrant", "card",
                           "ticket", "pass", "technology", "tool", "device", "software", "feature", "power", "status"}
# recognising a practice, a right or a merit is no diplomatic recognition (CAMEO 054 is of a state or result)
_PRACTICES = {"union", "marriage", "partnership", "right", "relationship", "practice", "holiday", "language",
              "degree", "qualification", "diploma", "achievement", "contribution", "work", "effort", "talent",
              "service", "importance", "value", "need", "problem", "heritage", "site", "landmark", "tradition",
              "religion", "faith", "custom", "identity", "gender", "skill", "sacrifice", "bravery", "courage",
              "excellence", "career", "role", "status", "benefit", "potential", "danger", "risk", "symptom",
              "sign", "face", "voice", "pattern", "disease", "condition", "couple"}
_PUBLISHED = {"plan", "return", "memo", "email", "text", "schedule", "budget", "manifesto", "roadmap", "timeline",
              "poll", "survey", "minute", "chat", "message", "log", "photograph", "result", "score", "map"}
# people and works of the arts: working "with a guitarist" or "on an album" is no cooperation between parties
_ARTS = {"artist", "musician", "band", "singer", "songwriter", "lyricist", "guitarist", "bassist", "drummer",
         "pianist", "violinist", "cellist", "composer", "rapper", "actor", "actress", "filmmaker", "novelist",
         "poet", "painter", "sculptor", "dancer", "choreographer", "comedian", "co-star", "costar", "album",
         "song", "single", "record", "recording", "film", "movie", "sitcom", "musical", "opera", "novel",
         "painting", "exhibition", "concert", "tour", "lyric", "duet", "orchestra", "choir", "studio"}
# what a guest is invited to do on a show, and the courtroom steps a "to block" can serve
_SHOW_ACTS = {"appear", "perform", "play", "sing", "star", "dance", "record", "guest"}
_SUITS = {"sue", "petition", "appeal"}
# papers that are "released" (published)
_PAPERS = _PUBLISHED | _INFO | {"document", "return", "record", "file", "paper", "report", "tape", "transcript",
                                "letter", "finding", "figure", "detail", "name", "photo", "video", "image",
                                "recording", "footage", "statement", "datum", "email"}


def _doer(tok: Token) -> Token | None:
    """The word that does ``tok``: its subject, or the noun a "that"/"which" clause hangs on."""
    subj = _children(tok, _SUBJ)
    if subj and subj[0].lower_ in ("that", "which") and tok.dep_ == "relcl":
        return tok.head
    if subj and subj[0].lower_ == "which" and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
        return tok.head.head  # "an emergency, which he said would allow him": the speaker's clause hangs on it
    return subj[0] if subj else None


def _lemmas(toks: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


# Things in a party's place: words and numbers "given", a vote's result, machines that help, wildlife
# protected, a hospital's alert, a post taken down, a standing rule that "allows".

# things sent or handed out that are messages or errands, not aid
_MISSIVES = _PAPERS | {"command", "instruction", "signal", "prescription", "invitation", "reminder", "notice",
                       "request", "query", "question", "greeting", "condolence", "sympathy", "wish", "card", "gift",
                       "flower"}
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


def routine_dealings(tok: Token, event_type: str) -> bool:
    """Everyday senses of trade, courts, offices and fires: a deal "struck", reliance "for funding", a
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


# Acts between private parties: appeals to the public for private acts, visits by celebrities,
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
_KIN = {"child", "children", "kid", "son", "daughter", "wife", "husband", "mother", "father", "parent",
        "stepfather", "stepmother", "brother", "sister", "sibling", "grandmother", "grandfather", "family",
        "partner", "boyfriend", "girlfriend", "baby"}
# everyday acts in a home; "banned from travelling" or "from school" may be a state's ban
_HOME_ACTS = {"wash", "bathe", "shower", "eat", "drink", "sleep", "play", "watch", "speak", "talk", "use",
              "toilet", "bathroom", "cook", "dress", "wear", "go"}


def _house_rule(tok: Token) -> bool:
    """Whether a ban is laid on kin by kin, or on kin with no one named and over a home act."""
    banned = _children(tok, {"nsubjpass", "dobj"})
    if not banned or not all(_lemmas([b]) & _KIN for b in banned):
        return False
    acts = [c for f in _children(tok, {"prep"}) if f.lower_ == "from" for c in _children(f, {"pcomp", "pobj"})]
    # ("banned from washing by their father": the parser may hang the "by" on the act)
    agents = [o for h in [tok, *acts] for by in _children(h, {"agent", "prep"}) if by.lower_ == "by"
              for o in _children(by, {"pobj"})]
    doers = [d for d in [_doer(tok)] if d is not None and d.dep_ != "nsubjpass"] + agents
    if doers:
        return all(_lemmas([d]) & _KIN for d in doers)
    words = _lemmas(acts)
    words |= {w[:-3] for w in words if w.endswith("ing")} | {w[:-3] + "e" for w in words if w.endswith("ing")}
    return bool(words & _HOME_ACTS)


def _private_ask(tok: Token) -> bool:
    """Whether the asked act is a private one (pray, donate, contact police, come forward)."""
    acts = _children(tok, {"xcomp", "ccomp"})
    acts += [a for a in tok.subtree if a.i > tok.i and a.tag_ == "VB" and a.dep_ in ("acl", "relcl")
             and _to_infinitive(a)][:1]  # "urge anyone with information to contact"
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


# Undertakings and appeals of private life: bail terms accepted, a stunt offered, a patient
# visited, a god petitioned, a friend told to keep heart, a clinic or a shop let do its trade.

_BAIL_TERMS = word_list("bail_terms")
_BAIL_ACTS = {"wear", "surrender", "submit", "observe", "obey", "abide", "report"}
_DISPLAYS = _SHOW_ACTS | {"disrobe", "strip", "undress", "marry", "kiss", "shave", "pose", "cook", "date"}
_RECOVERING = {"treat", "hospitalize", "hospitalise", "recover", "recuperate", "admit", "operate"}
_DEITIES = word_list("deities")
_DEMEANOURS = {"patient", "resilient", "strong", "brave", "courageous", "hopeful", "positive", "kind", "careful",
               "happy", "proud", "cheerful", "grateful", "humble", "honest"}
_FACILITIES = _CLINICS | {"pharmacy", "shop", "store", "restaurant", "bar", "pub", "cafe", "school", "laboratory",
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
    if event_type == "AGREE" and lemma == "offer" and _lemmas(acts) & _DISPLAYS:
        return True  # "offering to disrobe if Pakistan won": a private stunt, not a political offer
    if event_type in ("AGREE", "CONSULT") and any(_sick_visit(v) for v in [tok, *acts] if v.lemma_.lower() == "visit"):
        return True  # "planning to visit Wiranto, who was being treated at hospital": a sick call
    if event_type == "REQUEST" and lemma in _APPEALS | {"pray", "beseech", "implore"}:
        asked = _children(tok, {"dobj"}) + _prep_objects(tok, {"to", "on", "upon"})
        if any(_deity(a) for a in asked):
            return True  # "ask Thoth to intervene", "prayed to God": a devotion, not a demand
        if any(_lemmas(_children(a, {"acomp"}) + [c for b in _children(a, {"acomp"}) for c in b.conjuncts])
               & _DEMEANOURS for a in acts if a.lemma_.lower() == "be"):
            return True  # "asking Cengiz to be patient and resilient": comfort, not a demand
    if lemma in _PERMIT and event_type in ("AGREE", "CONCEDE") and _facility_permitted(tok):
        return True  # "treatment centres are to be permitted to administer": a licence to practise
    return False


def _bail_terms(act: Token) -> bool:
    """Whether an agreed act is one of the terms of bail or parole: a tag worn, a curfew kept."""
    verbs = [act, *act.conjuncts]
    if not _lemmas(verbs) & _BAIL_ACTS:
        return False
    return any(t.lemma_.lower() in _BAIL_TERMS for v in verbs for t in v.subtree)


def _sick_visit(visit: Token) -> bool:
    """Whether whom one visits lies in hospital: "visit X, who was being treated", "visited him in hospital"."""
    if _lemmas(_prep_objects(visit, {"in", "at"})) & _CLINICS:
        return True
    for seen in _children(visit, {"dobj"}):
        if _lemmas([seen]) & _PATIENTS:
            return True
        for clause in _children(seen, {"relcl", "acl"}):
            if clause.lemma_.lower() in _RECOVERING or _lemmas(_prep_objects(clause, {"in", "at"})) & _CLINICS:
                return True
    return False


def _deity(who: Token) -> bool:
    """A god asked or prayed to: a god word, or a name the text calls a god ("the god Thoth")."""
    if _lemmas([who]) & _DEITIES or who.lower_ in _DEITIES:
        return True
    if who.pos_ != "PROPN":
        return False
    for t in who.doc:
        if t.text == who.text:
            near = [c for c in t.children if c.dep_ in ("compound", "appos", "amod")] + [t.head]
            if _lemmas(near) & _DEITIES:
                return True
    return False


def _facility_permitted(tok: Token) -> bool:
    """"clinics will be allowed to administer", "shops are permitted to open": a passive licence
    to a trade or a facility, with no one named who grants it."""
    if tok.tag_ != "VBN" or _prep_objects(tok, {"by"}) or _children(tok, {"agent"}):
        return False
    held = _children(tok, {"nsubjpass"})
    if not held and tok.dep_ == "xcomp":
        held = _children(tok.head, _SUBJ | {"nsubjpass"})  # "centres are to be permitted"
    return bool(held) and all(_lemmas([h]) & _FACILITIES and not h.ent_type_ for h in held)


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
_PRONOUN_OWNERS = _OWNERS | {"one's"}
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
    if event_type in ("CONSULT", "AGREE") and lemma == "meet" and tok.pos_ == "VERB" and _sitting(tok):
        return True
    if event_type == "COERCE" and lemma in ("censor", "remove", "delete", "block", "ban") and tok.pos_ == "VERB" \
            and _lemmas(_children(tok, {"dobj", "nsubjpass"})) & _CONTENT and _platform_doer(tok):
        return True  # "social media have been struggling to censor the gunman's videos": moderation
    return False


def _platform_doer(tok: Token) -> bool:
    """Whether who takes posts down is a platform ("social media", "Facebook"), not a state censor."""
    doers = _children(tok, _SUBJ)
    if not doers and tok.dep_ == "xcomp":
        doers = _children(tok.head, _SUBJ)  # "social media have been struggling to censor"
    return bool(doers) and all(_lemmas([d]) & _MODERATORS or d.lower_ in _MODERATORS for d in doers)


def _leisure_trip(tok: Token) -> bool:
    """"travelling to Walt Disney World", "a trip to the beach": an outing, unless the trip has a
    purpose clause or the place is named by its town ("the resort of Sochi", where leaders meet)."""
    if any(_to_infinitive(c) for c in _children(tok, {"xcomp", "advcl"})) or _prep_objects(tok, {"for", "with"}):
        return False  # "travelled to the resort to meet Putin": a trip for talks
    for place in _prep_objects(tok, {"to"}) + (_children(tok, {"dobj"}) if tok.pos_ == "VERB" else []):
        if any(t.ent_type_ == "GPE" for t in place.subtree):
            continue
        marks = {c.lower_ for c in place.children if c.dep_ in ("compound", "amod")}
        if _lemmas([place]) & _LEISURE_PLACES or marks & _LEISURE_MARKS:
            return True
    return False


def _sitting(tok: Token) -> bool:
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
                               and _lemmas([d]) & _LEGISLATURES for d in doers)
