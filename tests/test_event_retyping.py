"""Retyping by what a verb is done to (``event_retyping``), session 33 (helper g): leaving an
arbitration or a case, vetoing another's accession talks, asking forgiveness. Sentences our own."""

from __future__ import annotations

from event_helpers import code_events, events_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_state_pulling_out_of_arbitration_is_a_sanction(nlp):
    e = _on(code_events(nlp, "Belize pulled out of the arbitration proceedings in May 2019."), "pulled")
    assert (e.type, e.cameo) == ("SANCTION", "165")
    e = _on(code_events(nlp, "Chile withdrew from the mediation with Bolivia on Friday."), "withdrew")
    assert (e.type, e.cameo) == ("SANCTION", "165")
    e = _on(code_events(nlp, "Guyana pulled out of the proceedings after the judge resigned."), "pulled")
    assert e.type == "SANCTION"


def test_forces_pulling_out_of_a_place_still_retreat(nlp):
    e = _on(code_events(nlp, "Ethiopian troops pulled out of the border town on Monday."), "pulled")
    assert e.type == "RETREAT"


def test_blocking_accession_talks_is_a_veto(nlp):
    events = code_events(nlp, "Austria blocked Serbia's accession talks in 2012.")
    e = _on(events, "blocked")
    assert (e.type, e.cameo) == ("REJECT", "129")
    assert not [x for x in events if x.type == "CONSULT"]  # the talks kept from going on are no meeting
    events = code_events(nlp, "Greece blocked the membership negotiations with Skopje last year.")
    assert _on(events, "blocked").type == "REJECT"


def test_crowds_blocking_a_road_still_protest(nlp):
    assert events_of(nlp, "Farmers blocked the main road into Lima on Monday.", "PROTEST")


def test_asking_forgiveness_is_an_apology(nlp):
    e = _on(code_events(nlp, "The Belgian king asked Congo for forgiveness on Tuesday."), "asked")
    assert (e.type, e.cameo) == ("SUPPORT", "055")
    e = _on(code_events(nlp, "The prime minister said Japan would ask Korea for forgiveness."), "ask")
    assert (e.type, e.cameo, e.future) == ("SUPPORT", "055", True)
    e = _on(code_events(nlp, "The Chilean envoy begged Peru's pardon for the remarks on Monday."), "begged")
    assert e.type == "SUPPORT"


def test_asking_for_help_or_a_legal_pardon_stays_a_request(nlp):
    assert events_of(nlp, "Kenya asked Uganda for help on Monday.", "REQUEST")
    assert not events_of(nlp, "Lawyers asked the Kenyan president for a pardon for the jailed editor.", "SUPPORT")


# (session 33, helper j) regret of one's own act or of another's; a bank put into administration


def test_regret_of_anothers_decision_is_criticism(nlp):
    e = _on(code_events(nlp, "Canada said it deeply regretted Peru's decision to close the border."), "regretted")
    assert (e.type, e.cameo) == ("ACCUSE", "111")
    assert "PER" in {(a.code or "")[:3] for a in e.target}
    e = _on(code_events(nlp, "Kenya regretted the decision by Uganda to expel its envoy."), "regretted")
    assert e.type == "ACCUSE"
    e = _on(code_events(nlp, "Ghana said it regretted what it called an unjust decision."), "regretted")
    assert e.type == "ACCUSE"


def test_regret_of_ones_own_remark_is_an_apology(nlp):
    e = _on(code_events(nlp, "Kenya's president later said he regretted the remark about Tanzania."), "regretted")
    assert (e.type, e.cameo) == ("SUPPORT", "055")


def test_bank_placed_into_administration_is_taken_over(nlp):
    text = "Swiss regulators on Monday placed the Austrian bank's Zurich branch into administration."
    e = _on(code_events(nlp, text), "placed")
    assert (e.type, e.cameo) == ("COERCE", "171")
    assert all(a.text != "administration" for a in e.target)
