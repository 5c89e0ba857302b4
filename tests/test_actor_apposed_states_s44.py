"""Session 44: a named person whose apposition names a state as the owner of their post ("Serbia's
agent before the court") or of the organ they belong to ("member of Bosnia's presidency") is of
that state (batch AQ's judges found the first coded as the court's and the second without a
state). Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def codes(text: str) -> dict[str, str | None]:
    art = annotate(Article(id="t", text=text, date="2007-02-27"))
    return {art.text[a.start:a.end]: a.code for a in art.actors}


def test_member_of_a_states_presidency():
    found = codes("THE HAGUE, Feb 26 (Wire) - The World Court ruled on Monday. Zoran Petkovic, the Croat member "
                  "of Bosnia's three-man presidency, said the ruling was a disappointment.")
    assert found["Zoran Petkovic"] == "BIHGOV"


def test_a_states_agent_before_a_court_is_the_states():
    found = codes("THE HAGUE, Feb 26 (Wire) - The World Court ruled on Monday. Milan Jovic, Serbia's agent "
                  "before the court, said the judgment was fair.")
    assert found["Milan Jovic"] == "SRBGOV"


def test_member_of_a_parliament_is_its_legislature():
    found = codes("NAIROBI, May 3 (Wire) - Police broke up the march. Ann Wanjiru, a member of Kenya's parliament, "
                  "said the ban was unlawful.")
    assert found["Ann Wanjiru"] == "KENLEG"


def test_a_un_official_stays_the_uns():
    found = codes("THE HAGUE, Feb 26 (Wire) - The World Court ruled on Monday. Rosalyn Higgins, the court's "
                  "president, read the judgment.")
    assert found["Rosalyn Higgins"] != "SRBGOV"
