"""Round 4 of session 10: names listed after a plural title, bare residents as parties,
buildings described as such, war veterans, two-topic titles and world clergy near the
Vatican. Each rule has a case it must leave alone."""

from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Actor, Article



def _actors(nlp, text: str, date: str = "2019-10-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _codes(actors: list[Actor], text: str) -> list[str | None]:
    return [a.code for a in actors if a.text == text]


def test_names_in_apposition_to_a_plural_title_take_its_state_and_sector(nlp):
    actors = _actors(nlp, "Three US senators, Adam Kellow, Ruth Amsel, and Dora Pike, voted "
                          "against the bill.")
    for name in ("Adam Kellow", "Ruth Amsel", "Dora Pike"):
        assert _codes(actors, name) == ["USALEG"]


def test_a_speaker_set_off_after_a_plural_title_is_no_member(nlp):
    actors = _actors(nlp, "The US senators, Adam Kellow said, voted against the bill.")
    assert _codes(actors, "Adam Kellow") == [None]


def test_bare_residents_urged_by_an_official_are_the_scene_civilians(nlp):
    actors = _actors(nlp, "Floods hit Manila. Police urged residents to stay indoors, and "
                          "officials called on locals to leave.")
    assert _codes(actors, "residents") == ["PHLCVL"]
    assert _codes(actors, "locals") == ["PHLCVL"]


def test_residents_counted_are_no_party(nlp):
    actors = _actors(nlp, "Floods hit Manila. The number of residents rose.")
    assert not [a for a in actors if a.text == "residents"]


def test_a_name_described_as_a_church_is_a_building(nlp):
    text = ("Erdogan pledged converting Hagia Sophia, formerly a Greek Orthodox church and now "
            "a museum, to a mosque.")
    actors = _actors(nlp, text)
    assert not [a for a in actors if "Sophia" in a.text or a.text == "church"]


def test_a_company_described_by_a_common_noun_stays_an_actor(nlp):
    actors = _actors(nlp, "Apple, a company based in California, sued Samsung.")
    assert _codes(actors, "a company") == ["USABUS"]


def test_war_veterans_are_civilians_of_their_state(nlp):
    actors = _actors(nlp, "Zimbabwe's war veterans marched in Harare.")
    assert _codes(actors, "Zimbabwe's war veterans") == ["ZWECVL"]


def test_a_title_of_two_topics_joined_by_and_is_one_title(nlp):
    actors = _actors(nlp, "In Britain, the Police and Crime Commissioner Alan Roe said it.")
    person = [a for a in actors if "Alan Roe" in a.text]
    assert len(person) == 1 and person[0].text.endswith("Police and Crime Commissioner Alan Roe")
    assert person[0].sector == "COP"


def test_a_name_before_and_is_no_part_of_the_next_title(nlp):
    actors = _actors(nlp, "John Smith and Home Secretary Priti Patel spoke.")
    assert "John Smith" in [a.text for a in actors]


def test_bishops_near_the_vatican_are_not_its_citizens(nlp):
    actors = _actors(nlp, "The Vatican issued a decree. The decree instructs archbishops to "
                          "notify the Vatican of any abuse.")
    assert _codes(actors, "archbishops") == [None]


def test_vatican_officials_named_so_stay_vatican(nlp):
    actors = _actors(nlp, "Vatican archbishop Charles Scicluna spoke in Rome.")
    assert [a.country for a in actors if "Scicluna" in a.text] == ["VAT"]


def test_residents_an_official_urges_are_the_officials_people(nlp):
    actors = _actors(nlp, "A hurricane moved from Florida towards Cuba. In Havana, Cuban "
                          "President Miguel Diaz-Canel urged residents to evacuate.")
    assert _codes(actors, "residents") == ["CUBCVL"]


def test_a_church_that_travels_is_a_congregation_not_a_building(nlp):
    actors = _actors(nlp, "The Avoyelles House of Mercy, a Pentecostal church, had been "
                          "travelling 700 miles from Louisiana.")
    assert _codes(actors, "The Avoyelles House of Mercy") == ["USAREL"]
