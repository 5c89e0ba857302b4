"""A nameless one-person subject of the pronoun's own sentence is what "he" continues, not a
person named in an earlier sentence."""

from __future__ import annotations

from actor_helpers import actor_codes

_LEAD = ("LIMA, May 3 (Wire) - Peruvian President Rafael Ortega ordered troops into the north on "
         "Monday. Ortega said the operation would last a month. ")


def test_he_is_the_nameless_commander_of_its_own_sentence(nlp) -> None:
    codes = actor_codes(nlp, _LEAD + "A senior police commander told journalists that the "
                                     "rebels had fled, declining to be named because he was "
                                     "not authorised to speak.")
    assert codes.get("he") == "PERCOP"
