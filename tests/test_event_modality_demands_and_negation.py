"""Modality and demands: a "not" or "neither" over coordinated verbs, duties laid on another side,
calls to end an act, veiled threats of "necessary measures", and household bans. Our own texts."""

from event_helpers import code_events, events_of


def _on(events, word: str):
    return [e for e in events if e.trigger.lower().startswith(word)]


def test_neither_nor_denies_the_signing(nlp):
    events = code_events(nlp, "Ecuador has neither signed nor ratified the fishing treaty with Peru.")
    assert events and all(e.negated for e in events if e.type in ("SUPPORT", "AGREE"))


def test_plain_signing_and_ratifying_stays_positive(nlp):
    events = code_events(nlp, "Ecuador signed and ratified the fishing treaty with Peru.")
    assert any(e.type in ("SUPPORT", "AGREE") and not e.negated for e in events)


def test_refusal_covers_the_second_conjunct(nlp):
    events = code_events(nlp, "Ecuador refused to sign or ratify the fishing treaty with Peru.")
    assert not any(e.type in ("SUPPORT", "AGREE") and not e.negated for e in events)
    assert any(e.type == "REJECT" for e in events)


def test_a_verb_with_its_own_auxiliary_keeps_its_polarity(nlp):
    text = "Ecuador did not attack Peru and has since signed a fishing deal with Chile."
    signed = _on(code_events(nlp, text), "signed")
    assert signed and not signed[0].negated
    assert all(e.negated for e in _on(code_events(nlp, text), "attack"))


def test_opposition_duty_on_government_is_a_demand(nlp):
    text = "Zambia's opposition party said the government must answer for the killing of protesters."
    requests = events_of(nlp, text, "REQUEST")
    assert requests and any((a.code or "").endswith("GOV") for a in requests[0].target)
    assert any((a.code or "").endswith("OPP") for a in requests[0].source)


def test_minister_naming_own_government_is_no_demand(nlp):
    text = "Zambia's interior minister said the government must answer for the killing of protesters."
    assert not events_of(nlp, text, "REQUEST")


def test_the_killings_must_stop_is_a_demand_on_the_killers(nlp):
    text = "The UN envoy said the killings of villagers by the Malian army must stop."
    requests = events_of(nlp, text, "REQUEST")
    assert requests and requests[0].cameo.startswith("105")
    assert any((a.code or "").startswith("MLI") for a in requests[0].target)
    assert not events_of(nlp, text, "ASSAULT")


def test_the_killings_did_not_stop_is_no_demand(nlp):
    text = "The UN envoy said the killings of villagers by the Malian army did not stop."
    assert not events_of(nlp, text, "REQUEST")


def test_necessary_measures_to_guard_interests_is_a_veiled_threat(nlp):
    text = "Turkey said it would take all necessary measures to protect the rights of Turkish companies."
    threats = events_of(nlp, text, "THREATEN")
    assert threats and threats[0].cameo == "130"
    assert not events_of(nlp, text, "AID")


def test_countermeasures_against_a_rival_are_a_threat(nlp):
    text = "Beijing said it will take countermeasures against Canada."
    threats = events_of(nlp, text, "THREATEN")
    assert threats and any((a.code or "").startswith("CAN") for a in threats[0].target)


def test_steps_to_help_victims_are_no_threat(nlp):
    text = "The Ghanaian government will take all necessary measures to help flood victims."
    assert not events_of(nlp, text, "THREATEN")


def test_steps_taken_in_the_past_are_no_threat(nlp):
    assert not events_of(nlp, "The Ghanaian government took firm steps to curb inflation.", "THREATEN")


def test_a_parent_banning_children_is_no_coercion(nlp):
    text = "A court in Leeds heard that the children were banned from washing by their stepfather."
    assert not events_of(nlp, text, "COERCE")


def test_a_state_banning_officials_children_is_coercion(nlp):
    text = "The Chinese government banned the children of officials from travelling abroad."
    assert events_of(nlp, text, "COERCE")
