"""Quotations: who said what, directly ("“…,” Putin said") or in reported speech ("Putin said that …").

Direct quotes are the passages between quote marks (:mod:`dyads.quote_spans`); the span is the
quoted text without its marks. Their cue is the speech verb right after the closing mark ("…,”
said Mark Weisbrot"), before the opening one ("Putin said: “…”"), or that of the previous quote in
the paragraph ("…,” he said. “…”"); who the cue's subject is, pronouns and documents included,
is :mod:`dyads.speakers`' business.

Indirect quotes are clauses reported by a cue verb ("USAID announced that it will …") or
introduced by "according to"; their span is the reported clause and ``direct`` is False.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from .cues import cue_lexicon, cue_word, is_cue
from .model import Actor, Quote
from .nlp import sentence_of_token, sentences
from .quote_spans import MAX_QUOTE_CHARS, OPENERS, find_direct_spans, overlaps
from .speakers import RELATIVE_PRONOUNS, SpeakerContext, resolve_speaker, subject_of

__all__ = ["find_quotes", "find_direct_spans", "contrasted", "cue_lexicon", "MAX_QUOTE_CHARS"]

_MIN_WORDS_UNATTRIBUTED = 6
_TERMINAL = frozenset(".!?")
# cue verbs whose object is what was said, never who: 'said members of X fired' is a clause
_CLAUSE_ONLY = frozenset({"say"})


# --- attribution of direct quotes -----------------------------------------------------------


def _after_cue(ctx: SpeakerContext, close: int, quoted: str) -> Token | None:
    """The cue just after a closing mark: '…,” said X' / '…,” X said' / '…,” according to X'."""
    doc = ctx.doc
    i = ctx.token_at(close)
    while i < len(doc) and doc[i].idx <= close:
        i += 1
    ends_sentence = quoted.rstrip()[-1:] in _TERMINAL
    limit = min(len(doc), i + 40)
    for j in range(i, limit):
        tok = doc[j]
        if tok.text in OPENERS or tok.text in _TERMINAL:
            return None
        if "\n" in tok.text or "\n" in tok.whitespace_:
            # a line broken mid-sentence ("…,” as\n\nwell as …") continues; a new paragraph does not
            if tok.text[-1:] in _TERMINAL or "”" in tok.text or j + 1 >= len(doc):
                return None
            nxt = doc[j + 1] if not doc[j + 1].is_space else (doc[j + 2] if j + 2 < len(doc) else None)
            if nxt is None or not nxt.text[:1].islower():
                return None
        if is_cue(tok, ctx.cues):
            return tok
        if ends_sentence and j - i >= 3:
            return None
    return None


def _before_cue(ctx: SpeakerContext, open_at: int, floor: int) -> Token | None:
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
        if is_cue(tok, ctx.cues):
            if text_between_is_colon(ctx, tok, open_at) or _governs(tok, _first_word(ctx, open_at)):
                return tok
            return None
    return None


def _first_word(ctx: SpeakerContext, open_at: int) -> Token:
    doc = ctx.doc
    k = ctx.token_at(open_at + 1)
    while k + 1 < len(doc) and (doc[k].is_punct or doc[k].idx < open_at + 1):
        k += 1
    return doc[k]


def text_between_is_colon(ctx: SpeakerContext, cue: Token, open_at: int) -> bool:
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


def _direct_quotes(ctx: SpeakerContext) -> list[Quote]:
    doc, text = ctx.doc, ctx.text
    quotes: list[Quote] = []
    seen_texts: set[str] = set()
    prev: Quote | None = None
    prev_close = 0
    for start, end in ctx.quoted:  # find_direct_spans' output, already in text order
        quoted = text[start:end]
        open_at = start - 1
        while open_at > 0 and text[open_at] not in OPENERS:
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
        said_with: str | None = None
        if cue is not None:
            said_with = cue_word(cue)
            subj = subject_of(cue)
            if subj is not None:
                speaker = resolve_speaker(ctx, subj)
        elif prev is not None and prev.speaker is not None and _continues(text, prev, open_at):
            speaker, said_with = prev.speaker, prev.cue
        if cue is None and speaker is None and words < _MIN_WORDS_UNATTRIBUTED:
            continue  # scare quotes and titles, not speech
        if words < 2 and cue is not None and _after_cue(ctx, close, quoted) is None:
            continue  # a single quoted word inside a sentence is emphasis, not a quotation
        if key in seen_texts:
            continue  # the same words quoted again are the same quotation
        seen_texts.add(key)
        tok = ctx.token_at(start)
        quote = Quote(start, end, quoted, sentence_of_token(doc, tok), said_with, speaker, True)
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
            if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and subj.i < t.i:
                return obj
        if t.dep_ == "relcl":
            break
    return None


def _reported_span(ctx: SpeakerContext, tok: Token) -> tuple[int, int] | None:
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
    if clause is None or contrasted(clause, tok):
        return None
    sub = list(clause.subtree)
    last = sub[-1].i
    for t in sub:
        if t.i <= clause.i:
            continue
        if t.lower_ == "according" or (t.dep_ in ("conj", "advcl") and is_cue(t, ctx.cues)):
            last = t.i - 1  # '…, according to X' / '… and stressed …': another report starts
            break
    return _trim(doc, sub[0].i, last)


# words that set a clause against the next one: "X denied it, however, a report concluded …"
_CONTRAST_WORDS = frozenset({"however", "but", "yet", "nevertheless", "nonetheless", "whereas"})


def contrasted(clause: Token, cue: Token) -> bool:
    """Whether a clause the parser hung before its cue is set against the cue's clause rather than
    reported by it: "Russia denied the claims, however, an inquiry concluded …" (the denial is
    told by the writer, not by the report). A clause told before its cue ("X had fled, the report
    said") has no contrast word between the two."""
    if clause.i > cue.i:
        return False
    return any(t.lower_ in _CONTRAST_WORDS and t.dep_ in ("advmod", "cc") and t.head.i in (clause.i, cue.i)
               for t in clause.doc[clause.i + 1:cue.i])  # (not a "But" that opens the sentence)


def _cue_candidates(doc: Doc, clause_verbs: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """Verbs with a clause-taking cue lemma, and the words 'according', in text order; read
    from the attribute array so that a Token is made only for the few that qualify."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, POS, LOWER]).tolist()
    cue_lemma: dict[int, bool] = {}
    verbs: list[Token] = []
    according: list[Token] = []
    according_id = strings["according"]
    for i, (lemma, pos, lower) in enumerate(rows):
        if pos == VERB:
            hit = cue_lemma.get(lemma)
            if hit is None:
                hit = cue_lemma[lemma] = strings[lemma].lower() in clause_verbs
            if hit:
                verbs.append(doc[i])
        if lower == according_id:
            according.append(doc[i])
    return verbs, according


def _indirect_quotes(ctx: SpeakerContext, direct: list[Quote]) -> list[Quote]:
    doc, cues = ctx.doc, ctx.cues
    verbs, according = _cue_candidates(doc, cues.clause_verbs)
    according = [t for t in according if is_cue(t, cues)]
    taken = sorted((q.start, q.end) for q in direct)
    out: list[Quote] = []
    for group in (verbs, according):  # 'according to' last: a reported clause inside it wins
        found: list[Quote] = []
        for tok in group:
            span = _reported_span(ctx, tok)
            if span is None or span[1] - span[0] < 8 or overlaps(taken, *span):
                continue
            if span[0] <= tok.idx < span[1]:
                continue
            subj = subject_of(tok)
            if subj is None:
                continue  # "it is said that …" reports nobody
            speaker = resolve_speaker(ctx, subj)
            sent = sentence_of_token(doc, ctx.token_at(span[0]))
            found.append(Quote(span[0], span[1], ctx.text[span[0] : span[1]], sent, cue_word(tok), speaker, False))
            ctx.speakers.append((tok.idx, speaker))
        out += found
        taken = sorted(taken + [(q.start, q.end) for q in found])
    return out


def find_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Direct and indirect quotations in ``doc`` with cue and speaker, in text order."""
    ctx = SpeakerContext(doc, actors)
    direct = _direct_quotes(ctx)
    indirect = _indirect_quotes(ctx, direct)
    return sorted(direct + indirect, key=lambda q: (q.start, q.end))
