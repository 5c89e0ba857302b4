"""Session 32, parties: the sides of a mediated pact (the go-between's modifier names no party of
the pact, and the go-between's act is aimed at the sides), and the verbs that close a pact.

Each rule has a near miss that must keep its old record. Sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, states_of


def _on(events, trigger: str, kind: str | None = None):
    found = [e for e in events if e.trigger == trigger and (kind is None or e.type == kind)]
    assert found, f"no event at {trigger!r}: {[(e.trigger, e.type) for e in events]}"
    return found[0]


# --- 1. a mediated pact is the sides' ---------------------------------------------------------

def test_mediated_pact_keeps_the_sides_who_close_it(nlp):
    events = code_events(nlp, "Armenia and Azerbaijan on Friday finalised a Swiss-mediated accord on their frontier.")
    pact = _on(events, "accord", "AGREE")
    assert states_of(pact.source) == {"ARM", "AZE"}
    mediation = _on(events, "mediated", "CONSULT")
    assert states_of(mediation.source) == {"CHE"}
    assert states_of(mediation.target) == {"ARM", "AZE"}


def test_brokered_truce_between_sides_is_aimed_at_them(nlp):
    events = code_events(nlp, "A Turkish-brokered truce between Ukraine and Russia held on Sunday.")
    mediation = _on(events, "brokered", "CONSULT")
    assert states_of(mediation.source) == {"TUR"}
    assert states_of(mediation.target) == {"UKR", "RUS"}


def test_closing_verb_passes_its_subject_to_the_pact(nlp):
    pact = _on(code_events(nlp, "Ghana and Togo sealed a deal on their border on Tuesday."), "deal", "AGREE")
    assert states_of(pact.source) == {"GHA", "TGO"}


def test_owner_of_an_unmediated_pact_stays_its_party(nlp):
    # near miss: a plain owner ("The U.S. deal with Iran") is a side, not a go-between
    pact = _on(code_events(nlp, "The U.S. deal with Iran collapsed in 2018."), "deal", "AGREE")
    assert states_of(pact.source) == {"USA"}
    assert states_of(pact.target) == {"IRN"}


# --- 2. who listed or made a thing is no party of what is done with it ----------------------

def test_listing_state_of_goods_is_no_target(nlp):
    events = code_events(nlp, "Latvia stopped the shipment of UN-sanctioned fuel to North Korea on Friday.")
    stop = [e for e in events if e.trigger == "stopped"]
    assert stop and "UNO" not in states_of(stop[0].target)


def test_backing_state_keeps_its_own_reading(nlp):
    # near miss: a backer joined by a hyphen ("Iran-backed") keeps the rules of its own
    events = code_events(nlp, "Iran-backed militias attacked a U.S. base in Syria on Monday.")
    attack = _on(events, "attacked", "ASSAULT")
    assert "IRN" in states_of(attack.source)


# --- 3. a verb of handing over joined bare to a passive is passive too ----------------------

def test_person_handed_over_is_not_the_doer(nlp):
    events = code_events(nlp, "The Colombian fugitive was flown to a military airfield and handed over to "
                              "Spanish police officers.")
    hand = _on(events, "handed")
    assert "COL" not in states_of(hand.source)
    assert not any(a.text.startswith("The Colombian") for a in hand.source)


def test_agent_of_the_first_passive_hands_over(nlp):
    events = code_events(nlp, "The smuggler was arrested by Kenyan police and handed over to Ugandan officials.")
    hand = _on(events, "handed")
    assert states_of(hand.source) == {"KEN"}
    assert states_of(hand.target) == {"UGA"}


def test_active_verb_joined_to_a_passive_keeps_its_doer(nlp):
    # near miss: "was arrested and waived extradition" - the one arrested waives it
    events = code_events(nlp, "The Chilean banker was arrested on Monday and waived extradition to Peru.")
    waived = [e for e in events if e.type == "COOPERATE"]
    assert waived and "CHL" in states_of(waived[0].source)


# --- 4. a subjectless passive clause borrows the passive subject, not the agent ------------

def test_convicted_one_is_the_jailed_one_not_the_court(nlp):
    events = code_events(nlp, "The Peruvian mayor was jailed by a Lima court after being convicted of bribery.")
    convicted = [e for e in events if e.trigger == "convicted"]
    assert convicted
    assert not any("court" in a.text for a in convicted[0].target)


def test_active_clause_still_lends_its_subject(nlp):
    # near miss: "Police arrested X after being tipped off" - no passive above, the rules stand
    events = code_events(nlp, "Kenyan police arrested the Somali activist after being tipped off by neighbours.")
    arrest = _on(events, "arrested", "COERCE")
    assert states_of(arrest.source) == {"KEN"}


# --- 5. states a doer is likened to are no parties -------------------------------------------

def test_states_in_a_likeness_phrase_are_no_targets(nlp):
    events = code_events(nlp, "Ethiopia, like Sudan and Eritrea, has shut down mobile internet during exams.")
    shut = [e for e in events if e.source and states_of(e.source) == {"ETH"}]
    assert shut and not states_of(shut[0].target) & {"SDN", "ERI"}


def test_group_noun_like_lists_its_members(nlp):
    # near miss: "countries like X and Y" lists the doers themselves
    events = code_events(nlp, "Countries like Sudan and Eritrea have shut down mobile internet during exams.")
    assert any(states_of(e.source) >= {"SDN", "ERI"} for e in events)


# --- 6. a stance on harm done to people is aimed at the unnamed doer ------------------------

def test_criticised_force_is_not_aimed_at_its_victims(nlp):
    events = code_events(nlp, "Ghana's opposition criticised the use of tear gas against Ghanaian students.")
    crit = [e for e in events if e.type == "ACCUSE"]
    assert crit and not any("students" in a.text for a in crit[0].target)


def test_condemned_violence_against_people_has_no_victim_target(nlp):
    events = code_events(nlp, "The African Union condemned the violence against Malian traders.")
    crit = [e for e in events if e.type == "ACCUSE"]
    assert crit and not any("traders" in a.text for a in crit[0].target)


def test_named_doer_of_a_crackdown_stays_the_target(nlp):
    # near miss: a crackdown with its doer named is aimed at that doer
    events = code_events(nlp, "The EU condemned the Russian crackdown on Georgian protesters.")
    crit = [e for e in events if e.type == "ACCUSE"]
    assert crit and states_of(crit[0].target) == {"RUS"}


# --- 7. "X warned that it would ...": the pronoun is the warner -----------------------------

def test_warner_is_not_its_own_target(nlp):
    events = code_events(nlp, "The Nigerian army warned that it would open fire on any looters.")
    warn = [e for e in events if e.trigger == "warned"]
    assert warn and not warn[0].target


def test_other_party_in_the_warning_clause_stays(nlp):
    events = code_events(nlp, "The Nigerian army warned that Cameroon would pay a price.")
    warn = _on(events, "warned")
    assert states_of(warn.target) == {"CMR"}


# --- 8. two clauses' subjects hung on one verb -----------------------------------------------

def test_second_clause_subject_is_the_doer(nlp):
    events = code_events(nlp, "Indian online travel firm EaseMyTrip suspended flight bookings to Nepal, and "
                              "Indian film stars urged fans to holiday at home instead.")
    urged = _on(events, "urged")
    assert not any("firm" in a.text for a in urged.source)


def test_plain_subject_of_the_second_clause_stays(nlp):
    # near miss: well-parsed clauses keep their own subjects
    events = code_events(nlp, "Kenyan firm Safaricom halted mobile payments to Uganda, and Kenyan lawmakers "
                              "urged voters to stay home.")
    urged = _on(events, "urged")
    assert states_of(urged.source) == {"KEN"} and any("lawmakers" in a.text for a in urged.source)


# --- 9. the reporter of a deed glossed "in the deadliest attack" did not attack ---------------

def test_speaker_is_not_the_attacker_of_a_glossed_attack(nlp):
    events = code_events(nlp, "Dozens of people were killed in a raid by rebels on the town of Beni, the Congolese "
                              "army said on Sunday, in the deadliest attack this year.")
    assert not any(e.type == "ASSAULT" and any("army" in a.text for a in e.source) for e in events)


def test_speaker_during_a_meeting_still_meets(nlp):
    # near miss: "said during a meeting with X" - the speaker takes part in the meeting
    events = code_events(nlp, "Putin said during a meeting with Maduro that Russia would help.")
    meeting = _on(events, "meeting", "CONSULT")
    assert states_of(meeting.source) == {"RUS"}


def test_company_listed_in_a_side_clause_is_no_second_clause(nlp):
    # near miss: "X, while standing alongside A, B, and C, announced": the parser hangs C on the verb
    # as a second subject, but no misread verb stands before it, so X keeps the act
    events = code_events(nlp, "Today, Swedish International Development Agency (SIDA) Director Anna Berg, while "
                              "standing alongside Belarusian lawmakers, human-rights activists, and the Belarusian "
                              "Ambassador to Sweden, Ivan Petrov, announced $20 million in development assistance "
                              "to help Belarus's opposition leader.")
    aid = _on(events, "assistance")
    assert states_of(aid.source) == {"SWE"}
