"""Session 22 (E), missed events: a matter raised "with" a party is a consultation (CONSULT 040);
the prospect of sanctions or force raised is a threat of them (THREATEN 1312 / 138); calling a
deed an affront, a slander or an outrage is criticism (ACCUSE 111); two conjoined verbs with their
own objects stay two acts of one type even when neither names a target. Each case pairs a
sentence whose record must appear with a near miss that stays uncoded (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


# --- a matter raised with a party ----------------------------------------------------------------


def test_matter_raised_with_a_party_is_a_consultation(nlp):
    text = "Germany's foreign minister raised the matter with her Turkish counterpart on Monday."
    talks = events_of(nlp, text, "CONSULT")
    assert [e.cameo for e in talks] == ["040"]
    assert states_of(talks[0].source) == {"DEU"} and states_of(talks[0].target) == {"TUR"}


def test_issue_raised_with_authorities_in_a_reported_clause(nlp):
    text = "The European Commission said it had raised the issue with Chinese authorities."
    talks = events_of(nlp, text, "CONSULT")
    assert len(talks) == 1 and states_of(talks[0].target) == {"CHN"}


def test_concerns_raised_with_no_partner_are_no_consultation(nlp):
    assert not _on(nlp, "Amnesty International raised concerns about the trial on Monday.", "raised")


def test_rates_raised_with_immediate_effect_are_no_act(nlp):
    assert not _on(nlp, "The Nigerian central bank raised interest rates with immediate effect on Monday.", "raised")


# --- a prospect of harm raised ------------------------------------------------------------------


def test_prospect_of_tariffs_raised_is_a_threat_of_sanctions(nlp):
    text = "The American president raised the prospect of new tariffs on Brazil on Friday."
    assert _on(nlp, text, "raised") == [("THREATEN", "1312")]


def test_possibility_of_strikes_raised_is_a_threat_of_force(nlp):
    text = "Washington raised the possibility of military strikes against Iran."
    threats = events_of(nlp, text, "THREATEN")
    assert [e.cameo for e in threats] == ["138"]
    assert states_of(threats[0].source) == {"USA"} and states_of(threats[0].target) == {"IRN"}


def test_prospect_of_talks_raised_is_no_threat(nlp):
    text = "The Japanese minister raised the prospect of talks with Iran."
    assert not events_of(nlp, text, "THREATEN")


# --- name-calling -------------------------------------------------------------------------------


def test_calling_a_claim_a_slander_is_criticism_of_its_author(nlp):
    text = "The Mexican president dismissed the American claim, calling it a slander."
    accusations = events_of(nlp, text, "ACCUSE")
    assert [e.cameo for e in accusations] == ["111"]
    assert states_of(accusations[0].source) == {"MEX"} and states_of(accusations[0].target) == {"USA"}


def test_calling_a_report_an_outrage_is_criticism(nlp):
    assert _on(nlp, "The Chinese embassy called the report an outrage.", "called") == [("ACCUSE", "111")]


def test_a_deed_said_to_be_an_affront_is_criticism_of_its_doer(nlp):
    text = "Iran's foreign ministry spokesman said the American threat was an affront to peace and security."
    accusations = [e for e in events_of(nlp, text, "ACCUSE") if e.trigger == "affront"]
    assert len(accusations) == 1 and accusations[0].cameo == "111"
    assert states_of(accusations[0].source) == {"IRN"} and states_of(accusations[0].target) == {"USA"}


def test_the_one_offended_by_an_affront_is_no_target(nlp):
    text = "The Chinese embassy said the visit was an affront to China."
    accusations = events_of(nlp, text, "ACCUSE")
    assert accusations and all("CHN" not in states_of(e.target) for e in accusations)


def test_calling_a_deal_a_breakthrough_is_no_criticism(nlp):
    text = "China called the agreement with Vietnam a breakthrough."
    assert not events_of(nlp, text, "ACCUSE")


# --- conjoined deeds of one type ----------------------------------------------------------------


def test_conjoined_verbs_with_their_own_objects_stay_two_sanctions(nlp):
    text = "Trump pulled the United States out of the nuclear accord in 2018 and restored sweeping sanctions."
    sanctions = events_of(nlp, text, "SANCTION")
    assert sorted(e.cameo for e in sanctions) == ["160", "163"]


def test_one_sanction_told_twice_stays_one(nlp):
    text = "The European Union imposed sanctions on Belarus on Monday."
    assert len(events_of(nlp, text, "SANCTION")) == 1


def test_verb_and_noun_of_one_code_stay_one_record(nlp):
    text = "An Argentine navy patrol ship intercepted a fleet of fishing boats on Thursday and seized one of them."
    assert len(events_of(nlp, text, "COERCE")) == 1


# --- force promised against armed foes ----------------------------------------------------------


def test_vow_to_resist_a_foreign_force_is_a_threat_of_force(nlp):
    text = "The rebels vowed to resist the Ethiopian troops."
    threats = events_of(nlp, text, "THREATEN")
    assert [e.cameo for e in threats] == ["138"] and states_of(threats[0].target) == {"ETH"}


def test_vow_to_resist_a_law_is_no_threat(nlp):
    assert not events_of(nlp, "The opposition vowed to resist the new tax law.", "THREATEN")


def test_resisting_troops_unpromised_is_no_attack(nlp):
    assert not events_of(nlp, "The villagers resisted the American troops for years.", "ASSAULT")


# --- leaders side by side -----------------------------------------------------------------------


def test_speaking_alongside_a_foreign_president_is_a_meeting(nlp):
    text = "Speaking alongside Romanian President Klaus Iohannis, Lula said his government condemned the violation."
    meetings = events_of(nlp, text, "CONSULT")
    assert [e.cameo for e in meetings] == ["040"]
    assert states_of(meetings[0].source) == {"BRA"} and states_of(meetings[0].target) == {"ROU"}


def test_standing_alongside_a_foreign_leader_is_a_meeting(nlp):
    text = "The German chancellor, standing alongside French President Emmanuel Macron, said Europe must act."
    meetings = events_of(nlp, text, "CONSULT")
    assert len(meetings) == 1 and states_of(meetings[0].target) == {"FRA"}


def test_speaking_alongside_ones_own_minister_is_no_meeting(nlp):
    text = "Speaking alongside his finance minister, the Brazilian president said the budget was balanced."
    assert not events_of(nlp, text, "CONSULT")


# --- arrivals in an international force ---------------------------------------------------------


def test_police_arriving_as_a_contingent_of_a_multinational_force_are_peacekeeping(nlp):
    text = ("About 400 Kenyan police officers arrived in Haiti's capital on Tuesday, the first contingent "
            "of a multinational force.")
    aid = events_of(nlp, text, "AID")
    assert [e.cameo for e in aid] == ["074"]
    assert states_of(aid[0].source) == {"KEN"} and states_of(aid[0].target) == {"HTI"}


def test_contingent_after_a_dateline_is_peacekeeping_too(nlp):
    text = ("PORT-AU-PRINCE, June 25 (Wire) - About 400 Kenyan police officers arrived in Haiti's capital "
            "on Tuesday, the first contingent of a multinational force.")
    assert [e.cameo for e in events_of(nlp, text, "AID")] == ["074"]


def test_troops_arriving_with_no_international_force_are_a_deployment(nlp):
    text = "Russian troops arrived in Belarus on Tuesday, the first contingent of a new army group."
    assert not events_of(nlp, text, "AID")


# --- a deed told as the agent of a passive ------------------------------------------------------


def test_visit_that_followed_remarks_is_told_as_done(nlp):
    text = ("His remarks were followed on Monday by a visit to Brasilia by Russian Foreign Minister Sergei "
            "Lavrov, who thanked Brazil for what he called its understanding of the origins of the crisis.")
    visits = [e for e in events_of(nlp, text, "CONSULT") if e.trigger == "visit"]
    assert len(visits) == 1
    assert states_of(visits[0].source) == {"RUS"} and states_of(visits[0].target) == {"BRA"}


def test_planned_visit_in_a_passive_agent_stays_future(nlp):
    text = "The talks will be followed by a visit to Brasilia by the Russian foreign minister."
    assert all(e.future or e.hypothetical for e in events_of(nlp, text, "CONSULT"))
