"""Session 19 (T2): party fixes from the round-3 wire judgements, on sentences of our own.

Each test pairs the fixed case with a near miss that must keep its record."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events

from dyads.kb import _spellings


def test_arabic_article_spellings_of_a_listed_name():
    """"al Shabaab", "Al-Shabaab": the article written with or without hyphen and capital."""
    assert "al Shabaab" in _spellings("al-Shabaab")
    assert "Al-Jazeera" in _spellings("Al Jazeera")
    assert _spellings("Real Madrid") == []  # no article inside another word


def test_unhyphenated_group_name_is_coded(nlp):
    codes = actor_codes(nlp, "A U.S. official said the strike hit a camp run by al Shabaab "
                             "near Kismayo.", date="2023-05-02")
    assert codes.get("al Shabaab") == "SOMREB"
    near = actor_codes(nlp, "A U.S. official said the strike hit a camp run by al-Shabaab "
                            "near Kismayo.", date="2023-05-02")
    assert near.get("al-Shabaab") == "SOMREB"


def test_government_fighters_are_the_state_forces(nlp):
    codes = actor_codes(nlp, "Rebels in Mali said that 12 government fighters died in an ambush near Gao.")
    assert codes.get("12 government fighters") == "MLIMIL"
    near = actor_codes(nlp, "Officials in Mali said that 12 rebel fighters died in an ambush near Gao.")
    assert near.get("12 rebel fighters") == "MLIREB"


def test_federation_president_speaks_for_labour(nlp):
    text = ('Textile workers in Bangladesh walked out of six factories on Monday. '
            '"We demand the wages we were promised," said federation president Rina Akter.')
    assert actor_codes(nlp, text).get("federation president Rina Akter") == "BGDLAB"
    near = ('Textile workers in Bangladesh walked out of six factories on Monday. '
            '"We demand calm," said Labour Minister Rina Akter.')
    assert actor_codes(nlp, near).get("Labour Minister Rina Akter") == "BGDGOV"


def test_group_named_as_plural_owns_its_spokesman(nlp):
    codes = actor_codes(nlp, "The Houthis denied losing the town. Their military spokesman, "
                             "Yahya Saree, said the fighters had withdrawn.", date="2022-01-25")
    assert codes.get("military spokesman") == "YEMREB"
    near = actor_codes(nlp, "The Yemeni army denied losing the town. Its military spokesman "
                            "said the troops had withdrawn.", date="2022-01-25")
    assert near.get("military spokesman") == "YEMMIL"


def test_who_acts_after_an_attack_did_not_make_it(nlp):
    events = code_events(nlp, "Police in Nigeria arrested twenty men after the bombing of a market in Kano.")
    bombing = [e for e in events if e.trigger == "bombing"]
    assert all("NGACOP" not in {a.code for a in e.source} for e in bombing)
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and "NGACOP" in {a.code for e in arrests for a in e.source}
