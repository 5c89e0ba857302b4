"""Session 42: a party defending its own decision, law, purchase or takeover (or itself) is
self-justification, no SUPPORT 052; defending another party or its act stays support. Sentences
written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2024-04-22") -> list[tuple[str, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def defended(text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [r for r in records(text) if r[1].lower().startswith("defend")]


def test_defending_its_own_takeover_is_no_support():
    assert defended("The Kenyan government defended its takeover of Kenya Commercial Bank on Tuesday.") == []


def test_defending_an_unowned_law_with_no_one_backed_is_no_support():
    assert defended("The Kenyan president defended the law in a televised address on Sunday.") == []


def test_defending_a_decision_while_giving_reasons_is_no_support():
    text = ("Prime Minister William Ruto of Kenya defended the decision, saying that the country could not "
            "afford to walk away from the deal.")
    assert defended(text) == []


def test_defending_oneself_is_no_support():
    assert defended("The Kenyan foreign minister defended himself against the charges on Monday.") == []


def test_defending_another_states_decision_stays_support():
    got = defended("The Kenyan president defended Uganda's decision to close the border.")
    assert got and got[0][0] == "SUPPORT" and "UGA" in got[0][3]


def test_defending_a_named_group_stays_support():
    got = defended("Kenya's foreign minister defended the protesters arrested in Kampala.")
    assert got and got[0][0] == "SUPPORT" and got[0][3]


def test_defending_its_treaty_with_a_partner_is_no_support():
    text = ("NAIROBI, Nov 14 (Wire) - Kenya's government defended on Tuesday a landmark treaty with Uganda "
            "that offers its citizens a pathway to work abroad.")
    assert defended(text) == []
