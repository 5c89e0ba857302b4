"""Session 24, brief I: people and unnamed officials whose description gives a sector but
whose state is clear from the article (the state that speaks, the story's state, the people
the article gives the same word, a town's possessive, the armed group they lead), and names
with a nickname in quotes kept whole. Each rule has a case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_LIMA = ("LIMA, May 3 (Wire) - Peru's Congress voted on Tuesday to remove the president. "
         "Police in Lima fired tear gas at protesters outside Congress. ")
_CHILE = ("SANTIAGO, May 3 (Wire) - Chile said on Tuesday it would raise royalties on copper "
          "exports, hitting Canadian miners. Chile's finance ministry said the new rate would "
          "start in June. Bolivia and Argentina said they would study the plan. ")


def test_quoted_private_person_takes_the_story_state(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. The vote was 101 to 12. "
                    "\"We are tired of all of them,\" said Rosa, a 31-year-old nurse.")
    assert actor_codes(nlp, text)["Rosa"] == "PERCVL"


def test_businessman_takes_the_story_state_and_his_surname_too(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. The vote was 101 to 12. The case centred "
                    "on contracts that went to firms owned by businessman Carlos Vidal. Vidal "
                    "denied any wrongdoing.")
    codes = actor_codes(nlp, text)
    assert codes["businessman Carlos Vidal"] == "PERBUS"
    assert codes["Vidal"] == "PERBUS"


def test_tourists_named_in_a_story_take_no_state_from_it(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. The vote was 101 to 12. Tourists Henrik "
                    "Solvang and Pia Lindqvist waited at the airport for news.")
    codes = actor_codes(nlp, text)
    assert codes.get("Tourists Henrik Solvang") != "PERCVL"
    assert codes.get("Pia Lindqvist") != "PERCVL"


def test_private_person_after_a_sentence_about_another_state_stays_unplaced(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. Farmers in Bolivia said prices had "
                    "doubled. \"We cannot sell anything,\" said Rosa, a 31-year-old nurse.")
    assert actor_codes(nlp, text)["Rosa"] is None


def test_official_quoted_for_a_speaking_state_is_its_own(nlp):
    text = ("Haiti's interim council met on Monday. Gangs attacked two police stations in "
            "Port-au-Prince. Haiti's prime minister urged calm. Hours later, Ghana said it would "
            "delay its mission until order returned to Haiti, according to a senior foreign "
            "ministry official.")
    assert actor_codes(nlp, text)["a senior foreign ministry official"] == "GHAGOV"


def test_officials_cited_for_an_act_get_no_state_from_the_doer(nlp):
    text = ("Ukraine's president visited Kharkiv on Monday. Ukraine said the city needed more "
            "air defence. Russian troops shelled the town overnight, according to a senior "
            "defence ministry official.")
    assert actor_codes(nlp, text)["a senior defence ministry official"] != "RUSGOV"


def test_described_person_takes_the_state_of_people_of_that_word(nlp):
    codes = actor_codes(nlp, _CHILE + "\"We will lose our margins,\" said miner Jack Moore.")
    assert codes["miner Jack Moore"] == "CAN"


def test_described_person_of_a_word_two_states_share_gets_neither(nlp):
    text = _CHILE.replace("Canadian miners", "Canadian and Peruvian miners")
    codes = actor_codes(nlp, text + "\"We will lose our margins,\" said miner Jack Moore.")
    assert codes["miner Jack Moore"] not in ("CAN", "PER")


def test_a_town_possessive_places_the_institution_it_names(nlp):
    text = ("The Ukrainian soldier was taken to Vienna's Rudolfinerhaus hospital. Russia denied "
            "any role. Ukraine said Russia had shelled the town.")
    assert actor_codes(nlp, text)["Rudolfinerhaus hospital"] == "AUTMED"


_GANGS = ("Haiti's prime minister resigned on Monday. Gangs control most of the capital. "
          "The gangs, led by figures such as former soldier Johnny \"Tiger\" Baptiste, stormed "
          "two prisons. On Tuesday, Baptiste said he would attack the palace.")


def test_nickname_in_quotes_stays_inside_the_name(nlp):
    assert 'former soldier Johnny "Tiger" Baptiste' in actor_codes(nlp, _GANGS)


def test_leader_of_an_armed_group_is_of_the_group_not_a_former_office(nlp):
    codes = actor_codes(nlp, _GANGS)
    assert codes['former soldier Johnny "Tiger" Baptiste'] == "HTICRM"
    assert codes["Baptiste"] == "HTICRM"


def test_rebels_led_by_a_former_officer_make_him_a_rebel(nlp):
    text = ("Haiti's prime minister resigned on Monday. The rebels, led by former army officer "
            "Guy Philippe, seized Gonaives.")
    assert actor_codes(nlp, text)["former army officer Guy Philippe"] == "HTIREB"


def test_a_former_officer_who_leads_no_armed_group_keeps_his_office(nlp):
    text = ("Haiti's prime minister resigned on Monday. The talks, led by former army officer "
            "Guy Philippe, ended early.")
    assert actor_codes(nlp, text)["former army officer Guy Philippe"] != "HTIREB"


def test_quoted_person_whose_clause_places_their_work_takes_that_state(nlp):
    text = ("Hungary and Slovakia banned imports of Ukrainian grain on Monday. Brussels said the "
            "bans broke EU rules. \"Prices have halved,\" said Tomasz Nowicki, who grows maize "
            "near Lublin.")
    assert actor_codes(nlp, text)["Tomasz Nowicki"] == "POLCVL"


def test_person_called_chair_of_a_resolved_party_is_of_that_party(nlp):
    text = ("BUENOS AIRES, May 3 (Wire) - Argentina's Senate rejected the budget on Tuesday. "
            "Brazil and Chile said they were watching. Maria Gonzalez, chair of the opposition "
            "Unity party, said the vote was a warning.")
    assert actor_codes(nlp, text)["Maria Gonzalez"] == "ARGOPP"


def test_talks_abroad_do_not_make_the_scene_of_the_story_people(nlp):
    text = ("KINGSTON, March 12 (Wire) - Haiti's prime minister agreed to resign after emergency "
            "talks in Jamaica, Caribbean leaders said. Gangs have overrun much of Port-au-Prince. "
            "Haiti's government said elections would follow. Haitians fled their homes. "
            "\"We just want to work,\" said Jean-Marc Louis, a 40-year-old bus driver.")
    assert actor_codes(nlp, text)["Jean-Marc Louis"] == "HTICVL"



def test_analyst_placed_in_a_city_by_an_apposition_is_of_its_state(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. \"This will not end soon,\" said Anna "
                    "Kovacs, a political analyst in Budapest.")
    # (session 28: "political analyst" is a civilian's description, so the sector is CVL)
    assert actor_codes(nlp, text)["Anna Kovacs"] == "HUNCVL"


def test_a_city_based_researcher_is_of_its_state(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. \"This will not end soon,\" said Anna "
                    "Kovacs, a Budapest-based researcher.")
    assert actor_codes(nlp, text)["Anna Kovacs"] == "HUN"


def test_quoted_person_in_plain_words_is_a_civilian_of_the_story(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. The vote was 101 to 12. \"Nobody listens "
                    "to us,\" said Rosa Quispe, a mother of three.")
    assert actor_codes(nlp, text)["Rosa Quispe"] == "PERCVL"
    # (session 32) a street vendor is of the trade
    assert actor_codes(nlp, text.replace("a mother of three", "a street vendor"))["Rosa Quispe"] == "PERBUS"


def test_quoted_former_official_is_no_plain_civilian(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. The vote was 101 to 12. \"Nobody listens "
                    "to us,\" said Carlos Vidal, a former negotiator.")
    assert actor_codes(nlp, text)["Carlos Vidal"] != "PERCVL"


def test_researcher_at_a_city_institute_is_of_its_state(nlp):
    text = _LIMA + ("Brazil and Ecuador called for calm. \"This will not end soon,\" said Anna "
                    "Kovacs, a researcher at a Budapest policy institute.")
    assert actor_codes(nlp, text)["Anna Kovacs"] == "HUNCVL"  # (session 31) a private person


def test_a_people_in_apposition_makes_a_private_person_of_its_state(nlp):
    text = ("Pakistan closed the Torkham crossing on Monday. Afghanistan protested. \"We lose "
            "money every day,\" said Gul Rahman, an Afghan who sends fruit to markets in Peshawar.")
    assert actor_codes(nlp, text)["Gul Rahman"] == "AFGCVL"
