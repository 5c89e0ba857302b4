"""Session 41, helper j: the adjectives "papal" and "pontifical" name the Holy See, as "Vatican"
does. Sentences written for these tests."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def codes(nlp, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in find_actors(nlp(text), Article(id="t", text=text, date="2018-09-22"))}


def test_papal_envoy_is_the_holy_see(nlp):
    got = codes(nlp, "Moscow expelled the papal envoy in 1951 after a dispute over church property.")
    assert got["the papal envoy"] == "VATGOV"


def test_pontifical_delegation_is_the_holy_see(nlp):
    got = codes(nlp, "A pontifical delegation met officials in Kyiv on Tuesday.")
    assert got["A pontifical delegation"].startswith("VAT")


def test_russian_envoy_keeps_russia(nlp):
    got = codes(nlp, "Moscow expelled the papal envoy, and the Russian envoy left Rome.")
    assert got["the Russian envoy"].startswith("RUS")
    assert got["the papal envoy"] == "VATGOV"
