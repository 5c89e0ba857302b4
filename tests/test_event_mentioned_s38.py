"""Session 38, helper w: acts a sentence only mentions, withholds or restates give no record of
their own ("would not consent to extradition", "learned of the accord from the radio", "in
defiance of a ban imposed by the minister", "the latest casualty of a Chinese ban", "an
indictment charging him", "clashed with the administrators over control of the company's
assets"), while the refusal, the charge and real fighting keep theirs."""

from __future__ import annotations

import pytest

from event_helpers import checked_events, code_events


def _records(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.type) for e in checked_events(nlp, text)]


@pytest.mark.parametrize("text, trigger", [
    ("The Peruvian banker told a Lima court on Monday he would not consent to extradition to Chile.", "extradition"),
    ("Fishermen's unions in Ghana said on Friday they had learned of the accord with Togo from the radio.", "accord"),
    ("The Spanish charity's vessel docked in Malta on Sunday in defiance of a ban imposed by Italy's interior "
     "minister.", "ban"),
    ("The Fijian resort is the latest casualty of a Chinese ban on group tours to the island.", "ban"),
    ("In Washington, U.S. prosecutors on Monday unsealed an indictment charging the Peruvian banker with fraud.",
     "indictment"),
    ("Kenya's market regulator has clashed with the administrators' team over control of the company's assets.",
     "clashed"),
])
def test_a_mentioned_withheld_or_restated_act_has_no_record(nlp, text, trigger):
    assert trigger not in {t for t, _ in _records(nlp, text)}


@pytest.mark.parametrize("text, record", [
    pytest.param("The Peruvian banker told a Lima court on Monday he would not consent to extradition to Chile.",
                 ("consent", "REJECT"), id="refusal-of-consent-stays-a-rejection"),
    pytest.param("In Washington, U.S. prosecutors on Monday unsealed an indictment charging the Peruvian banker "
                 "with fraud.", ("charging", "ACCUSE"), id="participle-restating-the-indictment-keeps-the-charge"),
    pytest.param("Malian soldiers clashed with rebels on Sunday over control of the northern town of Kidal.",
                 ("clashed", "ASSAULT"), id="clash-over-a-town-stays-fighting"),
])
def test_the_act_beside_a_mention_keeps_its_record(nlp, text, record):
    assert record in _records(nlp, text)


def test_consent_given_to_extradition_is_still_coded(nlp):
    text = "The Peruvian banker told a Lima court on Monday he had agreed to extradition to Chile."
    assert _records(nlp, text) != []


def test_a_ban_imposed_in_its_own_clause_stays_a_measure(nlp):
    text = "Italy's interior minister on Sunday imposed a ban on the Spanish charity's vessels."
    assert any(t in ("imposed", "ban") for t, _ in _records(nlp, text))


def _parties(nlp, text: str, trigger: str) -> tuple[list[str], list[str]]:
    for e in code_events(nlp, text):
        if e.trigger == trigger:
            return [a.text for a in e.source], [a.text for a in e.target]
    raise AssertionError(f"no record on {trigger!r}")


def test_police_named_by_after_the_place_are_the_arresters(nlp):
    text = ("Kenya's former finance minister was taken into custody on Monday evening at his home in Nairobi by "
            "the Kenyan police after Uganda notified Kenya of criminal charges, the attorney general said.")
    source, target = _parties(nlp, text, "taken")
    assert any("police" in s for s in source)
    assert not any("police" in t for t in target)


def test_a_pact_only_defended_is_no_new_pact(nlp):
    text = "India's foreign ministry said on Friday it supported the deal between Ghana and Togo."
    assert ("deal", "AGREE") not in _records(nlp, text)
