"""Session 41: a reaction that a deed "drew in" a capital or state comes from there. Sentences
written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2022-11-25") -> list[tuple[str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_criticism_drawn_in_capitals_comes_from_them():
    got = records("Hungary's veto drew sharp criticism in Brussels and Warsaw.")
    accuse = [r for r in got if r[0] == "ACCUSE"]
    assert accuse and set(accuse[0][1]) == {"EURGOV", "POL"} and accuse[0][2] == ["HUN"]


def test_criticism_drawn_in_a_capital_is_not_aimed_at_it():
    got = records("The Faroese government renewed the deal with Russia. The decision drew criticism in "
                  "Copenhagen.")
    accuse = [r for r in got if r[0] == "ACCUSE"]
    assert accuse and accuse[0][1] == ["DNK"] and "DNK" not in accuse[0][2]


def test_criticism_drawn_from_a_state_unchanged():
    got = records("Hungary's veto drew sharp criticism from Poland.")
    assert ("ACCUSE", ["POL"], ["HUN"]) in got
