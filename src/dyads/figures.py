"""Figures: the numbers a text states — money, counts of people and things, percentages.

Numbers are found with precompiled patterns over the clean text (digits, number words, "tens of
thousands", ranges, currency marks) and then read in the parse: what they count ("1,500
troops"), what happened to it ("were killed" -> kind killed, GDELT-style), which actor it is
about and which event of the sentence governs it. Dates, years, times, ordinals and ages are not
figures.

How a figure's bounds are normalised (all values in units, money in its currency):

* an exact number ("$52 million"):           value = low = high = 52e6
* a lower bound ("more than $50 million"):   low = 5e7, value = high = None
* an upper bound ("up to 300", "nearly 40"): high, value = low = None
* an approximation ("about 40", "some 40"):  value = 40, low = high = None
* a range ("between 200 and 300"):           low = 200, high = 300, value = None
* a vague plural: "Xs" spans [X, 10X], multiplied by what follows: "tens of thousands" is
  [1e4, 1e5], "hundreds of millions of dollars" [1e8, 1e9], "dozens" [24, 144]; value = None.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from .conjuncts import first_conjunct
from .model import Actor, Event, Figure
from .nlp import doc_text, sentence_of_token, token_starts

__all__ = ["find_figures", "parse_number", "figure_kinds"]

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}
_VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
          "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_CURRENCY_MARK = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
    "r$": "BRL", "nz$": "NZD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "rmb": "CNY",
}
_CURRENCY_WORD = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "ruble": "RUB", "rouble": "RUB", "bolivar": "VES", "bolívar": "VES",
    "bolivare": "VES", "bolívare": "VES", "rupee": "INR", "peso": "MXN", "real": "BRL", "reai": "BRL",
    "franc": "CHF", "shekel": "ILS", "rial": "IRR", "riyal": "SAR", "dirham": "AED", "lira": "TRY",
    "won": "KRW", "naira": "NGN", "rand": "ZAR", "hryvnia": "UAH",
}
_LOW = ("more than", "over", "at least", "upwards of", "in excess of", "above", "exceeding",
        "just over", "well over", "no fewer than", "no less than", "greater than")
_HIGH = ("nearly", "almost", "close to", "up to", "as many as", "fewer than", "less than", "under",
         "below", "just under", "no more than", "at most")
_APPROX = ("about", "around", "approximately", "roughly", "an estimated", "estimated", "some",
           "a total of", "a further", "another")

_W = "|".join(sorted(list(_SMALL) + ["hundred", "thousand", "million", "billion", "trillion", "dozen"], key=len, reverse=True))
_WORDNUM = rf"(?:(?:a|an|one)\s+(?:dozen|hundred|thousand|million|billion)|(?:{_W})(?:(?:\s+|-)(?:and\s+)?(?:{_W}))*)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_BIGWORD = r"(?:hundred|thousand|million|billion|trillion)"
_ABBR = r"(?:bn|mn|mln|tn|trn|m|b|k)"
_AMOUNT = rf"(?:(?:{_DIGITS})(?:\s*{_BIGWORD}|{_ABBR}\b|\s{_ABBR}\b)?|{_WORDNUM})"
_VAGUE_RE = r"(?:(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred|thousand|million|billion)|(?:(?:tens|dozens|scores|hundreds)\s+of\s+)?(?:thousands|millions|billions|trillions|hundreds|dozens|scores)(?:\s+of\s+(?:thousands|millions|billions))?)"
_CUR_PRE = r"(?:US\$|U\.S\.\s?\$|USD\s?|EUR\s?|GBP\s?|RMB\s?|C\$|A\$|HK\$|R\$|NZ\$|\$|€|£|¥|₹|₽)"
_CUR_NAME = r"(?:dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|rubles?|roubles?|bol[ií]vares|bol[ií]vars?|rupees?|pesos?|reais|francs?|shekels?|rials?|riyals?|dirhams?|lira|won|naira|rand|hryvnias?)\b"
_CUR_WORD = r"(?:(?:US|U\.S\.|American|Hong\s+Kong|Canadian|Australian)\s+)?" + _CUR_NAME
_MOD = "|".join(re.escape(m) for m in sorted(_LOW + _HIGH + _APPROX, key=len, reverse=True))

_MONEY = re.compile(
    rf"""(?<![\w$€£¥])(?:(?P<mod>{_MOD})\s+)?(?:
        (?P<between>between|from)\s+(?P<c1>{_CUR_PRE})\s?(?P<a1>{_AMOUNT})\s+(?:and|to)\s+(?:{_CUR_PRE})?\s?(?P<a2>{_AMOUNT})
      | (?P<c2>{_CUR_PRE})\s?(?P<a3>{_AMOUNT})(?:\s*(?:-|–|to)\s*(?:{_CUR_PRE})?\s?(?P<a4>{_AMOUNT}))?(?:\s+(?:US\s+)?dollars\b)?
      | (?P<a5>{_AMOUNT})\s+(?:of\s+)?(?P<w1>{_CUR_WORD})
      | (?P<v1>{_VAGUE_RE})\s+(?:of\s+)?(?P<w2>{_CUR_WORD})
    )""",
    re.I | re.X,
)
_PERCENT = re.compile(
    rf"(?<![\w.])(?:(?P<mod>{_MOD})\s+)?(?P<a>{_DIGITS}|{_WORDNUM})\s*(?P<u>%|per\s?cent\b|percentage\s+points?\b)",
    re.I,
)
_COUNT = re.compile(
    rf"""(?<![\w$€£¥.,/:-])(?:(?P<mod>{_MOD})\s+)?(?:
        (?P<between>between|from)\s+(?P<a1>{_DIGITS}|{_WORDNUM})\s+(?:and|to)\s+(?P<a2>(?:{_DIGITS})(?:\s*{_BIGWORD})?|{_WORDNUM})
      | (?P<a3>(?:{_DIGITS})(?:\s+{_BIGWORD})?)(?:\s*(?:-|–|to)\s*(?P<a4>(?:{_DIGITS})(?:\s+{_BIGWORD})?))?
      | (?P<v>{_VAGUE_RE})
      | (?P<a5>{_WORDNUM})
    )(?![\w.,:-]\d|[\w%]|-year|\s*(?:%|per\s?cent|years?\s+old))""",
    re.I | re.X,
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_AGE_BEFORE = re.compile(r"(?:aged|age\s+of|ages\s+of)\s*$", re.I)
# Every money match holds a currency mark or word, every percentage its unit. A text with none
# of them is not scanned: the full patterns try dozens of alternatives at each word start.
_CURRENCY = re.compile(rf"{_CUR_PRE}|{_CUR_WORD}", re.I)
_PERCENT_HINT = re.compile(r"%|per\s?cent|percentage", re.I)


def _lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its letters in lower case and without IGNORECASE, to run over text
    already lower-cased: case-blind matching tries both cases at every step and is several
    times slower. (Letters after a backslash (escapes) and the "(?P" of group names stay.)"""
    source = re.sub(r"(?<!\\)(?<!\(\?)[A-Z]", lambda m: m.group().lower(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.I)


_MONEY_LOW, _PERCENT_LOW, _COUNT_LOW, _CURRENCY_LOW, _PERCENT_HINT_LOW = (
    _lower_twin(p) for p in (_MONEY, _PERCENT, _COUNT, _CURRENCY, _PERCENT_HINT))

# Every spelling of a currency mark (``_CUR_PRE``) holds one of these ("US$", "HK$" a "$", "USD " a
# "usd"), and a currency word with a country before it is still the word: a lower-cased text has
# a ``_CURRENCY`` match exactly when it holds one of them or a bare currency name.
_MARKS_LOW = ("$", "€", "£", "¥", "₹", "₽", "usd", "eur", "gbp", "rmb")
_CUR_NAME_LOW = _lower_twin(re.compile(_CUR_NAME, re.I))


def _has_currency(lowered: str) -> bool:
    """Whether ``_CURRENCY_LOW`` finds a match in the lower-cased text, by substring tests first.
    Why: the pattern's spellings and words are tried at every character of a text without one."""
    return any(mark in lowered for mark in _MARKS_LOW) or _CUR_NAME_LOW.search(lowered) is not None


def _lowered(text: str) -> str | None:
    """``text`` in lower case when a case-sensitive match on it finds exactly what a
    case-blind one finds on ``text``, at the same offsets: every character lower-cases to one
    character ("İ" gives two), and none is one of the two that IGNORECASE also equates with an
    ASCII letter without being its lower case (dotless "ı" with "i", long "ſ" with "s")."""
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return None
    return low


def _groups(m: re.Match[str], text: str) -> dict[str, str | None]:
    """``m.groupdict()`` read from ``text`` (the original case) at the match's offsets."""
    return {name: text[m.start(name):m.end(name)] if m.start(name) >= 0 else None
            for name in m.re.groupindex}


@lru_cache(maxsize=1)
def figure_kinds() -> dict[tuple[str, str], str]:
    """``(word, role) -> kind`` from ``data/figure_kinds.tsv``."""
    text = resources.files("dyads").joinpath("data/figure_kinds.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, role, kind = line.split("\t")[:3]
        table.setdefault((word, role), kind)
    return table


def _words_value(text: str) -> float | None:
    total, current = 0.0, 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1
            continue
        if word == "dozen":
            current = (current or 1) * 12
            seen = True
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in _SCALE and word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * _SCALE[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """'1,500' -> 1500, '$1.2bn' -> 1.2e9, 'five thousand' -> 5000, '52 million' -> 5.2e7."""
    s = text.strip().lower()
    m = re.match(rf"^({_DIGITS})\s*([a-z]+)?$", s)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            if scale not in _SCALE:
                return None
            value *= _SCALE[scale]
        return value
    return _words_value(s)


def _vague_bounds(text: str) -> tuple[float, float]:
    """'tens of thousands' -> (1e4, 1e5): 'Xs' is [X, 10X], times what it is 'of'."""
    words = [w for w in text.lower().split() if w != "of"]
    if words[0] in ("several", "a"):  # 'several thousand' [3e3, 1e4], 'a few thousand' [2e3, 1e4]
        unit = _SCALE[words[-1]]
        return (3 if words[0] == "several" else 2) * unit, 10 * unit
    low = 1.0
    for w in words:
        low *= _VAGUE.get(w, 1)
    factor = 12 if words[0] == "dozens" else 10
    if words[0] == "dozens":
        return low * 2, low * factor
    return low, low * factor


def _bounds(mod: str | None, value: float) -> tuple[float | None, float | None, float | None]:
    mod = (mod or "").lower()
    if mod in _LOW:
        return None, value, None
    if mod in _HIGH:
        return None, None, value
    if mod in _APPROX and mod not in ("a total of", "a further", "another"):
        return value, None, None
    return value, value, value


def _currency(mark: str | None, word: str | None) -> str:
    if mark:
        return _CURRENCY_MARK.get(re.sub(r"\s", "", mark.lower()), "USD")
    w = (word or "").lower().split()[-1] if word else ""
    w = w.rstrip("s") if w not in ("reais",) else "reai"
    if word and re.match(r"(?i)(us|u\.s\.|american)\s", word):
        return "USD"
    return _CURRENCY_WORD.get(w, _CURRENCY_WORD.get(w + "s", "USD"))


class _Doc:
    """Per-document lookups: token starts, actors by position, events by sentence."""

    def __init__(self, doc: Doc, actors: list[Actor], events: list[Event]) -> None:
        self.doc = doc
        self.starts = token_starts(doc)
        self.actors = actors
        self.events_by_sentence: dict[int, list[int]] = {}
        for i, event in enumerate(events):
            self.events_by_sentence.setdefault(event.sentence, []).append(i)
        self.events = events
        self.kinds = figure_kinds()

    def token(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]

    def last_token(self, start: int, end: int) -> Token:
        tok = self.token(end - 1)
        return tok

    def actor_over(self, tok: Token) -> Actor | None:
        for a in self.actors:
            if a.start <= tok.idx < a.end:
                return a
        return None

    def event_for(self, tok: Token, sentence: int, money: bool) -> str | None:
        """Index ("e3") of the event whose trigger governs ``tok``, else the nearest one."""
        cands = self.events_by_sentence.get(sentence)
        if not cands:
            return None
        ancestors = {a.i: depth for depth, a in enumerate(tok.ancestors)}
        best: tuple[float, int] | None = None
        for i in cands:
            ev = self.events[i]
            trig = self.token(ev.start)
            depth = ancestors.get(trig.i)
            score = float(depth) if depth is not None else 100.0 + abs(trig.i - tok.i)
            if money and (ev.type or "").upper() == "AID":
                score -= 50
            if best is None or score < best[0]:
                best = (score, i)
        return f"e{best[1]}" if best else None


def _is_date_like(pd: _Doc, start: int, end: int, text: str) -> bool:
    tok = pd.token(start)
    bare = text.strip()
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL") and not re.search(r"\d,\d{3}", text):
        nxt = pd.doc[tok.i + 1] if tok.i + 1 < len(pd.doc) else None
        if nxt is None or nxt.ent_type_ in ("DATE", "TIME") or nxt.pos_ != "NOUN":
            return True
        if tok.ent_type_ in ("DATE", "TIME"):
            return True
    if re.fullmatch(r"1[0-9]\d\d|20\d\d", bare) or re.fullmatch(r"\d{1,2}(?:\.\d\d)?", bare) and tok.ent_type_ == "TIME":
        return True
    prev = pd.doc[tok.i - 1] if tok.i > 0 else None
    last = pd.token(end - 1)
    nxt = pd.doc[last.i + 1] if last.i + 1 < len(pd.doc) else None
    if re.fullmatch(r"\d{1,2}", bare) and (
        (nxt is not None and nxt.lower_.rstrip(".") in _MONTHS)
        or (prev is not None and prev.lower_.rstrip(".") in _MONTHS)
    ):
        return True  # '10 Aug', 'March 3'

    if bare[:1].isdigit() and prev is not None and prev.pos_ == "PROPN" and prev.is_title and tok.i - 1 != tok.sent.start and prev.text[-1:] != ".":
        return True  # 'Article 5', 'Resolution 2254', 'Flight 370'
    if prev is not None and prev.text in ("#", "No.", "no.", "page", "p."):
        return True
    return bool(_AGE_BEFORE.search(doc_text(pd.doc)[max(0, start - 12) : start]))


def _counted(pd: _Doc, num: Token, end: int) -> Token | None:
    """The noun a number counts: its head ('1,500 troops') or 'of'-object ('tens of thousands of X')."""
    doc = pd.doc
    after = pd.token(end)
    while after.i < len(doc) - 1 and after.idx < end:
        after = doc[after.i + 1]
    if after.lower_ == "of" and after.i + 1 < len(doc):
        for child in after.children:
            if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN"):
                return child
    head = num
    head = first_conjunct(head)  # the upper end of "between 200 and 300"
    hops = 0
    while head.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and head.head.i != head.i and hops < 3:
        head = head.head
        hops += 1
        if head.pos_ in ("NOUN", "PROPN") and head.i > num.i:
            return head
    if num.pos_ in ("NOUN", "PROPN") and num.i + 1 < len(doc) and num.nbor().pos_ == "NOUN" and num.nbor().idx >= end:
        return num.nbor()
    return None


def _event_kind(pd: _Doc, word: Token) -> str | None:
    """A casualty kind from the predicate over the counted words ('were killed', 'are dead')."""
    tok = word
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("acomp", "oprd", "attr", "xcomp", "amod") and (child.lemma_.lower(), "adj") in pd.kinds:
                return pd.kinds[(child.lemma_.lower(), "adj")]
        if tok.pos_ in ("VERB", "AUX", "ADJ") and tok.i != word.i:
            for role in ("verb", "adj"):
                kind = pd.kinds.get((tok.lemma_.lower(), role)) or pd.kinds.get((tok.lower_, role))
                if kind:
                    return kind
            if tok.dep_ not in ("xcomp", "conj", "auxpass", "aux"):
                # "have been killed" / "confirmed dead": look once more under the verb
                for child in tok.children:
                    if child.dep_ in ("acomp", "oprd", "xcomp") and (child.lemma_.lower(), "adj") in pd.kinds:
                        return pd.kinds[(child.lemma_.lower(), "adj")]
                return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


_CASUALTY = frozenset({"killed", "wounded", "arrested", "displaced"})


def find_figures(doc: Doc, actors: list[Actor], events: list[Event]) -> list[Figure]:
    """Money, counts and percentages in ``doc``, normalised, with kind, actor and event.

    ``Figure.event`` is the INDEX of the event in ``events`` as ``"e<i>"`` (event ids are only
    assigned by the pipeline after this stage); the pipeline rewrites it to the full event id.
    """
    text = doc_text(doc)
    pd = _Doc(doc, actors, events)
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    # the patterns run case-sensitively over the lower-cased text where that finds the same
    # matches (nearly always); groups are read from the text itself
    lowered = _lowered(text)
    if lowered is not None:
        scan, money, percent, count = lowered, _MONEY_LOW, _PERCENT_LOW, _COUNT_LOW
        has_money, has_percent = _has_currency(lowered), _PERCENT_HINT_LOW.search(lowered)
    else:
        scan, money, percent, count = text, _MONEY, _PERCENT, _COUNT
        has_money, has_percent = _CURRENCY.search(text), _PERCENT_HINT.search(text)

    for m in money.finditer(scan) if has_money else ():
        s, e = m.span()
        g = _groups(m, text)
        unit = _currency(g["c1"] or g["c2"], g["w1"] or g["w2"])
        value = low = high = None
        if g["between"] or g["a4"]:
            low = parse_number(g["a1"] or g["a3"])
            high = parse_number(g["a2"] or g["a4"])
            if low is not None and high is not None and high >= 1e3 and low < high / 1e3:
                low *= high / _mag(high, g["a2"] or g["a4"])  # "$3 to 5 million"
        elif g["v1"]:
            low, high = _vague_bounds(g["v1"])
        else:
            amount = parse_number(g["a3"] or g["a5"])
            if amount is None:
                continue
            value, low, high = _bounds(g["mod"], amount)
        tok = pd.token(s if not g["mod"] else m.start("mod") + len(g["mod"]) + 1)
        sent = sentence_of_token(doc, tok.i)
        last = pd.last_token(s, e)
        figures.append(Figure(s, e, text[s:e], "money", sent, value, low, high, unit, None,
                              pd.event_for(last, sent, True), None))
        taken.append((s, e))

    for m in percent.finditer(scan) if has_percent else ():
        s, e = m.span()
        if not free(s, e):
            continue
        g = _groups(m, text)
        amount = parse_number(g["a"])
        if amount is None:
            continue
        value, low, high = _bounds(g["mod"], amount)
        unit = "percentage points" if g["u"].lower().startswith("percentage") else "percent"
        tok = pd.token(m.start("a"))
        sent = sentence_of_token(doc, tok.i)
        figures.append(Figure(s, e, text[s:e], "percent", sent, value, low, high, unit, None,
                              pd.event_for(tok, sent, False), None))
        taken.append((s, e))

    for m in count.finditer(scan):
        s, e = m.span()
        if not free(s, e):
            continue
        g = _groups(m, text)
        num_start = m.start("a1") if g["a1"] else m.start("a3") if g["a3"] else m.start("v") if g["v"] else m.start("a5")
        raw = text[num_start:e]
        if _is_date_like(pd, num_start, e, raw):
            continue
        if raw.lower().startswith("one") and text[max(0, num_start - 3):num_start].lower() == "no ":
            continue  # "no one was hurt", "injured no one": nobody, not one person
        value = low = high = None
        if g["a1"] or g["a4"]:
            low = parse_number(g["a1"] or g["a3"])
            high = parse_number(g["a2"] or g["a4"])
            if low is None or high is None:
                continue
        elif g["v"]:
            low, high = _vague_bounds(g["v"])
        else:
            amount = parse_number(g["a3"] or g["a5"])
            if amount is None:
                continue
            value, low, high = _bounds(g["mod"], amount)
        num = pd.last_token(num_start, e)
        noun = _counted(pd, num, e)
        kind: str | None = None
        counts: str | None = None
        if noun is not None:
            counts = noun.text
            kind = pd.kinds.get((noun.lemma_.lower(), "noun")) or pd.kinds.get((noun.lower_, "noun"))
            if kind is None and noun.ent_type_ == "NORP":
                kind = "people"
        event_kind = _event_kind(pd, noun if noun is not None else num)
        if event_kind in _CASUALTY and kind in (None, "people", "troops", "protesters", "killed", "displaced"):
            kind = event_kind
        elif event_kind == "protesters" and kind in (None, "people"):
            kind = "protesters"
        if kind is None:
            if noun is None:
                continue  # a bare number with nothing counted is not a figure a reader would want
            kind = "count"
        if g["a5"] and (value or low or high) == 1 and kind not in _CASUALTY:
            continue  # "one of the", "one country": not a count
        unit = "people" if kind in ("killed", "wounded", "arrested", "displaced", "protesters", "troops", "people") else counts
        sent = sentence_of_token(doc, num.i)
        actor = pd.actor_over(noun) if noun is not None else None
        figures.append(Figure(s, e, text[s:e], kind, sent, value, low, high, unit, counts,
                              pd.event_for(num, sent, False), actor))
        taken.append((s, e))
    figures.sort(key=lambda f: f.start)
    return figures


def _mag(high: float, text: str) -> float:
    """The bare number of ``text`` without its scale word ('5 million' -> 5)."""
    m = re.match(rf"^\s*({_DIGITS})", text)
    return float(m.group(1).replace(",", "")) if m else high
