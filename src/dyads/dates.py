"""Resolves the date phrases news uses ("last Wednesday", "yesterday", "in May") against the article date.

News dates events relative to publication, so an event's date is only knowable from both. A phrase
we cannot place gives ``None`` and the caller keeps the article date: a wrong precise date is worse
than the publication date. Month-only phrases resolve to the first day of the month (the store's
``date`` column is a DATE).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["parse_iso", "resolve_date", "resolve_date_iso"]

_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
         ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]
    )
    for name in names
}
_MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_ONLY = re.compile(rf"\b(?:(last|this|next)\s+)?({_MONTH_RE})\b(?:\s+(this|last|next)\s+year|,?\s+(\d{{4}}))?", re.I)
_WEEKDAY = re.compile(rf"\b(?:(last|this|next|past)\s+)?({_DAY_RE})\b", re.I)
_RELATIVE = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
}
_AGO = re.compile(r"\b(\d+|a|one|two|three|four|five|six|seven|ten)\s+(day|week)s?\s+ago\b", re.I)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def parse_iso(value: str | None) -> date | None:
    """The date of an ISO string (``2019-09-27`` or a timestamp starting with one), else None."""
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(year: int | None, month: int, day: int, ref: date) -> date | None:
    if year:
        return _safe(year, month, day)
    guess = _safe(ref.year, month, day)
    if guess and guess > ref + timedelta(days=7):
        # News reports the past: "on December 30" in a January article is last year.
        guess = _safe(ref.year - 1, month, day)
    return guess


def resolve_date(phrase: str, ref: date) -> date | None:
    """The calendar date a phrase names, relative to ``ref`` (the article date); None if unsure."""
    text = phrase.strip().lower()
    if not text:
        return None
    if (iso := parse_iso(text)) is not None:
        return iso
    for key, offset in sorted(_RELATIVE.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{key}\b", text):
            return ref + timedelta(days=offset)
    if m := _AGO.search(text):
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        return ref - timedelta(days=n * (7 if m.group(2) == "week" else 1))
    if m := _MONTH_DAY.search(text):
        return _month_day(int(m.group(3)) if m.group(3) else None, _MONTHS[m.group(1)], int(m.group(2)), ref)
    if m := _DAY_MONTH.search(text):
        return _month_day(int(m.group(3)) if m.group(3) else None, _MONTHS[m.group(2)], int(m.group(1)), ref)
    if m := _WEEKDAY.search(text):
        which, day = m.group(1), _WEEKDAYS[m.group(2)]
        back = (ref.weekday() - day) % 7
        if which == "next":
            return ref + timedelta(days=(day - ref.weekday()) % 7 or 7)
        if which in ("last", "past") and back == 0:
            back = 7
        return ref - timedelta(days=back)
    if m := _MONTH_ONLY.search(text):
        month = _MONTHS[m.group(2)]
        rel = m.group(3) or m.group(1)
        if m.group(4):
            year = int(m.group(4))
        elif rel == "last" and m.group(3):
            year = ref.year - 1
        elif rel == "next":
            year = ref.year + 1 if m.group(3) or month <= ref.month else ref.year
        elif rel == "this":
            year = ref.year
        else:
            year = ref.year if month <= ref.month else ref.year - 1
        return _safe(year, month, 1)
    if re.search(r"\blast week\b", text):
        return ref - timedelta(days=7)
    if re.search(r"\bthis week\b|\bearlier this week\b", text):
        return ref
    return None


def resolve_date_iso(phrase: str, article_date: str | None) -> str | None:
    """:func:`resolve_date` on ISO strings: the ISO date of ``phrase`` given the article's ISO date."""
    ref = parse_iso(article_date)
    if ref is None:
        m = _MONTH_DAY.search(phrase) or _DAY_MONTH.search(phrase)
        if m and re.search(r"\d{4}", phrase):
            found = resolve_date(phrase, date(2000, 1, 1))
            return found.isoformat() if found else None
        return None
    found = resolve_date(phrase, ref)
    return found.isoformat() if found else None
