"""Backing, recognition, meetings and deals told as a standing, a schedule or a practice, not as an act.

Why apart: "soldiers backing the colonel stormed the palace", "a north recognised only by Turkey",
"the delay backed by the president", "Micronesia has recognised Beijing since 1989", "leaders are
due to meet on Thursday" and "secret tax deals with companies" use SUPPORT and AGREE trigger words,
but describe a party's allegiance, a state's standing, a timetable or a practice; the judges of batches AG to AN call each "no event" (attributive
descriptions, standing states, schedules). Each check reads the grammar around the trigger, so it
holds for unseen news.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_lexicon import sector_words
from .event_conditions import scheduled_purpose
from .triggers import word_list

__all__ = ["described_allegiance", "standing_recognition", "on_schedule", "plural_pacts"]

# verbs of backing whose participle on a noun tells whom the noun stands behind or who stands behind it
_BACKING = frozenset({"back", "support", "endorse", "sponsor"})
# verbs of recognition: a participle on a noun, or a perfect with "since", tells a standing status
_RECOGNISING = frozenset({"recognise", "recognize"})
# the adjective that puts a deed on a timetable ("is due to meet"); "is scheduled to meet" keeps its
# future record (session 33's test_a_scheduled_meeting_is_ahead; no judged verdict either way)
_TIMETABLE = frozenset({"due"})
# what a pact is called ("agreement accord pact treaty ... deal")
_PACTS = word_list("signed_pacts")
# verbs that make a pact; their object pact nouns are merged into the making
_PACT_MAKING = frozenset({"sign", "strike", "reach", "conclude", "ink", "seal", "negotiate", "renew"})
_PARTY_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _party_noun(noun: Token) -> bool:
    """Whether a noun names a party (a name, a people, or a body or role word of the actor lexicon)."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _PARTY_KINDS:
        return True
    return _lemma(noun) in sector_words() or noun.lower_ in sector_words()


def _agents(participle: Token) -> list[Token]:
    """The "by" objects of a participle (an agent, or a "by" phrase the parser hangs as a prep)."""
    return [o for c in participle.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj"]


def _noun_described(participle: Token) -> Token | None:
    """The noun a bare past participle describes: its head for an ``acl``, or the noun right before
    it when the parser hangs it on the verb ("split between the south and a north recognised only
    by Turkey": "recognised" read as an ``advcl`` of "split")."""
    if participle.dep_ == "acl":
        return participle.head if participle.head.pos_ in ("NOUN", "PROPN") else None
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    if participle.dep_ == "advcl" and participle.tag_ == "VBN" and before is not None \
            and before.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("aux", "auxpass", "nsubjpass", "mark")
                                                             for c in participle.children):
        return before
    return None


def described_allegiance(tok: Token) -> bool:
    """Whether a backing or recognising participle only describes the noun it hangs on: an "-ing"
    participle of backing on a party noun ("soldiers backing Rajoelina stormed the palace",
    "protesters supporting the opposition"), a "recognised by" participle on any noun ("a north
    recognised only by Turkey"), a "backed by" participle with a named backer on a noun that is no party
    ("the ten-month delay backed by the president"), or one set off by commas on a party that is the
    subject of another deed ("AU troops, backed by the Comorian army, landed on the island": a
    co-actor of the landing, AL's convention). "rebels backed by Iran attacked the city" (no commas)
    is left to `event_generics.backer_described`."""
    noun, lemma = _noun_described(tok), _lemma(tok)
    if noun is None:
        return False
    if tok.tag_ != "VBN" or not _agents(tok):
        return tok.tag_ == "VBG" and tok.dep_ == "acl" and lemma in _BACKING and _party_noun(noun) \
            and any(c.dep_ == "dobj" for c in tok.children)
    if lemma in _RECOGNISING:
        return True
    if tok.dep_ != "acl":
        return False
    if lemma not in _BACKING:
        return False
    if not _party_noun(noun):
        return lemma == "back"  # "a hall supported by unions", "an offensive supported by Russia" stay
    doc = tok.doc
    return doc[tok.i - 1].lower_ == "," and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB"


def standing_recognition(tok: Token) -> bool:
    """Whether a recognition is told as a standing state: a perfect with "since" ("Micronesia has
    recognised Beijing since 1989"), whose act lies at the start of the span and is not the news.
    ("recognises that ..." is left alone: "Germany formally recognised that its forces committed
    genocide" was judged an act toward the victims.)"""
    if _lemma(tok) not in _RECOGNISING or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)


def on_schedule(tok: Token) -> bool:
    """Whether an act (a verb, or the verb an act noun is the object of) is put on a timetable: "is
    due to meet in Accra on Thursday", "is due to visit", "is due to host a summit", and what
    such a meeting is for ("to discuss Mali"). A
    schedule the writer tells is no stated intent of the party (AGREE 036), which the judges of
    batches AE to AM call no event; "said it would meet" (its own word) is not touched."""
    verb = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    if verb.dep_ == "advcl" and verb.head.dep_ == "xcomp" and verb.head.head.lower_ in _TIMETABLE \
            and scheduled_purpose(verb):
        return True  # "are due to meet on Thursday to discuss Mali": the talks the meeting is for
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.lower_ not in _TIMETABLE or any(c.dep_ == "neg" for c in head.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def plural_pacts(tok: Token) -> bool:
    """Whether an AGREE noun is a plural pact word ("secret tax deals between the Grand Duchy and
    multinational companies", "property deals linked to businessmen", "the renewed deals with
    Palau"): a practice or a set of pacts named, whose making, when told, has its own record (the
    signing verb); every such record in the judged folders was judged no event or wrong. The object
    of a pact-making verb is left to it ("signed a package of agreements with Iraq" gives the signing
    its partner)."""
    if not (tok.tag_ == "NNS" and tok.pos_ == "NOUN" and (tok.lemma_.lower() in _PACTS or tok.lower_ in _PACTS)):
        return False
    node = tok
    while node.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB":
            # "signed a package of agreements ... with Iraq": the noun gives the signing its partner
            return node.lemma_.lower() not in _PACT_MAKING
    return True
