"""Reading inputs into Articles: formats, metadata, bad input, language, the seed and the samples."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from dyads.errors import InputError
from dyads.ingest import article_from_text, guess_language, read_inputs
from dyads.model import Article, Rejection, article_id

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_e92bd4434ac71c8f.md"
WIKINEWS = SHARED / "corpora" / "wikinews_2019.jsonl"
RESOURCES = Path(__file__).resolve().parent / "resources" / "ingest"

ENGLISH = (
    "The foreign ministers of both countries met in Geneva on Tuesday and agreed to resume "
    "talks on the disputed border, officials said. The United Nations welcomed the decision."
)


def read(*paths: str | Path, **kw) -> list[Article | Rejection]:
    return list(read_inputs([str(p) for p in paths], **kw))


def only(results: list[Article | Rejection]) -> Article | Rejection:
    assert len(results) == 1, results
    return results[0]


# --- formats -------------------------------------------------------------------------------


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"# A Title\n\nBy Jane Roe\n\nMay 3, 2021\n\n{ENGLISH}\n", "utf-8")
    article = only(read(path))
    assert isinstance(article, Article)
    assert article.title == "A Title"
    assert article.authors == ["Jane Roe"]
    assert article.date == "2021-05-03"
    assert article.text == ENGLISH
    assert article.id == article_id(ENGLISH)
    assert article.source_path == str(path)
    assert article.language == "en"


def test_jsonl_keeps_text_exactly_and_reads_fields(tmp_path: Path) -> None:
    text = f"Friday, January 4, 2019\u00a0\n\n\n{ENGLISH}\n\n\n"
    rows = [
        {"id": "x1", "title": "T1", "date": "2019-01-04", "url": "http://e/1", "text": text,
         "publisher": "Wire", "authors": ["A B"], "section": "world"},
        {"title": "T2", "text": ENGLISH},
    ]  # fmt: skip
    path = tmp_path / "w.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == text  # offsets refer to the given text
    assert (first.id, first.title, first.date, first.url) == ("x1", "T1", "2019-01-04", "http://e/1")
    assert (first.publisher, first.authors, first.source_line) == ("Wire", ["A B"], 1)
    assert first.metadata["section"] == "world"
    assert second.id == article_id(ENGLISH) and second.source_line == 2


def test_jsonl_date_from_dateline_when_not_given(tmp_path: Path) -> None:
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps({"text": f"Monday, March 4, 2019\n\n{ENGLISH}"}) + "\n", "utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.date == "2019-03-04"


def test_jsonl_converted_page_is_cleaned(tmp_path: Path) -> None:
    page = f"A Title\n\nBy [Jane Roe](#)\n\n{ENGLISH}\n\n[Become a Member](#)\n"
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps({"text": page}) + "\n", "utf-8")
    article = only(read(path))
    assert isinstance(article, Article)
    assert article.text == ENGLISH and article.authors == ["Jane Roe"]


def test_jsonl_bad_lines_are_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "w.jsonl"
    lines = [
        json.dumps({"text": ENGLISH}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"html": f"<html><body><article><p>{ENGLISH}</p></article></body></html>"}),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    results = read(path)
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "Rejection", "Rejection", "Rejection", "Article"]
    bad = results[1]
    assert isinstance(bad, Rejection) and bad.line == 2
    assert bad.message() == f"cannot read {str(path)!r} line 2: not JSON (expected one article object per line)"
    assert 'no "text" or "html"' in results[2].reason and results[2].line == 3
    assert results[4].source_line == 6 and ENGLISH in results[4].text


def test_html_page(tmp_path: Path) -> None:
    article = only(read(RESOURCES / "news_page.html"))
    assert isinstance(article, Article)
    assert article.title == "Chile and Argentina sign lithium cooperation pact"
    assert article.authors == ["Pablo Ruiz"]
    assert article.date == "2023-05-16"
    assert article.publisher == "The Andes Post"
    assert article.text.startswith("The presidents of Chile and Argentina")
    assert article.text.endswith("by 2025.")
    for junk in ("Home", "Subscribe", "Contact us", "©"):
        assert junk not in article.text
    assert article.text.count("\n\n") == 2


def test_json_file_with_one_object_or_an_array(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"title": "One", "text": ENGLISH}, indent=2), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"text": ENGLISH}, {"title": "none"}]), "utf-8")
    one, first, bad = read(tmp_path)
    assert isinstance(one, Article) and one.title == "One" and one.text == ENGLISH
    assert isinstance(first, Article)
    assert isinstance(bad, Rejection) and bad.reason.startswith("item 2: ")


def test_empty_folder(tmp_path: Path) -> None:
    rejection = only(read(tmp_path))
    assert isinstance(rejection, Rejection) and "no files in this folder" in rejection.reason


def test_broken_html_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div></div></body></html>", "utf-8")
    rejection = only(read(path))
    assert isinstance(rejection, Rejection)
    assert "no article text found in the HTML" in rejection.reason


def test_gzip_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": ENGLISH}) + "\n").encode()))
    (tmp_path / "b.md.gz").write_bytes(gzip.compress(f"# T\n\n{ENGLISH}".encode()))
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(ENGLISH.encode())[:30])
    a, b, c, d = read(tmp_path)
    assert isinstance(a, Article) and a.text == ENGLISH and a.source_line == 1
    assert isinstance(b, Article) and b.title == "T" and b.text == ENGLISH
    assert isinstance(c, Rejection) and "not gzip data" in c.reason
    assert isinstance(d, Rejection) and "not a valid gzip file" in d.reason


def test_directory_order_hidden_and_readme(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ENGLISH + " B.", "utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH + " A.", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text(ENGLISH + " C.", "utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "README.md").write_text("# About these files\n\n" + ENGLISH, "utf-8")
    results = read(tmp_path)
    assert [r.text[-2:] for r in results] == ["A.", "B.", "C."]


def test_stdin_sniffs_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    def feed(data: bytes) -> list[Article | Rejection]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return list(read_inputs(["-"]))

    jsonl = feed((json.dumps({"text": ENGLISH}) + "\n" + json.dumps({"text": ENGLISH + " 2"})).encode())
    assert [a.source_line for a in jsonl] == [1, 2]
    html = only(feed(f"<!DOCTYPE html><html><body><article><h1>T</h1><p>{ENGLISH}</p></article></body></html>".encode()))
    assert isinstance(html, Article) and html.text == ENGLISH and html.metadata["format"] == "html"
    md = only(feed(f"# Title\n\n{ENGLISH}".encode()))
    assert isinstance(md, Article) and md.title == "Title" and md.source_path == "<stdin>"


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
        ("empty.md", b"   \n\n\t  \n", "empty (no text)"),
        ("latin1.txt", "Caf\u00e9 talks in Paris".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
        ("junk.md", b"Share this article\n\nAdvertisement\n", "no article text left"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    rejection = only(read(path))
    assert isinstance(rejection, Rejection)
    assert reason in rejection.reason
    assert rejection.message().startswith(f"cannot read {str(path)!r}: ")


def test_batch_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.txt").write_text(ENGLISH, "utf-8")
    results = read(tmp_path, tmp_path / "missing.md")
    assert [type(r).__name__ for r in results] == ["Rejection", "Article", "Rejection"]
    assert "no such file" in results[2].reason


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 10, "utf-8")
    rejection = only(read(path, max_bytes=100))
    assert isinstance(rejection, Rejection) and "too large" in rejection.reason
    lines = tmp_path / "big.jsonl"
    lines.write_text(json.dumps({"text": ENGLISH}) + "\n" + json.dumps({"text": ENGLISH * 10}) + "\n", "utf-8")
    ok, big = read(lines, max_bytes=1000)
    assert isinstance(ok, Article) and isinstance(big, Rejection) and big.line == 2


def test_utf8_bom_and_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "story.article"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())
    article = only(read(path))
    assert isinstance(article, Article) and article.text == ENGLISH


def test_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(f"Title line\r\nBy Jane Roe\r\n\r\n{ENGLISH}\r\n".encode())
    article = only(read(path))
    assert isinstance(article, Article)
    assert (article.title, article.authors, article.text) == ("Title line", ["Jane Roe"], ENGLISH)


# --- language ------------------------------------------------------------------------------

FOREIGN = {
    "French": "Le président de la République a rencontré les ministres des affaires étrangères pour "
    "discuter de la situation dans le pays. Il a dit que les sanctions ne sont pas une solution et "
    "que la France est prête à aider les populations qui en ont besoin.",
    "Spanish": "El presidente del Gobierno se reunió con los ministros de la región para hablar de la "
    "crisis en el país. Dijo que las sanciones no son una solución y que España está dispuesta a "
    "ayudar a las personas que lo necesitan.",
    "German": "Der Bundeskanzler hat sich am Dienstag mit den Außenministern getroffen, um über die "
    "Lage in der Region zu sprechen. Er sagte, dass die Sanktionen nicht die Lösung sind und dass "
    "Deutschland bereit ist, den Menschen zu helfen.",
    "Cyrillic-script text": "Президент России провёл встречу с министрами иностранных дел, чтобы "
    "обсудить положение в регионе. Он заявил, что санкции не являются решением проблемы.",
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_non_english_is_rejected(tmp_path: Path, language: str) -> None:
    path = tmp_path / "x.txt"
    path.write_text(FOREIGN[language], "utf-8")
    rejection = only(read(path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith(f"not English (looks like {language})")


def test_short_and_name_heavy_english_is_not_misjudged() -> None:
    assert guess_language("Putin meets Maduro")[0] == "en"
    assert guess_language("Le Drian à Moscou")[0] == "en"  # too short to judge: keep it
    assert guess_language(
        "Emmanuel Macron and Angela Merkel met Vladimir Putin and Volodymyr Zelensky at the "
        "Élysée Palace in Paris on Monday, the first Normandy summit since 2016."
    )[0] == "en"
    assert guess_language(ENGLISH + " « Nous sommes prêts », a dit le ministre.")[0] == "en"


# --- programmatic use ----------------------------------------------------------------------


def test_article_from_text() -> None:
    article = article_from_text(f"# T\n\nBy Jane Roe\n\n{ENGLISH}", date="3 May 2021", tag="x")
    assert (article.title, article.authors, article.date) == ("T", ["Jane Roe"], "2021-05-03")
    assert article.text == ENGLISH and article.metadata["tag"] == "x" and article.source_path is None
    raw = "  Kept exactly:\n\n" + ENGLISH + "\n"
    assert article_from_text(raw, fmt="raw").text == raw
    html = article_from_text(f"<html><body><article><p>{ENGLISH}</p></article></body></html>", fmt="html")
    assert html.text == ENGLISH
    with pytest.raises(InputError, match="empty"):
        article_from_text("  \n ")
    with pytest.raises(InputError, match="unknown format"):
        article_from_text(ENGLISH, fmt="pdf")


# --- shipped samples and shared data ---------------------------------------------------------


def test_samples_all_ingest_with_metadata() -> None:
    results = read(REPO / "samples")
    assert all(isinstance(r, Article) for r in results), [r for r in results if isinstance(r, Rejection)]
    assert len(results) == 10
    for article in results:
        assert article.title and article.date and article.publisher, article.source_path
        assert "2019-01-01" <= article.date <= "2024-12-31"
        if not str(article.source_path).endswith(".jsonl"):
            assert article.authors, article.source_path
        for junk in ("Share this", "Subscribe", "Copyright", "©", "Note to readers", "Disclaimer", "](#)"):
            assert junk not in article.text, (article.source_path, junk)
    wire = [a for a in results if a.source_line]
    assert [a.id for a in wire][0] == "atlas-2019-06-20-drone" and len(wire) == 4


@pytest.mark.skipif(not SEED.exists(), reason="needs /work/shared (the user's example)")
def test_seed_article() -> None:
    article = only(read(SEED))
    assert isinstance(article, Article)
    assert article.title == "Maduro Thinks Russia and Venezuela Can “Overcome Any Difficulties”, but Is He Right?"
    assert article.authors == ["Paul Antonopoulos"]
    assert article.date == "2019-09-27"
    assert article.publisher == "Global Research"
    assert article.text.startswith("During a meeting")
    assert article.text.endswith("overcome any difficulties.”")
    for junk in ("Note to readers", "Disclaimer", "Paul Antonopoulos is director", "InfoBrics", "\\$", "](#)"):
        assert junk not in article.text
    assert "$52 million" in article.text
    assert "crisis,” as well as supporting" in article.text
    assert article.metadata["regions"] == ["Latin America & Caribbean", "Russia and FSU"]
    assert article.metadata["themes"] == ["History", "US NATO War Agenda"]
    assert article.metadata["originally_published"] == "InfoBrics"
    assert article.id == article_id(article.text)


@pytest.mark.skipif(not WIKINEWS.exists(), reason="needs /work/shared (Wikinews corpus)")
def test_wikinews_lines_ingest_unchanged() -> None:
    rows = [json.loads(line) for line in WIKINEWS.read_text("utf-8").splitlines() if line.strip()]
    results = read(WIKINEWS)
    assert len(results) == len(rows)
    for row, article in zip(rows, results):
        assert isinstance(article, Article), article
        assert article.text == row["text"]
        assert (article.date, article.title, article.url) == (row["date"], row["title"], row["url"])
