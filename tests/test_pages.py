"""Page cleaning: Markdown, metadata lines, boilerplate, paragraph repair (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.pages import (
    find_date,
    inline_markdown,
    looks_converted,
    parse_date,
    parse_page,
    read_header,
    repair_paragraphs,
    split_authors,
)

RESOURCES = Path(__file__).resolve().parent / "resources" / "ingest"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("September 27, 2019", "2019-09-27"),
        ("Sept. 27, 2019", "2019-09-27"),
        ("27 Sep 2019", "2019-09-27"),
        ("27th of September 2019", "2019-09-27"),
        ("2019-09-27", "2019-09-27"),
        ("2019-09-27T10:00:00Z", "2019-09-27"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("Global Research, September 27, 2019", "2019-09-27"),
        ("February 30, 2019", None),
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_date(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


def test_find_date_gives_offsets() -> None:
    text = "Posted on 4 June 2019 by X"
    iso, start, end = find_date(text)  # type: ignore[misc]
    assert iso == "2019-06-04"
    assert text[start:end] == "4 June 2019"


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Jane Roe", ["Jane Roe"]),
        ("Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Jane Roe & John Doe", ["Jane Roe", "John Doe"]),
        ("Jane Roe, Washington correspondent", ["Jane Roe"]),
        ("Anna Smith in Kyiv and Tom Lee in Moscow", ["Anna Smith", "Tom Lee"]),
        ("Dr. Somchai Prasert, Senior Fellow", ["Somchai Prasert"]),
        ("Staff", []),
    ],
)
def test_split_authors(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


def test_inline_markdown_keeps_words_and_drops_markup() -> None:
    text, link_only = inline_markdown(
        r"Said [the statement](#) that **\$52 million** ![img](a.png) goes to _programs_ of snake_case_name"
    )
    assert text == "Said the statement that $52 million  goes to programs of snake_case_name"
    assert not link_only
    assert inline_markdown("[Become a Member](#)") == ("Become a Member", True)
    assert inline_markdown("5 * 3 = 15 and 2 * 2")[0] == "5 * 3 = 15 and 2 * 2"
    assert inline_markdown(r"\*not emphasis\*")[0] == "*not emphasis*"


def test_repair_joins_paragraph_broken_mid_sentence() -> None:
    fixed = repair_paragraphs(["It adds to the “aid,” as", "well as more.", "Next one."])
    assert fixed == ["It adds to the “aid,” as well as more.", "Next one."]
    # a finished sentence or a capital letter keeps the break
    assert repair_paragraphs(["Done.", "lower start"]) == ["Done.", "lower start"]
    assert repair_paragraphs(["No stop", "Capital start"]) == ["No stop", "Capital start"]


def test_header_furniture_becomes_metadata() -> None:
    page = parse_page(
        "Russia and Venezuela Talk Again\n\nBy [Ana Lima](#) and [Ben Ode](#)\n\n"
        "Global Research, September 27, 2019\n\nRegion: [Latin America](#), [Russia](#)\n\n"
        "Theme: [History](#)\n\nThe talks began on Monday in Moscow, officials said.\n"
    )
    assert page.title == "Russia and Venezuela Talk Again"
    assert page.authors == ["Ana Lima", "Ben Ode"]
    assert page.date == "2019-09-27"
    assert page.publisher == "Global Research"
    assert page.metadata["regions"] == ["Latin America", "Russia"]
    assert page.metadata["themes"] == ["History"]
    assert page.text == "The talks began on Monday in Moscow, officials said."


def test_trailing_boilerplate_is_dropped_but_body_mentioning_copyright_stays() -> None:
    page = parse_page(
        "# Title here\n\nBy Jane Roe\n\n"
        "The first paragraph says something about sanctions.\n\n"
        "Lawmakers will vote on copyright reform next month, the minister said.\n\n"
        "*\n\nNote to readers: please share this article with friends.\n\n"
        "This article was originally published on [Some Site](#).\n\n"
        "Jane Roe is director of a research centre.\n\n"
        "[Comment on our Facebook page](#)\n\nArticles by: [Jane Roe](#)\n\n"
        "Disclaimer: the author alone is responsible.\n\n"
        "For media inquiries: press@example.org\n"
    )
    assert page.paragraphs == [
        "The first paragraph says something about sanctions.",
        "Lawmakers will vote on copyright reform next month, the minister said.",
    ]
    assert page.metadata["originally_published"] == "Some Site"


def test_long_body_paragraph_is_never_boilerplate() -> None:
    long_para = "Copyright " + "the court heard arguments about the treaty and its terms. " * 25
    page = parse_page(f"The first paragraph.\n\n{long_para}")
    assert page.paragraphs[-1] == long_para.strip()


def test_plain_text_header_lines_without_blank_lines() -> None:
    page = parse_page(
        "Why the river matters\nBy Ana Lima\nPublished: 2021-11-05\n\nBody text starts here.\n",
        fmt="txt",
    )
    assert (page.title, page.authors, page.date) == ("Why the river matters", ["Ana Lima"], "2021-11-05")
    assert page.text == "Body text starts here."


def test_a_first_sentence_is_not_taken_for_a_title() -> None:
    page = parse_page("Troops crossed the border on Monday.\n\nThe ministry said so.", fmt="txt")
    assert page.title is None
    assert page.paragraphs[0] == "Troops crossed the border on Monday."


def test_prose_starting_with_by_is_not_a_byline() -> None:
    page = parse_page("Title\n\nBy the end of May, the army had left the city.\n\nMore text.")
    assert page.authors == []
    assert page.paragraphs[0].startswith("By the end of May")


def test_read_header_of_clean_text() -> None:
    page = read_header("Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed.\n")
    assert page.date == "2019-01-04"


def test_looks_converted() -> None:
    assert looks_converted("Said [the statement](#) today.")
    assert looks_converted("# Heading\n\nText")
    assert not looks_converted("Friday, January 4, 2019\n\nPlain wire text [sic] here.")


# --- pages in several site styles ------------------------------------------------------------

SITE_STYLES = {
    "wire_site.md": dict(
        title="Ministers agree to extend Black Sea grain corridor for 60 days",
        authors=["Tomas Berg", "Ines Moreau"],
        date="2023-03-18",
        publisher="Harbor Newswire",
        first="ISTANBUL, March 18 - Turkey",
        last="Kyiv also asked for talks on copyright protection for Ukrainian seed varieties, officials said.",
        absent=["Skip to", "Advertisement", "Reporting by", "All rights reserved", "min read"],
    ),
    "blog_site.md": dict(
        title="Kenya's Mission to Haiti, Explained",
        authors=["Lena Fischer"],
        date="2023-10-02",
        publisher=None,
        first="The UN Security Council voted",
        last="The government insists the mission is legal and necessary to restore order in the Haitian capital.",
        absent=["Share this", "Related", "Leave a comment", "Tags", "timeline", "\\$", "**", "patrol"],
        metadata={"tags": ["Haiti", "Kenya", "United Nations"]},
    ),
    "magazine.txt": dict(
        title="Why the Mekong dams divide Southeast Asia",
        authors=["Somchai Prasert"],
        date="2021-11-05",
        publisher=None,
        first="Laos and Cambodia argue",
        last="ministers agreed to share data on water levels throughout the year.",
        absent=["views expressed", "press@", "About the author", "senior fellow at"],
        metadata={"topics": ["Water", "Mekong", "China"]},
    ),
    "opinion_portal.md": dict(
        title="The G7 must not forget the Sahel",
        authors=["Aisha Bello"],
        date="2021-06-12",
        publisher=None,
        first="The leaders of the Group of Seven",
        last="Without that money, the humanitarian response will collapse.",
        absent=["Listen to", "newsletter", "Follow us", "Most read", "Ten things", "Copyright"],
        metadata={"regions": ["Africa", "Sahel"], "copyright": "The Civic Forum"},
    ),
}


@pytest.mark.parametrize("name", sorted(SITE_STYLES))
def test_site_styles(name: str) -> None:
    want = SITE_STYLES[name]
    path = RESOURCES / name
    page = parse_page(path.read_text("utf-8"), fmt="txt" if name.endswith(".txt") else "md")
    assert page.title == want["title"]
    assert page.authors == want["authors"]
    assert page.date == want["date"]
    if want["publisher"]:
        assert page.publisher == want["publisher"]
    assert page.text.startswith(want["first"])
    assert page.text.endswith(want["last"])
    for junk in want["absent"]:
        assert junk not in page.text, junk
    for key, value in want.get("metadata", {}).items():
        assert page.metadata[key] == value
    assert "\n\n\n" not in page.text
    assert all(p == p.strip() and p for p in page.paragraphs)
