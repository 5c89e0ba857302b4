"""Event types chosen from the trigger word alone (session 17, round 1).

Careful coders judged six fresh wire articles; several records had the type of the trigger word's
commonest sense where the construction said otherwise: a court ordering a party's dissolution (a
ban, not a request), halting fighting (a ceasefire, not a sanction), help given to a mediation (a
share in it, not aid), a visitor welcomed (hosting, not praise), a politician blocked from office
(a rejection, not an obstruction) and steps to ease a crisis (no concession). Each construction is
paired with a near miss that keeps its record. The sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _one(nlp, text: str, kind: str):
    found = events_of(nlp, text, kind)
    assert found, f"no {kind} in {text!r}: {[(e.type, e.cameo) for e in code_events(nlp, text)]}"
    return found[0]


def _codes(nlp, text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.cameo) for e in code_events(nlp, text)}


# --- an act noun an authority orders is the authority's act ---

def test_ordered_dissolution_of_a_party_is_a_ban(nlp):
    text = "Cambodia's Supreme Court on Monday ordered the dissolution of the opposition Candlelight Party."
    ev = _one(nlp, text, "COERCE")
    assert ev.cameo == "1722"
    assert not events_of(nlp, text, "REQUEST")


def test_ordered_closure_of_newspapers_is_censorship(nlp):
    text = "Nicaragua's government ordered the closure of two independent newspapers last week."
    ev = _one(nlp, text, "COERCE")
    assert ev.cameo == "1721" and states_of(ev.source) == {"NIC"}


def test_dissolution_of_parliament_is_no_ban(nlp):
    text = "Nepal's president on Friday announced the dissolution of parliament ahead of elections."
    assert not events_of(nlp, text, "COERCE")


def test_border_closure_keeps_its_own_code(nlp):
    text = "Latvia ordered a border closure with Belarus on Monday."
    assert ("COERCE", "191") in _codes(nlp, text)


def test_ordering_troops_is_still_an_order(nlp):
    text = "Nicaragua's president ordered the army to guard the border with Honduras."
    assert not events_of(nlp, text, "COERCE")


# --- halting fighting is a ceasefire ---

def test_halted_fighting_is_a_ceasefire(nlp):
    text = "Ethiopian troops halted fighting around the town of Adwa on Sunday."
    ev = _one(nlp, text, "RETREAT")
    assert ev.cameo == "0871"
    assert not events_of(nlp, text, "ASSAULT") and not events_of(nlp, text, "SANCTION")


def test_promise_to_halt_attacks_makes_no_threat(nlp):
    text = "Sudan's army said it would halt attacks on the city of Omdurman."
    assert not events_of(nlp, text, "THREATEN") and not events_of(nlp, text, "SANCTION")


def test_fighting_after_a_halt_is_still_an_attack(nlp):
    text = "Ethiopian troops halted fighting and later attacked the town of Adwa."
    assert events_of(nlp, text, "RETREAT") and events_of(nlp, text, "ASSAULT")


def test_halted_talks_stay_a_sanction(nlp):
    text = "Colombia's government halted talks with the ELN rebels on Tuesday."
    assert ("SANCTION", "164") in _codes(nlp, text)


# --- help that backs a mediation is a share in it ---

def test_help_with_a_mediation_is_co_mediation(nlp):
    text = "The truce was mediated by Oman with help from Jordan and Egypt."
    ev = _one(nlp, text, "CONSULT")
    assert ev.cameo == "045"
    assert {"OMN", "JOR", "EGY"} <= states_of(ev.source) and not states_of(ev.target) & {"JOR", "EGY"}
    assert not events_of(nlp, text, "AID")


def test_help_sent_to_a_country_stays_aid(nlp):
    text = "Japan sent help to Turkey after the earthquake."
    assert events_of(nlp, text, "AID")


# --- a visitor welcomed is hosted ---

def test_welcomed_visitor_is_hosting(nlp):
    text = "The Kenyan president welcomed the visiting German chancellor at State House on Tuesday."
    ev = _one(nlp, text, "CONSULT")
    assert ev.cameo == "043"
    assert not events_of(nlp, text, "SUPPORT")


def test_welcomed_decision_stays_praise(nlp):
    text = "Kenya's president welcomed Germany's decision to cancel the debt."
    ev = _one(nlp, text, "SUPPORT")
    assert ev.cameo == "051"


# --- a politician blocked from office is turned down ---

def test_blocked_from_becoming_premier_is_rejection(nlp):
    text = "Peru's Congress blocked opposition leader Ana Ruiz from becoming prime minister."
    ev = _one(nlp, text, "REJECT")
    assert states_of(ev.source) == {"PER"}
    assert not events_of(nlp, text, "PROTEST")


def test_blocked_convoy_stays_obstruction(nlp):
    text = "Chilean protesters blocked the convoy from entering the port."
    assert events_of(nlp, text, "PROTEST")


# --- easing a crisis concedes nothing ---

def test_easing_a_crisis_is_no_concession(nlp):
    text = "Brazil's foreign minister said Brasilia would work with its neighbours to ease the crisis."
    assert not events_of(nlp, text, "CONCEDE")


def test_eased_restrictions_stay_a_concession(nlp):
    text = "Chile's government eased restrictions on Bolivian truck drivers on Monday."
    assert events_of(nlp, text, "CONCEDE") or events_of(nlp, text, "RETREAT")
