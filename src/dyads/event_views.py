"""Acts a sentence names only as a view, an idiom, a standing position or a time (session 38,
from batch AK's "no event" verdicts): "was widely seen as a warning", "built with Chinese
investment in mind", "staged to look like shootouts", "We welcome Chinese visitors", "thanking
India for their support", "to join a protest", "gave Australia a veto", "won 30 seats, ousting
the ruling party", "which would have barred him", "hours after the extradition", "a rush of
customer withdrawals"."""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import to_infinitive as _to_infinitive

__all__ = ["act_as_time", "caused_by_help", "charge_restated", "counterfactual", "fact_topic", "joined_purpose",
           "looks_like", "money_withdrawal", "named_as_view", "power_given", "seats_won", "speech_setting",
           "standing_by", "standing_welcome", "thanked_for", "with_in_mind"]

# verbs of perceiving or judging what something is: "seen as a warning", "viewed as a snub"
_PERCEIVING = frozenset({"see", "view", "regard", "interpret", "perceive", "read", "construe", "consider", "deem"})
# verbs of resemblance: "staged to look like shootouts", "seemed like an invasion"
_RESEMBLING = frozenset({"look", "seem", "sound", "appear", "feel"})
# what a text or a vote gives a party: a power held, not aid handed over or a veto cast
_POWERS = frozenset({"veto", "right", "power", "say", "control", "leverage", "edge", "advantage", "foothold",
                     "hand", "mandate", "authority", "voice"})
_GIVING = frozenset({"give", "grant", "hand", "have", "hold", "enjoy", "retain", "keep"})
# who takes money out of a bank or an exchange: a run on deposits, no army's withdrawal
_DEPOSITORS = frozenset({"customer", "client", "depositor", "investor", "saver", "user", "account", "cash",
                         "deposit", "bank", "fund", "capital", "atm"})
# what an election winner is said to do to its rivals in the same breath
_POLLS = frozenset({"seat", "vote", "election", "poll", "ballot", "majority", "runoff", "run-off"})
_THANKS = frozenset({"thank", "grateful", "gratitude", "thanks"})
# what one travels or goes somewhere to take part in
_JOINING = frozenset({"join", "attend"})
# units of a short time measured from an act: "hours after the extradition", "a day after his arrest"
_SPANS = frozenset({"minute", "hour", "day", "week", "moment"})
_MODALS = frozenset({"would", "could", "might", "should", "must"})


def named_as_view(tok: Token) -> bool:
    """Whether an act noun is what something is seen as ("the listing was widely seen as a warning
    to Taiwan's allies", "a move viewed as a snub").

    Why: the noun gives observers' reading of another act, which has its own record; no one
    warned or snubbed by it (judged no event in batch AK)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in _PERCEIVING


def with_in_mind(tok: Token) -> bool:
    """Whether an act noun is the object of "with ... in mind" ("a hotel built with Chinese
    investment in mind"): an aim or hope, not an act done."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    holders = [tok, tok.head, tok.head.head]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() == "mind" for o in c.children)
               for h in holders for c in h.children)


def looks_like(tok: Token) -> bool:
    """Whether an act noun is only what something resembles ("staged to look like shootouts with
    armed suspects", "it seemed like an invasion"): a likeness, not the act."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.head.lemma_.lower() in _RESEMBLING


def standing_welcome(tok: Token) -> bool:
    """Whether "welcome" states a standing position ("We welcome Chinese visitors", "Kenya welcomes
    investors"): present simple, no auxiliary, and a bare plural of people at large as object.

    Why: hosting needs a visit (CONSULT 043); a general openness is a view (judged no event in
    batch AK). "welcomed the Chinese delegation" (past, named guests) keeps its record."""
    if tok.lemma_.lower() != "welcome" or tok.tag_ not in ("VBP", "VBZ") \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
                              for o in objs)


def thanked_for(tok: Token) -> bool:
    """Whether an act noun is what someone is thanked for ("thanking India and the United States
    for their support", "grateful for the help"): the thanks is the act told; the support it names
    is standing or told elsewhere (judged no event in batch AK)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    owner = tok.head.head
    return owner.lemma_.lower() in _THANKS


def joined_purpose(tok: Token) -> bool:
    """Whether an act noun is what a purpose infinitive goes to join ("people trying to travel to
    Khorog to join a protest", "flew in to attend the summit"): the purpose of a trip, not a
    reported act (the protest itself, when told, has its own record). An infinitive an order or a
    plea completes ("directing the coast guard to join the investigation") is their content, and
    stays for the flags to mark as ahead."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _JOINING and verb.dep_ == "advcl" \
        and _to_infinitive(verb) and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() not in _JOINING


def power_given(tok: Token) -> bool:
    """Whether the trigger gives or holds a power ("the clause gave Australia an effective veto",
    "Beijing has a veto over the plan"): "gave" is no aid and "veto" no veto cast.

    Why: a right held under a text is a standing state told in an opinion of it (judged no event
    in batch AK); "Russia vetoed the resolution" and "used its veto" keep their records."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _GIVING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _POWERS for c in tok.children)
    return tok.pos_ == "NOUN" and lemma in _POWERS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _GIVING


def seats_won(tok: Token) -> bool:
    """Whether a participle is an election result told beside "won ... seats" ("His party won 30 of
    the 55 seats in the vote, ousting the ruling party"): a vote result, no coercion. A finite verb
    joined to the win ("won elections in 2006 and seized control of Gaza") is an act of its own."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.lemma_.lower() != "win":
        return False
    return any(t.lemma_.lower() in _POLLS for t in tok.head.subtree if t.i < tok.i)


def counterfactual(tok: Token) -> bool:
    """Whether the trigger, or the clause verb it hangs on, is a past counterfactual ("the charter,
    which would have barred him from running", "should have put the text to a vote before
    signing"): "would/should have done" says it did not happen."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.tag_ == "VBN":
            auxes = [c.lower_ for c in node.children if c.dep_ == "aux"]
            if "have" in auxes and any(a in _MODALS for a in auxes):
                return True
        # up through prepositions and participles, and from an infinitive or its conjunct to the
        # verb it completes
        # ("would have called on the junta led by the general to halt strikes and to free leaders")
        climbs = node.dep_ in ("pobj", "pcomp", "prep") or node.dep_ in ("xcomp", "advcl", "conj") \
            and node.pos_ == "VERB" and (node.dep_ == "conj" or _to_infinitive(node)) \
            or node.dep_ == "acl" and node.tag_ in ("VBN", "VBG")
        if not climbs or node.head is node:
            return False
        node = node.head
    return False


def act_as_time(tok: Token) -> bool:
    """Whether an act noun only dates the clause's act by a short span ("Hours after the
    extradition, Rodriguez announced ...", "a day after his arrest in Nassau"): the act is told
    in its own sentence; here it is a time (judged no event or stateless in batch AK). "days
    before a visit" names an act still ahead, which may be told nowhere else, and stays."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "after" \
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS for c in prep.children)


def money_withdrawal(tok: Token) -> bool:
    """Whether "withdrawal" is money taken out ("a rush of customer withdrawals", "cash withdrawals
    from banks"): a run on an exchange or a bank, no retreat."""
    if tok.lemma_.lower() not in ("withdrawal", "withdraw"):
        return False
    mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    froms = [o.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children]
    return any(m in _DEPOSITORS for m in mods + froms)


# verbs of suing and charging that are themselves the accusation ("sued him, alleging fraud")
_SUING = frozenset({"sue", "indict", "charge", "prosecute"})
_RESTATING = frozenset({"allege", "accuse", "claim", "charge"})


def charge_restated(tok: Token) -> bool:
    """Whether a participle of blame restates the suit or charge of its verb ("The commission also
    sued him, alleging fraud"): one accusation told twice; the suit holds it (batch AK, #62)."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in _RESTATING \
        and tok.head.lemma_.lower() in _SUING


# what an inquiry establishes or looks into: the act it names is its topic
_TOPICS = frozenset({"fact", "circumstance", "truth", "detail", "cause", "origin"})
_QUANTS = frozenset({"both", "all", "each", "either"})


def fact_topic(tok: Token) -> bool:
    """Whether an act noun is what "the facts" or "the circumstances" are of ("investigators to
    establish the facts, both of the attack and of the deaths in custody"): the topic of an inquiry
    told by the clause, not a report of the act (judged no event in batch AK)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    if owner.lower_ in _QUANTS and owner.dep_ in ("appos", "npadvmod", "det", "predet"):
        owner = owner.head  # "the facts, both of the attack and of the deaths"
    first = tok.head
    while owner.dep_ == "conj" and owner.pos_ == "ADP":
        owner = owner.head.head  # "of the attack and of the deaths": the second "of" hangs on the first
    return owner.lemma_.lower() in _TOPICS or first.head.lemma_.lower() in _TOPICS


# verbs that start or fuel something: "helped set in motion", "helped spark"
_CAUSING = frozenset({"spark", "trigger", "fuel", "prompt", "cause", "precipitate", "ignite", "unleash"})


def caused_by_help(tok: Token) -> bool:
    """Whether "help" only says what set something off ("the suspension of aid had helped set in
    motion an inquiry", "helped spark the protests"): a cause, no aid given to anyone."""
    if tok.lemma_.lower() != "help" or tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            lemma = c.lemma_.lower()
            if lemma in _CAUSING:
                return True
            if lemma == "set" and any(p.lower_ == "in" and any(o.lower_ == "motion" for o in p.children)
                                      for p in c.children):
                return True
    return False


def standing_by(tok: Token) -> bool:
    """Whether "has stood by Taiwan" tells a loyalty over the years, with no date or occasion: a
    standing state, not an act of backing (judged no event in batch AK)."""
    if tok.lemma_.lower() != "stand" or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("by", "with", "behind") for c in tok.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


# nouns and verbs of an address: the meeting it is given to is its audience, no consultation told
_SPEECHES = frozenset({"speech", "address", "statement", "remarks", "message", "deliver", "tell"})


# (session 42) verbs whose object is the audience a remark is made to
_TOLD_AUDIENCE = frozenset({"tell", "address"})


def speech_setting(tok: Token) -> bool:
    """Whether a meeting noun is only where a speech was given or a meeting's sidelines ("delivered
    a speech to the U.N. climate summit", "signed on the sidelines of the Forum leaders' meeting"):
    the summit is a setting; no consultation is told (judged no event in batch AK)."""
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in _TOLD_AUDIENCE and tok.head.pos_ == "VERB":
        # (session 42) "he told a cabinet meeting", "addressed a rally", "told a news conference":
        # the meeting is the audience of a remark, no consultation told (batches AK, AN)
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "margin", "fringe"):
        return True
    return prep.lower_ == "to" and prep.head.lemma_.lower() in _SPEECHES
