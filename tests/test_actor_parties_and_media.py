"""Political parties and the media: "opposition" as a stance or as a camp, party members and
lawmakers in US stories, parties named with a state word or after a nationality, trade unions, and
state broadcasters, national outlets and their journalists."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes
from dyads.actors import find_actors
from dyads.model import Article


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text)


_US_LEAD = ("The United States House of Representatives voted on Tuesday on a measure to expand "
            "farm subsidies. ")


def _actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-02-11"))}


def _found(nlp, text: str, date: str = "2019-09-27") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


@pytest.mark.parametrize("text", [
    "Japan voiced its opposition to the proposed fishing quota.",
    "Argentina expressed firm opposition to the export ban.",
])
def test_stance_opposition_is_no_actor(nlp, text: str) -> None:
    codes = _codes(nlp, text)
    assert not any(c and c.endswith("OPP") for c in codes.values()), codes


def test_opposition_camp_is_still_an_actor(nlp) -> None:
    codes = _codes(nlp, "The Belarusian opposition called for new elections.")
    assert codes.get("The Belarusian opposition") == "BLROPP"


def test_party_members_in_us_story_are_us_party(nlp) -> None:
    codes = _codes(nlp, _US_LEAD + "The measure passed after 212 Democrats backed it, while "
                   "180 Republicans rejected it.")
    assert codes.get("Democrats") == "USAPTY", codes
    assert codes.get("Republicans") == "USAPTY", codes


def test_party_lawmakers_in_us_story_are_us_legislature(nlp) -> None:
    codes = _codes(nlp, _US_LEAD + "Republican Senators denounced the farm measure.")
    assert "USALEG" in {c for t, c in codes.items() if "Republican" in t}, codes


def test_party_words_outside_us_story_stay_open(nlp) -> None:
    codes = _codes(nlp, "Irish police arrested two men in Dublin on Friday. Police said the "
                   "Republicans had planned a bombing.")
    assert not any(c and c.startswith("USA") for c in codes.values()), codes


def test_union_with_party_words_is_a_party(nlp) -> None:
    codes = actor_codes(nlp, "The Kenya African National Union and the Uganda People's "
                        "Congress signed a pact.")
    assert codes.get("Kenya African National Union") == "KENPTY", codes
    assert codes.get("Uganda People's Congress") == "UGAPTY", codes


def test_state_party_names_are_parties(nlp) -> None:
    codes = actor_codes(nlp, "The Malawi Congress Party and the Pakistan Peoples Party objected.")
    assert codes.get("Malawi Congress Party") == "MWIPTY", codes
    assert codes.get("Pakistan Peoples Party") == "PAKPTY", codes
    assert "Congress" not in codes and "Party" not in codes, codes


def test_field_word_still_decides_a_trade_union(nlp) -> None:
    codes = actor_codes(nlp, "The Kenya National Union of Teachers and the Nigeria Labour "
                        "Congress went on strike.")
    assert codes.get("Kenya National Union of Teachers") == "KENEDU", codes
    assert codes.get("Nigeria Labour Congress") == "NGALAB", codes


def test_state_broadcaster_and_its_photojournalist_are_media(nlp) -> None:
    codes = actor_codes(nlp, "Abu Dhabi TV photojournalist Ziad Haddad was wounded.")
    assert codes.get("Abu Dhabi TV photojournalist Ziad Haddad") == "AREJRN", codes


def test_correspondent_of_a_state_radio_is_media(nlp) -> None:
    codes = actor_codes(nlp, "An Iran Radio correspondent was hurt in the blast.")
    assert codes.get("An Iran Radio correspondent") == "IRNJRN", codes  # (session 30: one mention)


def test_party_named_after_nationality_adjective(nlp):
    found = _actors(nlp, "On Saturday, Thailand's Thai Raksa Chart Party withdrew its candidate.")
    assert found.get("Thai Raksa Chart Party") == "THAPTY"
    assert "Thai" not in found


def test_party_with_lower_case_party_word(nlp):
    found = _actors(nlp, "The Russian Communist party held a rally in Moscow.")
    assert found.get("Russian Communist party") == "RUSPTY"


@pytest.mark.parametrize("text, code", [
    ("One news site, Znak.com, claims the sources said so.", "RUSJRN"),
    ("The daily Népszava covered the story.", "HUNJRN"),
])
def test_national_outlets_have_their_state(nlp, text: str, code: str) -> None:
    assert code in [c for _, c in _found(nlp, text)]


def test_journalist_after_his_death_is_still_a_journalist(nlp) -> None:
    codes = actor_codes(nlp, "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters.")
    assert any(c == "SAUJRN" for c in codes.values()), codes
