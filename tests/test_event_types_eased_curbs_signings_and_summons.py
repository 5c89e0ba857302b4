"""Event types of eased economic curbs, pacts whose signing is told as a noun, and a protest lodged
through a summons: each was coded as a neighbouring type or twice. All sentences are our own, read
through the whole pipeline."""

from event_helpers import code_events, states_of


def test_easing_curbs_on_branches_of_an_economy_relieves_a_sanction(nlp):
    events = code_events(nlp, "Last month the European Union lifted some restrictions on oil, shipping and banking.")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "085")]
    # restrictions on rallies or the press are on freedoms, eased at home (CONCEDE 0811)
    events = code_events(nlp, "The Sudanese government lifted restrictions on rallies and the press.")
    assert [(e.type, e.cameo) for e in events] == [("CONCEDE", "0811")]


def test_the_signing_of_a_pact_is_signing_a_formal_agreement(nlp):
    events = code_events(nlp, "The two presidents oversaw the signing of a dozen accords on energy and transport.")
    assert [(e.type, e.cameo) for e in events] == [("SUPPORT", "057")]
    # an agreement told with no signing stays an agreement
    events = code_events(nlp, "Ghana and Togo reached an agreement on their maritime border.")
    assert "SUPPORT" not in {e.type for e in events}


def test_a_protest_lodged_through_a_summons_is_one_act(nlp):
    events = code_events(nlp, "Nepal summoned Bhutan's ambassador on Monday to lodge a strong protest.")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "114")]
    assert states_of(events[0].source) == {"NPL"}
    assert states_of(events[0].target) == {"BTN"}
    # a protest lodged in a clause of its own stays an act of its own
    events = code_events(nlp, "Nepal summoned Bhutan's ambassador and later lodged a protest with the UN.")
    assert [e.trigger for e in events].count("summoned") == 1 and len(events) == 2
