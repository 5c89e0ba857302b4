"""(session 33) A surname the tagger took for a known town is the person named in full before it,
unless the article writes it as a place; "Western donors", "Gulf donors" are the region's states
as givers of aid; the Union of South American Nations is an IGO. Sentences our own."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_town_named_surname_is_the_person_named_before(nlp):
    codes = actor_codes(nlp, (
        "LA PAZ (Wire) - Former President Carlos Mendoza of Bolivia spoke on Monday. Bolivia's "
        "Senate removed Mendoza on June 22 by a vote of 30 to 4."))
    assert codes.get("Mendoza") == "BOLELI"


def test_the_town_stays_a_place_where_the_article_places_it(nlp):
    codes = actor_codes(nlp, (
        "QUITO, Ecuador (Wire) - Former President Luis Cuenca spoke on Monday. Protesters "
        "gathered in Cuenca on Tuesday, and police dispersed them."))
    assert codes.get("Cuenca") != "ECUELI"


def test_western_donors_are_the_wests_governments(nlp):
    codes = actor_codes(nlp, "LILONGWE (Wire) - Western donors, who fund much of the budget, "
                             "urged all sides on Monday to respect the ruling.")
    assert codes.get("Western donors") == "WSTGOV"


def test_bare_donors_stay_without_a_region(nlp):
    codes = actor_codes(nlp, "LILONGWE (Wire) - Donors urged all sides on Monday to respect the ruling.")
    assert not any((c or "").startswith("WST") for c in codes.values())


def test_the_union_of_south_american_nations_is_an_igo(nlp):
    codes = actor_codes(nlp, "LIMA (Wire) - The Union of South American Nations (Unasur) suspended "
                             "the country's membership on Friday. Unasur said the vote was illegal.")
    assert codes.get("Union of South American Nations") == "IGO" and codes.get("Unasur") == "IGO"


def test_a_states_named_movement_is_a_party(nlp):
    codes = actor_codes(nlp, "NAIROBI (Wire) - The Kenya Democratic Movement (KDM) said its leader was "
                             "arrested on Monday.")
    assert codes.get("Kenya Democratic Movement") == "KENPTY" and codes.get("its leader") == "KENPTY"


def test_a_states_liberation_movement_is_rebels(nlp):
    # (session 38) dated: from South Sudan's independence (2011) the SPLM is its ruling party
    codes = actor_codes(nlp, "JUBA (Wire) - The Sudan People's Liberation Movement attacked a garrison "
                             "near Malakal on Monday.", date="1995-03-01")
    assert codes.get("Sudan People's Liberation Movement") == "SDNREB"
