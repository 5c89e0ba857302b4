"""Known universities keep their own state, embassies are their state's government, a known
surname used as someone else's given name is not that person, and animals, likenesses and
species are no people."""
from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Article, Actor



def _actors(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date="2019-06-01"))


def _by_text(nlp, text: str) -> dict[str, Actor]:
    return {a.text: a for a in _actors(nlp, text)}


def test_a_listed_university_keeps_its_state_whatever_the_story_is_about(nlp):
    found = _by_text(nlp, "New Zealand police said so. Professor Greg Barton of Deakin "
                          "University said the attacker had trained. Sweden agreed. A "
                          "professor at Princeton University said Sweden had erred.")
    assert found["Deakin University"].code == "AUSEDU"
    assert found["Princeton University"].code == "USAEDU"


def test_an_unlisted_school_still_takes_the_state_of_its_name(nlp):
    found = _by_text(nlp, "Scientists from the University of Leeds said so.")
    assert found["the University of Leeds"].code == "GBREDU"


def test_a_person_of_a_states_university_takes_the_university(nlp):
    acts = _actors(nlp, "Sally Wasef of Australia's Griffith University wrote the paper.")
    person = next(a for a in acts if a.kind == "person")
    assert person.code == "AUSEDU"


def test_a_known_surname_that_opens_another_name_is_a_given_name(nlp):
    found = _by_text(nlp, "Former Canadian Ambassador to NATO Kerry Buck said the alliance "
                          "would respond.")
    person = next(a for a in found.values() if a.kind == "person")
    assert "Buck" in person.text and person.country == "CAN"
    assert not any(a.country == "USA" for a in found.values())


def test_two_known_names_before_a_noun_stay_the_first_person(nlp):
    found = _by_text(nlp, "The Trump Kim summit failed.")
    assert any(a.code == "USAGOV" and "Trump" in a.text for a in found.values())


def test_an_embassy_is_its_states_government_in_one_mention(nlp):
    found = _by_text(nlp, "The Chinese Embassy said on Monday that the claims were false.")
    assert found["The Chinese Embassy"].code == "CHNGOV"
    assert "Chinese" not in found


def test_an_embassy_is_not_of_the_state_it_sits_in(nlp):
    acts = _actors(nlp, "Khashoggi was murdered in the Saudi consulate in Istanbul, Turkey. "
                        "He entered the consulate in Istanbul on October 2.")
    consulates = [a for a in acts if "consulate" in a.text]
    assert len(consulates) == 2 and all(a.code == "SAUGOV" for a in consulates)
    unnamed = _by_text(nlp, "The story is about India. The Myanma embassy confirmed two "
                            "pilgrims died in India.")
    assert all(a.country != "IND" for t, a in unnamed.items() if "embassy" in t)


def test_a_body_based_in_a_described_place_takes_the_place(nlp):
    found = _by_text(nlp, "A newspaper based in Christian east Beirut has violated a ban.")
    assert found["A newspaper"].code == "LBNJRN"


def test_animals_likenesses_and_species_are_no_people(nlp):
    texts = {a.text for a in _actors(
        nlp, "The lodge billed itself as home to three lions: Rambo, Katryn and Nakita. "
             "A lion called Katryn escaped. \"I felt like Cinderella at the ball,\" she said. "
             "Corals off Fiji, Acropora millepora and Porites cylindrica, bleached.")}
    assert not texts & {"Katryn", "Nakita", "Cinderella", "Acropora millepora",
                        "Porites cylindrica"}
    texts = {a.text for a in _actors(nlp, "Jane Smith looked like a winner after meeting "
                                          "John Doe.")}
    assert {"Jane Smith", "John Doe"} <= texts
