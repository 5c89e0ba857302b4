"""Where participant phrases start and end: hyphenated words, offices named with their holder,
two-field portfolios, and measures or acts looked through to the party they concern."""

from __future__ import annotations


from dyads.argument_phrases import argument_phrase
from dyads.events import find_events
from dyads.model import Article
from dyads.pipeline import annotate_doc

from event_helpers import phrases_at as _spans



def test_hyphenated_word_is_one_phrase(nlp):
    spans = _spans(nlp, "A Zimbabwe court has freed on bail two ex-ministers who served in the government.", "freed")
    assert ("T", "two ex-ministers") in spans
    assert all(p not in ("ex", "-", "ministers") for _, p in spans)


def test_office_and_holder_split_by_parser_are_one_party(nlp):
    text = ("Bahraini Prime Minister, Prince Khalifa bin Salman Al Khalifa, has received the UAE Ambassador "
            "to Bahrain, Abdulridha Abdullah Mahmoud Khori, to discuss ties.")
    targets = [p for r, p in _spans(nlp, text, "discuss") if r == "T"]
    assert targets == ["the UAE Ambassador to Bahrain, Abdulridha Abdullah Mahmoud Khori"]


def test_two_field_portfolio_is_not_two_parties(nlp):
    text = ("Foreign Minister Sergey Lavrov held talks with Minister of Foreign Affairs and Expatriates of "
            "the Hashemite Kingdom of Jordan Ayman Al Safadi, who is currently in Moscow.")
    phrases = [p for _, p in _spans(nlp, text, "held")]
    assert "Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan Ayman Al Safadi" in phrases
    assert "Expatriates" not in phrases


def test_two_offices_still_split(nlp):
    phrases = [p for _, p in _spans(nlp, "The Minister of Defence and the Minister of Finance met in Paris.", "met")]
    assert "The Minister of Defence" in phrases and "the Minister of Finance" in phrases


def test_measure_on_trade_points_at_destination(nlp):
    spans = _spans(nlp, "The government eased curbs on exports of wheat to Cuba.", "eased")
    assert ("T", "Cuba") in spans


def test_condemned_act_points_at_its_doer(nlp):
    text = "The leaders condemned the continuing threats made by the United States Government."
    assert ("T", "the United States Government") in _spans(nlp, text, "condemned")


def _event(nlp, text: str, trigger: str):
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text), doc)
    found = [e for e in find_events(doc, art.actors, art.quotes, art.date) if text[e.start:e.end] == trigger]
    assert found, f"no event at {trigger!r}"
    return found[0]


def test_eased_measure_targets_where_the_trade_goes(nlp):
    event = _event(nlp, "Japan lifted a ban on imports of beef to China.", "lifted")
    assert [a.code for a in event.target] == ["CHN"]


def test_protests_sweeping_a_place_target_it(nlp):
    text = "Violent protests by Muslim groups rocked the capital of Pakistan."
    event = _event(nlp, text, "protests")
    assert [a.code for a in event.target] == ["PAK"]
    assert text[event.target[0].start:event.target[0].end] == "Pakistan"  # not the protesters' own mention


def test_part_of_a_group_of_parties_stays_whole(nlp):
    spans = _spans(nlp, "The rebels freed some of the U.N. peacekeepers on Monday.", "freed")
    assert ("T", "some of the U.N. peacekeepers") in spans


def test_affiliation_participle_names_the_party(nlp):
    spans = _spans(nlp, "Militants affiliated with al-Qaeda attacked a police station.", "attacked")
    assert ("S", "Militants affiliated with al-Qaeda") in spans


def test_hyphen_before_a_finite_verb_is_not_joined(nlp):
    text = "Mugabe co-founded the party but was arrested in 1963."
    doc = nlp(text)
    start, end = argument_phrase(doc[0])
    assert doc[start:end].text == "Mugabe"
