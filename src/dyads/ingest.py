"""Reads what users give dyads (files, folders, stdin; text, Markdown, HTML, JSON Lines, gzip) into Articles.

Every input is checked here, in one place, before any model sees it: an input that cannot become
an article yields a :class:`~dyads.model.Rejection` that says why and what to do, and the batch
goes on. Page furniture and metadata are handled by :mod:`dyads.pages`.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
import sys
import unicodedata
import warnings
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .model import Article, Rejection, article_id
from .pages import Page, looks_converted, parse_date, parse_page, read_header, split_authors

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "article_from_text",
    "walk_folder",
    "guess_language",
    "read_inputs",
]

DEFAULT_MAX_BYTES = 20_000_000

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
"""File name endings and the format they are read as; others are sniffed (text if decodable)."""

_SKIPPED_NAMES = re.compile(r"^(readme|license|licence|changelog|copying|notice)(\.|$)", re.I)
"""Project files that sit beside articles in a folder; they are read only when named explicitly."""

_FORMATS = ("txt", "md", "html", "raw")
_JSON_START = re.compile(r"\A\s*[\[{]")
_GZIP_MAGIC = b"\x1f\x8b"
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<article|<div|<p[\s>])",
    re.I,
)
_STDIN = "<stdin>"

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # Their warnings about unusable pages become Rejections with a reason instead.
    logging.getLogger(_name).setLevel(logging.CRITICAL)


# --- language ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _function_words() -> dict[str, tuple[str, frozenset[str]]]:
    source = resources.files("dyads") / "data" / "function_words.tsv"
    table: dict[str, tuple[str, frozenset[str]]] = {}
    for line in source.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, name, words = line.split("\t")
            table[code] = (name, frozenset(words.split()))
    return table


_function_words()
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # (the ASCII ``str.isalpha`` ones)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MIN_WORDS_TO_JUDGE = 15
"""Shorter texts are taken as English: too few words to tell, and a wrong rejection loses data."""


def guess_language(text: str) -> tuple[str, str]:
    """(code, name) of the text's language: "en" unless the evidence against English is clear.

    Offline and cheap: the share of letters in non-Latin scripts, then the share of each
    language's most frequent function words (``data/function_words.tsv``).
    """
    sample = text[:6000]
    # (the ASCII letters are counted in the UTF-8 bytes, where no other character has a byte
    # below 0x80, and only the other characters are tested one by one: a Python test per
    # character was most of the cost of reading an English article)
    others = [c for c in _NON_ASCII.findall(sample) if c.isalpha()]
    raw = sample.encode("utf-8", "surrogatepass")
    n_letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS)) + len(others)
    if n_letters < 40:
        return "en", "English"
    scripts: dict[str, int] = {}
    for c in others:
        if ord(c) > 0x24F and not 0x1E00 <= ord(c) <= 0x1EFF:
            script = unicodedata.name(c, "OTHER").split()[0]
            scripts[script] = scripts.get(script, 0) + 1
    if scripts:
        script, count = max(scripts.items(), key=lambda kv: kv[1])
        if count > 0.5 * n_letters:
            return script.lower(), f"{script.title()}-script text"
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS_TO_JUDGE:
        return "en", "English"
    table = _function_words()
    # (each distinct word looked up once per language, its count added: the same integer sums)
    counts = Counter(words)
    scores = {code: sum(counts[w] for w in counts.keys() & vocab) / len(words) for code, (_, vocab) in table.items()}
    english = scores.get("en", 0.0)
    best = max(scores, key=lambda code: scores[code])
    if best == "en" or english >= 0.25:
        return "en", "English"
    if scores[best] >= 0.12 and scores[best] > 1.5 * english:
        return best, table[best][0]
    if english < 0.08:
        return "und", "an unknown language"
    return "en", "English"


# --- building articles ---------------------------------------------------------------------------


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, str) and value.strip():
        return split_authors(value) or [value.strip()]
    return []


def _extract_html(html: str, url: str | None) -> tuple[Page, dict[str, Any]] | str:
    """Main text and metadata of an HTML page via trafilatura, or the reason there is none."""
    import trafilatura

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return f"broken HTML ({type(exc).__name__}: {exc}); save the page again or give its text"
    if doc is None:
        return "no article text found in the HTML (empty or broken page); give its text as .txt"
    info = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = info.get("text") or ""
    if not body.strip():
        return "no article text found in the HTML (empty or broken page); give its text as .txt"
    page = parse_page(body, "lines", title=info.get("title"))
    return page, info


def _build(
    text: str, source: str, fmt: str, meta: dict[str, Any], line: int | None = None
) -> Article | Rejection:
    """One article from one text, or why not. ``fmt``: txt, md, html, or raw (text kept exactly)."""
    if fmt not in _FORMATS:
        raise InputError(source, f"unknown format {fmt!r} (use one of {', '.join(_FORMATS)})", line)
    if "\x00" in text:
        return Rejection(source, "binary data (NUL bytes), not text", line)
    if not text.strip():
        return Rejection(source, "empty (no text)", line)
    meta = {k: v for k, v in meta.items() if v not in (None, "", [])}
    extra: dict[str, Any] = {}
    if fmt == "html":
        extracted = _extract_html(text, meta.get("url"))
        if isinstance(extracted, str):
            return Rejection(source, extracted, line)
        page, info = extracted
        page.title = page.title or info.get("title")
        if not page.authors and info.get("author"):
            page.authors = [a.strip() for a in re.split(r";|\band\b", info["author"]) if a.strip()]
        page.date = page.date or parse_date(info.get("date"))
        page.publisher = info.get("sitename") or page.publisher
        for key in ("tags", "categories"):
            values = [v.strip() for item in info.get(key) or [] for v in str(item).split(",")]
            if any(values):
                page.metadata.setdefault(key, [v for v in values if v])
        if info.get("description"):
            extra["description"] = info["description"]
        if info.get("url") and not meta.get("url"):
            extra["url"] = info["url"]
        clean = page.text
    elif fmt == "raw":
        clean = text
        page = read_header(text)
    else:
        page = parse_page(text, fmt)
        clean = page.text
    if not clean.strip():
        return Rejection(
            source,
            "no article text left after removing page furniture (title, byline, share prompts)",
            line,
        )
    code, name = guess_language(clean)
    if code != "en":
        return Rejection(source, f"not English (looks like {name}); dyads reads English news", line)

    metadata = dict(page.metadata)
    url = meta.pop("url", None) or extra.pop("url", None) or metadata.pop("url", None)
    raw_date = meta.pop("date", None)
    date = parse_date(str(raw_date)) if raw_date is not None else None
    if raw_date is not None and date is None:
        metadata["date_given"] = raw_date
    given_authors = _authors(meta.pop("authors", None) or meta.pop("author", None))
    publisher = None
    for key in ("publisher", "sitename", "site", "source"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            del meta[key]
            publisher = publisher or value.strip()
    given_id = meta.pop("id", None)
    title = meta.pop("title", None) or page.title
    meta.pop("language", None)
    metadata.update(extra)
    metadata.update(meta)
    metadata["format"] = fmt
    return Article(
        id=str(given_id) if given_id not in (None, "") else article_id(clean),
        text=clean,
        title=str(title) if title else None,
        authors=given_authors or list(page.authors),
        date=date or page.date,
        publisher=publisher or page.publisher,
        url=str(url) if url else None,
        source_path=source,
        source_line=line,
        language="en",
        metadata=metadata,
    )


def article_from_text(text: str, source: str | None = None, fmt: str = "md", **meta: Any) -> Article:
    """An Article from a string, for programmatic use; raises InputError when it is not one.

    ``fmt`` is "txt", "md" or "html" (cleaned like files of that kind) or "raw" (the text is kept
    exactly, so offsets refer to it). ``meta`` may give id, title, authors, date, publisher, url;
    any other key goes to ``Article.metadata``.
    """
    result = _build(text, source or "<text>", fmt, meta)
    if isinstance(result, Rejection):
        raise InputError(result.source, result.reason, result.line)
    if source is None:
        result.source_path = None
    return result


# --- reading bytes -----------------------------------------------------------------------------


def _decode(data: bytes, source: str, line: int | None = None) -> str | Rejection:
    if b"\x00" in data[:65536]:
        return Rejection(source, "binary file (NUL bytes), not text: give .txt, .md, .html or .jsonl", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start : exc.start + 1].hex()
        return Rejection(
            source,
            f"not UTF-8 text (byte 0x{byte} at offset {exc.start}); re-save it as UTF-8",
            line,
        )


def _sniff(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return "jsonl"
    if _HTML_START.match(text[:2000]) or "<html" in text[:2000].lower():
        return "html"
    return "md"


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large ({size:,} bytes, the limit is {max_bytes:,}); split it or raise max_bytes"


def _json_article(text: str, source: str, line: int | None) -> Article | Rejection:
    try:
        obj = json.loads(text)
    except ValueError:
        return Rejection(source, "not JSON (expected one article object per line)", line)
    return _json_object(obj, source, line)


def _json_object(obj: Any, source: str, line: int | None) -> Article | Rejection:
    if not isinstance(obj, dict):
        return Rejection(
            source, 'not a JSON object (expected one article object per line, with "text" or "html")', line
        )
    text, html = obj.get("text"), obj.get("html")
    meta = {k: v for k, v in obj.items() if k not in ("text", "html")}
    if isinstance(text, str) and text.strip():
        return _build(text, source, "md" if looks_converted(text) else "raw", meta, line)
    if isinstance(html, str) and html.strip():
        return _build(html, source, "html", meta, line)
    return Rejection(source, 'no "text" or "html" field (each line needs the article text)', line)


def _jsonl_stream(fh: IO[bytes], source: str, max_bytes: int) -> Iterator[Article | Rejection]:
    """One article per line; a bad line is rejected alone. ``max_bytes`` applies to each line."""
    lines = iter(fh)
    for number, raw in enumerate(lines, 1):
        if len(raw) > max_bytes:
            yield Rejection(source, _too_large(len(raw), max_bytes), number)
            continue
        if not raw.strip():
            continue
        decoded = _decode(raw, source, number)
        if isinstance(decoded, Rejection):
            yield decoded
            continue
        if number == 1 and decoded.lstrip().startswith("["):
            rest = decoded + b"".join(lines).decode("utf-8", "replace")
            yield from _json_array(rest, source)
            return
        yield _json_article(decoded, source, number)


def _json_array(text: str, source: str) -> Iterator[Article | Rejection]:
    try:
        items = json.loads(text)
    except ValueError:
        yield Rejection(source, "not JSON (expected a JSON array of article objects, or JSON Lines)")
        return
    for number, item in enumerate(items if isinstance(items, list) else [items], 1):
        result = _json_object(item, source, None)
        if isinstance(result, Rejection):
            result.reason = f"item {number}: {result.reason}"
        yield result


def _read_stream(
    fh: IO[bytes], source: str, fmt: str | None, max_bytes: int
) -> Iterator[Article | Rejection]:
    head = fh.read(2) if hasattr(fh, "read") else b""
    rest: IO[bytes] = io.BufferedReader(_Prefixed(head, fh), 1 << 16)
    if head == _GZIP_MAGIC:
        rest = gzip.GzipFile(fileobj=rest)  # type: ignore[assignment]
    try:
        if fmt == "jsonl":
            yield from _jsonl_stream(rest, source, max_bytes)
            return
        data = rest.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield Rejection(source, _too_large(len(data) + len(rest.read()), max_bytes))
            return
        decoded = _decode(data, source)
        if isinstance(decoded, Rejection):
            yield decoded
            return
        if fmt == "json":  # one object, an array of them, or JSON Lines after all
            try:
                parsed = json.loads(decoded)
            except ValueError:
                fmt = "jsonl" if _JSON_START.match(decoded) else None
            else:
                items = parsed if isinstance(parsed, list) else [parsed]
                for number, item in enumerate(items, 1):
                    result = _json_object(item, source, None)
                    if isinstance(result, Rejection) and len(items) > 1:
                        result.reason = f"item {number}: {result.reason}"
                    yield result
                return
        fmt = fmt or _sniff(decoded)
        if fmt == "jsonl":
            yield from _jsonl_stream(io.BytesIO(data), source, max_bytes)
            return
        yield _build(decoded, source, fmt, {})
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Rejection(source, f"not a valid gzip file ({exc}); check the download")


class _Prefixed(io.RawIOBase):
    """A byte stream with a few already-read bytes put back in front (for sniffing gzip)."""

    def __init__(self, prefix: bytes, fh: IO[bytes]) -> None:
        self._prefix = prefix
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        chunk = self._fh.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return EXTENSIONS.get(Path(name).suffix)


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Rejection]:
    source = str(path)
    fmt = _format_of(path)
    try:
        size = path.stat().st_size
        if fmt != "jsonl" and not path.name.lower().endswith(".gz") and size > max_bytes:
            yield Rejection(source, _too_large(size, max_bytes))
            return
        with path.open("rb") as fh:
            if path.name.lower().endswith(".gz") and fh.read(2) != _GZIP_MAGIC:
                yield Rejection(source, "not gzip data although the name ends in .gz; rename it")
                return
            fh.seek(0)
            for result in _read_stream(fh, source, fmt, max_bytes):
                if isinstance(result, Article):
                    result.source_path = source
                yield result
    except OSError as exc:
        yield Rejection(source, f"cannot open it ({exc.strerror or exc}); check the path and permissions")


def walk_folder(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, skipping hidden ones and README/LICENSE files."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if _SKIPPED_NAMES.match(path.name):
            continue
        found.append((rel.as_posix(), path))
    for _, path in sorted(found):
        yield path


def read_inputs(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Rejection]:
    """Articles from files, folders (recursive, sorted) and "-" (stdin), in input order.

    Formats come from the name (.txt .md .html .htm .jsonl, each optionally .gz); other names and
    stdin are sniffed: JSON Lines if the first character is "{", HTML if it looks like HTML,
    else text/Markdown. Each input that is not an article yields a Rejection and the rest go on.
    ``max_bytes`` limits one file, or one line of a JSON Lines file.
    """
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]  # one path, not its characters
    for name in paths:
        name = str(name)
        if name == "-":
            yield from _read_stream(sys.stdin.buffer, _STDIN, None, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            files = list(walk_folder(path))
            if not files:
                yield Rejection(name, "no files in this folder (hidden and README/LICENSE files are skipped)")
            for file in files:
                yield from _read_file(file, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield Rejection(name, "no such file or folder; check the path")
