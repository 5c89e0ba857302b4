"""Session 18, word sense, types and flags on wire news: a rank that is no union, a warning about a
plight, reliance on help, a truce kept to, a deed "met" by force, a ruling's effect, a request a
court throws out, a verdict on no one, troops sent to help, and a forecast "likely to". Each case
pairs a sentence whose record must go or change with a close one that must keep its record
(sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of, trigger_texts


# --- a rank in a name tells of no walkout ----------------------------------------------------


def test_strike_told_by_a_general_is_an_attack(nlp):
    text = ("A Sudanese army spokesman, Brigadier General Nabil Abdallah, said its jets had carried out "
            "a strike on the camp, saying it had hit rebel fighters.")
    assert {e.trigger for e in events_of(nlp, text, "ASSAULT")} >= {"strike"}
    assert not events_of(nlp, text, "PROTEST")


def test_workers_strike_stays_a_protest(nlp):
    text = "Dock workers in Lagos went on strike on Monday to demand higher pay."
    assert [e.trigger for e in events_of(nlp, text, "PROTEST")] == ["strike"]


# --- a warning about a plight or a growing strain threatens no one ---------------------------


def test_warning_of_hunger_is_no_threat(nlp):
    text = "The World Food Programme warned that millions of people in Darfur were facing starvation."
    assert not events_of(nlp, text, "THREATEN")


def test_warning_that_pressure_would_grow_is_no_threat(nlp):
    text = "Some envoys warned that if the truce failed, pressure on Paris to step in would grow fast."
    assert not events_of(nlp, text, "THREATEN")


def test_warning_of_own_force_stays_a_threat(nlp):
    assert events_of(nlp, "Sudan warned that its troops would face any attackers with force.", "THREATEN")
    assert events_of(nlp, "The Sudanese army warned the rebels that it would strike their bases.", "THREATEN")


# --- help relied on is a state, help announced is given --------------------------------------


def test_reliance_on_support_is_no_support(nlp):
    text = "Laos, which relies heavily on Chinese financial support, may have sought to please Beijing."
    assert not events_of(nlp, text, "SUPPORT")


def test_support_announced_stays(nlp):
    assert events_of(nlp, "Japan announced financial support for Laos.", "SUPPORT")


# --- a truce kept to is the old truce ---------------------------------------------------------


def test_committed_to_truce_is_no_second_ceasefire(nlp):
    text = "Rwanda remained committed to the truce, the ministry said."
    assert not events_of(nlp, text, "RETREAT")
    assert events_of(nlp, text, "AGREE")


def test_declared_truce_stays(nlp):
    assert events_of(nlp, "Rwanda declared a ceasefire on Monday.", "RETREAT")


# --- a deed "met" by force is no meeting ------------------------------------------------------


def test_move_met_by_army_is_no_meeting(nlp):
    text = "Any crossing of the line would be met by our army, the minister said."
    assert "met" not in trigger_texts(nlp, text)


def test_envoy_met_by_president_stays_a_meeting(nlp):
    assert events_of(nlp, "The envoy was met by the president at the airport.", "CONSULT")


# --- a ruling's effect is no aid -------------------------------------------------------------


def test_ruling_that_protected_rights_is_no_aid(nlp):
    text = ("Bolivian President Luis Arce welcomed the ruling, which he said protected the country's "
            "rights in the region.")
    assert not events_of(nlp, text, "AID")
    assert events_of(nlp, text, "SUPPORT")


def test_police_protecting_people_stays_aid(nlp):
    assert events_of(nlp, "Police protected the protesters from the mob.", "AID")


# --- a request a court throws out is not asked again -----------------------------------------


def test_request_thrown_out_is_no_request(nlp):
    text = "The court threw out Peru's request to redraw the line."
    assert not events_of(nlp, text, "REQUEST")


def test_request_filed_stays(nlp):
    text = "Peru filed a request with the court asking it to redraw the line."
    assert "request" in {e.trigger for e in events_of(nlp, text, "REQUEST")}


# --- a verdict said of no one in particular ---------------------------------------------------


def test_those_convicted_in_a_denial_is_no_verdict(nlp):
    text = ("Officials in Tunis deny that there are political prisoners and say those in prison were "
            "convicted by fair courts.")
    assert "convicted" not in trigger_texts(nlp, text)


def test_named_group_convicted_stays(nlp):
    assert "convicted" in trigger_texts(nlp, "Three activists were convicted by a court in Tunis on Monday.")
    assert "convicted" in trigger_texts(nlp, "Those who led the raid were convicted by a military court on Monday.")


# --- troops sent to help a mission are no threat ----------------------------------------------


def test_soldiers_sent_to_reinforce_mission_are_offered(nlp):
    # (session 46) an offer of troops is AGREE (intent to give military aid, 0332), as the judges of
    # batches W, AO and AR2 coded it; it was MOBILIZE (future) before
    text = "Chile said it would send about 300 soldiers to reinforce the mission."
    assert not events_of(nlp, text, "THREATEN")
    sent = events_of(nlp, text, "AGREE")
    assert sent and all(e.future and e.cameo == "0332" for e in sent)


def test_troops_sent_to_border_stay_a_threat(nlp):
    assert events_of(nlp, "Chile will send 300 troops to the border.", "THREATEN")


# --- "likely to" is a forecast ------------------------------------------------------------------


def test_likely_to_press_is_hypothetical(nlp):
    pressed = events_of(nlp, "Diplomats said France was likely to press for new talks in Geneva.", "REQUEST")
    assert pressed and all(e.hypothetical for e in pressed)


def test_pressed_stays_real(nlp):
    pressed = events_of(nlp, "France pressed for new talks in Geneva on Monday.", "REQUEST")
    assert pressed and not any(e.hypothetical for e in pressed)


# --- a past-tense deed after "refused to ..." is done -------------------------------------------


def test_past_deed_after_refusal_is_not_negated(nlp):
    text = "Peru declined to sign the accord and recalled its ambassador."
    recalled = [e for e in code_events(nlp, text) if e.trigger == "recalled"]
    assert recalled and not any(e.negated for e in recalled)


def test_second_infinitive_under_refusal_stays_negated(nlp):
    text = "Chile refused to recognise the verdict or withdraw from the treaty."
    withdrawn = [e for e in code_events(nlp, text) if e.trigger == "withdraw"]
    assert withdrawn and all(e.negated for e in withdrawn)
