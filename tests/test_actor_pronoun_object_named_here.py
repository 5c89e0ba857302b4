"""Session 29: an object pronoun whose own sentence names a fitting person (not its clause's
subject) means that person, not a speaker of the sentence before (sentences of our own)."""

from __future__ import annotations

from actor_helpers import actor_codes

_LEAD = ("ATHENS, May 3 (Wire) - Greece will host the summit next month, a government spokesman said. ")


def test_him_is_the_person_named_in_its_own_sentence(nlp) -> None:
    codes = actor_codes(nlp, _LEAD + "In the letter, later made public by Ali Hassan Karimov of Uzbekistan, "
                                     "the minister addressed him as a friend.")
    assert (codes.get("him") or "")[:3] == "UZB"


def test_him_is_never_the_subject_of_its_own_clause(nlp) -> None:
    codes = actor_codes(nlp, "Police detained Colombian activist Jorge Ortiz on Monday. "
                             "Prosecutor Ana Gomez, speaking in Bogota, said Ruiz Perez of Peru had hired him.")
    assert (codes.get("him") or "")[:3] == "COL"


def test_her_is_not_the_subject_of_a_verb_above_it(nlp) -> None:
    codes = actor_codes(nlp, "YEREVAN, May 3 (Wire) - Armenian President Anna Hakobyan has vowed to veto the bill. "
                             "Georgian Dream has enough seats to override her.")
    assert (codes.get("her") or "")[:3] == "ARM"
