"""Event types, round 2: a power described is no act, an act only talked about is the talk's topic,
backing a cause is a stance, and refuting is a rejection. All texts are our own."""

from event_helpers import code_events, types_of


def test_a_power_held_describes_a_procedure_not_a_suspension(nlp):
    text = ("Under the Spanish constitution, the Spanish king is allowed to dissolve a session of the "
            "Spanish parliament, in which it is suspended but not dissolved.")
    assert "SANCTION" not in types_of(nlp, text)


def test_what_a_power_can_do_is_no_act(nlp):
    text = "The Spanish king can prorogue a session of the Spanish parliament, in which it is suspended."
    assert "SANCTION" not in types_of(nlp, text)


def test_a_suspension_told_of_a_past_session_stays(nlp):
    text = ("The Spanish king prorogued the session of the Spanish parliament, in which the Spanish "
            "prime minister was suspended.")
    # (session 26: an official suspended is an administrative sanction, COERCE 172; the record stays)
    assert types_of(nlp, text) & {"SANCTION", "COERCE"}


def test_a_suspension_that_happened_stays(nlp):
    text = "Russia suspended its participation in the Council of Europe on Monday."
    assert "SANCTION" in types_of(nlp, text) or "RETREAT" in types_of(nlp, text)


def test_a_resignation_discussed_is_the_topic_of_the_meeting(nlp):
    events = code_events(nlp, "The French cabinet will meet on Friday to discuss the French minister's resignation.")
    assert all(e.trigger != "resignation" for e in events), events


def test_a_resignation_announced_is_an_event(nlp):
    events = code_events(nlp, "The French foreign minister announced his resignation on Friday.")
    assert any(e.trigger == "resignation" for e in events), events


def test_backing_rights_and_inclusion_is_a_stance(nlp):
    text = "Mayor Jan Nowak of Poland has long supported LGBT rights and the inclusion of minority groups."
    assert "SUPPORT" not in types_of(nlp, text)


def test_backing_a_named_people_stays_support(nlp):
    events = code_events(nlp, "Russia supported the right of Syria to defend itself.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and any(a.country == "SYR" for e in support for a in e.target)


def test_refuting_a_states_comments_is_a_rejection(nlp):
    events = code_events(nlp, "The South African government refuted the comments of the United States on land reform.")
    assert any(e.type == "REJECT" and e.trigger == "refuted" for e in events), events


def test_soldiers_sent_to_train_an_army_cooperate(nlp):
    events = code_events(nlp, "Forty Spanish soldiers deployed to Mali to train Malian soldiers.")
    deployed = [e for e in events if e.trigger == "deployed"]
    assert deployed and deployed[0].type == "COOPERATE", deployed


def test_troops_sent_to_seize_land_stay_a_deployment(nlp):
    events = code_events(nlp, "Russia deployed troops to Crimea to seize the peninsula.")
    assert any(e.type == "MOBILIZE" and e.trigger == "deployed" for e in events), events
