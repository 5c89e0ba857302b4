"""Session 64: what the judges of batch DK (session 63) and earlier batches left for this
session counted wrong: a US president whose name follows "in a Russian quarrel," read as
Russian; "the administration" and "lawmakers" of US officials in a story about Russia; a
"Russian-born teacher" left stateless; "the former colonial power whose troops"; soldiers who
removed a neighbour's president; "the government" a ministry official speaks of; Islamists left
stateless; "the union" of two states read as the European Union; lawmakers reacting after a
paragraph set in the other state's capital; a voice on a beach the sentence before set in Cuba.
Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import annotated_pairs as mentions, stored_mentions as stored


_SUMMIT_TITLE = "Clinton offers Russia food credits at Vancouver summit"
_SUMMIT = (
    "VANCOUVER, Canada, Apr 4 (Wire) - President Bill Clinton offered Russia $700 million in food "
    "credits on Sunday, telling Boris Yeltsin that Washington backed Russian reform.\n\n"
    "Yeltsin said Russia wanted trade, not charity. Russian officials said Moscow would repay "
    "every rouble.\n\n"
    "Secretary of State Warren Christopher told reporters the credits were a first step. He said "
    "the administration would ask Congress for more money for Russia next year.\n\n"
    "Clinton also said he would work with lawmakers to lift old trade limits that still hurt "
    "Moscow.\n\n"
    "Asked whether Washington was taking sides in a Russian quarrel, Clinton said he supported "
    "the elected president of Russia.\n\n"
    "Irina Volkova, a Russian-born nurse who moved to Vancouver in 1987, said she hoped the money "
    "would reach pensioners in Moscow.")


def test_a_name_after_a_clause_ending_in_a_state_adjective_keeps_its_own_state():
    found = mentions(_SUMMIT, "1993-04-04", _SUMMIT_TITLE)
    assert [code for span, code in found if span == "Clinton"] == ["USAGOV", "USAGOV"]


def test_the_administration_of_a_us_official_who_just_spoke_is_the_us_executive():
    assert ("the administration", "USAGOV") in mentions(_SUMMIT, "1993-04-04", _SUMMIT_TITLE)


def test_lawmakers_a_president_says_he_will_work_with_are_his_own():
    assert ("lawmakers", "USALEG") in mentions(_SUMMIT, "1993-04-04", _SUMMIT_TITLE)


def test_a_person_born_in_a_state_takes_that_state_when_the_text_gives_no_other():
    found = mentions(_SUMMIT, "1993-04-04", _SUMMIT_TITLE)
    assert [code[:3] for span, code in found if span == "Irina Volkova"] == ["RUS"]


_EXPULSION_TITLE = "Mali orders French ambassador out"
_EXPULSION = (
    "BAMAKO, Mali, Jan 31 (Wire) - Mali's government ordered France's ambassador to leave within "
    "72 hours on Monday, widening a rift with the former colonial power whose troops have fought "
    "jihadists in the Sahel since 2013.\n\n"
    "The order followed remarks by French Foreign Minister Jean-Yves Le Drian and by Defence "
    "Minister Florence Parly, who said France would not stay in Mali at any price.\n\n"
    "Mali's neighbour Burkina Faso had its own coup last week, when soldiers removed President Roch "
    "Marc Christian Kabore.")


def test_troops_of_an_unnamed_colonial_power_are_the_other_state_named_before():
    assert ("troops", "FRAMIL") in mentions(_EXPULSION, "2022-01-31", _EXPULSION_TITLE)


def test_a_defence_minister_known_to_the_knowledge_base_keeps_her_state():
    found = mentions(_EXPULSION, "2022-01-31", _EXPULSION_TITLE)
    assert ("Defence Minister Florence Parly", "FRAGOV") in found


def test_soldiers_who_removed_a_neighbours_president_are_that_states():
    assert ("soldiers", "BFAMIL") in mentions(_EXPULSION, "2022-01-31", _EXPULSION_TITLE)


def test_the_government_a_foreign_ministry_official_speaks_of_is_his_own():
    text = ("TOKYO, Dec 22 (Wire) - Japan's coast guard sank a suspected spy ship on Saturday, "
            "Japanese officials said.\n\n"
            "In Seoul, a South Korean Foreign Ministry official said the government was watching "
            "closely and was in touch with Tokyo.")
    assert ("the government", "KORGOV") in mentions(text, "2001-12-22", "Japan sinks suspected spy ship")


def test_islamists_of_the_story_are_its_states_not_stateless():
    text = ("CAIRO, Dec 24 (Wire) - An Egyptian court jailed opposition leader Ayman Nour for five "
            "years on Saturday.\n\n"
            "Nour had offered voters a liberal choice between the ruling party and the Islamists.")
    found = mentions(text, "2005-12-24", "Egypt jails Nour")
    assert [code[:3] for span, code in found if span == "Islamists"] == ["EGY"]


def test_the_union_of_two_states_is_not_the_european_union():
    text = ("PODGORICA, May 22 (Wire) - Montenegro voted to end its union with Serbia, according to "
            "results the European Union's envoy released on Monday.\n\n"
            "Unionists had argued that a simple majority should not be enough to dissolve the union.")
    found = mentions(text, "2006-05-22", "Montenegro votes to leave union with Serbia")
    assert ("the union", "SRB") in found
    assert ("the union", "EUR") not in found


def test_lawmakers_reacting_after_a_paragraph_set_in_the_other_capital_are_its_own():
    # batch DJ2's World Court story: "In Jakarta, Foreign Minister Hassan Wirajuda said ...", a
    # quotation of his, then "The ruling drew anger from some members of parliament"
    found = stored("fresh_news_s63dj2", "DJ202")
    assert (13, "some members of parliament", "IDNLEG") in found
    assert (14, "One legislator", "IDNLEG") in found


def test_a_voice_quoted_after_a_sentence_set_on_a_beach_of_another_state_is_of_that_state():
    text = ("MIAMI, Aug 19 (Wire) - President Bill Clinton ordered on Friday that Cuban rafters "
            "picked up at sea be taken to the U.S. base at Guantanamo Bay.\n\n"
            "U.S. officials said more than 2,000 Cubans had been picked up this week.\n\n"
            "On the beach at Cojimar, east of Havana, families tied tyres together while police "
            "watched.\n\n"
            "\"There is nothing left here,\" said Raul Mendez, 41, a welder.")
    found = mentions(text, "1994-08-19", "Clinton orders Cuban rafters held at Guantanamo")
    assert [code[:3] for span, code in found if span == "Raul Mendez"] == ["CUB"]


def test_a_headlines_second_clause_names_no_party_of_the_story():
    # batch DL2's border story, filed from Cucuta under "Venezuelan troops block aid at borders,
    # trucks burn; Maduro breaks ties with Colombia": the story is Venezuela's, not the
    # neighbour's the second clause names
    found = stored("fresh_news_s64dl2", "DL205")
    assert (7, "supporters", "VENCVL") in found
    assert (26, "the main opposition", "VENOPP") in found


def test_a_dual_nationals_one_word_adjective_gives_the_first_state():
    text = ("TEHRAN, Iran, Apr 18 (Wire) - An Iranian court sentenced U.S.-Iranian journalist Roxana "
            "Saberi to eight years in prison for spying for the United States, her lawyer said.")
    found = mentions(text, "2009-04-18", "Iran jails journalist Saberi")
    assert ("U.S.-Iranian journalist Roxana Saberi", "USAJRN") in found


def test_the_government_a_ruling_party_names_is_the_states_government():
    text = ("MAPUTO, Oct 4 (Wire) - Renamo has fought the Frelimo government since the late 1970s, "
            "diplomats said.")
    found = mentions(text, "1992-10-04", "Mozambique peace accord")
    assert ("government", "MOZGOV") in found
    assert ("government", "MOZPTY") not in found


def test_a_rebel_leader_is_a_rebel_until_the_peace_accord_takes_effect():
    text = ("ROME, Oct 4 (Wire) - Mozambican President Joaquim Chissano and rebel leader Afonso "
            "Dhlakama signed a peace accord in Rome on Sunday.")
    found = mentions(text, "1992-10-04", "Mozambique peace accord signed")
    assert ("rebel leader Afonso Dhlakama", "MOZREB") in found


def test_a_title_set_before_a_name_that_gives_its_own_state_takes_that_state():
    text = ("BELGRADE, Mar 24 (Wire) - NATO's chief said he had told the alliance's top commander, "
            "Canadian General Peter Moss, to begin air strikes on Yugoslavia.")
    found = mentions(text, "1999-03-24", "NATO bombs Yugoslavia")
    assert ("top commander", "CANMIL") in found


_SPY_TITLE = "Estonia says Russia seized security officer at border"
_SPY = (
    "TALLINN, Estonia, Sept 5 (Wire) - Estonia accused Russia on Friday of abducting one of its "
    "security service officers on Estonian soil, two days after U.S. President Barack Obama visited "
    "Tallinn.\n\n"
    "Estonia's Internal Security Service said the officer was seized near an Estonian border post "
    "and Estonian officials demanded his return.\n\n"
    "Russia's Federal Security Service said it had detained the officer, Eston Kohver, on Russian "
    "territory while he was carrying out a spying mission.\n\n"
    "In the villages near the crossing, residents said they had seen nothing unusual.\n\n"
    "\"We have lived next to Russia all our lives, and nobody expected this,\" said Aime Tamm, 58, "
    "who keeps a shop near the border.")


def test_the_people_an_accuser_says_were_taken_are_its_own():
    assert ("security service officers", "ESTSPY") in mentions(_SPY, "2014-09-05", _SPY_TITLE)


def test_a_name_after_the_noun_of_a_group_just_named_is_one_of_that_group():
    found = mentions(_SPY, "2014-09-05", _SPY_TITLE)
    assert ("Eston Kohver", "ESTSPY") in found


def test_he_of_a_while_clause_is_the_person_held_not_a_president_before():
    found = mentions(_SPY, "2014-09-05", _SPY_TITLE)
    assert [code for span, code in found if span == "he"] == ["ESTSPY"]


def test_a_state_named_in_a_voices_own_quotation_is_not_where_the_voice_is():
    found = mentions(_SPY, "2014-09-05", _SPY_TITLE)
    assert [code[:3] for span, code in found if span == "Aime Tamm"] == ["EST"]


def test_a_un_mission_named_for_its_host_is_the_uns_and_a_route_is_not_the_rebels_state():
    text = ("UNITED NATIONS, Oct 5 (Wire) - The Security Council created a peacekeeping force for "
            "Rwanda on Tuesday.\n\n"
            "The U.N. Assistance Mission for Rwanda, to be known as UNAMIR, will watch a truce between "
            "the government and the Rwandese Patriotic Front.\n\n"
            "A small U.N. team checks that no weapons reach the rebels from Uganda.\n\n"
            "The accord also requires France to withdraw the troops it sent to Rwanda in 1990.")
    found = mentions(text, "1993-10-05", "U.N. approves Rwanda force")
    assert ("UNAMIR", "UNOMIL") in found
    assert ("the rebels", "RWAREB") in found
    assert ("the troops", "FRAMIL") in found


def test_a_foreign_oil_company_keeps_its_state():
    text = ("QUITO, May 16 (Wire) - Ecuador ended Occidental's contract on Monday and sent troops to "
            "its oilfields. Occidental said it would seek arbitration.")
    found = mentions(text, "2006-05-16", "Ecuador seizes Occidental oilfields")
    assert [code for span, code in found if span == "Occidental"] == ["USABUS", "USABUS"]


# Round 2, after batches DM and DM2 (rendered on round 1's 339dac2).

def test_the_ec_before_maastricht_is_the_european_community_and_later_not():
    old = mentions("BRUSSELS, Jan 15 (Wire) - The EC recognised Croatia and Slovenia on Wednesday, "
                   "EC diplomats said.", "1992-01-15", "EC recognises Croatia")
    assert ("EC", "EUR") in old
    later = mentions("ACCRA, Dec 9 (Wire) - The EC declared the results on Sunday. Opposition "
                     "parties rejected them.", "2012-12-09", "Ghana vote result declared")
    assert ("EC", "EUR") not in later


def test_the_yugoslav_federal_army_in_a_story_about_croatia_is_the_federations():
    text = ("ZAGREB, Croatia, Jan 15 (Wire) - Croatia won recognition from the EC on Wednesday, and "
            "Belgrade called the move interference in Yugoslavia's affairs.\n\n"
            "Croatian President Franjo Tudjman thanked Germany.\n\n"
            "The federal army, which has fought in Croatia since the summer, said its units would "
            "stay in their positions.")
    found = mentions(text, "1992-01-15", "EC recognises Croatia")
    assert ("The federal army", "SRBMIL") in found


def test_the_one_a_court_convicts_is_no_prosecutor_named_before():
    text = ("PARIS, Jul 7 (Wire) - A French court sentenced Manuel Noriega, Panama's former ruler, "
            "to seven years in prison on Wednesday.\n\n"
            "\"He laundered the cartel's money,\" one prosecutor told the court.\n\n"
            "A French court had already convicted him in his absence in 1999.")
    found = mentions(text, "2010-07-07", "Paris court jails Noriega")
    assert ("him", "PANELI") in found


def test_a_ship_named_after_its_class_is_no_firm():
    text = ("TAIPEI, Taiwan, Mar 12 (Wire) - China began naval exercises in the Taiwan Strait on "
            "Tuesday. The United States ordered the aircraft carrier Nimitz and its battle group to "
            "the area, U.S. officials said.")
    found = mentions(text, "1996-03-12", "China opens war games off Taiwan")
    assert not [code for span, code in found if span == "Nimitz"]


def test_a_destination_in_the_headline_is_no_party_of_the_story():
    # batch DM2's Durban story, "South African court blocks transit of Chinese arms bound for
    # Zimbabwe ...": the harbour officials are South Africa's
    found = stored("fresh_news_s64dm2", "DM203")
    assert (12, "Harbour officials", "ZAFGOV") in found


def test_a_government_in_an_opposition_leaders_asked_question_is_his_states():
    found = stored("fresh_news_s64dm2", "DM203")
    assert (30, "a government", "ZWEGOV") in found


def test_a_un_servant_titled_after_the_body_is_the_bodys():
    text = ("KANDAHAR, Dec 31 (Wire) - The hijacked plane's passengers were freed on Friday.\n\n"
            "Erick de Mul, the United Nations coordinator for Afghanistan, said the passengers were "
            "tired.")
    found = mentions(text, "1999-12-31", "Hostages freed in Kandahar")
    assert ("Erick de Mul", "UNOGOV") in found


def test_courts_a_foreign_ministry_urges_parties_to_use_are_not_its_own():
    text = ("ABUJA, Apr 23 (Wire) - Nigeria's electoral commission declared Umaru Yar'Adua the winner "
            "of the presidential vote on Monday, and Nigeria's opposition rejected the result.\n\n"
            "In Washington, a State Department spokesman said the United States was troubled and "
            "urged the parties to pursue their complaints through the courts.")
    found = mentions(text, "2007-04-23", "Yar'Adua declared winner in Nigeria")
    assert ("the courts", "USAJUD") not in found


def test_iraqi_turkmen_are_no_people_of_turkmenistan():
    text = ("ERBIL, Iraq, Sept 27 (Wire) - Iraq's Kurds voted for independence, officials in Baghdad "
            "said Iraq would not accept the result.\n\n"
            "Many Arab and Turkmen residents of Kirkuk stayed away.\n\n"
            "In Kirkuk, Turkmen shopkeeper Ali Bayati, 52, said he feared what would follow.")
    found = mentions(text, "2017-09-27", "Iraqi Kurds back independence")
    assert [code[:3] for span, code in found if span in ("Turkmen residents", "Turkmen shopkeeper Ali Bayati")] \
        == ["IRQ", "IRQ"]


def test_a_ministry_whose_spokesman_is_placed_in_a_capital_is_that_states():
    text = ("ERBIL, Iraq, Sept 27 (Wire) - Iraq's Kurds voted for independence.\n\n"
            "A Foreign Ministry spokesman in Tehran said Iran recognised one Iraq.")
    found = mentions(text, "2017-09-27", "Iraqi Kurds back independence")
    assert ("Foreign Ministry", "IRNGOV") in found


def test_a_description_after_an_age_describes_the_name():
    text = ("BRATISLAVA, Mar 15 (Wire) - Prime Minister Robert Fico resigned on Thursday.\n\n"
            "Jan Kuciak, 27, a reporter for a news website, was found shot dead in February.")
    found = mentions(text, "2018-03-15", "Slovak PM Fico resigns")
    assert ("Jan Kuciak", "SVKJRN") in found


def test_both_sides_a_third_state_pressed_are_the_one_states_two_camps_named_before():
    # session 45's Kenya accord: "Washington, which had pressed both sides to compromise": the
    # sides are Kibaki's government and Odinga's opposition, not Kenya and the United States
    found = stored("fresh_news_s45ar", "AR103")
    assert (20, "both sides", "KENGOV") in found
    assert (20, "both sides", "KENOPP") in found
    assert (20, "both sides", "USAGOV") not in found


# Round 3, after batches DN and DN2 (rendered on round 2's df1dadc).

def test_the_guardian_council_is_irans_not_the_newspaper():
    text = ("TEHRAN, Jun 23 (Wire) - Iran's election was disputed on Tuesday.\n\n"
            "The Guardian Council, which must certify the result, said it had found no fraud.")
    found = mentions(text, "2009-06-23", "Iran vote row")
    assert ("The Guardian Council", "IRNGOV") in found


def test_a_gate_named_after_a_capital_is_no_state():
    text = ("JERUSALEM, May 5 (Wire) - Israel ordered Al Jazeera's office shut on Sunday.\n\n"
            "In East Jerusalem, Mahmoud Sharif, 52, a shopkeeper near the Damascus Gate, said he "
            "would keep watching.")
    found = mentions(text, "2024-05-05", "Israel shuts Al Jazeera office")
    assert not [code for span, code in found if code and code.startswith("SYR")]


def test_troops_a_regional_force_numbers_are_the_forces():
    text = ("COTONOU, Jul 25 (Wire) - Liberia's factions signed a ceasefire on Sunday.\n\n"
            "ECOMOG, which now numbers about 12,000 troops, has pushed the rebels out of several "
            "towns.")
    found = mentions(text, "1993-07-25", "Liberia ceasefire signed")
    assert ("12,000 troops", "IGOMIL") in found


def test_an_unplaced_spokesman_whose_quotation_speaks_as_we_of_one_state_is_that_states():
    text = ("GOMA, Zaire, Jul 15 (Wire) - Hundreds of thousands of Rwandans fled into Zaire on "
            "Friday as Rwanda's rebels advanced, and Rwanda's army withdrew west.\n\n"
            "Rwanda's government fled the capital, Rwandan radio said.\n\n"
            "\"Zaire has opened its door as a neighbour must. But we cannot feed a million people "
            "alone,\" a government spokesman said in a statement.")
    found = mentions(text, "1994-07-15", "Rwandans flood into Zaire")
    assert ("a government spokesman", "CODGOV") in found


def test_the_administration_is_the_us_presidents_in_any_sentence_of_his_story():
    text = ("WASHINGTON, Oct 29 (Wire) - President Bill Clinton welcomed Chinese President Jiang Zemin "
            "to the White House on Wednesday.\n\n"
            "Jiang defended China's record on Tibet.\n\n"
            "Rights groups said China had freed no prisoners and accused the administration of putting "
            "trade ahead of rights.")
    found = mentions(text, "1997-10-29", "Clinton hosts Jiang")
    assert ("the administration", "USAGOV") in found


def test_an_embassy_named_by_its_hosts_capital_is_its_owners():
    text = ("LONDON, Jun 23 (Wire) - Britain expelled two Iranian diplomats on Tuesday.\n\n"
            "Officials said Britain had already withdrawn the families of staff at its Tehran "
            "embassy. They said the embassy would stay open for now.")
    found = mentions(text, "2009-06-23", "Britain expels Iranian diplomats")
    assert ("Tehran embassy", "GBRGOV") in found
    assert ("the embassy", "GBRGOV") in found


# Round 4, after batches DO and DO2 (rendered on round 3's 0712448).

def test_one_person_of_a_state_named_by_its_singular_people_word():
    text = ("RIYADH, Sept 21 (Wire) - Ten foreigners captured in Ukraine, including a Swede, a Dane and "
            "a Briton, were flown to Riyadh on Wednesday.")
    found = mentions(text, "2022-09-21", "Foreign fighters freed")
    assert ("Swede", "SWECVL") in found and ("Dane", "DNKCVL") in found and ("Briton", "GBRCVL") in found


def test_rows_of_round_four_give_office_and_state_on_the_date():
    found = mentions("ALGIERS, Jan 12 (Wire) - Hocine Ait Ahmed condemned the army's move on Sunday.",
                     "1992-01-12", "Algeria cancels run-off")
    assert ("Hocine Ait Ahmed", "DZAOPP") in found
    found = mentions("KYIV, Sept 21 (Wire) - Ukraine handed Viktor Medvedchuk to Russia on Wednesday.",
                     "2022-09-21", "Ukraine frees commanders in swap")
    assert ("Viktor Medvedchuk", "UKROPP") in found


def test_state_media_a_spokesman_is_quoted_according_to_is_his_states():
    text = ("WASHINGTON, Jan 4 (Wire) - The United States imposed new sanctions on Iran on Friday, "
            "the Treasury said.\n\n"
            "\"The Islamic Republic will not bow to illegal pressure,\" Iranian Foreign Ministry spokesman "
            "Abbas Mousavi said, according to state media.")
    found = mentions(text, "2020-01-04", "U.S. tightens Iran sanctions")
    assert ("state media", "IRNJRN") in found
