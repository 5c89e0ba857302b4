"""Session 60: what the judges of batches CV (session 59), CW, CW2, CX and CX2 counted wrong: a
longer name that ends or opens with a known one ("Hizbul Mujahideen", "the Congress of People's
Deputies"), captives the story named by their state, insurgents where a state's hostages are held,
"the alliance" after NATO, "the Albanian parties" after "ethnic Albanian parties", a ministry's
spokesman telling of a call, a speaker's armed forces, police and reporters of a fronted city, a
marcher who joined the protest, forces joined to a state's force or told as "their forces", the
government after a foreign leader, US partisans abroad, an official after another state spoke, a
list of titled names, Moscow's White House, groups placed in several states, forces a state
sends, envoys recalled, nationals among gunmen, "the senator", India's Congress party.
Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import annotated_codes as codes_of, annotated_pairs as mentions


_KASHMIR = (
    "SRINAGAR, India, Aug 2 (Wire) - Police in Kashmir said on Tuesday they had killed Abu Qasim, a "
    "senior commander of the Hizbul Mujahideen group, in a gunbattle near Anantnag.\n\n"
    "A spokesman for Harkat-ul-Mujahideen denied that its men had taken part.")


def test_a_known_name_ending_a_longer_name_is_not_that_body():
    found = mentions(_KASHMIR, "2015-08-02")
    assert ("Mujahideen group", "AFGREB") not in found
    assert codes_of(_KASHMIR, "Hizbul Mujahideen group", "2015-08-02") == ["INDREB"]
    assert codes_of(_KASHMIR, "Harkat-ul-Mujahideen", "2015-08-02") == ["PAKREB"]


_CAPTIVES = (
    "SEOUL, July 8 (Wire) - South Korea said on Thursday it would keep its engineers in Afghanistan "
    "after gunmen seized four South Korean aid workers, as officials tried to reach the captors and "
    "free the hostages.\n\n"
    "The hostages were named as Kim Sun-young, 41, a nurse treating Afghan villagers, Park Jae-ho, "
    "29, and Lee Min-jung, 35, who had gone to Afghanistan to build a school.")


def test_captives_named_by_their_state_keep_it_where_they_are_held():
    assert codes_of(_CAPTIVES, "the hostages", "2007-07-08") == ["KORNGO"]
    assert codes_of(_CAPTIVES, "The hostages", "2007-07-08") == ["KORNGO"]
    for name in ("Kim Sun-young", "Park Jae-ho", "Lee Min-jung"):
        assert codes_of(_CAPTIVES, name, "2007-07-08")[0][:3] == "KOR", name


_HELD_ABROAD = (
    "ROME, Oct 2 (Wire) - Italy refused on Saturday to withdraw its soldiers from Iraq after gunmen "
    "seized two Italian aid workers on the road to Basra.\n\n"
    "\"We will never bow to terrorists,\" Prime Minister Silvio Berlusconi told reporters.\n\n"
    "Italian officials said the hostages had been taken near Basra, in southern Iraq. Guerrillas "
    "are also holding two French reporters, according to the U.S. military in Baghdad.")


def test_unnamed_insurgents_are_of_the_land_where_the_story_happens():
    assert codes_of(_HELD_ABROAD, "terrorists", "2004-10-02") == ["IRQREB"]
    assert codes_of(_HELD_ABROAD, "Guerrillas", "2004-10-02") == ["IRQREB"]


_ALLIANCE = (
    "TRIPOLI, Libya, June 4 (Wire) - NATO said on Saturday its aircraft had struck a command centre "
    "in the Libyan capital.\n\n"
    "Officials at the alliance said they had no word of casualties. Diplomats said alliance "
    "envoys would meet in Brussels next week, and the alliance would review its mission.")


def test_the_alliance_after_nato_is_nato_and_so_are_its_officials():
    assert codes_of(_ALLIANCE, "Officials", "2011-06-04") == ["IGOMIL"]
    assert codes_of(_ALLIANCE, "the alliance", "2011-06-04") == ["IGOMIL"]


_PARTIES = (
    "SKOPJE, March 9 (Wire) - Macedonia's parliament failed to elect a government on Thursday after "
    "ethnic Albanian parties withdrew their support.\n\n"
    "Prime Minister Nikola Gruevski said the Albanian parties had broken their word.")


def test_a_peoples_parties_named_again_keep_the_state_they_were_placed_in():
    assert codes_of(_PARTIES, "the Albanian parties", "2012-03-09") == ["MKDPTY"]


_CALL = (
    "TOKYO, May 12 (Wire) - Foreign Minister Fumio Kishida asked Washington for help on Tuesday to "
    "find a Japanese journalist missing in Syria.\n\n"
    "U.S. Secretary of State John Kerry telephoned her and promised support, a ministry spokesman said.")


def test_a_ministry_spokesman_telling_of_a_call_is_not_the_caller_s_aide():
    assert codes_of(_CALL, "a ministry spokesman", "2015-05-12") == ["JPNGOV"]


_PATROLS = (
    "TOKYO, Japan, Sept 3 (Wire) - Japan protested on Monday after Chinese ships entered waters near "
    "the disputed islands.\n\n"
    "A Chinese defence ministry spokesman said the armed forces were ready to respond.\n\n"
    "In Shanghai, about 200 protesters marched past the Japanese consulate, watched by police. "
    "\"They are our islands,\" said Zhang Wei, a 30-year-old teacher who joined the march.")


def test_a_speakers_armed_forces_and_the_police_and_marchers_of_a_fronted_city():
    assert codes_of(_PATROLS, "the armed forces", "2012-09-03") == ["CHNMIL"]
    assert codes_of(_PATROLS, "police", "2012-09-03") == ["CHNCOP"]
    assert codes_of(_PATROLS, "Zhang Wei", "2012-09-03") == ["CHNCVL"]


_INVASION = (
    "BAGHDAD, Iraq, April 2 (Wire) - Iraq said on Wednesday it had repelled an attack near Karbala.\n\n"
    "U.S. Marines and army units were reported advancing toward the capital.\n\n"
    "In London, Prime Minister Tony Blair told Britons that their forces were fighting near Basra.")


def test_forces_joined_to_a_state_s_force_and_the_forces_of_a_people_told():
    assert codes_of(_INVASION, "army units", "2003-04-02") == ["USAMIL"]
    assert codes_of(_INVASION, "forces", "2003-04-02") == ["GBRMIL"]


_AIRPORT = (
    "KABUL, Afghanistan, Aug 27 (Wire) - Two blasts hit crowds outside Kabul airport on Thursday.\n\n"
    "British Prime Minister Boris Johnson condemned the attack and said the flights would go on. "
    "The government said no British soldiers were hurt.\n\n"
    "At home, some Republican lawmakers called on President Joe Biden to resign, while Democrats urged calm.")


def test_the_government_after_a_foreign_leader_and_us_partisans_beside_biden():
    assert codes_of(_AIRPORT, "The government", "2021-08-27") == ["GBRGOV"]
    assert codes_of(_AIRPORT, "some Republican lawmakers", "2021-08-27") == ["USALEG"]
    assert codes_of(_AIRPORT, "Democrats", "2021-08-27") == ["USAPTY"]


_NEIGHBOUR = (
    "BANJUL, Dec 12 (Wire) - Gambia's President Yahya Jammeh rejected the result of the election on "
    "Monday, and Gambian soldiers took over the electoral commission's offices.\n\n"
    "The Gambian opposition said the army had no right to interfere. Gambian police sealed off the "
    "capital.\n\n"
    "Senegal, which surrounds Gambia on three sides, called for an urgent meeting of the U.N. Security "
    "Council.\n\n"
    "Foreign Minister Ibou Sall said the Gambian leader must respect the verdict of his people.")


def test_a_titled_official_no_list_knows_speaks_for_the_state_that_spoke_before():
    assert codes_of(_NEIGHBOUR, "Foreign Minister Ibou Sall", "2016-12-12") == ["SENGOV"]


_GUARANTORS = (
    "LIMA, Peru, Feb 11 (Wire) - Talks with the rebels resumed on Tuesday before a commission made up of "
    "Bishop Luis Bambaren, Swiss Ambassador Peter Keller and a Red Cross delegate.\n\n"
    "Archbishop Oscar Rodriguez said the talks had gone well.")


def test_a_list_of_titled_names_gives_no_title_to_the_one_before_and_a_bishop_is_clergy():
    found = dict(mentions(_GUARANTORS, "1997-02-11"))
    assert found.get("Swiss Ambassador Peter Keller") == "CHEGOV"
    assert not (found.get("Bishop Luis Bambaren") or "").startswith("CHE")
    assert (found.get("Archbishop Oscar Rodriguez") or "").endswith("REL")


_MARCHES = (
    "BAGHDAD, March 22 (Wire) - U.S. aircraft struck targets across Iraq on Saturday.\n\n"
    "Thousands of protesters marched in Amman, Rabat and Karachi.\n\n"
    "In Tokyo, Prime Minister Junichiro Koizumi said he backed the war but told reporters that Japan "
    "would send no troops.")


def test_a_crowd_marching_in_several_states_is_one_of_each_and_reporters_told_in_a_fronted_city_are_its():
    assert codes_of(_MARCHES, "protesters", "2003-03-22") == ["JORCVL", "MARCVL", "PAKCVL"]
    assert codes_of(_MARCHES, "reporters", "2003-03-22") == ["JPNJRN"]


_SPRING = (
    "MOSCOW, Sept 30 (Wire) - Troops loyal to President Boris Yeltsin surrounded the White House on "
    "Thursday, where deputies of the Congress of People's Deputies have held out for a week.")


def test_moscow_s_white_house_and_congress_are_russia_s():
    assert codes_of(_SPRING, "White House", "1993-09-30") == ["RUSLEG"]
    assert codes_of(_SPRING, "Congress of People's Deputies", "1993-09-30") == ["RUSLEG"]


_SENATOR = (
    "ASUNCION, May 6 (Wire) - Paraguay's government said on Monday that Bolivian opposition Senator "
    "Jorge Quiroga Ramos had left its embassy in La Paz.\n\n"
    "Diplomats drove the senator to the border overnight. The senator was flown to Asuncion.")


def test_the_senator_goes_back_to_the_opposition_senator_named_before():
    assert codes_of(_SENATOR, "the senator", "2014-05-06") == ["BOLOPP"]
    assert codes_of(_SENATOR, "The senator", "2014-05-06") == ["BOLOPP"]


_REINFORCEMENTS = (
    "DILI, East Timor, May 25 (Wire) - Australia said on Thursday it would rush troops and police to "
    "East Timor after gangs burned houses in the capital.\n\n"
    "Australian Prime Minister John Howard told reporters in Canberra that about 150 soldiers would "
    "fly to Dili within hours.\n\n"
    "New Zealand Prime Minister Helen Clark said her government would also send soldiers, and "
    "Malaysia was asked to contribute police officers.\n\n"
    "The reinforcements will join a mission which Australia has led since 1999, when it sent 5,000 "
    "troops to end the violence that followed the independence vote.")


def test_forces_a_state_rushes_flies_sends_or_is_asked_to_contribute_are_its_own():
    assert codes_of(_REINFORCEMENTS, "troops", "2006-05-25")[0] == "AUSMIL"
    assert codes_of(_REINFORCEMENTS, "150 soldiers", "2006-05-25") == ["AUSMIL"]
    assert codes_of(_REINFORCEMENTS, "soldiers", "2006-05-25")[-1] == "NZLMIL"
    assert codes_of(_REINFORCEMENTS, "police officers", "2006-05-25") == ["MYSCOP"]
    assert codes_of(_REINFORCEMENTS, "5,000 troops", "2006-05-25") == ["AUSMIL"]


_MADRAS = (
    "NEW DELHI, May 22 (Wire) - India's ruling party mourned its leader on Wednesday as the Congress "
    "party chose a successor.\n\n"
    "Congress supporters set fire to shops in Madras and blocked roads in Bombay.")


def test_congress_in_a_story_of_india_s_congress_party_is_that_party():
    assert codes_of(_MADRAS, "Congress supporters", "1991-05-22") == ["INDCVL"]


_RECALL = (
    "ANKARA, Oct 3 (Wire) - Turkey recalled its envoy to Vienna on Tuesday after Austria's parliament "
    "passed a resolution on the 1915 killings.\n\n"
    "Diplomats said it was the first time Turkey had recalled an ambassador from Vienna. A Turkish "
    "official said there was no need to recall the ambassador in Berlin.")


def test_an_envoy_recalled_is_the_recalling_state_s():
    assert codes_of(_RECALL, "an ambassador", "2007-10-03") == ["TURGOV"]
    assert codes_of(_RECALL, "the ambassador", "2007-10-03") == ["TURGOV"]


_SIEGE = (
    "NOUAKCHOTT, March 2 (Wire) - Mauritania said on Saturday that troops had killed the gunmen who "
    "stormed a mine in the north.\n\n"
    "The attackers had crossed from Mali, the interior minister said. They included four Malians, "
    "two Tunisians and fighters from Chad, Niger and Sudan.")


def test_nationals_an_armed_group_includes_are_of_it_and_fighters_of_several_states_one_of_each():
    assert codes_of(_SIEGE, "Malians", "2013-03-02") == ["MLIUAF"]
    assert codes_of(_SIEGE, "Tunisians", "2013-03-02") == ["TUNUAF"]
    assert codes_of(_SIEGE, "fighters", "2013-03-02") == ["TCDREB", "NERREB", "SDNREB"]


_BACKED = (
    "SAN SALVADOR, Jan 16 (Wire) - For a decade a U.S.-backed army fought leftist rebels in El "
    "Salvador's mountains, and Iranian-funded militias held the north of a neighbour.\n\n"
    "The three Baltic states were annexed by the Soviet Union in 1940, a diplomat recalled in "
    "London, Moscow and Warsaw.")


def test_a_backed_force_is_not_its_backer_s_and_the_baltic_states_are_the_three():
    assert codes_of(_BACKED, "a U.S.-backed army", "1992-01-16") == ["SLVMIL"]
    assert codes_of(_BACKED, "The three Baltic states", "1992-01-16") == ["LTU", "LVA", "EST"]


_TREATY = (
    "ALGIERS, Dec 12 (Wire) - Ethiopia and Eritrea signed a peace agreement on Tuesday ending their "
    "border war.\n\n"
    "A commission will mark the border on the basis of treaties signed between Italy and Ethiopia "
    "in the colonial era. Both governments pledged to accept its ruling.")


def test_a_pair_named_only_as_an_old_treaty_s_parties_is_not_both_governments():
    assert sorted(codes_of(_TREATY, "Both governments", "2000-12-12")) == ["ERIGOV", "ETHGOV"]


_OBSERVERS = (
    "HARARE, March 2 (Wire) - Zimbabwe refused on Monday to accept observers from Britain, Sweden and "
    "Germany, calling those states hostile.")


def test_people_from_several_states_are_one_member_of_each():
    assert codes_of(_OBSERVERS, "observers", "2002-03-02") == ["GBR", "SWE", "DEU"]


_BARI = (
    "BARI, Italy, Aug 9 (Wire) - Police said on Friday that 20 people were hurt in a crush at the "
    "port as a ship docked.")


def test_a_dateline_that_names_its_state_is_that_state_s_not_a_namesake_town_s():
    assert codes_of(_BARI, "Police", "1991-08-09") == ["ITACOP"]


_INTERVENTION = (
    "HONIARA, Solomon Islands, July 24 (Wire) - Australian troops and police began disarming militias "
    "on Thursday, Australia's defence minister said, as the first of 2,000 Australian soldiers landed.\n\n"
    "\"We are here because the government and people of Solomon Islands asked us,\" Australian "
    "Defence Minister Robert Hill said in Canberra, where Australian officials praised the "
    "Australian-led force. The national parliament voted last week to give the Australian troops "
    "powers of arrest.")


def test_an_of_state_shared_by_joined_nouns_and_a_national_parliament_of_the_dateline():
    assert codes_of(_INTERVENTION, "the government", "2003-07-24") == ["SLBGOV"]
    assert codes_of(_INTERVENTION, "The national parliament", "2003-07-24") == ["SLBLEG"]
