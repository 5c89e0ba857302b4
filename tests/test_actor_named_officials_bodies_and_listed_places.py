"""Session 26 (helper U), named people and bodies the blind judges of batch Y found with no
state, cut names and places read as people: a name set off after an office holder or heading a
body takes the office's code, a central bank and a theatre command are state organs, a named
body takes the code its apposition or kind noun gives, a title's office is one name, coded
drill names hold no person, and towns listed with places are places. Each case has a near miss
(our own sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text, date="2023-06-12")


# --- named office holders -----------------------------------------------------------------------

def test_name_after_a_local_office_takes_its_code(nlp) -> None:
    codes = _codes(nlp, "BELGRADE, June 12 (Wire) - Serbia's prime minister resigned on Monday "
                        "and said the mayor of Subotica, Stevan Bakic, would also step down.")
    assert codes.get("Stevan Bakic") == "SRBGOV"
    assert "of Subotica" not in codes  # the town belongs to the office, no body of its own


def test_name_after_a_list_of_people_takes_no_office(nlp) -> None:
    codes = _codes(nlp, "BELGRADE, June 12 (Wire) - Serbia's prime minister met the mayor and "
                        "Nikola Dasic on Monday.")
    assert codes.get("Nikola Dasic") != "SRBGOV"


def test_name_heading_a_ministry_takes_its_code(nlp) -> None:
    codes = _codes(nlp, "ASUNCION, June 12 (Wire) - Paraguay extradited two men, the interior "
                        "ministry, headed by Ramon Ibarra Vera, said on Monday.")
    assert codes.get("Ramon Ibarra Vera") == "PRYGOV"


def test_name_heading_nothing_coded_stays_unplaced(nlp) -> None:
    codes = _codes(nlp, "The new film, headed by Ramon Ibarra Vera, opens on Monday.")
    assert codes.get("Ramon Ibarra Vera") is None


def test_bank_governor_in_apposition_is_the_state_bank(nlp) -> None:
    codes = _codes(nlp, "TUNIS, June 12 (Wire) - Tunisia's president criticised the central "
                        "bank on Monday. He said the bank's governor, Karim Belhadj, had to go.")
    assert codes.get("the central bank") == "TUNGOV"
    assert codes.get("the bank") == "TUNGOV"
    assert codes.get("Karim Belhadj") == "TUNGOV"


def test_private_bank_is_no_back_reference(nlp) -> None:
    codes = _codes(nlp, "TUNIS, June 12 (Wire) - Tunisia's president met traders on Monday. "
                        "One of them said the bank had refused his loan.")
    assert "the bank" not in codes


def test_town_economist_in_apposition_is_a_civilian_of_the_town(nlp) -> None:
    codes = _codes(nlp, "Nigeria's unions called a strike. A Lagos economist, Chidi Okafor, "
                        "said wages had fallen.")
    assert codes.get("Chidi Okafor") == "NGACVL"


def test_town_official_in_apposition_keeps_the_office(nlp) -> None:
    codes = _codes(nlp, "Nigeria's unions called a strike. A Lagos official, Chidi Okafor, "
                        "said wages had fallen.")
    assert codes.get("Chidi Okafor") != "NGACVL"


# --- named bodies ---------------------------------------------------------------------------

def test_theatre_command_is_the_military(nlp) -> None:
    codes = _codes(nlp, "China's Southern Theatre Command said its ships had drilled near the "
                        "islands. The command said the drills were routine.")
    assert codes.get("China's Southern Theatre Command") == "CHNMIL"
    assert codes.get("The command") == "CHNMIL"


def test_body_described_as_opposition_takes_that_code(nlp) -> None:
    codes = _codes(nlp, "MASERU, June 12 (Wire) - Lesotho's king dissolved parliament. The "
                        "Popular Renewal Front, the main opposition group, said it would "
                        "boycott the vote.")
    assert codes.get("The Popular Renewal Front") == "LSOOPP"


def test_body_before_a_kind_noun_takes_its_code(nlp) -> None:
    codes = _codes(nlp, "MEXICO CITY, June 12 (Wire) - Mexico arrested 12 people in Tamaulipas. "
                        "Among them were several figures linked to the Tamaulipas and Pacific "
                        "New Generation cartels, Mexican officials said.")
    assert codes.get("Pacific New Generation") == "MEXCRM"


def test_attorney_generals_office_is_one_judicial_body(nlp) -> None:
    codes = _codes(nlp, "LIMA, June 12 (Wire) - Peru extradited a former minister, the Attorney "
                        "General's Office said on Monday.")
    assert codes.get("the Attorney General's Office") == "PERJUD"
    assert "General's Office" not in codes


def test_article_of_a_named_modifier_stays_with_its_noun(nlp) -> None:
    codes = _codes(nlp, "Ghana's police ignored a Supreme Court ruling on Monday.")
    assert codes.get("Supreme Court") == "GHAJUD"
    assert "a Supreme Court" not in codes


def test_word_of_a_coded_drill_name_is_no_person(nlp) -> None:
    codes = _codes(nlp, "The drills, named Strait Thunder-2025A, began on Monday.")
    assert "Strait" not in codes


# --- places read as people --------------------------------------------------------------------

def test_unknown_town_listed_with_towns_is_their_state_place(nlp) -> None:
    codes = _codes(nlp, "Shops were burned on Friday in Manzini, Mbabane and Lobamba Ntfonjeni.")
    assert codes.get("Ntfonjeni") in (None, "SWZ")
    assert codes.get("Lobamba Ntfonjeni") in (None, "SWZ")


def test_name_after_a_place_noun_is_no_person(nlp) -> None:
    codes = _codes(nlp, "\"We hid for two days,\" said a teacher in the regional capital "
                        "Khankendi, speaking by telephone.")
    assert "Khankendi" not in codes or codes["Khankendi"] is not None


def test_people_listed_after_a_verb_stay_people(nlp) -> None:
    codes = _codes(nlp, "The minister thanked John Okafor, Ade Adeyemi and Tunde Balogun in "
                        "Lagos on Monday.")
    assert "John Okafor" in codes


def test_hyphened_region_after_forces_in_is_a_place(nlp) -> None:
    codes = _codes(nlp, "Armenian forces in Nagorno-Karabakh agreed to lay down their arms.")
    assert codes.get("Nagorno-Karabakh") == "AZE"


def test_islands_of_a_state_are_its_places_whatever_the_gazetteer_namesake(nlp) -> None:
    codes = _codes(nlp, "Ferries were halted to the Indonesian islands of Bali, Lombok and "
                        "Flores on Monday, officials said.")
    assert codes.get("Bali") == "IDN"
    assert codes.get("Flores") in (None, "IDN")


def test_occupier_of_listed_towns_is_not_their_state(nlp) -> None:
    codes = _codes(nlp, "Ukraine said shelling hit the Russian-held towns of Melitopol and "
                        "Berdyansk.")
    assert codes.get("Melitopol") == "UKR"
    assert codes.get("Berdyansk") == "UKR"


def test_a_person_before_a_numbered_word_it_does_not_modify_stays_a_person(nlp) -> None:
    # (session 27) only the very next word, heading it, can make a one-word "person" part of a coded name
    codes = _codes(nlp, "Kowalski said on Monday that F-16 jets had landed.")
    assert "Kowalski" in codes
