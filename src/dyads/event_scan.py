"""Which tokens of a sentence can start a candidate: a fast scan of the parse arrays before any lexicon match.

Why a module of its own: the coder, the statement coder and the unlisted-act patterns
(``dyads.event_patterns``) all read the same per-document array of lemmas and forms, and their
memos share one size limit; kept apart from the coding of acts, the scan can be timed and tested alone.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Span, Token

from .triggers import Trigger

__all__ = ["FORM_MEMO_LIMIT", "possible_triggers_each"]


def _possible_triggers(sent: Span, lex: dict[str, list[Trigger]]) -> list[Token]:
    """The tokens of ``sent`` that can start a candidate, in order.

    Why: ``TriggerMatcher.match`` looks every token up in the lexicon, and nine tokens in ten are
    in no entry; a verdict kept per distinct lemma, form and spelling (by the string's hash, read
    from spaCy's arrays, so no Token is built for the rest) leaves ``match`` only the tokens it
    may take. This must let through every token ``match`` can return a trigger for, so it
    mirrors each of its lookups: the lemma or the lower-case form is a key; the lemma is "leave"
    (``casualty``); the token follows a hyphen or dash (a hyphen-joined key, "cease-fire"); the
    form ends in "-ed" and drops to a key ("committed", "prepared"); and every word with a hyphen
    or dash in it goes to ``hyphenated``."""
    return possible_triggers_each(sent, (lex,))[0]


def possible_triggers_each(sent: Span, lexes: tuple[dict[str, list[Trigger]], ...]) -> list[list[Token]]:
    """``_possible_triggers`` of ``sent`` for each lexicon of ``lexes``, in one pass.

    Why: the statement lexicon and the event lexicon scan the same sentence; one walk over its
    tokens, with one verdict per lemma and form for all the lexicons (a bit each) and one per
    spelling, does both scans for little more than the cost of one."""
    key = tuple(id(lex) for lex in lexes)
    memo = _FORM_MEMO.get(key)
    if memo is None or any(a is not b for a, b in zip(memo[0], lexes)) or len(memo[3]) > FORM_MEMO_LIMIT:
        if memo is not None and len(memo[3]) > FORM_MEMO_LIMIT:
            _FORM_MEMO.clear()  # (every memo starts again, those of other lexicon tuples too)
        memo = _FORM_MEMO[key] = (lexes, {}, {}, {})
    _, lemmas, forms, spellings = memo
    every = (1 << len(lexes)) - 1
    doc, start = sent.doc, sent.start
    strings = doc.vocab.strings
    # (2: a hyphen or dash by itself, which opens the word after it to a joined key)
    after_dash = start > 0 and doc[start - 1].text in ("-", "\u2013")
    rows = doc.user_data.get("dyads_forms")
    if rows is None:  # (the document's array once: a Span's is built token by token)
        rows = doc.user_data["dyads_forms"] = doc.to_array([LEMMA, LOWER, ORTH]).tolist()
    out: list[list[Token]] = [[] for _ in lexes]
    for k, (lemma, form, text) in enumerate(rows[start:sent.end]):
        dash = spellings.get(text)
        if dash is None:
            word = strings[text]
            dash = spellings[text] = 2 if word in ("-", "\u2013") else int("-" in word or "\u2013" in word)
        keyed = lemmas.get(lemma)
        if keyed is None:
            word = strings[lemma].lower()
            keyed = lemmas[lemma] = sum(1 << n for n, lex in enumerate(lexes) if word in lex or word == "leave")
        if keyed != every:
            by_form = forms.get(form)
            if by_form is None:
                word = strings[form]
                by_form = forms[form] = sum(1 << n for n, lex in enumerate(lexes) if word in lex or word.endswith(
                    "ed") and (word[:-1] in lex or word[:-2] in lex or word[:-3] in lex))
            keyed |= by_form
        if dash or after_dash:
            tok = doc[start + k]
            for found in out:
                found.append(tok)
        elif keyed:
            tok = doc[start + k]
            for n, found in enumerate(out):
                if keyed >> n & 1:
                    found.append(tok)
        after_dash = dash == 2
    return out


# per tuple of lexicons: each lemma's and form's verdict by string hash (a bit per lexicon) and
# each spelling's (hashes do not depend on the document or its vocabulary); the lexicons are
# kept with them so their ids cannot be reused
_FORM_MEMO: dict[tuple[int, ...], tuple[tuple[dict[str, list[Trigger]], ...], dict[int, int], dict[int, int],
                                        dict[int, int]]] = {}
# a long ingest meets ever new spellings: past this many the verdicts start again, so the memo
# stays a few tens of megabytes however large the corpus
FORM_MEMO_LIMIT = 200_000
