"""Everyday senses of aid, demand, request and concession words: condolences, assurances, figures
or credit "given", help to ships, effort "put into" something, visas sought, posts taken down,
casualty alerts, fuel and think tanks and treaty clauses cited are no political events, while each
political twin (aid to a state, a state's demand, a concession, armour moved to a border) still
codes."""

from __future__ import annotations

import pytest

from event_helpers import code_events, code_events as _events, events_of


def _codes(actors):
    return {a.code for a in actors}


def _types(nlp, text, trigger):
    return [e.type for e in _events(nlp, text) if e.trigger == trigger]


def _by_trigger(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def test_people_forced_to_evacuate_get_no_aid(nlp):
    fled = "The storm flooded towns. It also blocked roads and forced over 20,000 villagers to evacuate."
    assert not events_of(nlp, fled, "AID")
    rescued = "Government troops evacuated 3,000 civilians from the besieged city."
    assert events_of(nlp, rescued, "AID")


def test_assisting_in_work_is_no_aid(nlp):
    assert not events_of(nlp, "The Norwegian engineer assisted in research on ocean currents.", "AID")
    assert events_of(nlp, "Germany assisted in the work of the inspectors.", "AID")
    assert events_of(nlp, "The United States assisted Ukraine with weapons and training.", "AID")


@pytest.mark.parametrize("text", [
    "Sea-Watch credit themselves with some 9,000 lives saved off Libya.",
    "The Kenyan army took credit for the capture of the town.",
])
def test_credit_claimed_for_a_deed_is_no_loan(nlp, text):
    assert events_of(nlp, text, "AID") == []


@pytest.mark.parametrize("text", [
    "The IMF extended credit to Egypt.",
    "The Asian Development Bank approved a $300 million credit for Nepal to build roads.",
])
def test_credit_extended_by_a_lender_stays_aid(nlp, text):
    events = events_of(nlp, text, "AID")
    assert events and "IGO" in _codes(events[0].source)


def test_a_casualty_alert_is_no_mobilization(nlp):
    text = "A Kenyan hospital received a mass casualty alert after the bus crash in Nairobi."
    assert events_of(nlp, text, "MOBILIZE") == []


def test_an_army_on_high_alert_still_mobilizes(nlp):
    events = events_of(nlp, "The Pakistani army declared a high alert after the attack.", "MOBILIZE")
    assert events and "PAKMIL" in _codes(events[0].source)


@pytest.mark.parametrize("text", [
    "Records show a Japanese bomber attacked a ship, but the coordinates it gave were off by a degree.",
    "The Kenyan ministry released figures, but the numbers it gave did not add up.",
])
def test_figures_given_are_no_aid(nlp, text):
    assert events_of(nlp, text, "AID") == []


def test_intelligence_given_to_a_state_stays_aid(nlp):
    events = events_of(nlp, "The United States gave intelligence to Ukraine.", "AID")
    assert events and "USA" in _codes(events[0].source) and "UKR" in _codes(events[0].target)


def test_seats_that_give_control_are_no_donor(nlp):
    text = "Over 60% of the seats went to Kenyan opposition candidates, giving them control of the council."
    assert events_of(nlp, text, "AID") == []


def test_a_party_that_gives_help_in_a_participle_stays_aid(nlp):
    text = "The European Union sent doctors to Liberia, giving the health ministry badly needed help."
    events = [e for e in events_of(nlp, text, "AID") if text[e.start:e.end] == "giving"]
    assert events and "EUR" in _codes(events[0].source)


def test_ships_helped_by_helicopters_get_no_aid(nlp):
    assert events_of(nlp, "Four Indonesian navy ships assisted by helicopters are searching the sea.", "AID") == []


def test_ships_helped_by_a_navy_get_aid(nlp):
    events = events_of(nlp, "The Greek ships were assisted by the Italian navy.", "AID")
    assert events and "ITAMIL" in _codes(events[0].source) and "GRC" in _codes(events[0].target)


def test_protections_for_butterflies_are_no_aid(nlp):
    assert events_of(nlp, "The Mexican government gave monarch butterflies federal protections.", "AID") == []


def test_shelter_for_refugees_stays_aid(nlp):
    events = events_of(nlp, "Refugees from Syria were given shelter by Turkey.", "AID")
    assert events and "TUR" in _codes(events[0].source) and "SYRREF" in _codes(events[0].target)


def test_effort_put_into_a_debate_is_no_donation(nlp):
    assert events_of(nlp, "The Mexican president said he had contributed all he could to the debate.", "AID") == []


def test_money_contributed_to_relief_stays_aid(nlp):
    events = events_of(nlp, "Japan contributed $50 million to the relief effort in Nepal.", "AID")
    assert events and "JPN" in _codes(events[0].source)


def test_a_visa_sought_is_no_demand(nlp):
    text = "The Egyptian activist went to the German embassy in Cairo, seeking a visa to study in Berlin."
    assert events_of(nlp, text, "REQUEST") == []


def test_a_parliament_seeking_documents_still_demands(nlp):
    events = events_of(nlp, "The Kenyan parliament sought documents from the finance ministry.", "REQUEST")
    assert events and "KENLEG" in _codes(events[0].source) and "KENGOV" in _codes(events[0].target)


def test_a_pilots_call_to_the_tower_is_no_request(nlp):
    text = "The Indonesian plane crashed shortly after asking air traffic control to return."
    assert events_of(nlp, text, "REQUEST") == []


def test_a_state_asking_a_state_still_requests(nlp):
    events = events_of(nlp, "Turkey asked Russia to halt flights over Syria.", "REQUEST")
    assert events and "TUR" in _codes(events[0].source) and "RUS" in _codes(events[0].target)


def test_a_post_taken_down_is_no_concession(nlp):
    text = "The court allowed Austria to require Facebook to remove the post."
    assert not [e for e in events_of(nlp, text, "CONCEDE") if text[e.start:e.end] == "remove"]


def test_checkpoints_removed_stay_a_concession(nlp):
    events = events_of(nlp, "Israel removed checkpoints in the West Bank.", "CONCEDE")
    assert events and "ISR" in _codes(events[0].source)


def test_people_pushed_off_land_are_no_demand(nlp):
    assert events_of(nlp, "The Chinese army pushed the villagers off their land.", "REQUEST") == []


def test_pushing_a_state_to_act_stays_a_demand(nlp):
    events = events_of(nlp, "France pushed Germany to back new sanctions on Iran.", "REQUEST")
    assert events and "FRA" in _codes(events[0].source) and "DEU" in _codes(events[0].target)


@pytest.mark.parametrize("text", [
    "Under the constitution, the Spanish king is allowed to dissolve parliament.",
    "Farmers in Ohio sued to be allowed to sell raw milk.",
])
def test_a_standing_rule_or_a_suits_aim_is_no_concession(nlp, text):
    assert events_of(nlp, text, "CONCEDE") == []


@pytest.mark.parametrize("text, source", [
    ("Palestinians are allowed by Israel to enter Jerusalem for prayers.", "ISR"),
    ("Egypt allowed Palestinians to cross the border.", "EGY"),
])
def test_a_party_that_allows_still_concedes(nlp, text, source):
    events = events_of(nlp, text, "CONCEDE")
    assert events and source in _codes(events[0].source)


def test_permission_granted_in_the_past_still_concedes(nlp):
    events = events_of(nlp, "Palestinian workers were allowed to enter Israel on Sunday.", "CONCEDE")
    assert events and "PSELAB" in _codes(events[0].target)


def test_a_heritage_listing_is_no_recognition(nlp):
    text = "The old town was recognised by UNESCO as part of the world's heritage."
    assert events_of(nlp, text, "SUPPORT") == []


def test_recognising_a_state_stays_support(nlp):
    events = [e for e in code_events(nlp, "Sweden recognised Palestine as a state.") if e.cameo == "054"]
    assert events and "SWE" in _codes(events[0].source) and "PSE" in _codes(events[0].target)


def test_sympathy_given_is_no_aid(nlp):
    text = "The Peruvian foreign ministry gave its warmest sympathies to the people of Chile."
    assert "AID" not in _types(nlp, text, "gave")
    assert "AID" in _types(nlp, "Japan gave emergency aid to Peru after the floods.", "gave")


def test_condolences_offered_or_sent_are_no_offer(nlp):
    assert not _types(nlp, "Brazil offered its condolences to Bolivia after the bus crash.", "offered")
    assert not _types(nlp, "The Kenyan president sent his sympathy to the Ugandan government.", "sent")
    assert "AGREE" in _types(nlp, "Brazil offered talks to Bolivia after the border clash.", "offered")


def test_sharing_news_is_speech_not_cooperation(nlp):
    text = "The senator shared that negotiations with the unions had stalled."
    assert "COOPERATE" not in _types(nlp, text, "shared")
    assert "COOPERATE" in _types(nlp, "Norway shared intelligence with Sweden about the plot.", "shared")


def test_armour_moved_to_a_border_is_a_deployment(nlp):
    for text, trigger in [("Belarus moved tanks toward the Polish border on Friday.", "moved"),
                          ("Serbia stationed artillery near the Kosovo frontier.", "stationed"),
                          ("Azerbaijan has massed armoured vehicles along the Armenian border.", "massed")]:
        assert "MOBILIZE" in _types(nlp, text, trigger), text


def test_fuel_and_think_tanks_are_no_armour(nlp):
    assert "MOBILIZE" not in _types(nlp, "The airline moved its fuel tanks to a hangar in Lima.", "moved")
    assert "MOBILIZE" not in _types(nlp, "Crews moved tanks of diesel to the harbour in Oslo.", "moved")
    assert "MOBILIZE" not in _types(nlp, "The Danish think tank moved its staff to Aarhus.", "moved")


def test_armour_sent_abroad_stays_aid(nlp):
    # sending armour to a state at war is usually an arms supply: the dispatch keeps its aid reading
    assert "MOBILIZE" not in _types(nlp, "Poland sent tanks to Ukraine last spring.", "sent")
    assert "MOBILIZE" in _types(nlp, "China sent warships to the disputed islands.", "sent")


def test_cited_treaty_clause_is_no_signing(nlp):
    text = "The Estonian premier cited Article 4 of the NATO treaty on Tuesday."
    assert "SUPPORT" not in _types(nlp, text, "treaty")
    assert "SUPPORT" in _types(nlp, "Chile and Argentina signed a treaty on fishing rights on Monday.", "signed")


def test_assurances_given_are_no_aid(nlp):
    assert not [e for e in _by_trigger(nlp, "Washington gave Kyiv assurances that it would not leave.", "gave")
                if e.type == "AID"]
    assert [e for e in _by_trigger(nlp, "Japan gave emergency aid to Peru after the floods.", "gave")
            if e.type == "AID"]
