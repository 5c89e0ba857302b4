"""Session 34 (batch AH, helper b): recalls of envoys once envoys are coded with their own
state. A passive recall of a titled envoy is done by the envoy's government and aimed at the host
state (``event_parties.envoy_recalled``, ``event_anaphora.recall_hosts``); a second state's recall
right after is aimed at the same host, not at the first recaller. Sentences of our own."""

from __future__ import annotations

from event_helpers import code_events, states_of

_STORY = ("VIENNA, Feb 4 (Wire) - Austria's new coalition government was sworn in on Friday. "
          "Israel's foreign minister announced that Ambassador Dan Levin was being recalled "
          "and that Israel would not deal with the new government. ")


def _recalls(nlp, text: str):
    return [e for e in code_events(nlp, text, date="2000-02-04")
            if e.type == "SANCTION" and e.trigger.startswith("recall")]


def test_a_passive_recall_of_an_envoy_is_his_states_aimed_at_the_host(nlp) -> None:
    (rec,) = _recalls(nlp, _STORY)
    assert states_of(rec.source) == {"ISR"}
    assert states_of(rec.target) == {"AUT"}


def test_a_second_states_recall_after_it_is_aimed_at_the_host_not_the_first_recaller(nlp) -> None:
    text = _STORY + "Canada said it was recalling its ambassador for consultations."
    recs = _recalls(nlp, text)
    assert states_of(recs[-1].source) == {"CAN"}
    assert states_of(recs[-1].target) == {"AUT"}


def test_a_recall_with_its_doer_named_keeps_the_doers_envoy_out_of_the_target(nlp) -> None:
    text = ("VIENNA, Feb 4 (Wire) - Austria's new coalition government was sworn in on Friday. "
            "Ambassador Dan Levin was recalled from Vienna by Israel.")
    (rec,) = _recalls(nlp, text)
    assert states_of(rec.source) == {"ISR"}
    assert states_of(rec.target) == {"AUT"}
