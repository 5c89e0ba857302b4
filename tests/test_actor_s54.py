"""Session 54: what batches CE and CE2's judges counted wrong (pronouns of a gendered noun, two
datelines, forces a state sends in ships, the members of a party named by its plural, the
owners of a joined subject, the press of a sentence's state, unnamed governments). Sentences
written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2019-02-27") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=""), word)


def test_she_is_not_the_gunman():
    text = ("KARACHI, Dec 27 (Wire) - Former Pakistani Prime Minister Benazir Bhutto died on Thursday "
            "after a gunman shot at her and then blew himself up as she waved to supporters.")
    assert codes_of(text, "she", "2007-12-27") == ["PAKELI"]


def test_party_workers_are_the_party():
    text = ("LAHORE, Dec 28 (Wire) - The Pakistan People's Party called a strike, and party workers "
            "wept outside the hospital.")
    assert codes_of(text, "party workers", "2007-12-28") == ["PAKPTY"]


def test_a_story_filed_from_two_capitals_names_no_actor_in_its_dateline():
    text = ("ISLAMABAD/NEW DELHI, Feb 27 (Wire) - Pakistan said it had shot down an Indian jet, and "
            "India said it had lost a plane.")
    assert codes_of(text, "ISLAMABAD") == []
    assert codes_of(text, "NEW DELHI") == []
    assert codes_of(text, "Pakistan") == ["PAK"]


def test_people_wounded_by_one_states_shelling_are_of_the_other():
    text = ("ISLAMABAD, Feb 27 (Wire) - Pakistan said its jets struck targets across the frontier. "
            "Pakistan's army said India had fired first. Indian officials said at least five "
            "civilians had been wounded by Pakistani shelling.")
    assert codes_of(text, "five civilians") == ["INDCVL"]


def test_navy_ships_a_state_sends_are_its_navy():
    text = ("YANGON, May 6 (Wire) - Myanmar's junta said the cyclone had killed 22,000 people. India "
            "dispatched two navy ships with food, and the United States said it was ready to send "
            "navy ships too.")
    assert codes_of(text, "two navy", "2008-05-06") == ["INDMIL"]
    assert codes_of(text, "navy", "2008-05-06") == ["USAMIL"]


def test_field_marshal_is_a_rank_before_the_name():
    text = ("CAIRO, Feb 11 (Wire) - The army council, headed by Defence Minister Field Marshal "
            "Mohamed Hussein Tantawi, took charge of Egypt.")
    assert codes_of(text, "Defence Minister Field Marshal Mohamed Hussein Tantawi", "2011-02-11") == ["EGYMIL"]
    assert codes_of(text, "Defence Minister Field Marshal", "2011-02-11") == []


def test_the_democrats_of_a_story_that_named_a_democratic_party_abroad():
    text = ("CHISINAU, June 9 (Wire) - Moldova's Democratic Party refused to give up power. The "
            "Socialists won 35 seats and the Democrats 30.")
    assert codes_of(text, "Democrats", "2019-06-09") == ["MDAPTY"]


def test_a_pro_russian_party_is_named_without_the_stance():
    text = ("CHISINAU, June 9 (Wire) - Moldova's pro-Russian Socialists formed a government with "
            "their rivals.")
    assert codes_of(text, "Socialists", "2019-06-09") == ["MDAPTY"]
    assert codes_of(text, "Russian Socialists", "2019-06-09") == []


def test_their_ambassadors_after_states_the_parser_hung_on_the_dateline():
    text = ("DUBAI, March 5 (Wire) - Saudi Arabia, the United Arab Emirates and Bahrain recalled "
            "their ambassadors from Qatar on Wednesday.")
    assert sorted(codes_of(text, "ambassadors", "2014-03-05")) == ["AREGOV", "BHRGOV", "SAUGOV"]


def test_state_media_of_the_one_state_its_sentence_names():
    text = ("DOHA, March 5 (Wire) - Qatar said it regretted the decision. Iran made no comment, but "
            "state media covered the story at length.")
    assert codes_of(text, "state media", "2014-03-05") == ["IRNJRN"]


def test_state_television_of_a_speaker_saying_on_it():
    text = ("QUITO, April 5 (Wire) - Ecuador expelled the U.S. ambassador. Venezuelan President Hugo "
            "Chavez praised the step, saying on state television that Ecuador had shown courage.")
    assert codes_of(text, "state television", "2011-04-05") == ["VENJRN"]


def test_a_named_persons_tie_in_apposition_is_that_person():
    text = ("QUITO, April 5 (Wire) - Ecuador expelled the U.S. ambassador. Venezuelan President Hugo "
            "Chavez, Correa's closest ally, praised the decision.")
    assert codes_of(text, "Correa's closest ally", "2011-04-05") == ["VENGOV"]


def test_islamic_state_in_capitals_before_its_fighters():
    text = ("DAMASCUS, March 10 (Wire) - The Kurdish-led force holds thousands of suspected IS "
            "fighters in its prisons.")
    assert codes_of(text, "IS fighters", "2025-03-10") == ["IMGREB"]


def test_police_reporting_what_happened_in_another_state():
    text = ("ISLAMABAD, Feb 27 (Wire) - Pakistan said it had downed two Indian jets. Separately, an "
            "Indian Air Force helicopter crashed near Budgam, killing six airmen, police said.")
    assert codes_of(text, "police") == ["INDCOP"]


def test_an_ex_soviet_republic_is_not_russia():
    text = ("CHISINAU, June 9 (Wire) - The crisis plunged the ex-Soviet republic into a standoff "
            "between two governments.")
    assert codes_of(text, "Soviet", "2019-06-09") == []


def test_creditors_and_raters_of_a_debtor_are_their_own_states_firms():
    text = ("BUENOS AIRES, July 31 (Wire) - Standard & Poor's cut Argentina's rating after talks "
            "with NML Capital collapsed.")
    assert codes_of(text, "Standard & Poor's", "2014-07-31") == ["USABUS"]
    assert codes_of(text, "NML Capital", "2014-07-31") == ["USABUS"]


def test_a_leaders_surname_is_never_the_first_ladys():
    text = ("WASHINGTON, May 6 (Wire) - President Biden said the United States would help. First Lady "
            "Jill Biden visited Tokyo, and Biden praised her trip.")
    assert codes_of(text, "President Biden", "2022-05-06") == ["USAGOV"]
    assert codes_of(text, "Biden", "2022-05-06") == ["USAGOV"]
    assert codes_of(text, "First Lady Jill Biden", "2022-05-06") == ["USAELI"]


# Round 2: what batches CF and CF2's judges counted wrong.

def test_states_joined_on_the_mediators_noun_are_not_the_two_sides():
    text = ("JEDDAH, May 12 (Wire) - Sudan's army and the paramilitary Rapid Support Forces (RSF) have "
            "signed a declaration committing them to protect civilians, U.S. and Saudi mediators said "
            "on Friday, but the two sides stopped short of agreeing a ceasefire.")
    assert sorted(codes_of(text, "the two sides", "2023-05-12")) == ["SDNMIL", "SDNUAF"]


def test_an_opposition_elder_leading_a_blocs_observers_is_its_official():
    text = ("HARARE, Aug 2 (Wire) - Zimbabwe's army fired on protesters. Former Ghanaian President John "
            "Mahama, who led the Commonwealth observers, condemned the violence.")
    assert codes_of(text, "Former Ghanaian President John Mahama", "2018-08-02") == ["IGOGOV"]


def test_one_states_adjective_before_anothers_people_is_one_community():
    text = ("NICOSIA, April 24 (Wire) - Greek Cypriots rejected the plan, while Turkish Cypriots voted "
            "for it.")
    assert codes_of(text, "Greek Cypriots", "2004-04-24") == ["CYPCVL"]
    assert codes_of(text, "Greek", "2004-04-24") == []


def test_a_name_after_a_description_and_a_lower_case_title_is_the_described():
    text = ("MANILA, Aug 24 (Wire) - Police stormed a hijacked bus. The gunman, former senior inspector "
            "Rolando Mendoza, was shot dead by a sniper.")
    assert codes_of(text, "Rolando Mendoza", "2010-08-24") == codes_of(text, "The gunman", "2010-08-24") != [None]


def test_he_before_the_named_subject_of_his_sentence_is_that_subject():
    text = ("MADRID, June 29 (Wire) - Ukrainian President Volodymyr Zelenskiy asked for weapons. In "
            "Ashgabat, where he was attending a summit, President Vladimir Putin said Russia would respond.")
    assert codes_of(text, "he", "2022-06-29") == ["RUSGOV"]


def test_an_administration_official_is_the_us_executives():
    text = ("MOSCOW, Dec 8 (Wire) - Russia freed an American basketball star in a swap with the United "
            "States. A senior administration official said Moscow had refused to free a second American.")
    assert codes_of(text, "A senior administration official", "2022-12-08") == ["USAGOV"]


def test_people_an_aircraft_a_state_sends_carries_are_its_own():
    text = ("MANILA, Aug 24 (Wire) - Eight tourists were killed in Manila. Hong Kong sent a chartered "
            "aircraft carrying doctors, police and security officials to Manila.")
    assert codes_of(text, "police", "2010-08-24") == ["HKGCOP"]
    assert codes_of(text, "security officials", "2010-08-24") == ["HKGGOV"]


def test_a_town_a_states_adjective_names_stays_its_town():
    text = ("BAKU, July 14 (Wire) - Azerbaijan and Armenia fought over Nagorno-Karabakh, a mainly ethnic "
            "Armenian region inside Azerbaijan. In the Armenian town of Berd, officials said homes had "
            "been damaged.")
    assert codes_of(text, "officials", "2020-07-14") == ["ARMGOV"]


def test_officers_a_ministry_of_the_story_state_names_are_its_own():
    text = ("BAKU, July 14 (Wire) - Azerbaijan said 11 of its servicemen were killed in fighting with "
            "Armenian forces. Azerbaijan's Defence Ministry named one of them as Major General Polad "
            "Hashimov.")
    assert codes_of(text, "Major General Polad Hashimov", "2020-07-14") == ["AZEMIL"]


def test_the_oil_majors_of_a_nationalisation_are_their_own_states_firms():
    text = ("CARACAS, June 27 (Wire) - ConocoPhillips is leaving Venezuela's oil belt. A Conoco "
            "spokesman said the firm would seek compensation.")
    assert codes_of(text, "ConocoPhillips", "2007-06-27") == ["USABUS"]


# Round 3: what batches CG and CG2's judges counted wrong.

def test_people_of_a_side_a_sentence_opens_with_are_that_states():
    text = ("BEIRUT, Nov. 27 (Wire) - A ceasefire between Israel and Hezbollah took hold in Lebanon. On "
            "the Israeli side, about 60,000 residents were evacuated, and dozens of soldiers were killed.")
    assert codes_of(text, "60,000 residents", "2024-11-27") == ["ISRCVL"]
    assert codes_of(text, "soldiers", "2024-11-27") == ["ISRMIL"]


def test_a_judge_named_with_the_town_of_the_post_serves_there():
    text = ("MEXICO CITY, Nov 18 (Wire) - Mexico welcomed the decision. Judge Carol Amon in Brooklyn "
            "granted the request of the prosecutors.")
    assert codes_of(text, "Judge Carol Amon", "2020-11-18") == ["USAJUD"]


def test_a_spanish_first_name_says_he_is_a_man():
    text = ("MEXICO CITY, Nov 18 (Wire) - General Salvador Cienfuegos, who led the army under former "
            "President Enrique Pena Nieto, was detained at the airport, where he had arrived with his "
            "family.")
    assert codes_of(text, "he", "2020-11-18") == ["MEXMIL"]


def test_the_norths_military_is_the_norths():
    text = ("TOKYO, Aug 29 (Wire) - North Korea fired a missile over Japan. Earlier this month, the "
            "North's military said it was drawing up plans to fire missiles near Guam.")
    assert codes_of(text, "military", "2017-08-29") == ["PRKMIL"]


def test_a_candidate_before_his_election_is_the_opposition():
    text = ("BRASILIA, Aug 8 (Wire) - The IMF agreed to lend Brazil $30 billion. Luiz Inacio Lula da "
            "Silva leads opinion polls.")
    assert codes_of(text, "Luiz Inacio Lula da Silva", "2002-08-08") == ["BRAOPP"]


def test_people_a_states_court_sentences_are_its_own():
    text = ("CAIRO, March 24 (Wire) - An Egyptian court sentenced 529 supporters of deposed President "
            "Mohamed Mursi to death, drawing condemnation from the United Nations and Washington.")
    assert codes_of(text, "529 supporters", "2014-03-24") == ["EGYCVL"]


def test_political_prisoners_are_the_holding_states_opposition():
    text = ("MANAGUA, Feb 10 (Wire) - Nicaragua freed 222 political prisoners and sent them to the United "
            "States. The Assistance Association for Political Prisoners welcomed the step.")
    assert codes_of(text, "222 political prisoners", "2023-02-10") == ["NICOPP"]


def test_the_council_stays_the_leads_council_after_another_is_named_in_passing():
    text = ("RIYADH, April 7 (Wire) - Yemen's president handed his powers to a new council.\n\n"
            "He transferred them to an eight-member Presidential Leadership Council, which will run the "
            "government.\n\n\"I delegate to the Presidential Leadership Council my full powers,\" he "
            "said.\n\nThe council will be chaired by Rashad al-Alimi.\n\nThe announcement came "
            "after talks hosted by the Gulf Cooperation Council (GCC).\n\nThe Houthis dismissed the "
            "council as illegitimate.")
    assert codes_of(text, "the council", "2022-04-07") == ["YEMGOV"]
