"""Direct quotation spans from the quote marks alone, before any parse.

Straight ``"``, curly “ ” and, outside them, ‘ ’ open and close quotations, following the
journalistic convention that a paragraph which opens a quote without closing it continues into
the next paragraph when that one opens with a quote mark. Unbalanced marks are dropped rather
than allowed to swallow the article: a quote never crosses a heading and never exceeds
``MAX_QUOTE_CHARS``. Kept apart from the parse so it is cheap and testable on any string, and so
speaker resolution can ask whether a name sits inside a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["find_direct_spans", "overlaps", "MAX_QUOTE_CHARS", "OPENERS"]

MAX_QUOTE_CHARS = 3000
OPENERS = frozenset("“\"‘")

_MARKS = re.compile(r"[\"“”‘’]")
_LINE = re.compile(r"[^\n]+")


def _is_heading(line: str) -> bool:
    """Short lines without closing punctuation are headings, bylines or captions: quotes stop there."""
    s = line.strip()
    if s.startswith("#"):
        return True
    return len(s) < 80 and s[-1:] not in ".!?:;,\"”’)" and not s[:1] in OPENERS


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


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted ``spans``; only the few starting last
    before ``end`` are checked, which suffices for quotations, as they do not nest."""
    k = bisect_right(spans, (end, end))
    for s, e in spans[max(0, k - 3) : k]:
        if s < end and start < e:
            return True
    return False
