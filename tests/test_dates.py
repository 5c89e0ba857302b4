"""Relative date phrases resolve against the article date (2019-09-27 was a Friday)."""

from __future__ import annotations

from datetime import date

import pytest

from dyads.dates import parse_iso, resolve_date, resolve_date_iso

REF = date(2019, 9, 27)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("yesterday", date(2019, 9, 26)),
        ("today", REF),
        ("last Wednesday", date(2019, 9, 25)),
        ("on Monday", date(2019, 9, 23)),
        ("Friday", REF),
        ("last Friday", date(2019, 9, 20)),
        ("next Tuesday", date(2019, 10, 1)),
        ("In May this year", date(2019, 5, 1)),
        ("in May", date(2019, 5, 1)),
        ("in November", date(2018, 11, 1)),
        ("September 12", date(2019, 9, 12)),
        ("12 September 2018", date(2018, 9, 12)),
        ("December 30", date(2018, 12, 30)),
        ("two days ago", date(2019, 9, 25)),
        ("last week", date(2019, 9, 20)),
        ("2019-01-23", date(2019, 1, 23)),
    ],
)
def test_phrases_resolve_against_the_article_date(phrase, expected):
    assert resolve_date(phrase, REF) == expected


@pytest.mark.parametrize("phrase", ["", "the 1990s", "recently", "a long time"])
def test_vague_phrases_give_none(phrase):
    assert resolve_date(phrase, REF) is None


def test_iso_helpers():
    assert parse_iso("2019-09-27T10:00:00Z") == REF
    assert parse_iso("27/09/2019") is None
    assert parse_iso(None) is None
    assert resolve_date_iso("last Wednesday", "2019-09-27") == "2019-09-25"
    assert resolve_date_iso("last Wednesday", None) is None
    assert resolve_date_iso("September 12, 2018", None) == "2018-09-12"
