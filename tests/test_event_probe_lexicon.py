"""Words and phrases our own probe set (tests/data/plover_probes.jsonl) showed missing from the
trigger lexicon: British "mobilisation", reservists called up, reinforcements sent, missiles
test-fired, weight thrown behind a side, cases filed, deadlines ignored, calls by phone, and
matters looked into (all sentences our own, none from the probe set).

Each has an everyday twin that must not take the political reading.
"""

from event_helpers import events_of, states_of as _codes, types_of as _types


def test_british_mobilisation_noun_is_mobilize(nlp):
    events = events_of(nlp, "Armenia announced a general mobilisation of its armed forces on Sunday.", "MOBILIZE")
    assert events and "ARM" in _codes(events[0].source)


def test_a_mobilisation_against_rulers_is_a_protest_not_troops(nlp):
    text = "Opposition groups in Sudan called for a mass mobilisation against military rule."
    assert "MOBILIZE" not in _types(nlp, text)


def test_reservists_called_up_are_mobilized(nlp):
    events = events_of(nlp, "Ukraine called up 10,000 reservists on Monday after the border incident.", "MOBILIZE")
    assert events and "UKR" in _codes(events[0].source)


def test_call_on_still_is_an_appeal_and_a_squad_call_up_is_nothing(nlp):
    assert "REQUEST" in _types(nlp, "Kenya called on Uganda to release the detained activists.")
    assert "MOBILIZE" not in _types(nlp, "The coach called up three new players for the match against Ghana.")


def test_reinforcements_sent_are_a_deployment(nlp):
    events = events_of(nlp, "Nigeria sent military reinforcements to Borno state after the attack.", "MOBILIZE")
    assert events and "NGA" in _codes(events[0].source)


def test_a_test_fired_missile_is_a_show_of_force_not_an_attack(nlp):
    text = "Pakistan test-fired a nuclear-capable ballistic missile on Tuesday."
    assert "MOBILIZE" in _types(nlp, text)
    assert "ASSAULT" not in _types(nlp, text)


def test_firing_on_people_stays_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Myanmar soldiers fired on protesters in Yangon on Saturday.")


def test_throwing_weight_behind_is_support_and_throwing_stones_is_not(nlp):
    events = events_of(nlp, "France threw its weight behind Morocco's autonomy plan for Western Sahara.", "SUPPORT")
    assert events and "FRA" in _codes(events[0].source)
    assert "SUPPORT" not in _types(nlp, "Youths threw stones at police in Belfast on Friday night.")


def test_looking_into_allegations_is_an_investigation(nlp):
    text = "Brazilian prosecutors are looking into bribery allegations against a former minister."
    events = events_of(nlp, text, "ACCUSE")
    assert events and events[0].mode == "investigate"


def test_looking_into_a_crash_accuses_no_one(nlp):
    assert "ACCUSE" not in _types(nlp, "Indian investigators are looking into the train crash in Odisha on Friday.")


def test_a_case_filed_against_a_state_is_an_accusation(nlp):
    events = events_of(nlp, "Ukraine filed a case against Russia at the International Court of Justice.", "ACCUSE")
    assert events and "UKR" in _codes(events[0].source) and "RUS" in _codes(events[0].target)


def test_a_filed_story_is_no_case(nlp):
    assert "ACCUSE" not in _types(nlp, "The Reuters correspondent filed a story from Kabul on Monday.")


def test_an_ignored_deadline_is_a_rejection(nlp):
    events = events_of(nlp, "Serbia ignored a European Union deadline to recognise Kosovo's licence plates.", "REJECT")
    assert events and "SRB" in _codes(events[0].source)


def test_ignored_questions_are_no_rejection(nlp):
    assert "REJECT" not in _types(nlp, "The Serbian minister ignored questions from reporters outside the court.")


def test_speaking_by_phone_with_a_leader_is_consultation(nlp):
    text = "The French president spoke by phone with his Egyptian counterpart on Monday."
    events = events_of(nlp, text, "CONSULT")
    assert events and events[0].mode == "phone"


def test_speaking_on_television_is_no_consultation(nlp):
    assert "CONSULT" not in _types(nlp, "The French president spoke on television about the pension reform.")
