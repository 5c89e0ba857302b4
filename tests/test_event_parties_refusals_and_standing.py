"""Refused pacts, standing under a treaty, legal status after "on", places beside a victim and
people moved (all sentences our own)."""

from event_helpers import code_events as _events, event_at

from dyads.arguments import add_argument_spans


def _phrases(doc, event) -> tuple[list[str], list[str]]:
    add_argument_spans(doc, [event])
    text = doc.text
    return [text[s:e] for s, e in event.source_spans], [text[s:e] for s, e in event.target_spans]


def test_refused_pact_is_no_agreement_made(nlp):
    events = _events(nlp, "Peru refused to sign the trade pact with Chile on Friday.")
    assert [e.type for e in events] == ["REJECT"]
    assert {a.code for a in events[0].target} == {"CHL"}


def test_urged_treaty_is_no_agreement_made(nlp):
    events = _events(nlp, "The United Nations urged Brazil to ratify the climate accord.")
    assert "AGREE" not in {e.type for e in events}
    assert "REQUEST" in {e.type for e in events}


def test_signed_pact_still_coded(nlp):
    events = _events(nlp, "Peru signed the trade pact with Chile on Friday.")
    assert any(e.type == "SUPPORT" and e.cameo == "057" for e in events)


def test_being_a_party_to_a_treaty_is_a_standing(nlp):
    for text in ("Norway is not a party to the fishing treaty.",
                 "Norway remains a signatory to the fishing treaty.",
                 "Norway, which is a party to the fishing treaty, objected to the quota."):
        assert not [e for e in _events(nlp, text) if e.trigger == "treaty"], text


def test_becoming_a_party_is_joining(nlp):
    events = [e for e in _events(nlp, "Norway became a party to the fishing treaty in May.") if e.trigger == "treaty"]
    assert events and events[0].cameo == "057" and not events[0].negated


def test_bail_is_no_target(nlp):
    doc = nlp("A Kenyan court freed on bail three former governors.")
    event = event_at(doc, "freed", source=["A Kenyan court"], type_="RETREAT")
    _, target = _phrases(doc, event)
    assert "bail" not in target
    assert target == ["three former governors"]


def test_parole_after_the_object_is_no_target(nlp):
    doc = nlp("The board freed the two journalists on parole.")
    event = event_at(doc, "freed", source=["The board"], type_="RETREAT")
    assert _phrases(doc, event)[1] == ["the two journalists"]


def test_victim_not_replaced_by_the_place(nlp):
    doc = nlp("Security agents tortured a 40-year-old detainee to death in northern Chad yesterday.")
    event = event_at(doc, "tortured", source=["Security agents"], target=["Chad"])
    assert _phrases(doc, event)[1] == ["a 40-year-old detainee"]


def test_place_target_kept_for_a_thing_done(nlp):
    # the object is a thing, so the place where it was done stays the named party
    doc = nlp("The rebels detonated a car bomb in Kabul.")
    event = event_at(doc, "detonated", source=["The rebels"], target=["Kabul"])
    assert _phrases(doc, event)[1] == ["Kabul"]


def test_people_deported_are_the_target_not_the_destination(nlp):
    doc = nlp("Mexican authorities deported 400 migrants to Guatemala last week.")
    event = event_at(doc, "deported", source=["Mexican authorities"], target=["Guatemala"], type_="COERCE")
    assert _phrases(doc, event)[1] == ["400 migrants"]


def test_thing_returned_still_points_at_the_receiver(nlp):
    doc = nlp("Italy returned a stolen painting to Greek authorities.")
    event = event_at(doc, "returned", source=["Italy"], target=["Greek authorities"], type_="RETREAT")
    assert _phrases(doc, event)[1] == ["Greek authorities"]
