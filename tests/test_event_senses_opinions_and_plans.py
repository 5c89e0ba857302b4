"""Opinions, self-inquiries, questions, home spending, meeting adjuncts and plans: trigger words
that report no act between parties, each beside a political counter-case that must stay coded.
All sentences are our own, read through the whole pipeline."""

from event_helpers import code_events, events_of, states_of


def test_agreeing_about_how_things_work_is_an_opinion(nlp):
    assert not events_of(nlp, "Members of the Senate Finance Committee do not all agree on how tariffs should work.",
                         "AGREE")
    assert not events_of(nlp, "French and German ministers agree about the risks of the plan.", "AGREE")


def test_agreeing_on_a_deal_stays_an_agreement(nlp):
    events = events_of(nlp, "Egypt and Sudan agreed on a plan to share the river's water.", "AGREE")
    assert events and states_of(events[0].source) | states_of(events[0].target) >= {"EGY", "SDN"}


def test_an_internal_investigation_accuses_no_one(nlp):
    assert not events_of(nlp, "Boeing hired a law firm to run an internal investigation.", "ACCUSE")
    assert not events_of(nlp, "In March, the ministry began investigating itself.", "ACCUSE")


def test_an_investigation_of_another_party_stays(nlp):
    events = events_of(nlp, "Brazilian prosecutors opened an investigation into the Venezuelan oil company.",
                       "ACCUSE")
    assert events


def test_a_stated_support_stays(nlp):
    events = events_of(nlp, "Poland supports Ukraine's bid to join the European Union.", "SUPPORT")
    assert events and "POL" in states_of(events[0].source)


def test_defending_ones_own_plan_backs_no_one(nlp):
    assert not events_of(nlp, "Prime Minister Rutte defended his decision in parliament.", "SUPPORT")


def test_defending_another_state_stays_support(nlp):
    events = events_of(nlp, "Germany defended Israel at the United Nations.", "SUPPORT")
    assert events and "ISR" in states_of(events[0].target)


def test_backing_an_operation_is_military_aid(nlp):
    events = events_of(nlp, "The town was retaken in an offensive supported by Iran.", "AID")
    assert events and events[0].cameo == "072" and "IRN" in states_of(events[0].source)
    assert not events_of(nlp, "The town was retaken in an offensive supported by Iran.", "SUPPORT")


def test_money_for_a_wall_is_home_spending_not_aid(nlp):
    assert not events_of(nlp, "Congress approved a budget authorizing funding for a new border fence.", "AID")


def test_money_for_a_state_stays_aid(nlp):
    events = events_of(nlp, "Congress approved funding for Ukraine.", "AID")
    assert events and "UKR" in states_of(events[0].target)


def test_a_summit_held_stays_a_meeting(nlp):
    events = events_of(nlp, "Vladimir Putin and Recep Erdogan held a summit in Sochi.", "CONSULT")
    assert events


def test_was_to_meet_to_discuss_is_a_plan(nlp):
    # (a sitting body meeting to discuss is its own session, no event: test_event_stances_offers_and_topics)
    events = [e for e in code_events(nlp, "Russian and Turkish officials were to meet on Tuesday to discuss Syria.")
              if e.type in {"CONSULT", "AGREE"}]
    assert events and all(e.future for e in events)


def test_a_meeting_held_to_discuss_is_done(nlp):
    events = [e for e in code_events(nlp, "Russian and Turkish officials met on Tuesday to discuss Syria.")
              if e.type == "CONSULT"]
    assert events and not any(e.future for e in events)


def test_a_needed_purpose_is_not_done_but_the_attacks_are(nlp):
    events = code_events(nlp, "Poland needed more tanks to protect its borders from Russian drone attacks.")
    assert all(e.hypothetical for e in events if e.trigger == "protect")
    attacks = [e for e in events if e.trigger == "attacks"]
    assert attacks and not attacks[0].hypothetical


def test_concessions_warned_against_are_not_made(nlp):
    events = code_events(nlp, "Veterans warned the Georgian president against making concessions to Russia.")
    assert all(e.hypothetical for e in events if e.type == "CONCEDE")
    made = code_events(nlp, "The Georgian president made concessions to Russia.")
    assert any(e.type == "CONCEDE" and not e.hypothetical for e in made)


def test_a_cause_made_public_is_no_release_but_freed_protesters_are(nlp):
    assert not events_of(nlp, "No cause has yet been released for the fire by authorities in the Greek town.",
                         "RETREAT")
    assert not events_of(nlp, "Kenyan police released the motive of the attackers on Monday.", "RETREAT")
    events = events_of(nlp, "Greek police released two protesters on Monday.", "RETREAT")
    assert events and states_of(events[0].target) == {"GRC"}


def test_money_for_a_coup_or_a_militia_is_backing_not_a_budget_line(nlp):
    assert not events_of(nlp, "Congress allocated funds for a border wall.", "AID")
    events = events_of(nlp, "The regime financed a militia in Darfur.", "AID")
    assert events and states_of(events[0].source) == {"SDN"}
