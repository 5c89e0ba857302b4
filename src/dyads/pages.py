"""Turns a converted web page (Markdown or plain text) into clean paragraphs and page metadata.

Saved and converted news pages carry a title, a byline, a date line, category lines and a tail
of share prompts, disclaimers and copyright notices around the article. Event coding must see
only the article, and the metadata is worth keeping, so this module separates the two. The
patterns are data (``data/boilerplate.tsv``); the rules here only say where they apply: page
furniture sits at the top (before the first body paragraph) and at the end (a trailing run).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "Page",
    "parse_page",
    "read_header",
    "parse_date",
    "find_date",
    "split_authors",
    "inline_markdown",
    "looks_converted",
    "repair_paragraphs",
    "normalize_space",
]

MAX_FURNITURE_CHARS = 1000
"""A paragraph longer than this is body text, whatever words it contains."""

HEAD_LINES, TAIL_LINES = 30, 60
"""Furniture lines without blank lines around them are looked for only this near the edges."""

MAX_HEAD_PARAGRAPHS = 12
"""Page furniture at the top is looked for only in the first paragraphs."""


@dataclass(slots=True)
class Page:
    """A page split into body paragraphs and what the page says about itself."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(slots=True)
class _Para:
    text: str
    heading: bool = False
    link_only: bool = False


# --- patterns (data) ------------------------------------------------------------------------


@dataclass(slots=True)
class _Patterns:
    junk: list[re.Pattern[str]]
    tail: list[re.Pattern[str]]
    cut: list[re.Pattern[str]]
    meta: list[tuple[str, re.Pattern[str]]]
    byline: list[re.Pattern[str]]
    any_junk: re.Pattern[str] | None = None
    any_tail: re.Pattern[str] | None = None
    any_cut: re.Pattern[str] | None = None
    any_meta: re.Pattern[str] | None = None


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One regex for a list, so a paragraph is scanned once per kind (named groups dropped)."""
    parts = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in patterns] or ["(?!)"]
    return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    source = resources.files("dyads") / "data" / "boilerplate.tsv"
    found = _Patterns([], [], [], [], [])
    for number, line in enumerate(source.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, pattern, *_ = line.split("\t")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:  # a broken data file must say where
            raise ValueError(f"boilerplate.tsv line {number}: bad pattern {pattern!r}: {exc}") from exc
        if kind.startswith("meta:"):
            found.meta.append((kind[5:], compiled))
        elif kind in ("junk", "tail", "cut", "byline"):
            getattr(found, kind).append(compiled)
        else:
            raise ValueError(f"boilerplate.tsv line {number}: unknown kind {kind!r}")
    found.any_junk = _either(found.junk)
    found.any_tail = _either(found.tail)
    found.any_cut = _either(found.cut)
    found.any_meta = _either([rx for _, rx in found.meta])
    return found


_patterns()  # compile at import: a bad data file fails loudly and early

# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})\b"
_DATE_PATTERNS = [
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I),
    re.compile(
        rf"\b{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.I
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
]
_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*))?\b"
    r"|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)|T\d{2}:\d{2}\S*",
    re.I,
)
_DATE_LABELS = re.compile(
    r"\b(?:published|updated|posted|last updated|last modified|modified|dated|date|on|at)\b:?", re.I
)
_SEPARATORS = re.compile(r"[|,·•—–\-/()\[\]:;]+")


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid calendar date written in ``text``, as (ISO date, start, end)."""
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            month = m.group("month")
            month_no = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
            try:
                day = _dt.date(int(m.group("year")), month_no, int(m.group("day")))
            except ValueError:
                continue
            best = (day.isoformat(), m.start(), m.end())
            break
    return best


def parse_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date written any common way, or None."""
    if not value:
        return None
    found = find_date(str(value))
    return found[0] if found else None


def _dateline(text: str) -> tuple[str, str | None] | None:
    """(date, publisher) when the paragraph is a date line such as "Global Research, May 2, 2019"."""
    if len(text) > 100:
        return None
    found = find_date(text)
    if not found:
        return None
    iso, start, end = found
    rest = text[:start] + " " + text[end:]
    rest = _TIME.sub(" ", rest)
    rest = _DATE_LABELS.sub(" ", rest)
    rest = _SEPARATORS.sub(" ", rest)
    words = rest.split()
    if not words:
        return iso, None
    if len(words) > 6 or not _looks_like_name(words, allow_single=True):
        return None
    return iso, " ".join(words)


# --- authors --------------------------------------------------------------------------------

_NAME_PARTICLES = {
    "and", "de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von",
    "al", "el", "bin", "ibn", "y", "dos", "das", "of", "the", "&", "ter", "ten",
}  # fmt: skip
_ROLE_WORDS = re.compile(
    r"\b(staff|reporter|reporters|correspondent|correspondents|editor|editors|writer|writers|"
    r"team|desk|bureau|contributor|contributors|columnist|agencies|agency|wire|wires|newsroom|"
    r"analyst|senior|chief|special|foreign|political|diplomatic|defence|defense|security)\b",
    re.I,
)
_AUTHOR_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*", re.I)
_BYLINE_PARTS = re.compile(r"\s+[|·•—–]\s+|\s+-\s+")


def _looks_like_name(words: list[str], allow_single: bool = False) -> bool:
    if not words or (len(words) == 1 and not allow_single) or len(words) > 6:
        return False
    if words[0][:1].islower():
        return False
    for word in words:
        bare = word.strip(".'’\"")
        if not bare:
            return False
        if bare.lower() in _NAME_PARTICLES or bare.lower().startswith(("al-", "el-")):
            continue
        if not (bare[0].isupper() or bare[0].isdigit()):
            return False
    return True


def split_authors(value: str) -> list[str]:
    """Author names from a byline value: "Jane Roe and John Doe, Reuters" -> [Jane Roe, John Doe]."""
    names: list[str] = []
    for part in _AUTHOR_SPLIT.split(value.strip()):
        part = re.sub(r"\s+in\s+[A-Z][\w.\- ]*$", "", part.strip(" :"))
        part = _HONORIFIC.sub("", part).rstrip(" .") if not _INITIAL_END.search(part) else part
        if not part or _ROLE_WORDS.search(part):
            continue
        words = part.split()
        if _looks_like_name(words) and part not in names:
            names.append(part)
    return names


_INITIAL_END = re.compile(r"\b(?:[A-Z]|Jr|Sr)\.$")
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+", re.I)


def _byline(text: str) -> tuple[list[str], str | None, str | None] | None:
    """(authors, date, publisher) when the paragraph is a byline such as "By X and Y | May 2, 2019"."""
    if len(text) > 200 or (text.endswith(".") and not _INITIAL_END.search(text)):
        return None  # a sentence, not a byline
    for pattern in _patterns().byline:
        m = pattern.search(text)
        if not m:
            continue
        value = m.group("value")
        date = publisher = None
        name_parts = []
        for part in _BYLINE_PARTS.split(value):
            line = _dateline(part)
            if line:
                date, publisher = line[0], publisher or line[1]
            else:
                found = find_date(part)
                if found:
                    date = found[0]
                    part = part[: found[1]]
                name_parts.append(part)
        if date is None:
            found = find_date(text)
            date = found[0] if found else None
        joined = ", ".join(p for p in name_parts if p.strip())
        names = split_authors(joined)
        # A lower-case word that is no particle means prose ("By the end of May, ..."); a role
        # ("Washington correspondent") may follow the names.
        parts = [p for p in _AUTHOR_SPLIT.split(joined) if p.strip() and not _ROLE_WORDS.search(p)]
        words = [w for p in parts for w in p.split()]
        prose = any(
            w[:1].islower() and w.lower() not in _NAME_PARTICLES and w != "in" for w in words
        )
        if names and not prose:
            return names, date, publisher
        if not names and not prose and len(words) == 1:
            return [], date, words[0].strip(".")  # "By Reuters"
    return None


# --- Markdown -------------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1)[^\n]){1,300}?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,300}?)(?<=\S)~~")
_CODE = re.compile(r"`([^`\n]+)`")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_HARD_BREAK = re.compile(r"(?<!\\)\\\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LINK_RESIDUE = re.compile(r"[\s,;|/·•>»«\-–—()\[\].:]*")
_PRIVATE = 0xE000  # escaped characters hide in the Private Use Area while markup is removed


def _hide_escapes(line: str) -> str:
    return _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), line)


_HIDDEN = re.compile("[\ue000-\ue07f]")
_MARKUP = re.compile(r"[\[\]*_\\<`~!]")


def _show_escapes(line: str) -> str:
    return _HIDDEN.sub(lambda m: chr(ord(m.group()) - _PRIVATE), line)


def inline_markdown(line: str) -> tuple[str, bool]:
    """Plain text of one Markdown line, and whether it was nothing but links (navigation)."""
    if not _MARKUP.search(line):
        return line, False
    line = _hide_escapes(line)
    line = _IMAGE.sub("", line)
    links = _LINK.findall(line) + _REF_LINK.findall(line)
    if links:
        without = _REF_LINK.sub("", _LINK.sub("", line))
        link_only = _LINK_RESIDUE.fullmatch(without) is not None
        line = _REF_LINK.sub(r"\1", _LINK.sub(r"\1", line))
    else:
        link_only = False
    line = _AUTOLINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _STRONG.sub(r"\2", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDER.sub(r"\1", line)
    line = _STRIKE.sub(r"\1", line)
    return _show_escapes(line), link_only


_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalize_space(text: str) -> str:
    """One plain space between words; no invisible characters."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


_CONVERTED_SIGNS = re.compile(
    r"\]\([^)\s]*\)|^\s{0,3}#{1,6}\s+\S|^by\s+\[|^\s*(?:regions?|themes?|tags|topics)\s*:", re.I | re.M
)


def looks_converted(text: str) -> bool:
    """True when ``text`` is a page converted to Markdown (links, headings, bylines) rather than clean text."""
    return _CONVERTED_SIGNS.search(text[:20000]) is not None


def _is_special_line(line: str) -> bool:
    """A line that is its own paragraph even without a blank line around it (header furniture)."""
    text = normalize_space(line)
    if not text or len(text) > 200:
        return False
    return (
        _is_junk(text)
        or _meta_match(text) is not None
        or _byline(text) is not None
        or _dateline(text) is not None
    )


def _paragraphs(text: str, fmt: str) -> list[_Para]:
    """Blocks between blank lines; in Markdown, headings and list items are blocks of their own."""
    markdown = fmt == "md"
    lines_mode = fmt == "lines"
    paras: list[_Para] = []
    blocks = re.split(r"\n[ \t\u00a0]*\n", text)
    total_lines = sum(block.count("\n") + 1 for block in blocks)
    line_no = 0
    for block in blocks:
        multi_line = "\n" in block.strip()
        current: list[str] = []
        current_links: list[bool] = []

        def flush(heading: bool = False) -> None:
            if current:
                joined = normalize_space(" ".join(current))
                if joined:
                    paras.append(_Para(joined, heading, bool(current_links) and all(current_links)))
                current.clear()
                current_links.clear()

        for raw in block.split("\n"):
            line_no += 1
            if not raw.strip():
                continue
            line = raw
            if markdown:
                if _REF_DEF.match(line) or _TABLE_RULE.match(line):
                    continue
                if _SETEXT.match(line) and len(current) == 1:
                    flush(heading=True)
                    continue
                line = _QUOTE_MARK.sub("", line)
                heading = _ATX.match(line)
                if heading:
                    flush()
                    plain, link_only = inline_markdown(heading.group(1))
                    current.append(plain)
                    current_links.append(link_only)
                    flush(heading=True)
                    continue
                if _LIST_ITEM.match(line):
                    flush()
                    line = _LIST_ITEM.sub("", line)
                line, link_only = inline_markdown(_HARD_BREAK.sub("", line))
            else:
                link_only = False
            near_edge = line_no <= HEAD_LINES or line_no > total_lines - TAIL_LINES
            if lines_mode or (multi_line and near_edge and _is_special_line(line)):
                flush()
                current.append(line)
                current_links.append(link_only)
                flush()
                continue
            current.append(line)
            current_links.append(link_only)
        flush()
    return paras


# --- paragraph classification -----------------------------------------------------------------


def _meta_match(text: str) -> tuple[str, str] | None:
    if len(text) > 400 or not _patterns().any_meta.search(text):  # type: ignore[union-attr]
        return None
    for key, rx in _patterns().meta:
        m = rx.search(text)
        if m:
            return key, normalize_space(m.group("value")).strip(" .")
    return None


def _is_junk(text: str) -> bool:
    return len(text) <= 300 and _patterns().any_junk.search(text) is not None  # type: ignore[union-attr]


def _is_tail(text: str) -> bool:
    return len(text) <= MAX_FURNITURE_CHARS and _patterns().any_tail.search(text) is not None  # type: ignore[union-attr]


def _is_cut(text: str) -> bool:
    return len(text) <= 300 and _patterns().any_cut.search(text) is not None  # type: ignore[union-attr]


def _add_meta(metadata: dict[str, Any], key: str, value: str) -> None:
    if key == "originally_published":
        metadata.setdefault(key, value)
        return
    items = [normalize_space(v).strip(" .") for v in re.split(r"\s*[,;|]\s*", value)]
    bucket = metadata.setdefault(key, [])
    bucket.extend(v for v in items if v and v not in bucket)


def _titleish(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 30
        and len(text) <= 200
        and not text.endswith((".", ":", ","))
        and not text[:1].islower()
    )


_BIO_VERB = re.compile(
    r",|\s+\(|\s+(?:is|was|has|had|writes|teaches|served|serves|works|holds|covers|reports)\b"
)


def _is_bio(text: str, authors: list[str]) -> bool:
    """ "X is director of ..." at the end, where X is the byline author."""
    if len(text) > 500:
        return False
    for name in authors:
        if text.startswith(name):
            rest = text[len(name) :]
            if _BIO_VERB.match(rest):
                return True
    return False


def _read_head(paras: list[_Para], page: Page) -> int:
    """Fill ``page`` from the furniture at the top; return the index of the first body paragraph."""
    seen_content = False
    for i, para in enumerate(paras[:MAX_HEAD_PARAGRAPHS]):
        text = para.text
        if _is_junk(text):
            continue
        meta = _meta_match(text)
        if meta:
            _add_meta(page.metadata, *meta)
            seen_content = True
            continue
        byline = _byline(text)
        if byline:
            names, date, publisher = byline
            page.authors.extend(n for n in names if n not in page.authors)
            page.date = page.date or date
            page.publisher = page.publisher or publisher
            seen_content = True
            continue
        line = _dateline(text)
        if line:
            page.date = page.date or line[0]
            page.publisher = page.publisher or line[1]
            seen_content = True
            continue
        if page.title is None and (para.heading or (not seen_content and _titleish(text))):
            if para.heading or _next_is_furniture(paras, i):
                page.title = text
                seen_content = True
                continue
        if para.link_only:
            continue
        if page.title is not None and len(text) <= 300 and _furniture_within(paras, i, 2):
            page.metadata.setdefault("standfirst", text)  # a deck between title and byline
            continue
        return i
    return min(len(paras), MAX_HEAD_PARAGRAPHS)


def _is_furniture(text: str) -> bool:
    return bool(_byline(text) or _dateline(text) or _meta_match(text))


def _furniture_within(paras: list[_Para], i: int, n: int) -> bool:
    return any(_is_furniture(p.text) for p in paras[i + 1 : i + 1 + n])


def _next_is_furniture(paras: list[_Para], i: int) -> bool:
    """A short first line is a title when header furniture or a body paragraph follows it."""
    for para in paras[i + 1 : i + 4]:
        text = para.text
        if _is_junk(text):
            continue
        if _byline(text) or _dateline(text) or _meta_match(text):
            return True
        # a longer prose paragraph after a short unpunctuated line: a headline over its story
        return len(text) > 2 * len(paras[i].text) and text.rstrip().endswith((".", "”", '"', "’"))
    return False


def _read_tail(paras: list[_Para], page: Page) -> int:
    """Metadata from the trailing furniture; return the index where the body ends."""
    end = len(paras)
    # A marker such as "Note to readers" in the last part starts the furniture when all that
    # follows it is short or furniture itself.
    floor = max(1, len(paras) // 2)
    for i in range(floor, len(paras)):
        if _is_cut(paras[i].text) and all(
            len(p.text) <= MAX_FURNITURE_CHARS for p in paras[i + 1 :]
        ):
            end = i
            break
    for para in paras[end:]:
        _tail_metadata(para.text, page)
    while end > 1:
        para = paras[end - 1]
        text = para.text
        if not (
            _meta_match(text)
            or _is_junk(text)
            or _is_tail(text)
            or para.link_only
            or _is_bio(text, page.authors)
        ):
            break
        _tail_metadata(text, page)
        end -= 1
    return end


_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?"
    r"(?P<holder>[A-Z][\w&'’ -]{1,60}?)\s*(?:\.|,|\||$)",
    re.I,
)


def _tail_metadata(text: str, page: Page) -> None:
    """What a dropped tail paragraph tells: category lines, "originally published", copyright holder."""
    meta = _meta_match(text)
    if meta:
        _add_meta(page.metadata, *meta)
        return
    m = _COPYRIGHT_HOLDER.match(text)
    if m and len(text) <= 300:
        holder = m.group("holder").strip()
        if holder.lower() not in ("all rights reserved", "the author", "the authors"):
            page.metadata.setdefault("copyright", holder)


_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "'", ")", "]", ":", ";", "»")


def repair_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph broken mid-sentence: no terminal punctuation, next starts lower-case."""
    out: list[str] = []
    for para in paragraphs:
        if out and para[:1].islower() and not out[-1].endswith(_TERMINAL):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def _front_matter(text: str, page: Page) -> str:
    """YAML-style front matter ("---\\ntitle: ...\\n---") becomes metadata."""
    m = re.match(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*\n", text, re.S)
    if not m or len(m.group(1)) > 4000:
        return text
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip().strip("\"'")
        if not value:
            continue
        if key == "title":
            page.title = value
        elif key in ("author", "authors", "byline"):
            page.authors.extend(split_authors(value.strip("[]")) or [value])
        elif key in ("date", "published", "pubdate"):
            page.date = parse_date(value)
        elif key in ("publisher", "site", "sitename", "source"):
            page.publisher = value
        elif key in ("url", "link", "canonical"):
            page.metadata["url"] = value
        else:
            page.metadata[key] = value
    return text[m.end() :]


def parse_page(text: str, fmt: str = "md", title: str | None = None) -> Page:
    """Body paragraphs and metadata of a page.

    ``fmt`` is "md" (Markdown: links, emphasis and escapes removed), "txt" (blocks between blank
    lines are paragraphs) or "lines" (every line is a paragraph, as trafilatura writes them).
    A known ``title`` is removed from the top of the body.
    """
    page = Page(title=title)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "md":
        text = _front_matter(text, page)
    paras = _paragraphs(text, fmt)
    if title:
        key = normalize_space(title).casefold()
        paras = [p for i, p in enumerate(paras) if not (i < 3 and p.text.casefold() == key)]
    start = _read_head(paras, page)
    end = _read_tail(paras[start:], page) + start
    body = [
        p.text
        for p in paras[start:end]
        if not _is_junk(p.text) and not _meta_match(p.text)
    ]
    page.paragraphs = repair_paragraphs(body)
    page.publisher = page.publisher or page.metadata.get("copyright")
    return page


def read_header(text: str) -> Page:
    """What the top of an already clean text says about it (title, byline, date), text untouched."""
    page = Page()
    head = text[:4000].replace("\r\n", "\n")
    paras = [
        _Para(normalize_space(block))
        for block in re.split(r"\n[ \t\u00a0]*\n", head)
        if normalize_space(block)
    ]
    _read_head(paras[:6], page)
    return page
