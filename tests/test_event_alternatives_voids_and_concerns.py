"""Session 26, records the judges of fresh news (batch Y) called wrong or missed: an alternative not
taken, a pact told before or declared void, standing by a place, a record struck out, a standing
patron, a meeting that is only an occasion, a norm, posters for a strike, a demand not made, a
body's own business halted, suspects sent abroad, a tariff only threatened, a resignation told
twice, rivals named by their party, a town that opens a clause, concern conveyed to a state, and
a state's own ships sent to respond. Each case pairs a sentence whose record must change with a near miss that
keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of, types_of


# --- no act -------------------------------------------------------------------------------------------


def test_act_after_rather_than_is_not_coded(nlp):
    text = "Colombia freed the hostages in a raid rather than through negotiations with the rebels."
    assert not events_of(nlp, text, "CONSULT") and events_of(nlp, text, "RETREAT")


def test_act_after_instead_of_is_not_coded(nlp):
    text = "The army chose to shell the town instead of holding talks with the rebels."
    assert not events_of(nlp, text, "CONSULT") and events_of(nlp, text, "ASSAULT")


def test_talks_without_an_alternative_stay(nlp):
    assert events_of(nlp, "The army held talks with the rebels on Monday.", "CONSULT")


def test_pact_under_which_something_is_done_is_no_new_agreement(nlp):
    text = "Under the pact, signed in Nairobi by the two leaders, Kenya would lease land to Uganda."
    assert not events_of(nlp, text, "AGREE") and events_of(nlp, text, "SUPPORT")


def test_standing_by_a_place_backs_no_one(nlp):
    assert not events_of(nlp, "Soldiers stood by their vehicles while protesters marched past.", "SUPPORT")


def test_standing_by_a_state_is_support(nlp):
    assert events_of(nlp, "Hungary stood by Poland.", "SUPPORT")


def test_court_striking_out_an_appointment_is_no_assault(nlp):
    assert not events_of(nlp, "The judges struck out the nomination on Friday.", "ASSAULT")


def test_striking_a_village_stays_an_assault(nlp):
    assert events_of(nlp, "Soldiers struck the village with rockets.", "ASSAULT")


def test_body_which_is_backed_by_a_patron_is_no_support_act(nlp):
    assert not events_of(nlp, "The council, which is backed by Turkey, said it would hold elections.", "SUPPORT")


def test_backing_done_on_a_day_stays_support(nlp):
    assert events_of(nlp, "Turkey backed the council on Monday.", "SUPPORT")


def test_resignation_told_again_by_the_resigner_is_one_record(nlp):
    text = ("Prime Minister Ana Ruiz of Peru resigned on Tuesday after days of protests. Ruiz, who also leads "
            "the ruling party, told reporters in Lima she was stepping down to calm tensions.")
    assert len(events_of(nlp, text, "RETREAT")) == 1


def test_two_people_resigning_keep_two_records(nlp):
    text = "Peru's interior minister Ana Ruiz resigned on Monday. Her deputy Luis Soto also resigned on Tuesday."
    assert len(events_of(nlp, text, "RETREAT")) == 2


def test_meeting_a_body_spoke_after_is_no_consultation(nlp):
    text = "The Kenyan cabinet said after an emergency meeting on Sunday that the border closure was illegal."
    assert not events_of(nlp, text, "CONSULT")


def test_a_bloc_s_own_meeting_a_speaker_spoke_after_is_no_consultation(nlp):
    # (session 59) was kept as a consultation; the blind judges have read a body's own meeting
    # as no event since batch BJ2 ("an organisation's own meeting, no counterpart"), 8 of the
    # 11 such records they judged
    text = "The EU foreign policy chief announced the decision after a meeting of ministers in Brussels."
    assert not events_of(nlp, text, "CONSULT")


def test_meeting_with_a_partner_stays_a_consultation(nlp):
    text = "The Kenyan cabinet held an emergency meeting with opposition leaders on Sunday."
    assert events_of(nlp, text, "CONSULT")


def test_what_no_one_has_the_right_to_do_is_no_act(nlp):
    assert not code_events(nlp, '"No one has the right to give away an inch of Kenya," a Kenyan official said.')


def test_posters_for_a_strike_are_no_strike(nlp):
    assert not events_of(nlp, "Activists were putting up posters for a strike when police arrived.", "PROTEST")


def test_a_strike_staged_stays_a_protest(nlp):
    assert events_of(nlp, "Activists staged a strike outside the ministry on Monday.", "PROTEST")


def test_what_is_not_one_of_their_demands_is_no_demand(nlp):
    assert not events_of(nlp, "The unions said a pay rise was not one of their demands.", "REQUEST")


def test_a_demand_made_stays_a_request(nlp):
    assert events_of(nlp, "The unions demanded a pay rise on Monday.", "REQUEST")


def test_rivals_in_a_party_whom_he_accused_are_the_party_not_his_government(nlp):
    text = "Zuma fired rivals in the African National Congress whom he accused of undermining his government."
    (accused,) = events_of(nlp, text, "ACCUSE")
    assert {a.code for a in accused.target} == {"ZAFPTY"}


def test_accusing_named_generals_keeps_them_as_target(nlp):
    (accused,) = events_of(nlp, "The president sacked the generals whom he accused of plotting a coup.", "ACCUSE")
    assert [a.text for a in accused.target] == ["the generals"]


def test_town_a_clause_opens_with_is_no_target_of_praise(nlp):
    (praise,) = events_of(nlp, "In Nairobi, Kenya's president praised the agreement.", "SUPPORT")
    assert not praise.target


def test_praise_of_a_named_state_keeps_its_target(nlp):
    (praise,) = events_of(nlp, "In Nairobi, Kenya's president praised Uganda.", "SUPPORT")
    assert states_of(praise.target) == {"UGA"}


def test_halting_its_own_preparations_is_no_sanction(nlp):
    assert not events_of(nlp, "The Election Commission said it would halt its preparations for the polls.", "SANCTION")


def test_halting_its_aid_to_a_state_stays_a_sanction(nlp):
    (halt,) = events_of(nlp, "The Netherlands halted its aid to Burundi.", "SANCTION")
    assert states_of(halt.target) == {"BDI"}


# --- what the act is ----------------------------------------------------------------------------------


def test_pact_declared_null_and_void_is_rejected(nlp):
    (rejected,) = events_of(nlp, "Kenya declared the border agreement with Uganda null and void.", "REJECT")
    assert rejected.cameo == "127" and states_of(rejected.source) == {"KEN"}


def test_signed_pact_is_not_rejected(nlp):
    assert "REJECT" not in types_of(nlp, "Kenya signed the border agreement with Uganda.")


def test_suspects_sent_to_another_state_are_judicial_cooperation(nlp):
    (sent,) = events_of(nlp, "Peru sent three suspected smugglers to Bolivia.", "COOPERATE")
    assert sent.cameo == "063" and states_of(sent.target) == {"BOL"}


def test_doctors_sent_to_another_state_stay_aid(nlp):
    text = "Peru sent doctors to Bolivia."
    assert events_of(nlp, text, "AID") and not events_of(nlp, text, "COOPERATE")


def test_threatened_tariffs_not_yet_in_force_are_a_threat(nlp):
    text = "The threatened Chinese tariffs on Canadian canola take effect next week."
    assert events_of(nlp, text, "THREATEN") and not events_of(nlp, text, "SANCTION")


def test_threatened_sanctions_imposed_are_a_sanction(nlp):
    text = "Russia finally imposed the threatened sanctions on Georgia."
    assert events_of(nlp, text, "SANCTION") and not events_of(nlp, text, "THREATEN")


def test_concern_conveyed_to_a_state_is_criticism(nlp):
    (told,) = events_of(nlp, "Brazil said it had conveyed its concerns to Venezuela.", "ACCUSE")
    assert told.cameo == "111" and states_of(told.target) == {"VEN"}


def test_statement_of_concern_about_a_states_tests_is_criticism(nlp):
    text = "Japan issued a statement expressing concern about the missile tests by North Korea."
    (told,) = events_of(nlp, text, "ACCUSE")
    assert states_of(told.source) == {"JPN"} and states_of(told.target) == {"PRK"}


def test_concern_over_the_abduction_of_people_is_not_aimed_at_the_victims(nlp):
    text = "Canadian diplomats voiced concern over the abduction of student leaders."
    assert not [e for e in events_of(nlp, text, "ACCUSE") if e.cameo == "111"]


def test_concern_told_to_a_council_is_not_aimed_at_the_council(nlp):
    text = "The Kenyan envoy expressed deep concern to the African Union Peace and Security Council about the raids."
    assert not [e for e in events_of(nlp, text, "ACCUSE") if e.cameo == "111"]


def test_concern_over_a_police_force_is_left_a_statement(nlp):
    text = "The UN rights chief voiced concern about the use of force by police in Kenya."
    assert not [e for e in events_of(nlp, text, "ACCUSE") if e.cameo == "111"]


def test_concern_for_nationals_is_no_criticism(nlp):
    text = "Brazil expressed concern for the safety of its nationals in Venezuela."
    assert not events_of(nlp, text, "ACCUSE")


def test_concern_aimed_at_no_one_stays_a_statement(nlp):
    from dyads.model import Article
    from dyads.pipeline import annotate_doc

    text = "Brazilian diplomats voiced concern on Monday."
    art = annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text))
    assert not [e for e in code_events(nlp, text) if e.type == "ACCUSE"]
    assert [s.cameo for s in art.statements] == ["012"]


# --- missed acts ---------------------------------------------------------------------------------------


def test_own_ships_and_planes_sent_to_respond_are_a_deployment(nlp):
    (sent,) = events_of(nlp, "Chile said it had sent its own ships, planes and army units to respond.", "MOBILIZE")
    assert states_of(sent.source) == {"CHL"}


def test_own_doctors_sent_abroad_stay_aid(nlp):
    text = "Japan sent its own doctors to Tonga."
    assert events_of(nlp, text, "AID") and not events_of(nlp, text, "MOBILIZE")

