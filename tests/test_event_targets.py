"""Who the target is: recipients of giving verbs, places when no party is named, requests kept."""

from dyads.arguments import add_argument_spans
from dyads.event_confidence import reweigh_events
from dyads.model import Article
from dyads.pipeline import annotate_doc


def _events(nlp, text):
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text), doc)
    add_argument_spans(doc, art.events)
    return text, art.events


def test_recipient_stranded_in_a_long_object(nlp):
    text, events = _events(nlp, "Japan returned a bronze statue engraved with the image of a "
                                "samurai to Chinese authorities on Monday.")
    giving = [e for e in events if e.type in ("RETREAT", "AID", "CONCEDE")]
    assert giving, events
    e = giving[0]
    assert [a.country for a in e.target] == ["CHN"]
    assert any(text[s:t].startswith("Chinese authorities") for s, t in e.target_spans)


def test_a_request_survives_a_neutral_sentence(nlp):
    text = "General Qamar Bajwa urged Pakistan to elaborate a comprehensive security policy."
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text), doc)
    kept = reweigh_events(doc, art.events)
    assert any(e.type == "REQUEST" for e in kept)


def test_the_place_is_the_target_when_no_party_is_named(nlp):
    text, events = _events(nlp, "Rebel fighters fired rockets at hillside positions near Kandahar on Sunday.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and [a.country for a in attacks[0].target] == ["AFG"]


def test_a_meeting_place_is_not_a_target(nlp):
    text, events = _events(nlp, "Iranian diplomats held talks in Geneva on Monday.")
    assert all(a.country != "CHE" for e in events for a in e.target)
