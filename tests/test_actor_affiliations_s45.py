"""Session 45: a person noun tied by its own phrase to a body ("an official with a European relief
group", "a spokesman for the aid agency Oxfam", "a spokesman for the ruling AK Party") is that
body's, not the story's government. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate

LEAD = "ADDIS ABABA, Feb 27 (Wire) - Ethiopia said its troops had retaken the town. "


def code_of(text: str, word: str) -> str | None:
    art = annotate(Article(id="t", text=text, date="1999-02-27"))
    return next(a.code for a in art.actors if art.text[a.start:a.end] == word)


def test_official_with_a_relief_group_is_an_ngo():
    assert code_of(LEAD + "An official with a European relief group said thousands had fled.", "An official") == "NGO"


def test_spokesman_for_a_named_charity_takes_its_code():
    assert code_of(LEAD + "A spokesman for the aid agency Oxfam said food was short.", "A spokesman") == "NGO"


def test_spokesman_for_a_party_speaks_for_the_party():
    text = "ANKARA, May 4 (Wire) - A spokesman for the ruling AK Party said Ankara would judge the outcome."
    assert code_of(text, "A spokesman") == "TURPTY"


def test_spokesman_for_a_ministry_stays_government():
    text = LEAD + "A spokesman for the Ethiopian foreign ministry said the offensive was over."
    assert code_of(text, "A spokesman") == "ETHGOV"


def test_iraqi_kurdish_parties_are_parties():
    text = "ERBIL, Oct 17 (Wire) - Officials of the Patriotic Union of Kurdistan met the KDP on Tuesday."
    assert code_of(text, "Patriotic Union of Kurdistan") == "IRQPTY"


def test_director_of_a_leaders_office_is_that_leaders_government():
    text = LEAD + "Yemane Gebremeskel, director of President Isaias Afwerki's office, said Ethiopia had lost 9,000 men."
    assert code_of(text, "Yemane Gebremeskel") == "ERIGOV"


def test_deputy_head_of_a_parliaments_committee_is_a_lawmaker():
    text = ("TEHRAN, Jan 23 (Wire) - Iran's parliament threatened to close the Strait of Hormuz. Mohammad "
            "Kossari, deputy head of parliament's national security committee, said Iran would respond.")
    assert code_of(text, "Mohammad Kossari") == "IRNLEG"
