"""Session 56: what batch CJ and CJ2's judges (session 55) and batch CK and CK2's judges counted
wrong: an envoy placed by the city she serves in, a general by the state he visits, a spokesman
by the story's state, a firm read as an IGO, peacekeepers as the host's army, a chamber and its
minister as the story's state, onlookers and speakers read as "both sides", relatives, French
ministries and lawyers, courts read back to another state's court, a given name after an
apposition. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from dyads.model import Article
from dyads.pipeline import annotate

DATA = Path(__file__).parent / "data"


def stored_codes(batch: str, article: str, word: str) -> list[str | None]:
    """The codes of the mentions whose text is ``word`` in one stored blind-batch article."""
    line = next(x for x in (DATA / batch).read_text().splitlines() if f'"{article}"' in x)
    d = json.loads(line)
    art = annotate(Article(id=d["id"], text=d["text"], date=d["date"], title=d["title"]))
    return [a.code for a in art.actors if art.text[a.start:a.end] == word]


def codes_of(text: str, word: str, date: str = "2012-05-09") -> list[str | None]:
    """The codes of the mentions whose text is ``word`` or ends in it (a title before a name)."""
    art = annotate(Article(id="t", text=text, date=date, title=""))
    return [a.code for a in art.actors if art.text[a.start:a.end].endswith(word)]


def test_an_envoy_is_of_the_state_her_apposition_names_not_the_city_she_serves_in():
    text = ("LONDON, May 9 (Wire) - Britain expelled a diplomat on Wednesday. The Foreign Office "
            "said it had asked Amara Lentsoe, the most senior Botswanan diplomat in London, to "
            "leave the country.")
    assert codes_of(text, "Amara Lentsoe") == ["BWAGOV"]


def test_an_officer_heading_a_states_command_keeps_that_state_abroad():
    text = ("BISHKEK, May 9 (Wire) - Kyrgyzstan will review the lease of the air base. General "
            "Martin Hale, head of U.S. Central Command, visited Bishkek last week and held talks "
            "with the president.")
    assert codes_of(text, "Martin Hale") == ["USAMIL"]


def test_a_presidential_spokesman_speaks_for_the_president_whose_office_spoke_before():
    text = ("KABUL, Aug 30 (Wire) - Afghan officials said the freed captives were in good health. "
            "In Seoul, President Roh Moo-hyun's office thanked the Afghan government for its help. "
            "\"We are relieved,\" presidential spokesman Cheon Ho-seon told a briefing.")
    assert codes_of(text, "Cheon Ho-seon", "2007-08-30") == ["KORGOV"]


def test_an_acronym_after_a_firms_noun_is_the_firm_not_the_world_body():
    text = ("SAO PAULO, April 7 (Wire) - Brazil's former president began his sentence on Saturday. "
            "He was convicted of taking a flat as a bribe from engineering firm OAS, which denies it.")
    codes = codes_of(text, "OAS", "2018-04-07")
    assert codes and "IGO" not in codes
    assert codes == ["BRABUS"]


def test_the_world_body_keeps_its_acronym_without_a_firms_noun():
    """A guard for the rule above."""
    text = ("WASHINGTON, April 7 (Wire) - The OAS called on Brazil to respect the rights of the "
            "former president.")
    assert codes_of(text, "OAS", "2018-04-07") == ["IGO"]


def test_a_party_named_for_a_class_in_the_possessive_is_a_party():
    text = ("SAO PAULO, April 7 (Wire) - Lula began serving his sentence on Saturday. Candidates "
            "whose convictions are upheld are barred from running, but the Workers' Party (PT) says "
            "it will register him anyway.")
    assert codes_of(text, "Workers' Party", "2018-04-07") == ["BRAPTY"]


def test_the_troops_of_a_peacekeeping_force_are_not_the_host_states_army():
    text = ("UNITED NATIONS, April 10 (Wire) - The U.N. Security Council approved a peacekeeping "
            "force of 9,000 troops and police for Mali, where the army has lost control of the "
            "north. Mali's government welcomed the vote.")
    assert codes_of(text, "9,000 troops", "2013-04-10") == ["UNOMIL"]
    assert codes_of(text, "police", "2013-04-10") == ["UNOCOP"]


def test_troops_of_the_host_stay_the_hosts_without_a_peacekeeping_force():
    """A guard for the rule above."""
    text = ("BAMAKO, April 10 (Wire) - Mali's government sent a column of 900 troops to the north "
            "on Wednesday.")
    assert codes_of(text, "900 troops", "2013-04-10") == ["MLIMIL"]


def test_the_other_chamber_and_a_minister_telling_lawmakers_are_of_that_chamber_state():
    text = ("ISLAMABAD, Aug 7 (Wire) - Pakistan said it would downgrade ties with India. Pakistan's "
            "cabinet met on Wednesday. India's upper house approved the changes on Monday, and the "
            "lower house passed the bill on Tuesday. Home Minister Vikram Rao told lawmakers the "
            "status had held back growth.")
    assert codes_of(text, "the lower house", "2019-08-07") == ["INDLEG"]
    assert codes_of(text, "Vikram Rao", "2019-08-07") == ["INDGOV"]
    assert codes_of(text, "lawmakers", "2019-08-07") == ["INDLEG"]


def test_onlookers_joined_by_and_are_not_both_sides():
    text = ("KUALA LUMPUR, Oct 26 (Wire) - Thailand and Cambodia signed a peace declaration on "
            "Sunday. Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet "
            "shook hands as Trump and Anwar Ibrahim stood beside them. Under the deal both sides "
            "will pull back heavy weapons.")
    codes = set(codes_of(text, "both sides", "2025-10-26"))
    assert not codes & {"USAGOV", "MYSGOV"}
    assert codes == {"THAGOV", "KHMGOV"}


def test_speakers_do_not_call_themselves_the_two_countries():
    text = ("LILONGWE, April 27 (Wire) - Britain expelled Malawi's envoy on Wednesday after Malawi "
            "ordered out the British high commissioner. Malawi said Britain had insulted its "
            "president. Britain said Malawi had broken diplomatic rules. Britain is Malawi's "
            "largest donor. Sweden and Finland said they hoped the two countries could settle "
            "the dispute. The Commonwealth, of which both countries are members, urged calm.")
    assert set(codes_of(text, "the two countries", "2011-04-27")) == {"GBR", "MWI"}
    assert set(codes_of(text, "both countries", "2011-04-27")) == {"GBR", "MWI"}


def test_relatives_of_people_whose_state_is_given_are_of_that_state():
    text = ("ANKARA, Aug 1 (Wire) - Russia freed a U.S. reporter and a group of Kremlin critics on "
            "Thursday in a swap with the West. Moscow received a convicted assassin. \"Their ordeal "
            "is over,\" President Joe Biden told reporters, flanked by relatives of the freed Americans.")
    assert codes_of(text, "relatives", "2024-08-01") == ["USACVL"]


def test_a_ministry_in_a_story_of_several_states_takes_the_state_named_before():
    """Batch CK's CK102 (Noriega flown from Miami to Paris, with Panama pressing its own claim):
    a story with no main state, whose foreign ministry follows "France's Legion of Honour"."""
    assert stored_codes("fresh_news_s56ck.jsonl", "CK102", "The foreign ministry") == ["FRAGOV"]


def test_an_owners_word_before_a_demonym_and_a_name_gives_the_name_its_state():
    text = ("PARIS, April 27 (Wire) - The former general appeared in court. His French lawyer, "
            "Olivier Marceau, said he would appeal.")
    assert codes_of(text, "Olivier Marceau", "2010-04-27") == ["FRA"]


def test_courts_in_a_sentence_opened_in_another_states_capital_are_its_courts():
    text = ("PARIS, April 27 (Wire) - A former general arrived in Paris on Tuesday. A French court "
            "convicted him in 1999. In Washington, the State Department said it had signed the "
            "warrant after the courts rejected his last appeals.")
    assert codes_of(text, "the courts", "2010-04-27") == ["USAJUD"]


def test_a_given_name_after_its_full_name_is_the_same_person_despite_an_apposition():
    text = ("BANGKOK, Oct 26 (Wire) - Thai Prime Minister Anutin Charnvirakul signed the accord on "
            "Sunday. Anutin, a businessman and former health minister, was elected by parliament "
            "in September.")
    assert codes_of(text, "Anutin", "2025-10-26") == ["THAGOV"]


# Round 2: what batches CL and CL2 (rendered on round 1's b0b25ed) were judged to get wrong, and
# the rest of batch CK and CK2's.

def test_a_spokesman_for_a_states_private_body_is_of_that_state_not_the_storys():
    text = ("GENEVA, Oct 2 (Wire) - The WTO allowed the United States to tax European goods. "
            "\"Our growers pay for a fight about planes,\" said a spokesman for an Italian cheese "
            "makers' federation.")
    assert codes_of(text, "a spokesman", "2019-10-02") == ["ITA"]


def test_its_after_and_owns_for_the_body_just_named():
    text = ("GENEVA, Oct 2 (Wire) - Airbus got illegal subsidies that harmed the U.S. company and "
            "its workers, Boeing said.")
    assert codes_of(text, "workers", "2019-10-02") == ["USALAB"]


def test_a_common_given_name_is_no_known_persons_surname():
    text = ("ISLAMABAD, Oct 12 (Wire) - Pakistani officials said the strikes had targeted Noor Wali "
            "Mehsud, leader of the Pakistani Taliban.")
    codes = codes_of(text, "Noor Wali Mehsud", "2025-10-12")
    assert codes == ["PAKREB"]


def test_residents_of_pakistans_border_districts_are_pakistans():
    """Batch CJ's CJ105 (Pakistan and the Afghan Taliban's border clash): "Residents of border
    villages in Kurram and Khyber districts" are Pakistan's."""
    assert stored_codes("fresh_news_s55cj.jsonl", "CJ105", "Residents") == ["PAKCVL"]


def test_brussels_where_something_happens_is_belgiums_city_and_the_eu_where_it_acts():
    text = ("BRUSSELS, Dec 11 (Wire) - Police carried out 20 searches in Brussels on Friday. Cash was "
            "found in a Brussels hotel room. Brussels warned Athens to cooperate.")
    assert codes_of(text, "Brussels", "2022-12-11") == ["BEL", "BEL", "EURGOV"]


def test_a_sub_lieutenant_is_military():
    text = ("HALIFAX, Feb 8 (Wire) - Sub-Lieutenant Jeffrey Girard was jailed for 20 years on Friday "
            "for selling secrets to Russia. Girard showed no emotion.")
    codes = codes_of(text, "Girard", "2013-02-08")
    assert len(codes) == 2 and all((c or "").endswith("MIL") for c in codes)


def test_the_king_of_the_belgians_is_not_monacos_prince():
    text = ("KINSHASA, June 30 (Wire) - Congo marked 50 years of independence. Belgium's King Albert II "
            "attended the parade.")
    assert codes_of(text, "King Albert II", "2010-06-30") == ["BELGOV"]


def test_a_states_private_centre_is_a_body_of_that_state():
    text = ("HELSINKI, Nov 16 (Wire) - Finland closed its border crossings. The Finnish Refugee Advice "
            "Centre said the move was wrong.")
    assert codes_of(text, "Finnish Refugee Advice Centre", "2023-11-16") == ["FINNGO"]


def test_an_armed_groups_fighters_are_its_own():
    """Batch CL's CL101 (Islamic State's raid on Ben Guerdane): "Tunisian recruits make up a large
    share of the militant group's fighters" are Islamic State's fighters."""
    assert stored_codes("fresh_news_s56cl.jsonl", "CL101", "fighters")[0] == "IMGREB"


def test_the_president_of_a_body_named_before_is_of_that_body():
    text = ("BRUSSELS, Dec 11 (Wire) - Belgian prosecutors charged a member of the European "
            "Parliament with corruption. Maria Vella, the parliament's president, stripped her of "
            "her duties.")
    assert codes_of(text, "Maria Vella", "2022-12-11") == ["EURLEG"]


def test_rescue_workers_are_civilians_not_labour():
    text = ("BEIRUT, Feb 14 (Wire) - A huge bomb killed the former prime minister. Rescue workers "
            "pulled bodies from the wreckage.")
    assert codes_of(text, "Rescue workers", "2005-02-14") == ["LBNCVL"]


# After batches CM and CM2 were judged (rendered on edeb202): two bodies no row held.

def test_a_national_red_crescent_named_in_full_is_what_the_short_name_means():
    """Batch CM's CM105 (the strike on the Aleppo aid convoy): "the Syrian Arab Red Crescent
    (SARC)", then "a Red Crescent warehouse", "The Red Crescent said"."""
    assert stored_codes("fresh_news_s56cm.jsonl", "CM105", "Syrian Arab Red Crescent") == ["SYRMED"]
    short = stored_codes("fresh_news_s56cm.jsonl", "CM105", "Red Crescent")
    assert short and set(short) == {"SYRMED"}


def test_the_red_cross_alone_stays_the_international_committee():
    """A guard for the rule above."""
    text = "GENEVA, Sept 20 (Wire) - The Red Cross said aid to Aleppo was blocked."
    assert codes_of(text, "Red Cross", "2016-09-20") == ["IGOMED"]


def test_the_african_union_mission_in_sudan_is_an_intergovernmental_force():
    text = ("KHARTOUM, Oct 1 (Wire) - Rebels overran a base in Darfur. AMIS said ten of its soldiers "
            "were killed.")
    assert codes_of(text, "AMIS", "2007-10-01") == ["IGOMIL"]
