"""Event types, session 10 round 2: a manner "in protest", a protest's aim, habits, laws' rules,
internal reviews, denials by "not part of", backing by airstrikes and prorogation. Texts are our own."""

from event_helpers import code_events, events_of, types_of


def test_resigning_in_protest_is_one_resignation(nlp):
    types = types_of(nlp, "The Dutch foreign minister resigned in protest at the new Dutch budget.")
    assert "RETREAT" in types and "PROTEST" not in types


def test_gathering_in_protest_stays_a_protest(nlp):
    events = events_of(nlp, "Thousands of Kenyan farmers gathered in protest against the Kenyan government.", "PROTEST")
    assert events


def test_the_aim_of_protesters_is_no_support(nlp):
    text = "Danish protesters said they had come to defend their right to work in Germany."
    assert "SUPPORT" not in types_of(nlp, text)


def test_rallying_to_support_a_named_leader_is_kept(nlp):
    assert "SUPPORT" in types_of(nlp, "Venezuelan workers rallied to support President Maduro in Caracas.")


def test_what_meetings_usually_do_is_no_event(nlp):
    assert "CONSULT" not in types_of(nlp, "Unlike the Arab League, ASEAN meetings usually center on trade.")


def test_a_meeting_that_happened_is_kept(nlp):
    assert "CONSULT" in types_of(nlp, "ASEAN foreign ministers met in Bangkok on Sunday.")


def test_a_rule_laid_down_by_a_constitution_is_hypothetical(nlp):
    text = "The Kenyan Constitution specifies that ministers are removed after being convicted of fraud."
    assert all(e.hypothetical for e in code_events(nlp, text) if e.type == "ACCUSE")


def test_a_conviction_by_a_court_is_a_fact(nlp):
    events = events_of(nlp, "A Kenyan court convicted the former Kenyan minister of fraud on Tuesday.", "ACCUSE")
    assert events and not any(e.hypothetical for e in events)


def test_not_part_of_a_plan_is_negated(nlp):
    text = "The German government said the ban is not part of any plan to impose sanctions on Iran."
    events = events_of(nlp, text, "SANCTION")
    assert events and all(e.negated for e in events)


def test_part_of_a_plan_is_not_negated(nlp):
    text = "The German government imposed sanctions on Iran as part of a wider plan."
    events = events_of(nlp, text, "SANCTION")
    assert events and not any(e.negated for e in events)


def test_a_firm_reviewing_itself_is_no_accusation(nlp):
    text = "Toyota Motor Corporation started its investigation by hiring an outside law firm."
    assert "ACCUSE" not in types_of(nlp, text)


def test_backing_a_government_with_airstrikes_is_military_aid(nlp):
    text = ("In 2015, Saudi Arabia started supporting the government of Yemen against the rebels, "
            "providing airstrikes with its air force.")
    types = types_of(nlp, text)
    assert "SUPPORT" not in types
    assert any(e.cameo == "072" for e in code_events(nlp, text) if e.type == "AID")


def test_proroguing_parliament_is_a_suspension(nlp):
    events = events_of(nlp, "The British government prorogued the British Parliament on Tuesday.", "SANCTION")
    assert events and events[0].cameo == "160"


def test_tear_gas_is_crowd_control_assault(nlp):
    events = events_of(nlp, "Chilean police fired tear gas at students in Santiago.", "ASSAULT")
    assert events and events[0].cameo == "175"


def test_a_crackdown_stays_coercion(nlp):
    events = events_of(nlp, "The Iranian government cracked down on Iranian journalists.", "COERCE")
    assert events and events[0].cameo.startswith("17") and events[0].cameo != "175"


def test_a_court_ruling_on_a_suspension_did_not_suspend(nlp):
    text = "The Kenyan High Court issued a ruling on the suspension of the Kenyan parliament by the Kenyan president."
    events = events_of(nlp, text, "SANCTION")
    assert events and not any((a.code or "").endswith("JUD") for e in events for a in e.source)


def test_a_bare_period_of_suspension_is_no_act(nlp):
    text = "During prorogation, members of the British parliament may not debate bills."
    assert "SANCTION" not in types_of(nlp, text)


def test_an_office_allowed_to_prorogue_a_session_did_nothing(nlp):
    text = "The Dutch monarch is allowed to prorogue a session of the Dutch parliament."
    assert "SANCTION" not in types_of(nlp, text)


def test_an_act_named_twice_in_apposition_is_one_event(nlp):
    text = "The Kenyan president ordered the suspension, a prorogation, of the Kenyan parliament."
    assert len(events_of(nlp, text, "SANCTION")) == 1
