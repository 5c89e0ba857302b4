"""Session 38, helper p: trigger words that name no act of a party (a resolve "cannot allow ...",
an order about an object, relief voiced, a document's terms, help sought "if needed", an analyst's
warning), an announced protest kept ahead, and a "they" of a time clause after a
meeting that means the people met. Sentences written for these tests; each rule has a case it
must leave alone."""

from __future__ import annotations

import pytest

from event_helpers import checked_events, trigger_texts


@pytest.mark.parametrize("text, trigger", [
    ('"We cannot allow a handful of smugglers to hold the whole coast to ransom," the Kenyan president said.',
     "allow"),
    ("Chile's president welcomed the verdict and said it should allow Chile and Peru to move on.", "allow"),
    ("Museveni said the Ugandan army would not allow the country to descend into anarchy again.", "allow"),
    ("The Latvian cabinet met overnight and ordered the old statue removed from the square.", "ordered"),
    ("In Kisumu, Kenyan farmers voiced both relief and anger at the decision.", "relief"),
    ("Officials said a Fijian delegation would fly to Beijing to sign a communique establishing relations.",
     "establishing"),
    ("Hichilema has said his government would seek help from the IMF if needed to avoid a default.", "seek"),
    ("Jane Okello, an analyst at a think tank in Nairobi, praised the accord but warned it could collapse "
     "in the Kenyan parliament.", "warned"),
])
def test_no_act_named(nlp, text, trigger):
    assert trigger not in trigger_texts(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Croatia said it would not allow incidents in its waters.", "allow"),
    ("The Bolivian army chief ordered the troops back to their barracks.", "ordered"),
    ("The Bolivian government ordered the soldiers confined to their barracks.", "ordered"),
    ("A judge in La Paz ordered the Bolivian blogger held for two weeks.", "ordered"),
    ("The IMF approved debt relief for Sudan worth about $50 billion.", "relief"),
    ("The Kenyan president warned the rebels that the army would strike their camps.", "warned"),
])
def test_acts_kept(nlp, text, trigger):
    assert trigger in trigger_texts(nlp, text)


def test_announced_protest_is_ahead(nlp):
    text = "Pro-Kremlin activists announced pickets outside the Latvian embassy in Moscow."
    found = [e for e in checked_events(nlp, text) if e.trigger == "pickets"]
    assert found and all(e.future for e in found)


def test_held_protest_is_not_ahead(nlp):
    text = "Pro-Kremlin activists staged pickets outside the Latvian embassy in Moscow on Friday."
    found = [e for e in checked_events(nlp, text) if e.trigger == "pickets"]
    assert found and not any(e.future for e in found)


def test_they_after_a_meeting_are_the_people_met(nlp):
    text = ("GENEVA, May 3 (Wire) - Kerry met officials from Serbia and Kosovo on Friday before they agreed "
            "to sign the accord.")
    agreed = [e for e in checked_events(nlp, text) if e.trigger == "agreed"]
    assert agreed
    codes = {a.code for e in agreed for a in e.source}
    assert "USAGOV" not in codes
    assert codes & {"SRBGOV", "XKXGOV", "SRB", "XKX"}
