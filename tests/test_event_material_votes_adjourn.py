"""Backing in deeds, votes on motions, a house pausing its sittings, lifted penalties, accessions,
a court's findings and a minister speaking for his own state (all sentences our own)."""

import pytest

from event_helpers import code_events

DATE = "2019-07-01"  # the article date these tests have always been coded with


def _types(nlp, text):
    return [e.type for e in code_events(nlp, text, date=DATE)]


# --- 1. material backing is aid, spoken backing stays SUPPORT


def test_backing_with_weapons_is_military_aid(nlp):
    events = code_events(nlp, "Iran supports Hezbollah with money and weapons.", date=DATE)
    assert [(e.type, e.cameo) for e in events] == [("AID", "072")]
    assert [a.country for a in events[0].target] == ["LBN"]


def test_backing_by_a_deed_is_the_deed(nlp):
    events = code_events(nlp, "The US supported the rebels by sending arms.", date=DATE)
    assert [e.type for e in events] == ["AID"]
    assert "send" in events[0].trigger


def test_a_participle_after_a_shipment_is_no_verbal_support(nlp):
    text = "The airline carries weapons and fighters across the region, supporting the Syrian government."
    assert "SUPPORT" not in _types(nlp, text)


def test_plain_backing_stays_support(nlp):
    events = code_events(nlp, "Germany strongly supported Ukraine.", date=DATE)
    assert [(e.type, e.cameo) for e in events] == [("SUPPORT", "050")]


# --- 2. ending a punishment or a tax is no ban on a party


@pytest.mark.parametrize("text", [
    "For a time, California outlawed the death penalty.",
    "Saudi Arabia banned flogging last year.",
    "The new government abolished the poll tax.",
])
def test_lifting_a_burden_is_no_coercion(nlp, text):
    assert "COERCE" not in _types(nlp, text)


def test_banning_a_party_is_still_coercion(nlp):
    assert "COERCE" in _types(nlp, "The Egyptian government banned the opposition party.")


# --- 3. voting on a motion is no act toward an actor


def test_votes_on_a_resolution_are_no_events(nlp):
    text = ("The resolution passed along party lines, with 231 Democrats supporting the resolution "
            "and 194 Republicans opposing it.")
    assert code_events(nlp, text, date=DATE) == []


def test_a_bare_vote_on_a_bill_is_no_event(nlp):
    text = "The bill cleared the Senate easily; only three Republicans opposed, and one independent abstained."
    assert "REJECT" not in _types(nlp, text)


def test_a_motion_aimed_at_a_party_keeps_its_target(nlp):
    events = code_events(nlp, "Russia opposed the resolution against Syria.", date=DATE)
    assert [e.type for e in events] == ["REJECT"]
    assert [a.country for a in events[0].target] == ["SYR"]


# --- 4. a house pausing its sittings is no sanction; a house suspended by another party is


@pytest.mark.parametrize("text", [
    "After the prime minister's death, Tonga's parliament was suspended indefinitely.",
    "The Senate suspended its sittings for a week of mourning.",
])
def test_a_house_pausing_is_no_event(nlp, text):
    assert "SANCTION" not in _types(nlp, text)


def test_parliament_suspended_by_the_king_is_an_event(nlp):
    # (session 21: a ruler suspending the legislature restricts it, COERCE 172, no cut in relations)
    assert "COERCE" in _types(nlp, "Parliament was suspended by the king.")


# --- 5. a court's finding is a fact; an arrest's reason stays alleged


def test_what_a_court_sentences_for_is_a_fact(nlp):
    text = "The judge sentenced the couple to life in prison for torturing their children."
    torture = [e for e in code_events(nlp, text, date=DATE) if e.type == "ASSAULT"]
    assert torture and not torture[0].hypothetical


def test_what_an_arrest_is_for_stays_alleged(nlp):
    text = "Kenyan police arrested the man for torturing his neighbours."
    torture = [e for e in code_events(nlp, text, date=DATE) if e.type == "ASSAULT"]
    assert all(e.hypothetical for e in torture)


# --- 6. accessions, own-state duties, trips


def test_acceding_to_the_throne_is_no_concession(nlp):
    assert code_events(nlp, "In 1952 Elizabeth acceded to the throne.", date=DATE) == []


def test_acceding_to_demands_is_a_concession(nlp):
    assert "CONCEDE" in _types(nlp, "The Chilean government acceded to the protesters' demands.")


def test_a_duty_on_ones_own_state_is_no_request(nlp):
    assert "REQUEST" not in _types(nlp, "The British foreign minister said Britain must leave the EU by October.")


def test_a_duty_on_another_state_is_a_request(nlp):
    events = code_events(nlp, "Russia said Sudan must return the helicopter.", date=DATE)
    assert [e.type for e in events] == ["REQUEST"]
    assert [a.country for a in events[0].target] == ["SDN"]


def test_a_ministers_visit_abroad_is_consult_042(nlp):
    events = code_events(nlp, "The Chinese foreign minister paid a visit to Kenya on Friday.", date=DATE)
    assert [(e.type, e.cameo) for e in events] == [("CONSULT", "042")]
    assert [a.country for a in events[0].target] == ["KEN"]


def test_a_trip_to_the_beach_is_no_visit(nlp):
    assert code_events(nlp, "The family took a trip to the beach.", date=DATE) == []
