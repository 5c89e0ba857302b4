"""Acts that are only the content of something else: a pact's terms, a hope, a campaign, a habit.

Why apart: "a deal that will remove tariffs", "hoped Eritrea would engage", "campaigned on easing
the cost of living", "has repeatedly accused" and "already has agreements with" name acts, but the
news of the clause is the pact signed, the hope voiced, the campaign or a standing state; no one
did the named act on an occasion (session 37, batch AJ's judges). `set_flags` asks these
predicates before it lets such a clause stand as an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_generics import _OCCASION, _pinned
from .event_roles import children as _children, to_infinitive as _to_infinitive
from .triggers import word_list

__all__ = ["pact_says", "pact_held", "perfect_habit", "expected_act", "way_to_act", "platform_gerund", "risked_act",
           "trade_share", "charge_described", "pleaded_deed", "motive_phrase", "charged_deed", "pact_terms_told"]

# what a pact, accord or protocol is called ("agreement accord pact treaty convention protocol ...")
_PACT_WORDS = word_list("signed_pacts")
# bonds and pacts a party "has" as a standing state ("already has free trade agreements with Israel")
_HELD_BONDS = _PACT_WORDS | {"tie", "ties", "relation", "relations", "link", "links", "partnership"}
# adverbs of repetition: with a perfect and no time frame they sum up many acts, not one
_REPEATED = frozenset({"repeatedly", "often", "frequently", "regularly", "routinely", "constantly",
                       "persistently", "consistently"})
# verbs of looking ahead whose clause is what one hopes, expects or fears another will do
_AWAITING = frozenset({"expect", "fear", "worry", "anticipate", "watch"})
# the forms of "hope" (the small model lemmatises "hoped" to "hop"); a want or wish laid on another
# ("Minsk wants the reporter to be detained") is closer to a demand and is left to the wish rules
_HOPING = frozenset({"hope", "hoped", "hopes", "hoping"})
# nouns whose "to" infinitive names a possible act, not one done ("a way to ease", "a reason to cut")
_MEANS_NOUNS = frozenset({"way", "reason", "means", "chance", "opportunity", "excuse", "pretext"})
# verbs of electioneering whose "on" gerund is a platform ("campaigned on fighting corruption")
_CAMPAIGNING = frozenset({"campaign", "run", "stand"})
_SUBJECTS = {"nsubj", "nsubjpass"}
# verbs whose object act is a danger one runs, not an act done ("the officials risk arrest")
_RISKING = frozenset({"risk"})
# verbs of blame whose bare participle on a noun describes it ("a government blamed for the decline")
_BLAMING = frozenset({"accuse", "blame", "charge", "suspect", "indict", "prosecute", "allege"})
# (session 40) what a pact that lays down terms is called ("Under the compact, ...")
_TERMS_PACTS = _PACT_WORDS | {"compact", "arrangement", "accords", "agreements"}
# auxiliaries of what a pact's terms say will, may or must happen
_TERMS_AUX = frozenset({"will", "would", "may", "must", "shall", "can", "could"})
# auxiliaries of a leave a pact gives ("Under the compact, the United States may deny ...")
_LEAVE_AUX = frozenset({"may", "can", "might"})
# prepositions whose date object is a length a term sets, not the day of an act ("within 15 days")
_SPAN_PREPS = frozenset({"within", "for", "over"})
# (session 40) verbs whose "of"/"for" phrase names the deed charged ("accused X of arming Y")
_CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "indict"})
# links a deed climbs through inside the charge's "of" phrase; a clause with a subject of its own
# (a relative clause, "rebels who attacked the town") is told apart and stops the climb
_DEED_STEPS = frozenset({"pcomp", "pobj", "xcomp", "conj", "dobj", "prep", "acl", "advmod", "advcl", "ccomp", "appos"})
# feelings named as the motive of another act ("closed the border in solidarity with Azerbaijan")
_MOTIVES = frozenset({"solidarity", "sympathy"})
# adverbs of share that make a present sending the make-up of trade ("sends mainly fuel")
_SHARES = frozenset({"mainly", "mostly", "largely", "chiefly", "primarily", "principally"})


def _clause_top(verb: Token) -> Token:
    """The first verb of a coordination whose later verbs share its subject ("change course and engage")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not _children(verb, _SUBJECTS):
        verb = verb.head
    return verb


def pact_says(tok: Token) -> bool:
    """Whether a verb's active subject is a pact, directly or through a relative pronoun ("the
    protocols provide for the opening of the border", "signed a deal that will remove tariffs"):
    what the text provides is its terms, held by the record of its signing, not a new act of anyone.
    A pact that is acted on ("the treaty was signed") is a passive subject and stays."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "a deal that will remove tariffs": the measure noun read on the pact's verb
    if tok.pos_ != "VERB":
        return False
    verb = _clause_top(tok)
    if not (verb.tag_ in ("VBZ", "VBP", "VB") and not _children(verb, {"aux"}) or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")
                                                for c in verb.children)):
        return False  # "said the agreement lacked legitimacy": a past verb judges the pact, it states no term
    for subj in _children(verb, {"nsubj"}):
        if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subj = verb.head
        if subj.lemma_.lower() in _PACT_WORDS or subj.lower_ in _PACT_WORDS:
            return True
    return False


def pact_held(tok: Token) -> bool:
    """Whether a pact or bond noun is the object of "have" in the present ("Washington already has
    free trade agreements with Israel", "has close ties with Beijing"): a standing state, no pact
    made or cooperation done on an occasion. "had talks" or "has signed agreements" are other verbs."""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (tok.lemma_.lower() in _HELD_BONDS
                                                       or tok.lower_ in _HELD_BONDS) \
        and head.lemma_.lower() == "have" and head.pos_ == "VERB" and head.tag_ in ("VBZ", "VBP")


def perfect_habit(tok: Token) -> bool:
    """Whether a verb in the present perfect is said to be repeated with no time frame ("officials
    have repeatedly accused foreign companies", "has often asked the council"): many undated acts
    summed up, a standing stance, no one act. A time given ("has repeatedly shelled the town since
    May", "this week") pins the acts and they stay."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _REPEATED for c in tok.children) and not _pinned(tok)


def expected_act(tok: Token) -> bool:
    """Whether the act is what someone hopes, expects or fears another party will do ("said
    Washington hoped Eritrea would engage with its neighbours", "expected Eritrea to withdraw",
    "feared that young men would be rounded up"): the hope or fear is the news, the act is its
    content. An expectation about one's own act ("hopes to sign the deal") is a plan and stays.
    "diplomats will watch how he handles ties with Beijing": what is watched for is no act either."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head
    if tok.pos_ != "VERB":
        return False
    clause = _clause_top(tok)
    if clause.dep_ not in ("ccomp", "xcomp") or clause.i < clause.head.i:
        return False  # (a clause before its "expected" is a parse that hangs a told deed on a later verb)
    head = clause.head
    if not (head.lemma_.lower() in _AWAITING or head.lower_ in _HOPING):
        return False
    subjects = _children(clause, _SUBJECTS)
    holders = _children(head, {"nsubj"})
    if not subjects or any(_may_be(s, holders) for s in subjects):
        return False  # "the channel hoped it had helped them": the pronoun may be the one who hopes
    own = {t.lower_ for s in subjects for t in s.subtree}
    return own != {t.lower_ for s in holders for t in s.subtree}


def _may_be(pronoun: Token, holders: list[Token]) -> bool:
    """Whether a subject pronoun may stand for the holder of a hope ("the channel hoped it had
    helped": yes; "diplomats will watch how he handles ties": a singular "he" is not the diplomats)."""
    if pronoun.pos_ != "PRON":
        return False
    low = pronoun.lower_
    if low in ("i", "we") or not holders:
        return True
    plural = any(h.tag_ in ("NNS", "NNPS") or _children(h, {"conj"}) or h.lower_ in ("they", "we") for h in holders)
    return plural == (low in ("they", "them"))


def way_to_act(tok: Token) -> bool:
    """Whether the act is the "to" infinitive of a noun of means or cause ("seeing an open border as
    a way to ease Armenia's isolation", "waiting for a reason to cut the cord with Paris"): a
    possibility named, not an act done."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "a way to reopen talks": the act noun's verb
    return tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl") and _to_infinitive(tok) \
        and tok.head.lemma_.lower() in _MEANS_NOUNS


def platform_gerund(tok: Token) -> bool:
    """Whether a gerund is what a candidate campaigned on ("campaigned on fighting corruption and
    easing the cost of living"): a platform, no act yet."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    clause = _clause_top(tok)
    return clause.dep_ == "pcomp" and clause.head.lower_ == "on" \
        and clause.head.head.lemma_.lower() in _CAMPAIGNING


def risked_act(tok: Token) -> bool:
    """Whether an act noun is what a party "risks" ("the warrants mean the officials risk arrest if
    they travel"): a danger that may come, no act told, and the one at risk is no doer."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _RISKING:
        return True
    # the small model may read "risk arrest" as a compound noun, "risk" a verb hung on "arrest"
    return any(c.dep_ == "compound" and c.pos_ == "VERB" and c.lemma_.lower() in _RISKING for c in tok.children)


def trade_share(tok: Token) -> bool:
    """Whether a verb of sending in the simple present names what a country mainly sends ("Oman sends
    mainly fuel, fertilisers and clothing to the United States"): the make-up of trade, a standing
    flow, no gift or delivery on an occasion."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in tok.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _SHARES
               for n in (tok, *_children(tok, {"dobj"})) for c in n.children)


def charge_described(tok: Token) -> bool:
    """Whether a participle of blame hangs on a noun with no one named who blames ("du Toit, accused
    of leading an advance team", "sweeping out a government blamed for years of decline"): it tells
    what the noun is known for, background with no accuser, not an accusation made. "accused by the
    court of ..." names its accuser and stays, as does "an act Lithuania condemned" (a subject)."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in _BLAMING \
        and tok.head.pos_ in ("NOUN", "PROPN") and not _children(tok, {"agent", "nsubj"})


def pleaded_deed(tok: Token) -> bool:
    """Whether a gerund is what someone pleaded guilty to ("pleaded guilty to helping finance a
    helicopter for the plot"): the deed of the plea, told by the plea and the court's sentence, no
    act of its own in the news."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    clause = _clause_top(tok)
    if clause.dep_ != "pcomp" or clause.head.lower_ != "to":
        return False
    head = clause.head.head
    return head.lemma_.lower() == "plead" or (head.lower_ == "guilty" and head.head.lemma_.lower() == "plead")


def motive_phrase(tok: Token) -> bool:
    """Whether a noun of fellow feeling is the "in" phrase of another verb ("the frontier that Ankara
    closed in 1993 in solidarity with Azerbaijan"): the motive of the act the verb tells, not a
    declaration of its own. "voiced solidarity with Argentina" is the act and stays."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _MOTIVES and tok.dep_ == "pobj" \
        and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB"


def _clause_apart(node: Token) -> bool:
    """Whether a word heads a clause told apart from the deed charged: a tensed verb or one with a
    subject and an auxiliary ("rebels who attacked the town"), a clause brought in by "as", "when"
    ("as overnight shelling killed 49 soldiers"), or a past participle the small model hung on the
    deed's object ("of stirring up the unrest, called on KFOR": the sentence's main verb). The
    deed itself is a gerund or an infinitive ("to make Algeria a scapegoat")."""
    if node.pos_ not in ("VERB", "AUX"):
        return False
    return node.tag_ in ("VBD", "VBZ", "VBP", "MD") or node.dep_ == "acl" and node.tag_ == "VBN" \
        or node.dep_ == "advcl" and bool(_children(node, {"mark"})) \
        or bool(_children(node, _SUBJECTS)) and bool(_children(node, {"aux", "auxpass"}))


def _charging_head(prep: Token) -> bool:
    """Whether an "of"/"for" phrase names what a verb of charging charges: hung on the verb, or by
    the small model on the one accused (its object or a conjunct: "accused the opposition, and in
    particular the Juwa party, of arming"), or on the accuser of a passive ("has been accused by the
    authorities of supporting the rebels")."""
    head = prep.head
    for _ in range(3):
        if head.pos_ == "VERB":
            return head.lemma_.lower() in _CHARGING_VERBS
        if head.dep_ in ("dobj", "conj", "appos") or head.dep_ == "pobj" and head.head.dep_ == "agent":
            head = head.head.head if head.dep_ == "pobj" else head.head
            continue
        return False
    return False


def charged_deed(tok: Token) -> bool:
    """(session 40) Whether a verb lies inside the deed a charge names ("accused the junta of trying
    to make Algeria a scapegoat and of repeatedly violating its airspace", "accused China of waging
    political warfare, including bribing officials and threatening his safety", "has been accused by
    the authorities of supporting the rebels"): the accusation is the act told, what it charges is
    its content (the judges' convention since batch AD), however the parser hangs the "of" phrase.
    A relative clause with its own subject inside the phrase is a told act and stays."""
    if tok.pos_ != "VERB":
        return False
    node = tok
    for _ in range(10):
        if node.dep_ == "relcl" or _clause_apart(node):
            return False
        if node.dep_ not in _DEED_STEPS or node.head.i == node.i:
            return False
        head = node.head
        if node.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "for"):
            prep = head
            while prep.dep_ == "conj" and prep.head.lower_ in ("of", "for"):
                prep = prep.head  # "of trying ... and of violating": the second "of" joins the first
            if _charging_head(prep):
                return True
        node = head
    return False


def _under_pact(sent) -> Token | None:
    """The "under" of a sentence opened by "Under the agreement," (a definite pact with no
    participle of its own making), or None."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 3 or words[0].lower_ != "under" or words[0].dep_ != "prep":
        return None
    pact = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    if pact is None or pact.lemma_.lower() not in _TERMS_PACTS and pact.lower_ not in _TERMS_PACTS:
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in pact.children) \
            or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" for c in pact.children):
        return None  # "under a treaty signed on Monday": the pact is told with its making
    if words[0].head.tag_ == "VBN" and words[0].head.dep_ in ("advcl", "acl"):
        return None  # "Under the accord, signed in Lome on Sunday, ...": read as the signing's phrase
    return words[0]


def pact_terms_told(tok: Token) -> bool:
    """(session 40) Whether an act is one of a pact's terms: a leave given in a sentence opened by
    "Under the agreement," ("Under the compact, the United States may deny other militaries access
    to its waters"), or what one side "will" do in the sentence right after one so opened ("In
    return, Athens will lift its veto on ...", "Britain will provide Mauritius with ...").

    Why: the terms are the content of the pact, held by the record of its signing (the judges'
    convention since batch AJ: "the content or requirements of an agreement are no event"). The
    pact's own phrase ("Under the accord, signed on Sunday, ...") is not a term."""
    sent = tok.sent
    under = _under_pact(sent)
    if under is not None:
        # in the sentence itself only a leave the pact gives ("may deny"); "Under the accord, Canada
        # pledged ...", "the two sides agreed ...", even "will be allowed to" were judged acts
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return tok.i not in {t.i for t in under.subtree} \
            and any(c.dep_ == "aux" and c.lower_ in _LEAVE_AUX for v in (verb, _clause_top(verb)) for c in v.children)
    return _terms_sentence(sent, hops=2)


def _terms_sentence(sent, hops: int) -> bool:
    """Whether a sentence tells what one side "will" do right after a sentence opened by "Under the
    agreement," or after such a terms sentence itself (up to ``hops`` sentences back): "Under the
    agreement, the rebels will disarm. In return, the government will free prisoners ... . The
    province will keep its oil revenue, and the government will allow local parties." """
    if sent.start == 0:
        return False
    root = sent.root
    if not (root.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _TERMS_AUX for c in root.children)
            and not _dated(root)):
        return False
    before = sent.doc[sent.start - 1].sent
    return _under_pact(before) is not None or hops > 1 and _terms_sentence(before, hops - 1)


def _dated(verb: Token) -> bool:
    """Whether a clause names an occasion (a day, "today", a date), as `_pinned` reads it, leaving
    out adjectives of frequency the small model tags as dates ("annual payments") and the span a
    term sets ("release prisoners within 15 days", "over three years"), which dates no act."""
    return any(t.lower_ in _OCCASION or t.ent_type_ in ("DATE", "TIME") and t.pos_ != "ADJ" and t.i != verb.i
               and not _span_set(t) for t in verb.subtree)


def _span_set(tok: Token) -> bool:
    """Whether a date word is part of a length of time a phrase sets ("within 15 days", "for two
    years", "over three years")."""
    node = tok
    while node.head.i != node.i and node.dep_ in ("nummod", "compound", "amod", "quantmod", "pobj", "npadvmod"):
        if node.dep_ == "pobj":
            return node.head.lower_ in _SPAN_PREPS
        node = node.head
    return False
