"""Session 32, parties: the sides of a mediated pact (the go-between's modifier names no party of
the pact, and the go-between's act is aimed at the sides), and the verbs that close a pact.

Each rule has a near miss that must keep its old record. Sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, states_of


def _on(events, trigger: str, kind: str | None = None):
    found = [e for e in events if e.trigger == trigger and (kind is None or e.type == kind)]
    assert found, f"no event at {trigger!r}: {[(e.trigger, e.type) for e in events]}"
    return found[0]


# --- 1. a mediated pact is the sides' ---------------------------------------------------------

def test_mediated_pact_keeps_the_sides_who_close_it(nlp):
    events = code_events(nlp, "Armenia and Azerbaijan on Friday finalised a Swiss-mediated accord on their frontier.")
    pact = _on(events, "accord", "AGREE")
    assert states_of(pact.source) == {"ARM", "AZE"}
    mediation = _on(events, "mediated", "CONSULT")
    assert states_of(mediation.source) == {"CHE"}
    assert states_of(mediation.target) == {"ARM", "AZE"}


def test_brokered_truce_between_sides_is_aimed_at_them(nlp):
    events = code_events(nlp, "A Turkish-brokered truce between Ukraine and Russia held on Sunday.")
    mediation = _on(events, "brokered", "CONSULT")
    assert states_of(mediation.source) == {"TUR"}
    assert states_of(mediation.target) == {"UKR", "RUS"}


def test_closing_verb_passes_its_subject_to_the_pact(nlp):
    pact = _on(code_events(nlp, "Ghana and Togo sealed a deal on their border on Tuesday."), "deal", "AGREE")
    assert states_of(pact.source) == {"GHA", "TGO"}


def test_owner_of_an_unmediated_pact_stays_its_party(nlp):
    # near miss: a plain owner ("The U.S. deal with Iran") is a side, not a go-between
    pact = _on(code_events(nlp, "The U.S. deal with Iran collapsed in 2018."), "deal", "AGREE")
    assert states_of(pact.source) == {"USA"}
    assert states_of(pact.target) == {"IRN"}
