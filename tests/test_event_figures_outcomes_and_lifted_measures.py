"""Session 27 event rules from the blind batch AA: figures of speech and names that tell no act
("sent a shiver through the markets", "called Friday a black day", "stopped working against"), a
patrol that is the one attacked, a measure that is lifted or broken, an outcome told by a participle
clause ("..., prompting Seoul to recall"), a court's jailing for a deed, and ties normalised as
diplomacy. All texts are our own, read through the pipeline."""

from event_helpers import code_events, events_of, types_of

from dyads.event_senses import sent_no_goods


def test_a_feeling_sent_through_a_place_is_no_aid(nlp):
    doc = nlp("The editors' union said the raids had sent a shiver through newsrooms across the country.")
    assert sent_no_goods(next(t for t in doc if t.lower_ == "sent"), "AID")
    doc = nlp("Turkey sent tents through the border crossing to the flooded villages.")
    assert not sent_no_goods(next(t for t in doc if t.lower_ == "sent"), "AID")


def test_sent_to_jail_is_no_aid(nlp):
    text = "Observers noted that no former army chief had been sent to jail since independence in 1962."
    assert "AID" not in types_of(nlp, text)


def test_sending_food_is_still_aid(nlp):
    assert "AID" in types_of(nlp, "Turkey sent food and tents to the flooded villages of Libya on Monday.")


def test_calling_a_day_something_asks_nothing(nlp):
    text = "The French embassy, which had called Friday a black day for Serbian democracy, welcomed the vote."
    assert not any(e.trigger.startswith("called") for e in events_of(nlp, text, "REQUEST"))


def test_calling_for_an_inquiry_is_still_a_request(nlp):
    text = "Amnesty International called for an independent inquiry into the shootings in Lagos."
    assert events_of(nlp, text, "REQUEST")


def test_working_against_a_state_is_no_strike(nlp):
    text = "The minister said Rwanda had never stopped working against Burundi."
    assert "PROTEST" not in types_of(nlp, text)


def test_dock_workers_stopping_work_is_still_a_strike(nlp):
    assert "PROTEST" in types_of(nlp, "Dock workers in Santos stopped work on Monday to demand higher pay.")


def test_a_patrol_fired_at_is_no_mobilisation(nlp):
    text = "Shots were fired at army patrols near the border town through the night, the Peruvian ministry said."
    assert "MOBILIZE" not in types_of(nlp, text)


def test_stepping_up_patrols_is_still_a_mobilisation(nlp):
    assert "MOBILIZE" in types_of(nlp, "Indian police stepped up patrols in the capital on Friday.")


def test_a_ban_to_be_lifted_is_not_imposed_by_the_lifter(nlp):
    text = "An Australian trade official said Canberra would urge Beijing to lift the ban on its barley."
    bans = [e for e in code_events(nlp, text) if e.type in ("COERCE", "SANCTION") and e.trigger == "ban"]
    assert not bans


def test_a_ban_imposed_is_still_a_measure(nlp):
    text = "China imposed a ban on Australian barley on Monday."
    assert any(e.type in ("COERCE", "SANCTION") for e in code_events(nlp, text))


def test_an_outcome_told_by_a_participle_clause_happened(nlp):
    text = ("Tokyo released the report on Thursday, prompting Seoul to ban all fish imports from Japan "
            "and drawing protests in Busan.")
    bans = [e for e in code_events(nlp, text) if e.trigger == "ban"]
    assert bans and not any(e.hypothetical for e in bans)


def test_a_pushed_act_under_a_future_participle_stays_unsure(nlp):
    text = "The plan would anger Seoul, prompting it to ban all fish imports from Japan."
    assert all(e.hypothetical or e.future for e in code_events(nlp, text) if e.trigger == "ban")


def test_a_court_jailing_someone_for_a_deed_finds_it_done(nlp):
    text = "The High Court jailed the former minister on May 3 for defying its order to appear before the inquiry."
    defied = [e for e in code_events(nlp, text) if e.trigger == "defying"]
    assert defied and not any(e.hypothetical for e in defied)


def test_police_arresting_someone_for_a_deed_only_allege_it(nlp):
    text = "Police arrested the activist on Monday for attacking a guard outside the ministry."
    assert all(e.hypothetical for e in code_events(nlp, text) if e.trigger == "attacking")


def test_normalising_ties_is_diplomatic_support(nlp):
    text = "Bahrain normalised ties with Israel in 2020."
    kinds = {(e.type, e.cameo) for e in code_events(nlp, text)}
    assert ("SUPPORT", "054") in kinds and not any(k == "COOPERATE" for k, _ in kinds)


def test_an_envoy_called_home_is_still_recalled(nlp):
    text = "Spain's ambassador to Argentina was called home for consultations on Sunday."
    assert events_of(nlp, text, "SANCTION")


def test_who_acts_after_a_protest_did_not_protest(nlp):
    text = "Police in Lagos fired tear gas on Monday after a protest outside the parliament."
    assert not any(e.source for e in events_of(nlp, text, "PROTEST"))


def test_who_strikes_after_a_strike_made_both(nlp):
    text = "The air force killed five fighters after an air strike on its base in Kunduz."
    assert any(e.type == "ASSAULT" and e.source for e in code_events(nlp, text))


def test_an_arrest_ordered_on_a_condition_is_not_told(nlp):
    text = "Police in Durban were told to arrest the former mayor if he did not surrender by Friday."
    assert "COERCE" not in types_of(nlp, text)
