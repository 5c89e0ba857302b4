"""Session 26, records the judges of fresh news (batch Z) called wrong: quarrels of judges and
politicians coded as fighting, a target met, a cable cut, an account given, sanctions got around,
ties that collapsed, a glitch blamed, a chance welcomed, the deed of a man "convicted of" it, a
doerless tally given as a floor, a detention that only lasts, a role told by an "-ing" form, an attack that only
names its victims; and two retypings: a pact scrapped is rejected (127), an official suspended is an
administrative sanction (COERCE 172). Each case pairs a sentence whose record must change with a near
miss that keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of


# --- no act -------------------------------------------------------------------------------------------


def test_judges_clashing_with_a_government_is_no_fighting(nlp):
    assert not events_of(nlp, "The magistrates have often clashed with the government over tax rules.", "ASSAULT")


def test_politicians_fighting_among_themselves_is_no_fighting(nlp):
    text = '"The politicians fight among themselves while we pay," said a woman who sells bread.'
    assert not events_of(nlp, text, "ASSAULT")


def test_police_clashing_with_protesters_stays_fighting(nlp):
    assert events_of(nlp, "Police clashed with protesters outside parliament on Monday.", "ASSAULT")


def test_opposition_fighting_police_stays_fighting(nlp):
    assert events_of(nlp, "The opposition fought with police in the capital on Monday.", "ASSAULT")


def test_meeting_targets_is_no_talks(nlp):
    assert not events_of(nlp, "The ministry is struggling to meet targets agreed with the lenders.", "CONSULT")


def test_meeting_leaders_stays_talks(nlp):
    assert events_of(nlp, "The president met opposition leaders on Monday.", "CONSULT")


def test_cutting_a_cable_is_no_sanction(nlp):
    text = "Police seized a ship suspected of cutting the power cable to Latvia."
    assert not events_of(nlp, text, "SANCTION") and events_of(nlp, text, "COERCE")


def test_cutting_aid_stays_a_sanction(nlp):
    assert events_of(nlp, "The United States cut aid to Niger.", "SANCTION")


def test_giving_no_motive_is_no_aid(nlp):
    assert not events_of(nlp, "The police gave no motive for the attack.", "AID")


def test_sanctions_got_around_are_imposed_by_no_one(nlp):
    text = "Officials said the ships belonged to a fleet Tehran uses to get around Western oil sanctions."
    assert not events_of(nlp, text, "SANCTION")


def test_sanctions_imposed_stay(nlp):
    assert events_of(nlp, "The European Union imposed sanctions on Iran on Monday.", "SANCTION")


def test_ties_that_collapsed_are_no_cooperation(nlp):
    assert not events_of(nlp, "Ties with Paris collapsed after the coup.", "COOPERATE")


def test_detention_that_still_lasts_is_no_new_arrest(nlp):
    text = "Rebel leader Amadou Kone, who is still detained, was moved to the capital on Monday."
    assert not events_of(nlp, text, "COERCE")


def test_detention_told_as_done_stays(nlp):
    assert events_of(nlp, "Police detained the opposition leader on Monday.", "COERCE")


def test_role_told_by_an_ing_form_is_no_investigation(nlp):
    text = "Soldiers investigating the attack arrested three men."
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "ACCUSE"] and [e for e in events if e.type == "COERCE"]


def test_attack_naming_its_victims_is_no_attack(nlp):
    text = "A lawyer for families of the port blast victims said the unrest must not be allowed to stall the inquiry."
    assert not events_of(nlp, text, "ASSAULT")


def test_blaming_a_glitch_accuses_no_one(nlp):
    text = "The ministry has blamed a glitch in the billing system and promised to refund the fees."
    assert not events_of(nlp, text, "ACCUSE") and events_of(nlp, text, "AGREE")


def test_blaming_an_outage_on_hackers_stays_an_accusation(nlp):
    assert events_of(nlp, "The ministry blamed the outage on hackers working for Moscow.", "ACCUSE")


def test_welcoming_a_chance_backs_no_one(nlp):
    text = "The former president said it was illegal but welcomed the chance to vote him out."
    assert not events_of(nlp, text, "SUPPORT")


def test_welcoming_a_decision_stays_support(nlp):
    assert events_of(nlp, "The president welcomed the decision of the court.", "SUPPORT")


def test_deed_of_a_convicted_man_is_not_the_hangmans(nlp):
    text = "Iran on Thursday hanged a man convicted of wounding a member of the security forces."
    # (session 32) the hanging itself is Iran's execution (1823); the wounding stays the man's deed
    assert [e.trigger for e in events_of(nlp, text, "ASSAULT")] == ["hanged"]


def test_deed_of_an_accusing_verb_is_its_content(nlp):
    # (session 32) the deed charged is the charge's content, no record; the charge stays
    text = "Prosecutors accused the editor of inciting protesters to attack police."
    assert events_of(nlp, text, "ACCUSE") and not events_of(nlp, text, "ASSAULT")


def test_doerless_tally_given_as_a_floor_is_no_act(nlp):
    assert not events_of(nlp, "Rights groups say more than 450 protesters have been killed.", "ASSAULT")


def test_killings_with_a_doer_stay(nlp):
    assert events_of(nlp, "Soldiers have killed more than 200 rebels since Monday.", "ASSAULT")


def test_dated_killings_of_hundreds_stay(nlp):
    assert events_of(nlp, "At least 120 protesters were killed on Friday.", "ASSAULT")


# --- retyped ------------------------------------------------------------------------------------------


def test_scrapped_deal_is_rejected(nlp):
    events = events_of(nlp, "Last month the junta scrapped a 2015 peace deal with the rebels.", "REJECT")
    assert events and events[0].cameo == "127"
    assert not events_of(nlp, "Last month the junta scrapped a 2015 peace deal with the rebels.", "AGREE")


def test_suspended_official_is_an_administrative_sanction(nlp):
    events = events_of(nlp, "The president suspended the finance minister on Tuesday.", "COERCE")
    assert events and events[0].cameo == "172"


def test_suspended_aid_stays_a_sanction(nlp):
    assert events_of(nlp, "Washington suspended military aid to the country.", "SANCTION")
