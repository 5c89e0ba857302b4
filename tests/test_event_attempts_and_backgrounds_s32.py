"""Session 32 (helper g): attempts that took place, content of demands and reports, meetings and
stretches of time that only date another act, and verbs read in their plain sense (all sentences
our own)."""

import pytest

from event_helpers import code_events


def _find(nlp, text, trigger):
    return [e for e in code_events(nlp, text, date=None) if e.trigger.split()[0].lower() == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Opposition deputies tried to block the budget vote in the Kenyan parliament on Tuesday.", "block"),
    ("Police fired tear gas at farmers trying to march on the Indian capital on Monday.", "march"),
    ("The Nigerian president said he had survived an attempt to kill him at his residence.", "kill"),
])
def test_an_attempt_that_took_place_is_no_hypothetical(nlp, text, trigger):
    found = _find(nlp, text, trigger)
    assert found and not any(e.hypothetical for e in found)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Colombian rebels will try to block the highway next week.", "block"),
    ("Ecuador is trying to block the sale of the bank to Peru.", "block"),
    ("Any attempt to invade Taiwan would be met with force, the minister said.", "invade"),
])
def test_an_attempt_still_open_stays_hypothetical(nlp, text, trigger):
    assert all(e.hypothetical or e.future for e in _find(nlp, text, trigger))


def test_a_participle_of_a_past_verb_tells_what_it_prompted(nlp):
    text = ("In 2015 Chilean police raided the home of a Bolivian diplomat and seized files, "
            "prompting La Paz to take Santiago to the International Court of Justice.")
    found = _find(nlp, text, "take")
    assert found and not any(e.hypothetical for e in found)


def test_a_demand_in_a_list_of_demands_is_not_done(nlp):
    text = ("The neighbours presented a list of ten demands, including the closure of the Rwandan "
            "television channel, which Kigali refused to meet.")
    assert all(e.hypothetical for e in code_events(nlp, text, date=None) if e.type == "COERCE")


def test_content_of_reports_is_not_told_as_done(nlp):
    text = ("Troops guarded the Zambian court on Monday after reports that the judges had been "
            "offered bribes by the ruling party.")
    assert all(e.hypothetical for e in _find(nlp, text, "offered"))


def test_a_meeting_that_only_dates_an_attack_is_no_event(nlp):
    text = "Gunmen attacked the presidential palace in Bamako during a meeting of Malian ministers."
    assert not [e for e in code_events(nlp, text, date=None) if e.type == "CONSULT"]
    assert [e for e in code_events(nlp, text, date=None) if e.type == "ASSAULT"]


def test_a_meeting_with_a_partner_is_kept(nlp):
    text = "Putin signed a gas deal with Xi Jinping during a meeting with the Chinese president in Beijing."
    assert [e for e in code_events(nlp, text, date=None) if e.type in ("CONSULT", "SUPPORT", "AGREE")]


@pytest.mark.parametrize("text", [
    "A 2001 referendum ended 30 years of Ethiopian occupation of the territory.",
    "The Kenyan broadcaster was shut down over its coverage of the invasion of Somalia.",
    "Memories of the Serbian occupation remain raw in the Kosovar town.",
    "The Kenyan broadcaster was praised for its coverage of the Somali occupation.",
])
def test_a_stretch_or_topic_of_an_act_is_no_event(nlp, text):
    assert not [e for e in code_events(nlp, text, date=None) if e.type in ("COERCE", "ASSAULT") and e.trigger in ("occupation", "invasion")]


def test_a_protest_note_sent_is_no_aid(nlp):
    text = "Croatia's foreign ministry sent a protest note to Serbia on Monday."
    assert "AID" not in {e.type for e in code_events(nlp, text, date=None)}
    assert "AID" in {e.type for e in code_events(nlp, "Japan sent food to North Korea on Monday.", date=None)}


def test_an_election_returning_a_leader_is_no_support(nlp):
    text = "Zambia's top court annulled the 2021 election that returned President Edgar Lungu to power."
    assert "SUPPORT" not in {e.type for e in code_events(nlp, text, date=None)}


def test_talks_ended_and_an_anniversary_keep_their_act(nlp):
    text = "Ghana reached a deal with its creditors on Monday, ending more than two years of talks."
    assert [e for e in code_events(nlp, text, date=None) if e.trigger == "talks"]
    text = "The visit marked the 20th anniversary of the U.S. bombing of the Serbian television building."
    assert [e for e in code_events(nlp, text, date=None) if e.trigger == "bombing"]


def test_a_raid_by_security_officers_is_a_search(nlp):
    text = "In 2019 Indonesian security officers raided the Jakarta office of a lawyer for the Papuan activists."
    raids = [e for e in code_events(nlp, text, date=None) if e.trigger == "raided"]
    assert raids and all(e.type == "COERCE" for e in raids)
    text = "Ethiopian troops raided rebel camps near the Sudanese border on Sunday."
    assert any(e.type == "ASSAULT" for e in code_events(nlp, text, date=None) if e.trigger == "raided")


def test_resumed_ties_are_restored_relations(nlp):
    text = "Morocco and Algeria said on Monday they had decided to resume ties after a two-year rift."
    found = code_events(nlp, text, date=None)
    assert any(e.type == "SUPPORT" and e.cameo == "050" for e in found)
    assert not any(e.type == "COOPERATE" for e in found)


def test_ties_that_remain_frozen_are_no_act(nlp):
    text = "Rabat restored relations with Tehran, but Algiers' ties with Morocco remained frozen."
    found = code_events(nlp, text, date=None)
    assert not any(e.type == "COOPERATE" for e in found)
    assert any(e.type == "SUPPORT" for e in found)


def test_a_treatys_term_is_no_aid(nlp):
    text = "The treaty moves the border north of the river, giving Benin a larger share of the lagoon."
    assert "AID" not in {e.type for e in code_events(nlp, text, date=None)}
    assert "AID" in {e.type for e in code_events(nlp, "France gave Benin a larger share of its aid budget.", date=None)}


@pytest.mark.parametrize("text", [
    "The United States, which is bound to Japan by a 1960 security treaty, condemned the missile launch.",
    "The Ecuadorean minister said the decision broke the bloc's founding treaty.",
])
def test_a_pact_in_force_is_no_signing(nlp, text):
    assert not [e for e in code_events(nlp, text, date=None) if e.trigger == "treaty"]


def test_defending_ones_own_rights_backs_no_one(nlp):
    text = '"We will defend our rights with dignity," the Bolivian president said in La Paz.'
    assert not [e for e in code_events(nlp, text, date=None) if e.trigger == "defend"]
    text = "The Bolivian president defended the verdict against the former minister on Monday."
    assert [e for e in code_events(nlp, text, date=None) if e.trigger == "defended"]


def test_a_meeting_one_is_barred_from_is_no_meeting(nlp):
    text = "The African Union said Mali would be barred from the bloc's meetings until elections are held."
    assert not [e for e in code_events(nlp, text, date=None) if e.type == "CONSULT"]


def test_a_confidence_vote_returning_a_leader_keeps_its_backers(nlp):
    text = ("The Greens agreed to the budget in exchange for the support of the Liberal party in a "
            "confidence vote that returned the Austrian chancellor to office.")
    assert [e for e in code_events(nlp, text, date=None) if e.trigger == "returned"]


def test_the_purpose_of_a_scheduled_meeting_is_ahead(nlp):
    text = "SADC leaders are due to meet in Harare on Friday to discuss the crisis in Mozambique."
    found = code_events(nlp, text, date=None)
    # no talks told as held (the purpose may join the meeting); since session 42 a timetable the
    # writer tells makes no AGREE record at all (judges AE to AM: a schedule, no stated intent)
    assert all(e.future for e in found)
    assert not [e for e in found if e.type == "AGREE"]


def test_what_a_complaint_tells_is_a_charge(nlp):
    text = "In 2020 Athens complained that Turkish fighter jets had intercepted Greek military aircraft."
    found = [e for e in code_events(nlp, text, date=None) if e.trigger == "intercepted"]
    assert all(e.hypothetical for e in found)
