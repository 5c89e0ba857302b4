"""Session 63: what the judges of batches DG and DG2 (session 62) and DH (this session) counted
wrong: a story of a state recalling its own ambassador that names the other state more often,
protesters "outside the X embassy" (in the host state), a man who "joined the crowd", "the
embassy" after one named embassy, a long South Asian name that opens with a known surname, troops
"met by" another state's commanders or flown in from a town of their own state, a two-word rank
the tagger splits, "the peacekeepers" after troops said to have left years before, a quoted "our
soldiers", an opening "In <state>," over a clause under its verb, a defence minister's "the
troops", authorities a state does not recognise, "An official" after a state body spoke, "the
deposed president" whom another president acts on, "him" of "wrestled a man ... and detained
him", a phrase after a second noun joined by "and", a surname that a foreign town shares.
Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import annotated, annotated_codes as codes_of, annotated_mentions, annotated_pairs as mentions, stored_mentions as stored


_RECALL_TITLE = "Poland recalls ambassador from Berlin over German war-reparations ruling"
_RECALL = (
    "WARSAW, Poland, Mar 3 (Wire) - Poland recalled its ambassador to Germany on Friday after a "
    "German court threw out claims for wartime damages that Warsaw says Berlin still owes.\n\n"
    "Germany's foreign ministry said it regretted the step. The German government has said the "
    "question of reparations was closed in 1953, and German officials repeated that on Friday.\n\n"
    "Berlin's ambassador in Warsaw was not summoned. A German government spokesman said Germany "
    "valued its ties with Poland. German media called the recall a gesture for voters at home.\n\n"
    "The German chancellor spoke to the Polish prime minister by telephone, German officials said, "
    "and Germany's president said the German people remembered the war.\n\n"
    "In parliament, lawmakers of both main parties demanded that Berlin pay. A foreign ministry "
    "official said the government was weighing all options.\n\n"
    "Outside the German embassy, about 300 protesters waved flags as riot police looked on.\n\n"
    "\"My grandfather never came back from the camp,\" said Jan Kowalski, 71, a retired miner "
    "who joined the crowd.\n\n"
    "Former prisoners have gathered outside the embassy every year since 1990.")


def test_a_state_recalling_its_own_ambassador_is_the_story_state():
    found = mentions(_RECALL, "2023-03-03", _RECALL_TITLE)
    assert ("A foreign ministry official", "POLGOV") in found
    assert ("the government", "POLGOV") in found
    assert ("riot police", "POLCOP") in found


def test_protesters_outside_an_embassy_are_of_the_host_state():
    found = mentions(_RECALL, "2023-03-03", _RECALL_TITLE)
    assert ("300 protesters", "POLCVL") in found
    assert ("300 protesters", "DEUCVL") not in found


def test_a_man_who_joined_the_crowd_is_of_the_crowds_state():
    assert codes_of(_RECALL, "Jan Kowalski", "2023-03-03", _RECALL_TITLE) == ["POLCVL"]


def test_the_embassy_is_the_one_embassy_named_before():
    assert codes_of(_RECALL, "the embassy", "2023-03-03", _RECALL_TITLE) == ["DEUGOV"]


def test_a_long_name_that_opens_with_a_known_surname_is_someone_else():
    text = ("ISLAMABAD, Pakistan, Jun 12 (Wire) - Interior Minister Chaudhry Nisar Ali Khan warned "
            "on Friday that Pakistan would answer any raid across its border.\n\n"
            "\"We are ready,\" he said.")
    found = mentions(text, "2015-06-12")
    assert ("Interior Minister Chaudhry Nisar Ali Khan", "PAKGOV") in found
    assert all(code != "FJIELI" for _, code in found)


_LANDING = (
    "JUBA, South Sudan, Apr 4 (Wire) - The first Kenyan soldiers of a regional protection force "
    "landed in Juba on Tuesday, the first foreign force in the city since U.N. troops pulled out in "
    "2016.\n\n"
    "About 400 troops flew in from Mombasa on two transport planes and were met at the airport by "
    "South Sudanese officials and Ugandan commanders.\n\n"
    "There were no reports of attacks on the peacekeepers.\n\n"
    "\"Our soldiers are ready for their task,\" Kenyan army spokesman Colonel Paul Njuguna told "
    "reporters in Nairobi.\n\n"
    "The force commander, Kenyan Major General Peter Otieno, said the peacekeepers would guard the "
    "airport.\n\n"
    "In Kenya, parliament approved the mission last month after opposition lawmakers walked out.\n\n"
    "Defence Minister Aden Duale said the troops would defend themselves if attacked.")


def test_troops_met_by_another_states_commanders_are_not_theirs():
    found = mentions(_LANDING, "2023-04-04")
    assert ("400 troops", "KENMIL") in found
    assert ("400 troops", "UGAMIL") not in found


def test_the_peacekeepers_are_not_troops_that_left_years_before():
    assert set(codes_of(_LANDING, "the peacekeepers", "2023-04-04")) == {"KENMIL"}


_MOGADISHU = (
    "MOGADISHU, Somalia, Mar 6 (Wire) - Somalia's government welcomed the first African Union "
    "peacekeepers on Tuesday, and Somali officials said the troops would guard the port.\n\n"
    "Somalia's prime minister said Somali police would patrol the city with them.\n\n"
    "The force commander, Ugandan Major General Levi Karuhanga, said the troops would guard the "
    "port and airport of Somalia's capital.\n\n"
    "In Uganda, parliament approved the deployment in February after opposition lawmakers walked "
    "out.\n\n"
    "Defence Minister Crispus Kiyonga said the troops would defend themselves if attacked.")


def test_a_two_word_rank_after_a_state_adjective_is_one_title():
    found = mentions(_MOGADISHU, "2007-03-06")
    assert ("Ugandan Major General Levi Karuhanga", "UGAMIL") in found
    assert ("The force commander", "UGAMIL") in found


def test_an_opening_place_sets_the_clause_under_its_verb():
    assert codes_of(_MOGADISHU, "opposition lawmakers", "2007-03-06") == ["UGAOPP"]


def test_a_defence_ministers_troops_are_his_states():
    found = mentions(_MOGADISHU, "2007-03-06")
    assert ("Defence Minister Crispus Kiyonga", "UGAGOV") in found
    assert found[-1] == ("the troops", "UGAMIL")


def test_our_soldiers_of_a_quoted_army_spokesman_are_his_states():
    assert (5, "soldiers", "UGAMIL") in stored("fresh_news_s62dg2", "DG203")


_COUP = (
    "PORT-AU-PRINCE, Haiti, Oct 1 (Wire) - Soldiers seized power in Haiti on Monday and sent "
    "President Jean-Bertrand Aristide into exile.\n\n"
    "In Washington, the State Department condemned the coup and said the United States did not "
    "recognise the new military authorities.\n\n"
    "An official said U.S. aid to Haiti would be cut off unless the president was restored.\n\n"
    "\"We call on the army to go back to the barracks,\" the official told reporters.\n\n"
    "Venezuelan President Carlos Andres Perez condemned the coup and offered the deposed president "
    "asylum in Caracas.")


def test_authorities_a_state_does_not_recognise_are_not_its_own():
    assert codes_of(_COUP, "the new military authorities", "1991-10-01") != ["USAGOV"]


def test_an_official_after_a_state_body_spoke_is_of_that_state():
    found = mentions(_COUP, "1991-10-01")
    assert ("An official", "USAGOV") in found
    assert ("the official", "USAGOV") in found


def test_the_deposed_president_is_not_the_president_who_acts_on_him():
    assert codes_of(_COUP, "the deposed president", "1991-10-01") != ["VENGOV"]


def test_him_of_a_second_verb_is_the_first_verbs_object():
    text = ("BRATISLAVA, Slovakia, May 15 (Wire) - Prime Minister Robert Fico was shot and wounded on "
            "Wednesday in the town of Handlova.\n\n"
            "Police wrestled a man to the ground and detained him.")
    found = annotated_mentions(text, "2024-05-15")
    assert [(span, code) for span, code, _ in found if span == "him"] == [("him", "SVKCVL")]


def test_a_phrase_after_a_second_joined_noun_is_that_nouns():
    assert (1, "cabinet ministers", "LBNGOV") in stored("fresh_news_s62dg2", "DG202")


def test_a_surname_a_foreign_town_shares_is_the_person():
    found = stored("fresh_news_s62dg", "DG03")
    assert not [m for m in found if m[1] == "Rojas" and m[2] == "ARG"]


def test_gam_is_the_free_aceh_movement():
    found = stored("fresh_news_s63dh", "DH02")
    assert {code for _, span, code in found if span == "GAM"} == {"IDNREB"}


def test_outside_troops_are_not_the_host_states():
    text = ("ALMATY, Kazakhstan, Jan 7 (Wire) - Kazakhstan's president ordered police to fire on "
            "rioters on Friday.\n\n"
            "A U.S. spokesman said Washington had questions about the request for outside troops.")
    assert codes_of(text, "outside troops", "2022-01-07") != ["KAZMIL"]


def test_an_official_quoted_by_a_states_news_agency_is_of_that_state():
    text = ("ANKARA, Turkey, Mar 21 (Wire) - Turkish troops pressed on into northern Iraq on Tuesday.\n\n"
            "\"This is an act of aggression,\" the official Iraqi News Agency quoted a foreign ministry "
            "spokesman as saying.")
    assert codes_of(text, "a foreign ministry spokesman", "1995-03-21") == ["IRQGOV"]


def test_barzani_spelt_with_a_double_s_is_the_kdp_leader():
    text = ("ANKARA, Turkey, Mar 21 (Wire) - Turkish officials said Massoud Barzani, whose party "
            "controls the border area, had been told of the operation.")
    assert codes_of(text, "Massoud Barzani", "1995-03-21") == ["IRQPTY"]


def test_the_army_is_not_one_named_for_an_act_years_before():
    text = ("NEW DELHI, India, Jun 10 (Wire) - Indian troops struck rebel camps in Myanmar on Tuesday, "
            "India's army said.\n\n"
            "Bhutan's army drove Assamese separatists from camps in its jungles in 2003.\n\n"
            "In Imphal, residents said they feared reprisals. \"Every time the army hits them, they hit "
            "back,\" said Thoiba Singh, a clerk.")
    assert codes_of(text, "the army", "2015-06-10") != ["BTNMIL"]


def test_fighters_of_a_named_leaders_party_are_no_part_of_his_title():
    text = ("ARBIL, Iraq, Aug 31 (Wire) - Iraqi tanks moved in alongside fighters of Barzani's "
            "Kurdistan Democratic Party on Saturday.")
    found = mentions(text, "1996-08-31")
    assert ("fighters", "IRQREB") in found
    assert ("Barzani", "IRQPTY") in found


def test_collor_alone_is_the_president_not_his_brother():
    text = ("BRASILIA, Brazil, Sep 29 (Wire) - Brazil's Chamber of Deputies voted to impeach President "
            "Fernando Collor de Mello on Tuesday.\n\n"
            "The scandal broke when the president's brother, Pedro Collor, spoke to a magazine.\n\n"
            "A conviction would bar Collor from public office for eight years.")
    assert codes_of(text, "Collor", "1992-09-29")[-1] == "BRAGOV"


def test_the_ambassadors_are_not_the_one_ambassador_named_before():
    text = ("PORT-AU-PRINCE, Haiti, Oct 1 (Wire) - Soldiers seized President Jean-Bertrand Aristide on "
            "Monday.\n\n"
            "Foreign envoys, among them the French ambassador, Jean-Raphael Dufour, negotiated for his "
            "safety.\n\n"
            "\"The ambassadors saved his life,\" said one of his advisers.")
    assert codes_of(text, "The ambassadors", "1991-10-01") not in (["FRAGOV"], ["HTIGOV"])


def test_prosecutors_charging_a_named_person_are_of_his_state():
    text = ("MOSCOW, Russia, Mar 22 (Wire) - Russia vowed on Thursday to retaliate after the United "
            "States expelled 50 Russian diplomats over the arrest of FBI agent Robert Hanssen.\n\n"
            "Russia's foreign minister called it unjustified, and Russian lawmakers demanded a response.\n\n"
            "Prosecutors accuse Hanssen of selling secrets to Moscow.")
    assert codes_of(text, "Prosecutors", "2001-03-22") == ["USAJUD"]


def test_a_force_crossing_into_the_dateline_state_sets_the_story_there():
    text = ("MASERU, Lesotho, Sept 22 (Wire) - South African troops crossed into Lesotho on Tuesday at "
            "the request of Prime Minister Pakalitha Mosisili, fighting rebellious soldiers in the "
            "capital.\n\n"
            "South Africa's acting president said Pretoria had acted to stop a coup. South African "
            "officials said South Africa's soldiers would stay for weeks.\n\n"
            "Police were nowhere to be seen, witnesses said. Opposition parties condemned the "
            "intervention.")
    found = mentions(text, "1998-09-22",
                     "South African troops enter Lesotho at Mosisili's request")
    assert ("Police", "LSOCOP") in found
    assert ("Opposition parties", "LSOOPP") in found


def test_people_marching_through_a_city_of_another_state_are_of_that_state():
    found = stored("fresh_news_s63dh2", "DH205")
    assert (16, "tens of thousands of people", "ESPCVL") in found
    assert (0, "former Catalan leader Carles Puigdemont", "ESPELI") in found


def test_a_surname_without_its_arabic_article_is_the_person_named_in_full():
    text = ("BAGHDAD, Iraq, Sep 9 (Wire) - Iraq's parliament approved the government of Prime Minister "
            "Haider al-Abadi on Monday.\n\n"
            "Abadi, 62, an engineer who spent years in exile in Britain, promised to work with all parties.")
    assert codes_of(text, "Abadi", "2014-09-09") == ["IRQGOV", "IRQGOV"]


def test_the_fmln_of_2020_is_a_party():
    text = ("SAN SALVADOR, El Salvador, Feb 9 (Wire) - The leftist FMLN said it would not vote on the "
            "loan under threats.")
    assert codes_of(text, "FMLN", "2020-02-09") == ["SLVPTY"]


def test_troops_landed_in_a_charged_deed_are_the_charged_states():
    text = ("SANAA, Yemen, Dec 18 (Wire) - Yemeni officials said on Monday that fighting on a Red Sea "
            "island had killed 15 soldiers.\n\n"
            "Yemen accused Eritrea of launching an unprovoked attack on its garrison on the island on "
            "Friday, landing troops from boats under cover of artillery fire.")
    assert codes_of(text, "troops", "1995-12-18") == ["ERIMIL"]


def test_the_dateline_place_is_not_the_doer_of_the_lead():
    text = ("GENEVA, Switzerland, Dec 9 (Wire) - Indonesia and separatist rebels in Aceh signed a "
            "ceasefire agreement in Geneva on Monday.")
    signed = [e for e in annotated(text, "2002-12-09").events if e.trigger == "signed"]
    assert signed and {a.code for a in signed[0].source} == {"IDN", "IDNREB"}


def test_a_name_after_a_title_placed_in_a_capital_is_of_that_state():
    text = ("LONDON, Britain, June 21 (Wire) - Iranian forces seized three British boats on Monday, "
            "Britain's Ministry of Defence said. British officials demanded the crews' release.\n\n"
            "A foreign ministry spokesman in Tehran, Hamid Shirazi, said Iran was investigating.")
    assert codes_of(text, "Hamid Shirazi", "2004-06-21") == ["IRNGOV"]


def test_the_government_a_states_lawmakers_call_on_is_their_own():
    text = ("LONDON, Britain, June 21 (Wire) - Iranian forces seized three British boats on Monday, "
            "Britain's Ministry of Defence said. British officials demanded the crews' release.\n\n"
            "Some hardline lawmakers in the Majlis, Iran's parliament, have called on the government "
            "to scale back its cooperation with the agency.")
    assert codes_of(text, "the government", "2004-06-21") == ["IRNGOV"]


def test_the_zapatista_army_is_not_colombias_eln():
    text = ("MEXICO CITY, Mexico, Mar 24 (Wire) - The Zapatista National Liberation Army said it had "
            "put its fighters on alert.")
    assert codes_of(text, "National Liberation Army", "1994-03-24") == ["MEXREB"]


def test_him_of_a_participle_and_a_man_identified_as_named():
    text = ("TIJUANA, Mexico, Mar 24 (Wire) - Presidential candidate Luis Donaldo Colosio was shot dead "
            "at a rally on Wednesday, a party spokesman said.\n\n"
            "Police arrested a young man at the scene, pulling him away from the crowd.\n\n"
            "Officials identified him as Mario Aburto Martinez, a factory worker.")
    found = annotated_mentions(text, "1994-03-24")
    hims = [(code, name) for span, code, name in found if span == "him"]
    assert hims[0][0] == "MEXCVL"
    assert hims[1][1] == "Mario Aburto Martinez"


def test_the_winner_a_result_gives_a_share_is_the_winner():
    text = ("HARARE, Zimbabwe, March 13 (Wire) - President Robert Mugabe was declared winner of the "
            "election on Wednesday, but opposition leader Morgan Tsvangirai rejected the result.\n\n"
            "Officials said Mugabe had won 1,685,212 votes against 1,258,401 for Tsvangirai, giving the "
            "president about 56 percent.")
    assert codes_of(text, "the president", "2002-03-13") == ["ZWEGOV"]


def test_the_government_and_state_radio_of_a_sentence_set_in_a_capital():
    text = ("WASHINGTON, United States, Aug 19 (Wire) - President Bill Clinton on Friday ended open-door "
            "treatment for Cubans fleeing by sea, U.S. officials said. The U.S. Coast Guard will take "
            "the rafters to Guantanamo, and the State Department said Washington would talk to Havana.\n\n"
            "In Havana there was no immediate response from the government.\n\n"
            "But state radio accused Washington of encouraging illegal departures.")
    found = mentions(text, "1994-08-19")
    assert ("the government", "CUBGOV") in found
    assert ("state radio", "CUBJRN") in found


def test_workers_seized_by_rebels_are_the_hostages_told_later():
    text = ("ADDIS ABABA, Ethiopia, Apr 24 (Wire) - Separatist rebels stormed a Chinese-run oil field "
            "in eastern Ethiopia on Tuesday, killing 65 Ethiopians and nine Chinese workers and seizing "
            "seven more, officials said.\n\n"
            "In Beijing, President Hu Jintao ordered all-out efforts to rescue the hostages.")
    assert codes_of(text, "the hostages", "2007-04-24") != ["ETHCVL"]
