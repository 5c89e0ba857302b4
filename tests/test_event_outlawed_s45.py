"""Session 45: a body declared illegal is banned (COERCE 1722) by whoever declares it; a vote or a
law declared illegal stays rejected; "said the rally was a ploy by the opposition" blames the
opposition; a leader called again by the first word of the name ("Najib") is still that leader.
Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    art = annotate(Article(id="t", text="KUALA LUMPUR, July 9 (Wire) - " + text, date="2011-07-09"))
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_coalition_declared_an_illegal_organisation_is_banned():
    got = records("The Malaysian government declared the opposition coalition an illegal organisation this month.")
    assert got == [("COERCE", "1722", ["MYSGOV"], ["MYSOPP"])]


def test_party_declared_illegal_is_banned():
    got = records("The Malaysian government declared the opposition party illegal on Monday.")
    assert got == [("COERCE", "1722", ["MYSGOV"], ["MYSOPP"])]


def test_referendum_declared_illegal_stays_a_rejection():
    got = records("The Malaysian parliament declared the referendum illegal.")
    assert [t for t, *_ in got] == ["REJECT"]


def test_a_ploy_by_the_opposition_blames_the_opposition():
    got = records("Prime Minister Najib Razak said the rally had been a ploy by the opposition to gain power "
                  "through the streets.")
    assert got == [("ACCUSE", "111", ["MYSGOV"], ["MYSOPP"])]


def test_leader_called_again_by_first_name():
    art = annotate(Article(id="t", text=(
        "KUALA LUMPUR, July 9 (Wire) - Prime Minister Najib Razak spoke on Sunday. Najib, in remarks "
        "carried by the state news agency Bernama, said the rally had been a ploy by the opposition."),
        date="2011-07-09"))
    assert any(art.text[a.start:a.end] == "Najib" and a.code == "MYSGOV" for a in art.actors)
    assert [(e.type, [a.code for a in e.source]) for e in art.events] == [("ACCUSE", ["MYSGOV"])]


def test_two_people_of_one_first_name_leave_it_alone():
    art = annotate(Article(id="t", text=(
        "KUALA LUMPUR, July 9 (Wire) - Prime Minister Najib Razak met Najib Tun Abdullah, a lawyer, on Sunday. "
        "Najib said the talks were useful."), date="2011-07-09"))
    assert not any(art.text[a.start:a.end] == "Najib" and a.code == "MYSGOV" for a in art.actors)


def test_party_a_court_declared_unconstitutional_in_a_relative_clause_is_banned():
    art = annotate(Article(id="t", text=(
        "CHISINAU, Nov 5 (Wire) - Gutul was elected governor as the candidate of the Shor party, which "
        "Moldova's Constitutional Court declared unconstitutional a month later."), date="2023-11-05"))
    got = [(e.type, e.cameo, [a.code for a in e.target]) for e in art.events if e.trigger == "declared"]
    assert got == [("COERCE", "1722", ["MDAPTY"])]
