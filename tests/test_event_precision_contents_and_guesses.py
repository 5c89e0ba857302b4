"""Session 17, precision on wire news: acts that are only the content of a call, a job or a
charge, aims and policies told in general, and an onlooker's guess with a gerund subject. Each
case pairs a sentence whose record must go or change with a close one that must keep its record
(sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of, trigger_texts


# --- the second act a call asks for stays asked for ------------------------------------------


def test_second_demand_behind_reduced_relative_is_no_record(nlp):
    text = ("The text would also have called on the regime led by President Ali Karimov to halt raids "
            "on villages and to free detained opposition leaders.")
    assert not events_of(nlp, text, "RETREAT")  # the call's content, no record (session 32)


def test_second_demand_after_stop_is_no_record(nlp):
    text = "The council called on the army to stop shelling towns and to free captured aid workers."
    assert events_of(nlp, text, "REQUEST")
    assert not events_of(nlp, text, "RETREAT")  # the call's content, no record (session 32)


def test_army_led_by_general_still_frees(nlp):
    text = "The army, led by General Soe Win, freed detained union leaders on Tuesday."
    freed = events_of(nlp, text, "RETREAT")
    assert freed and not any(e.hypothetical or e.negated for e in freed)


# --- a job told in a relative clause is no act -----------------------------------------------


def test_job_in_relative_clause_is_no_aid(nlp):
    text = "Officials said Anna Petrova, who coordinates relief for displaced families in the east, was unharmed."
    assert not events_of(nlp, text, "AID")


def test_past_delivery_in_relative_clause_stays(nlp):
    text = "Anna Petrova, who delivered relief to displaced families on Monday, was unharmed."
    assert events_of(nlp, text, "AID")


# --- easing a crisis is an aim, not a concession ---------------------------------------------


def test_easing_a_crisis_is_no_concession(nlp):
    text = "Tokyo, she said, would keep working with Seoul's partners on practical measures to ease the crisis."
    assert "ease" not in trigger_texts(nlp, text)


def test_easing_curbs_stays(nlp):
    text = "The government eased curbs on rice imports from Vietnam on Friday."
    assert events_of(nlp, text, "CONCEDE") or events_of(nlp, text, "RETREAT")


# --- the means named in a charge are the accuser's claim, not its acts -----------------------


def test_protests_inside_a_charge_are_no_protest(nlp):
    text = ("Georgia accuses Moscow of trying to weaken the government through bribery, propaganda "
            "and paid protests.")
    assert events_of(nlp, text, "ACCUSE") and not events_of(nlp, text, "PROTEST")


def test_protests_funded_in_a_charge_are_no_protest(nlp):
    text = "Georgia accuses Moscow of funding protests in Tbilisi."
    assert not events_of(nlp, text, "PROTEST")


def test_protest_beside_a_charge_stays(nlp):
    text = "Protesters marched through Tbilisi, and police accused them of violence."
    assert events_of(nlp, text, "PROTEST")


# --- policies toward everyone, companions, guesses ---------------------------------------------


def test_talking_to_everyone_is_no_meeting(nlp):
    assert not events_of(nlp, '"We talk to everyone," the minister said.', "CONSULT")


def test_talking_to_rebels_stays(nlp):
    assert events_of(nlp, '"We talked to the rebels on Monday," the minister said.', "CONSULT")


def test_companions_travelling_are_no_visit(nlp):
    text = "The president met the emir in Doha. Business leaders travelling with the delegation were upbeat."
    assert not any(e.trigger == "travelling" for e in code_events(nlp, text))


def test_travelling_to_a_capital_stays_a_visit(nlp):
    text = "Business leaders travelling to Beijing with the president signed deals."
    assert any(e.trigger == "travelling" for e in code_events(nlp, text))


def test_gerund_subject_of_analyst_guess_is_no_act(nlp):
    text = '"Banning the opposition party may only make it stronger," said Mina Park, an analyst in Seoul.'
    assert not events_of(nlp, text, "COERCE")


def test_minister_may_ban_stays_hypothetical(nlp):
    found = events_of(nlp, '"We may ban the party," said the interior minister.', "COERCE")
    assert found and all(e.hypothetical for e in found)


# --- words withheld or a view rejected are statements, not refusals -----------------------------


def test_declining_to_name_is_no_rejection(nlp):
    assert not events_of(nlp, "The police spokesman declined to name the arrested officers.", "REJECT")


def test_rejecting_a_view_is_no_rejection(nlp):
    assert not events_of(nlp, "The foreign minister rejected that view.", "REJECT")


def test_rejecting_a_plan_stays(nlp):
    assert events_of(nlp, "The foreign minister rejected the peace plan.", "REJECT")


# --- force that is halted is not used, nor threatened ------------------------------------------


def test_halted_fighting_is_no_threat(nlp):
    text = "The army and the rebels have agreed to halt fighting along the road for ten days, mediators said on Monday."
    assert not events_of(nlp, text, "THREATEN") and not events_of(nlp, text, "ASSAULT")


def test_suspended_air_strikes_are_no_attack(nlp):
    assert not events_of(nlp, "The government suspended air strikes for a week.", "ASSAULT")


def test_continued_fighting_stays_a_threat(nlp):
    assert events_of(nlp, "The rebels will continue fighting in the north, their leader said.", "THREATEN")


# --- what plans provide for is ahead, not only wished -------------------------------------------


def test_measures_in_plans_are_future(nlp):
    text = "The accords include plans for a joint port, cooperation on energy, and measures to ease restrictions on Chilean fruit."
    eased = [e for e in code_events(nlp, text) if e.trigger == "ease"]
    assert eased and all(e.future and not e.hypothetical for e in eased)


# --- what a case centres on is its topic -------------------------------------------------------


def test_pledge_a_case_centred_on_is_no_new_pledge(nlp):
    assert not events_of(nlp, "The case centred on the Green Party's pledge to amend the sedition law.", "AGREE")


def test_pledge_made_stays(nlp):
    found = events_of(nlp, "The Green Party pledged to amend the sedition law.", "AGREE")
    assert found and all(e.future for e in found)
