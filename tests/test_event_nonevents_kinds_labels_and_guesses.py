"""Session 20 (W1), non-events, types and flags from judged wire news: the kind of a vehicle or a
notice ("a patrol boat", "an air raid alert"), a body named "the alliance", strained ties, a danger
lived under, an act "without" someone, a measure that "remains", a rule "barred by the
constitution", a forecast that a deal is "unlikely", a precautionary embassy closure, water drawn,
a ratification deposited, leverage "given", a trip for medical treatment, a point conceded, a
forecast warning, proof not produced, talks "on" a treaty and a treaty's terms are no events;
guesses ("perhaps", "can ... tomorrow") are hypothetical; "promised a response" threatens, an
attache ordered out is expelled, restricted exports are a sanction, an inquiry ordered investigates,
accusations traded accuse, an announced deployment is a mobilisation, "will not allow anarchy" is a
threat of repression, an apology not offered ("did not offer one") is no promise, a court ordering
the release of someone held by others demands it, and a march after barricades is a protest done.
Each case pairs a sentence whose record must go or change with a near miss that keeps its record
(our own sentences)."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc

from event_helpers import code_events, events_of, types_of


def _coded(nlp, text: str) -> list[tuple[str, str, bool, bool]]:
    """(type, trigger, future, hypothetical) of the events coded in ``text``."""
    return [(e.type, e.trigger, e.future, e.hypothetical) for e in code_events(nlp, text)]


def _statement_codes(nlp, text: str) -> list[str]:
    """The CAMEO codes of the statements coded in ``text``."""
    return [s.cameo for s in annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).statements]


# --- labels and standing states ----------------------------------------------------------------


def test_patrol_boat_is_no_patrol(nlp):
    assert "MOBILIZE" not in types_of(nlp, "An Italian navy patrol boat carrying 300 migrants docked in Sicily on Tuesday.")


def test_navy_patrolling_stays(nlp):
    assert events_of(nlp, "The navy will patrol the strait from Monday.", "THREATEN") \
        or events_of(nlp, "The navy will patrol the strait from Monday.", "MOBILIZE")


def test_alert_to_citizens_is_no_mobilisation(nlp):
    assert "MOBILIZE" not in types_of(nlp, "In an alert to its citizens, the embassy told staff to stay indoors.")


def test_troops_on_high_alert_stay(nlp):
    assert events_of(nlp, "The army put its troops on high alert after the shooting.", "MOBILIZE")


def test_living_under_threat_is_no_threat(nlp):
    assert code_events(nlp, "Villagers have lived under the threat of rebel attacks for years.") == []


def test_threat_issued_stays(nlp):
    assert events_of(nlp, "The rebels issued a threat against the mayor on Monday.", "THREATEN")


def test_act_without_coordination_is_none(nlp):
    text = "The Maltese army said the rescue had been carried out without its coordination."
    assert "COOPERATE" not in types_of(nlp, text)


def test_joining_the_alliance_is_no_cooperation(nlp):
    assert "COOPERATE" not in types_of(nlp, "Hungary joined the alliance in 1999.")


def test_alliance_with_a_state_stays(nlp):
    assert events_of(nlp, "Belarus formed an alliance with Moscow on Monday.", "COOPERATE")


def test_strained_ties_are_no_cooperation(nlp):
    text = "The arrest is a blow to already strained ties between Rome and Cairo."
    assert "COOPERATE" not in types_of(nlp, text)


def test_remaining_suspended_is_no_new_sanction(nlp):
    assert "SANCTION" not in types_of(nlp, "Mali, Niger and Guinea, all ruled by juntas, remain suspended.")


def test_suspending_a_state_stays(nlp):
    assert events_of(nlp, "The bloc suspended Chad on Monday.", "SANCTION")


def test_barred_by_constitution_is_a_rule(nlp):
    text = ("Human rights groups criticised President William Ruto of Kenya, who is barred by the "
            "constitution from seeking a third term.")
    assert types_of(nlp, text) == {"ACCUSE"}


def test_barred_by_a_court_stays(nlp):
    assert events_of(nlp, "The court barred the governor from running again.", "COERCE")


def test_unlikely_deal_is_no_agreement(nlp):
    text = "Armenian officials said a ceasefire agreement with Azerbaijan was unlikely before the spring."
    assert "AGREE" not in types_of(nlp, text)


def test_deal_reached_stays(nlp):
    assert events_of(nlp, "Armenia and Azerbaijan reached a ceasefire agreement on Monday.", "AGREE")


def test_talks_on_a_treaty_sign_no_treaty(nlp):
    assert "SUPPORT" not in types_of(nlp, "Russia held talks with Japan on a peace treaty on Monday.")


def test_treaty_signed_stays(nlp):
    assert events_of(nlp, "Moscow and Tokyo signed a border treaty on Monday.", "SUPPORT")


def test_treaty_terms_are_no_retreat(nlp):
    text = "Moscow suspended talks on a peace treaty formally ending the hostilities."
    assert "RETREAT" not in types_of(nlp, text)


def test_treaty_with_accusation_keeps_accusation(nlp):
    text = "Putin said Russia was suspending its part in the arms treaty with the United States, accusing Washington of lying."
    assert events_of(nlp, text, "ACCUSE")


def test_tariff_label_is_no_new_tariff(nlp):
    text = "Beijing sought to present itself as a steady partner to a region rattled by U.S. tariffs."
    assert "SANCTION" not in types_of(nlp, text)


def test_tariffs_imposed_stay(nlp):
    assert events_of(nlp, "Washington imposed tariffs on Chinese steel on Monday.", "SANCTION")


# --- verbs in senses of no act between parties ------------------------------------------------


def test_embassy_shut_to_the_public_is_a_precaution(nlp):
    assert "SANCTION" not in types_of(nlp, "Canada shut its embassy to the public on Monday.")


def test_embassy_closed_in_a_capital_stays(nlp):
    assert events_of(nlp, "Canada closed its embassy in Tehran on Monday.", "SANCTION")


def test_water_withdrawn_is_no_retreat(nlp):
    assert "RETREAT" not in types_of(nlp, "Egypt will be allowed to withdraw more water from the Nile.")


def test_troops_withdrawn_stay(nlp):
    assert events_of(nlp, "Egypt withdrew its troops from Sudan on Monday.", "RETREAT")


def test_ratification_deposited_is_no_aid(nlp):
    text = "The law needs the president's signature before Chile can deposit its ratification in New York."
    assert "AID" not in types_of(nlp, text)


def test_leverage_given_is_no_aid(nlp):
    assert "AID" not in types_of(nlp, "The report says gas reserves give Qatar leverage over Europe.")


def test_money_given_stays_aid(nlp):
    assert events_of(nlp, "Japan gave $5 million to Haiti on Monday.", "AID")


def test_trip_for_treatment_is_no_visit(nlp):
    assert "CONSULT" not in types_of(nlp, "The former leader travelled to Germany for medical treatment.")


def test_point_conceded_is_no_concession(nlp):
    assert code_events(nlp, "The Venezuelan government conceded that no warrant had been issued.") == []


def test_defeat_conceded_stays(nlp):
    assert events_of(nlp, "The Venezuelan opposition conceded defeat on Monday.", "CONCEDE")


def test_forecast_warning_is_no_threat(nlp):
    text = "Officials warned that food shortages could follow if the port stays closed."
    assert "THREATEN" not in types_of(nlp, text)


def test_warning_of_a_strike_stays(nlp):
    assert events_of(nlp, "The army warned that it would strike the rebels.", "THREATEN")


def test_proof_not_produced_is_no_rejection(nlp):
    text = "The judge said the Kenyan state had failed to produce any lawful basis for holding him."
    assert "REJECT" not in types_of(nlp, text)


def test_refusal_to_cooperate_stays(nlp):
    assert events_of(nlp, "The Kenyan state refused to cooperate with the inquiry.", "REJECT")


# --- flags -------------------------------------------------------------------------------------


def test_march_after_barricades_is_done(nlp):
    text = ("Kenyan farmers set up roadblocks near Nairobi and marched to the parliament building, "
            "chanting against the finance minister.")
    assert [(t, f) for t, w, f, _ in _coded(nlp, text)] == [("PROTEST", False)]


def test_planned_march_stays_ahead(nlp):
    assert all(f for _, _, f, _ in _coded(nlp, "Kenyan farmers plan to march to the parliament building next week."))


def test_guess_with_perhaps_is_no_threat(nlp):
    coded = _coded(nlp, '"Perhaps the rebels will attack the town again," a shopkeeper said.')
    assert coded and all(t != "THREATEN" and h for t, _, _, h in coded)


def test_vow_of_attack_stays_a_threat(nlp):
    assert events_of(nlp, '"The rebels will attack the town again," their commander said.', "THREATEN")


def test_request_that_can_come_tomorrow_is_hypothetical(nlp):
    coded = _coded(nlp, "Lima can file an extradition request tomorrow.")
    assert coded and all(h for _, _, _, h in coded)


def test_request_filed_stays_told(nlp):
    coded = _coded(nlp, "Lima filed an extradition request on Monday.")
    assert coded and not any(h for _, _, _, h in coded)


# --- types -------------------------------------------------------------------------------------


def test_promised_response_is_a_threat(nlp):
    assert types_of(nlp, "Tehran has promised a response to the strike.") == {"THREATEN"}


def test_promised_aid_stays_agreement(nlp):
    assert events_of(nlp, "Tehran has promised aid to Lebanon.", "AGREE")


def test_attache_ordered_out_is_expelled(nlp):
    text = "Poland ordered a Belarusian military attache to leave the country."
    assert [e.cameo for e in events_of(nlp, text, "SANCTION")] == ["166"]


def test_exports_restricted_are_a_sanction(nlp):
    assert events_of(nlp, "India will restrict exports of sugar from June, the ministry said.", "SANCTION")


def test_access_restricted_stays_coercion(nlp):
    assert events_of(nlp, "The governor restricted access to the site on Monday.", "COERCE")


def test_inquiry_ordered_is_an_investigation(nlp):
    assert [e.cameo for e in events_of(nlp, "The president ordered an investigation into the shooting.",
                                       "ACCUSE")] == ["090"]


def test_accusations_traded_are_no_trade(nlp):
    assert types_of(nlp, "Somalia and Kenya traded accusations on Monday.") == {"ACCUSE"}


def test_oil_traded_stays_cooperation(nlp):
    assert events_of(nlp, "Iran traded oil with Syria last year.", "COOPERATE")


def test_announced_police_deployment_is_mobilisation(nlp):
    text = "The interior minister said police would be deployed across the capital on Friday."
    assert [(t, f) for t, _, f, _ in _coded(nlp, text)] == [("MOBILIZE", True)]


def test_deployment_to_a_rival_border_stays_a_threat(nlp):
    assert events_of(nlp, "The army will deploy troops to the border with Armenia.", "THREATEN")


def test_no_chaos_allowed_is_a_threat(nlp):
    text = "The minister said the government would not allow chaos on the streets of the capital."
    assert [e.cameo for e in events_of(nlp, text, "THREATEN")] == ["137"]


def test_march_not_allowed_stays_a_refusal(nlp):
    text = "The minister said the government would not allow the march."
    assert events_of(nlp, text, "REJECT") and not events_of(nlp, text, "THREATEN")


def test_apology_not_offered_is_no_promise(nlp):
    text = "The opposition said an apology was needed. The president did not offer one."
    coded = code_events(nlp, text)
    assert [(e.type, e.cameo, e.negated) for e in coded] == [("SUPPORT", "055", True)]


def test_truce_not_offered_is_no_apology(nlp):
    text = "The rebels asked for a truce. The army did not offer one."
    assert "SUPPORT" not in types_of(nlp, text)


def test_court_ordering_release_from_agents_demands_it(nlp):
    text = "A judge ordered the release of an activist held by the intelligence service."
    assert types_of(nlp, text) == {"REQUEST"}


def test_acquittal_with_release_stays_release(nlp):
    assert events_of(nlp, "A judge acquitted the activists and ordered their release.", "RETREAT")


def test_president_ordering_release_stays_release(nlp):
    assert events_of(nlp, "The president ordered the release of 50 prisoners.", "RETREAT")


# --- statements --------------------------------------------------------------------------------


def test_old_hope_is_no_statement(nlp):
    assert _statement_codes(nlp, "Guatemalan opposition supporters had hoped she would build on that result.") == []


def test_hope_voiced_stays_optimism(nlp):
    assert _statement_codes(nlp, "The Guatemalan president said he hoped the talks would succeed.") == ["013"]
