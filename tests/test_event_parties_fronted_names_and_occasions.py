"""Parties the sentence names but the main event left empty (session 15): a fronted name the parser
files as a modifier of the verb, the foreign move a show of force answers, the deed a blow was
done by, the party named by the purpose of forces sent, the one whose act would avert a threat,
the one a concession gives way to, the two sides a go-between acts between, and the state where a
condemned deed with no named doer happened. Each has a counter-case. The sentences are ours."""

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[e.trigger for e in events]}"
    return found[0]


def test_a_fronted_name_filed_as_a_modifier_is_the_subject(nlp):
    text = "Kenyan President Daniel arap Moi legalised opposition parties on Tuesday."
    assert states_of(_on(code_events(nlp, text), "legalised").source) == {"KEN"}


def test_a_fronted_name_before_an_attribution_is_the_subject(nlp):
    text = ("Turkey massed troops on its border with Iraq on Friday, a day after Baghdad refused to expel "
            "the rebel leader, Turkish newspapers reported.")
    massed = _on(code_events(nlp, text), "massed")
    assert states_of(massed.source) == {"TUR"}
    assert states_of(massed.target) == {"IRQ"}


def test_a_fronted_time_is_no_subject(nlp):
    events = code_events(nlp, "Monday troops were sent to the border.")
    assert not any("Monday" in a.text for e in events for a in e.source)


def test_an_alert_answers_the_foreign_move_given_as_its_occasion(nlp):
    text = "Lithuania put its army on high alert as Belarusian troops gathered near the frontier."
    alert = _on(code_events(nlp, text), "alert")
    assert states_of(alert.target) == {"BLR"}


def test_a_mobilisation_after_a_domestic_event_names_no_target(nlp):
    text = "Bolivia called up its reservists after floods hit the lowlands."
    called = _on(code_events(nlp, text), "called")
    assert not called.target


def test_a_blow_done_by_firing_on_positions_targets_their_owner(nlp):
    text = "Armenian troops violated the truce by firing on Azerbaijani posts near Lachin."
    violated = _on(code_events(nlp, text), "violated")
    assert states_of(violated.target) == {"AZE"}


def test_a_blow_by_moving_ones_own_forces_names_no_target(nlp):
    text = "Armenian troops violated the truce by moving their own artillery forward."
    violated = _on(code_events(nlp, text), "violated")
    assert "ARM" not in states_of(violated.target)


def test_forces_sent_for_a_purpose_concern_the_party_it_names(nlp):
    sent = _on(code_events(nlp, "Rwanda sent troops to help Mozambique fight the insurgents."), "sent")
    assert states_of(sent.target) == {"MOZ"}


def test_forces_sent_to_fetch_ones_own_people_concern_the_land_left(nlp):
    text = "Spain sent warships to evacuate Spanish nationals from Libya."
    sent = _on(code_events(nlp, text), "sent")
    assert "ESP" not in states_of(sent.target)


def test_a_threat_is_aimed_at_whoever_must_act_to_avert_it(nlp):
    text = "Egypt warned on Sunday that it would close the canal to its ships unless Sudan stopped arming the rebels."
    warned = _on(code_events(nlp, text), "warned")
    assert states_of(warned.target) == {"SDN"}


def test_a_threat_hanging_on_ones_own_side_names_no_target(nlp):
    text = "Turkey warned it would hold early elections unless Turkish opposition parties ended their boycott."
    warned = _on(code_events(nlp, text), "warned")
    assert not warned.target


def test_giving_way_under_pressure_is_aimed_at_who_pressed(nlp):
    text = "Under heavy pressure from France, the Malian junta agreed to hold elections next year."
    agreed = _on(code_events(nlp, text), "agreed")
    assert states_of(agreed.target) == {"FRA"}


def test_pressure_from_ones_own_people_names_no_foreign_target(nlp):
    text = "Under pressure from Malian protesters, the Malian junta agreed to hold elections."
    agreed = _on(code_events(nlp, text), "agreed")
    assert "FRA" not in states_of(agreed.target)


def test_a_go_between_acts_towards_both_sides(nlp):
    text = "Qatar has offered to host a new round of talks between Chad and Sudan."
    offered = _on(code_events(nlp, text), "offered")
    assert states_of(offered.target) == {"TCD", "SDN"}


def test_a_call_between_two_leaders_is_content_not_a_side(nlp):
    text = "The Senate subpoenaed a recording of a call between Modi and Sharif."
    events = code_events(nlp, text)
    assert not any({"IND", "PAK"} & states_of(e.target) for e in events if e.trigger == "subpoenaed")


def test_a_condemned_deed_with_no_doer_targets_its_state(nlp):
    text = "Nigeria condemned the coup in Niger on Thursday."
    condemned = _on(code_events(nlp, text), "condemned")
    assert states_of(condemned.target) == {"NER"}


def test_a_condemned_deed_told_before_keeps_its_doer(nlp):
    text = "Rebels stormed a military base near Goma. Angola condemned the attack in Goma."
    condemned = _on(code_events(nlp, text), "condemned")
    assert [a.text for a in condemned.target] == ["Rebels"]


def test_what_is_done_on_someones_orders_is_their_doing(nlp):
    detained = _on(code_events(nlp, "Two journalists were detained on President Lukashenko's orders."), "detained")
    assert states_of(detained.source) == {"BLR"}


def test_a_passive_with_no_command_noun_takes_no_orderer(nlp):
    text = "Two journalists were detained on Monday in Minsk."
    detained = _on(code_events(nlp, text), "detained")
    assert not any(a.kind == "person" for a in detained.source)


def test_a_decision_made_in_the_passive_is_the_agents(nlp):
    text = "A decision to expel four Russian diplomats was announced by the Dutch foreign ministry."
    expel = _on(code_events(nlp, text), "expel")
    assert states_of(expel.source) == {"NLD"}
    assert states_of(expel.target) == {"RUS"}


def test_a_place_on_the_verb_carrying_an_act_noun_places_the_act(nlp):
    law = _on(code_events(nlp, "The Thai army declared martial law across Thailand on Tuesday."), "law")
    assert states_of(law.target) == {"THA"}


def test_a_declared_state_of_siege_is_the_declarers_act(nlp):
    text = "Bolivian authorities declared a state of siege in Pando to begin at midnight."
    siege = _on(code_events(nlp, text), "siege")
    assert states_of(siege.source) == {"BOL"}


def test_a_complaint_lodged_with_a_world_body_is_aimed_at_the_one_complained_of(nlp):
    text = "Lebanon filed a complaint with the UN Security Council against Israel."
    complaint = _on(code_events(nlp, text), "complaint")
    assert states_of(complaint.target) == {"ISR"}


def test_a_protest_lodged_with_a_state_is_aimed_at_that_state(nlp):
    text = "Japan lodged a protest with China over the intrusion of its coast guard ships."
    events = [e for e in code_events(nlp, text) if e.type == "ACCUSE"]
    assert events and "CHN" in states_of(events[0].target)


def test_a_demand_to_free_ones_own_people_is_made_of_their_captors(nlp):
    text = "France demanded the release of French journalists kidnapped by rebels in Mali."
    demanded = _on(code_events(nlp, text), "demanded")
    assert "FRA" not in states_of(demanded.target)
    assert states_of(demanded.target) == {"MLI"}


def test_a_demand_to_free_ones_own_people_with_no_captor_named_keeps_them(nlp):
    demanded = _on(code_events(nlp, "Nepal demanded the release of Nepali workers."), "demanded")
    assert states_of(demanded.target) <= {"NPL"}
