"""Figures: money, counts and percentages, normalised, with kind, counted noun and event."""

from __future__ import annotations

import pytest

from dyads.figures import find_figures, parse_number
from dyads.model import Event


def figs(nlp, text, events=()):
    doc = nlp(text)
    out = find_figures(doc, [], list(events))
    for f in out:
        assert doc.text[f.start : f.end] == f.text
    return out


def one(nlp, text, needle):
    found = [f for f in figs(nlp, text) if needle in f.text]
    assert found, f"no figure with {needle!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, value",
    [("1,500", 1500), ("$1.2bn", None), ("1.2bn", 1.2e9), ("five thousand", 5000), ("a dozen", 12),
     ("52 million", 52e6), ("twenty-five", 25), ("2,000,000", 2e6)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_tricky_money(nlp):
    f = one(nlp, "The fund raised $1.2bn last year.", "$1.2bn")
    assert (f.kind, f.value, f.unit) == ("money", 1.2e9, "USD")
    f = one(nlp, "Brussels gave €3 million in aid.", "€3 million")
    assert (f.value, f.unit) == (3e6, "EUR")
    f = one(nlp, "The agency will allocate more than $50 million to the opposition.", "$50 million")
    assert f.text == "more than $50 million" and f.low == 5e7 and f.high is None and f.value is None
    f = one(nlp, "Sanctions take out tens of billions of dollars from the economy.", "billions")
    assert (f.low, f.high, f.unit) == (1e10, 1e11, "USD")
    f = one(nlp, "It adds to hundreds of millions of dollars in assistance.", "millions")
    assert (f.low, f.high) == (1e8, 1e9)
    assert one(nlp, "He was paid 5 million rubles.", "rubles").unit == "RUB"
    assert one(nlp, "Wages rose to 30,000 bolivars.", "bolivars").unit == "VES"
    assert one(nlp, "Britain pledged £20 million.", "£").unit == "GBP"
    assert one(nlp, "It cost US$5 million.", "US$").value == 5e6


def test_counts_with_kinds(nlp):
    f = one(nlp, "Over 40,000 Venezuelans since 2017 have been killed as a result of sanctions.", "40,000")
    assert (f.kind, f.low, f.counts) == ("killed", 40000, "Venezuelans")
    f = one(nlp, "At least 40 people were killed in the attack.", "40")
    assert (f.kind, f.low) == ("killed", 40)
    f = one(nlp, "The country sent 1,500 troops to the border.", "1,500")
    assert (f.kind, f.value, f.counts) == ("troops", 1500, "troops")
    f = one(nlp, "Tens of thousands of protesters marched in the capital.", "thousands")
    assert (f.kind, f.low, f.high) == ("protesters", 1e4, 1e5)
    f = one(nlp, "Guaidó gained support from the U.S. and more than 50 other states.", "50")
    assert (f.kind, f.low) == ("states", 50)
    f = one(nlp, "Police arrested between 200 and 300 demonstrators.", "200")
    assert (f.kind, f.low, f.high, f.value) == ("arrested", 200, 300, None)
    f = one(nlp, "Five thousand refugees fled across the border.", "Five thousand")
    assert (f.kind, f.value) == ("displaced", 5000)
    f = one(nlp, "A dozen soldiers died in the ambush.", "dozen")
    assert (f.kind, f.value) == ("killed", 12)


def test_percentages(nlp):
    f = one(nlp, "Turnout was 12% this time.", "12%")
    assert (f.kind, f.value, f.unit) == ("percent", 12, "percent")
    f = one(nlp, "Prices rose by more than 20 percent since the coup.", "20 percent")
    assert (f.kind, f.low) == ("percent", 20)


def test_dates_times_ages_ordinals_are_not_figures(nlp):
    text = ("The 45-year-old man, aged 45, arrived at 6am on 3 March 2019. It was the third attack "
            "since 1999, in the mid-1800s style. Article 5 applies. One of the men left.")
    assert figs(nlp, text) == []


def test_money_attaches_to_the_governing_aid_event(nlp):
    text = "The agency gave $52 million to the opposition and criticised the government."
    doc = nlp(text)
    gave = text.index("gave")
    crit = text.index("criticised")
    events = [
        Event(crit, crit + 10, "criticised", "ACCUSE", 0),
        Event(gave, gave + 4, "gave", "AID", 0),
    ]
    (f,) = find_figures(doc, [], events)
    assert f.event == "e1"


def test_users_example_figures(nlp, seed_path):
    from dyads.ingest import read_inputs

    article = next(iter(read_inputs([str(seed_path)])))
    figures = find_figures(nlp(article.text), [], [])
    for f in figures:
        assert article.text[f.start : f.end] == f.text
    found = {f.text: f for f in figures}
    # the six figures a reader finds ('$52 million' is stated twice); years are not figures
    assert set(found) == {"more than $50 million", "$52 million", "hundreds of millions of dollars",
                          "more than 50", "Over 40,000", "tens of billions of dollars"}
    assert found["more than $50 million"].low == 5e7
    assert found["$52 million"].value == 52e6
    assert found["hundreds of millions of dollars"].high == 1e9
    assert found["tens of billions of dollars"].low == 1e10
    killed = next(f for f in found.values() if "40,000" in f.text)
    assert killed.kind == "killed" and killed.low == 40000
    states = next(f for f in found.values() if "50" in f.text and f.kind != "money")
    assert states.kind == "states"
    assert not any(f.text in ("1999", "2017") for f in found.values())


def test_no_one_is_nobody_not_one_person(nlp):
    found = figs(nlp, "Guards injured no one in the raid, and no one was killed. One man was arrested.")
    assert [(f.kind, f.value) for f in found] == [("arrested", 1)]
