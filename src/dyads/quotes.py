"""Quotations: who said what, directly ("“…,” Putin said") or in reported speech ("Putin said that …").

Direct quotes are found from the quote marks in the text (straight ``"``, curly “ ” and, outside
them, ‘ ’), following the journalistic convention that a paragraph which opens a quote without
closing it continues into the next paragraph when that one opens with a quote mark. Unbalanced
marks are dropped rather than allowed to swallow the article: a quote never crosses a heading
and never exceeds ``MAX_QUOTE_CHARS``. The span is the quoted text without its marks.

The speaker comes from the parse: the subject of the cue verb after the quote ("…,” said Mark
Weisbrot"), before it ("Putin said: “…”") or of the previous quote in the paragraph ("…,” he
said. “…”"). It is matched to the actor mentions of the actors stage; when there is none at that
place we build an Actor from the phrase so no speaker is lost. Pronouns ("he added") and
documents ("said the statement") are resolved to the nearest fitting person or announcing
organisation, keeping the text the article uses. Salience decides between candidates: "he"
means the last speaker or a later person who is a subject (not "on Twitter", not "with X"),
"it"/"they" the main-clause subject of the nearest sentence that has a fitting one; people the
actors stage knows count as named people even when the tagger missed them. A participle cue
("…, adding that …") shares the subject of the cue whose report the parser hung it in.

Indirect quotes are clauses reported by a cue verb ("USAID announced that it will …") or
introduced by "according to"; their span is the reported clause and ``direct`` is False.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .model import Actor, Quote
from .nlp import sentence_of_token, sentences

__all__ = ["find_quotes", "find_direct_spans", "cue_lexicon", "MAX_QUOTE_CHARS"]

MAX_QUOTE_CHARS = 3000
_MIN_WORDS_UNATTRIBUTED = 6

_MARKS = re.compile(r"[\"“”‘’]")
_LINE = re.compile(r"[^\n]+")
_TERMINAL = frozenset(".!?")
_OPENERS = frozenset("“\"‘")
_PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person", "i": "person",
    "it": "organisation", "they": "organisation", "we": "organisation", "them": "organisation",
}
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_ANNOUNCING = frozenset({"announce", "issue", "release", "publish", "say", "state", "declare", "report"})
_TITLES = frozenset({
    "president", "leader", "minister", "premier", "chancellor", "king", "queen", "prince", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "governor", "mayor", "general",
    "commander", "chief", "head", "official", "senator", "lawmaker", "dictator", "ruler", "emir", "sheikh",
})
# cue verbs whose object is what was said, never who: 'said members of X fired' is a clause
_CLAUSE_ONLY = frozenset({"say"})
_NAME_EDGE = frozenset({"compound", "flat", "nmod", "amod", "det", "poss", "nummod", "case", "punct"})


@dataclass(frozen=True, slots=True)
class _Cues:
    verbs: frozenset[str]
    clause_verbs: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)
def cue_lexicon() -> _Cues:
    """The speech cues in ``data/cues.tsv``: verbs, verbs that report a clause, speaker nouns."""
    text = resources.files("dyads").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    verbs, clause, nouns = set(), set(), set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, kind, takes_clause = (line.split("\t") + ["", ""])[:3]
        if kind == "verb":
            verbs.add(lemma)
            if takes_clause == "yes":
                clause.add(lemma)
        elif kind == "noun":
            nouns.add(lemma)
    return _Cues(frozenset(verbs), frozenset(clause), frozenset(nouns))


# --- finding direct quote spans -------------------------------------------------------------


def _is_heading(line: str) -> bool:
    """Short lines without closing punctuation are headings, bylines or captions: quotes stop there."""
    s = line.strip()
    if s.startswith("#"):
        return True
    return len(s) < 80 and s[-1:] not in ".!?:;,\"”’)" and not s[:1] in _OPENERS


def _is_open(text: str, pos: int) -> bool:
    """Whether a straight or single mark at ``pos`` opens (space or start before, text after)."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/“\"") and not after.isspace()


def find_direct_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every quoted passage, without its marks, outermost quotes only.

    Works on text alone (no parse), so it is cheap and testable on any string.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    kind = ""  # which mark opened: '"' straight, '“' curly, '‘' single
    for li, (ls, le) in enumerate(lines):
        line = text[ls:le]
        first = ls + len(line) - len(line.lstrip())
        continuing = open_at is not None
        for m in _MARKS.finditer(text, ls, le):
            pos, ch = m.start(), m.group()
            if continuing and pos == first and ch in "“\"‘":
                continuing = False  # the continuation mark of a multi-paragraph quote
                continue
            continuing = False
            if open_at is None:
                if ch == "“" or (ch == '"' and _is_open(text, pos)):
                    open_at, kind = pos, ch
                elif ch == "‘" and _is_open(text, pos):
                    open_at, kind = pos, ch
                continue
            if kind in "“\"":
                if ch == "”" or (ch == '"' and kind == '"'):
                    spans.append((open_at + 1, pos))
                    open_at = None
                elif ch == "“" and kind == "“":
                    open_at = pos  # an opener inside an open quote: the earlier one was never closed
            elif kind == "‘" and ch == "’":
                after = text[pos + 1] if pos + 1 < le else " "
                if not after.isalpha():
                    spans.append((open_at + 1, pos))
                    open_at = None
            elif kind == "‘" and ch in "“\"":
                open_at, kind = (pos, ch) if ch == "“" or _is_open(text, pos) else (None, "")
        if open_at is not None:
            nxt = lines[li + 1] if li + 1 < len(lines) else None
            if nxt is None or kind == "‘":
                open_at = None
                continue
            nline = text[nxt[0] : nxt[1]].lstrip()
            if (
                not nline[:1] in ("“", '"')
                or _is_heading(text[nxt[0] : nxt[1]])
                or nxt[1] - open_at > MAX_QUOTE_CHARS
            ):
                open_at = None
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if s < e and e - s <= MAX_QUOTE_CHARS:
            out.append((s, e))
    return out


# --- speakers -------------------------------------------------------------------------------


def _persons(doc: Doc, actors: list[Actor]) -> list[Span]:
    """Named people by position: spaCy's PERSON entities plus the people the actors stage knows
    ('Trump' is often tagged ORG by the small model, but the knowledge base says he is a person)."""
    found = {e.start_char: e for e in doc.ents if e.label_ == "PERSON"}
    taken = sorted((e.start_char, e.end_char) for e in found.values())
    for a in actors:
        if a.kind == "person" and a.name and a.start not in found and not _overlaps(taken, a.start, a.end):
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is not None:
                found[a.start] = span
    return [found[k] for k in sorted(found)]


class _Context:
    """Per-document lookups built once: token starts, actor mentions by position, entities."""

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
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


def _is_cue(tok: Token, cues: _Cues) -> bool:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return True
    lemma = tok.lemma_.lower()
    if lemma not in cues.verbs or tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod":
        return False
    if lemma == "add" and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children):
        return False  # 'the aid adds to the …' is arithmetic, not speech
    return True


def _cue_word(tok: Token) -> str:
    return "according to" if tok.lower_ == "according" else tok.lower_


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
        if node.dep_ == "ccomp" and _is_cue(parent, cues):
            return parent
        if node.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "relcl"):
            break
        node = parent
    return tok


def _subject_of(tok: Token) -> Token | None:
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
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
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
        for ent in doc.ents:
            if ent.start <= head.i < ent.end:
                start, end = min(start, ent.start_char), max(end, ent.end_char)
                break
    text = head.doc.text
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


def _announcing_org(ctx: _Context, before: int) -> Actor | None:
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
            text = doc.text[s:e]
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


def _last_speaker(ctx: _Context, want: str | None, at: int) -> tuple[int, Actor] | None:
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
        if node.dep_ == "ccomp" and _is_cue(node.head, cues):
            return True
        node = node.head
    return False


def _person_entity(ctx: _Context, at: int, subjects_only: bool) -> Span | None:
    """The nearest named person before ``at``, outside quotations (and a subject, if asked)."""
    k = bisect_left(ctx.person_starts, at) - 1
    while k >= 0 and at - ctx.person_starts[k] < 2500:
        ent = ctx.persons[k]
        inside = _overlaps(ctx.quoted, ent.start_char, ent.start_char + 1) or _in_report(ent.root)
        if not inside and (not subjects_only or _subject_like(ent.root)):
            return ent
        k -= 1
    return None


def _person_actor(ctx: _Context, ent: Span, at: int) -> Actor:
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


def _main_subject(ctx: _Context, word: str, at: int) -> Token | None:
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


def _resolve_pronoun(ctx: _Context, word: str, at: int) -> Actor | None:
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
            return _speaker(ctx, subj)
    if said is not None:
        return said[1]
    if want == "organisation":
        doc = ctx.doc
        i = ctx.token_at(at)
        for j in range(i - 1, max(-1, i - 80), -1):
            tok = doc[j]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON":
                return _speaker(ctx, tok)
    return None


def _titled_person(ctx: _Context, head: Token) -> str | None:
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


def _appositive_person(ctx: _Context, head: Token) -> Actor | None:
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


def _speaker(ctx: _Context, head: Token) -> Actor:
    """The Actor for the speaker word ``head``, resolved as far as the text allows."""
    doc = ctx.doc
    if head.lower_ in _RELATIVE and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "relcl":
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
    text = doc.text[start:end]
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
        ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        name = ctx.full_name(ent.text if ent is not None else text, start)
    elif head.ent_type_:
        name = _clean_org_name(text)
    elif head.lemma_.lower() in _TITLES:
        name = _titled_person(ctx, head)
    return Actor(start, end, text, name=name, kind=kind, role=_role(head), sentence=sent,
                 confidence=0.5)


# --- attribution of direct quotes -----------------------------------------------------------


def _after_cue(ctx: _Context, close: int, quoted: str) -> Token | None:
    """The cue just after a closing mark: '…,” said X' / '…,” X said' / '…,” according to X'."""
    doc, text = ctx.doc, ctx.text
    i = ctx.token_at(close)
    while i < len(doc) and doc[i].idx <= close:
        i += 1
    ends_sentence = quoted.rstrip()[-1:] in _TERMINAL
    limit = min(len(doc), i + 40)
    for j in range(i, limit):
        tok = doc[j]
        if tok.text in _OPENERS or tok.text in _TERMINAL:
            return None
        if "\n" in tok.text or "\n" in tok.whitespace_:
            # a line broken mid-sentence ("…,” as\n\nwell as …") continues; a new paragraph does not
            if tok.text[-1:] in _TERMINAL or "”" in tok.text or j + 1 >= len(doc):
                return None
            nxt = doc[j + 1] if not doc[j + 1].is_space else (doc[j + 2] if j + 2 < len(doc) else None)
            if nxt is None or not nxt.text[:1].islower():
                return None
        if _is_cue(tok, ctx.cues):
            return tok
        if ends_sentence and j - i >= 3:
            return None
    return None


def _before_cue(ctx: _Context, open_at: int, floor: int) -> Token | None:
    """The last cue between ``floor`` and an opening mark: 'Putin said: “…' / 'said X “…'."""
    doc = ctx.doc
    i = ctx.token_at(open_at)
    while i > 0 and doc[i].idx >= open_at:
        i -= 1
    sent = sentence_of_token(doc, i)
    for j in range(i, max(-1, i - 60), -1):
        tok = doc[j]
        if tok.idx < floor:
            return None
        if sentence_of_token(doc, j) != sent and j != i:
            # allow 'X said:' ending the previous paragraph right before a quote paragraph
            if not (doc[j].text == ":" or (j + 1 < len(doc) and doc[j + 1].is_space and doc[j].text == ":")):
                return None
            sent = sentence_of_token(doc, j)
        if _is_cue(tok, ctx.cues):
            if text_between_is_colon(ctx, tok, open_at) or _governs(tok, _first_word(ctx, open_at)):
                return tok
            return None
    return None


def _first_word(ctx: _Context, open_at: int) -> Token:
    doc = ctx.doc
    k = ctx.token_at(open_at + 1)
    while k + 1 < len(doc) and (doc[k].is_punct or doc[k].idx < open_at + 1):
        k += 1
    return doc[k]


def text_between_is_colon(ctx: _Context, cue: Token, open_at: int) -> bool:
    """'X said on Monday: “…' — a colon right before the mark hands the quote to the cue."""
    return ctx.text[cue.idx : open_at].rstrip().endswith(":")


def _governs(cue: Token, first: Token) -> bool:
    """Whether the quote's first word hangs under the cue through clauses, not through a noun's
    modifier ('holding banners reading “No capitulation”' is not speech by the subject)."""
    tok = first
    for _ in range(12):
        if tok.i == cue.i:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis", "ROOT", "aux", "auxpass"):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _continues(text: str, prev: Quote, open_at: int) -> bool:
    """An unattributed quote keeps the previous speaker in its paragraph or the next one."""
    here = _paragraph_start(text, open_at)
    there = _paragraph_start(text, prev.start)
    if here == there:
        return True
    opens_paragraph = text[here:open_at].strip() == ""
    previous_paragraph = _paragraph_start(text, max(here - 1, 0) - 1 if here > 1 else 0)
    gap = text[prev.end : here]
    return opens_paragraph and there >= previous_paragraph - 1 and gap.count("\n") <= 3 and len(gap) < 400


def _direct_quotes(ctx: _Context) -> list[Quote]:
    doc, text = ctx.doc, ctx.text
    quotes: list[Quote] = []
    seen_texts: set[str] = set()
    prev: Quote | None = None
    prev_close = 0
    for start, end in find_direct_spans(text):
        quoted = text[start:end]
        open_at = start - 1
        while open_at > 0 and text[open_at] not in _OPENERS:
            open_at -= 1
        close = end
        while close < len(text) and text[close] not in "”\"’":
            close += 1
        cue = _after_cue(ctx, close, quoted)
        if cue is None:
            cue = _before_cue(ctx, open_at, prev_close)
        prev_close = close
        words = len(quoted.split())
        key = " ".join(quoted.lower().split()).rstrip(".,!?")
        speaker: Actor | None = None
        cue_word: str | None = None
        if cue is not None:
            cue_word = _cue_word(cue)
            subj = _subject_of(cue)
            if subj is not None:
                speaker = _speaker(ctx, subj)
        elif prev is not None and prev.speaker is not None and _continues(text, prev, open_at):
            speaker, cue_word = prev.speaker, prev.cue
        if cue is None and speaker is None and words < _MIN_WORDS_UNATTRIBUTED:
            continue  # scare quotes and titles, not speech
        if words < 2 and cue is not None and _after_cue(ctx, close, quoted) is None:
            continue  # a single quoted word inside a sentence is emphasis, not a quotation
        if key in seen_texts:
            continue  # the same words quoted again are the same quotation
        seen_texts.add(key)
        tok = ctx.token_at(start)
        quote = Quote(start, end, quoted, sentence_of_token(doc, tok), cue_word, speaker, True)
        if speaker is not None:
            ctx.speakers.append((max(start, speaker.start), speaker))
        quotes.append(quote)
        prev = quote
    return quotes


# --- indirect speech ------------------------------------------------------------------------


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Char span of tokens [first, last] without a leading 'that' and edge punctuation."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].lower_ == "that"):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc"):
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect_right(spans, (end, end))
    for s, e in spans[max(0, k - 3) : k]:
        if s < end and start < e:
            return True
    return False


def _misparsed_clause(tok: Token) -> Token | None:
    """'Witnesses said members of X fired on …': the parser made 'members' the object of 'said'
    and the real clause a relative clause under it. 'Say' takes a clause, not a person or group,
    so an object whose phrase holds a finite verb with its own nominal subject is that clause."""
    if tok.lemma_.lower() not in _CLAUSE_ONLY:
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    for t in obj.subtree:
        if t.dep_ == "relcl" and t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in _RELATIVE and subj.i < t.i:
                return obj
        if t.dep_ == "relcl":
            break
    return None


def _reported_span(ctx: _Context, tok: Token) -> tuple[int, int] | None:
    """The clause a cue reports: the verb's ccomp, or the rest of the sentence for 'according to'."""
    doc = ctx.doc
    if tok.lower_ == "according":
        sent_i = sentence_of_token(doc, tok.i)
        if sent_i < 0:
            return None
        sent: Span = sentences(doc)[sent_i]
        sub = list(tok.subtree)
        if sub[0].i > sent.start:
            return _trim(doc, sent.start, sub[0].i - 1)
        if sub[-1].i + 1 < sent.end:
            return _trim(doc, sub[-1].i + 1, sent.end - 1)
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None) or _misparsed_clause(tok)
    if clause is None:
        return None
    sub = list(clause.subtree)
    last = sub[-1].i
    for t in sub:
        if t.i <= clause.i:
            continue
        if t.lower_ == "according" or (t.dep_ in ("conj", "advcl") and _is_cue(t, ctx.cues)):
            last = t.i - 1  # '…, according to X' / '… and stressed …': another report starts
            break
    return _trim(doc, sub[0].i, last)


def _indirect_quotes(ctx: _Context, direct: list[Quote]) -> list[Quote]:
    doc, cues = ctx.doc, ctx.cues
    verbs = [t for t in doc if t.lemma_.lower() in cues.clause_verbs and t.pos_ == "VERB"]
    according = [t for t in doc if t.lower_ == "according" and _is_cue(t, cues)]
    taken = sorted((q.start, q.end) for q in direct)
    out: list[Quote] = []
    for group in (verbs, according):  # 'according to' last: a reported clause inside it wins
        found: list[Quote] = []
        for tok in group:
            span = _reported_span(ctx, tok)
            if span is None or span[1] - span[0] < 8 or _overlaps(taken, *span):
                continue
            if span[0] <= tok.idx < span[1]:
                continue
            subj = _subject_of(tok)
            if subj is None:
                continue  # "it is said that …" reports nobody
            speaker = _speaker(ctx, subj)
            sent = sentence_of_token(doc, ctx.token_at(span[0]))
            found.append(Quote(span[0], span[1], ctx.text[span[0] : span[1]], sent, _cue_word(tok), speaker, False))
            ctx.speakers.append((tok.idx, speaker))
        out += found
        taken = sorted(taken + [(q.start, q.end) for q in found])
    return out


def find_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Direct and indirect quotations in ``doc`` with cue and speaker, in text order."""
    ctx = _Context(doc, actors)
    direct = _direct_quotes(ctx)
    indirect = _indirect_quotes(ctx, direct)
    return sorted(direct + indirect, key=lambda q: (q.start, q.end))
