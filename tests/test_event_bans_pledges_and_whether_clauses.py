"""Session 18, round 5: a rejected candidacy is a ban on a politician, backing armed forces is
military aid, a pledge to "hold X accountable" is a warning, sanctions agreed by their makers are
decided (not promised), "..., which the authorities deny" is a denial by the accused, and an act
in a "whether" clause left open ("did not say whether") is no event."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _denials(nlp, text: str) -> list:
    """The CAMEO 016 statements of ``text``."""
    return [s for s in annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).statements
            if s.cameo == "016"]


def test_rejected_candidacy_is_a_ban(nlp):
    text = "Peru's election board rejected the candidacy of opposition leader Ana Ruiz for the June vote."
    found = events_of(nlp, text, "COERCE")
    assert found and found[0].cameo == "1722" and "PER" in states_of(found[0].source)


def test_rejected_demand_stays_a_refusal(nlp):
    text = "Peru's election board rejected the demands of opposition leader Ana Ruiz."
    assert events_of(nlp, text, "REJECT") and not events_of(nlp, text, "COERCE")


def test_backing_armed_forces_is_military_aid(nlp):
    found = events_of(nlp, "Saudi Arabia continues to back local forces in southern Yemen.", "AID")
    assert found and found[0].cameo == "072" and "SAU" in states_of(found[0].source)


def test_backing_a_plan_stays_support(nlp):
    text = "Saudi Arabia continues to back the Yemeni peace plan."
    assert events_of(nlp, text, "SUPPORT") and not events_of(nlp, text, "AID")


def test_pledge_to_hold_accountable_is_a_threat(nlp):
    text = "In London, Foreign Secretary David Lammy said Britain would work with Oman to hold the Houthis accountable."
    found = events_of(nlp, text, "THREATEN")
    assert found and "GBR" in states_of(found[0].source) and "YEM" in states_of(found[0].target)
    assert not events_of(nlp, text, "ACCUSE")


def test_holding_accountable_for_a_past_deed_stays_blame(nlp):
    text = "In London, Foreign Secretary David Lammy said Britain held the Houthis accountable for the strike."
    assert events_of(nlp, text, "ACCUSE") and not events_of(nlp, text, "THREATEN")


def test_sanctions_agreed_by_their_makers_are_decided(nlp):
    text = "European Union leaders agreed on Thursday to suspend trade with Belarus and freeze its state assets."
    events = code_events(nlp, text)
    found = [e for e in events if e.type == "SANCTION"]
    assert found and not any(e.future for e in found)
    assert not [e for e in events if e.type == "AGREE"]  # the agreeing is the sanction's deciding


def test_sanctions_still_to_be_agreed_stay_ahead(nlp):
    text = "European Union leaders will agree on Thursday to freeze Belarusian state assets."
    assert all(e.future for e in code_events(nlp, text) if e.type in ("AGREE", "SANCTION"))


def test_withdrawal_agreed_stays_a_promise(nlp):
    found = [e for e in code_events(nlp, "Russia agreed to withdraw its troops from the Georgian border.")
             if e.type in ("AGREE", "RETREAT")]
    assert found and all(e.future or e.type == "AGREE" for e in found)


def test_relative_denial_is_the_accused_s(nlp):
    text = "Western governments have accused Lisbon of hiding the reports, which the authorities deny."
    found = _denials(nlp, text)
    assert found and "PRT" in states_of(found[0].source)


def test_relative_clause_without_charge_is_no_denial(nlp):
    text = "Western governments have praised Lisbon for publishing the reports, which the authorities deny."
    assert not _denials(nlp, text)


def test_act_left_open_by_whether_is_no_event(nlp):
    text = "The Kenyan foreign minister did not say whether Kenya would lodge a formal protest with Uganda."
    assert not events_of(nlp, text, "ACCUSE")
    assert not code_events(nlp, "Kenya will decide whether to expel the Ugandan ambassador.")


def test_act_said_without_whether_is_kept(nlp):
    text = "The Kenyan foreign minister said Kenya would lodge a formal protest with Uganda."
    found = events_of(nlp, text, "ACCUSE")
    assert found and "KEN" in states_of(found[0].source)
