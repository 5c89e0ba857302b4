"""Session 39, helper e: in a story about two states, the second state's parties, office holders
and parliament were coded as the first state's because the knowledge base did not know them and
the context passes filled in the story's lead state. Knowledge-base rows (a Greek party, the
Greek defence minister of 2015-2019, the Marshall Islands' parliament and foreign minister) now
name their state. Sentences written for these tests."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def codes_of(nlp, text: str, span: str, date: str = "2018-06-20") -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date)) if a.text == span]


STORY = ("SKOPJE, June 20 (Wire) - Macedonia's government defended its border accord with Greece "
         "on Wednesday. Prime Minister Zoran Zaev said the deal was fair. In Athens, the "
         "Independent Greeks said they would vote against it. "
         "Defence Minister Panos Kammenos said he would not back it.")


def test_greek_party_in_a_macedonian_story_is_greek(nlp):
    assert codes_of(nlp, STORY, "Independent Greeks") == ["GRCPTY"]


def test_greek_defence_minister_in_a_macedonian_story_is_greek(nlp):
    assert codes_of(nlp, STORY, "Defence Minister Panos Kammenos") == ["GRCGOV"]


def test_the_leading_state_keeps_its_own_leader(nlp):
    assert codes_of(nlp, STORY, "Prime Minister Zoran Zaev") == ["MKDGOV"]


def test_kammenos_after_he_left_office_is_not_defence_minister(nlp):
    text = "ATHENS, May 3 (Wire) - Panos Kammenos spoke to reporters on Friday."
    assert codes_of(nlp, text, "Panos Kammenos", date="2021-05-03") != ["GRCGOV"]


def test_marshall_islands_foreign_minister_in_a_us_story(nlp):
    text = ("WASHINGTON, Oct 3 (Wire) - The United States promised more aid to the Marshall Islands "
            "on Tuesday. Foreign Minister Kitlang Kabua said the money was welcome. Lawmakers in "
            "the Nitijela will vote on the deal.")
    assert codes_of(nlp, text, "Foreign Minister Kitlang Kabua", date="2023-10-03") == ["MHLGOV"]
    assert codes_of(nlp, text, "Nitijela", date="2023-10-03") == ["MHLLEG"]


def test_lawmakers_in_a_named_parliament_are_of_its_state(nlp):
    text = ("WASHINGTON, Oct 3 (Wire) - The United States signed an aid deal with the Marshall Islands "
            "on Tuesday. U.S. officials praised it. Opposition lawmakers in the Nitijela said they "
            "would study the deal.")
    assert codes_of(nlp, text, "Opposition lawmakers", date="2023-10-03") == ["MHLOPP"]


def test_members_of_the_storys_own_parliament_keep_its_state(nlp):
    text = ("WASHINGTON, Oct 3 (Wire) - The United States signed an aid deal with the Marshall Islands "
            "on Tuesday. Members of Congress said they would study the deal.")
    assert codes_of(nlp, text, "Members of Congress", date="2023-10-03") == ["USALEG"]
