"""Session 21 (B), event types and senses from judged wire news: a warrant granted is legal action
(COERCE 173), no gift; papers and words handed over or published are no aid and no release; civilians
occupying a building protest (PROTEST 144); a ruler suspending parliament restricts it (COERCE 172);
one sanction agreed among its makers is that sanction, not an AGREE with its target; a signed
statement or letter is no pact; a wrong "rejected" is condemned (ACCUSE 111); investigations denied
are a denial. Acts missed before: a leader removed from office, foreign troops called in, a petition
filed in court, an official flying to a capital. Each case pairs a sentence whose record must go,
change or appear with a near miss that keeps its reading (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


# --- types and senses ----------------------------------------------------------------------------


def test_a_warrant_granted_is_legal_action(nlp):
    text = "A provincial judge in Quito granted the arrest warrant for the former minister on Tuesday."
    assert _on(nlp, text, "granted") == [("COERCE", "173")]


def test_house_arrest_granted_stays_a_release(nlp):
    text = "A judge in Quito granted the former minister house arrest on Tuesday."
    assert _on(nlp, text, "granted") == [("RETREAT", "0841")]


def test_court_orders_delivered_are_no_aid(nlp):
    text = "Police in Nairobi delivered court orders for documents to three newspapers on Friday."
    assert not events_of(nlp, text, "AID")


def test_armour_delivered_stays_aid(nlp):
    text = "Canada delivered twenty armoured vehicles to Ukraine on Friday."
    assert [t for t, _ in _on(nlp, text, "delivered")] == ["AID"]


def test_a_surname_given_is_no_aid(nlp):
    text = "A retired nurse in Lima, who gave only her surname, said she feared the curfew."
    assert not events_of(nlp, text, "AID")


def test_a_breakdown_released_frees_no_one(nlp):
    text = ("The election board in Caracas declared Maduro the winner but has not released a detailed "
            "breakdown of the results.")
    assert not events_of(nlp, text, "RETREAT")


def test_civilians_occupying_a_building_protest(nlp):
    text = "Thousands of students occupied the education ministry in Lima on Tuesday."
    assert _on(nlp, text, "occupied") == [("PROTEST", "144")]


def test_troops_occupying_a_town_still_seize_it(nlp):
    text = "Rebel troops occupied the town of Goma on Tuesday."
    assert _on(nlp, text, "occupied") == [("COERCE", "192")]


def test_parliament_suspended_by_its_ruler_is_restricted(nlp):
    text = "The Tunisian president suspended parliament on Sunday and took over executive powers."
    assert _on(nlp, text, "suspended") == [("COERCE", "172")]


def test_talks_suspended_stay_a_cut_in_relations(nlp):
    text = "Greece suspended talks with Turkey on Sunday."
    assert "COERCE" not in [t for t, _ in _on(nlp, text, "suspended")]


def test_one_sanction_agreed_is_the_sanction(nlp):
    text = "European leaders agreed to close their airspace to Russian airlines."
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "AGREE"]
    [closed] = [e for e in events if e.type == "SANCTION"]
    assert states_of(closed.target) == {"RUS"}


def test_cooperation_agreed_stays_an_agreement(nlp):
    text = "European leaders agreed to open their ports to Ukrainian grain ships."
    assert not events_of(nlp, text, "SANCTION")


def test_a_signed_statement_is_no_pact(nlp):
    text = "Six Latin American governments signed a joint statement rejecting the verdict against Lula."
    assert not events_of(nlp, text, "SUPPORT")


def test_a_signed_trade_agreement_stays_a_pact(nlp):
    text = "Kenya and Uganda signed a trade agreement in Nairobi on Monday."
    assert [t for t, _ in _on(nlp, text, "signed")] == ["SUPPORT"]


def test_a_wrong_rejected_is_condemned(nlp):
    text = "The ambassador said Washington rejected any unconstitutional act by the president of Peru."
    assert [t for t, _ in _on(nlp, text, "rejected")] == ["ACCUSE"]


def test_a_proposal_rejected_stays_a_rejection(nlp):
    text = "Colombia rejected the proposal from Venezuela on Friday."
    assert [t for t, _ in _on(nlp, text, "rejected")] == ["REJECT"]


def test_investigations_denied_are_a_denial(nlp):
    text = ("Bolivia's Senate removed President Evo Ramos from office on Friday. "
            "He faced several bribery investigations, which he denied.")
    assert not events_of(nlp, text, "REJECT")


# --- acts missed before --------------------------------------------------------------------------


def test_a_president_removed_from_office(nlp):
    text = "Bolivia's Senate removed President Evo Ramos from office on Friday."
    [removed] = _on(nlp, text, "removed")
    assert removed == ("COERCE", "172")


def test_a_statue_removed_is_no_ouster(nlp):
    text = "Bolivia's Senate removed the statue from the square on Friday."
    assert ("COERCE", "172") not in _on(nlp, text, "removed")


def test_foreign_troops_called_in_are_asked_for(nlp):
    text = "The riots prompted the prime minister of Fiji to call in Australian police and troops."
    [called] = events_of(nlp, text, "REQUEST")
    assert called.cameo == "0234" and states_of(called.target) == {"AUS"}


def test_an_envoy_called_in_stays_a_protest(nlp):
    text = "Fiji called in the Australian ambassador on Monday."
    assert "REQUEST" not in [t for t, _ in _on(nlp, text, "called")]


def test_a_petition_filed_in_court_is_a_lawsuit_not_against_the_court(nlp):
    text = "Lawyers for the Ugandan opposition filed a petition against the government at the High Court."
    [suit] = _on(nlp, text, "filed")
    assert suit == ("ACCUSE", "115")
    [event] = [e for e in code_events(nlp, text) if e.trigger == "filed"]
    assert not any("Court" in a.text for a in event.target)


def test_an_official_flying_to_a_capital_visits(nlp):
    text = "Japan's foreign minister flew to Manila on Monday."
    [visit] = events_of(nlp, text, "CONSULT")
    assert visit.cameo == "042" and states_of(visit.target) == {"PHL"}


def test_a_jet_or_travellers_flying_visit_no_one(nlp):
    assert not events_of(nlp, "The Belarusian jet flew to Vilnius after the stop.", "CONSULT")
    assert not events_of(nlp, "Syrian refugees flew to Berlin on Monday.", "CONSULT")
    text = "Thai jets forced a Georgian cargo plane flying from Karachi to Hanoi to land in Bangkok."
    assert not events_of(nlp, text, "CONSULT")
