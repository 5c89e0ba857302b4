"""Ages before names, staff described by their principal, long portfolio titles, members sent
from a named body and forces that take over a state: each with a case the rule must leave alone."""

from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Actor, Article



def _actors(nlp, text: str, date: str = "2019-10-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _by_text(actors: list[Actor], text: str) -> Actor:
    found = [a for a in actors if a.text == text]
    assert found, f"no mention {text!r} in {[a.text for a in actors]}"
    return found[0]


def test_age_is_not_part_of_the_name(nlp):
    actors = _actors(nlp, "On Friday, 28-year-old Jonas Pettersen stabbed two people at a "
                          "market in Oslo.")
    person = _by_text(actors, "Jonas Pettersen")
    assert person.kind == "person"
    # a named private person in a scene set in one state: a civilian of that state
    assert person.code == "NORCVL"
    assert not any(a.text.startswith("old") for a in actors)


def test_age_of_a_titled_person_keeps_the_title_sector(nlp):
    actors = _actors(nlp, "The 66-year-old Norwegian Prime Minister Erna Solberg spoke in Oslo.")
    person = next(a for a in actors if a.kind == "person")
    assert person.code == "NORGOV"


def test_named_person_without_age_or_role_gets_no_scene_state(nlp):
    actors = _actors(nlp, "Jonas Pettersen stabbed two people at a market in Oslo.")
    person = _by_text(actors, "Jonas Pettersen")
    assert person.code is None


def test_lawyer_of_a_coded_person_takes_the_state_only(nlp):
    actors = _actors(nlp, "Jane Roe, Macron's personal lawyer, met the prosecutors.")
    lawyer = _by_text(actors, "Jane Roe")
    assert lawyer.code == "FRA"  # the client's state, not his government


def test_aide_by_possessive_apposition_takes_state_and_sector(nlp):
    actors = _actors(nlp, "Jane Roe, Macron's senior adviser, met the prosecutors.")
    assert _by_text(actors, "Jane Roe").code == "FRAGOV"


def test_apposition_without_staff_word_lends_nothing(nlp):
    actors = _actors(nlp, "Jane Roe, Macron's old schoolmate, met the prosecutors.")
    assert _by_text(actors, "Jane Roe").code is None


def test_long_portfolio_title_is_one_person(nlp):
    for title in ("Minister of Foreign Affairs and International Cooperation",
                  "Minister for Home Affairs"):
        actors = _actors(nlp, f"{title} Ali Tahir said the talks would resume.")
        people = [a for a in actors if a.kind == "person"]
        assert len(people) == 1, [a.text for a in actors]
        assert people[0].text == f"{title} Ali Tahir"


def test_lowercase_staff_before_for_is_not_a_title(nlp):
    actors = _actors(nlp, "A lawyer for Prime Minister Boris Johnson denied the claim.")
    pm = next(a for a in actors if a.kind == "person" and "Johnson" in a.text)
    assert pm.text == "Prime Minister Boris Johnson"
    assert pm.code == "GBRGOV"


def test_members_from_a_named_body(nlp):
    actors = _actors(nlp, "Lawmakers from the European Parliament criticised the decision.")
    assert _by_text(actors, "Lawmakers").code == "EURLEG"


def test_people_from_a_place_are_not_a_body(nlp):
    actors = _actors(nlp, "Lawmakers from Texas criticised the decision.")
    assert _by_text(actors, "Lawmakers").code != "EURLEG"


def test_revolutionaries_who_take_over_a_state_are_its_rebels(nlp):
    actors = _actors(nlp, "In 1979, revolutionaries took control of Iran and captured the "
                          "embassy.", date="2019-01-22")
    assert _by_text(actors, "revolutionaries").code == "IRNREB"


def test_revolutionaries_acting_on_another_state_take_no_state_from_it(nlp):
    actors = _actors(nlp, "Revolutionaries attacked Iran and Iraq.", date="2019-01-22")
    assert _by_text(actors, "Revolutionaries").code is None
