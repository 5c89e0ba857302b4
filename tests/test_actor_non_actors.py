"""Round 4 of actor resolution: things that are no actors, schools, descriptions of a person,
and "it" in a condition clause. Sentences written for these tests."""

from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Article



def _actors(nlp, text: str):
    return find_actors(nlp(text), Article(id="t", text=text, date="2019-06-01"))


def _texts(nlp, text: str) -> list[str]:
    return [a.text for a in _actors(nlp, text)]


def test_vehicle_names_laws_and_programmes_are_no_actors(nlp):
    texts = _texts(nlp, "The ferry, Marlin Star, sank off the coast of Greece. Greek "
                        "coastguards said the Marlin Star had been overloaded.")
    assert not any("Marlin" in t for t in texts)
    assert "Greece" in texts
    texts = _texts(nlp, "The governor signed the Alabama Human Life Protection Act into law.")
    assert not any("Act" in t for t in texts)
    texts = _texts(nlp, "He took part in Project Starlight, a CIA program.")
    assert not any("Starlight" in t for t in texts) and "CIA" in texts
    texts = _texts(nlp, "A Boeing 707 cargo plane crashed near Tehran.")
    assert not any("Boeing" in t for t in texts)


def test_health_programmes_rankings_and_heritage_words(nlp):
    texts = _texts(nlp, "Cuts to Medicare and Medicaid were debated by the Senate in Washington.")
    assert "Medicare" not in texts and "Medicaid" not in texts
    texts = _texts(nlp, "On Monday, Ohio became the first state in the United States to pass it.")
    assert not any("first state" in t for t in texts)
    texts = _texts(nlp, "Assemblywoman Rosa Diaz said it is good to be a Latina in Nevada.")
    assert not any("Latina" in t for t in texts)


def test_participles_plurals_and_articles_are_not_part_of_names(nlp):
    texts = _texts(nlp, "Born Thomas Reed in Dayton, Ohio, he later moved to Chicago.")
    assert "Thomas Reed" in texts
    texts = _texts(nlp, "He toured with Band associates Paul Stone and Amy West in Texas.")
    assert "Paul Stone" in texts
    acts = _actors(nlp, "Researchers at the College of Wooster said so. The Wooster team "
                        "measured the ice.")
    assert not any(a.kind == "person" for a in acts)


def test_schools_take_a_state_only_from_a_named_state_or_province(nlp):
    by_text = {a.text: a for a in _actors(
        nlp, "Scientists from the University of Leeds and Kyoto University said so.")}
    assert by_text["the University of Leeds"].code == "GBREDU"
    assert by_text["Kyoto University"].code == "JPNEDU"
    acts = _actors(nlp, "Chinese University political scientist Lee Wai said the vote was "
                        "a protest.")
    person = next(a for a in acts if a.name == "Lee Wai")
    assert person.country is None and person.sector == "EDU"
    assert not any(a.text == "Chinese" for a in acts)


def test_a_person_of_a_body_takes_its_state_and_sector(nlp):
    acts = _actors(nlp, "Joanna Reed of the Scottish National Party petitioned the court.")
    assert next(a for a in acts if a.name == "Joanna Reed").code == "GBRPTY"


def test_descriptions_of_a_person_are_not_second_actors(nlp):
    acts = _actors(nlp, "Ms Jane Okoro, a minister and former Army colonel, met Daniel "
                        "Ortiz in Abuja. She said the talks went well.")
    assert [a.text for a in acts if a.kind == "person"] == ["Ms Jane Okoro", "Daniel Ortiz"]
    okoro = acts[0]
    assert okoro.sector == "GOV"
    she = next(a for a in acts if a.text == "She")
    assert she.name == "Jane Okoro"
    acts = _actors(nlp, "A Republican assemblywoman, Jill Tolles, said the party needed "
                        "more women.")
    assert not any(a.text == "Republican" for a in acts)
    tolles = next(a for a in acts if a.text == "Jill Tolles")
    assert tolles.sector == "LEG" and tolles.role == "assemblywoman"


def test_it_in_a_condition_clause_is_the_party_just_named(nlp):
    acts = _actors(nlp, "Russia will cut gas supplies to Ukraine unless it pays its debts.")
    assert next(a for a in acts if a.text == "it").country == "UKR"
    acts = _actors(nlp, "Russia said it would cut gas supplies to Ukraine because it "
                        "wanted payment.")
    assert [a.country for a in acts if a.text == "it"] == ["RUS", "RUS"]
    acts = _actors(nlp, "A host such as Facebook must remove the original post if it is "
                        "deemed unlawful.")
    assert not any(a.text == "it" for a in acts)
