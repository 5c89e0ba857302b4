"""Session 25, events the judges of fresh news said were missed: a charge told in the present
perfect, a visit one returns from, scorn aimed at a leader, and security put up as told by a state
organ. Each case pairs a sentence that must now have its record with a near miss that must not
(our own sentences)."""

from __future__ import annotations

from event_helpers import events_of, states_of


# --- a charge told in the present perfect --------------------------------------------------------


def test_present_perfect_charge_is_kept(nlp):
    text = ("Human Rights Watch has accused Uganda's police of firing tear gas at peaceful marchers, "
            "an accusation the police command rejects.")
    found = events_of(nlp, text, "ACCUSE")
    assert any(states_of(e.target) == {"UGA"} and e.trigger == "accused" for e in found)


def test_past_perfect_charge_is_not_promoted(nlp):
    from dyads.event_confidence import _fresh_perfect
    doc = nlp("Human Rights Watch had accused Uganda's army of beating students.")
    assert not _fresh_perfect(doc[4])


# --- a visit one returns from ----------------------------------------------------------------------


def test_return_from_state_visit_is_the_visitors_visit(nlp):
    text = "Ghana's president returned on Sunday from a four-day state visit to Japan."
    visits = events_of(nlp, text, "CONSULT")
    assert any(states_of(e.source) == {"GHA"} and states_of(e.target) == {"JPN"} for e in visits)


def test_return_from_fighting_is_no_act_of_the_returners(nlp):
    text = "Refugees from Ghana returned from the fighting in northern Togo on Sunday."
    assert not any(states_of(e.source) == {"GHA"} for e in events_of(nlp, text, "ASSAULT"))


# --- scorn aimed at a leader -----------------------------------------------------------------------


def test_posts_that_mocked_a_leader_are_criticism(nlp):
    text = "The row followed posts by two Ghanaian ministers that mocked Togo's president Faure Gnassingbe."
    found = events_of(nlp, text, "ACCUSE")
    assert any(states_of(e.source) == {"GHA"} and states_of(e.target) == {"TGO"} for e in found)


def test_insulting_as_a_charged_deed_is_no_act(nlp):
    text = "Under Thai law, insulting the king carries a prison term of up to 15 years."
    assert not [e for e in events_of(nlp, text, "ACCUSE") if e.trigger == "insulting"]


def test_vote_called_an_insult_is_criticism(nlp):
    text = "Poland's ruling party called the vote in Strasbourg an insult to Polish voters."
    found = events_of(nlp, text, "ACCUSE")
    assert any(states_of(e.source) == {"POL"} for e in found)


# --- security put up, told by a state organ -------------------------------------------------------


def test_security_stepped_up_told_by_police_is_their_measure(nlp):
    text = ("Nigerian police arrested two men in Kano on Monday. A senior police official said "
            "security had been stepped up in Kano, the governor's political stronghold.")
    found = [e for e in events_of(nlp, text, "MOBILIZE") if e.trigger == "stepped"]
    assert found and states_of(found[0].source) == {"NGA"}


def test_security_reinforced_told_by_a_ministry_is_its_states(nlp):
    text = "The Kenyan interior ministry said the situation was calm and that security had been reinforced around hostels."
    found = [e for e in events_of(nlp, text, "MOBILIZE") if e.trigger == "reinforced"]
    assert found and states_of(found[0].source) == {"KEN"}


def test_security_abroad_is_not_the_reporters_measure(nlp):
    text = "The Kenyan foreign ministry said security had been tightened around its embassy in Kampala."
    assert not any(states_of(e.source) == {"KEN"} for e in events_of(nlp, text, "MOBILIZE"))
