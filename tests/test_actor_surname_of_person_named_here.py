"""A bare surname after a person named in full is that person, not the knowledge base's famous
namesake ("Duterte" after "Vice President Sara Duterte" is not her father), unless the namesake
was named in full first."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def _named(nlp, text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.code, a.name) for a in find_actors(nlp(text), Article(id="t", text=text,
                                                                              date=date))]


def test_a_bare_surname_is_the_person_named_in_full_before_it(nlp):
    mentions = _named(nlp, (
        "MANILA, June 2 (Wire) - Senators questioned Vice President Sara Duterte on Monday about "
        "her office's budget. Duterte told them the money had been spent lawfully. Her father, "
        "former President Rodrigo Duterte, did not attend."), "2024-06-02")
    bare = [m for m in mentions if m[0] == "Duterte"]
    assert bare and all(name == "Sara Duterte" and code == "PHLGOV" for _, code, name in bare)


def test_a_bare_surname_keeps_the_namesake_named_in_full_first(nlp):
    mentions = _named(nlp, (
        "MANILA, June 2 (Wire) - Former President Rodrigo Duterte spoke at a rally in Davao on "
        "Monday. Duterte told the crowd the government had failed. Vice President Sara Duterte "
        "was abroad."), "2024-06-02")
    bare = [m for m in mentions if m[0] == "Duterte"]
    assert bare and all(name == "Rodrigo Duterte" for _, _, name in bare)
