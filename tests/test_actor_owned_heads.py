"""Session 29: a person's allies or coalition, a body's arm, units or groups, and a force's
bases or vehicles are the whole phrase, of the owner's or modifier's code ("the premier's
allies", "a police van"), not the owner cut out of it. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def _actors_at(nlp, text: str, phrase: str) -> list:
    """The actor records exactly on the first occurrence of ``phrase``."""
    start = text.index(phrase)
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2022-05-01"))
    return [a for a in actors if a.start == start and a.end == start + len(phrase)]


def test_a_persons_allies_are_the_actor_not_the_person(nlp):
    text = ("MANILA (Wire) - Philippine President Rodrigo Duterte signed the bill on Monday. "
            "Critics said the president's allies in the Senate had rushed the vote.")
    found = _actors_at(nlp, text, "the president's allies")
    assert [a.code for a in found] == ["PHLGOV"]
    assert found[0].name is None
    assert "the president" not in actor_codes(nlp, text)


def test_a_named_persons_ally_is_one_mention(nlp):
    text = ("BRASILIA (Wire) - Governor Joao Silva, a Bolsonaro ally, resigned on Monday "
            "after a row with Brazilian President Luiz Inacio Lula da Silva.")
    codes = actor_codes(nlp, text)
    assert "a Bolsonaro ally" in codes
    assert "a Bolsonaro" not in codes


def test_a_bodys_legal_arm_is_the_body(nlp):
    text = "The Kenyan government's legal arm asked the court to block the strike on Monday."
    assert [a.code for a in _actors_at(nlp, text, "The Kenyan government's legal arm")] \
        == ["KENGOV"]


def test_army_units_and_opposition_figures_are_whole_phrases(nlp):
    text = ("MOGADISHU (Wire) - Somali officials said army units loyal to opposition figures "
            "had moved into the capital on Sunday.")
    codes = actor_codes(nlp, text)
    assert codes.get("army units") == "SOMMIL"
    assert codes.get("opposition figures") == "SOMOPP"
    assert "army" not in codes and "opposition" not in codes


def test_a_forces_base_or_vehicle_is_the_participant(nlp):
    text = ("KABUL (Wire) - Taliban fighters attacked an Afghan police checkpoint and an army "
            "camp in Ghazni on Sunday. Protesters later set fire to a police van.")
    codes = actor_codes(nlp, text)
    assert codes.get("an army camp") == "AFGMIL"
    assert "an army" not in codes
    assert codes.get("a police van") == "AFGCOP"


def test_a_focus_adverb_stays_out_of_the_phrase(nlp):
    text = "Only Red Cross vehicles reached the besieged town of Stepanakert on Friday."
    codes = actor_codes(nlp, text)
    assert "Red Cross vehicles" in codes
    assert not any(span.startswith("Only") for span in codes)


def test_a_person_owns_no_facility(nlp):
    text = "Protesters gathered outside the Putin residence in Moscow on Sunday."
    codes = actor_codes(nlp, text)
    assert not any(span.endswith("residence") for span in codes)


def test_the_heads_of_a_body_are_the_actor(nlp):
    text = ("LIMA (Wire) - The heads of Congress met Peruvian President Pedro Castillo on Monday. "
            "The leaders of the opposition boycotted the talks.")
    codes = actor_codes(nlp, text)
    assert codes.get("The heads of Congress") == "PERLEG"
    assert codes.get("The leaders of the opposition") == "PEROPP"
    assert "Congress" not in codes and "the opposition" not in codes


def test_members_of_an_intergovernmental_body_are_states_not_the_body(nlp):
    text = "Members of the European Union agreed on new sanctions against Belarus on Monday."
    assert not any(span.startswith("Members") for span in actor_codes(nlp, text))


def test_the_head_of_a_force_is_a_person_of_its_code(nlp):
    text = "The head of the army, General Tomas Ruiz, resigned in Bogota on Friday."
    found = _actors_at(nlp, text, "The head of the army")
    assert [(a.code, a.kind) for a in found] == [("COLMIL", "person")]


def test_a_body_in_a_persons_title_joins_the_person(nlp):
    text = "Interpol Secretary General Jurgen Stock visited Lagos on Monday."
    codes = actor_codes(nlp, text)
    assert any(span.startswith("Interpol Secretary General") for span in codes)
    assert "Interpol" not in codes


def test_a_court_in_a_judges_title_gives_the_judge_its_sector(nlp):
    text = ("LIMA (Wire) - Constitutional Court Justice Ana Rojas ordered Peru's president to "
            "testify. The court said the order was binding.")
    codes = actor_codes(nlp, text)
    assert codes.get("Constitutional Court Justice Ana Rojas") == "PERJUD"
    assert codes.get("The court") == "PERJUD"


def test_a_named_peoples_groups_stay_the_people(nlp):
    codes = actor_codes(nlp, "Houthi groups seized a tanker off the coast of Yemen.")
    assert "Houthi groups" not in codes


def test_a_misparsed_clause_before_the_phrase_stays_out(nlp):
    text = ("Ministers blamed the unions for the strike in Lima, a charge opposition figures "
            "rejected on Monday.")
    codes = actor_codes(nlp, text)
    assert "opposition figures" in codes
    assert not any(span.startswith("a charge") for span in codes)


def test_an_owner_before_the_phrase_stays_in(nlp):
    text = "Protesters gathered outside the city's police headquarters in Ankara on Sunday."
    assert actor_codes(nlp, text).get("the city's police headquarters") == "TURCOP"
