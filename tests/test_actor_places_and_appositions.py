"""Round-6 actor rules: towns the tagger takes for people, descriptions joined to names, titles
of departments, the home press, and a person placed in a state."""

from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Article



def _actors(nlp, text: str):
    return find_actors(nlp(text), Article(id="t", text=text, date="2019-06-01"))


def _codes(nlp, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in _actors(nlp, text)}


def test_town_tagged_as_person_is_a_place_and_no_antecedent(nlp) -> None:
    acts = _actors(nlp, "Tourists flocked to Goa last winter. He said the beaches were full.")
    goa = [a for a in acts if a.text == "Goa"]
    assert goa and goa[0].kind == "country" and goa[0].code == "IND"
    assert not any(a.kind == "pronoun" and a.name == "Goa" for a in acts)


def test_every_mention_of_a_town_used_as_place_is_the_place(nlp) -> None:
    acts = _actors(nlp, "The storm hit Jolo on Monday, and Jolo's government asked for help.")
    assert all(a.kind != "person" for a in acts)
    assert any(a.text == "Jolo's government" and a.code == "PHLGOV" for a in acts)


def test_description_after_name_gives_role_and_state(nlp) -> None:
    acts = _actors(nlp, "Marta Quiroga, the foreign affairs minister of Cuba, met the envoy.")
    marta = [a for a in acts if a.name == "Marta Quiroga"]
    assert len(marta) == 1 and marta[0].code == "CUBGOV"
    assert "minister" in (marta[0].role or "")
    assert not any(a.text.startswith("the foreign affairs minister") for a in acts)


def test_name_after_title_with_of_phrase_is_joined(nlp) -> None:
    acts = _actors(nlp, "The mayor of Leeds, Tom Hardcastle, criticised the plan.")
    mayor = [a for a in acts if a.text == "The mayor of Leeds"]
    assert mayor and mayor[0].name == "Tom Hardcastle"


def test_title_of_a_department_is_a_person(nlp) -> None:
    acts = _actors(nlp, "Dana Whitfield, the Secretary of Transportation, visited the site.")
    dana = [a for a in acts if a.name == "Dana Whitfield"]
    assert dana and "Secretary of Transportation" in (dana[0].role or "")
    assert not any(a.kind == "organisation" for a in acts)


def test_department_name_is_not_cut(nlp) -> None:
    codes = _codes(nlp, "The United States Department of Agriculture announced new rules.")
    assert codes.get("The United States Department of Agriculture") == "USAGOV"


def test_local_media_take_the_main_country(nlp) -> None:
    codes = _codes(nlp, "Kenya's government denied the report. Kenyan police said two people "
                        "died. Local media reported that the protest grew.")
    assert codes.get("Local media") == "KENJRN"


def test_unnamed_person_placed_in_a_state(nlp) -> None:
    codes = _codes(nlp, "A politician in Austria called for new elections.")
    assert codes.get("A politician") == "AUT"


def test_diplomat_in_a_state_is_not_of_it(nlp) -> None:
    codes = _codes(nlp, "A diplomat in Austria called for new elections.")
    assert codes.get("A diplomat") != "AUT"


def test_shared_surname_takes_the_holder_in_office(nlp) -> None:
    acts = _actors(nlp, "The rebels fought forces loyal to al-Assad near the border.")
    assad = [a for a in acts if a.text == "al-Assad"]
    assert assad and assad[0].name == "Bashar al-Assad"


def test_place_description_after_name_gives_state(nlp) -> None:
    codes = _codes(nlp, "Ruth Abernathy, a Toronto lawyer, told reporters the verdict was fair.")
    assert codes.get("Ruth Abernathy") == "CAN"


def test_org_entity_with_first_name_is_a_person(nlp) -> None:
    acts = _actors(nlp, "The prize went to Ivan Shelyagin of the medical school.")
    ivan = [a for a in acts if a.name == "Ivan Shelyagin"]
    assert ivan and ivan[0].kind == "person"
