"""Actor fixes from the fourth Wikinews sample: party names after a nationality adjective,
names that run on past a dash, "police officers" and broadcast titles."""

from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Article
from dyads.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-02-11"))}


def test_party_named_after_nationality_adjective(nlp):
    found = _actors(nlp, "On Saturday, Thailand's Thai Raksa Chart Party withdrew its candidate.")
    assert found.get("Thai Raksa Chart Party") == "THAPTY"
    assert "Thai" not in found


def test_party_with_lower_case_party_word(nlp):
    found = _actors(nlp, "The Russian Communist party held a rally in Moscow.")
    assert found.get("Russian Communist party") == "RUSPTY"


def test_name_runs_on_past_a_dash(nlp):
    found = _actors(nlp, "The Zimbabwe African National Union – Patriotic Front won the vote.")
    assert found.get("Zimbabwe African National Union – Patriotic Front") == "ZWEPTY"


def test_national_association_still_read(nlp):
    found = _actors(nlp, "The Nigeria Labour Congress called a general strike.")
    assert found.get("Nigeria Labour Congress") == "NGALAB"


def test_police_officers_is_one_group(nlp):
    doc = nlp("A bomb attack in Kabul left 12 police officers dead.")
    actors = find_actors(doc, Article(id="t", text=doc.text, date="2019-02-11"))
    group = [a for a in actors if "police" in a.text]
    assert group and group[0].text == "12 police officers"
    assert group[0].sector == "COP"


def test_state_television_presenter_keeps_title(nlp):
    found = _actors(nlp, "Iraqi state television presenter Ali Hassan read the statement.")
    assert found.get("Iraqi state television presenter Ali Hassan") == "IRQJRN"


def test_apostrophe_surname_stays_in_the_name(nlp):
    found = _actors(nlp, "On Friday, Beto O'Rourke, a candidate in the primary, ended his campaign.")
    assert "Beto O'Rourke" in found
    assert "Beto" not in found


def test_capital_inside_a_bridge_name_is_no_actor(nlp):
    doc = nlp("The attacker stabbed two people in a hall, then fled up London Bridge.")
    actors = find_actors(doc, Article(id="t", text=doc.text, date="2019-11-29"))
    assert not any(a.text == "London" for a in actors)


def test_later_items_of_a_place_list_are_places(nlp):
    doc = nlp("Arrests were made in Texas, Utah and Moscow on Tuesday.")
    actors = {a.text: a for a in find_actors(doc, Article(id="t", text=doc.text, date="2019-11-29"))}
    assert actors["Moscow"].code == "RUS"
    # a capital as the subject is still its government
    doc = nlp("Washington and Moscow agreed to hold talks.")
    actors = {a.text: a for a in find_actors(doc, Article(id="t", text=doc.text, date="2019-11-29"))}
    assert actors["Moscow"].code == "RUSGOV"


def test_government_of_mainland_state(nlp):
    found = _actors(nlp, "Hong Kong proposed a law to let the government of mainland China "
                         "try suspects.")
    assert found.get("the government of mainland China") == "CHNGOV"
