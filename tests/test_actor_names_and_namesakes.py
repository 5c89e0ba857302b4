"""Names and namesakes: where a person's name starts and ends (past a dash, with an apostrophe, a
surname the tagger left out), and names that borrow a state's or town's name (airlines, schools,
bridges, famous towns, bodies named like towns); also which state officials reporting an act, or a
governor with a state qualifier, belong to."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def _actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-02-11"))}


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-06-01"))}


def test_name_runs_on_past_a_dash(nlp):
    found = _actors(nlp, "The Zimbabwe African National Union – Patriotic Front won the vote.")
    assert found.get("Zimbabwe African National Union – Patriotic Front") == "ZWEPTY"


def test_apostrophe_surname_stays_in_the_name(nlp):
    found = _actors(nlp, "On Friday, Beto O'Rourke, a candidate in the primary, ended his campaign.")
    assert "Beto O'Rourke" in found
    assert "Beto" not in found


def test_capital_inside_a_bridge_name_is_no_actor(nlp):
    doc = nlp("The attacker stabbed two people in a hall, then fled up London Bridge.")
    actors = find_actors(doc, Article(id="t", text=doc.text, date="2019-11-29"))
    assert not any(a.text == "London" for a in actors)


def test_airlines_named_after_states_are_firms(nlp) -> None:
    got = _codes(nlp, "Qatar Airways, Air France and Iran Air said they would resume flights.")
    assert got.get("Qatar Airways") == "QATBUS"
    assert got.get("Air France") == "FRABUS"
    assert got.get("Iran Air") == "IRNBUS"
    assert "France" not in got and "Iran" not in got


def test_air_force_is_not_an_airline(nlp) -> None:
    got = _codes(nlp, "The Indian Air Force struck camps across the border.")
    assert any(code == "INDMIL" for code in got.values())
    assert not any(code == "INDBUS" for code in got.values())


def test_school_named_after_us_state_is_american(nlp) -> None:
    got = _codes(nlp, "Researchers at the Georgia Institute of Technology said the device works.")
    assert "GEO" not in got.values()
    assert got.get("Georgia Institute of Technology") == "USAEDU"


def test_country_georgia_still_read_as_country(nlp) -> None:
    got = _codes(nlp, "Georgia and Russia fought a war in 2008.")
    assert got.get("Georgia") == "GEO"


def test_officials_reporting_a_states_act_are_its_own(nlp) -> None:
    text = ("Germany on Monday banned Iranian airline Mahan Air from flying in the European "
            "nation, with officials saying this is for security reasons. Iran protested. "
            "Iran said the ban was illegal.")
    assert _codes(nlp, text).get("officials") == "DEUGOV"
    later = _codes(nlp, "Iran said it would retaliate. France expelled two Iranian diplomats "
                        "on Tuesday, officials said.")
    assert later.get("officials") == "FRAGOV"


def test_famous_towns_take_the_country_meant(nlp) -> None:
    got = _codes(nlp, "Police in Nazareth arrested two men. Fans in Manchester celebrated.")
    assert got.get("Nazareth") == "ISR"
    assert got.get("Manchester") == "GBR"


def test_qualifier_state_is_not_the_governors(nlp) -> None:
    got = _codes(nlp, "Ricardo Rossello, the governor of United States commonwealth of "
                      "Puerto Rico, resigned.")
    assert "USAGOV" not in got.values()


def test_surname_left_out_by_tagger_joins_the_name(nlp) -> None:
    got = _codes(nlp, "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months.")
    assert "Judge Amy Berman Jackson" in got


def test_body_named_like_a_town_is_no_place(nlp) -> None:
    got = _codes(nlp, "Similar claims were made by state news firm Saba on Sunday.")
    assert "Saba" not in got
