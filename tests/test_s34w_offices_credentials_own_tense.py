"""Session 34 (helper w) leftovers of the older judged batches: an office won or sought is no
actor, a credential or licence withdrawn is revoked (no military pullback), and a "because"
clause told in the past perfect keeps its own time under a reported "would". Sentences our own;
each rule has a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events as _events


def _flags(e) -> set[str]:
    return {k for k in ("negated", "future", "hypothetical") if getattr(e, k)}


# --- an office gained or sought is a post, not a body (mention_sectors._office_won) -----------

def test_office_won_is_no_actor(nlp) -> None:
    text = ("FREETOWN (Wire) - Koroma, a former army officer who first won the presidency in 2007, "
            "thanked voters on Sunday.")
    assert "the presidency" not in actor_codes(nlp, text)


def test_office_run_for_is_no_actor(nlp) -> None:
    text = "LIMA (Wire) - The former mayor said on Monday he would run for the presidency next year."
    assert "the presidency" not in actor_codes(nlp, text)


def test_presidency_that_speaks_stays_an_actor(nlp) -> None:
    text = ("FREETOWN (Wire) - Sierra Leone's presidency said on Sunday the vote was fair, and the "
            "opposition criticised the presidency for the delay.")
    codes = actor_codes(nlp, text)
    assert "the presidency" in codes


# --- credentials withdrawn (triggers.tsv "withdraw @revoked_rights") --------------------------

def test_press_credentials_withdrawn_are_coercion(nlp) -> None:
    text = "Cuban authorities on Friday withdrew the press credentials of four foreign reporters in Havana."
    found = [e for e in _events(nlp, text) if e.trigger.startswith("withdr")]
    assert found and {e.type for e in found} == {"COERCE"}


def test_troops_withdrawn_stay_a_pullback(nlp) -> None:
    text = "Russia on Friday withdrew two battalions of troops from the border with Ukraine."
    found = [e for e in _events(nlp, text) if e.trigger.startswith("withdr")]
    assert found and all(e.type == "RETREAT" for e in found)


# --- a past-perfect "because" clause has its own time (event_speech._own_tense) ---------------

def test_past_perfect_reason_is_no_promise(nlp) -> None:
    text = ("The foreign minister said the envoy would not return to Lima because Peru had ignored "
            "Madrid's demand for an apology.")
    ignored = [e for e in _events(nlp, text) if e.trigger == "ignored"]
    assert ignored and "future" not in _flags(ignored[0])


def test_reported_would_still_makes_a_promise(nlp) -> None:
    text = "The foreign minister said Spain would send aid to Peru because the floods had hit the coast."
    sent = [e for e in _events(nlp, text) if e.trigger == "send"]
    assert sent and "future" in _flags(sent[0])


# --- warding off a harm is an aim (event_negation._averted_harm) -------------------------------

def test_preventing_a_war_is_no_coercion(nlp) -> None:
    text = "The army chief said on Monday the armed forces had acted to prevent civil war in Sudan."
    assert not [e for e in _events(nlp, text) if e.trigger == "prevent"]


def test_preventing_people_from_acting_stays_coercion(nlp) -> None:
    text = "Belarusian police prevented journalists from entering the court in Minsk on Monday."
    found = [e for e in _events(nlp, text) if e.trigger == "prevented"]
    assert found and found[0].type == "COERCE"


# --- a gerund subject of a present "is" states a principle (event_generics.gerund_maxim) ------

def test_gerund_subject_of_present_is_states_a_principle(nlp) -> None:
    text = ("Gangs looted aid convoys near Port-au-Prince on Monday. \"Attacking aid workers is an "
            "attack on the most vulnerable people in this country,\" a UN spokeswoman said.")
    assert not [e for e in _events(nlp, text) if e.trigger == "Attacking"]


def test_gerund_subject_of_past_was_keeps_its_act(nlp) -> None:
    text = "Jailing the two reporters was a mistake, Egypt's foreign minister said on Monday."
    assert [e for e in _events(nlp, text) if e.trigger == "Jailing"]


def test_gerund_ruled_out_keeps_its_refusal(nlp) -> None:
    # an act ruled out by "is out of the question" is a refusal, no principle
    text = ("The foreign ministry said that lifting the embargo is out of the question as long as "
            "the junta holds prisoners.")
    assert [e for e in _events(nlp, text) if e.type == "REJECT"]
