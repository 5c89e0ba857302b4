"""Session 35 (helper g): parties and types of batch AI's wrong records, and two missed acts, with
sentences of our own: an appeal after a pluperfect reported clause, an appeal after a passive of
feeling, a restrictive relative clause on the last of joined nouns, "regretted the outcome",
foreign forces sent in to restore order, "did not ... until <date>", relations ended, power seized."""

from __future__ import annotations

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_appeal_after_pluperfect_clause_is_not_the_owner_of_its_subject(nlp):
    text = ("Kenyan opposition leader Raila Odinga said the government's refusal to hold talks had "
            "deepened the crisis, but called on his followers to remain peaceful.")
    e = _on(code_events(nlp, text), "called")
    assert "KENGOV" not in {a.code for a in e.source}
    assert any(a.text.endswith("Raila Odinga") for a in e.source)


def test_appeal_after_passive_of_feeling_is_the_feelers(nlp):
    text = ("A Foreign Office spokesman said London was alarmed by Russia's moves near the border "
            "and urged Baltic states to stay vigilant.")
    e = _on(code_events(nlp, text), "urged")
    assert states_of(e.source) == {"GBR"}


def test_feeling_pronoun_of_the_sayer_gives_the_sayer(nlp):
    text = "Norway said it was worried by Iran's nuclear steps and urged Tehran to return to talks."
    e = _on(code_events(nlp, text), "urged")
    assert states_of(e.source) == {"NOR"}
    assert states_of(e.target) == {"IRN"}


def test_restrictive_relative_clause_restricts_the_last_noun(nlp):
    text = ("Kenya defied criticism from the African Union, European governments and activists who "
            "have called for a boycott of its tea exports.")
    e = _on(code_events(nlp, text), "called")
    assert "EURGOV" not in {a.code for a in e.source}
    assert "IGO" not in {a.code for a in e.source}


def test_relative_clause_on_a_single_noun_keeps_it(nlp):
    text = "Kenya defied criticism from European governments that have called for a boycott of its tea."
    e = _on(code_events(nlp, text), "called")
    assert "EURGOV" in {a.code for a in e.source}


def test_regretting_an_outcome_disapproves(nlp):
    text = "The African Union said it regretted the outcome and would study its consequences."
    e = _on(code_events(nlp, text), "regretted")
    assert e.type == "ACCUSE"


def test_regretting_ones_own_remarks_stays_an_apology(nlp):
    e = _on(code_events(nlp, "The Kenyan minister said he regretted his remarks."), "regretted")
    assert e.type == "SUPPORT"


def test_foreign_troops_sent_in_to_restore_order_keep_the_peace(nlp):
    text = ("French and Belgian troops arrived in Chad on Monday at the request of its government "
            "to help restore order after riots in the capital.")
    e = _on(code_events(nlp, text), "arrived")
    assert (e.type, e.cameo) == ("AID", "074")
    text = "French troops arrived in Chad on Monday to help restore order."
    e = _on(code_events(nlp, text), "arrived")
    assert (e.type, e.cameo) == ("AID", "074")


def test_own_troops_restoring_order_or_foreign_troops_drilling_stay_a_deployment(nlp):
    e = _on(code_events(nlp, "Chadian troops arrived in Chad on Monday to help restore order."), "arrived")
    assert e.type == "MOBILIZE"
    e = _on(code_events(nlp, "Russian troops arrived in Belarus on Monday for joint exercises."), "arrived")
    assert e.type == "MOBILIZE"


def test_not_until_a_date_dates_the_act(nlp):
    text = "Peru gained independence from Spain in 1821, but Madrid did not recognise it until 1879."
    e = _on(code_events(nlp, text), "recognise")
    assert e.type == "SUPPORT" and not e.negated
    assert states_of(e.target) == {"PER"}


def test_it_after_but_goes_on_with_the_first_subject(nlp):
    text = "Eritrea broke away from Ethiopia in 1993, but Addis Ababa later recognised it."
    e = _on(code_events(nlp, text), "recognised")
    assert states_of(e.target) == {"ERI"}


def test_not_on_a_date_stays_denied(nlp):
    e = _on(code_events(nlp, "Spain did not recognise Kosovo in 2008."), "recognise")
    assert e.negated


def test_relations_ended_are_cut(nlp):
    text = "Chile's foreign minister announced on Monday that Santiago was ending relations with Nauru."
    e = _on(code_events(nlp, text), "ending")
    assert (e.type, e.cameo) == ("SANCTION", "161")
    assert states_of(e.source) == {"CHL"} and states_of(e.target) == {"NRU"}


def test_talks_ending_are_no_cut(nlp):
    assert not [e for e in code_events(nlp, "Chile's foreign minister said the talks in Lima were ending.")
                if e.type == "SANCTION"]


def test_power_seized_is_a_coup(nlp):
    e = _on(code_events(nlp, "Fiji's army commander Frank Bainimarama seized power in a coup in 2006."), "seized")
    assert e.type == "COERCE" and e.cameo == "170"


def test_weapons_seized_stay_a_seizure(nlp):
    e = _on(code_events(nlp, "Kenyan police seized weapons in Nairobi on Monday."), "seized")
    assert e.cameo != "170"


def test_it_after_a_dateline_goes_on_with_the_main_subject(nlp):
    text = ("LIMA, May 2 (Wire) - The International Court of Justice ruled on Tuesday that Chile had "
            "failed to consult Peru before building a dam, but it rejected Lima's demand that the dam be closed.")
    e = _on(code_events(nlp, text), "rejected")
    assert {a.code for a in e.source} == {"UNOJUD"}


def test_it_after_a_dateline_with_a_state_subject_stays_that_state(nlp):
    text = ("LIMA, May 2 (Wire) - Chile said on Tuesday that Peru had broken the treaty, but it "
            "rejected Bolivia's demand for talks.")
    e = _on(code_events(nlp, text), "rejected")
    assert states_of(e.source) == {"CHL"}


def test_contact_announced_is_an_intent_to_consult(nlp):
    text = "The president said Quito would contact Lima quickly to explain the decision and seek a way forward."
    events = code_events(nlp, text)
    e = _on(events, "contact")
    assert e.type == "AGREE" and e.future
    assert states_of(e.source) == {"ECU"} and states_of(e.target) == {"PER"}
    assert not [x for x in events if x.trigger == "seek"]


def test_help_sought_from_a_party_stays_a_request(nlp):
    e = _on(code_events(nlp, "Kenya sought help from Uganda on Monday."), "sought")
    assert e.type == "REQUEST"


def test_storming_a_district_is_no_storm_that_excuses_an_emergency(nlp):
    text = ("Soldiers stormed the rebel district of Kaduna on Saturday. Nigeria's President Goodluck "
            "Jonathan declared a state of emergency in Kaduna on Sunday.")
    e = _on(code_events(nlp, text), "emergency")
    assert e.type == "COERCE"


def test_an_emergency_for_a_real_storm_stays_no_record(nlp):
    text = ("A storm hit the coast of Kaduna on Saturday. Nigeria's President Goodluck Jonathan "
            "declared a state of emergency in Kaduna on Sunday.")
    assert not [e for e in code_events(nlp, text) if e.trigger == "emergency"]


def test_backing_a_speaker_declares_for_its_side_survives_the_classifier(nlp):
    text = ("The Foreign Office said it supported Kenya's efforts to hold free elections and urged all "
            "parties to stay calm.")
    e = _on(code_events(nlp, text), "supported")
    assert e.type == "SUPPORT"
    assert states_of(e.source) == {"GBR"} and states_of(e.target) == {"KEN"}


def test_telephoned_to_congratulate_survives_the_classifier(nlp):
    text = ("Ruto told a news conference in Nairobi that he had telephoned Odinga to congratulate him "
            "and would ensure a smooth handover.")
    e = _on(code_events(nlp, text), "telephoned")
    assert e.type == "CONSULT"


def test_pledge_after_a_clause_about_a_thing_is_the_sayers(nlp):
    text = "The African Union chairman said the vote was peaceful and pledged continued support to Kenya."
    e = _on(code_events(nlp, text), "pledged")
    assert e.type == "AGREE"
    assert {a.code for a in e.source} == {"IGO"}


def test_pledge_after_a_pluperfect_clause_is_the_sayers(nlp):
    text = "Kenya's president said the Ugandan army had shelled the border post and vowed to respond."
    e = _on(code_events(nlp, text), "vowed")
    assert states_of(e.source) == {"KEN"}


def test_pledge_with_its_own_subject_stays_that_subjects(nlp):
    text = ("Kenya's president said the Ugandan army had shelled the border post, and Uganda's "
            "defence minister vowed to continue the operation.")
    e = _on(code_events(nlp, text), "vowed")
    assert states_of(e.source) == {"UGA"}


def test_compliance_promised_is_an_intent_to_yield(nlp):
    text = "Chile's Foreign Minister Heraldo Munoz said Chile would comply with the court's call for joint monitoring."
    e = _on(code_events(nlp, text), "comply")
    assert e.type == "AGREE" and e.future


def test_compliance_refused_stays_a_refusal(nlp):
    text = "Serbia has refused to comply with the ruling of the International Court of Justice."
    events = code_events(nlp, text)
    assert [e for e in events if e.type == "REJECT"]
    assert not [e for e in events if e.type in ("AGREE", "CONCEDE")]


def test_doer_of_a_shell_noun_participle_does_the_act(nlp):
    text = ("Chile and Peru have quarrelled over the border for years. A mediation effort launched by "
            "Spain's King Juan Carlos in late 2006 failed to produce a settlement.")
    e = _on(code_events(nlp, text), "mediation")
    assert e.type == "CONSULT" and states_of(e.source) == {"ESP"}
