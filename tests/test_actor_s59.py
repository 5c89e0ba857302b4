"""Session 59: what batch CT and CT2's judges counted wrong (and leftovers of session 58): a story
set in the neighbour's land when its lead only says what the neighbour did, "both governments"
given a separatist and his aides, aides of a named man, asylum seekers given their refuge, a
party sharing a foreign party's name, "the administration" after the US president, a police chief
who is a general, a crown prince of a "where" clause, prosecutors named again, police at a town
the act was just set in, a mission's strength, a ship's escort, "the airline", coup leaders read
as a mediating president, Chinese family names; and events told again by a noun or held as a
government's own meeting. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import (annotated as _article, annotated_codes as codes_of, annotated_events as events_of,
                           annotated_mentions as mentions)


_HANDOVER = (
    "BAMAKO, March 3 (Wire) - Mali said on Tuesday that Niger had handed over 12 rebel commanders, and "
    "Malian Justice Minister Mamadou Konate said they would stand trial.\n\n"
    "The men were arrested last month at a guest house in Niamey, their relatives said. Mali's "
    "government thanked Niger.\n\n"
    "Several of them had lived in Niger for years. Human rights groups said thousands of people from "
    "the north had fled to camps in Niger, and Malian officials said many had gone to camps in "
    "Niger's Tillaberi region.\n\n"
    "The crisis began when soldiers mutinied in the north. Security forces later broke up marches in "
    "Gao, and residents said many young men were taken away.")


def test_a_lead_naming_the_neighbour_only_as_the_doer_of_a_reported_act_sets_no_scene_there():
    title = "Mali says Niger handed over rebel commanders"
    assert codes_of(_HANDOVER, "residents", "2020-03-03", title) == ["MLICVL"]
    assert codes_of(_HANDOVER, "Security forces", "2020-03-03", title) == ["MLICOP"]


_SEIZED = (
    "ABIDJAN, May 2 (Wire) - Ivory Coast said on Friday that Ghana had arrested Ivorian rebel leader "
    "Koffi Ahoussou and several aides at a hotel in Accra. Ghanaian police declined to comment.\n\n"
    "Lawyers said the detainees had applied for asylum in Ghana.")


def test_aides_joined_to_a_named_leader_are_his():
    assert codes_of(_SEIZED, "several aides", "2011-05-02") == ["CIVREB"]


def test_people_who_sought_asylum_in_a_state_are_not_its_own():
    assert codes_of(_SEIZED, "the detainees", "2011-05-02") != ["GHA"]


def test_both_governments_after_a_separatist_and_his_aides_are_the_two_states():
    text = ("YAOUNDE, Jan. 29 (Wire) - Cameroon said on Monday that Nigeria had handed over 47 "
            "separatists, among them Julius Ayuk Tabe.\n\n"
            "Ayuk Tabe and several aides were seized at a hotel in Abuja.\n\n"
            "The U.N. refugee agency said it was seeking clarification from both governments.")
    found = [(code, name) for span, code, name in mentions(text, "2018-01-29", "Cameroon says Nigeria "
                                                             "handed over 47 separatists")
             if span.endswith("governments")]
    assert found and {code for code, _ in found} <= {"CMRGOV", "NGAGOV"}
    assert all(name is None for _, name in found)


def test_both_governments_after_a_separatist_and_his_aides_is_no_person():
    text = ("YAOUNDE, Jan. 29 (Wire) - Cameroon said on Monday that Nigeria had handed over 47 "
            "separatists, among them Julius Ayuk Tabe, and that they would be tried.\n\n"
            "Communication Minister Issa Tchiroma Bakary told reporters in Yaounde that the suspects "
            "were in the custody of Cameroonian security services.\n\n"
            "Nigeria's foreign ministry made no comment. Abuja would not let its territory be used "
            "against a neighbour, a Nigerian official said.\n\n"
            "Ayuk Tabe and several aides were seized at a hotel in the Nigerian capital, where they were "
            "holding a meeting, their supporters said.\n\n"
            "People who came to Nigeria for protection were sent back to the very government they fled, "
            "said one lawyer in Lagos.\n\n"
            "The U.N. refugee agency UNHCR said it was seeking clarification from both governments.")
    found = [(code, name) for span, code, name in mentions(text, "2018-01-29", "Cameroon says Nigeria "
                                                             "handed over 47 separatists")
             if span == "both governments"]
    assert {code for code, _ in found} == {"CMRGOV", "NGAGOV"}
    assert all(name is None for _, name in found)


def test_a_party_named_like_a_foreign_one_is_the_story_s_own():
    text = ("YEREVAN, Sept. 1 (Wire) - Armenia cut ties with Hungary on Friday.\n\n"
            "Armenia's parliament speaker said lawmakers would meet next week, and the ruling Republican "
            "Party issued a statement condemning the release.\n\n"
            "The United States said it was troubled by the pardon.")
    assert codes_of(text, "Republican Party", "2012-09-01") == ["ARMPTY"]


def test_a_foreign_party_of_a_distinctive_name_keeps_its_state():
    assert codes_of("KATHMANDU, Nov 7 (Wire) - The FDP left the coalition in Berlin, and in Kathmandu "
                    "the UML backed the Nepali Congress.", "FDP", "2024-11-07") == ["DEUPTY"]


def test_a_party_of_two_states_is_the_one_the_story_is_about():
    text = ("DUBLIN, June 13 (Wire) - Irish voters rejected the Lisbon Treaty, official results showed on "
            "Friday.\n\n"
            "Sinn Fein, the only party in parliament to oppose the treaty, hailed the result.")
    assert codes_of(text, "Sinn Fein", "2008-06-13", "Irish voters reject Lisbon Treaty") == ["IRLPTY"]


def test_the_administration_after_the_us_president_spoke_is_his():
    text = ("BEIJING, July 6 (Wire) - China hit back at U.S. tariffs on Friday.\n\n"
            "Speaking aboard Air Force One, President Donald Trump said more Chinese goods would be hit.\n\n"
            "The administration says the tariffs answer Beijing's theft of American technology.")
    assert codes_of(text, "The administration", "2018-07-06") == ["USAGOV"]


_BOMB = (
    "JAKARTA, Sept 9 (Wire) - A car bomb exploded outside a hotel in Jakarta on Thursday, killing nine "
    "people, in an attack Indonesian police blamed on militants.\n\n"
    "All the dead were Indonesians, police said. Australian officials said no staff were hurt.\n\n"
    "National police chief General Hadi Prasetyo said the bomb was packed into a van.\n\n"
    "A statement posted online claimed responsibility and warned Australia to withdraw its troops from "
    "Iraq, although police said they were still checking it.")


def test_a_police_chief_who_is_a_general_heads_the_police_named_before():
    assert codes_of(_BOMB, "National police chief General Hadi Prasetyo", "2004-09-09") == ["IDNCOP"]
    assert codes_of(_BOMB, "police", "2004-09-09")[-1] == "IDNCOP"


def test_a_royal_inside_a_where_clause_is_of_its_place():
    text = ("JAKARTA, Sept 9 (Wire) - Indonesian President Megawati Sukarnoputri cut short a visit to "
            "neighbouring Brunei, where she was attending the wedding of the crown prince, and returned "
            "to Jakarta.")
    assert codes_of(text, "the crown prince", "2004-09-09") == ["BRNGOV"]


def test_bare_prosecutors_after_a_state_s_prosecutors_are_the_same():
    text = ("STOCKHOLM, July 14 (Wire) - A Swedish court jailed a former Iranian prison official for life "
            "on Thursday. Iran's foreign ministry summoned Sweden's ambassador, and Tehran called the trial "
            "a political show. Iranian exiles cheered outside the court. Iran said the case was invented "
            "by Iranian dissidents, and Iranian media called it a plot against Iran.\n\n"
            "Swedish prosecutors charged him under universal jurisdiction. Prosecutors said he escorted "
            "prisoners to the execution chamber at Gohardasht prison near Tehran.")
    assert codes_of(text, "Prosecutors", "2022-07-14") == ["SWEJUD"]


def test_police_after_an_act_set_in_a_town_are_of_that_town_s_state():
    text = ("DAMASCUS, Oct 5 (Wire) - Israeli warplanes bombed a camp inside Syria on Sunday. Syria "
            "condemned the raid on the camp northwest of Damascus. Syrian officials said the camp was "
            "empty, and Syria asked the U.N. Security Council to meet.\n\n"
            "The raid followed a bombing a day earlier. A woman walked into a restaurant on Haifa's "
            "seafront and blew herself up among diners.\n\n"
            "Police said the dead included three children.")
    assert codes_of(text, "Police", "2003-10-05") == ["ISRCOP"]


def test_troops_a_sentence_counts_for_an_international_mission_are_the_mission_s():
    text = ("UNITED NATIONS, April 25 (Wire) - The Security Council voted on Thursday to create a "
            "peacekeeping force for Mali. The council set up the Multidimensional Integrated "
            "Stabilization Mission in Mali, known as MINUSMA, with up to 11,200 soldiers and "
            "1,440 police.")
    assert codes_of(text, "11,200 soldiers", "2013-04-25") == ["UNOMIL"]
    assert codes_of(text, "1,440 police", "2013-04-25") == ["UNOCOP"]


def test_warships_escorting_what_a_state_sent_are_that_state_s():
    text = ("ATHENS, Aug 10 (Wire) - Greece put its navy on alert on Monday after Turkey sent a survey "
            "vessel, escorted by warships, into waters both countries claim.")
    assert codes_of(text, "warships", "2020-08-10") == ["TURMIL"]


def test_the_airline_is_the_airline_named_before():
    text = ("KIEV, July 18 (Wire) - A Malaysia Airlines jet carrying 298 people was shot down over "
            "eastern Ukraine on Thursday. Ukraine's president called it terrorism.\n\n"
            "The dead included 43 Malaysians and 27 Australians, the airline said.")
    assert codes_of(text, "the airline", "2014-07-18") == ["MYSBUS"]


def test_coup_leaders_are_not_the_president_sent_to_mediate():
    text = ("OUAGADOUGOU, Sept 17 (Wire) - Soldiers of Burkina Faso's presidential guard seized power "
            "on Thursday.\n\n"
            "ECOWAS said Benin's President Thomas Boni Yayi would fly to Ouagadougou to mediate.\n\n"
            "The African Union was likely to threaten sanctions against the coup leaders.")
    found = [(code, name) for span, code, name in mentions(text, "2015-09-17") if span == "the coup leaders"]
    assert found and all(code != "BENGOV" and name is None for code, name in found)


def test_a_chinese_family_name_alone_is_its_bearer_and_a_given_name_is_not():
    text = ("BEIJING, July 6 (Wire) - Chinese Foreign Ministry spokesman Lu Kang said on Friday that "
            "Beijing would defend its interests. Lu said China would not bow to threats.")
    assert codes_of(text, "Lu", "2018-07-06") == ["CHNGOV"]
    text = ("KUALA LUMPUR, March 6 (Wire) - Malaysia expelled North Korea's Ambassador Kang Chol on "
            "Monday. Kang said Malaysia would regret the decision.")
    assert codes_of(text, "Kang", "2017-03-06") == ["PRKGOV"]


def test_a_bombing_named_again_by_a_noun_is_no_second_event():
    text = ("DAMASCUS, Oct 5 (Wire) - Israeli warplanes bombed a camp inside Syria on Sunday, a day after "
            "a Palestinian suicide bomber killed 19 people in a Haifa restaurant.\n\n"
            "Syria condemned the raid. Diplomats said the United States would oppose any text that did "
            "not also condemn the Haifa bombing.\n\n"
            "European Union foreign policy chief Javier Solana condemned the Haifa bombing in the "
            "strongest terms.")
    found = events_of(text, "2003-10-05")
    assert ("ASSAULT", "bombed") in found
    assert not any(kind == "ASSAULT" and trigger == "bombing" for kind, trigger in found)


def test_a_government_convening_its_own_cabinet_is_no_event():
    text = ("JERUSALEM, Oct 4 (Wire) - Prime Minister Ariel Sharon convened his security cabinet late "
            "on Saturday, and Israeli Foreign Minister Silvan Shalom met U.S. envoy William Burns.")
    found = events_of(text, "2003-10-04")
    assert ("CONSULT", "convened") not in found
    assert any(kind == "CONSULT" and trigger == "met" for kind, trigger in found)


# --- round 2: what batch CU and CU2's judges counted wrong ------------------------------------

def test_a_story_led_by_its_dateline_state_s_statement_is_that_state_s():
    text = ("BERLIN, Sept 2 (Wire) - Germany said on Wednesday that tests had found proof that Russian "
            "opposition leader Alexei Navalny was poisoned, and Chancellor Angela Merkel demanded "
            "answers from Moscow.\n\n"
            "The Kremlin said it had no information, and Russia's foreign ministry called the claims "
            "part of a campaign. Russian doctors said they had found no poison, and Russian officials "
            "said Russia would not be lectured. Russia's ambassador was summoned.\n\n"
            "Government spokesman Manfred Keller said a military laboratory had identified the agent.")
    title = "Germany says Navalny poisoned, Merkel demands answers from Moscow"
    assert codes_of(text, "Government spokesman Manfred Keller", "2020-09-02", title) == ["DEUGOV"]


def test_a_lead_that_reports_an_act_before_who_said_it_keeps_the_count():
    text = ("NEW DELHI, April 19 (Wire) - Sixteen Indian border guards were killed in a clash with "
            "Bangladeshi troops on the frontier, India said on Thursday.\n\n"
            "Bangladesh's army said its men had fired in self-defence. Bangladesh's foreign ministry "
            "summoned India's envoy, and Bangladesh's prime minister called the clash regrettable. "
            "Bangladeshi officials said Bangladesh wanted talks, and Bangladesh's opposition "
            "criticised the government.")
    title = "India says 16 border guards killed in clash with Bangladeshi troops"
    assert codes_of(text, "the government", "2001-04-19", title) == ["BGDGOV"]


def test_a_body_joined_to_another_state_s_official_s_clause_is_his_state_s():
    text = ("WARSAW, April 10 (Wire) - Polish President Lech Kaczynski died in a plane crash in Russia on "
            "Saturday. Poland's government declared a week of mourning.\n\n"
            "President Dmitry Medvedev declared Monday a day of national mourning in Russia, and a state "
            "television channel said it would broadcast a film in tribute to the victims.")
    assert codes_of(text, "a state television channel", "2010-04-10") == ["RUSJRN"]


def test_a_court_a_where_clause_places_is_of_that_state_and_so_is_its_name_again():
    text = ("ROME, March 26 (Wire) - Italy's foreign minister resigned on Tuesday over the return of two "
            "Italian marines to India. Italy's government said it had no choice.\n\n"
            "The marines were arrested in Kerala and later moved to New Delhi, where the Supreme Court "
            "ruled in January that a special court should hear the case.\n\n"
            "In March the Supreme Court barred Italy's ambassador from leaving.")
    assert codes_of(text, "the Supreme Court", "2013-03-26") == ["INDJUD", "INDJUD"]


def test_an_unnamed_ministry_in_a_story_no_state_leads_is_the_dateline_s():
    text = ("RIYADH, Sept 15 (Wire) - Drone and missile strikes on two Saudi Aramco plants knocked out "
            "more than half of Saudi Arabia's crude output on Saturday, and the United States blamed "
            "Iran.\n\n"
            "The attacks before dawn set off huge fires at the Abqaiq processing complex, the interior "
            "ministry said.\n\n"
            "U.S. Secretary of State Mike Pompeo said Iran was behind the attack, and Tehran denied it. "
            "The United States said it would defend its allies, and Washington sent more ships.")
    assert codes_of(text, "the interior ministry", "2019-09-15",
                    "Drone strikes knock out half of Saudi oil output") == ["SAUGOV"]


def test_a_spokesman_who_reports_an_official_s_deed_is_his():
    text = ("JOHANNESBURG, Sept 5 (Wire) - Nigeria pulled out of a forum in Cape Town on Thursday as riots "
            "against foreign shops spread in Johannesburg. South African police said ten people had died, "
            "and South Africa's president condemned the violence.\n\n"
            "Vice President Yemi Osinbajo cancelled his trip late on Wednesday, a spokesman said.")
    assert codes_of(text, "a spokesman", "2019-09-05") == ["NGAGOV"]


def test_police_after_an_act_set_in_another_state_s_town_are_that_state_s():
    text = ("JOHANNESBURG, Sept 5 (Wire) - South African police said ten people had been killed in riots "
            "against foreign-owned shops in Johannesburg, and Nigeria recalled its envoy.\n\n"
            "In Lagos, crowds attacked outlets of a South African retailer on Wednesday. Police said they "
            "had detained more than 100 people.")
    assert codes_of(text, "Police", "2019-09-05") == ["NGACOP"]


def test_a_perfect_told_as_a_series_is_no_event_of_the_news():
    text = ("RIYADH, Sept 15 (Wire) - The Houthis have repeatedly fired missiles and drones at Saudi cities "
            "since the coalition intervened in 2015. Russian police have detained the activist many times. "
            "Yemen's Houthi rebels fired a missile at Riyadh on Sunday.")
    found = _article(text, "2019-09-15").events
    assert len([e for e in found if e.type == "ASSAULT"]) == 1
    assert not any(e.type == "COERCE" and e.trigger == "detained" for e in found)


# --- follow-up: what batch CV and CV2's judges counted wrong ------------------------------------

_URI = ("SRINAGAR, India, Sept 18 (Wire) - Heavily armed militants stormed an Indian army base near the "
        "de facto border with Pakistan in Kashmir before dawn on Sunday, killing 17 soldiers in the "
        "deadliest attack on the military in the region in more than a decade.\n\n"
        "All four attackers were killed in a gunbattle, the army said. Most of the dead were asleep when "
        "the attackers, who had crossed the Line of Control, threw grenades, officials said.\n\n"
        "India's home minister blamed Pakistan, and Indian officials said India would respond. Pakistan "
        "denied any role, and Pakistan's foreign ministry said India blamed Pakistan for everything. "
        "Pakistan's army said Pakistan was ready, and Indian troops were put on alert across India's "
        "north. Pakistani officials said Pakistan wanted talks.")


def test_a_story_filed_from_the_state_it_names_most_by_a_tenth_is_that_state_s():
    assert codes_of(_URI, "the military", "2016-09-18") == ["INDMIL"]
    assert codes_of(_URI, "officials", "2016-09-18")[0] == "INDGOV"
