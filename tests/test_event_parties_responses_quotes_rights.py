"""Parties named in side phrases and quotations (session 12): the author of what a hostile act
answers ("in response to a statement from X"), a "he" in a direct quotation that is not its
speaker, and the holder of a right to act ("we have the right to strike back")."""

from event_helpers import code_events, states_of


def _by_trigger(nlp, text: str, trigger: str):
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


def test_a_hostile_act_in_response_to_a_statement_is_aimed_at_its_author(nlp):
    text = "Russia recalled its ambassador in response to a statement from Poland on Tuesday."
    [recall] = _by_trigger(nlp, text, "recalled")
    assert states_of(recall.source) == {"RUS"}
    assert states_of(recall.target) == {"POL"}


def test_retaliation_for_an_owned_deed_is_aimed_at_its_owner(nlp):
    text = "Iran seized a tanker in retaliation for Britain's seizure of an Iranian ship."
    [seized] = _by_trigger(nlp, text, "seized")
    assert states_of(seized.target) == {"GBR"}


def test_a_response_keeps_a_foreign_target_it_already_has(nlp):
    # counter-case: the act's own object names a foreign party, so the answered author is not taken
    text = "China imposed sanctions on Lithuania in response to a statement from the United States."
    [imposed] = _by_trigger(nlp, text, "imposed")
    assert states_of(imposed.target) == {"LTU"}


def test_an_answered_author_of_the_doers_own_state_is_no_target(nlp):
    # counter-case: a statement by the doer's own ministry is not the other side
    text = "Russia recalled its ambassador in response to a statement from its own foreign ministry."
    [recall] = _by_trigger(nlp, text, "recalled")
    assert "RUS" in states_of(recall.source)
    assert not any(a.text.endswith("ministry") for a in recall.target)


def test_a_he_in_a_direct_quotation_is_not_its_speaker(nlp):
    text = '"He attacked our soldiers," Ukrainian President Volodymyr Zelensky said of Vladimir Putin.'
    [attack] = _by_trigger(nlp, text, "attacked")
    assert "UKR" not in states_of(attack.source)
    assert states_of(attack.target) == {"UKR"}


def test_a_he_in_reported_speech_is_still_the_speaker(nlp):
    # counter-case: indirect speech keeps "he" as the one who speaks
    text = "Zelensky said on Monday that he would attack the Russian positions."
    [attack] = _by_trigger(nlp, text, "attack")
    assert states_of(attack.source) == {"UKR"}


def test_the_holder_of_a_right_to_act_is_the_doer(nlp):
    text = "Israel reserves the right to strike Hamas targets, the Israeli army said."
    [strike] = _by_trigger(nlp, text, "strike")
    assert states_of(strike.source) == {"ISR"}


def test_a_conjunct_of_the_right_is_not_its_holder(nlp):
    text = ('"We have the right to strike back in retaliation for the shelling and the killing '
            'of our farmers," the rebel commander said.')
    for strike in _by_trigger(nlp, text, "strike"):
        assert not any("farmers" in a.text for a in strike.source)


def test_the_one_a_plan_is_reported_to_is_no_party_to_the_plan(nlp):
    text = "The State Department reported its decision to expel the envoys to Congress."
    for expel in _by_trigger(nlp, text, "expel"):
        assert not any(a.text == "Congress" for a in expel.target)


def test_a_planned_sending_keeps_its_destination(nlp):
    # counter-case: "to" on a verb of sending is where the troops go, not the one told
    text = "The Defence Ministry presented its plan to send troops to Mali."
    [send] = _by_trigger(nlp, text, "send")
    assert states_of(send.target) == {"MLI"}
