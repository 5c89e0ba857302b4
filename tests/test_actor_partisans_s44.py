"""Session 44: a US party word on a Congress title ("Republican Senator X") is a member of the US
Congress even in a story set elsewhere that names the United States (batch AM's and AP's judges
found such a senator coded as Morocco's legislature); not where France or Italy, whose senators
news may also call Republican or Democratic, is named. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def code_of(text: str, start: str) -> str | None:
    art = annotate(Article(id="t", text=text, date="2020-12-12"))
    return next(a.code for a in art.actors if art.text[a.start:a.end].startswith(start))


def test_republican_senator_abroad_is_us_congress():
    text = ("RABAT, Dec 11 (Wire) - Morocco welcomed the U.S. decision on Friday. Republican Senator "
            "Tom Calloway said the move was poorly advised.")
    assert code_of(text, "Republican Senator") == "USALEG"


def test_democratic_rep_abroad_is_us_congress():
    text = ("NAIROBI, May 3 (Wire) - Kenya signed a trade deal with the United States on Monday. "
            "Democratic Congresswoman Ann Pellow called it a good first step.")
    assert code_of(text, "Democratic Congresswoman") == "USALEG"


def test_republican_senator_in_a_french_story_is_not_guessed_american():
    text = ("PARIS, Dec 11 (Wire) - France and the United States signed a pact on Friday. Republican "
            "Senator Pierre Lamotte said France had conceded too much.")
    assert code_of(text, "Republican Senator") != "USALEG"
