"""Parties found through a second labelled set: a talk that is the purpose of a call is held with
the one called, a past verb the small model misreads as a participle still has its subject,
"the country" as a subject takes up the earlier subject, a where-clause and the town of a jail
name no party. All texts are our own."""

from event_helpers import code_events, states_of


def _of(events, kind: str):
    return [e for e in events if e.type == kind]


def test_a_talk_that_is_the_purpose_of_a_call_is_with_the_one_called(nlp):
    text = "The Indian foreign minister called his Chinese counterpart Wang Yi to discuss the border."
    events = code_events(nlp, text)
    talks = _of(events, "CONSULT")
    assert talks and states_of(talks[0].source) == {"IND"} and states_of(talks[0].target) == {"CHN"}


def test_a_talk_after_receiving_an_envoy_is_with_the_envoy(nlp):
    events = code_events(nlp, "The Saudi king received the Qatari ambassador, Ali Hassan, to discuss bilateral ties.")
    talks = _of(events, "CONSULT")
    assert talks and states_of(talks[0].source) == {"SAU"} and "QAT" in states_of(talks[0].target)


def test_the_one_invited_to_talk_is_not_made_its_own_partner(nlp):
    events = code_events(nlp, "The French president invited the German chancellor to discuss the budget.")
    for talk in _of(events, "CONSULT"):
        assert not states_of(talk.source) & states_of(talk.target)


def test_a_past_verb_read_as_a_participle_keeps_its_subject(nlp):
    events = code_events(nlp, "The Kenyan air force carried out at least four raids in Gedo.")
    raids = _of(events, "ASSAULT")
    assert raids and states_of(raids[0].source) == {"KEN"}


def test_a_real_participle_without_an_object_has_no_such_subject(nlp):
    events = code_events(nlp, "The air strikes carried out by the Kenyan air force.")
    assert not any(e.type == "ASSAULT" and "KEN" in states_of(e.target) for e in events)


def test_the_country_as_subject_is_the_earlier_subject_not_a_name_in_a_phrase(nlp):
    text = "Kenya will not take migrants from Somalia, and the country has threatened to close the border."
    events = code_events(nlp, text)
    threats = _of(events, "THREATEN")
    assert threats and states_of(threats[0].source) == {"KEN"}


def test_the_subject_of_a_where_clause_after_the_object_is_no_target(nlp):
    text = "Syrian troops seized the hill near Homs from where rebels from Turkey had shelled the town."
    events = code_events(nlp, text)
    seized = [e for e in events if e.trigger == "seized"]
    assert seized and not any(a.code and "REB" in a.code for a in seized[0].target)


def test_the_town_of_the_jail_prisoners_are_freed_from_is_no_party(nlp):
    events = code_events(nlp, "Police released the protesters from a jail in Harare.")
    released = [e for e in events if e.trigger == "released"]
    assert released and states_of(released[0].source) == {"ZWE"}
    assert all(a.code != "ZWE" for a in released[0].target)
