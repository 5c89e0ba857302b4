"""Flags and speech (session 17, helper X2): "no longer" denies a promised act, so a promise of
cooperation becomes a refusal; a deed in a "denied that" clause is only the charge denied (016);
an act forced on someone in the plain past happened; a breach of rules told by another party is
its charge (ACCUSE 112) against the doer; "X would pay a price", said of another party, is a
threat; a charge in a participle after "asked X to ..." is the asker's. Each fix has a near miss
that must keep its record. Sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, states_of


def _of(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def test_no_longer_cooperating_is_a_refusal(nlp):
    ev = _of(code_events(nlp, "The spokesman said Caracas would no longer cooperate with the inquiry into the mine."),
             "cooperate")
    assert ev.type == "REJECT", ev
    # near miss: a plain promise to cooperate stays AGREE
    ev = _of(code_events(nlp, "Officials said Minsk would cooperate with the inquiry into the mine."), "cooperate")
    assert ev.type == "AGREE" and ev.future, ev


def test_a_deed_in_a_denial_is_not_asserted(nlp):
    text = "Colonel Ana Ruiz, head of the Lima police, denied that officers had fired canisters directly at demonstrators."
    assert not [e for e in code_events(nlp, text) if e.type == "ASSAULT"]
    # near miss: the same deed told by the colonel stays an assault
    text = "Colonel Ana Ruiz, head of the Lima police, said that officers had fired canisters directly at demonstrators."
    assert [e for e in code_events(nlp, text) if e.type == "ASSAULT"]


def test_a_resignation_forced_in_the_past_happened(nlp):
    for text in ("Weeks of strikes forced Peruvian Prime Minister Ana Torres to resign in March.",
                 "Weeks of unrest forced Bolivian President Luis Vega to leave La Paz and resign in June."):
        ev = _of(code_events(nlp, text), "resign")
        assert ev.type == "RETREAT" and not ev.hypothetical, (text, ev)
    # near miss: a resignation strikes could force is still only possible
    ev = _of(code_events(nlp, "Strikes could force Peruvian Prime Minister Ana Torres to resign."), "resign")
    assert ev.hypothetical, ev


def test_a_breach_told_by_another_party_is_its_charge(nlp):
    ev = _of(code_events(nlp, "Britain said Iran had violated the arms embargo."), "violated")
    assert ev.type == "ACCUSE" and ev.cameo == "112", ev
    assert states_of(ev.source) == {"GBR"} and states_of(ev.target) == {"IRN"}, ev
    # near miss: a breach told by the writer stays a defiance; one denied by the doer is no charge
    ev = _of(code_events(nlp, "Iran violated the arms embargo in 2019."), "violated")
    assert ev.type == "REJECT", ev
    ev = _of(code_events(nlp, "Tehran said it had not violated the arms embargo."), "violated")
    assert ev.type != "ACCUSE", ev


def test_paying_a_price_said_of_another_party_is_a_threat(nlp):
    ev = _of(code_events(nlp, "South Korea's defence minister said Pyongyang would pay a heavy price for the attack."),
             "pay")
    assert ev.type == "THREATEN", ev
    assert states_of(ev.source) == {"KOR"} and states_of(ev.target) == {"PRK"}, ev
    # near miss: a market price paid is no threat
    events = code_events(nlp, "Kenyan farmers said they would pay a higher price for fertiliser.")
    assert not [e for e in events if e.type == "THREATEN"], events


def test_a_charge_after_a_request_is_the_askers(nlp):
    events = code_events(nlp, "Niger's junta urged France to withdraw its troops, accusing Paris of meddling in its politics.")
    ev = _of(events, "accusing")
    assert states_of(ev.source) == {"NER"}, ev
    # near miss: the request itself keeps its parties
    ev = _of(events, "urged")
    assert ev.type == "REQUEST" and states_of(ev.source) == {"NER"} and states_of(ev.target) == {"FRA"}, ev
