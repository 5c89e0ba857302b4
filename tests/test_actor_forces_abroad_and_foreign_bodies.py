"""Session 23, brief H: actors the text makes foreign, which took the story's state (forces a
state sends or pledges, a commissioner of an international commission, the press corps
abroad, "no single government", armed men crossing a border). Each rule has a case it must
leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_FIJI = ("Fiji's prime minister said on Monday the unrest in Suva would end. "
         "Fiji's police chief said the riots had spread. ")


def test_forces_a_state_says_it_will_send_are_its_own(nlp):
    codes = actor_codes(nlp, _FIJI + "New Zealand said it would send police and soldiers to Fiji.")
    assert codes["police"] == "NZLCOP"
    assert codes["soldiers"] == "NZLMIL"


def test_later_definite_troops_are_the_sent_force(nlp):
    codes = actor_codes(nlp, _FIJI + "New Zealand said it would send soldiers to Fiji. "
                        "The troops will arrive on Tuesday, Fiji's government said.")
    assert codes["The troops"] == "NZLMIL"


def test_police_officers_a_state_promised_are_its_own(nlp):
    text = ("Ghana said it would hold back the police officers it had promised to send to Mali "
            "until the junta in Bamako agrees to elections. Mali's junta said elections would "
            "take place next year. The Malian government rejected the demand.")
    assert actor_codes(nlp, text)["the police officers"] == "GHACOP"


def test_host_police_who_act_at_home_keep_the_story_state(nlp):
    codes = actor_codes(nlp, _FIJI + "New Zealand said it would send soldiers to Fiji. "
                        "Police arrested dozens of looters in Suva.")
    assert codes["Police"] == "FJICOP"


def test_commissioner_sits_on_the_commission_the_story_names(nlp):
    text = ("BRUSSELS, May 3 (Wire) - The European Commission proposed freezing funds for Poland. "
            "Poland's government rejected the plan. Warsaw said Poland would appeal. "
            "Budget Commissioner Karl Weber told reporters that Poland's government had made "
            "promises. \"We need to see laws,\" he said.")
    codes = actor_codes(nlp, text)
    assert codes["Budget Commissioner Karl Weber"] == "EURGOV"
    assert codes["he"] == "EURGOV"


def test_police_commissioner_stays_the_story_police(nlp):
    text = ("Kenya's government said on Monday it would raise taxes. The European Commission "
            "criticised Kenya. Police Commissioner John Otieno said officers arrested dozens.")
    assert actor_codes(nlp, text)["Police Commissioner John Otieno"] == "KENCOP"


def test_reporters_told_in_another_state_are_not_the_story_press(nlp):
    text = ("BRUSSELS, May 3 (Wire) - The European Commission proposed freezing funds for Poland. "
            "Poland's government rejected the plan. Warsaw said Poland would appeal. "
            "Budget Commissioner Karl Weber told reporters that Poland's government had made "
            "promises.")
    assert actor_codes(nlp, text)["reporters"] is None


def test_reporters_in_a_foreign_capital_are_not_the_story_press(nlp):
    text = ("Protesters in Bolivia clashed with police. Bolivia's government imposed a curfew. "
            "Bolivian officials said the unrest would end. Trade Commissioner Maria Lopez told "
            "reporters in Brussels that Bolivia must hold talks.")
    # (session 56) Brussels where something only happens is Belgium's city: reporters told there
    # are no longer left unplaced, but they are still not the story's (Bolivia's) press
    assert actor_codes(nlp, text)["reporters"] in (None, "BELJRN")


def test_reporters_told_at_home_are_the_story_press(nlp):
    text = ("Kenya's government said on Monday it would raise taxes. Kenyan officials told "
            "reporters in Nairobi that Kenya's budget was short. The minister told journalists "
            "that Kenya would borrow.")
    codes = actor_codes(nlp, text)
    assert codes["reporters"] == "KENJRN"
    assert codes["journalists"] == "KENJRN"


def test_no_single_government_is_no_state(nlp):
    text = ("The European Commission proposed freezing funds for Poland. Poland's government "
            "rejected the plan. Member states must decide, meaning no single government can "
            "veto it.")
    assert actor_codes(nlp, text)["single government"] is None


def test_militants_crossing_from_a_state_are_from_it(nlp):
    text = ("Tajikistan's government said the region was calm. Tajik police patrolled the "
            "border. The region borders Afghanistan, and officials in Dushanbe have cited the "
            "risk of militants crossing from the Taliban-ruled country.")
    assert actor_codes(nlp, text)["militants"] == "AFGREB"


def test_militants_crossing_from_a_state_are_from_it_and_others_keep_the_story_state(nlp):
    text = ("India's army said on Monday militants crossed from Pakistan into Kashmir overnight. "
            "Separately, insurgents attacked a police post in Manipur. India's government blamed "
            "Islamabad.")
    codes = actor_codes(nlp, text)
    assert codes["militants"] == "PAKREB"
    assert codes["insurgents"] == "INDREB"


def test_reporters_in_another_state_are_that_state_press(nlp):
    text = ("In New York, UN spokesman Stephane Dujarric told reporters that the doctrine did not "
            "apply. Sudan's government declared the envoy persona non grata. Sudan's army said "
            "Sudan would act.")
    assert actor_codes(nlp, text)["reporters"] == "USAJRN"


def test_no_civilians_hurt_are_still_the_scene_people(nlp):
    text = ("A U.S. drone strike killed a commander in Somalia. It said its initial assessment was "
            "that no civilians had been hurt. Somalia's government welcomed the strike.")
    assert actor_codes(nlp, text)["civilians"] == "SOMCVL"
