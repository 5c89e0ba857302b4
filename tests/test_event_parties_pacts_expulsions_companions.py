"""Parties from a second grid of our own sentences (session 12, round 2): the one joined "in"
doing a deed, the sides of a pact or talks "between" X and Y (signing it in the passive, a stance
on it), who expels "from" a country or withdraws "from" a place in a noun, companions set off by
", along with", and a state's own envoys it recalls. Each fix has a counter-case."""

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger, e.type) for e in events]}"
    return found[0]


def test_the_one_joined_in_a_deed_does_it_too(nlp):
    ev = _on(code_events(nlp, "Ghana joined Togo in condemning Mali."), "condemning")
    assert {"GHA", "TGO"} <= states_of(ev.source)
    assert states_of(ev.target) == {"MLI"}


def test_a_gerund_after_another_verb_keeps_one_doer(nlp):
    ev = _on(code_events(nlp, "Ghana persisted in condemning Togo."), "condemning")
    assert states_of(ev.source) == {"GHA"}
    assert "TGO" in states_of(ev.target)


def test_a_pact_between_two_sides_signed_in_the_passive_is_signed_by_them(nlp):
    ev = _on(code_events(nlp, "The accord between Chad and Niger was signed in Niamey."), "signed")
    assert {"TCD", "NER"} <= states_of(ev.source)
    assert not (states_of(ev.target) & {"TCD", "NER"})


def test_a_pact_signed_by_a_named_agent_keeps_the_agent(nlp):
    ev = _on(code_events(nlp, "The accord between Chad and Niger was signed by Mali."), "signed")
    assert states_of(ev.source) == {"MLI"}


def test_a_stance_on_a_pact_between_two_sides_is_aimed_at_both(nlp):
    ev = _on(code_events(nlp, "Spain welcomed the accord between Chad and Niger."), "welcomed")
    assert states_of(ev.source) == {"ESP"}
    assert {"TCD", "NER"} <= states_of(ev.target)


def test_a_stance_on_a_mere_line_between_two_states_has_no_target(nlp):
    ev = _on(code_events(nlp, "Spain praised the border between Chad and Niger."), "praised")
    assert not (states_of(ev.target) & {"TCD", "NER"})


def test_an_expulsion_from_a_country_is_done_by_that_country(nlp):
    ev = _on(code_events(nlp, "The expulsion of Belgian diplomats from Rwanda was announced."), "expulsion")
    assert states_of(ev.source) == {"RWA"}
    assert "BEL" in states_of(ev.target)


def test_an_expulsion_with_a_by_agent_is_done_by_the_agent(nlp):
    text = "The expulsion of Belgian diplomats from Rwanda by Burundi was announced."
    ev = _on(code_events(nlp, text), "expulsion")
    assert states_of(ev.source) == {"BDI"}


def test_a_withdrawal_of_troops_from_a_place_is_done_by_the_troops(nlp):
    ev = _on(code_events(nlp, "The withdrawal of Cuban troops from Angola began."), "withdrawal")
    assert states_of(ev.source) == {"CUB"}
    assert "AGO" in states_of(ev.target)


def test_a_withdrawal_a_state_completes_is_the_state_s(nlp):
    ev = _on(code_events(nlp, "Havana completed the withdrawal of its troops from Angola."), "withdrawal")
    assert "CUB" in states_of(ev.source)
    assert "AGO" in states_of(ev.target)


def test_a_companion_set_off_after_the_subject_is_a_source(nlp):
    ev = _on(code_events(nlp, "Peru, along with Bolivia, sanctioned Chile."), "sanctioned")
    assert {"PER", "BOL"} <= states_of(ev.source)
    assert states_of(ev.target) == {"CHL"}


def test_a_companion_set_off_after_the_object_is_a_target(nlp):
    ev = _on(code_events(nlp, "Peru sanctioned Chile, along with Bolivia."), "sanctioned")
    assert states_of(ev.source) == {"PER"}
    assert {"CHL", "BOL"} <= states_of(ev.target)


def test_an_ally_in_a_participle_is_no_companion(nlp):
    ev = _on(code_events(nlp, "Peru, allied with Bolivia, sanctioned Chile."), "sanctioned")
    assert "BOL" not in states_of(ev.source)


def test_a_recalled_ambassador_of_ones_own_is_no_target(nlp):
    ev = _on(code_events(nlp, "Ghana recalled its ambassador from Togo."), "recalled")
    assert states_of(ev.source) == {"GHA"}
    assert states_of(ev.target) == {"TGO"}


def test_an_expelled_foreign_ambassador_is_the_target(nlp):
    ev = _on(code_events(nlp, "Togo expelled the Ghanaian ambassador."), "expelled")
    assert "GHA" in states_of(ev.target)


def test_a_pact_named_by_its_pair_of_sides_is_signed_by_both(nlp):
    ev = _on(code_events(nlp, "The Chad-Niger border accord was signed in 2019."), "signed")
    assert {"TCD", "NER"} <= states_of(ev.source)


def test_talks_of_an_owner_with_a_partner_are_held_by_both(nlp):
    ev = _on(code_events(nlp, "Chad's talks with Niger were held in Niamey."), "held")
    assert {"TCD", "NER"} <= states_of(ev.source)


def test_a_pact_with_one_named_state_gets_no_invented_signatory(nlp):
    ev = _on(code_events(nlp, "The Chadian accord was signed in 2019."), "signed")
    assert "TCD" not in states_of(ev.source)


def test_a_deed_a_verb_answers_over_has_neither_of_its_parties(nlp):
    events = code_events(nlp, "Chile hit back at Peru over the expulsions.")
    assert not [e for e in events if e.trigger == "expulsions" and "CHL" in states_of(e.source)]


def test_a_deed_carried_out_is_the_subjects(nlp):
    ev = _on(code_events(nlp, "Chile carried out the expulsions of Peruvian workers."), "expulsions")
    assert states_of(ev.source) == {"CHL"}
    assert "PER" in states_of(ev.target)
