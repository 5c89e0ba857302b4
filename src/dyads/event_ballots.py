"""Ballots told as results: what voters chose in a referendum and how a party or a place voted in
a division are tallies of a ballot, not acts of one party on another (session 35, batch AI).

A body's own decision by vote stays an act ("parliament voted against the package", "the EU
voted to impose tariffs", ``event_generics._vote_held``); so does a state's vote against a named
resolution, which earlier judges counted."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .countries import capitals_by_state, country_forms

__all__ = ["ballot_gives", "division_tally", "electorate_choice", "place_vote", "public_mood"]

# the people who cast a ballot, named as such
_ELECTORATE = frozenset({"voter", "elector", "electorate"})
# words giving a share of a vote ("55 percent of voters", "a majority who opposed it")
_SHARES = frozenset({"percent", "%", "majority", "minority", "share", "proportion", "third", "half", "quarter"})
_BALLOTS = frozenset({"referendum", "plebiscite", "ballot", "vote", "poll", "election", "runoff"})
# members of a chamber or of a party casting their votes: "five opposition parties voted against"
_FACTIONS = frozenset({"party", "opposition", "lawmaker", "legislator", "deputy", "mp", "senator", "congressman",
                       "congresswoman", "representative", "member", "faction", "caucus", "socialist", "conservative",
                       "liberal", "democrat", "republican", "green", "communist"})
# places whose vote is counted: "the city of Zurich voted against", "rural cantons voted in favour"
_DISTRICTS = frozenset({"canton", "province", "district", "constituency", "county", "city", "region", "area",
                        "municipality", "town", "department"})
_RELATIVES = frozenset({"who", "that", "which"})
# stances a voter's ballot takes; the rest (a protest, an attack) is no ballot even by voters
_STANCES = frozenset({"SUPPORT", "REJECT", "AGREE", "CONCEDE"})


def _members(noun: Token) -> list[Token]:
    """The noun and the nouns coordinated with it ("cantons and the city of Zurich")."""
    return [noun, *noun.conjuncts]


def _subject(verb: Token) -> Token | None:
    """The doer of a verb: its subject (the antecedent of a relative "who"), or the "by" agent
    of a passive; through a second conjunct with no subject of its own, the first's."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            if subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None


def _ballot_named(sent_root: Token) -> bool:
    """Whether the sentence names a ballot ("in Wednesday's referendum")."""
    return any(t.lemma_.lower() in _BALLOTS and t.pos_ == "NOUN" for t in sent_root.sent)


def _electorate(noun: Token, voting: bool) -> bool:
    """Whether ``noun`` is the electorate or a share of it: "voters", "55 percent of voters", "44
    percent who opposed it" in a sentence about a referendum, and, when the verb is "vote" itself,
    a people named by its nationality ("Belizeans voted to ...")."""
    lemma = noun.lemma_.lower()
    if lemma in _ELECTORATE:
        return True
    if lemma in _SHARES or noun.ent_type_ == "PERCENT":
        of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
        if of:
            return any(g.lemma_.lower() in _ELECTORATE for g in of)
        return noun.ent_type_ == "PERCENT" and _ballot_named(noun)
    return voting and _people(noun)


def _people(noun: Token) -> bool:
    """Whether a noun names a people by its nationality ("Belizeans", "the Swiss")."""
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNPS", "NNS"):
        return True
    form = country_forms().get(noun.text)
    return form is not None and (form.form == "people" or form.form == "adjective" and noun.pos_ in ("NOUN", "PROPN")
                                 and any(c.dep_ == "det" for c in noun.children))


def electorate_choice(tok: Token, event_type: str) -> bool:
    """Whether the act is what voters chose in a ballot: "55 percent of voters backed the plan",
    "Swiss voters rejected joining the EEA in 1992", "backed by 50 percent of voters",
    "Belizeans voted to send the dispute to the court".

    Why: a referendum result is a domestic tally with no counterpart; coded as SUPPORT, REJECT or
    the act put to the vote, it makes the voters a party to a deal they only ballot on."""
    if tok.pos_ != "VERB":
        return False
    verb, voting = tok, False
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
        voting = voting or verb.lemma_.lower() == "vote"
    if tok.lemma_.lower() == "vote":
        voting = True
    if not voting and event_type not in _STANCES:
        return False
    subj = _subject(verb)
    return subj is not None and any(_electorate(s, voting) for s in _members(subj))


def division_tally(tok: Token) -> bool:
    """Whether "voted against" tells how a party, its members or a place voted ("all five
    opposition parties voted against the plan", "the city of Zurich voted against"), or names
    nothing voted on at all ("Portas also voted against", "with Libya voting against").

    Why: such a vote is a count of the division; the body's decision it adds up to is the act
    (judges of batches AH and AI). A state or a chamber voting against a named measure keeps its
    record ("the United States voted against the resolution")."""
    if tok.lemma_.lower() != "vote" or tok.pos_ != "VERB":
        return False
    against = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "against"]
    if not against:
        return False
    subj = _subject(tok)
    if not any(c.dep_ in ("pobj", "pcomp") for p in against for c in p.children):
        # nothing voted on is named: a count of the division, states too (session 38: AD judged
        # "with only the United States and Israel voting against" an act, but AH and AJ, the
        # later batches, judge the same words a vote result, "with Libya voting against")
        return True
    if subj is None:
        return False
    return any(s.lemma_.lower() in _FACTIONS | _ELECTORATE | _DISTRICTS for s in _members(subj))


def _state(noun: Token) -> bool:
    """Whether a noun names a state by its name ("Nicaragua", "the United States")."""
    form = country_forms().get(noun.text) or country_forms().get(" ".join(
        t.text for t in noun.subtree if t.dep_ in ("compound",) or t.i == noun.i))
    return form is not None and form.form == "name"


# the public at large, and the words that count a share of it ("most residents", "many people")
_PUBLIC = frozenset({"resident", "people", "citizen", "inhabitant", "villager", "public", "population", "local"})
_SHARE_WORDS = frozenset({"most", "many", "some", "few", "majority", "minority", "half", "all"})


def public_mood(tok: Token, event_type: str) -> bool:
    """Whether backing or opposing is said of a share of the public ("most residents supported the
    sultan's policies", "many people oppose the deal"): a reading of opinion, no party acting.

    Why: a count of the public is what a poll or a passer-by reports of its mood (judged a vague
    civilian reaction); a crowd that marches or a named group that acts is coded elsewhere."""
    if event_type not in ("SUPPORT", "REJECT") or tok.pos_ != "VERB":
        return False
    subj = _subject(tok)
    if subj is None or subj.lemma_.lower() not in _PUBLIC:
        return False  # ("officials say most Germans opposed the deployment": a nation's stand, kept)
    return any(c.dep_ in ("amod", "det", "nummod", "quantmod") and c.lower_ in _SHARE_WORDS for c in subj.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and subj.lower_ in _SHARE_WORDS for c in subj.children)


# what a ballot is said to give or hand over: "the elections would give voters the last word"
_GIVING_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "CONCEDE", "RETREAT"})


def ballot_gives(tok: Token, event_type: str) -> bool:
    """Whether a ballot is the subject of a giving verb ("elections due in May would give voters
    the last word", "the referendum handed the president a mandate").

    Why: a ballot is no party; what it "gives" is a forecast or a result of the vote, a tally
    with no doer."""
    if event_type not in _GIVING_TYPES or tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _BALLOTS


# (session 42) ballots that a stance verb's own "in"/"at" phrase names as where the choice was made
_BALLOT_SETTINGS = frozenset({"referendum", "plebiscite", "ballot", "vote", "poll", "election", "runoff"})
# ballots a sentence before names, for a place's choice told right after ("Sulu voted against the
# law. Isabela City rejected inclusion.")
_VOTES_TOLD = frozenset({"referendum", "plebiscite", "vote"})
# verbs that tell a ballot's choice ("rejected inclusion", "approved the charter"); "welcomed the
# result" is a reaction to a vote, not a choice in it
_CHOOSING = frozenset({"reject", "approve", "back", "endorse", "support", "oppose", "accept", "ratify", "choose",
                       "favour", "favor"})
# bodies that decide by vote: their vote is the body's act, whatever the margin
_BODIES = frozenset({"parliament", "legislature", "assembly", "congress", "senate", "house", "chamber", "council",
                     "committee", "cabinet", "government", "court", "board", "commission", "bench", "panel"})


def _place(noun: Token) -> bool:
    """Whether a noun names a town, province or region below a state ("Sulu", "Isabela City",
    "the province"): not a state, a capital or a seat of government, which stand for the state
    or its government when they "reject" something."""
    if noun.lemma_.lower() in _DISTRICTS:
        return True
    if noun.pos_ != "PROPN" or noun.ent_type_ not in ("GPE", "LOC"):
        return False
    name = " ".join(t.text for t in noun.subtree if t.dep_ == "compound" or t.i == noun.i)
    return country_forms().get(name) is None and country_forms().get(noun.text) is None \
        and name not in _capitals()


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """Every state's capitals ("Guatemala City"), which stand for its government."""
    return frozenset(c for caps in capitals_by_state().values() for c in caps)


def _ballot_setting(verb: Token) -> bool:
    """Whether the verb's own phrase names the ballot it was chosen in ("rejected independence in
    a referendum", "backed the plan at the polls")."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and g.dep_ == "pobj"
               and g.lemma_.lower() in _BALLOT_SETTINGS for p in verb.children for g in p.children)


def _margin(verb: Token) -> bool:
    """Whether the verb carries a count of votes ("by a majority of 26,000", "by 55 percent to
    45 percent", "by 36,700 votes to 25,000")."""
    return any(p.dep_ == "prep" and p.lower_ == "by" and g.dep_ == "pobj"
               and (g.lemma_.lower() in _SHARES | {"vote", "margin"} or g.ent_type_ == "PERCENT")
               for p in verb.children for g in p.children)


def _vote_told_before(verb: Token) -> bool:
    """Whether the sentence before tells a vote ("Sulu voted against the law ..."), so that a
    place's choice told right after is its result too."""
    start = verb.sent.start
    if start == 0:
        return False
    before = verb.doc[start - 1].sent
    return any(t.lemma_.lower() in _VOTES_TOLD and t.pos_ in ("NOUN", "VERB") and t.dep_ != "compound"
               for t in before)


def _ballot_told(sent) -> bool:
    """Whether the sentence names a ballot as such, not as a word qualifying another noun
    ("election officials said", "the electoral board": officials, no vote told)."""
    return any(t.lemma_.lower() in _BALLOTS and t.pos_ == "NOUN" and t.dep_ != "compound" for t in sent)


def place_vote(tok: Token, event_type: str) -> bool:
    """Whether the act is how a place or a people voted: "Sulu voted against the law by a majority
    of 26,000", "Isabela City rejected inclusion" (after a sentence on the vote), "Scots rejected
    independence in a referendum", "Ireland rejected the treaty in a referendum".

    Why: an electorate's choice in a ballot is a vote result (judged no event in batches AH and
    AN), not an act of a party on another; a government or a legislature that rejects something
    is no electorate and keeps its record, and a state that rejects something outside a ballot
    (or a capital standing for a government) too."""
    if tok.pos_ != "VERB":
        return False
    voting = tok.lemma_.lower() == "vote"
    if not voting and (event_type not in _STANCES or tok.lemma_.lower() not in _CHOOSING):
        return False
    own = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    # (the subject nearest the verb: a wire dateline, "GUATEMALA CITY, Feb 11 (Wire) - the
    # tribunal has refused", may be hung on the verb as a subject too)
    subj = own[-1] if own else _subject(tok)
    if subj is None:
        return False
    members = _members(subj)
    if any(s.lemma_.lower() in _BODIES | _FACTIONS for s in members):
        return False
    if voting:
        return any(_place(s) for s in members) or _margin(tok) and subj.pos_ == "PROPN"
    if _ballot_setting(tok) or _margin(tok) and _ballot_named(tok):
        return any(_place(s) or _people(s) or _state(s) or _electorate(s, True) for s in members)
    if any(t.lemma_.lower() in _BALLOTS for o in tok.children if o.dep_ == "dobj" for t in o.subtree):
        return False  # ("Kurds rejected the referendum", "rejected the election results": a stand on the ballot)
    if _ballot_told(tok.sent) or _vote_told_before(tok):
        return any(_place(s) or _people(s) for s in members)
    return False
