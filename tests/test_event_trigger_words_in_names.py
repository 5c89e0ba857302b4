"""Session 23: a capitalised common noun closing a run of proper nouns is a word of a name, never
an act ("Hope Flying Aid"), while headlines keep their capitalised acts (event_matching.name_word;
sentences are our own)."""

from __future__ import annotations

import pytest

from cli_records import code_records


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return code_records([
        "The Danish charity Hope Flying Aid has been delivering medical supplies to Yemenis for years.",
        "Japan Sends Flood Aid To Pakistan",
    ])


@pytest.mark.model
def test_a_word_of_an_organisations_name_is_no_act(coded):
    assert "Aid" not in [e["trigger"] for e in coded[0]["events"]]


@pytest.mark.model
def test_a_headline_keeps_its_capitalised_act(coded):
    sends = [e for e in coded[1]["events"] if e["trigger"] == "Sends"]
    assert sends and sends[0]["type"] == "AID"


def test_name_word_needs_a_proper_noun_before_it(nlp):
    from dyads.event_matching import name_word

    doc = nlp("The Danish charity Hope Flying Aid has been delivering food aid to Yemenis.")
    assert name_word([t for t in doc if t.text == "Aid"][0])
    assert not name_word([t for t in doc if t.text == "aid"][0])
