"""Session 41, helper i: event records of batch AM. The owner of the craft a patient is moved on is
no target of the move ("evacuated on a Regional Security System aircraft"); a watchdog's grey list,
black list or list of jurisdictions under increased monitoring is a listing (SANCTION 163) whose
keeper is its doer, never a second target; a delivery received "from" a state is its aid; a lender's
financing is AID 071 to the state named, else to the story's own state, never to a third state."""

from __future__ import annotations

import pytest

from event_helpers import event_rows


def test_craft_owner_is_no_target_of_an_evacuation(nlp):
    text = ("The Tongan prime minister fell ill in Nuku'alofa. He was evacuated on a Royal New Zealand "
            "Air Force aircraft to Auckland.")
    rows = event_rows(nlp, text, "evacuated")
    assert rows and all("NZLMIL" not in target for _, _, _, target in rows)


def test_a_shot_at_a_craft_still_targets_its_owner(nlp):
    rows = event_rows(nlp, "Rebels fired on a United Nations aircraft near the border.", "fired")
    assert rows and rows[0][0] == "ASSAULT" and "UNO" in rows[0][3]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The Financial Action Task Force on Thursday added Panama to its list of jurisdictions under "
     "increased monitoring.", "added", "IGO", "PAN"),
    ("The European Union put Anguilla on its black list of tax havens.", "put", "EUR", "AIA"),
    # passive: whose list it is gives the listing, it is not listed itself
    ("Jamaica was placed on the FATF grey list in June.", "placed", "IGO", "JAM"),
    ("Cuba was added to the U.S. blacklist of state sponsors of terrorism.", "added", "USA", "CUB"),
])
def test_a_watchdog_listing_is_a_sanction_by_the_lists_keeper(nlp, text, trigger, source, target):
    assert event_rows(nlp, text, trigger) == [("SANCTION", "163", [source], [target])]


def test_a_list_of_speakers_is_no_listing(nlp):
    assert event_rows(nlp, "The committee added two ministers to its list of speakers for the session.",
                      "added") == []


def test_a_delivery_received_from_a_state_is_its_aid(nlp):
    rows = event_rows(nlp, "Paraguay received a first shipment of 20,000 doses from Moscow last week.",
                      "received")
    assert [(t, s, g) for t, _, s, g in rows] == [("AID", ["RUSGOV"], ["PRY"])]


@pytest.mark.parametrize("text, target", [
    ("The World Bank approved emergency financing for Tonga.", "TON"),
    ("The IMF approved financing for Sri Lanka after talks with India and China.", "LKA"),
])
def test_a_lenders_financing_goes_to_the_state_named(nlp, text, target):
    assert event_rows(nlp, text, "financing") == [("AID", "071", ["IGO"], [target])]


_TONGA = ("Tonga was hit by a volcanic eruption and a tsunami in January. Thousands of people in Tonga "
          "lost their homes, and the government of Tonga declared an emergency. ")


def test_a_lenders_financing_with_no_borrower_goes_to_the_storys_state(nlp):
    text = _TONGA + ("The United Nations launched an appeal, the World Bank approved emergency financing, "
                     "and neighbours including Fiji and Samoa sent water and food.")
    assert event_rows(nlp, text, "financing") == [("AID", "071", ["IGO"], ["TON"])]


def test_a_state_in_the_financings_own_clause_blocks_the_implied_borrower(nlp):
    rows = event_rows(nlp, _TONGA + "The World Bank approved emergency financing after Fiji asked for it.",
                      "financing")
    assert all("TON" not in target for _, _, _, target in rows)
