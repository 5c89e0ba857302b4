"""Session 20 (W4), flags and non-events from judged wire news: a participle of accusing after a
reported "would" clause keeps the telling's time (no future); a passive "must still be ratified"
is a step ahead, no demand; "would likely" is a forecast (hypothetical), no pledge; a bare noun of
lasting rule ("Israel's oppression") is no act; a promise or aid whose only object is the economy
has no party; "does not extradite its own citizens" is a standing rule; a principle with "a
citizen ... cannot be suspended" is no act; "the attacks were meant to pressure" is a purpose.
Each case pairs a sentence whose record must go or change with a near miss that keeps its record
(our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of


def _flags(nlp, text: str, trigger: str) -> list[tuple[str, bool, bool]]:
    """(type, future, hypothetical) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.future, e.hypothetical) for e in code_events(nlp, text) if e.trigger == trigger]


# --- flags of reported speech ------------------------------------------------------------------


def test_accusing_after_would_not_is_told_now(nlp):
    text = ("Chad told the United Nations last week that it would not renew the mission's mandate, "
            "accusing the peacekeepers of failing to protect civilians.")
    assert _flags(nlp, text, "accusing") == [("ACCUSE", False, False)]


def test_promised_expulsion_before_the_accusation_stays_future(nlp):
    text = "Chad told the United Nations on Friday that it would expel the French envoy, accusing Paris of meddling."
    assert ("SANCTION", True, False) in _flags(nlp, text, "expel")
    assert _flags(nlp, text, "accusing") == [("ACCUSE", False, False)]


def test_deed_condemned_after_a_pledge_is_no_threat(nlp):
    text = "Ukraine said it would expel the envoy, condemning Moscow for the strike on the port."
    assert not events_of(nlp, text, "THREATEN")
    assert _flags(nlp, text, "condemning") == [("ACCUSE", False, False)]


def test_participle_of_a_pledged_act_stays_ahead(nlp):
    text = "Ukraine said it would expel the envoy, sending him home by train."
    assert all(future for _, future, _ in _flags(nlp, text, "expel") + _flags(nlp, text, "sending"))


def test_pact_that_must_still_be_ratified_is_no_request(nlp):
    text = "The pact must still be ratified by every member parliament before it takes effect, officials said."
    assert not events_of(nlp, text, "REQUEST")


def test_pact_that_must_be_ratified_by_a_named_date_stays_a_demand(nlp):
    text = "The accord must be ratified by each member government before the summit, Thailand's foreign minister said."
    assert events_of(nlp, text, "REQUEST")


def test_would_likely_is_a_forecast_not_a_promise(nlp):
    text = "Diplomats said the dispute would likely feature at a NATO defence ministers' meeting in March."
    assert not [e for e in code_events(nlp, text) if e.trigger == "meeting"]
    text = "Diplomats said the ministers would likely meet in March."
    assert _flags(nlp, text, "meet") == [("CONSULT", False, True)]


def test_would_meet_without_a_hedge_stays_a_plan(nlp):
    assert _flags(nlp, "Diplomats said the ministers would meet in March.", "meet") == [("AGREE", True, False)]
    text = "Diplomats said the dispute would feature at a NATO meeting in March."
    assert _flags(nlp, text, "meeting") == [("AGREE", True, False)]


def test_visit_never_allowed_is_no_visit(nlp):
    text = "Egypt had never allowed the envoy to visit the prison."
    assert [(e.type, e.negated) for e in code_events(nlp, text)] == [("CONCEDE", True)]


def test_visit_allowed_keeps_its_record(nlp):
    text = "Egypt allowed the envoy to meet the prisoners."
    assert {e.type for e in code_events(nlp, text)} == {"CONCEDE", "CONSULT"}


# --- no act told -------------------------------------------------------------------------------


def test_bare_oppression_is_no_coercion(nlp):
    text = "The blogger wrote that the riots were a reaction to the regime's oppression."
    assert not events_of(nlp, text, "COERCE")


def test_repression_of_named_victims_stays(nlp):
    text = "Rights groups condemned the repression of protesters by police in Minsk on Sunday."
    assert events_of(nlp, text, "COERCE")


def test_promise_to_rescue_the_economy_has_no_party(nlp):
    text = "In a televised address, the opposition leader promised to rescue an economy crippled by inflation."
    assert not code_events(nlp, text)


def test_promise_to_rescue_people_stays(nlp):
    text = "The minister promised to rescue the stranded fishermen."
    assert [e.type for e in code_events(nlp, text)] == ["AGREE"]


def test_standing_rule_of_no_extradition_is_no_event(nlp):
    assert not code_events(nlp, "Brazil does not extradite its own citizens.")


def test_extradition_refused_in_the_past_stays(nlp):
    events = code_events(nlp, "Brazil did not extradite its own citizens to Portugal.")
    assert [(e.type, e.negated) for e in events] == [("COOPERATE", True)]


def test_principle_in_a_quote_is_no_sanction(nlp):
    text = '"The freedom of a citizen cannot be suspended at the whim of the police," the judge said.'
    assert not code_events(nlp, text)


def test_named_detainee_who_cannot_be_held_stays(nlp):
    text = '"The reporter cannot be detained any longer," the judge said.'
    assert events_of(nlp, text, "COERCE")


def test_purpose_of_attacks_is_no_pressure(nlp):
    text = "An analyst said the raids were meant to pressure the regional government during the talks."
    assert not events_of(nlp, text, "REQUEST")


def test_pressure_applied_stays(nlp):
    text = "Baghdad pressured the regional government during the talks."
    assert events_of(nlp, text, "REQUEST")


# --- session 33: forecasts and duties the text states ------------------------------------------


def test_predicted_act_of_a_named_party_is_a_forecast(nlp):
    text = "The former minister predicted that the rebels would keep up their attacks on the capital."
    assert not events_of(nlp, text, "THREATEN") and not events_of(nlp, text, "ASSAULT")


def test_partys_own_threat_is_no_forecast(nlp):
    assert events_of(nlp, "The rebel commander said the rebels would keep up their attacks on the capital.",
                     "THREATEN")


def test_unlikely_act_is_no_event(nlp):
    assert not events_of(nlp, "Diplomats said the U.N. Security Council was unlikely to agree on sanctions against Belarus.", "AGREE")
    assert not events_of(nlp, "Observers said an armed clash between Ghana and Togo remained unlikely.", "ASSAULT")


def test_likely_act_stays_hypothetical(nlp):
    found = events_of(nlp, "Diplomats said the U.N. Security Council was likely to agree on sanctions against Belarus.", "AGREE")
    assert found and all(e.hypothetical for e in found)


def test_duty_the_text_states_is_no_act(nlp):
    for text, kind in (("Under the loan terms, the government must lift taxes on fuel imports.", "CONCEDE"),
                       ("Under the pact, Fiji must reach agreement with New Zealand before signing any deal.", "AGREE"),
                       ('"The generals should sit down with the rebels," a shopkeeper said.', "CONSULT")):
        assert not events_of(nlp, text, kind), text


def test_duty_laid_by_a_speaker_is_still_a_demand(nlp):
    assert events_of(nlp, "The EU said Belgrade must withdraw its troops from the border.", "REQUEST")
