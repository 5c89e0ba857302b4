"""Speakers: which actor a quotation's cue points at, resolved as far as the text allows.

The speaker word comes from the parse (the subject of the cue verb, the object of 'according
to', or a subject the cue shares). It is matched to the actor mentions of the actors stage; when
there is none at that place we build an Actor from the phrase so no speaker is lost. Pronouns
("he added") and documents ("said the statement") are resolved to the nearest fitting person or
announcing organisation, keeping the text the article uses. Salience decides between
candidates: "he" means the last speaker or a later person who is a subject (not "on Twitter",
not "with X"), "it"/"they" the main-clause subject of the nearest sentence that has a fitting
one; people the actors stage knows count as named people even when the tagger missed them. A
participle cue ("…, adding that …") shares the subject of the cue whose report the parser hung
it in. Titles ("the Venezuelan president") and appositives ("the EU's foreign policy chief,
Josep Borrell") lead to the person they name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .cues import cue_lexicon, is_cue
from .model import Actor
from .nlp import doc_ents, doc_text, sentence_of_token, sentences, token_starts
from .quote_spans import find_direct_spans, overlaps

__all__ = ["SpeakerContext", "subject_of", "resolve_speaker", "RELATIVE_PRONOUNS"]

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})

_PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person", "i": "person",
    "it": "organisation", "they": "organisation", "we": "organisation", "them": "organisation",
}
_ANNOUNCING = frozenset({"announce", "issue", "release", "publish", "say", "state", "declare", "report"})
_TITLES = frozenset({
    "president", "leader", "minister", "premier", "chancellor", "king", "queen", "prince", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "governor", "mayor", "general",
    "commander", "chief", "head", "official", "senator", "lawmaker", "dictator", "ruler", "emir", "sheikh",
})
_NAME_EDGE = frozenset({"compound", "flat", "nmod", "amod", "det", "poss", "nummod", "case", "punct"})


def _persons(doc: Doc, actors: list[Actor]) -> list[Span]:
    """Named people by position: spaCy's PERSON entities plus the people the actors stage knows
    ('Trump' is often tagged ORG by the small model, but the knowledge base says he is a person)."""
    found = {e.start_char: e for e in doc_ents(doc) if e.label_ == "PERSON"}
    taken = sorted((e.start_char, e.end_char) for e in found.values())
    for a in actors:
        if a.kind == "person" and a.name and a.start not in found and not overlaps(taken, a.start, a.end):
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is not None:
                found[a.start] = span
    return [found[k] for k in sorted(found)]


class SpeakerContext:
    """Per-document lookups built once: token starts, actor mentions by position, entities."""

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = token_starts(doc)
        self.actors = sorted(actors, key=lambda a: (a.start, a.end))
        self.actor_starts = [a.start for a in self.actors]
        self.persons = _persons(doc, self.actors)
        self.person_starts = [e.start_char for e in self.persons]
        self.cues = cue_lexicon()
        self.speakers: list[tuple[int, Actor]] = []  # speakers already found, by position
        self.quoted: list[tuple[int, int]] = sorted(find_direct_spans(self.text))

    def token_at(self, char: int) -> int:
        """Index of the token containing (or just after) ``char``."""
        i = bisect_right(self.starts, char) - 1
        return max(i, 0)

    def actor_over(self, start: int, end: int, head: Token) -> Actor | None:
        """The actor mention over ``[start, end)``, preferring the one containing the head word."""
        i = bisect_left(self.actor_starts, start - 200)
        best: Actor | None = None
        for a in self.actors[i:]:
            if a.start >= end:
                break
            if a.end <= start:
                continue
            if a.start <= head.idx < a.end:
                return a
            best = best or a
        return best

    def full_name(self, name: str, before: int) -> str:
        """'Putin' -> 'Vladimir Putin' when the article named him in full earlier."""
        if " " in name:
            return name
        for ent in self.persons:
            if ent.start_char >= before:
                break
            words = ent.text.split()
            if len(words) > 1 and words[-1] == name:
                return ent.text
        return name


def _matrix_cue(tok: Token) -> Token:
    """For '…, adding that …' the cue verb whose subject a participle cue shares.

    'X said that A, adding that B': the parser often hangs 'adding' on A's verb, inside what X
    reported, so A's subject would be taken for the speaker. A subjectless participle
    that sits inside the reported clause of another cue belongs to that cue.
    """
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return tok
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return tok
    cues = cue_lexicon()
    node = tok.head
    for _ in range(6):
        parent = node.head
        if parent.i == node.i:
            break
        if node.dep_ == "ccomp" and is_cue(parent, cues):
            return parent
        if node.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "relcl"):
            break
        node = parent
    return tok


def subject_of(tok: Token) -> Token | None:
    """The speaker word of a cue: its subject, the object of 'according to', or a shared subject."""
    if tok.lower_ == "according":
        for child in tok.children:
            if child.lower_ == "to":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        return None
    tok = _matrix_cue(tok)
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not _quoted_subject(child, tok):
                return _past_reflexive(child)
        for child in tok.rights:  # inverted order: 'added the statement', 'said Mark Weisbrot'
            if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("NOUN", "PROPN"):
                return child
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            if tok.dep_ == "conj":
                # '… stormed the camp, and doctors linked to X said …': a subject the parser
                # hung on a verb between the two conjuncts still belongs to the cue
                for j in range(tok.i - 1, tok.head.i, -1):
                    cand = tok.doc[j]
                    if cand.dep_ in ("nsubj", "nsubjpass") and cand.head.i < tok.i and cand.head.dep_ in ("conj", "acl"):
                        return cand
                    if cand.dep_ == "cc":
                        break
            tok = tok.head
            continue
        return None
    return None


_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})


def _past_reflexive(subj: Token) -> Token:
    """'In the report itself Shell made this point, writing "…"': the parser made the emphatic
    "itself" the subject and the name its apposition; the name is the speaker."""
    if subj.lower_ in _REFLEXIVES:
        return next((c for c in subj.children if c.dep_ == "appos"), subj)
    return subj


def _quoted_subject(subj: Token, cue: Token) -> bool:
    """'"The only answer I see is that they quit," tweeted analyst Ann Berg': the parser made a noun of
    the quotation the subject of the cue after it; a quotation mark between the two shows that the
    subject is quoted words, and the speaker is named after the cue."""
    return subj.i < cue.i and any(t.text in _MARKS for t in cue.doc[subj.i + 1:cue.i])


def _phrase(head: Token) -> tuple[int, int]:
    """Char span of the speaker phrase: the head and its left modifiers, and its named entity."""
    start_tok = head
    for child in head.lefts:
        if child.dep_ in _NAME_EDGE or child.dep_ in ("amod", "compound"):
            start_tok = min(start_tok, child.left_edge, key=lambda t: t.i)
            break
    end_tok = head
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == end_tok.i + 1:
            end_tok = child
        elif child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN" and child.i == end_tok.i + 1:
            last = child.right_edge  # 'the head of the military council'
            if last.i - head.i <= 8:
                end_tok = last
            break
        else:
            break
    start, end = start_tok.idx, end_tok.idx + len(end_tok)
    if head.ent_type_:
        doc = head.doc
        for ent in doc_ents(doc):
            if ent.start <= head.i < ent.end:
                start, end = min(start, ent.start_char), max(end, ent.end_char)
                break
    text = doc_text(head.doc)
    while start < end and not text[start].isalnum():
        start += 1
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1
    return start, end


def _role(head: Token) -> str | None:
    for child in head.rights:
        if child.dep_ == "appos":
            sub = list(child.subtree)
            return head.doc[sub[0].i : sub[-1].i + 1].text
    return None


def _clean_org_name(text: str) -> str:
    name = re.sub(r"^(?:the|The)\s+", "", text.strip())
    if name.count("(") > name.count(")"):
        name += ")"
    return name


def _announcing_org(ctx: SpeakerContext, before: int) -> Actor | None:
    """The nearest organisation that announced, issued or said something before ``before``."""
    doc = ctx.doc
    last = ctx.token_at(before)
    first = max(0, last - 400)
    for i in range(last - 1, first - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() not in _ANNOUNCING or tok.pos_ != "VERB":
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        s, e = _phrase(subj)
        actor = ctx.actor_over(s, e, subj)
        if actor is not None and actor.kind in ("organisation", "country", "group") and actor.kind != "pronoun":
            return actor
        if subj.ent_type_ in ("ORG", "NORP", "GPE"):
            text = doc_text(doc)[s:e]
            return Actor(s, e, text, name=_clean_org_name(text), kind="organisation",
                         sentence=sentence_of_token(doc, subj.i))
    return None


def _subject_like(tok: Token) -> bool:
    """Whether a noun is (part of) a subject or a named source: subjects ('One is X' included)
    and 'according to X' / 'by X', not objects or 'on Twitter', are what a later 'he' means."""
    node = tok
    for _ in range(5):
        if node.dep_ in ("nsubj", "nsubjpass", "attr"):
            return True
        if node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.head.lower_ == "according"):
            return True
        if node.dep_ in ("compound", "flat", "appos", "conj") and node.head.i != node.i:
            node = node.head
            continue
        return False
    return False


def _last_speaker(ctx: SpeakerContext, want: str | None, at: int) -> tuple[int, Actor] | None:
    """The latest speaker before ``at`` of the kind a pronoun asks for."""
    best: tuple[int, Actor] | None = None
    for pos, actor in ctx.speakers:
        if pos < at and at - pos < 2500 and actor.name and (
            actor.kind == want or (want == "organisation" and actor.kind in ("country", "group"))
        ) and (best is None or pos > best[0]):
            best = (pos, actor)
    return best


def _in_report(tok: Token) -> bool:
    """Whether a word sits in a clause some cue reports ('X said Khartoum needed …'): a name
    there is what was spoken about, not who is speaking."""
    cues = cue_lexicon()
    node = tok
    for _ in range(10):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and is_cue(node.head, cues):
            return True
        node = node.head
    return False


def _person_entity(ctx: SpeakerContext, at: int, subjects_only: bool) -> Span | None:
    """The nearest named person before ``at``, outside quotations (and a subject, if asked)."""
    k = bisect_left(ctx.person_starts, at) - 1
    while k >= 0 and at - ctx.person_starts[k] < 2500:
        ent = ctx.persons[k]
        inside = overlaps(ctx.quoted, ent.start_char, ent.start_char + 1) or _in_report(ent.root)
        if not inside and (not subjects_only or _subject_like(ent.root)):
            return ent
        k -= 1
    return None


def _person_actor(ctx: SpeakerContext, ent: Span, at: int) -> Actor:
    actor = ctx.actor_over(ent.start_char, ent.end_char, ent.root)
    if actor is not None:
        return actor
    return Actor(ent.start_char, ent.end_char, ent.text, name=ctx.full_name(ent.text, at),
                 kind="person", sentence=sentence_of_token(ctx.doc, ent.root.i))


def _fits(subj: Token, plural: bool) -> bool:
    """Whether a subject can be what 'it' (one organisation) or 'they' (several, or a body) means."""
    if subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
        return False
    many = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if plural:
        return many or subj.ent_type_ in ("ORG", "NORP", "GPE")
    return not many


def _main_subject(ctx: SpeakerContext, word: str, at: int) -> Token | None:
    """The subject an 'it' or 'they' at ``at`` continues: the nearest fitting subject earlier in
    its own sentence, else the main-clause subject of the nearest earlier sentence that has one.

    Main-clause subjects are what a following pronoun continues ('The junta refused …, and
    named …. It accused …'); a noun the parser made the subject of a side clause is not.
    """
    doc = ctx.doc
    i = ctx.token_at(at)
    sent_id = sentence_of_token(doc, i)
    if sent_id < 0:
        return None
    sents = sentences(doc)
    plural = word.lower() in ("they", "we", "them")
    for j in range(i - 1, sents[sent_id].start - 1, -1):
        tok = doc[j]
        if tok.dep_ in ("nsubj", "nsubjpass") and _fits(tok, plural):
            return tok
    for sid in range(sent_id - 1, max(-1, sent_id - 4), -1):
        root = sents[sid].root
        chain = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for verb in chain:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _fits(subj, plural):
                return subj
    return None


def _resolve_pronoun(ctx: SpeakerContext, word: str, at: int) -> Actor | None:
    """The nearest earlier speaker or named person (he, she) or subject (it, they) a pronoun means."""
    want = _PRONOUNS.get(word.lower())
    said = _last_speaker(ctx, want, at)
    if want == "person":
        ent = _person_entity(ctx, at, subjects_only=True)
        if said is not None and (ent is None or said[0] >= ent.start_char):
            return said[1]
        if ent is not None:
            return _person_actor(ctx, ent, at)
        ent = _person_entity(ctx, at, subjects_only=False)
        if ent is not None:
            return _person_actor(ctx, ent, at)
        return said[1] if said else None
    if want == "organisation":
        subj = _main_subject(ctx, word, at)
        if subj is not None and (said is None or subj.idx > said[0]):
            return resolve_speaker(ctx, subj)
    if said is not None:
        return said[1]
    if want == "organisation":
        doc = ctx.doc
        i = ctx.token_at(at)
        for j in range(i - 1, max(-1, i - 80), -1):
            tok = doc[j]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON":
                return resolve_speaker(ctx, tok)
    return None


def _titled_person(ctx: SpeakerContext, head: Token) -> str | None:
    """'the Venezuelan president' -> the person earlier called 'Venezuelan leader Nicolás Maduro'."""
    nationality = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"}
    if not nationality:
        return None
    doc = ctx.doc
    for ent in reversed(ctx.persons):
        if ent.start_char >= head.idx:
            continue
        window = doc[max(0, ent.start - 3) : ent.start]
        if any(t.lower_ in nationality for t in window):
            return ctx.full_name(ent.text, head.idx)
    return None


def _appositive_person(ctx: SpeakerContext, head: Token) -> Actor | None:
    """'The EU's foreign policy chief, Josep Borrell, wrote': the speaker is the person the
    appositive names, with the title as role, not the title phrase (or the EU inside it)."""
    if head.pos_ != "NOUN":
        return None
    for child in head.rights:
        if child.dep_ != "appos":
            continue
        ent = next((e for e in ctx.persons if e.start <= child.i < e.end), None)
        if ent is None:
            return None
        s, e = _phrase(head)
        role = ctx.text[s:e]
        actor = ctx.actor_over(ent.start_char, ent.end_char, ent.root)
        if actor is not None and actor.kind == "person" and (" " not in ent.text or ent.text in (actor.name or ent.text)):
            return replace(actor, role=actor.role or role)  # unless the text's full name contradicts it
        return Actor(ent.start_char, ent.end_char, ent.text, name=ctx.full_name(ent.text, ent.start_char),
                     kind="person", role=role, sentence=sentence_of_token(ctx.doc, ent.root.i), confidence=0.6)
    return None


def resolve_speaker(ctx: SpeakerContext, head: Token) -> Actor:
    """The Actor for the speaker word ``head``, resolved as far as the text allows."""
    doc = ctx.doc
    if head.lower_ in RELATIVE_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "relcl":
        head = head.head.head
    sent = sentence_of_token(doc, head.i)
    if head.lower_ in _PRONOUNS and head.pos_ == "PRON":
        start, end = head.idx, head.idx + len(head)
        mention = ctx.actor_over(start, end, head)
        ref = _resolve_pronoun(ctx, head.lower_, start)
        if ref is None and mention is not None and mention.name:
            return mention
        base = mention or Actor(start, end, head.text, kind="pronoun", sentence=sent)
        if ref is None:
            return base
        return replace(base, name=ref.name or ref.text, country=ref.country, sector=ref.sector,
                       code=ref.code, role=base.role or ref.role)
    named = _appositive_person(ctx, head)
    if named is not None:
        return named
    start, end = _phrase(head)
    text = doc_text(doc)[start:end]
    if head.lemma_.lower() in ctx.cues.nouns and not head.ent_type_:
        is_definite = any(c.lower_ in ("the", "this", "that", "its", "their") for c in head.lefts)
        org = _announcing_org(ctx, start) if is_definite else None
        if org is not None:
            return Actor(start, end, text, country=org.country, sector=org.sector, code=org.code,
                         name=org.name or _clean_org_name(org.text), kind="organisation",
                         sentence=sent, confidence=0.6)
        return Actor(start, end, text, kind="organisation", sentence=sent, confidence=0.5)
    mention = ctx.actor_over(start, end, head)
    if mention is not None and not (mention.start <= head.idx < mention.end):
        # 'the U.S. embassy' holds the mention 'the U.S.': the speaker is the embassy, of the USA
        return Actor(start, end, text, country=mention.country, code=mention.country,
                     name=_clean_org_name(text), kind="organisation", role=_role(head),
                     sentence=sent, confidence=0.5)
    if mention is not None and (mention.end - mention.start) < (end - start) and mention.kind != "pronoun":
        mention = replace(mention, start=start, end=end, text=text,
                          name=mention.name if mention.kind == "person" else (mention.name or _clean_org_name(text)))
    if mention is not None:
        if mention.kind == "pronoun" and not mention.name:
            ref = _resolve_pronoun(ctx, head.lower_, start)
            if ref is not None:
                return replace(mention, name=ref.name or ref.text, country=ref.country)
        return mention
    kind = "person" if head.ent_type_ == "PERSON" else "organisation" if head.ent_type_ in ("ORG", "NORP", "GPE") else "person"
    name: str | None = None
    if head.ent_type_ == "PERSON":
        ent = next((e for e in doc_ents(doc) if e.start <= head.i < e.end), None)
        name = ctx.full_name(ent.text if ent is not None else text, start)
    elif head.ent_type_:
        name = _clean_org_name(text)
    elif head.lemma_.lower() in _TITLES:
        name = _titled_person(ctx, head)
    return Actor(start, end, text, name=name, kind=kind, role=_role(head), sentence=sent,
                 confidence=0.5)

