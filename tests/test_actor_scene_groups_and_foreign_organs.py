"""Session 26: whose group is it? Unnamed groups of a story's one state, organs and people of
the other state in two-state stories, and the sectors of officials, leaders and unions."""

from __future__ import annotations


from actor_helpers import actor_codes



_KENYA = ("NAIROBI, May 3 (Wire) - Police fired tear gas at crowds in Nairobi on Tuesday as anger "
          "over new taxes spread across Kenya.\n\nArmed groups loyal to rival politicians gathered "
          "in parts of the capital.\n\nThe new law also bars political parties from holding "
          "rallies.\n\nThe president met church leaders on Friday.\n\nUganda and Tanzania urged calm.")


def test_unnamed_groups_take_the_state_a_story_is_set_in_and_about(nlp):
    codes = actor_codes(nlp, _KENYA, date="2024-05-03")
    assert codes["Armed groups"] == "KENUAF"
    assert codes["political parties"] == "KENPTY"
    assert codes["church leaders"] == "KENREL"


_TWO_STATES = ("Azerbaijan and Armenia traded blame on Wednesday.\n\nAzerbaijan said Armenia had "
               "broken the truce, and Armenia said Azerbaijan had.\n\nAzerbaijani President Ilham "
               "Aliyev said Baku would not back down.\n\nArmenian Prime Minister Nikol Pashinyan said "
               "Yerevan would not sign.\n\n")


def test_acting_groups_take_the_one_state_their_sentence_and_the_one_before_are_about(nlp):
    text = _TWO_STATES + ("Hundreds of protesters outside his office accused him of weakness; "
                          "police said ten were held.")
    codes = actor_codes(nlp, text, date="2023-09-20")
    assert codes["protesters"] == "ARMCVL"
    assert codes["police"] == "ARMCOP"


def test_a_group_acted_on_in_a_two_state_story_stays_open(nlp):
    text = _TWO_STATES + "The shelling killed dozens of civilians near the border."
    assert actor_codes(nlp, text, date="2023-09-20").get("civilians") is None


def test_people_sheltered_by_a_states_peacekeepers_are_not_its_own(nlp):
    text = "Russia's defence ministry said its peacekeepers had sheltered thousands of civilians."
    codes = actor_codes(nlp, text, date="2023-09-20")
    assert codes["peacekeepers"] == "RUSMIL"
    assert codes["civilians"] is None


def test_officials_of_a_court_or_an_army_take_its_sector(nlp):
    codes = actor_codes(nlp, "Court officials in Lima said the hearing was delayed. Army officials "
                             "in Peru said the strike hit a camp.", date="2024-05-03")
    assert codes["Court officials"] == "PERJUD"
    assert codes["Army officials"] == "PERMIL"


def test_officials_named_by_a_partys_bracketed_acronym_are_the_partys(nlp):
    text = ("APIA, May 3 (Wire) - The Samoa Unity Party (SUP) lost its majority in Samoa on Monday. "
            "SUP officials said the party would appeal.")
    assert actor_codes(nlp, text, date="2024-05-03")["officials"] == "WSMPTY"


def test_leaders_of_parties_lead_the_parties_not_the_president_named_before(nlp):
    text = ("JAKARTA, May 3 (Wire) - President Joko Widodo met the leaders of the main political "
            "parties in Jakarta on Friday.")
    codes = actor_codes(nlp, text, date="2023-05-03")
    assert codes["the leaders of the main political parties"] == "IDNPTY"
    assert codes["President Joko Widodo"] == "IDNGOV"


def test_a_delegation_a_state_sends_and_the_party_it_comes_from_are_the_senders(nlp):
    text = ("HANOI, May 3 (Wire) - Vietnam's government welcomed the talks. China sent a senior "
            "Communist Party delegation to Hanoi in June.")
    codes = actor_codes(nlp, text, date="2024-05-03")
    # (session 30) the party and its delegation are one mention
    assert codes["a senior Communist Party delegation"] == "CHNPTY"


def test_a_delegation_sent_by_a_bloc_is_the_blocs(nlp):
    text = ("Leaders of the Southern African Development Community (SADC) met on Monday. The "
            "regional delegation, sent by the bloc's secretariat, met officials in Mbabane.")
    assert actor_codes(nlp, text, date="2021-07-04")["The regional delegation"] == "IGOGOV"


def test_other_governments_listed_with_a_state_and_the_citizens_they_advise_are_no_one_state(nlp):
    codes = actor_codes(nlp, "Canada and other governments advised citizens in Peru to avoid "
                             "protests.", date="2024-05-03")
    assert codes["other governments"] is None
    assert codes["citizens"] is None


def test_citizens_a_state_advises_abroad_are_its_own(nlp):
    codes = actor_codes(nlp, "Britain advised citizens in Peru to stay indoors.", date="2024-05-03")
    assert codes["citizens"] == "GBRCVL"


def test_an_organ_facing_the_main_states_organ_is_of_the_scene(nlp):
    text = ("MANILA, May 3 (Wire) - China's navy held drills near Luzon on Friday as crowds "
            "protested in Manila, and China said the drills were routine.\n\nThe coast guard said "
            "it was shadowing Chinese coast guard vessels near Scarborough Shoal.\n\nChina said the "
            "Philippines had provoked the standoff, and Beijing warned China's neighbours. China's "
            "foreign ministry repeated it.")
    codes = actor_codes(nlp, text, date="2024-05-03")
    assert codes["The coast guard"].startswith("PHL")
    assert codes["Chinese coast guard"] == "CHNMIL"


def test_a_trade_union_congress_is_labour_not_a_legislature(nlp):
    codes = actor_codes(nlp, "The Trade Union Congress of Swaziland called on workers to stay at "
                             "home. The Trades Union Congress called a strike in London.",
                        date="2021-07-04")
    assert codes["The Trade Union Congress of Swaziland"] == "SWZLAB"
    assert codes["The Trades Union Congress"].endswith("LAB")


def test_a_person_the_text_calls_former_before_a_later_term_is_a_former_holder(nlp):
    text = ("The rival faction, led by former prime ministers Pushpa Kamal Dahal, known as "
            "Prachanda, and Madhav Kumar Nepal, called the verdict a victory.")
    codes = actor_codes(nlp, text, date="2021-02-23")
    assert codes["former prime ministers Pushpa Kamal Dahal"] == "NPLELI"
    assert codes["Prachanda"] == "NPLELI"
    # without "former" the office ahead still holds ("President-elect" news)
    codes = actor_codes(nlp, "Prime Minister Fumio Kishida visited Seoul.", date="2021-03-01")
    assert codes["Prime Minister Fumio Kishida"] == "JPNGOV"


def test_petitioners_are_civilians_of_the_story(nlp):
    text = ("MBABANE, May 3 (Wire) - Police in Eswatini fired on crowds in Mbabane.\n\nPetitioners "
            "were calling for an elected prime minister.\n\nSouth Africa urged calm.")
    assert actor_codes(nlp, text, date="2021-07-04")["Petitioners"] == "SWZCVL"


def test_courts_a_states_prosecutors_speak_of_are_that_states(nlp):
    text = ("MEXICO CITY, May 3 (Wire) - Mexico sent 29 men to the United States. U.S. prosecutors "
            "said the men would be tried in federal courts. Mexico's courts had freed some of them.")
    codes = actor_codes(nlp, text, date="2025-02-28")
    assert codes["federal courts"] == "USAJUD"
    assert codes["Mexico's courts"] == "MEXJUD"
