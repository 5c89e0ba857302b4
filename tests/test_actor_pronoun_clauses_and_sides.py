"""Session 30 (batch AD): pronouns read by the clause they stand in, "both sides" far from any pair,
and a call for independence "from" a state. The sentences are our own."""

from __future__ import annotations

import re

from event_helpers import events_of, states_of

from dyads.actors import find_actors
from dyads.model import Article


def _codes_at(nlp, text: str, phrase: str, nth: int = 0) -> list[str | None]:
    """The codes of the actor records exactly on the ``nth`` occurrence of ``phrase``."""
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2023-05-01"))
    return sorted(a.code or "-" for a in actors if a.start == start and a.end == start + len(phrase))


def test_it_of_a_clause_joined_by_and_is_that_clauses_subject(nlp):
    text = ("Estonia banned Russian trucks after Moscow annexed Crimea in 2014, and in March it "
            "closed two border crossings.")
    assert _codes_at(nlp, text, "it") == ["EST"]


def test_they_of_a_joined_clause_is_not_a_subject_set_inside_the_first(nlp):
    text = ("Lawyers for Peruvian opposition leader Keiko Fujimori walked out of the hearing when the "
            "judges rejected their motion, and they accused the tribunal of bias.")
    codes = _codes_at(nlp, text, "they")
    assert codes and not any(c.endswith("JUD") for c in codes)


def test_what_he_called_is_the_subject_above_it(nlp):
    text = ("U.S. President Joe Biden met Kenyan leaders last week and he praised their reforms. "
            "Kenyan Finance Minister Njuguna Ndung'u then unveiled a budget worth what he called a "
            "historic sum.")
    assert _codes_at(nlp, text, "he", nth=1) == ["KENGOV"]


def test_the_one_warned_faces_the_threatened_harm(nlp):
    text = "Belarus warned Latvia on Friday that it would face painful retaliation."
    assert _codes_at(nlp, text, "it") == ["LVA"]


def test_the_one_warning_still_responds(nlp):
    text = "Belarus warned Latvia on Friday that it would respond firmly."
    assert _codes_at(nlp, text, "it") == ["BLR"]


def test_him_after_a_gerund_is_not_the_gerunds_doer(nlp):
    text = ("Jordan's King Abdullah spoke on Monday. In March he closed the assembly after a lawmaker "
            "was accused of spreading lies about him.")
    assert _codes_at(nlp, text, "him") == ["JORGOV"]


def test_she_is_not_the_man_named_by_his_surname(nlp):
    text = ("Former party chairman Bakary Sonko was jailed on Monday. A Gambian panel led by judge "
            "Adaeze Okwuosa rejected Sonko's appeal. "
            '"The appeal fails. The sentence stands," she told the hearing.')
    assert _codes_at(nlp, text, "she") == ["GMBJUD"]


def test_victims_of_one_attack_are_not_both_sides(nlp):
    text = ("Ethiopia closed its border with Eritrea on Monday after a row over a dam. "
            "Ethiopia said Eritrea had sent troops. Eritrea denied sending troops, and Ethiopia "
            "recalled its ambassador. Eritrea accused Ethiopia of lying. "
            "In May rebels killed ten Ethiopian soldiers and Sudanese traders near the border. "
            "Farmers fear the closure will ruin the harvest. "
            "The African Union called on both sides to show restraint.")
    assert _codes_at(nlp, text, "both sides") == ["ERI", "ETH"]


def test_independence_from_a_state_is_not_a_co_caller(nlp):
    text = ("New Caledonia's President Louis Mapou, who on Friday repeated his call for independence "
            "from France, met business leaders in Noumea.")
    (ev,) = events_of(nlp, text, "REQUEST")
    assert ev.source and "France" not in {a.text for a in ev.source}
    assert states_of(ev.target) == {"FRA"}


def test_them_of_a_members_list_is_the_group_just_named_not_the_subject(nlp):
    text = ("HAVANA, July 13 (Wire) - Cuban police detained dozens of people on Sunday, among them "
            "the dissident artist Luis Manuel Otero Alcantara.")
    assert _codes_at(nlp, text, "them") == ["CUBCVL"]


def test_them_after_a_group_that_is_no_actor_is_not_sent_to_the_subject_named_before(nlp):
    # the orders' "some 100 people" is not an actor mention here, so "them" must not take the
    # last actor before it (the prosecutors) by the members-list rule
    text = ("ANKARA, March 19 (Wire) - Turkish prosecutors issued detention orders for some 100 "
            "suspects, among them aides to the mayor.")
    assert _codes_at(nlp, text, "them") != ["TURJUD"]
