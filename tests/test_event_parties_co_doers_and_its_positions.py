"""Parties of deeds (session 13, parties round 4): a co-doer named by "together with", "along
with" or "alongside"; a struck thing owned by "its" whose place is named ("fired at its positions
in southern Lebanon"); the ones who flee "after attacks by" someone as their targets. Each cause has
a counter-case that keeps its old reading. The sentences are our own."""

from __future__ import annotations

from event_helpers import code_events, states_of


def _deed(nlp, text: str, trigger: str):
    """The event coded on ``trigger`` whatever its type (types are another helper's business)."""
    evs = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in code_events(nlp, text)]
    return evs[0]


def test_together_with_names_a_second_doer(nlp):
    ev = _deed(nlp, "Belgian troops together with Congolese soldiers stormed a militia camp.", "stormed")
    assert states_of(ev.source) == {"BEL", "COD"}


def test_along_with_after_the_verb_names_a_second_doer(nlp):
    ev = _deed(nlp, "Indian police raided the smugglers' hideout along with Nepalese officers.", "raided")
    assert {"IND", "NPL"} <= states_of(ev.source)


def test_bare_with_is_still_the_other_side(nlp):
    ev = _deed(nlp, "Norway met with Sweden in Oslo on Monday.", "met")
    assert states_of(ev.source) == {"NOR"} and states_of(ev.target) == {"SWE"}


def test_its_positions_in_a_named_place_belong_to_the_reporter(nlp):
    ev = _deed(nlp, "Eritrea said Ethiopian artillery had shelled its positions in southern Sudan.", "shelled")
    assert states_of(ev.source) == {"ETH"} and states_of(ev.target) == {"ERI"}


def test_its_positions_in_an_at_phrase_belong_to_the_reporter(nlp):
    ev = _deed(nlp, "Mali said Algerian gunmen had fired at its outposts in northern Niger.", "fired")
    assert "MLI" in states_of(ev.target) and "NER" not in states_of(ev.target)


def test_its_after_a_named_victim_is_that_victim(nlp):
    ev = _deed(nlp, "Kenyan jets bombed al-Shabaab, destroying its bases in southern Somalia.", "bombed")
    assert "KEN" not in states_of(ev.target)


def test_those_who_flee_after_attacks_were_attacked(nlp):
    ev = _deed(nlp, "Hundreds of Malian herders fled into Mauritania after attacks by Burkinabe gunmen.", "attacks")
    assert states_of(ev.target) == {"MLI"}


def test_who_complains_after_attacks_on_others_is_not_their_target(nlp):
    ev = _deed(nlp, "Ghana complained after attacks by Togolese soldiers on Nigerian traders.", "attacks")
    assert states_of(ev.source) == {"TGO"} and "GHA" not in states_of(ev.target)


def test_working_together_with_a_partner_keeps_it_as_the_other_side(nlp):
    ev = _deed(nlp, "Ghanaian customs officers worked together with Nigerian police to stop the smugglers.", "worked")
    assert states_of(ev.source) == {"GHA"}
