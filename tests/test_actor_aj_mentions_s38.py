"""Session 38, helper o: actor mentions of batch AJ judged wrong (a capitalised dictionary noun
read as a person, an ocean's adjective inside a body's name, the SPLM after South Sudan's
independence, a list of cities, a state's plural demonym, listed members of a placed group,
an exile's refuge, people under a state's law, and "it" for a resolution). Sentences written
for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Article


def codes_of(nlp, text: str, span: str, date: str = "2022-06-01") -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date)) if a.text == span]


def texts_of(nlp, text: str, date: str = "2022-06-01") -> list[str]:
    return [a.text for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def test_a_sentences_capitalised_dictionary_noun_is_no_person(nlp):
    text = ("VICTORIA, May 3 (Wire) - Voters in Seychelles chose a new parliament on Sunday. "
            "Turnout was high, the electoral commission said.")
    assert "Turnout" not in texts_of(nlp, text)


@pytest.mark.parametrize("text, span", [
    pytest.param("WASHINGTON, May 3 (Wire) - The Senate confirmed the new envoy on Tuesday. "
                 "Rice said the vote was fair.", "Rice", id="lone-surname-that-speaks"),
    pytest.param("LONDON, May 3 (Wire) - Baker was arrested at the airport and waived extradition to Spain.",
                 "Baker", id="surname-that-is-also-a-noun"),
    pytest.param("SEVASTOPOL, May 3 (Wire) - Russia held naval drills on Sunday. The Black Sea Fleet "
                 "sent two frigates.", "The Black Sea Fleet", id="fleet-named-after-a-sea"),
])
def test_a_name_that_looks_like_a_word_stays_an_actor(nlp, text, span):
    assert codes_of(nlp, text, span) != []


@pytest.mark.parametrize("text, span, codes", [
    pytest.param("PORT LOUIS, May 3 (Wire) - Mauritius held elections on Sunday. Analysts at the Indian "
                 "Ocean Policy Centre said the result was close.", "Indian", [],
                 id="oceans-adjective-in-an-institutes-name-is-no-state"),
    pytest.param("BEIRUT, May 3 (Wire) - The singer will perform in Paris, New York, Los Angeles and "
                 "Beirut this summer.", "Paris", ["FRA"], id="capital-in-a-list-of-cities-stays-the-capital"),
    pytest.param("DALLAS, May 3 (Wire) - Police in Paris, Texas said two men were arrested on Monday.",
                 "Paris", ["USA"], id="town-before-its-us-state-is-american"),
    pytest.param("WASHINGTON, May 3 (Wire) - The United States and Qatar signed a trade pact on Friday. "
                 "A U.S. labour federation said Qatari law does not allow workers to form unions.",
                 "workers", ["QATLAB"], id="people-under-a-states-law-are-of-that-state"),
    pytest.param("NEW YORK, May 3 (Wire) - The Security Council voted on a new text on Friday. The measure, "
                 "drafted by Norway, passed by 12 votes, with Russia voting against and India abstaining. "
                 "It also asks states to freeze the group's assets.", "It", [],
                 id="it-goes-on-with-the-resolution-not-an-abstaining-state"),
])
def test_mention_codes(nlp, text, span, codes):
    assert codes_of(nlp, text, span) == codes


@pytest.mark.parametrize("text, span, states", [
    pytest.param("MALABO, May 3 (Wire) - A court jailed several foreigners on Friday. Four Djiboutians "
                 "were released.", "Djiboutians", ["DJI"], id="plural-demonym-names-its-state"),
    pytest.param("NAIROBI, May 3 (Wire) - Germany expelled two diplomats on Friday. A Berlin court issued "
                 "warrants for six senior Kenyan officials, among them the head of the presidential "
                 "guard, Wanjiru Otieno.", "Wanjiru Otieno", ["KEN"],
                 id="person-listed-among-a-placed-group-is-of-its-state"),
])
def test_mention_states(nlp, text, span, states):
    assert [c[:3] for c in codes_of(nlp, text, span)] == states


def test_the_splm_after_independence_is_south_sudans_ruling_party(nlp):
    text = ("JUBA, May 3 (Wire) - Rivals of the president met in the capital. They want to lead the "
            "ruling Sudan People's Liberation Movement at its next congress.")
    assert codes_of(nlp, text, "Sudan People's Liberation Movement", date="2014-05-03") == ["SSDPTY"]
    assert codes_of(nlp, text, "Sudan People's Liberation Movement", date="1998-05-03") == ["SDNREB"]


def test_an_exile_is_not_of_his_refuge(nlp):
    text = ("DAKAR, May 3 (Wire) - Senegal's opposition leader Aliou Ndiaye returned to Senegal on "
            "Friday. Ndiaye, who had lived in exile in France since 2019, was met by crowds.")
    assert all(not c or not c.startswith("FRA") for c in codes_of(nlp, text, "Ndiaye"))
