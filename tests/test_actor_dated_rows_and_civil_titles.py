"""Session 19, helper S2: dated organisation rows, compound civil titles, Cambodian leaders
and the other party of a titled person's act.

Each rule is tested on sentences of our own with a near miss that must keep its record.
"""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.kb import Organisation, load_kb


def test_dated_organisation_row_holds_only_in_its_period(nlp):
    # a movement that took power is the government in articles of that period, rebels else
    text = "The Taliban closed two girls' schools in Herat on Sunday."
    assert actor_codes(nlp, text, date="2024-05-12")["The Taliban"] == "AFGGOV"
    assert actor_codes(nlp, text, date="1999-03-02")["The Taliban"] == "AFGGOV"
    # near miss: between the two periods they are an insurgency
    assert actor_codes(nlp, text, date="2012-06-20")["The Taliban"] == "AFGREB"


def test_dated_row_keeps_the_names_of_the_first_row(nlp):
    text = "Fighters loyal to HTS set up checkpoints around the city."
    assert actor_codes(nlp, text, date="2025-02-10")["HTS"] == "SYRGOV"
    assert actor_codes(nlp, text, date="2019-02-10")["HTS"] == "SYRREB"


def test_undated_article_keeps_the_undated_row():
    kb = load_kb()
    base = next(o for o in kb.organisations if o.name == "Taliban")
    assert kb.organisation_on(base, None) is base
    assert kb.organisation_on(base, "2022-01-01").sector == "GOV"
    other = Organisation("Some Front", "AFG", "REB")
    assert kb.organisation_on(other, "2022-01-01") is other


def test_hyphenated_civil_title_is_not_an_army_general(nlp):
    codes = actor_codes(nlp, "Inspector-General Mary Kamau praised the Kenyan police.")
    assert not (codes["Inspector-General Mary Kamau"] or "").endswith("MIL")
    codes = actor_codes(nlp, "Governor-General Ann Blake opened the session in Kenya.")
    assert codes["Governor-General Ann Blake"] == "KENGOV"
    # near miss: a rank written with a hyphen stays military
    codes = actor_codes(nlp, "Major-General Joe Blake praised the Kenyan police.")
    assert codes["Major-General Joe Blake"] == "KENMIL"


def test_titled_person_does_not_take_the_state_he_addresses(nlp):
    text = "Director-General Paul Ogden urged the Russian authorities to reconsider."
    assert not (actor_codes(nlp, text)["Director-General Paul Ogden"] or "").startswith("RUS")
    # near miss: a titled person in a sentence about his own state keeps it
    text = "Interior Minister Paul Ogden inspected Kenyan police stations."
    assert actor_codes(nlp, text)["Interior Minister Paul Ogden"] == "KENGOV"


def test_cambodian_prime_minister_is_cambodian(nlp):
    text = ("Thailand closed its border crossings. Prime Minister Hun Manet asked the Security "
            "Council to meet, accusing Thailand of aggression.")
    assert actor_codes(nlp, text, date="2025-07-26")["Prime Minister Hun Manet"] == "KHMGOV"
    # near miss: his father held the office before him
    text = "Prime Minister Hun Sen opened the new bridge in Kampong Cham."
    assert actor_codes(nlp, text, date="2015-04-02")["Prime Minister Hun Sen"] == "KHMGOV"


def test_government_supporters_are_civilians(nlp):
    text = "Kenya held a runoff on Sunday. Government supporters cheered outside the tally centre."
    assert actor_codes(nlp, text)["Government supporters"] == "KENCVL"
    # near miss: the government's own people are still the government
    text = "Kenya held a runoff on Sunday. Government officials cheered outside the tally centre."
    assert actor_codes(nlp, text)["Government officials"] == "KENGOV"


def test_state_hosting_talks_is_not_the_home_of_the_parties(nlp):
    text = "After talks hosted by Norway, rebel fighters agreed to hand in their rifles."
    assert not (actor_codes(nlp, text)["rebel fighters"] or "").startswith("NOR")
    # near miss: fighters placed in the state are still of it
    text = "Rebel fighters in Norway agreed to hand in their rifles."
    assert (actor_codes(nlp, text)["Rebel fighters"] or "").startswith("NOR")
