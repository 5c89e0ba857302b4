"""Session 29 (helper D): judged-wrong records the coder still made. Protection as a purpose or a
praise read as aid; a person or arms sent read as aid; a permission a law or a pact
gives read as a concession; a loss foreseen read as a threat; an act joined to a reporting aside
given to the reporters. Each with a counter-case (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_protection_as_a_purpose_or_praise_is_no_aid(nlp):
    assert not events_of(nlp, "The militia said it had moved into the valley to protect farmers.", "AID")
    assert not events_of(nlp, "Critics said the tribunal had protected corrupt ministers.", "AID")
    assert events_of(nlp, "Peacekeepers protected the convoy on its way to Goma on Tuesday.", "AID")
    assert events_of(nlp, "Kenyan troops took up positions in Juba on Friday to protect civilians.", "AID")


def test_a_person_sent_in_ones_place_is_no_aid(nlp):
    assert not events_of(nlp, "Brazil skipped the meeting, sending Foreign Minister Carlos Lima instead.", "AID")
    assert events_of(nlp, "Brazil sent food and medicine to Haiti on Monday.", "AID")


def test_arms_sent_to_strike_are_used_not_given(nlp):
    assert not events_of(nlp, "Ghana responded by sending helicopters to strike the rebel camps.", "AID")
    assert events_of(nlp, "Ghana sent helicopters to Mali on Friday.", "AID")


def test_what_a_law_or_pact_allows_is_no_concession(nlp):
    assert not events_of(nlp, "The new pact would allow Vanuatu to request Australian police.", "CONCEDE")
    assert not events_of(nlp, "The accord allows the Fijian government to invite Chinese troops.", "REQUEST")
    assert not events_of(nlp, "New regulations took effect on Monday allowing the navy to board fishing boats.",
                         "CONCEDE")
    assert events_of(nlp, "Peru allowed opposition leader Ana Ruiz to leave the country on Monday.", "CONCEDE")


def test_a_loss_foreseen_for_people_is_no_threat(nlp):
    assert not events_of(nlp, "Doctors warned that if the clinic closed, some 40,000 patients would lose care.",
                         "THREATEN")
    assert events_of(nlp, "Iran warned that it would close the strait if attacked.", "THREATEN")


def test_an_act_after_a_reporting_aside_is_the_main_doer_s(nlp):
    text = "A Lima court on Friday jailed the mayor for a month, lawyers said, and placed two aides under house arrest."
    placed = [e for e in code_events(nlp, text) if e.type == "COERCE" and e.sentence == 0 and e.trigger != "ordered"]
    assert placed and all("lawyers" not in a.text for e in placed for a in e.source)
    assert any("court" in a.text for e in placed for a in e.source)
