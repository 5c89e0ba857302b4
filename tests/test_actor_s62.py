"""Session 62: what the judges of batches DC and DC2 (session 61) counted wrong: a ministry
speaking in a foreign capital of its own government, gunmen who attack foreign peacekeepers, an
official briefing in the dateline's capital, officials reporting their leader's meeting, a
spokesman for a named army with his name set after, "the soldiers" of one side of a clash, the
guarantors of talks as "both sides", "him" in "a judge who wants him tried", a court of a name
many states use, a spokesman for "the group's office", "thousands of police and troops" a force
deploys, police at the dateline of a story about another state. Sentences written for these
tests."""

from __future__ import annotations

from actor_helpers import annotated_codes as codes_of, annotated_events as events_of, annotated_pairs as mentions


_PEACEKEEPERS = (
    "MOGADISHU, Somalia, Jul 2 (Wire) - Somali gunmen killed 11 Nigerian soldiers serving with the "
    "United Nations in Mogadishu on Friday, a U.N. spokesman said.\n\n"
    "At least 30 other Nigerians were hurt after militiamen opened fire on troops guarding a "
    "food store in the north of the city.\n\n"
    "Somalia's clan leaders blamed each other for the fighting.\n\n"
    "In Abuja, the Foreign Ministry said the government had learned of the deaths with grief and "
    "that its troops would stay in Somalia.")


def test_gunmen_who_attack_foreign_troops_are_the_story_states_not_the_victims():
    found = mentions(_PEACEKEEPERS, "1993-07-02")
    assert ("militiamen", "SOMUAF") in found
    assert ("militiamen", "NGAUAF") not in found


def test_a_ministry_speaking_in_a_foreign_capital_speaks_of_its_own_government():
    assert codes_of(_PEACEKEEPERS, "the government", "1993-07-02") == ["NGAGOV"]


_RECOGNITION = (
    "ISLAMABAD, Pakistan, May 26 (Wire) - Pakistan recognised the new rulers of Afghanistan on "
    "Monday, days after their fighters took the last big city held by the Afghan opposition.\n\n"
    "Afghanistan's new rulers now hold Kabul, Herat and Kandahar, and Afghanistan's old government "
    "has fled to the north of Afghanistan.\n\n"
    "Additional Secretary Tariq Mehmood told a news conference in Islamabad that the new "
    "authorities controlled most of Afghanistan.\n\n"
    "The decision was taken at a cabinet meeting chaired by Prime Minister Nawaz Sharif, officials "
    "said.\n\n"
    "Afghanistan's neighbours Iran and Tajikistan said Afghanistan had been taken by force.")


def test_an_official_briefing_in_the_dateline_capital_is_of_the_dateline_state():
    assert codes_of(_RECOGNITION, "Additional Secretary Tariq Mehmood", "1997-05-26") == ["PAKGOV"]


def test_officials_reporting_their_leaders_meeting_are_his_states():
    found = mentions(_RECOGNITION, "1997-05-26")
    assert ("officials", "PAKGOV") in found
    assert ("officials", "AFGGOV") not in found


_CLASH = (
    "NEW DELHI, India, Jun 17 (Wire) - Fourteen Indian soldiers were killed in a clash with Chinese "
    "troops on the disputed border, the Indian army said on Wednesday.\n\n"
    "The army said the soldiers died in hand-to-hand fighting on a ridge.\n\n"
    "A spokesman for the People's Liberation Army, Senior Colonel Li Wenbo, said India had crossed "
    "the line first.")


def test_the_soldiers_said_again_are_the_soldiers_not_the_other_sides_troops():
    found = mentions(_CLASH, "2020-06-17")
    assert ("the soldiers", "INDMIL") in found
    assert ("the soldiers", "CHNMIL") not in found


def test_a_spokesman_for_a_named_army_and_his_name_after_are_that_armys():
    found = mentions(_CLASH, "2020-06-17")
    assert ("A spokesman", "CHNMIL") in found
    assert ("Senior Colonel Li Wenbo", "CHNMIL") in found


_GUARANTORS = (
    "BOGOTA, Colombia, Oct 3 (Wire) - Colombia's government and the ELN rebels said on Monday they "
    "would keep talking after a bomb killed four police officers.\n\n"
    "Ecuador and Venezuela, guarantors of the talks, said in a statement that they would go on "
    "supporting the search for peace.\n\n"
    "The European Union urged both sides to respect the truce.")


def test_the_guarantors_of_talks_are_not_both_sides_of_them():
    found = mentions(_GUARANTORS, "2016-10-03")
    assert ("both sides", "ECU") not in found
    assert ("both sides", "VEN") not in found


_WARRANT = (
    "LONDON, Britain, Nov 3 (Wire) - British police arrested a former Argentine general at a London "
    "hotel on Tuesday at the request of a French judge who wants him tried for the deaths of "
    "French nuns, Scotland Yard said.\n\n"
    "The warrant came from investigating judge Claire Dumont of the High Court in Paris.\n\n"
    "Argentina said the arrest broke the general's immunity, and British ministers said the case "
    "was for the courts.\n\n"
    "Lawyers for the general said the High Court had no jurisdiction over crimes committed in "
    "Argentina.")


def test_him_in_a_relative_clause_is_not_its_own_subject():
    found = mentions(_WARRANT, "1998-11-03")
    assert ("him", "FRAJUD") not in found


def test_a_court_of_a_common_name_placed_once_is_that_states_when_named_again():
    found = mentions(_WARRANT, "1998-11-03")
    assert found.count(("the High Court", "FRAJUD")) == 2


_TIGERS = (
    "COLOMBO, Sri Lanka, Jan 31 (Wire) - A truck bomb wrecked a bank in central Colombo on "
    "Wednesday, police said, and the army blamed the Liberation Tigers of Tamil Eelam.\n\n"
    "The Tigers seldom claim attacks in the capital, and a spokesman for the group's office in "
    "Paris declined to comment.")


def test_a_spokesman_for_the_groups_office_speaks_for_the_group():
    assert codes_of(_TIGERS, "a spokesman", "1996-01-31") == ["LKAREB"]


_SUMMIT = (
    "SHARM EL-SHEIKH, Egypt, Mar 29 (Wire) - Arab leaders agreed on Sunday to form a joint force "
    "as Saudi jets struck Yemen's Houthi rebels for a fourth day.\n\n"
    "Yemen's president said the Houthis had seized Sanaa, and Yemen's army had split.\n\n"
    "Egyptian security forces deployed thousands of police and troops around the resort for the "
    "meeting.")


def test_thousands_of_troops_a_force_deploys_are_its_states():
    found = mentions(_SUMMIT, "2015-03-29")
    assert ("troops", "EGYMIL") in found
    assert ("troops", "YEMMIL") not in found


_JAKARTA = (
    "JAKARTA, Indonesia, Apr 24 (Wire) - Southeast Asian leaders pressed Myanmar's junta chief on "
    "Saturday to end the killing of protesters in Myanmar.\n\n"
    "Myanmar's army has killed more than 700 people since the coup in Myanmar, rights groups in "
    "Myanmar say.\n\n"
    "Outside the meeting, about 50 protesters, some of them Myanmar students living in Indonesia, "
    "waved flags before police pushed them back.")


def test_police_at_the_dateline_of_a_story_about_another_state_are_the_datelines():
    found = mentions(_JAKARTA, "2021-04-24")
    assert ("police", "IDNCOP") in found
    assert ("police", "MMRCOP") not in found


def test_known_people_of_the_batch_have_their_states():
    text = ("WASHINGTON, United States, Oct 5 (Wire) - U.S. officials said on Tuesday that President "
            "Salvador Allende had seized American copper mines without paying for them.")
    assert codes_of(text, "President Salvador Allende", "1971-10-05") == ["CHLGOV"]
    rawat = ("BEIJING, China, Jun 18 (Wire) - Chinese officials said on Thursday that General Bipin "
             "Rawat had sent more troops to the border.")
    assert codes_of(rawat, "General Bipin Rawat", "2020-06-18") == ["INDMIL"]


# From batches DD and DD2 (session 62), judged on 06c4690.

_STRIKE = (
    "BAGHDAD, Iraq, Jan 4 (Wire) - A U.S. drone strike killed an Iranian general near Baghdad "
    "airport on Saturday, the Pentagon said, and Washington sent more troops to the region.\n\n"
    "Iraq's caretaker Prime Minister Adel Abdul Mahdi condemned the strike as an aggression against "
    "Iraq and a breach of the terms under which U.S. troops are stationed there.\n\n"
    "He called parliament into an emergency session.\n\n"
    "U.S. officials said the strike had saved American lives, and the U.S. army said its bases "
    "were on alert.\n\n"
    "U.S. Defense Secretary Mark Esper said the United States would defend U.S. troops, and U.S. "
    "President Donald Trump said the United States did not seek war.\n\n"
    "Two days later militia supporters besieged the U.S. embassy in Baghdad's Green Zone.\n\n"
    "The State Department urged U.S. citizens to leave Iraq at once.")


_STRIKE_TITLE = "U.S. strike kills Iranian general in Baghdad"


def test_a_chamber_a_leader_convenes_is_his_states():
    assert codes_of(_STRIKE, "parliament", "2020-01-04", _STRIKE_TITLE) == ["IRQLEG"]


def test_a_crowd_besieging_an_embassy_is_where_the_embassy_stands():
    found = mentions(_STRIKE, "2020-01-04")
    assert ("militia supporters", "USAUAF") not in found


def test_advice_to_a_states_own_citizens_abroad_is_no_event():
    events = events_of(_STRIKE, "2020-01-04")
    assert not any(trigger == "urged" for _, trigger in events), events


_HIJACK = (
    "LARNACA, Cyprus, Mar 29 (Wire) - An Egyptian man hijacked a domestic EgyptAir flight on "
    "Tuesday and forced it to land in Cyprus, where he gave himself up after six hours.\n\n"
    "Cypriot police arrested the hijacker, identified as Farid Abdel Karim, as he left the plane.\n\n"
    "He asked to see his former wife and handed negotiators a letter for her.")


def test_a_name_that_identifies_the_man_told_before_takes_his_state():
    assert codes_of(_HIJACK, "Farid Abdel Karim", "2016-03-29") == ["EGYCVL"]


_LA_PAZ = (
    "LA PAZ, Bolivia, Jun 6 (Wire) - Bolivia's president offered to resign on Monday after weeks of "
    "road blockades by Indian peasants, miners and workers demanding that the state take over the "
    "gas fields.\n\n"
    "The protesters come mostly from the poor, largely Indian highlands around La Paz.")


def test_indian_people_in_a_latin_american_story_are_its_native_peoples():
    found = mentions(_LA_PAZ, "2005-06-06")
    assert ("Indian peasants", "BOLAGR") in found
    assert ("miners", "BOLLAB") in found
    assert not any(code and code.startswith("IND") for _, code in found), found


_SEA_CLASH = (
    "SEOUL, South Korea, Jun 15 (Wire) - A South Korean warship sank a North Korean torpedo boat in "
    "a gun battle in the Yellow Sea on Tuesday.\n\n"
    "The Joint Chiefs of Staff said the North's boats fired first.\n\n"
    "The opposition Grand National Party blamed the government's policy toward the North.\n\n"
    "Spokesmen for the party said the navy had been told to hold its fire.")


def test_a_joint_chiefs_of_staff_is_its_states_army_command():
    assert codes_of(_SEA_CLASH, "The Joint Chiefs of Staff", "1999-06-15") == ["KORMIL"]


def test_spokesmen_for_a_party_speak_for_the_party():
    found = mentions(_SEA_CLASH, "1999-06-15")
    assert ("Spokesmen", "KORGOV") not in found
    assert any(span == "Spokesmen" and code in ("KORPTY", "KOROPP") for span, code in found), found


_COUP = (
    "BANJUL, Gambia, Jul 23 (Wire) - An army lieutenant declared himself head of state on "
    "Saturday, a day after junior officers seized the capital in a coup that sent the president "
    "fleeing aboard a U.S. warship.\n\n"
    "Senegal, which surrounds Gambia on three sides, put troops on alert along the border.")


def test_officers_who_seize_the_capital_in_a_coup_are_the_states():
    assert codes_of(_COUP, "junior officers", "1994-07-23") == ["GMBMIL"]


def test_troops_a_state_puts_on_alert_are_its_own():
    assert codes_of(_COUP, "troops", "1994-07-23") == ["SENMIL"]


_NDJAMENA = (
    "N'DJAMENA, Chad, Apr 14 (Wire) - Chad broke off relations with Sudan on Friday and ordered "
    "Sudanese diplomats out, accusing Khartoum of arming the rebels who attacked the capital.\n\n"
    "Sudan has long accused Chad of backing rebels in Darfur, and refugees in Darfur say the war "
    "there goes on.\n\n"
    "President Idriss Deby told a crowd in the capital that Chad would defend itself.\n\n"
    "Residents said civilians were among the dead.")


def test_a_dateline_with_an_apostrophe_is_read():
    found = mentions(_NDJAMENA, "2006-04-14")
    assert ("a crowd", "TCDCVL") in found
    assert ("civilians", "TCDCVL") in found


_YEREVAN = (
    "YEREVAN, Armenia, Sep 26 (Wire) - Armenian troops sealed off the parliament on Thursday after "
    "opposition supporters stormed it.\n\n"
    "In neighbouring Azerbaijan, which is still at war with Armenia, officials said they were "
    "watching closely.")


def test_officials_in_a_neighbouring_state_opened_so_are_that_states():
    assert codes_of(_YEREVAN, "officials", "1996-09-26") == ["AZEGOV"]


_DONORS = (
    "TOKYO, Japan, Jan 22 (Wire) - Donors pledged $4.5 billion for Afghanistan on Tuesday, and "
    "Afghanistan's interim leader Hamid Karzai said Afghanistan needed the money at once.\n\n"
    "Karzai, who took office under an accord signed in Bonn, said his government could not pay "
    "teachers or doctors.\n\n"
    "The meeting was attended by leaders and officials of about 60 countries.")


def test_where_a_deal_was_signed_is_no_state_of_the_people_in_the_sentence():
    found = mentions(_DONORS, "2002-01-22")
    assert ("teachers", "DEUEDU") not in found
    assert ("teachers", "AFGEDU") in found


def test_officials_of_many_countries_are_of_no_one_state():
    found = mentions(_DONORS, "2002-01-22")
    assert not any(span == "officials" and code and code[:3] in ("AFG", "JPN") for span, code in found), found


def test_people_of_the_batches_have_their_states_on_the_day():
    text = ("TEHRAN, Iran, Jan 4 (Wire) - Iran named Esmail Qaani to lead the Quds Force on Saturday, "
            "and Moqtada al-Sadr told his followers to be ready.")
    assert codes_of(text, "Esmail Qaani", "2020-01-04") == ["IRNMIL"]
    assert codes_of(text, "Moqtada al-Sadr", "2020-01-04") == ["IRQREL"]
    bolivia = ("LA PAZ, Bolivia, Jun 7 (Wire) - Evo Morales said the people would not accept the "
               "Senate leader, and Jaime Solares called a general strike.")
    assert codes_of(bolivia, "Evo Morales", "2005-06-07") == ["BOLOPP"]
    assert codes_of(bolivia, "Evo Morales", "2000-04-09") == ["BOLLEG"]
    assert codes_of(bolivia, "Jaime Solares", "2005-06-07") == ["BOLLAB"]


# From batches DE and DE2 (session 62), judged on e14e29b.

_DILI = (
    "DILI, East Timor, Feb 11 (Wire) - Rebels shot and wounded East Timor's president at his home "
    "on Monday, and he was flown to Australia for treatment.\n\n"
    "A spokesman for Royal Darwin Hospital said the president was in a stable condition.\n\n"
    "\"His injuries are serious, but he is a fighter,\" the spokesman said.\n\n"
    "Australian Prime Minister Kevin Rudd said he would send more than 100 extra soldiers and "
    "additional federal police at Dili's request.")


def test_a_hospital_named_for_a_town_is_the_towns_states():
    found = mentions(_DILI, "2008-02-11")
    assert ("Royal Darwin Hospital", "AUSMED") in found
    assert ("A spokesman", "AUSMED") in found
    assert ("the spokesman", "AUSMED") in found


def test_forces_a_leader_says_he_will_send_are_his_states():
    found = mentions(_DILI, "2008-02-11")
    assert ("100 extra soldiers", "AUSMIL") in found
    assert ("additional federal police", "AUSCOP") in found


_AOUZOU = (
    "THE HAGUE, Netherlands, Feb 3 (Wire) - The World Court gave the Aouzou strip to Chad on "
    "Thursday, rejecting Libya's claim to the desert zone that Libya's troops have held since 1973.\n\n"
    "Libya said it would study the ruling, and Chad said Libya must now withdraw.\n\n"
    "Deby's army is also fighting several rebel groups, some once backed by Libya, and officials "
    "said a settled border should help curb arms smuggling.")


def test_a_state_named_only_as_a_backer_is_not_the_sentences():
    found = mentions(_AOUZOU, "1994-02-03")
    assert ("several rebel groups", "LBYREB") not in found
    assert ("officials", "LBYGOV") not in found


def test_reporters_from_a_named_paper_are_its_states():
    text = ("STEPANAKERT, Azerbaijan, Oct 2 (Wire) - Shelling hit the town of Martuni on Thursday.\n\n"
            "Two reporters from French newspaper Le Monde were wounded in the town.")
    assert codes_of(text, "Two reporters", "2020-10-02") == ["FRAJRN"]


def test_a_country_hit_by_a_crisis_is_no_attack():
    text = ("JAKARTA, Indonesia, May 13 (Wire) - Students protested against Suharto on Wednesday.\n\n"
            "Indonesia has been hit hardest by the Asian financial crisis.")
    assert not any(trigger == "hit" for _, trigger in events_of(text, "1998-05-13"))


def test_an_assault_rifle_is_no_assault():
    text = ("MOSCOW, Russia, Jul 27 (Wire) - Venezuela's president Hugo Chavez visited an arms plant in "
            "the Urals on Wednesday, where he met Mikhail Kalashnikov, the 86-year-old designer of the "
            "assault rifle.")
    assert not any(kind == "ASSAULT" for kind, _ in events_of(text, "2006-07-27"))


def test_people_of_the_second_batches_have_their_states_on_the_day():
    text = ("KABUL, Afghanistan, Sep 21 (Wire) - Taliban spokesman Zabihullah Mujahid called the "
            "deal a sham, and Defence Minister Avigdor Lieberman said Israel was watching.")
    assert codes_of(text, "Zabihullah Mujahid", "2014-09-21") == ["AFGREB"]
    assert codes_of(text, "Avigdor Lieberman", "2016-09-14") == ["ISRGOV"]
    libya = ("TRIPOLI, Libya, Feb 3 (Wire) - JANA carried a short report on the ruling.")
    assert codes_of(libya, "JANA", "1994-02-03") == ["LBYJRN"]


def test_an_ally_and_one_side_are_not_the_two_sides():
    text = ("MOSCOW, Russia, Oct 10 (Wire) - Armenia and Azerbaijan agreed a truce on Saturday after "
            "talks in Moscow.\n\n"
            "Armenia said Azerbaijan had shelled Armenian villages, and Azerbaijan said Armenia had "
            "attacked Azerbaijani towns.\n\n"
            "Armenia's prime minister said Armenia wanted peace, and Azerbaijan's president said "
            "Azerbaijan would fight for its land.\n\n"
            "Armenia accused Turkey of sending fighters. Ankara and Baku deny it.\n\n"
            "The Red Cross said the details still had to be worked out by the two sides.")
    found = mentions(text, "2020-10-10")
    assert ("the two sides", "ARM") in found
    assert not any(span == "the two sides" and code and code.startswith("TUR") for span, code in found)


# From batches DF and DF2 (session 62), judged on c6fbd6f.

_SOLOMONS = (
    "HONIARA, Solomon Islands, Jul 24 (Wire) - The first of 2,000 soldiers and police from Australia "
    "landed in the Solomon Islands on Thursday to disarm militias.\n\n"
    "Australian Prime Minister John Howard said Australia would not let the Solomons become a failed "
    "state, and Australian officials said Australia would pay for the mission.\n\n"
    "The Solomons parliament passed a law giving the force its powers, and the force will work "
    "alongside local police.\n\n"
    "In Honiara, some shopkeepers reopened on Friday.")


def test_where_a_force_lands_is_the_stories_scene():
    found = mentions(_SOLOMONS, "2003-07-24")
    assert ("local police", "SLBCOP") in found
    assert ("some shopkeepers", "SLBBUS") in found


def test_people_urged_with_a_government_are_its_side_not_the_urgers():
    text = ("LAGOS, Nigeria, Jan 9 (Wire) - A general strike shut Nigeria on Monday as unions protested "
            "against the end of a fuel subsidy, and police in Lagos shot a protester dead.\n\n"
            "Nigeria's president said the subsidy cost Nigeria billions.\n\n"
            "In Washington, the State Department urged the government and protesters to show restraint.")
    found = mentions(text, "2012-01-09")
    assert ("the government", "USAGOV") not in found
    assert ("protesters", "USACVL") not in found


def test_people_of_the_third_batches_have_their_states_on_the_day():
    text = ("BOGOTA, Colombia, Feb 20 (Wire) - Alvaro Uribe, the front-runner for the presidency, "
            "said the talks had failed.")
    assert codes_of(text, "Alvaro Uribe", "2002-02-20") == ["COLPTY"]
    kolkata = ("DHAKA, Bangladesh, Jun 6 (Wire) - West Bengal Chief Minister Mamata Banerjee joined the "
               "visit, and Adani Power signed a deal.")
    assert codes_of(kolkata, "Mamata Banerjee", "2015-06-06") == ["INDGOV"]
    assert codes_of(kolkata, "Adani Power", "2015-06-06") == ["INDBUS"]
    tbilisi = ("TBILISI, Georgia, Jun 21 (Wire) - Sergei Gavrilov spoke from the speaker's chair, and the "
               "opposition United National Movement called a rally.")
    assert codes_of(tbilisi, "Sergei Gavrilov", "2019-06-21") == ["RUSLEG"]
    assert codes_of(tbilisi, "United National Movement", "2019-06-21") == ["GEOOPP"]
