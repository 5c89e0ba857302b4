"""Session 20, helper W6: actor codes from the I, J and K judges of fresh articles, second pass.

Each rule is tested on sentences of our own with a near miss that must keep its record.
"""

from __future__ import annotations

from actor_helpers import actor_codes


def test_two_surnames_name_the_person_named_in_full(nlp):
    # Spanish double surnames: the later "Villalba Cruz" is the person first named in full
    text = ("Peru has granted citizenship to Bolivian opposition leader Ernesto Villalba Cruz. "
            "Bolivian prosecutors ordered the arrest of Villalba Cruz last week.")
    assert actor_codes(nlp, text)["Villalba Cruz"] == "BOLOPP"
    # near miss: two people of the story share the surnames, so neither is meant
    two = ("Peru has granted citizenship to Bolivian opposition leader Ernesto Villalba Cruz "
           "and to Chilean banker Tomas Villalba Cruz. Bolivian prosecutors ordered the arrest "
           "of Villalba Cruz last week.")
    assert actor_codes(nlp, two)["Villalba Cruz"] != "BOLOPP"


def test_former_president_is_a_former_official_throughout(nlp):
    text = ("Peru has granted citizenship to former Bolivian President Ernesto Villalba Cruz, "
            "who is wanted in Bolivia. Bolivian prosecutors ordered the arrest of Villalba Cruz.")
    codes = actor_codes(nlp, text)
    assert codes["former Bolivian President Ernesto Villalba Cruz"] == "BOLELI"
    assert codes["Villalba Cruz"] == "BOLELI"
    # near misses: the sitting president governs; a former legislator keeps the chamber
    sitting = "Peru has granted citizenship to Bolivian President Ernesto Villalba Cruz."
    assert actor_codes(nlp, sitting)["Bolivian President Ernesto Villalba Cruz"] == "BOLGOV"
    senator = "Former Bolivian Senator Ernesto Villalba Cruz was arrested."
    assert actor_codes(nlp, senator)["Former Bolivian Senator Ernesto Villalba Cruz"] == "BOLLEG"


def test_person_registered_as_a_candidate_is_that_candidate(nlp):
    text = ("Bolivia's electoral court refused to register farmer leader Juana Quispe as a "
            "presidential candidate. Quispe said she would appeal.")
    codes = actor_codes(nlp, text)
    assert codes["farmer leader Juana Quispe"] == "BOLOPP"
    assert codes["Quispe"] == "BOLOPP"
    # near misses: a sitting president standing again keeps the office; "as a member" of a
    # commission is no candidacy
    sitting = "Bolivia's electoral court allowed President Luis Arce to stand as a presidential candidate."
    assert actor_codes(nlp, sitting)["President Luis Arce"] == "BOLGOV"
    member = ("Bolivia's electoral court refused to register farmer leader Juana Quispe as a "
              "member of the commission.")
    assert actor_codes(nlp, member)["farmer leader Juana Quispe"] != "BOLOPP"


def test_state_name_as_a_given_name(nlp):
    # "Jordan Rodas", "Chad ...": a state's name opening a person's name is a given name
    text = "Police in Guatemala arrested the lawyer Jordan Rodas on Monday."
    assert not any((c or "").startswith("JOR") for c in actor_codes(nlp, text).values())
    # near misses: the state's possessive, and the state before a title, stay the state's
    owned = "The court barred Jordan's ambassador from the race."
    assert actor_codes(nlp, owned)["Jordan's ambassador"] == "JORGOV"
    titled = "Jordan King Abdullah met Iraq President Barham Salih."
    assert actor_codes(nlp, titled)["Jordan King Abdullah"] == "JORGOV"


def test_embassy_staff_belong_to_the_envoys_state(nlp):
    text = ("Japan summoned Russia's ambassador on Friday. A colonel in the embassy's defence "
            "attache office was declared persona non grata.")
    assert actor_codes(nlp, text)["A colonel"] == "RUSMIL"
    # near miss: an act against a mission does not make its doer the mission's
    near = ("Japan summoned Russia's ambassador on Friday. A suspect in the bombing of the "
            "embassy was arrested.")
    assert not (actor_codes(nlp, near).get("A suspect") or "").startswith("RUS")
