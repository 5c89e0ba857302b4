"""Session 34 (helper d): wrong types and missed acts of batch AH, with sentences of our own:
a force disarming another, a named person dismissed, news blocked, an office signed over,
contacts cut to a technical level, a regional mission deployed, police sent, a warning about
relations, aid under review, a vote declared illegal, a truce promised, a case prepared."""

from __future__ import annotations

from event_helpers import code_events


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_soldiers_disarming_police_seize_their_arms(nlp):
    e = _on(code_events(nlp, "Malian soldiers disarmed police officers in Bamako on Sunday."), "disarmed")
    assert (e.type, e.cameo) == ("COERCE", "1711")
    e = _on(code_events(nlp, "Fijian soldiers disarmed the police unit in Suva on Tuesday."), "disarmed")
    assert e.type == "COERCE"


def test_disarming_ones_own_fighters_or_rebels_stays_a_demobilisation(nlp):
    events = code_events(nlp, "Colombian troops disarmed two hundred FARC rebels on Friday.")
    assert not [e for e in events if e.type == "COERCE"]
    events = code_events(nlp, "The rebel commander disarmed his fighters in Goma on Monday.")
    assert not [e for e in events if e.type == "COERCE"]


def test_named_person_dismissed_is_removed_from_office(nlp):
    e = _on(code_events(nlp, "General Burhan dismissed Hamdok on Monday and declared a state of emergency."), "dismissed")
    assert (e.type, e.cameo) == ("COERCE", "172")


def test_claims_or_people_dismissed_as_something_are_not_removals(nlp):
    assert not [e for e in code_events(nlp, "The Kremlin dismissed Navalny as a blogger.") if e.type == "COERCE"]
    assert not [e for e in code_events(nlp, "Moscow dismissed the Ukrainian claims on Monday.")
                if e.type == "COERCE"]


def test_blocked_news_is_censorship_by_the_authorities(nlp):
    e = _on(code_events(nlp, "In Iran, news of the strike was blocked."), "blocked")
    assert (e.type, e.cameo) == ("COERCE", "1721")
    assert {a.code for a in e.source} == {"IRNGOV"}


def test_crowds_blocking_a_road_still_protest(nlp):
    assert _on(code_events(nlp, "Farmers blocked the main road into Lima on Monday."), "blocked").type == "PROTEST"


def test_office_signed_over_is_given_up(nlp):
    e = _on(code_events(nlp, "Ghana's President Mahama signed over the presidency to his deputy on Monday."),
            "signed")
    assert (e.type, e.cameo) == ("RETREAT", "083")
    assert not any("presidency" in a.text for a in e.target)


def test_pacts_signed_stay_agreements(nlp):
    assert _on(code_events(nlp, "Iran and Iraq signed the agreement in Baghdad."), "signed").type == "SUPPORT"


def test_envoys_received_only_at_a_technical_level_cut_relations(nlp):
    e = _on(code_events(nlp, "Israel said it would receive Austrian ambassadors only at a technical level."),
            "receive")
    assert (e.type, e.cameo) == ("SANCTION", "161")


def test_envoys_received_stay_a_meeting(nlp):
    e = _on(code_events(nlp, "Putin will receive the Austrian foreign minister on Monday."), "receive")
    assert e.type != "SANCTION"


def test_soldiers_of_a_regional_mission_keep_the_peace(nlp):
    e = _on(code_events(nlp, "About 500 Senegalese soldiers of the ECOWAS mission have deployed in Banjul."),
            "deployed")
    assert (e.type, e.cameo) == ("AID", "074")


def test_troops_deployed_by_a_state_stay_a_deployment(nlp):
    assert _on(code_events(nlp, "Peru deployed troops to the border with Ecuador."), "deployed").type == "MOBILIZE"


def test_police_sent_to_the_border_mobilise(nlp):
    e = _on(code_events(nlp, "Costa Rica has sent about 150 police officers to the border region."), "sent")
    assert (e.type, e.cameo) == ("MOBILIZE", "153")
    assert not [e for e in code_events(nlp, "The ministry sent officers to the scene.") if e.type == "MOBILIZE"]


def test_warning_that_relations_would_suffer_is_a_threat(nlp):
    e = _on(code_events(nlp, "China warned Norway that relations would suffer."), "warned")
    assert (e.type, e.cameo) == ("THREATEN", "1313")


def test_warning_that_farmers_would_suffer_stays_a_forecast(nlp):
    assert not [e for e in code_events(nlp, "Brazil warned Argentina that farmers would suffer.")
                if e.type == "THREATEN"]


def test_aid_under_review_is_a_threat_to_cut_it(nlp):
    e = _on(code_events(nlp, "The United States said it was reviewing its aid to Mauritania."), "reviewing")
    assert (e.type, e.cameo) == ("THREATEN", "1311")
    assert not code_events(nlp, "The EU reviewed its aid to Mali last year.")


def test_vote_declared_illegal_is_rejected(nlp):
    e = _on(code_events(nlp, "The African Union declared the vote in Anjouan illegal."), "declared")
    assert (e.type, e.cameo) == ("REJECT", "120")


def test_promise_to_respect_a_ceasefire_is_intent_to_de_escalate(nlp):
    e = _on(code_events(nlp, "Hamas said it would respect the ceasefire."), "respect")
    assert (e.type, e.cameo, e.future) == ("AGREE", "0356", True)
    assert not [e for e in code_events(nlp, "Hamas respected the ceasefire last week.") if e.type == "AGREE"]


def test_case_prepared_before_a_court_is_a_suit(nlp):
    e = _on(code_events(nlp, "Costa Rica said it was preparing a case against Nicaragua before the ICJ."),
            "preparing")
    assert (e.type, e.cameo) == ("ACCUSE", "115")
    assert not code_events(nlp, "The chef prepared a case of wine.")


def test_ties_suspended_before_a_list_of_officers_stay_a_sanction(nlp):
    events = code_events(nlp, "Japan suspended military cooperation with Myanmar and imposed travel bans on "
                              "Min Aung Hlaing, his senior officers and members of the junta.")
    e = _on(events, "suspended")
    assert e.type == "SANCTION"
    assert {a.code for a in e.target} <= {"MMR"}


def test_congratulations_sent_are_praise(nlp):
    e = _on(code_events(nlp, "Putin sent congratulations to Trump on his victory."), "sent")
    assert (e.type, e.cameo) == ("SUPPORT", "051")


def test_pipeline_opened_by_two_states_leaders_is_cooperation(nlp):
    e = _on(code_events(nlp, "Putin and Erdogan inaugurated the TurkStream pipeline in Istanbul."), "inaugurated")
    assert (e.type, e.cameo) == ("COOPERATE", "061")
    assert {a.code for a in e.source} == {"RUSGOV", "TURGOV"}


def test_bridge_opened_by_one_states_officials_is_no_event(nlp):
    assert not code_events(nlp, "The Indian prime minister and the Assam chief minister opened the bridge on Monday.")


def test_doubt_whether_a_truce_will_be_respected_is_no_promise(nlp):
    assert not [e for e in code_events(nlp, "It was not clear whether Hamas would respect the ceasefire.")
                if e.type == "AGREE"]
