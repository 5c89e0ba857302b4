"""What a verb is done to can change the kind of act (found on our own probe set): a blocked bill
is a veto, a blocked app is censorship, days given to leave are an ultimatum, a withdrawn
proposal is a concession, drills held alone are a show of force, joint patrols are cooperation,
an ordered arrest is an arrest, a demand agreed to is conceded, and aid allowed in is access.
All sentences our own, none from the probe set.

Each rule has a twin where the usual reading must stay.
"""

from event_helpers import events_of, states_of as _codes, types_of as _types


def test_a_blocked_membership_bid_is_a_veto(nlp):
    events = events_of(nlp, "Turkey blocked Sweden's bid to join NATO for months.", "REJECT")
    assert events and events[0].cameo == "129" and "TUR" in _codes(events[0].source)


def test_a_blocked_road_stays_a_protest(nlp):
    text = "Canadian truck drivers blocked the main road into Ottawa on Saturday."
    assert "PROTEST" in _types(nlp, text) and "REJECT" not in _types(nlp, text)


def test_a_state_blocking_an_app_censors(nlp):
    events = events_of(nlp, "Iran blocked access to Instagram and WhatsApp during the unrest.", "COERCE")
    assert events and "IRN" in _codes(events[0].source)


def test_protesters_blocking_access_still_protest(nlp):
    text = "Protesters blocked access to the parliament building in Lima on Monday."
    assert "PROTEST" in _types(nlp, text) and "COERCE" not in _types(nlp, text)


def test_days_given_to_leave_are_an_ultimatum(nlp):
    events = events_of(nlp, "Niger's junta gave the French miners 48 hours to leave the country.", "THREATEN")
    assert events and events[0].cameo == "139"
    assert not events_of(nlp, "Niger's junta gave the French miners 48 hours to leave the country.", "AID")


def test_days_given_to_an_envoy_to_leave_expel_him(nlp):
    # (session 28, judged batch AB) a host state's deadline to an ambassador is his expulsion
    events = events_of(nlp, "Niger's junta gave the French ambassador 48 hours to leave the country.", "SANCTION")
    assert events and events[0].cameo == "166"


def test_boats_given_are_still_aid(nlp):
    events = events_of(nlp, "Japan gave Vietnam six patrol boats to guard its coast.", "AID")
    assert events and "JPN" in _codes(events[0].source)


def test_a_withdrawn_bill_is_a_concession(nlp):
    text = "Facing strikes, the Greek government withdrew a bill on pension cuts on Thursday."
    assert "CONCEDE" in _types(nlp, text) and "RETREAT" not in _types(nlp, text)


def test_withdrawn_troops_stay_a_retreat(nlp):
    assert "RETREAT" in _types(nlp, "Turkey withdrew its troops from the Syrian border town on Monday.")


def test_drills_held_alone_show_force(nlp):
    events = events_of(nlp, "Iran held large military drills near the Strait of Hormuz on Friday.", "MOBILIZE")
    assert events and "IRN" in _codes(events[0].source)


def test_joint_drills_and_drills_with_a_partner_stay_cooperation(nlp):
    assert "COOPERATE" in _types(nlp, "Egypt and Greece held joint naval drills in the Mediterranean on Monday.")
    assert "COOPERATE" in _types(nlp, "The Indian army held exercises with French troops in Rajasthan.")


def test_joint_patrols_are_cooperation_and_plain_patrols_are_not(nlp):
    assert "COOPERATE" in _types(nlp, "Turkish and Russian troops carried out a joint patrol in northern Syria.")
    assert "COOPERATE" not in _types(nlp, "Nigerian police patrolled the streets of Lagos after the riots.")


def test_an_ordered_arrest_is_an_arrest_by_whoever_ordered_it(nlp):
    events = events_of(nlp, "The Ethiopian prime minister ordered the arrest of the regional leaders.", "COERCE")
    assert events and "ETH" in _codes(events[0].source)
    assert not events_of(nlp, "The Ethiopian prime minister ordered the arrest of the regional leaders.", "REQUEST")


def test_ordering_foreign_troops_out_expels_them(nlp):
    events = events_of(nlp, "Burkina Faso ordered the withdrawal of French troops from its soil.", "SANCTION")
    assert events and "BFA" in _codes(events[0].source) and "FRA" in _codes(events[0].target)


def test_ordering_another_party_to_act_stays_a_demand(nlp):
    text = "The United Nations ordered Israel to withdraw its troops from southern Lebanon."
    assert "REQUEST" in _types(nlp, text) and "RETREAT" not in _types(nlp, text)


def test_agreeing_to_a_demand_concedes(nlp):
    text = "The Peruvian government agreed to the miners' demands after a two-week strike."
    events = events_of(nlp, text, "CONCEDE")
    assert events and "PER" in _codes(events[0].source)
    assert "AGREE" not in _types(nlp, text)


def test_agreeing_to_a_deal_stays_agreement(nlp):
    text = "Peru agreed to a new trade deal with Chile on Tuesday."
    assert "AGREE" in _types(nlp, text) and "CONCEDE" not in _types(nlp, text)


def test_aid_allowed_in_is_access(nlp):
    events = events_of(nlp, "Israel allowed fuel trucks and aid convoys into Gaza on Sunday.", "RETREAT")
    assert events and events[0].mode == "access"


def test_pupils_allowed_home_are_no_access(nlp):
    assert "RETREAT" not in _types(nlp, "The Kenyan school allowed pupils to leave early because of the heat.")
