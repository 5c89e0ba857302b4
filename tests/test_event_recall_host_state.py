"""Session 29: a state that recalls its own envoys recalls them from the one other state of its
sentence, or of the act it answers just before (sentences of our own)."""

from __future__ import annotations

from event_helpers import events_of, states_of


def _recalls(nlp, text: str) -> list:
    return [e for e in events_of(nlp, text, "SANCTION") if e.trigger in ("recalled", "withdrew")]


def test_own_envoys_are_recalled_from_the_other_state_of_the_sentence(nlp):
    recalls = _recalls(nlp, "Qatar ordered Egypt's diplomats to leave and withdrew its own ambassador, while "
                            "Jordan recalled its diplomats and barred its citizens from travelling to Egypt.")
    assert recalls and all(states_of(e.target) == {"EGY"} for e in recalls)


def test_own_envoys_are_recalled_from_the_state_whose_act_it_answers(nlp):
    recalls = _recalls(nlp, "Poland expelled three Russian diplomats on Monday over spying charges. "
                            "Russia recalled its ambassador the next day.")
    assert recalls and states_of(recalls[0].source) == {"RUS"} and states_of(recalls[0].target) == {"POL"}


def test_a_recall_with_two_other_states_in_view_stays_open(nlp):
    recalls = _recalls(nlp, "Chile and Peru traded accusations over the border on Monday. "
                            "Bolivia recalled its ambassador the next day.")
    assert recalls and not recalls[0].target
