"""Session 25, records the judges of fresh news (batch X) called wrong: a go-between or a warrant's
issuer made a party, a threat aimed at the speaker's own group, and acts read in the wrong sense
(a belittling dismissal, leaving a body, sending a deputy, a return to office, a count cut, ties
damaged, an accord overseen, a request answered). Each case pairs a sentence whose record must
change with a near miss that keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of, states_of, types_of


# --- who is no party ---------------------------------------------------------------------------------


def test_broker_of_a_pact_is_no_target_of_its_signing(nlp):
    (signed,) = events_of(nlp, "Ethiopia and Eritrea signed a Qatar-brokered peace agreement on Monday.", "SUPPORT")
    assert states_of(signed.source) == {"ETH", "ERI"} and not signed.target


def test_broker_named_by_by_is_no_target_of_the_signing(nlp):
    text = "Ethiopia and Eritrea signed a peace agreement brokered by Qatar on Monday."
    (signed,) = events_of(nlp, text, "SUPPORT")
    assert "QAT" not in states_of(signed.target)


def test_partner_named_by_with_stays_the_target_of_the_signing(nlp):
    (signed,) = events_of(nlp, "Ethiopia and Eritrea signed a peace agreement with Qatar on Monday.", "SUPPORT")
    assert "QAT" in states_of(signed.target)


def test_mediator_is_not_the_one_who_agrees(nlp):
    text = "Lebanon and Israel on Thursday finalised a U.S.-mediated agreement on the border."
    assert all("USA" not in states_of(e.source) for e in events_of(nlp, text, "AGREE"))


def test_issuer_of_a_warrant_is_no_target_of_the_arrest(nlp):
    text = "Police arrested the former minister at the airport on a warrant from the International Criminal Court."
    (arrest,) = events_of(nlp, text, "COERCE")
    assert "IGO" not in states_of(arrest.target) and arrest.target


def test_whose_leader_threatening_leaves_his_group_out_of_the_target(nlp):
    text = "The rebels, whose leader John Kabila had threatened to attack Goma, said they would hold."
    (threat,) = events_of(nlp, text, "THREATEN")
    assert not any(a.text == "The rebels" for a in threat.target)


def test_group_whose_elders_were_attacked_is_unaffected(nlp):
    (attack,) = events_of(nlp, "The village, whose elders the soldiers had attacked, was empty.", "ASSAULT")
    assert attack.target


# --- what the act is ---------------------------------------------------------------------------------


def test_dismissing_a_thing_as_something_is_criticism(nlp):
    text = "Opposition parties dismissed the census as a waste of money."
    assert events_of(nlp, text, "ACCUSE") and not events_of(nlp, text, "REJECT")


def test_dismissing_an_offer_as_an_insult_stays_a_rejection(nlp):
    text = "Union leaders dismissed the offer as an insult to nurses."
    assert events_of(nlp, text, "REJECT") and not events_of(nlp, text, "ACCUSE")


def test_concession_dismissed_in_a_relative_clause_is_no_criticism(nlp):
    text = "Ministers dropped the fuel tax, a concession the unions dismissed as cosmetic."
    assert not events_of(nlp, text, "ACCUSE")


def test_dismissing_claims_as_baseless_is_no_criticism(nlp):
    assert not events_of(nlp, "Kenya dismissed the claims as baseless.", "ACCUSE")


def test_taking_the_state_out_of_a_body_is_a_cut_in_ties(nlp):
    text = "The president withdrew the country from the Commonwealth last year."
    assert events_of(nlp, text, "SANCTION") and not events_of(nlp, text, "RETREAT")


def test_pulling_troops_out_of_a_country_stays_a_retreat(nlp):
    assert events_of(nlp, "Uganda pulled its soldiers out of Congo in 2003.", "RETREAT")


def test_sending_a_deputy_to_a_capital_is_a_visit(nlp):
    text = "The president said he was sending his deputy, Ali Hassan, to Nairobi for talks."
    (visit,) = [e for e in events_of(nlp, text, "CONSULT") if e.trigger == "sending"]
    assert visit.cameo == "042" and not events_of(nlp, text, "AID")


def test_return_to_office_is_support_not_a_return_of_goods(nlp):
    text = "Parliament held a confidence vote that returned the prime minister to office."
    assert events_of(nlp, text, "SUPPORT") and not events_of(nlp, text, "RETREAT")


def test_returning_a_seized_ship_stays_a_return(nlp):
    (ret,) = events_of(nlp, "Iraq returned the seized ship to Iran.", "RETREAT")
    assert ret.cameo == "0842"


# --- no act ------------------------------------------------------------------------------------------


def test_cutting_a_share_of_the_vote_is_no_sanction(nlp):
    text = "The court upheld his victory, although it cut his share of the vote to about 60%."
    assert not events_of(nlp, text, "SANCTION")


def test_cutting_aid_stays_a_sanction(nlp):
    (cut,) = events_of(nlp, "The United States cut aid to Niger on Friday.", "SANCTION")
    assert states_of(cut.target) == {"NER"}


def test_ties_being_damaged_are_no_cooperation(nlp):
    text = "The opposition party accused the government of damaging ties with the country's closest partner."
    assert "COOPERATE" not in types_of(nlp, text)


def test_accord_an_envoy_oversees_is_no_agreement(nlp):
    assert "AGREE" not in types_of(nlp, "The envoy who oversees the country's peace deal said he would act.")


def test_deal_agreed_stays_an_agreement(nlp):
    assert events_of(nlp, "Israel and Hamas agreed a truce deal on Friday.", "AGREE")


def test_request_acted_on_with_no_asker_is_not_the_actors_request(nlp):
    text = "The minister said Nairobi had acted on a request relayed through Interpol."
    assert not events_of(nlp, text, "REQUEST")


def test_request_acted_on_from_a_named_asker_stays_the_askers(nlp):
    (request,) = events_of(nlp, "Kenya acted on a request from the United States.", "REQUEST")
    assert states_of(request.source) == {"USA"} and states_of(request.target) == {"KEN"}
