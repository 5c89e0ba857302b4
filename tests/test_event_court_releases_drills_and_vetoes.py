"""Session 19 U1 (G judges): the kind of act told by its context, not its word alone. A court that
orders someone "be released" or grants house arrest frees him; a ruling's "had been held" restates a
detention; live-fire drills show force; a pledge to veto is a promised refusal; blocked imports and
farm goods are a trade sanction; granted candidate status is an endorsement; swapped prisoners are a
release by each side; thanks to a state named by an acronym are praise.
All sentences our own. Each rule has a near miss where the usual reading must stay.
"""

from event_helpers import events_of, states_of, types_of


def test_a_court_ordering_that_a_reporter_be_released_frees_him(nlp):
    text = "A Peruvian court on Tuesday ordered that the radio host Luis Quispe be released from jail."
    events = events_of(nlp, text, "RETREAT")
    assert events and events[0].cameo == "0841" and "PER" in states_of(events[0].source)
    assert "REQUEST" not in types_of(nlp, text)


def test_an_order_with_a_modal_clause_stays_an_order(nlp):
    assert "RETREAT" not in types_of(nlp, "The court ordered that the editor should be arrested.")


def test_house_arrest_granted_is_a_release_not_an_arrest(nlp):
    text = "The judge granted the blogger house arrest on Thursday."
    events = events_of(nlp, text, "RETREAT")
    assert events and events[0].cameo == "0841"
    assert "COERCE" not in types_of(nlp, text)


def test_house_arrest_imposed_by_police_stays_an_arrest(nlp):
    assert "COERCE" in types_of(nlp, "Police placed the blogger under house arrest on Thursday.")


def test_a_ruling_that_someone_had_been_held_too_long_is_no_new_arrest(nlp):
    text = "The judge ruled that the blogger had been held in custody for longer than the law permits."
    assert "COERCE" not in types_of(nlp, text)


def test_a_militia_holding_journalists_stays_a_detention(nlp):
    assert "COERCE" in types_of(nlp, "The militia held two journalists without charge for a week.")


def test_live_fire_drills_by_one_army_show_force(nlp):
    text = "The Chinese army announced live-fire drills in four zones off the coast on Monday."
    assert "MOBILIZE" in types_of(nlp, text) and "COOPERATE" not in types_of(nlp, text)


def test_joint_live_fire_drills_stay_cooperation(nlp):
    text = "Egypt and Greece held joint live-fire drills in the Mediterranean on Monday."
    assert "COOPERATE" in types_of(nlp, text)


def test_a_pledge_to_veto_is_a_promised_refusal(nlp):
    events = events_of(nlp, "The Moldovan president has pledged to veto the media bill.", "REJECT")
    assert events and events[0].future


def test_a_pledge_to_sign_stays_a_promise(nlp):
    text = "The Moldovan president has pledged to sign the media bill."
    assert "AGREE" in types_of(nlp, text) and "REJECT" not in types_of(nlp, text)


def test_a_state_blocking_farm_goods_sanctions_them(nlp):
    events = events_of(nlp, "Russia blocked Moldovan apples and wine last spring.", "SANCTION")
    assert events and events[0].cameo == "163" and "RUS" in states_of(events[0].source)


def test_blocked_imports_are_a_sanction(nlp):
    events = events_of(nlp, "India blocked Chinese imports in June.", "SANCTION")
    assert events and events[0].cameo == "163"


def test_a_blocked_highway_stays_a_protest(nlp):
    text = "Protesters blocked the main road into the capital on Friday."
    assert "PROTEST" in types_of(nlp, text) and "SANCTION" not in types_of(nlp, text)


def test_candidate_status_granted_is_an_endorsement(nlp):
    text = "The EU granted Moldova candidate status in June."
    events = events_of(nlp, text, "SUPPORT")
    assert events and "MDA" in states_of(events[0].target)
    assert "AID" not in types_of(nlp, text)


def test_prisoners_exchanged_are_released_by_each_side(nlp):
    events = events_of(nlp, "Armenia and Azerbaijan exchanged 32 prisoners on Monday.", "RETREAT")
    assert events and events[0].cameo == "0841"
    assert {"ARM", "AZE"} <= states_of(events[0].source) and not events[0].target


def test_fire_exchanged_stays_an_attack(nlp):
    text = "Armenian and Azerbaijani troops exchanged fire on Monday."
    assert "ASSAULT" in types_of(nlp, text) and "RETREAT" not in types_of(nlp, text)


def test_thanks_to_a_state_named_by_acronym_are_praise(nlp):
    events = events_of(nlp, "The Polish president thanked the UAE for its support.", "SUPPORT")
    assert events and "ARE" in states_of(events[0].target)


def test_thanks_to_fans_stay_courtesy(nlp):
    assert "SUPPORT" not in types_of(nlp, "The singer thanked her fans for their help.")


def test_an_agreed_swap_is_told_by_the_agreement_alone(nlp):
    text = "A deal by Armenia and Azerbaijan to exchange prisoners was reached in Vienna on Monday."
    assert "RETREAT" not in types_of(nlp, text) and len(events_of(nlp, text, "AGREE")) == 1


def test_bare_help_thanked_for_is_no_aid_record(nlp):
    text = "The Polish president thanked Qatar for its help."
    assert "SUPPORT" in types_of(nlp, text) and "AID" not in types_of(nlp, text)


def test_help_with_goods_thanked_for_stays_aid(nlp):
    assert "AID" in types_of(nlp, "The Polish president thanked Japan for its help with food supplies.")
