"""Trigger nouns and verbs that name a state someone is in or leaves, not an act done then.

Why apart: "released from house arrest" tells a release (a record of its own) and names the
detention it ended, which was done earlier; "sought refuge in a church" is flight, nothing asked of
a party; "had broken the truce" refers back to a ceasefire made earlier and declares none. Judges
of fresh news (batch AO, session 43) marked the records these made as no event. ``event_senses``
asks these before any record is made.
"""

from __future__ import annotations

from spacy.tokens import Token

from .places import place_country
from .triggers import word_list

__all__ = ["broken_truce", "bench_ruling_only", "campaign_rally", "campaign_setting", "comes_back_to", "counted_on_for_nothing", "detention_left", "kind_of_money", "praise_word_only_named", "refuge_sought"]

# standing holds on a person that a release or escape ends
_HOLDS = frozenset({"arrest", "detention", "custody", "captivity", "jail", "prison", "imprisonment",
                    "confinement", "house-arrest"})
_LEAVING = frozenset({"release", "free", "escape", "emerge", "walk", "freed", "flee", "discharge"})
# shelter looked for or found by people in danger
_SHELTERS = frozenset({"refuge", "shelter", "sanctuary", "safety", "cover"})
_LOOKING = frozenset({"seek", "find", "take", "look"})
# verbs that break a pact made earlier
_BREAKING = frozenset({"break", "violate", "breach", "flout", "undermine", "wreck", "shatter"})
_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def detention_left(tok: Token, event_type: str) -> bool:
    """Whether an arrest noun is what someone is released from ("was released from house arrest",
    "freed from detention"): the hold was imposed before; the release is the act told."""
    if event_type != "COERCE" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _HOLDS:
        return False
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "ADJ") and (verb.lemma_.lower() in _LEAVING or verb.lower_ in _LEAVING)


def refuge_sought(tok: Token, event_type: str) -> bool:
    """Whether "seek" looks for shelter in a building or a spot ("hundreds sought refuge in the U.N.
    compound"): people in danger fleeing, with nothing asked of a party. Refuge sought in a state
    ("800,000 Iraqi Kurds sought refuge in Germany") asks that state to take them in, as the PLOVER
    gold codes it (REQUEST); asylum is not among the shelters."""
    if event_type != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _LOOKING:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _SHELTERS for c in tok.children):
        return False
    verbs = [tok, tok.head] if tok.dep_ in ("advcl", "xcomp") else [tok]  # "arrived in Kyrgyzstan seeking refuge"
    wheres = [o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "into", "across")
              for o in p.children if o.dep_ == "pobj"]
    return not any(_state_place(o) for o in wheres)


def _state_place(noun: Token) -> bool:
    """Whether a place phrase names a state or a region of one ("Germany", "India's northeastern
    state of Mizoram", "Niger's Maradi region"), not a building or a camp."""
    return _placed(noun) or any(c.dep_ in ("poss", "compound") and _placed(c) for c in noun.children)


def _placed(tok: Token) -> bool:
    """A state or place name, by the tagger or the gazetteer (the small model tags "Niger's" FAC)."""
    return tok.ent_type_ in ("GPE", "LOC") or tok.pos_ == "PROPN" and place_country(tok.text) is not None


def broken_truce(tok: Token) -> bool:
    """Whether a ceasefire noun is what a party broke or violated ("said the army had broken the
    truce first"): an earlier truce referred back to, so no ceasefire is declared by the breaker."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in _TRUCES:
        return False
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _BREAKING


_NAMING = frozenset({"call", "brand", "label", "describe", "term", "dub"})


def praise_word_only_named(tok: Token, event_type: str) -> bool:
    """Whether "called X a Y" reads as praise only because the thing named is itself a praise word
    ("called recognition by Western states a terrible precedent"): what is said of it is the
    predicate, so a praise word in the object praises nothing (batch AO's judge: criticism)."""
    if event_type != "SUPPORT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _NAMING:
        return False
    marks = word_list("praise_marks")
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    if not objects and len(preds) > 1:
        objects, preds = preds[:1], preds[1:]  # (the small model may read both nouns as predicates)
    if not any(o.lemma_.lower() in marks for o in objects):
        return False
    preds += [a for o in objects for a in o.children if a.dep_ == "appos"]
    if not preds:
        return False
    said = {t.lemma_.lower() for p in preds for t in p.subtree} | {t.lower_ for p in preds for t in p.subtree}
    return not said & marks


def comes_back_to(tok: Token) -> bool:
    """Whether a verb says what something will "come back to" do ("a precedent that would come back
    to hit them in the face", "come back to haunt"): a consequence foretold, no blow struck."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and head.lemma_.lower() == "come" \
        and any(c.lower_ == "back" for c in head.children) and any(c.lower_ == "to" for c in tok.children)


# money named by what it is for ("budget support payments", "support funds")
_MONEY = frozenset({"payment", "fund", "funding", "loan", "grant", "tranche", "money", "disbursement"})


def kind_of_money(tok: Token) -> bool:
    """Whether "support" only says what money is for ("the EU postponed budget support
    payments"): the payments carry the act told of them (here their postponement), so the noun
    makes no act of its own ("aid payments", which name help, are left to the aid rules)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() == "support" and tok.dep_ == "compound" \
        and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in _MONEY


# common nouns that name a party one can count on to act
_PARTY_NOUNS = frozenset({"government", "ally", "allies", "partner", "partners", "friend", "friends", "neighbour",
                          "neighbours", "neighbor", "neighbors", "community", "army", "council", "members"})


def _party_word(noun: Token) -> bool:
    """Whether a noun names a party, not a thing or one's own means ("Turkey", "you", "our allies";
    not "Colombian imports" nor "its own forces")."""
    if any(c.lower_ == "own" for c in noun.children):
        return False
    return noun.pos_ in ("PROPN", "PRON") or noun.lemma_.lower() in _PARTY_NOUNS or noun.lower_ in _PARTY_NOUNS


def counted_on_for_nothing(tok: Token, event_type: str) -> bool:
    """Whether "count on" names no act asked of anyone ("we can count on China's support", "counts
    on tourism"): only counting on a party to do something ("I count on Turkey to act with
    restraint") appeals to it."""
    if event_type != "REQUEST" or tok.lemma_.lower() != "count" or tok.pos_ != "VERB":
        return False
    counted = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    if not counted or not all(_party_word(p) for p in counted):
        return True  # "counted on Colombian imports", "can only count on its own forces": a thing or one's own
    return not any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                   for c in tok.children)


_CAMPAIGNS = frozenset({"fight", "battle", "struggle", "war", "campaign"})


def campaign_setting(tok: Token) -> bool:
    """Whether a noun of fighting is the standing campaign an act is set in ("the gains we have made
    in the fight against ISIS", "help in the fight against the Taliban"): a long effort named as
    the setting, not a clash told here (its own acts, a killing or an aid, have their records)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _CAMPAIGNS or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)


# what makes a rally one of a party or a candidate, not of a grievance
_PARTY_RALLIES = frozenset({"political", "campaign", "election", "electoral", "party", "pre-election",
                            "re-election", "reelection"})


def campaign_rally(tok: Token, event_type: str) -> bool:
    """Whether a rally is a party's or a candidate's ("called her corrupt at a political rally in
    Madrid", "a campaign rally in Ohio"): a meeting of supporters, no protest against anyone."""
    return event_type == "PROTEST" and tok.pos_ == "NOUN" and tok.lemma_.lower() == "rally" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _PARTY_RALLIES for c in tok.children)


# who sits in judgement: only they "rule against" a party
_BENCHES = frozenset({"court", "judge", "tribunal", "bench", "justice", "panel", "magistrate", "jury", "chamber",
                      "arbitrator", "arbitration"})


def bench_ruling_only(tok: Token, event_type: str) -> bool:
    """Whether "ruled against" is said of someone who does not judge ("the president ruled against
    any talks"): only a court's ruling against a party is a finding against it (ACCUSE); anyone
    else's is a refusal, left to other words."""
    if event_type != "ACCUSE" or tok.lemma_.lower() != "rule" or not any(
            c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(w.lemma_.lower() in _BENCHES for s in subjects for w in s.subtree)


# what an office takes in the course of its work ("accepting accident notifications")
# (not bids, applications, calls or votes: "accepted Sweden's bid", "accepted the call for talks",
# "accepted the result" yield to someone)
_INTAKE = frozenset({"notification", "submission", "booking", "reservation", "delivery", "payment", "card", "cash",
                     "enquiry", "inquiry", "registration", "form", "tender"})


def business_accepted(tok: Token, event_type: str) -> bool:
    """Whether "accept" takes in the paperwork or custom of an office's daily work ("its operations
    center is still accepting accident notifications", "banks accept cards"): no one yields to anyone."""
    if event_type != "CONCEDE" or tok.lemma_.lower() != "accept" or tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _INTAKE for c in tok.children)


# nouns of an aim or a standing line, whose "of" gerund names what is aimed at, not done
_AIMS = frozenset({"goal", "aim", "objective", "ambition", "dream", "policy", "strategy", "hope", "vision"})


def aim_named(tok: Token) -> bool:
    """Whether a gerund only names an aim or a policy ("retreated from a previous goal of ousting
    Assad", "its policy of isolating Iran"): what is aimed at, not an act told."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "of":
        return False
    return tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in _AIMS
