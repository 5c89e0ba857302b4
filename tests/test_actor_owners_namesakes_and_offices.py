"""Owners' states, collective leaders, homes, namesake towns, offices and determiners: "his
country" is its owner's state; heads of state of a summit borrow no other party's state; a town
named as people's home is their state's; a capital's namesake placed in another state is that
state's town; an office someone runs for or holds is no second actor; "the" before a state
modifier belongs to the noun it modifies; "Government forces" is an actor of the scene's state."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_possessed_country_is_the_owners_state(nlp):
    codes = actor_codes(nlp, "Kenyan President Uhuru Kenyatta said his country would reopen "
                             "the border crossing.")
    assert codes.get("his country") == "KEN"


def test_first_person_country_is_the_named_speakers(nlp):
    codes = actor_codes(nlp, '"Our nation will not accept these tariffs," Canadian Prime '
                             "Minister Justin Trudeau said.")
    assert codes.get("Our nation") == "CAN"


def test_country_as_destination_is_no_actor(nlp):
    codes = actor_codes(nlp, "Foreign Minister Sergei Lavrov said the delegates were welcome "
                             "to visit his country.")
    assert "his country" not in codes


def test_heads_of_state_borrow_no_other_partys_state(nlp):
    codes = actor_codes(nlp, "The Heads of State denounced the sanctions imposed by the "
                             "Canadian Government.")
    assert codes.get("the Canadian Government") == "CANGOV"
    assert codes.get("The Heads of State") is None


def test_heads_of_state_of_a_bloc_are_the_blocs(nlp):
    codes = actor_codes(nlp, "The Heads of State and Government of the African Union "
                             "gathered in Kigali.")
    heads = next(c for k, c in codes.items() if k.startswith("The Heads of State"))
    assert heads is not None and heads.startswith("IGO")


def test_town_tagged_as_a_people_is_the_home_of_its_residents(nlp):
    codes = actor_codes(nlp, "A Multan resident said soldiers fired at the crowd.")
    assert codes.get("A Multan resident") == "PAKCVL"


def test_person_described_by_age_and_home(nlp):
    codes = actor_codes(nlp, "A 34-year-old from Peshawar was wounded in the blast.")
    assert codes.get("A 34-year-old") == "PAKCVL"


def test_namesake_town_placed_in_another_state(nlp):
    codes = actor_codes(nlp, "Gunmen clashed overnight in Tripoli, the northern Lebanese city.")
    assert codes.get("Tripoli") == "LBN"
    codes = actor_codes(nlp, "Gunmen clashed overnight in the Lebanese city of Tripoli.")
    assert codes.get("Tripoli") == "LBN"


def test_capital_keeps_its_state_without_another_named(nlp):
    codes = actor_codes(nlp, "Officials in Tripoli said the talks would resume.")
    assert codes.get("Tripoli", "").startswith("LBY")


def test_list_of_states_is_no_apposition(nlp):
    codes = actor_codes(nlp, "Voters in Ohio, Florida, Georgia, Kansas and Texas went to the "
                             "polls.")
    assert codes.get("Florida") == "USA"


def test_office_sought_or_held_is_no_actor(nlp):
    codes = actor_codes(nlp, "Maria Lopez announced she would run for Attorney General of "
                             "Nevada next year.")
    assert not any(k.startswith("Attorney General") for k in codes)
    codes = actor_codes(nlp, "Tom Baker was appointed as Finance Minister in March.")
    assert not any("Finance Minister" in k for k in codes)
    codes = actor_codes(nlp, "The Finance Minister said the budget would be delayed.")
    assert any("Finance Minister" in k for k in codes)


def test_determiner_stays_with_the_modified_noun(nlp):
    codes = actor_codes(nlp, "The EU directive requires member states to act.")
    assert codes.get("EU") == "EUR" and "The EU" not in codes
    codes = actor_codes(nlp, "The EU said it would respond.")
    assert codes.get("The EU") == "EUR"


def test_government_forces_take_the_scenes_state(nlp):
    codes = actor_codes(nlp, "Fighting resumed in Mali on Sunday. Government forces and "
                             "allied militias shelled the town.")
    assert codes.get("Government forces") == "MLIMIL"
    codes = actor_codes(nlp, "Market forces pushed the price of grain up.")
    assert not any("forces" in k for k in codes)
