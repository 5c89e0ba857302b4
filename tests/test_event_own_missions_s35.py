"""Session 35 (merge of the batch AI round): a state's own embassy that it closes or opens is its
means, not the party the act is aimed at (``event_parties.forces_moved``, ``_MISSIONS``); someone
else's embassy that is attacked stays the target. Sentences of our own."""

from __future__ import annotations

from event_helpers import code_events, states_of


def _closures(nlp, text: str):
    return [e for e in code_events(nlp, text, date="2015-05-01") if e.trigger.startswith("close")]


def test_a_state_closing_its_own_embassy_is_not_its_own_target(nlp) -> None:
    (rec,) = _closures(nlp, "Palau switched recognition to Taipei in 1999, prompting Beijing to close "
                            "its embassy and recall its staff.")
    assert states_of(rec.source) == {"CHN"}
    assert "CHN" not in states_of(rec.target)


def test_the_host_named_with_the_closed_embassy_stays_the_target(nlp) -> None:
    (rec,) = _closures(nlp, "Protesters forced the Danish government to close its embassy in Tehran "
                            "on Monday.")
    assert states_of(rec.source) == {"DNK"}
    assert states_of(rec.target) == {"IRN"}


def test_an_embassy_stormed_by_others_stays_the_target(nlp) -> None:
    recs = [e for e in code_events(nlp, "Iranian students stormed the British embassy in Tehran on "
                                        "Tuesday.", date="2011-11-29") if e.trigger == "stormed"]
    assert recs and "GBR" in states_of(recs[0].target)
