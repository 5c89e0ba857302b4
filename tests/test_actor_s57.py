"""Session 57: what batch CN and CN2's judges counted wrong: a chamber an official tells and the
members in it read as the story's other state, a minister inside a government's clause, a
government a "where" clause places abroad, a spokesman placed by a trade word, a surname the
tagger took for a body, "her" after "leaving", border forces and parties no list knew, a
photographer read as a civilian, "returned fire" read as returning property. Sentences written
for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def _article(text: str, date: str) -> Article:
    return annotate(Article(id="t", text=text, date=date, title=""))


def codes_of(text: str, word: str, date: str = "2001-04-19") -> list[str | None]:
    """The codes of the mentions whose text is ``word`` or ends in it (a title before a name)."""
    art = _article(text, date)
    return [a.code for a in art.actors if art.text[a.start:a.end].endswith(word)]


# A story mostly about Bangladesh, told from both sides, whose Indian minister speaks to his
# own parliament only after his surname is the one way the text names him.
_BORDER = ("DHAKA, April 19 (Wire) - Bangladesh said on Thursday its troops had pulled back from "
           "the disputed village. Bangladesh's foreign minister said Dhaka wanted talks. "
           "Bangladesh's opposition accused the government of weakness. "
           "External Affairs Minister Jaswant Singh called the clash unacceptable. "
           "\"We value our friendship with Bangladesh, but the government of India will not accept "
           "any attempt to alter the boundary,\" Singh told parliament, where opposition members "
           "demanded a tougher response. Bangladesh's prime minister said the dead would be "
           "returned.")


def test_a_chamber_an_official_tells_is_his_state_once_his_surname_is_placed():
    assert codes_of(_BORDER, "parliament") == ["INDLEG"]


def test_members_a_where_clause_puts_in_a_chamber_sit_in_it():
    assert codes_of(_BORDER, "opposition members") == ["INDOPP"]


def test_a_minister_inside_a_governments_relative_clause_is_of_that_government():
    text = ("DHAKA, April 19 (Wire) - Bangladesh said its troops had pulled back. Bangladesh's "
            "foreign minister said Dhaka wanted talks. Analysts said the clash would embarrass "
            "Vajpayee's coalition government, which is under pressure over a bribery scandal that "
            "forced the resignation of Defence Minister George Fernandes last month.")
    assert codes_of(text, "George Fernandes") == ["INDGOV"]


def test_a_government_a_where_clause_puts_in_another_state_is_that_states():
    text = ("MADRID, June 1 (Wire) - Spain's parliament ousted the prime minister on Friday. "
            "Spanish bond yields fell as investors focused on the end of a parallel crisis in "
            "Italy, where a populist coalition government was sworn in on Friday.")
    assert codes_of(text, "a populist coalition government", "2018-06-01") == ["ITAGOV"]


def test_a_ministry_spokesman_is_not_placed_by_another_states_spokesman_before_him():
    text = ("DAMASCUS, April 1 (Wire) - An air strike hit Iran's embassy compound in Damascus. "
            "An Israeli military spokesman declined to comment. Tehran blamed Israel. "
            "Foreign ministry spokesman Omid Rahnavard said Tehran reserved the right to respond.")
    codes = codes_of(text, "Omid Rahnavard", "2024-04-01")
    assert codes and "ISRGOV" not in codes


def test_a_surname_the_tagger_took_for_a_body_is_the_person_and_her_pronoun_hers():
    text = ("SEOUL, March 10 (Wire) - South Korea's Constitutional Court removed President Park "
            "Geun-hye from office on Friday. \"The respondent is dismissed,\" acting Chief Justice "
            "Lee Jung-mi said. Park, 65, loses presidential immunity with immediate effect, leaving "
            "her open to criminal prosecution on charges including bribery.")
    art = _article(text, "2017-03-10")
    parks = [a for a in art.actors if art.text[a.start:a.end] == "Park"]
    assert [a.code for a in parks] == ["KORGOV"]
    her = [a for a in art.actors if art.text[a.start:a.end] == "her"]
    assert [a.name for a in her] == ["Park Geun-hye"]


def test_border_forces_and_parties_no_list_knew_are_placed():
    text = ("NEW DELHI, April 19 (Wire) - The Border Security Force (BSF) said its men came under "
            "fire. At least two members of the paramilitary Bangladesh Rifles (BDR) were killed.")
    assert codes_of(text, "Border Security Force") == ["INDMIL"]
    assert codes_of(text, "Bangladesh Rifles") == ["BGDMIL"]
    text = ("MADRID, June 1 (Wire) - The centre-right Ciudadanos party voted with the PP, while "
            "the far-left Podemos backed the motion.")
    assert codes_of(text, "Ciudadanos", "2018-06-01") == ["ESPPTY"]
    assert codes_of(text, "Podemos", "2018-06-01") == ["ESPPTY"]


def test_a_photographer_is_press():
    text = ("QUITO, April 13 (Wire) - Ecuador's president confirmed the killings. Reporter Javier "
            "Ortega, 32, photographer Paul Rivas, 45, and driver Efrain Segarra, 60, all employees "
            "of the Quito daily El Comercio, were seized on March 26 near the border.")
    assert codes_of(text, "photographer Paul Rivas", "2018-04-13") == ["ECUJRN"]


def test_returning_fire_is_an_assault_not_a_return_of_property():
    text = ("DHAKA, April 19 (Wire) - The border force chief said Indian troops had fired mortars "
            "into the village before Bangladeshi forces returned fire.")
    art = _article(text, "2001-04-19")
    returned = [e for e in art.events if e.trigger == "returned"]
    assert returned and all(e.type == "ASSAULT" for e in returned)


# Round 2: what batch CO and CO2's judges (rendered on round 1) counted wrong.

def test_a_chamber_whose_name_states_share_is_the_tellers_own():
    text = ("JAKARTA, Nov 19 (Wire) - Indonesia recalled its ambassador from Canberra on Tuesday. "
            "President Susilo Bambang Yudhoyono said Jakarta would review its cooperation. "
            "\"Australia should not be expected to apologise,\" Prime Minister Tony Abbott told the "
            "House of Representatives.")
    assert codes_of(text, "House of Representatives", "2013-11-19") == ["AUSLEG"]


def test_police_in_a_story_of_a_visit_are_the_hosts():
    text = ("KATHMANDU, March 26 (Wire) - Chinese Foreign Minister Wang Yi signed nine agreements "
            "on Saturday, as Beijing sought to shore up its influence. Wang, the most senior Chinese "
            "official to visit Kathmandu since 2019, held talks with his counterpart. China pledged "
            "more aid, and Beijing said it opposed a U.S. grant. Police fired tear gas at "
            "demonstrators outside parliament during the debate.")
    assert codes_of(text, "Police", "2022-03-26") == ["NPLCOP"]
    # near miss: without the visit, the story's state keeps its guess
    alone = ("BEIJING, March 26 (Wire) - China pledged more aid to its neighbours on Saturday. "
             "Chinese Foreign Minister Wang Yi said Beijing would fund a railway study. "
             "Police fired tear gas at demonstrators outside parliament during the debate.")
    assert codes_of(alone, "Police", "2022-03-26") == ["CHNCOP"]


def test_the_two_governments_a_speaker_hopes_for_are_not_the_speakers_pair():
    text = ("CARACAS, March 5 (Wire) - Venezuela broke off relations with Panama on Wednesday. "
            "Panama said it regretted the decision. Colombia and Brazil, Venezuela's biggest "
            "neighbours, urged calm. A Colombian foreign ministry official said Bogota hoped the "
            "two governments would restore channels of communication.")
    codes = codes_of(text, "the two governments", "2014-03-05")
    assert codes and not {"COLGOV", "BRAGOV"} & set(codes)


def test_navarre_is_the_spanish_region():
    text = ("MADRID, March 22 (Wire) - ETA declared a ceasefire on Wednesday. Its last deadly "
            "attack was in May 2003, when a car bomb killed two police officers in Sanguesa in "
            "Navarre.")
    assert codes_of(text, "Navarre", "2006-03-22") == ["ESP"]
    assert codes_of(text, "two police officers", "2006-03-22") == ["ESPCOP"]


def test_an_official_after_one_states_officials_is_one_of_them():
    text = ("ACCRA, June 4 (Wire) - A U.N.-backed war crimes court in Sierra Leone unsealed an "
            "indictment against Liberian President Charles Taylor on Wednesday. The court said "
            "Taylor bore the greatest responsibility for atrocities in Sierra Leone's civil war. "
            "Ghanaian officials, who had invited Taylor to the talks, made no move to detain him. A "
            "senior official said Accra had been placed in an impossible position. \"We cannot "
            "arrest a guest at our table,\" the official said.")
    assert codes_of(text, "A senior official", "2003-06-04") == ["GHAGOV"]
    assert codes_of(text, "the official", "2003-06-04") == ["GHAGOV"]


def test_rebels_fighting_to_topple_a_ruler_are_of_his_state():
    text = ("ACCRA, June 4 (Wire) - A war crimes court in Sierra Leone unsealed an indictment "
            "against Liberian President Charles Taylor on Wednesday, just as he sat down in Ghana "
            "with rebels fighting to topple him. Sierra Leone's government welcomed the move.")
    assert codes_of(text, "rebels", "2003-06-04") == ["LBRREB"]


def test_an_arbitration_court_at_the_hague_is_no_dutch_court():
    text = ("JAKARTA, March 21 (Wire) - Indonesia protested to China on Monday over a coast guard "
            "ship. The row comes as an arbitration court in The Hague prepares to rule on a case "
            "brought by the Philippines against China's claims.")
    assert codes_of(text, "an arbitration court", "2016-03-21") == ["IGOJUD"]


def test_calling_on_leaders_with_nothing_asked_is_a_visit_and_pushing_near_a_town_is_an_advance():
    text = ("KATHMANDU, March 26 (Wire) - Chinese Foreign Minister Wang Yi called on Prime Minister "
            "Sher Bahadur Deuba and President Bidya Devi Bhandari.")
    art = _article(text, "2022-03-26")
    assert [(e.type, e.cameo) for e in art.events if e.trigger == "called"] == [("CONSULT", "042")]
    asked = _article("KATHMANDU, March 26 (Wire) - Chinese Foreign Minister Wang Yi called on Nepal "
                     "to respect its commitments.", "2022-03-26")
    assert [e.type for e in asked.events if e.trigger == "called"] == ["REQUEST"]
    advance = _article("MONROVIA, June 4 (Wire) - LURD fighters have pushed to within a few miles "
                       "of Monrovia.", "2003-06-04")
    assert [e.type for e in advance.events if e.trigger == "pushed"] == ["ASSAULT"]  # an advance


def test_commands_rebels_and_departments_no_list_knew_are_placed():
    text = ("NAIROBI, Jan 5 (Wire) - AFRICOM said two contractors were killed. LURD fighters "
            "pushed on, and the Department of Foreign Affairs and Trade declined to comment.")
    assert codes_of(text, "AFRICOM", "2020-01-05") == ["USAMIL"]
    assert codes_of(text, "LURD fighters", "2003-06-04") == ["LBRREB"]
    assert codes_of(text, "Department of Foreign Affairs and Trade", "2013-11-19") == ["AUSGOV"]


# Round 3: what batch CP and CP2's judges (rendered on round 2) counted wrong.

def test_troops_a_sentence_counts_as_a_missions_strength_are_the_missions():
    text = ("KHARTOUM, Dec 22 (Wire) - The U.N. Security Council voted to end the UNAMID mission "
            "in Darfur. Sudan's government pledged to deploy its own force. UNAMID currently has "
            "roughly 8,000 personnel, including about 4,000 troops, down from a peak of more than "
            "20,000 soldiers and police.")
    assert codes_of(text, "4,000 troops", "2020-12-22") == ["UNOMIL"]
    assert codes_of(text, "20,000 soldiers", "2020-12-22") == ["UNOMIL"]


def test_the_medics_are_the_nurses_and_doctor_named_before():
    text = ("SOFIA, July 24 (Wire) - Five Bulgarian nurses and a Palestinian-born doctor who spent "
            "eight years in Libyan jails flew home on Tuesday. The six medics landed at Sofia "
            "airport aboard a French government plane. Libya handed the medics over under a "
            "prisoner exchange agreement.")
    assert codes_of(text, "The six medics", "2007-07-24") == ["BGRMED"]
    assert codes_of(text, "the medics", "2007-07-24") == ["BGRMED"]


def test_a_titled_official_after_one_states_officials_is_of_that_state():
    text = ("SOFIA, July 24 (Wire) - Five Bulgarian nurses freed by Libya flew home on Tuesday. The "
            "pardon angered Tripoli, which said Sofia had broken its word. Libyan Foreign Minister "
            "Abdel-Rahman Shalgham said the transfer had been agreed on the understanding that the "
            "sentences would be served, and that Libya would raise the matter with the Arab League. "
            "Bulgarian officials rejected the criticism. Foreign Minister Ivailo Kalfin said the "
            "pardon was fully in line with the transfer treaty. Libya has long denied that the "
            "infections began before the medics arrived. In Libya, relatives of the infected "
            "children protested. Libya said it would seek compensation.")
    assert codes_of(text, "Ivailo Kalfin", "2007-07-24") == ["BGRGOV"]


def test_organs_of_a_sentence_opened_in_one_states_city_are_that_states():
    text = ("MOSCOW, March 17 (Wire) - Russia said the sanctions would not go unanswered. Moscow "
            "recognised Crimea on Monday, and Russian officials said more steps would follow. In "
            "Kiev, Ukraine's parliament approved a partial mobilisation, half for the armed forces "
            "and half for a new national guard, as the interim government sought to reinforce its "
            "borders.")
    assert codes_of(text, "the armed forces", "2014-03-17") == ["UKRMIL"]
    assert codes_of(text, "the interim government", "2014-03-17") == ["UKRGOV"]


def test_envoys_rebels_militias_and_a_prison_service_no_list_knew_are_placed():
    text = ("BRUSSELS, March 19 (Wire) - Miroslav Lajcak said the talks would go on. Robert Serry "
            "urged calm. A faction of the Sudan Liberation Army refused to join, and the Janjaweed "
            "militia was blamed. An Israel Prison Service spokeswoman declined to comment.")
    assert codes_of(text, "Miroslav Lajcak", "2023-03-19") == ["EURGOV"]
    assert codes_of(text, "Robert Serry", "2012-05-14") == ["UNOGOV"]
    assert codes_of(text, "Sudan Liberation Army", "2020-12-22") == ["SDNREB"]
    assert codes_of(text, "Janjaweed militia", "2020-12-22") == ["SDNUAF"]
