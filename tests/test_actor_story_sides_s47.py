"""Session 47: actors that took the story's or the dateline's state though the text says whose
they are (batches AU and AV). British spellings of bodies' names; an official who opens the
sentence after a state's own act; the benches of an international court the story leads with;
"U.S.-educated"; a story filed from its scene; people the article gives one state; lawmakers
"from both parties"; a senator in news of a state that has none. Sentences written for these
tests."""

from __future__ import annotations

from event_helpers import codes_in, stored_article

from dyads.model import Article
from dyads.pipeline import annotate


def codes_of(text: str, word: str, date: str = "2004-05-11") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date), word)


def test_british_spelling_of_a_body_is_the_body():
    text = ("TBILISI, Nov 8 (Wire) - Georgia declared a state of emergency on Thursday. The Organisation for "
            "Security and Cooperation in Europe said it was sending an envoy to Tbilisi.")
    assert codes_of(text, "Organisation for Security and Cooperation in Europe") == ["IGO"]
    assert codes_of(text, "an envoy")[0][:3] == "IGO"


def test_official_after_a_states_reaction_speaks_for_that_state():
    text = ("WASHINGTON, May 11 (Wire) - President George W. Bush imposed sanctions on Syria on Tuesday. "
            "U.S. exports to Syria were worth $214 million last year.\n\n"
            "Syria reacted angrily. Information Minister Ahmad Haddad said the sanctions reflected Israeli "
            "pressure on Washington.")
    assert codes_of(text, "Information Minister Ahmad Haddad") == ["SYRGOV"]


def test_ministry_spokesman_after_moscow_is_russian_with_his_ministry():
    text = ("TBILISI, Sept 29 (Wire) - Georgian President Mikheil Saakashvili said Georgia expelled four "
            "Russian officers on Friday, accusing them of spying. Georgia's parliament backed the move.\n\n"
            "Moscow rejected the accusations.\n\nForeign Ministry spokesman Ivan Belov called them a "
            "provocation and said Russia would respond, Russian news agencies reported.")
    assert codes_of(text, "Foreign Ministry spokesman Ivan Belov", "2006-09-29") == ["RUSGOV"]


def test_the_panel_and_the_judges_of_the_world_court_story_are_the_courts():
    text = ("THE HAGUE, March 31 (Wire) - The World Court ruled on Wednesday that the United States had "
            "violated international law, and ordered U.S. courts to review the convictions. But the "
            "15-judge panel rejected Mexico's request. U.S. courts have generally held that such claims "
            "come too late, a doctrine the judges said could not block the review.")
    assert codes_of(text, "the 15-judge panel") == ["UNOJUD"]
    assert codes_of(text, "the judges") == ["UNOJUD"]
    assert codes_of(text, "U.S. courts") == ["USAJUD", "USAJUD"]


def test_a_states_own_court_words_stay_out_of_the_world_courts_story():
    text = ("THE HAGUE, March 31 (Wire) - The World Court ruled on Wednesday that the United States had "
            "violated international law. The federal judges in Texas said they would not comply.")
    assert codes_of(text, "The federal judges") != ["UNOJUD"]


def test_where_a_leader_studied_is_not_his_state():
    text = ("TBILISI, Nov 8 (Wire) - Georgia declared a state of emergency. Critics said the 39-year-old "
            "U.S.-educated leader had betrayed his promises.")
    assert codes_of(text, "the 39-year-old U.S.-educated leader", "2007-11-08")[0][:3] == "GEO"


def test_regional_leaders_are_not_the_eus_in_an_african_story():
    text = ("ARUSHA, Tanzania, Aug 28 (Wire) - Burundi's government signed a peace accord on Monday after "
            "pressure from regional leaders. The European Union said it would consider resuming aid.")
    assert codes_of(text, "regional leaders", "2000-08-28") != ["EURGOV"]


def test_story_filed_from_gaza_finds_its_doctors_fighters_and_youths_there():
    # batch AV's AV101, a story about Israel's strikes (its headline's state) filed from Gaza
    art = stored_article("fresh_news_s47av.jsonl", "AV101")
    assert codes_in(art, "medical officials") == ["PSEGOV"]
    assert codes_in(art, "Militants") == ["PSEREB"]
    assert codes_in(art, "youths") == ["PSECVL"]
    assert codes_in(art, "Israeli warplanes") == ["ISRMIL"]


def test_dateline_town_read_as_a_person_is_the_town():
    text = ("GOMA, Congo, Jan 27 (Wire) - Rebels said on Monday they had captured the city. Troops were "
            "still resisting in parts of Goma, an army spokesman said.")
    assert codes_of(text, "Goma", "2025-01-27") == ["COD"]


def test_people_the_article_gives_one_state_keep_it():
    text = ("THE HAGUE, March 17 (Wire) - The court accused him of unlawfully deporting children from "
            "occupied areas. Kyiv says more than 16,000 Ukrainian children have been deported to Russia.")
    assert codes_of(text, "children", "2023-03-17") == ["UKRCVL"]


def test_lawmakers_from_both_parties_are_no_two_states():
    text = ("WASHINGTON, May 13 (Wire) - Britain and France criticised India's nuclear tests. Members of "
            "Congress from both parties backed the president.")
    assert codes_of(text, "both parties", "1998-05-13") == []
    assert codes_of(text, "Members of Congress", "1998-05-13") == ["USALEG"]


def test_a_senator_in_news_of_india_is_no_indian_lawmaker():
    # batch AV's AV102: Clinton's sanctions on India, filed from Washington
    art = stored_article("fresh_news_s47av.jsonl", "AV102")
    assert codes_in(art, "Senator Sam Brownback") == ["USALEG"]
    assert codes_in(art, "Members of Congress") == ["USALEG"]


def test_short_name_of_a_body_named_before_is_that_body():
    text = ("CAIRO, Nov 27 (Wire) - The Arab League voted on Sunday to impose sanctions on Syria. The "
            "League's Secretary-General said the measures would take effect at once. Turkey's foreign "
            "minister said Ankara would coordinate with the League and was preparing its own measures.")
    assert codes_of(text, "The League", "2011-11-27") == ["IGO"]


def test_envoy_of_a_named_leader_serves_that_leader():
    text = ("LOME, July 7 (Wire) - Sierra Leone's government signed a peace deal with the rebels. The "
            "Reverend Jesse Jackson, President Bill Clinton's special envoy for democracy in Africa, urged "
            "donors to fund the disarmament programme.")
    assert codes_of(text, "The Reverend Jesse Jackson", "1999-07-07") == ["USAGOV"]


def test_a_leagues_its_government_is_the_member_states():
    text = ("CAIRO, Nov 27 (Wire) - The Arab League voted on Sunday to impose sanctions on Syria, freezing "
            "its government's assets and cutting off dealings with its central bank.")
    assert codes_of(text, "government", "2011-11-27") == ["SYRGOV"]
    assert codes_of(text, "central bank", "2011-11-27") == ["SYRGOV"]


def test_sheikh_and_given_name_is_the_sheikh_named_in_full():
    text = ("CAIRO, Nov 27 (Wire) - The Arab League voted on Sunday to impose sanctions on Syria, Qatari "
            "Prime Minister Sheikh Hamad bin Jassim al-Thani told a news conference. \"We had no choice,\" "
            "Sheikh Hamad, who chairs the League's committee on Syria, told reporters.")
    assert codes_of(text, "Sheikh Hamad", "2011-11-27") == ["QATGOV"]


def test_a_force_named_multinational_is_international():
    text = ("UNITED NATIONS, April 30 (Wire) - The Security Council voted to send peacekeepers to Haiti. "
            "The new force would assume its duties from the Multinational Interim Force on June 1.")
    assert codes_of(text, "the Multinational Interim Force", "2004-04-30") == ["IGOMIL"]


def test_state_television_a_leader_speaks_on_is_his_states():
    text = ("WASHINGTON, Dec 17 (Wire) - The United States and Cuba agreed on Wednesday to restore "
            "diplomatic ties. U.S. President Barack Obama announced the deal at the White House. "
            "Cuban President Raul Castro told Cubans in a speech on state television that the embargo "
            "must still be lifted.")
    assert codes_of(text, "state television", "2014-12-17") == ["CUBJRN"]


def test_a_town_based_analyst_is_one_description_of_the_named_man():
    text = ("BANGKOK, April 28 (Wire) - Thai troops stormed a mosque on Wednesday. \"This is a disaster,\" "
            "said Panitan Chaiyakul, a Bangkok-based political analyst.")
    art = annotate(Article(id="t", text=text, date="2004-04-28"))
    spans = {art.text[a.start:a.end]: a.code for a in art.actors}
    assert "based political analyst" not in spans
    assert spans.get("Panitan Chaiyakul") == "THACVL"


def test_its_ambassador_in_a_which_clause_is_the_described_governments():
    # batch AV's AV105: "the interim government of Prime Minister Gerard Latortue, which recalled its
    # ambassador from Kingston" (Haiti's, in a story of the U.N. vote on Haiti)
    art = stored_article("fresh_news_s47av.jsonl", "AV105")
    assert codes_in(art, "ambassador") == ["HTIGOV"]


def test_towns_named_after_towns_of_are_places_though_tagged_as_people():
    text = ("AKCAKALE, Turkey, Oct 10 (Wire) - Turkish troops pressed deeper into northeast Syria. Kurdish "
            "fighters repelled assaults near the towns of Tal Abyad and Ras al-Ain.")
    assert codes_of(text, "Tal Abyad", "2019-10-10") == ["SYR"]
    assert codes_of(text, "Ras al-Ain", "2019-10-10") == ["SYR"]


def test_a_capitals_name_on_an_accord_is_no_government():
    text = ("WASHINGTON, Oct 23 (Wire) - Israel and the Palestinians signed a deal that builds on the 1993 "
            "Oslo accords.")
    assert codes_of(text, "Oslo", "1998-10-23") == []


def test_the_secretary_generals_envoy_is_the_uns():
    text = ("NEW YORK, Sept 27 (Wire) - Myanmar troops fired on monks. Secretary-General Ban Ki-moon said his "
            "special envoy, Ibrahim Gambari, would travel to the region, and the government said it would "
            "let him in.")
    assert codes_of(text, "Ibrahim Gambari", "2007-09-27") == ["UNOGOV"]


def test_gabons_opposition_leader_in_2016_is_no_african_union_official():
    # batch AX2's AX203: "opposition leader Jean Ping", "Ping, a former chairman of the African Union
    # Commission, said he had won the election"
    art = stored_article("fresh_news_s47ax2.jsonl", "AX203")
    assert set(codes_in(art, "Ping")) == {"GABOPP"}


def test_a_states_minister_after_it_speaks_is_its_minister():
    # batch AX2's AX202: "Norway, whose salmon farmers sell roughly a tenth of their exports to Russia,
    # said the ban would hurt ... Fisheries Minister Elisabeth Aspaker said ..."
    art = stored_article("fresh_news_s47ax2.jsonl", "AX202")
    assert codes_in(art, "Fisheries Minister Elisabeth Aspaker") == ["NORGOV"]
    assert codes_in(art, "salmon farmers") == ["NORAGR"]


def test_a_stateless_people_placed_at_home_are_civilians():
    # batch AX2's AX205: the World Court's order on Myanmar's Rohingya
    art = stored_article("fresh_news_s47ax2.jsonl", "AX205")
    assert "MMRCVL" in codes_in(art, "Rohingya")
    assert "MMR" not in codes_in(art, "Rohingya")


# Round 4, from batch AW's verdicts (read after its blind figures were stored).


def test_bare_peacekeepers_are_the_one_international_force_named():
    # batch AW's AW101: Israel's shelling of the UNIFIL compound at Qana
    art = stored_article("fresh_news_s47aw.jsonl", "AW101")
    assert codes_in(art, "Peacekeepers") == ["UNOMIL"]
    assert codes_in(art, "Qana") == ["LBN"]
    assert codes_in(art, "Kiryat Shmona") == ["ISR"]


def test_outer_state_adjective_names_the_state_of_a_people():
    text = ("MOSCOW, Nov 25 (Wire) - Russia imposed sanctions on Turkey. One of the two pilots was shot dead "
            "by Syrian Turkmen fighters as he parachuted to the ground.")
    assert codes_of(text, "Syrian Turkmen fighters", "2015-11-25") == ["SYRREB"]


def test_a_rebel_movements_spokesman_is_the_movements():
    # batch AW2's AW201: "MNLA spokesman Mossa Ag Attaher said"
    art = stored_article("fresh_news_s47aw2.jsonl", "AW201")
    assert codes_in(art, "MNLA spokesman Mossa Ag Attaher") == ["MLIREB"]
    assert codes_in(art, "Bert Koenders") == ["UNOGOV"]


def test_a_tribunals_named_prosecutor_and_judge_are_the_tribunals():
    # batch AW's AW104: the Yugoslav tribunal's indictment of Milosevic
    art = stored_article("fresh_news_s47aw.jsonl", "AW104")
    assert codes_in(art, "Chief prosecutor Louise Arbour") == ["UNOJUD"]
    assert codes_in(art, "Judge David Hunt") == ["UNOJUD"]
