"""Session 23: troops sent to join a force are aimed at where the force serves, refuge is asked of
the place it is sought in, and a resignation is aimed at the body whose office it leaves
(arguments._joined_force, argument_slots._refuge_place and _office_left; sentences are our own)."""

from __future__ import annotations

import pytest

from cli_records import code_records, event_at, phrase_texts


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return code_records([
        "Ghana is sending troops to the African Union peacekeeping force in South Sudan.",
        "Hundreds of migrants arrived in Greece seeking asylum last month.",
        "The prime minister said he was resigning as leader of the Labour Party.",
    ])


@pytest.mark.model
def test_troops_sent_to_join_a_force_are_aimed_at_where_it_serves(coded):
    rec = coded[0]
    ev = event_at(rec, "sending")
    assert phrase_texts(rec, ev, "source") == ["Ghana"]
    assert phrase_texts(rec, ev, "target") == ["South Sudan"]


@pytest.mark.model
def test_refuge_is_sought_from_the_place_the_seekers_arrive_in(coded):
    rec = coded[1]
    ev = event_at(rec, "seeking")
    assert phrase_texts(rec, ev, "target") == ["Greece"]


@pytest.mark.model
def test_a_resignation_is_aimed_at_the_body_of_the_office_left(coded):
    rec = coded[2]
    ev = event_at(rec, "resigning")
    assert phrase_texts(rec, ev, "source") == ["The prime minister"]
    assert phrase_texts(rec, ev, "target") == ["the Labour Party"]
