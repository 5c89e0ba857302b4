"""Session 25 (helper S), actors the blind judges of batches V, W and X found missed: a crowd
that acts or is spoken to, a motorist, relatives who act, environmental groups, a
lower-case foreign office, military and defence personnel, parties named by their camp
("separatist parties"), Bosniak parties and "his party" are actors with the state their text
gives. Each case has a near miss (our own sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text, date="2022-05-03")


# --- crowds -------------------------------------------------------------------------------------

def test_crowd_that_acts_is_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "LIMA, May 3 (Wire) - Peru's congress removed the president. Near the "
                        "building, crowds carrying banners began to sing.")
    assert codes.get("crowds") == "PERCVL"


def test_crowd_spoken_to_is_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "LIMA, May 3 (Wire) - Peru's congress removed the president. \"We will "
                        "be back,\" the president told the crowd.")
    assert codes.get("the crowd") == "PERCVL"


def test_crowd_drawn_by_a_singer_is_no_actor(nlp) -> None:
    codes = _codes(nlp, "LIMA, May 3 (Wire) - The singer drew a crowd of 5,000 fans.")
    assert "a crowd" not in codes and "crowd" not in codes


# --- people and groups by what they do ---------------------------------------------------------

def test_motorist_is_a_civilian_of_the_scene(nlp) -> None:
    codes = _codes(nlp, "Two nurses were shot dead by a motorist at a roadblock in Chile.")
    assert codes.get("a motorist") == "CHLCVL"


def test_relatives_who_act_are_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "BAMAKO, May 3 (Wire) - Mali's junta freed 40 prisoners. On Tuesday "
                        "relatives sang outside Bamako's main jail.")
    assert codes.get("relatives") == "MLICVL"


def test_relatives_in_a_phrase_of_place_are_no_actor(nlp) -> None:
    codes = _codes(nlp, "DAMASCUS, May 3 (Wire) - Syrian traders hoped banks would allow money "
                        "transfers from relatives abroad.")
    assert "relatives" not in codes


def test_their_people_of_two_sides_is_no_one_states(nlp) -> None:
    codes = _codes(nlp, "Russia and Ukraine swapped prisoners. Both sides want their people back.")
    assert "people" not in codes


def test_environmental_groups_are_ngos(nlp) -> None:
    codes = _codes(nlp, "LIMA, May 3 (Wire) - The protests, led by miners' unions and "
                        "environmental groups, blocked roads in Peru.")
    assert codes.get("environmental groups") == "NGO"


def test_lower_case_foreign_office_takes_its_place(nlp) -> None:
    codes = _codes(nlp, "The foreign office in Dhaka summoned the Burmese envoy.")
    assert codes.get("The foreign office") == "BGDGOV"


def test_military_personnel_are_the_army(nlp) -> None:
    codes = _codes(nlp, "About 50 Turkish military personnel are based in Qatar, and Japan "
                        "said it would send defence personnel to Djibouti.")
    assert codes.get("50 Turkish military personnel") == "TURMIL"
    assert codes.get("defence personnel") == "JPNMIL"


# --- parties --------------------------------------------------------------------------------------

def test_parties_named_by_their_camp_are_the_story_parties(nlp) -> None:
    codes = _codes(nlp, "LONDON, May 3 (Wire) - Britain's parliament passed a bill that "
                        "nationalist parties had demanded.")
    assert codes.get("nationalist parties") == "GBRPTY"


def test_parties_to_a_deal_are_no_political_parties(nlp) -> None:
    codes = _codes(nlp, "LONDON, May 3 (Wire) - Both parties signed the contract in London.")
    assert not any(text.endswith("parties") for text in codes)


def test_bosniak_parties_are_bosnian(nlp) -> None:
    codes = _codes(nlp, "Bosniak parties welcomed the verdict in Sarajevo.")
    assert codes.get("Bosniak parties") == "BIHPTY"


def test_his_party_is_the_leaders_party(nlp) -> None:
    codes = _codes(nlp, "Opposition leader Juan Perez, speaking in Lima, said his party "
                        "would take part in the talks.")
    assert codes.get("party") == "PERPTY"


def test_birthday_party_is_no_political_party(nlp) -> None:
    codes = _codes(nlp, "Peruvian President Juan Perez threw a party for his wife in Lima.")
    assert "party" not in codes and "a party" not in codes


# --- a state's own people -----------------------------------------------------------------------

def test_leaders_people_are_his_states_civilians(nlp) -> None:
    codes = _codes(nlp, "Chilean President Gabriel Boric said his people had nothing to fear.")
    assert codes.get("people") == "CHLCVL"


def test_states_people_are_its_civilians(nlp) -> None:
    codes = _codes(nlp, "Yemen is poor, and its people have suffered for years, the envoy said.")
    assert codes.get("people") == "YEMCVL"


def test_relatives_placed_in_a_state_but_not_acting_are_no_actor(nlp) -> None:
    codes = _codes(nlp, "MANAGUA, May 3 (Wire) - Nicaraguans rely on remittances from relatives "
                        "in the United States.")
    assert "relatives" not in codes
