"""Session 42: records that name no act between parties: what a law or pact itself provides, a
party convening its own body, and a meeting named only as the setting of another act; the acts
themselves (a state barring officials, a meeting of another body, a summit not told before) stay.
Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2024-04-22") -> list[tuple[str, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def types_of(text: str, word: str) -> list[str]:
    return [r[0] for r in records(text) if r[1].lower().startswith(word)]


def test_a_passed_act_allowing_exports_is_its_content():
    text = ("AGOA, passed in 2000, allows eligible sub-Saharan African countries to export more than "
            "1,800 products to the United States without tariffs.")
    assert types_of(text, "allow") == []


def test_an_amendment_that_barred_judges_is_its_content():
    text = ("The court annulled an amendment to one of Israel's Basic Laws that had barred judges from "
            "reviewing cabinet decisions.")
    assert types_of(text, "barred") == []


def test_a_state_barring_officials_stays_coerce():
    assert types_of("Kenya barred Somali officials from entering the country on Monday.", "barred") == ["COERCE"]


def test_convening_ones_own_council_is_domestic():
    text = ("Kenyan President William Ruto, who was attending an African Union summit in Addis Ababa, "
            "convened an emergency meeting of his national security council.")
    assert types_of(text, "convened") == []
    assert types_of(text, "summit") == ["CONSULT"]  # a summit not told before stays


def test_calling_a_meeting_of_its_own_committee_is_domestic():
    assert records("The Kenyan parliament called an extraordinary meeting of its budget committee on Monday.") == []


def test_convening_another_body_stays_consult():
    got = [r for r in records("Kenya convened an emergency meeting of the U.N. Security Council on Monday.")
           if r[0] == "CONSULT"]
    assert got and "UNOGOV" in got[0][3]


def test_the_talks_attended_in_a_relative_clause_are_a_setting():
    text = "Kenyan Foreign Minister Musalia Mudavadi, who attended the talks, pledged $10 million for the mission."
    assert types_of(text, "talks") == []
    assert types_of(text, "pledged") == ["AGREE"]
