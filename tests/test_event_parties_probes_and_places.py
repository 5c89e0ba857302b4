"""Parties a show of force faces across a border, a court as the forum of a case, the place a
requested sum is for, the forces a doer musters, and the party a conditional threat is aimed at."""

from event_helpers import code_events, states_of


def _event(nlp, text: str, trigger: str):
    events = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    return events[0]


def test_troops_massed_on_a_border_face_the_state_across_it(nlp):
    event = _event(nlp, "Russia massed tens of thousands of troops near its border with Ukraine.", "massed")
    assert states_of(event.target) == {"UKR"}


def test_a_nominal_mobilisation_along_a_border_faces_the_neighbour_not_its_units(nlp):
    event = _event(nlp, "The Venezuelan president ordered the mobilisation of militia units along the border "
                        "with Guyana.", "mobilisation")
    assert states_of(event.target) == {"GUY"}
    assert all(a.country for a in event.target)  # the militia mustered is no target


def test_forces_sent_somewhere_keep_the_destination_as_target(nlp):
    event = _event(nlp, "The United States deployed 3,000 troops to Kuwait.", "deployed")
    assert states_of(event.target) == {"KWT"}


def test_the_doers_own_forces_are_not_what_it_mobilizes_against(nlp):
    event = _event(nlp, "The governor of Lagos mobilized Nigerian police and military to the area.", "mobilized")
    assert event.target == []


def test_the_court_a_case_is_filed_at_is_the_forum_not_the_accused(nlp):
    event = _event(nlp, "South Africa filed a genocide case against Israel at the International Court of Justice.",
                   "filed")
    assert states_of(event.target) == {"ISR"}


def test_the_place_money_is_asked_for_is_not_the_one_asked(nlp):
    event = _event(nlp, "The UN appealed for $50 million for Somalia.", "appealed")
    assert "SOM" not in states_of(event.target)


def test_the_one_asked_stays_the_target(nlp):
    event = _event(nlp, "Sudan asked Egypt for help.", "asked")
    assert states_of(event.target) == {"EGY"}


def test_a_conditional_threat_is_aimed_at_the_party_whose_act_sets_it_off(nlp):
    event = _event(nlp, "Hamas said it would kill the hostages if Israeli forces attempted a rescue.", "kill")
    assert event.type == "THREATEN" and states_of(event.target) == {"ISR"}


def test_the_place_mustered_forces_stand_in_stays_a_target(nlp):
    event = _event(nlp, "Turkey deployed more troops in northern Syria.", "deployed")
    assert states_of(event.target) == {"SYR"}


def test_an_act_looked_into_is_aimed_at_its_doer(nlp):
    event = _event(nlp, "The prosecutor is looking into alleged war crimes by Russian forces.", "looking")
    assert states_of(event.target) == {"RUS"}


def test_weight_thrown_behind_demands_backs_those_who_make_them(nlp):
    event = _event(nlp, "Opposition lawmakers in Kenya threw their weight behind the protesters' demands.", "threw")
    assert event.type == "SUPPORT" and states_of(event.target) == {"KEN"}


def test_officials_from_two_states_stand_for_both(nlp):
    event = _event(nlp, "Officials from Armenia and Azerbaijan held a fresh round of negotiations in Washington.",
                   "negotiations")
    assert states_of(event.source) == {"ARM", "AZE"}


def test_officials_from_one_state_keep_their_own_mention(nlp):
    event = _event(nlp, "Officials from Kenya met Ugandan ministers.", "met")
    assert [a.code for a in event.source] == ["KENGOV"]
