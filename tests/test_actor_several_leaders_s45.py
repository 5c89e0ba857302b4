"""Session 45: "the leaders of the four countries" and "the four presidents" are several heads of
state, never the one leader named just before. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def codes(text: str) -> dict[str, str | None]:
    art = annotate(Article(id="t", text=text, date="1998-10-26"))
    return {art.text[a.start:a.end]: a.code for a in art.actors}


def test_leaders_of_four_countries_are_not_the_last_president():
    got = codes("BRASILIA, Oct 26 (Wire) - Peruvian President Alberto Fujimori and Ecuadorean President "
                "Jamil Mahuad signed a peace accord on Monday, watched by the leaders of the four countries "
                "that guaranteed the 1942 treaty.")
    assert got.get("the leaders") != "ECUGOV"


def test_the_president_is_still_the_last_president():
    got = codes("QUITO, Oct 26 (Wire) - Ecuadorean President Jamil Mahuad signed the accord on Monday. "
                "The president said the border was settled.")
    assert got["The president"] == "ECUGOV"


def test_judges_of_a_court_named_three_sentences_before_are_the_courts():
    got = codes("THE HAGUE, Feb 26 (Wire) - The International Court of Justice ruled on Monday that Serbia had "
                "breached its obligations. Serbia's agent said the ruling was fair. Bosnia's leaders said they "
                "were disappointed. Belgrade said it would study the text. The judges voted 13-2 on the main "
                "finding.")
    assert got["The judges"] == "UNOJUD"
