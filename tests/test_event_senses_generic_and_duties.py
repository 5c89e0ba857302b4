"""Wording that names a custom, a duty, a question, a state, a goal or a label rather than an act,
and acts whose kind depends on who is moved or asked. Each case has a political counter-case that
must still be coded. All texts are our own, read through the whole pipeline."""

from event_helpers import code_events, events_of, states_of


def _triggers(events) -> set[str]:
    return {e.trigger.lower() for e in events}


def test_a_custom_for_governments_is_no_suspension(nlp):
    text = "Analysts said it is customary for incoming cabinets in Ruritania to dissolve the senate."
    assert "dissolve" not in _triggers(code_events(nlp, text))
    assert not events_of(nlp, "It is usual for new governments in Europe to suspend parliament.", "SANCTION")
    # (session 21: a parliament suspended is a COERCE 172 now; the custom is still none)
    assert not events_of(nlp, "It is usual for new governments in Europe to suspend parliament.", "COERCE")


def test_an_actual_suspension_is_still_coded(nlp):
    # (session 21: a ruler suspending the legislature restricts it, COERCE 172)
    events = events_of(nlp, "The Hungarian government suspended parliament on Monday.", "COERCE")
    assert events and events[0].trigger == "suspended"


def test_a_duty_to_protect_is_no_protection(nlp):
    text = "The rebels signed a deal with the Malian army, whose task is to guard the northern border."
    assert "guard" not in _triggers(code_events(nlp, text))
    text = "The mandate of the French troops is to protect civilians in Mali."
    assert not events_of(nlp, text, "AID")


def test_protecting_civilians_is_still_aid(nlp):
    events = events_of(nlp, "French troops protected civilians in northern Mali on Sunday.", "AID")
    assert events and states_of(events[0].source) == {"FRA"}


def test_investigating_a_question_accuses_no_one(nlp):
    text = "Microsoft said it would investigate what else could be improved in its software."
    assert not events_of(nlp, text, "ACCUSE")


def test_investigating_an_official_is_still_an_inquiry(nlp):
    events = events_of(nlp, "French prosecutors are investigating the Lebanese finance minister.", "ACCUSE")
    assert events and events[0].cameo == "090"


def test_a_state_left_by_neglect_is_no_disarmament(nlp):
    text = "The minister noted that the Ruritanian army had been effectively disarmed by 2005."
    assert not events_of(nlp, text, "RETREAT")


def test_disarming_rebels_is_still_coded(nlp):
    events = events_of(nlp, "Colombian troops disarmed two hundred FARC rebels on Friday.", "RETREAT")
    assert events and events[0].cameo == "0873"


def test_a_confirmation_hearing_is_no_investigation(nlp):
    text = "The US Senate held a confirmation hearing for the defence nominee on Tuesday."
    assert "hearing" not in _triggers(events_of(nlp, text, "ACCUSE"))


def test_hearings_into_wrongdoing_stay_an_inquiry(nlp):
    text = "The US House held hearings into the bribery by the Ukrainian government."
    assert "hearings" in _triggers(events_of(nlp, text, "ACCUSE"))


def test_seeking_a_shape_of_the_union_is_no_request(nlp):
    assert not events_of(nlp, "The French president sought a more integrated European Union.", "REQUEST")


def test_seeking_aid_from_the_union_is_a_request(nlp):
    events = events_of(nlp, "Serbia sought financial aid from the European Union.", "REQUEST")
    assert events and states_of(events[0].source) == {"SRB"}


def test_seeking_to_extradite_is_a_request_for_judicial_cooperation(nlp):
    text = "The foreign minister said Brazil would seek to extradite the banker to face charges in Brazil."
    events = [e for e in code_events(nlp, text) if e.trigger == "extradite"]
    assert events and events[0].type == "REQUEST" and events[0].cameo == "1013"


def test_extraditing_someone_is_still_cooperation(nlp):
    events = events_of(nlp, "Spain extradited the banker to Brazil on Monday.", "COOPERATE")
    assert events and events[0].cameo == "063"


def test_sending_refugees_home_is_deportation(nlp):
    events = [e for e in code_events(nlp, "Lebanon repatriated 300 Syrian refugees last week.")
              if e.trigger == "repatriated"]
    assert events and events[0].type == "COERCE" and events[0].cameo == "174"


def test_returning_soldiers_bodies_is_not_deportation(nlp):
    events = [e for e in code_events(nlp, "Iran repatriated the bodies of its soldiers from Syria.")
              if e.trigger == "repatriated"]
    assert events and events[0].type != "COERCE"


def test_a_map_legend_is_no_occupation(nlp):
    assert not events_of(nlp, "Kurdish militias & Russian occupation", "COERCE")


def test_an_occupation_with_its_place_is_still_coded(nlp):
    events = events_of(nlp, "Russia ended its occupation of the Ukrainian town on Friday.", "COERCE")
    assert events or events_of(nlp, "Russia ended its occupation of the Ukrainian town on Friday.", "RETREAT")


def test_a_private_trip_to_an_assembly_is_no_visit(nlp):
    text = ("Hatice Cengiz, the fiancée of a murdered writer, travelled to New York "
            "for the UN General Assembly this week.")
    assert not events_of(nlp, text, "CONSULT")


def test_a_president_travelling_to_the_assembly_is_still_a_visit(nlp):
    text = "Turkish President Erdogan travelled to New York for the UN General Assembly this week."
    assert events_of(nlp, text, "CONSULT")


def test_one_person_asking_another_is_no_appeal(nlp):
    text = "\"I asked them to make me a wooden chair\", the actress said."
    assert not events_of(nlp, text, "REQUEST")


def test_a_state_asking_a_state_is_still_an_appeal(nlp):
    events = events_of(nlp, "Germany asked Russia to release the detained journalists.", "REQUEST")
    assert events and states_of(events[0].source) == {"DEU"}
