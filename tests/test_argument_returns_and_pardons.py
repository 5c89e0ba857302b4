"""Session 23: giving back what was seized is aimed at whom it was taken from, and an agentless
release is done by whoever the clause beside it says freed the person (argument_slots._taken_from
and _freed_by; sentences are our own)."""

from __future__ import annotations

import pytest

from cli_records import code_records, event_at, phrase_texts


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return code_records([
        "The gunmen said they would return the rifles they seized from the Malian army.",
        "The journalist was released on Monday after President Alpha Conde pardoned him.",
    ])


@pytest.mark.model
def test_returning_seized_things_is_aimed_at_their_owner(coded):
    rec = coded[0]
    ev = event_at(rec, "return")
    assert phrase_texts(rec, ev, "source") == ["The gunmen"]
    assert phrase_texts(rec, ev, "target") == ["the Malian army"]


@pytest.mark.model
def test_the_pardoner_did_an_agentless_release(coded):
    rec = coded[1]
    ev = event_at(rec, "released")
    assert phrase_texts(rec, ev, "source") == ["President Alpha Conde"]
    assert phrase_texts(rec, ev, "target") == ["The journalist"]
