"""Session 21 (A): parties of a one-state story given their state: an opposition title, an
envoy named after a described one, a capital used as a given name, a party's leader by "its",
an alliance described by its members, a person described again by age."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_opposition_title_takes_the_story_state(nlp):
    text = ("ACCRA, Feb 2 (Wire) - Ghanaian police on Monday stopped a convoy in the north. "
            "Soldiers prevented the German ambassador from visiting opposition leader Kwame "
            "Boateng at his home. Police said the road was unsafe.")
    codes = actor_codes(nlp, text)
    assert codes.get("opposition leader Kwame Boateng") == "GHAOPP", codes


def test_bare_party_title_near_miss_takes_no_opposition(nlp):
    # near miss: a name with no opposition title is not made the opposition
    text = ("ACCRA, Feb 2 (Wire) - Ghanaian police on Monday stopped a convoy carrying "
            "Kwame Boateng to a rally in the north.")
    codes = actor_codes(nlp, text)
    assert not (codes.get("Kwame Boateng") or "").endswith("OPP"), codes


def test_named_envoy_after_described_envoy(nlp):
    text = ("HARARE, Mar 4 (Wire) - Zimbabwean police blocked the British ambassador from "
            "visiting a jailed activist on Tuesday. Ambassador Clara Pembe was turned back at a "
            "checkpoint, her embassy said. A government spokesman accused the envoy of "
            "interference in Zimbabwe's affairs.")
    codes = actor_codes(nlp, text)
    assert codes.get("Ambassador Clara Pembe") == "GBRGOV", codes
    assert codes.get("the envoy") == "GBRGOV", codes


def test_capital_as_given_name(nlp):
    text = ("Police detained the blogger along with his partner, Sofia Marenko, a Ukrainian "
            "citizen, at the airport on Sunday.")
    codes = actor_codes(nlp, text)
    assert not (codes.get("Sofia Marenko") or "").startswith("BGR"), codes


def test_capital_named_alone_near_miss_stays_a_state(nlp):
    # near miss: the capital as a place still names its state
    text = "Sofia rejected the demand from the commission on Monday."
    codes = actor_codes(nlp, text)
    assert (codes.get("Sofia") or "").startswith("BGR"), codes


def test_its_leader_leads_the_party(nlp):
    text = ("MAPUTO, May 5 (Wire) - Mozambican police raided the offices of the opposition "
            "Renamo party on Tuesday, a day after the arrest of its leader Joao Mabunda.")
    codes = actor_codes(nlp, text)
    assert codes.get("leader Joao Mabunda", "").startswith("MOZ"), codes
    assert not codes.get("leader Joao Mabunda", "").endswith("GOV"), codes


def test_alliance_that_includes_a_party(nlp):
    text = ("MAPUTO, May 5 (Wire) - Mozambican police raided the offices of the opposition "
            "Renamo party on Tuesday. The Democratic Unity Front, an opposition coalition that "
            "includes Renamo, called the raid an outrage.")
    codes = actor_codes(nlp, text)
    assert codes.get("The Democratic Unity Front") == "MOZOPP", codes


def test_aged_description_is_the_person_named_before(nlp):
    text = ("LIMA, June 6 (Wire) - A Lima judge ordered the arrest of opposition candidate "
            "Rosa Quispe on Monday at the request of prosecutors, who accuse the 61-year-old "
            "former diplomat of fraud.")
    codes = actor_codes(nlp, text)
    assert codes.get("the 61-year-old former diplomat") == codes.get(
        "opposition candidate Rosa Quispe"), codes
    assert codes.get("the 61-year-old former diplomat") != "PERGOV", codes
