"""Participant phrase boundaries, session 11: a site or group the parser hung on the verb, groups
of people listed without shared modifiers, and commentary deep inside a phrase (a described
person, an "or" alternative)."""

from __future__ import annotations


from dyads.arguments import add_argument_spans, participant_spans

from event_helpers import event_at, phrases_at as _spans



def test_site_keeps_its_place_hung_on_the_verb(nlp):
    assert ("T", "the airport in Goma") in _spans(nlp, "Rebel fighters seized the airport in Goma on Sunday.", "seized")
    assert ("T", "the mosque in Kabul") in _spans(nlp, "Soldiers stormed the mosque in Kabul.", "stormed")


def test_people_and_a_place_stay_apart(nlp):
    """People done to keep their own phrase: the place only says where."""
    spans = _spans(nlp, "Guards tortured a prisoner to death in northern Iran.", "tortured")
    assert ("T", "a prisoner") in spans


def test_groups_of_people_listed_bare_are_separate_parties(nlp):
    spans = _spans(nlp, "Police detained protesters and bystanders near the square.", "detained")
    assert ("T", "protesters") in spans and ("T", "bystanders") in spans


def test_shared_modifier_keeps_one_phrase(nlp):
    spans = _spans(nlp, "The regime freed a Canadian doctor and nurse last week.", "freed")
    assert ("T", "a Canadian doctor and nurse") in spans


def test_described_person_deep_in_phrase_is_cut(nlp):
    spans = _spans(nlp, "Police arrested two bodyguards of Ahmed Karim, a former interior minister, on Monday.", "arrested")
    assert ("T", "two bodyguards of Ahmed Karim") in spans


def test_described_person_as_the_party_stays(nlp):
    spans = _spans(nlp, "Ahmed Karim, a former interior minister, has surrendered to the police.", "surrendered")
    assert ("S", "Ahmed Karim, a former interior minister") in spans


def test_or_alternative_deep_in_phrase_is_cut(nlp):
    spans = _spans(nlp, "Jets bombed a weapons store of the Syrian army or its allied militias.", "bombed")
    assert ("T", "a weapons store of the Syrian army") in spans


def test_content_of_an_offer_is_cut(nlp):
    spans = _spans(nlp, "The rebels rejected a government offer of a truce.", "rejected")
    assert ("T", "a government offer") in spans


def test_adjective_of_a_thing_does_not_replace_the_named_receiver(nlp):
    """An actor that only describes the thing handed over ("Mayan artifacts") is no party."""
    doc = nlp("Officials returned dozens of pre-Columbian and Mayan artifacts to the Embassy of Honduras.")
    event = event_at(doc, "returned", source=["Officials"], target=["Mayan"], type_="RETREAT")
    add_argument_spans(doc, [event])
    spans = [(role, doc.text[s:e]) for role, s, e in participant_spans([event])]
    assert ("T", "the Embassy of Honduras") in spans and ("T", "Mayan") not in spans
