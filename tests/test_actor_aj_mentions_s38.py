"""Session 38, helper o: actor mentions of batch AJ judged wrong (a capitalised dictionary noun
read as a person, an ocean's adjective inside a body's name, the SPLM after South Sudan's
independence, a list of cities, a state's plural demonym, listed members of a placed group,
an exile's refuge, people under a state's law, and "it" for a resolution). Sentences written
for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

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


def test_a_lone_surname_that_speaks_stays_a_person(nlp):
    text = ("WASHINGTON, May 3 (Wire) - The Senate confirmed the new envoy on Tuesday. "
            "Rice said the vote was fair.")
    assert codes_of(nlp, text, "Rice") != []


def test_a_surname_that_is_also_a_noun_stays_a_person(nlp):
    text = "LONDON, May 3 (Wire) - Baker was arrested at the airport and waived extradition to Spain."
    assert codes_of(nlp, text, "Baker") != []


def test_an_oceans_adjective_inside_an_institutes_name_is_no_state(nlp):
    text = ("PORT LOUIS, May 3 (Wire) - Mauritius held elections on Sunday. Analysts at the Indian "
            "Ocean Policy Centre said the result was close.")
    assert codes_of(nlp, text, "Indian") == []


def test_a_fleet_named_after_a_sea_keeps_its_name(nlp):
    text = ("SEVASTOPOL, May 3 (Wire) - Russia held naval drills on Sunday. The Black Sea Fleet "
            "sent two frigates.")
    assert codes_of(nlp, text, "The Black Sea Fleet") != []


def test_the_splm_after_independence_is_south_sudans_ruling_party(nlp):
    text = ("JUBA, May 3 (Wire) - Rivals of the president met in the capital. They want to lead the "
            "ruling Sudan People's Liberation Movement at its next congress.")
    assert codes_of(nlp, text, "Sudan People's Liberation Movement", date="2014-05-03") == ["SSDPTY"]
    assert codes_of(nlp, text, "Sudan People's Liberation Movement", date="1998-05-03") == ["SDNREB"]


def test_a_capital_in_a_list_of_cities_stays_the_capital(nlp):
    text = ("BEIRUT, May 3 (Wire) - The singer will perform in Paris, New York, Los Angeles and "
            "Beirut this summer.")
    assert codes_of(nlp, text, "Paris") == ["FRA"]


def test_a_town_before_its_us_state_is_american(nlp):
    text = "DALLAS, May 3 (Wire) - Police in Paris, Texas said two men were arrested on Monday."
    assert codes_of(nlp, text, "Paris") == ["USA"]


def test_a_plural_demonym_names_its_state(nlp):
    text = ("MALABO, May 3 (Wire) - A court jailed several foreigners on Friday. Four Djiboutians "
            "were released.")
    assert [c[:3] for c in codes_of(nlp, text, "Djiboutians")] == ["DJI"]


def test_a_person_listed_among_a_placed_group_is_of_its_state(nlp):
    text = ("NAIROBI, May 3 (Wire) - Germany expelled two diplomats on Friday. A Berlin court issued "
            "warrants for six senior Kenyan officials, among them the head of the presidential "
            "guard, Wanjiru Otieno.")
    assert [c[:3] for c in codes_of(nlp, text, "Wanjiru Otieno")] == ["KEN"]


def test_an_exile_is_not_of_his_refuge(nlp):
    text = ("DAKAR, May 3 (Wire) - Senegal's opposition leader Aliou Ndiaye returned to Senegal on "
            "Friday. Ndiaye, who had lived in exile in France since 2019, was met by crowds.")
    assert all(not c or not c.startswith("FRA") for c in codes_of(nlp, text, "Ndiaye"))


def test_people_under_a_states_law_are_of_that_state(nlp):
    text = ("WASHINGTON, May 3 (Wire) - The United States and Qatar signed a trade pact on Friday. "
            "A U.S. labour federation said Qatari law does not allow workers to form unions.")
    assert codes_of(nlp, text, "workers") == ["QATLAB"]


def test_it_goes_on_with_the_resolution_not_a_state_abstaining(nlp):
    text = ("NEW YORK, May 3 (Wire) - The Security Council voted on a new text on Friday. The measure, "
            "drafted by Norway, passed by 12 votes, with Russia voting against and India abstaining. "
            "It also asks states to freeze the group's assets.")
    assert codes_of(nlp, text, "It") == []
