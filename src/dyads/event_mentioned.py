"""Acts a sentence only mentions, withholds or restates (session 38, helper w, from batch AK's
"no event" verdicts): "would not consent to extradition", "learned of the deal from the media",
"in defiance of a ban imposed by the minister", "the latest casualty of a Chinese ban", "an
indictment charging him with fraud", "clashed with the liquidator's team over control of the
company's assets".

Why: the noun names an act that is recorded elsewhere (told in its own clause, or presupposed as
known), or that was refused, so a record on the noun is a second, partyless or wrong-party copy;
a "clash" over a firm's property is a legal row, not fighting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .event_generics import _BONDS

if TYPE_CHECKING:
    from .event_records import Candidate

__all__ = ["bond_named", "business_clash", "consent_withheld", "defied_measure", "known_of", "pact_named",
           "pact_reacted_to", "restated_by_participle"]

# verbs of giving consent to an act: negated, the act named as their object is withheld
_CONSENTING = frozenset({"consent", "agree", "accede", "submit", "accept", "approve", "authorise", "authorize"})
# verbs and adjectives of coming to know of something: what is known of is told elsewhere
_KNOWING = frozenset({"learn", "hear", "know", "aware", "unaware", "informed", "inform", "notify"})
# nouns of going against a standing measure or pact: "in defiance of a ban", "in breach of the truce"
_DEFYING = frozenset({"defiance", "violation", "breach", "contravention", "breaking", "flouting"})
# what a measure's effect is called: "the latest casualty of a ban", "a victim of the embargo"
_CASUALTIES = frozenset({"casualty", "victim", "consequence", "result", "effect", "fallout"})
_MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})
# the written pacts a reaction can be about, and the verbs of judging or backing one
_PACT_NOUNS = frozenset({"agreement", "accord", "pact", "treaty", "deal"})
_REACTING = frozenset({"defend", "welcome", "hail", "praise", "applaud", "criticise", "criticize", "condemn",
                       "denounce", "slam", "blast", "back", "support", "endorse", "oppose", "question"})
# (session 40) verbs of going against a pact in politics: "his party would fight the agreement"
_CONTESTING = frozenset({"fight", "resist", "challenge", "contest"})
# prepositions that make a known pact the topic of another act: "a referendum on the agreement"
_TOPIC_PREPS = frozenset({"on", "about", "over"})
# (session 40) nouns of a standing bond between parties, and the verbs that make or change one
_STANDING_BONDS = _BONDS | {"partnership", "partnerships", "alliance", "alliances", "friendship"}
_BOND_MAKING = frozenset({"establish", "form", "forge", "launch", "create", "build", "sign", "seal", "conclude",
                          "enter", "join", "upgrade", "strengthen", "deepen", "expand", "boost", "renew", "restore",
                          "resume", "revive", "set", "broaden", "widen", "step", "cement", "formalise", "formalize"})
# a firm's property and dealings: what a "clash" over is a legal or business row
_HOLDINGS = frozenset({"asset", "fund", "money", "share", "stake", "shareholding", "estate", "property",
                       "company", "firm", "business", "bankruptcy", "contract", "payment", "debt", "royalty",
                       "fee", "inheritance", "account", "liquidation", "subsidiary", "dividend", "salary", "wage"})


def consent_withheld(tok: Token) -> bool:
    """Whether an act noun is what a negated verb of consent is about ("would not consent to
    extradition", "did not agree to a ceasefire", "refused to accept ..." is not this: it has no
    negation).

    Why: the act was withheld; the verb's own record is the refusal (REJECT). Read on its own, the
    noun took the verb's "would" and became a promise of the act (AGREE), the opposite (batch AK)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CONSENTING \
        and any(c.dep_ == "neg" for c in head.children)


def known_of(tok: Token) -> bool:
    """Whether an act noun is what someone learned, heard or knew of ("said they had learned of the
    deal from the media", "was not aware of the raid"): its act is told elsewhere; who learns of it
    is no party (judged no event in batch AK)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "about"):
        return False
    knower = tok.head.head
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False  # "learned of a plot to ...": news of an act first told here
    return knower.lemma_.lower() in _KNOWING or knower.lower_ in _KNOWING


def defied_measure(tok: Token, event_type: str) -> bool:
    """Whether an act noun names a standing measure or pact only as what is defied or broken ("in
    defiance of a ban imposed by the minister", "in breach of the truce"), or, for a measure, as
    what something fell victim to ("the latest casualty of a Chinese ban on group tours").

    Why: the phrase presupposes the act and tells another one (the defiance, the loss); the
    measure's own report, if any, is its record (judged no event in batch AK)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    holder = tok.head.head.lemma_.lower()
    return holder in _DEFYING or event_type in _MEASURE_TYPES and holder in _CASUALTIES


def pact_reacted_to(tok: Token, event_type: str) -> bool:
    """Whether a pact noun is only what someone judges or backs ("defended a landmark treaty with
    Australia", "India said it supported the deal"): the reaction is the act told; the pact's
    signing has its own report, and the reacting party is no side to it (judged no event in batch
    AK)."""
    return event_type in ("AGREE", "SUPPORT") and tok.lemma_.lower() in _PACT_NOUNS and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in _REACTING


def pact_named(tok: Token, event_type: str) -> bool:
    """(session 40) Whether a pact noun only names a pact the sentence tells something else about:
    set beside the thing signed ("signed the economic terms of their compact, a deal worth $2
    billion"), described by "be" ("the renewed deals with Palau are at the heart of its effort"),
    contested ("said his party would fight the agreement") or the known topic of another act ("a
    referendum on the agreement with Greece").

    Why: the signing, the vote or the threat is the act told; the noun is a second, often partyless
    copy (the judges' noun-phrase rule since batch AK: "a noun naming a deal in another actor's
    sentence is no event"). A pact told with its own making ("in a deal mediated by Qatar", "a
    treaty signed on Monday", "unveiled the agreement") is not matched here."""
    if event_type not in ("AGREE", "SUPPORT") or tok.lemma_.lower() not in _PACT_NOUNS or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" for c in tok.children):
        return False  # "a deal mediated by Qatar": its making is told on the noun
    head = tok.head
    if tok.dep_ == "appos":
        return head.pos_ in ("NOUN", "PROPN")
    if tok.dep_ == "npadvmod" and head.pos_ == "VERB" and tok.left_edge.i > 0:
        # the small model hangs "..., a deal worth $2 billion" on the signing verb itself
        return tok.doc[tok.left_edge.i - 1].lower_ == ","
    if tok.dep_ == "nsubj":
        return head.lemma_.lower() == "be" and not any(c.dep_ in ("auxpass", "acomp") and c.tag_ == "VBN"
                                                       for c in head.children)
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in _CONTESTING
    if tok.dep_ == "pobj" and head.lower_ in _TOPIC_PREPS and head.head.pos_ == "NOUN":
        return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)
    return False


def bond_named(tok: Token, event_type: str) -> bool:
    """(session 40) Whether a noun of a standing bond ("ties", "partnership", "alliance") is only
    named, not made: what is valued, praised or favoured ("attached great importance to its
    strategic partnership with Turkmenistan", "has long favoured warmer ties with Russia"). A bond
    that is the object of a verb making, joining or changing it ("established a partnership",
    "formed an alliance", "entered into an alliance", "joined the alliance") is the act and stays,
    and so (as earlier tests pin) is a bond that is a clause's subject.

    Why: the judges count a named standing relation as no event in every batch (AB, AE, AL), and
    none as cooperation done on an occasion."""
    if event_type != "COOPERATE" or tok.pos_ != "NOUN" or tok.lower_ not in _STANDING_BONDS:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "into":
        head = head.head  # "entered into an alliance"
    elif tok.dep_ == "pobj":
        return True  # "attached great importance to its partnership with"
    elif tok.dep_ != "dobj":
        return False  # a bond as the doer ("the alliance between Mali and Niger has helped") is left as it was
    return head.lemma_.lower() not in _BOND_MAKING


def business_clash(tok: Token) -> bool:
    """Whether a "clash" is a row over a firm's property ("has clashed with the liquidator's team
    over control of the company's assets"): what it is over names assets, funds, shares or a
    company, so it is a legal or business dispute, not fighting (judged no event in batch AK).
    "clashed with rebels over control of the town" stays a clash."""
    if tok.lemma_.lower() != "clash" or tok.pos_ != "VERB":
        return False
    matters = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "over"
               for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in _HOLDINGS for m in matters for t in m.subtree)


def restated_by_participle(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """Whether an act noun is restated by its own participle of the same type ("unsealed an
    indictment charging him with fraud", "a decree banning rallies"): the participle's record names
    the parties; the noun's would be a second, partyless copy of the one act (batch AK)."""
    if not cand.trigger.nominal or cand.source:
        return False  # "filed a complaint alleging that ...": the filer's complaint is the act
    for c in cand.token.children:
        other = by_token.get(c.i)
        if c.dep_ == "acl" and c.tag_ == "VBG" and other is not None and other is not cand \
                and not other.absorbed and other.type == cand.type and (other.source or other.target):
            return True
    return False
