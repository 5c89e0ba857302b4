"""Session 13, round 2: wording on real news that names no act (powers, rules, standing aims and
sides, denied habits, records, fact checks) and flags of acts still ahead. Each case has a real act
beside it that must stay. Sentences are our own."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str):
    """The events of ``text`` whose trigger starts with ``trigger``."""
    return [e for e in code_events(nlp, text) if e.trigger.lower().startswith(trigger)]


def test_an_act_a_bill_would_allow_is_no_event(nlp):
    text = "The senate debated a bill that would have allowed the police to deport migrants to Chad."
    assert not code_events(nlp, text)
    assert _on(nlp, "The police deported twenty migrants to Chad.", "deport")


def test_what_a_constitution_requires_is_no_event(nlp):
    assert not _on(nlp, "A two-thirds majority is required by the Kenyan constitution to impeach a president.",
                   "impeach")
    done = _on(nlp, "The Kenyan parliament impeached the president on Tuesday.", "impeach")
    assert done and done[0].type == "ACCUSE" and not done[0].hypothetical


def test_a_share_of_a_body_that_must_vote_is_a_rule(nlp):
    assert not _on(nlp, "Two-thirds of the senators must vote to convict the governor.", "convict")


def test_a_court_not_precluded_from_ordering_is_no_order(nlp):
    assert not code_events(nlp, "The ruling does not preclude a Belgian court from ordering the arrest of the minister.")
    stopped = _on(nlp, "Police prevented the rioters from attacking the French embassy.", "attack")
    assert stopped and all(e.negated for e in stopped)


def test_what_any_member_state_could_do_is_no_request(nlp):
    assert not code_events(nlp, "A single member state could ask the European Commission to suspend the payments.")
    asked = _on(nlp, "Poland asked the European Commission to suspend the payments.", "asked")
    assert asked and asked[0].type == "REQUEST"


def test_a_standing_aim_is_no_attempt_but_a_try_is(nlp):
    assert not code_events(nlp, "The Islamic State seeks to seize territory in Mozambique.")
    tried = _on(nlp, "Islamic State fighters tried to seize the port of Mocimboa on Monday.", "seize")
    assert tried and not tried[0].hypothetical  # (session 32) an attempt made is no hypothetical


def test_an_armed_side_backed_by_a_patron_is_a_standing_alliance(nlp):
    assert not code_events(nlp, "According to Yemeni officials, the militias are backed by Iran.")
    assert _on(nlp, "Iran backed the militias in 2015.", "backed")
    assert _on(nlp, "The plan is backed by Germany.", "backed")  # a stand on a plan, voiced


def test_a_participle_naming_a_side_is_no_attack(nlp):
    events = code_events(nlp, "Turkey sent weapons to a militia fighting the Kurdish forces.")
    assert not [e for e in events if e.type == "ASSAULT"]
    assert [e for e in events if e.type == "AID"]
    assert _on(nlp, "Syrian troops fighting the rebels shelled Idlib.", "shelled")


def test_a_habit_denied_is_no_event(nlp):
    assert not code_events(nlp, '"We never attack civilians," the Sudanese general said.')
    assert _on(nlp, "The Sudanese army attacked civilians in Darfur.", "attacked")


def test_a_record_of_past_acts_is_no_act(nlp):
    assert not code_events(nlp, "The Peruvian congress has only impeached two other presidents.")
    assert not code_events(nlp, "The Peruvian congress has impeached two presidents in its history.")
    done = _on(nlp, "The Peruvian congress impeached the president on Monday.", "impeach")
    assert done and done[0].type == "ACCUSE"


def test_a_resignation_ahead_stays_a_resignation_and_an_offer_is_a_promise(nlp):
    ahead = _on(nlp, "The Peruvian prime minister is to step down on Friday.", "step")
    assert ahead and ahead[0].type == "RETREAT" and ahead[0].cameo == "083" and ahead[0].future
    offer = _on(nlp, "The Peruvian prime minister offered to resign.", "offered")
    assert offer and offer[0].type == "AGREE" and offer[0].future


def test_a_promise_or_pledge_is_future(nlp):
    pledge = _on(nlp, "Japan and Germany have pledged funds for the reconstruction of Iraq.", "pledged")
    assert pledge and pledge[0].type == "AGREE" and pledge[0].future
    agreed = _on(nlp, "Japan and Germany signed an agreement with Iraq on Monday.", "signed")
    assert agreed and not agreed[0].future


def test_a_scheduled_meeting_is_ahead(nlp):
    meet = _on(nlp, "The foreign ministers of India and China are scheduled to meet in Delhi next week.", "meet")
    assert meet and meet[0].future
    met = _on(nlp, "The foreign ministers of India and China met in Delhi on Monday.", "met")
    assert met and not met[0].future


def test_an_act_only_ordered_is_ahead(nlp):
    text = "The president issued an order directing the coast guard to join the investigation into the shooting."
    ordered = _on(nlp, text, "investigation")
    assert ordered and all(e.future for e in ordered)
    joined = _on(nlp, "The coast guard joined the investigation into the shooting.", "investigation")
    assert joined and not joined[0].future


def test_a_newspaper_fact_check_is_no_investigation(nlp):
    assert not code_events(nlp, "An investigation by the Guardian found no such payments.")
    assert _on(nlp, "An investigation by Kenyan police found the payments.", "investigation")


def test_an_interviewers_question_is_no_event(nlp):
    assert not code_events(nlp, "Which policies of the Kenyan government do you oppose?")
    opposed = _on(nlp, "The Kenyan opposition opposed the government's tax plan.", "opposed")
    assert opposed and opposed[0].type == "REJECT"


def test_help_towards_an_athletes_feat_is_no_aid(nlp):
    assert not code_events(nlp, "It was an event designed to help the Kenyan runner break the record.")
    helped = _on(nlp, "Kenyan troops were sent to help the Somali army.", "sent")
    assert helped


def test_a_summit_as_the_time_of_a_statement_is_not_coded_again(nlp):
    assert not code_events(nlp, "During the summit, the Kenyan president said corruption must end.")
    met = code_events(nlp, "During the summit, the Kenyan president met the Ugandan president.")
    assert [e for e in met if e.type == "CONSULT"]


def test_the_mission_of_troops_at_a_base_is_no_act(nlp):
    text = "The base is home to American troops there to fight Islamic State in cooperation with Iraqi forces."
    assert not code_events(nlp, text)
    fought = _on(nlp, "American troops fought Islamic State in cooperation with Iraqi forces.", "fought")
    assert fought and fought[0].type == "ASSAULT"


def test_support_cited_as_a_reason_is_no_support(nlp):
    text = "In the letter, the minister cited Cuba's support for Maduro."
    assert not [e for e in code_events(nlp, text) if e.type == "SUPPORT"]
    cited = code_events(nlp, "Officials cited the attack on the embassy in Kabul.")
    assert [e for e in cited if e.type == "ASSAULT"]


def test_an_act_called_off_is_no_event_but_calling_off_talks_is(nlp):
    assert not code_events(nlp, "The Kenyan senate cancelled its planned hearing on Monday.")
    cancelled = _on(nlp, "Iran cancelled talks with France on Monday.", "cancelled")
    assert cancelled and cancelled[0].type == "SANCTION"


def test_a_planned_act_is_ahead_not_hypothetical(nlp):
    text = "Kenyan rights groups announced their plans to challenge the law by lawsuit."
    planned = [e for e in code_events(nlp, text) if e.type == "ACCUSE"]
    assert planned and all(e.future and not e.hypothetical for e in planned)
    weighed = _on(nlp, "Kenyan rights groups could challenge the law by lawsuit.", "lawsuit")
    assert not weighed or all(e.hypothetical for e in weighed)
