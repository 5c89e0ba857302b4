"""Deeds read as pledges or demands, offers and "until" conditions not yet done, nouns that only
label a document or a trade, and acts whose kind the object decides (all sentences our own)."""

import pytest

from event_helpers import code_events as _events, events_of as _of


def _at(nlp, text: str, trigger: str):
    """The events whose trigger text is ``trigger``."""
    return [e for e in _events(nlp, text) if e.trigger == trigger or text[e.start:e.end] == trigger]


@pytest.mark.parametrize("text, kind", [
    ("The rebels committed atrocities against villagers in the north.", "AGREE"),
    ("Investigators said war crimes were committed by the army in the province.", "AGREE"),
    ("Protesters seeking a coup stormed the parliament.", "REQUEST"),
    ("The army launched an offensive to push the rebels from the northern town.", "REQUEST"),
    ("A French court issued a ruling allowing the prosecution of Syrian officials.", "CONCEDE"),
    ("The opposition rejected the draft ceasefire proposal put forward by the government.", "RETREAT"),
    ("The minister said a ceasefire in Yemen is meaningless.", "RETREAT"),
    ("The junta expelled foreign aid workers from the region.", "AID"),
])
def test_no_event_in_deed_or_label_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("The government committed to a ceasefire with the rebels.", "AGREE"),
    ("The opposition pushed the government to hold early elections.", "REQUEST"),
    ("Iran is seeking talks with the United States.", "REQUEST"),
    ("Egypt allowed Israeli inspectors into the Sinai.", "RETREAT"),
])
def test_counter_cases_keep_their_event(nlp, text, kind):
    assert _of(nlp, text, kind)


def test_purpose_of_an_offer_is_not_done(nlp):
    text = "China has offered to send doctors to help Liberia."
    assert _of(nlp, text, "AID") == []
    assert all(e.future for e in _events(nlp, text))


def test_until_condition_is_hypothetical_but_past_until_is_not(nlp):
    pending = _at(nlp, "The EU will not lift sanctions until Russia withdraws its troops from Crimea.", "withdraws")
    assert pending and all(e.hypothetical for e in pending)
    done = _at(nlp, "Russia kept its troops in Crimea until the army withdrew them in May.", "withdrew")
    assert all(not e.hypothetical for e in done)


def test_talks_after_a_future_meeting_are_ahead(nlp):
    text = "The Kenyan president will meet the Ugandan leader in Nairobi next week for talks on trade."
    talks = _at(nlp, text, "talks")
    assert all(e.future for e in talks)
    assert not _of(nlp, text, "CONSULT")


def test_aid_handed_over_is_aid_but_a_suspect_handed_over_is_not(nlp):
    assert _of(nlp, "Japan handed over medical supplies to the Health Ministry of Kenya.", "AID")
    assert _of(nlp, "Canada handed over more than $2 million worth of vaccines to Ghana.", "AID")
    assert not _of(nlp, "The police handed over the suspect to Interpol.", "AID")


def test_a_cyber_attack_coerces(nlp):
    events = _of(nlp, "Russian hackers launched a cyber-attack on Ukrainian power companies.", "COERCE")
    assert events and events[0].cameo == "172"
    assert _of(nlp, "Russian troops launched an attack on Ukrainian power plants.", "ASSAULT")


def test_funds_to_support_are_aid_but_plain_support_is_not(nlp):
    text = "The European Union is mobilising additional funds to support peace building in Colombia."
    assert _of(nlp, text, "AID") and not _of(nlp, text, "SUPPORT")
    assert not _of(nlp, "The Spanish minister said Spain would support Colombia.", "AID")


def test_forcing_aid_workers_out_is_an_expulsion_but_villagers_out_stays_an_assault(nlp):
    events = _of(nlp, "The junta forced foreign aid workers out of the region.", "SANCTION")
    assert events and events[0].cameo == "1663"
    assert not _of(nlp, "The army forced thousands of villagers out of their homes.", "SANCTION")


def test_a_draft_truce_that_is_rejected_is_no_truce(nlp):
    text = "The opposition rejected the draft truce resolution tabled by some members of the Security Council."
    assert _of(nlp, text, "REJECT") and not _of(nlp, text, "RETREAT")


# (session 33, helper j) ties put under review, and a move regarded as hostile


def test_review_of_cooperation_held_out_is_a_threat(nlp):
    text = "Norway said it was ready to review its cooperation with Malawi if the crackdown went on."
    found = [e for e in _events(nlp, text) if e.trigger == "review"]
    assert found and (found[0].type, found[0].cameo) == ("THREATEN", "1311")
    assert not [e for e in _events(nlp, "The World Bank reviewed its aid to Malawi last year.")
                if e.trigger == "reviewed"]


def test_move_regarded_as_unfriendly_act_is_criticism(nlp):
    for text in ("Lithuania regarded the Russian decision as an unfriendly act.",
                 "Lithuania sees the Russian decision as a provocation."):
        found = [e for e in _events(nlp, text) if e.type == "ACCUSE"]
        assert found and found[0].cameo == "111", text
    assert not [e for e in _events(nlp, "Lithuania sees the Russian visit as an act of goodwill.")
                if e.type == "ACCUSE"]
