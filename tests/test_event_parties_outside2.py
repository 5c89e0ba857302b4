"""Parties named outside the event's phrase, round 2: the doer of a demanded act, the subject of
an alleged deed, the noun a relative pronoun stands for, and a preposition sharing its object."""

from event_helpers import code_events, states_of


def _typed(nlp, text: str, kind: str, trigger: str):
    return [e for e in code_events(nlp, text) if e.type == kind and e.trigger == trigger]


def test_a_demand_that_names_who_must_act_is_aimed_at_it(nlp):
    text = "The protesters' demands include an inquiry into police violence and that the Hong Kong government withdraw the bill."
    [demand] = _typed(nlp, text, "REQUEST", "demands")
    assert states_of(demand.target) == {"HKG"}
    assert all((a.code or "").endswith("GOV") for a in demand.target)


def test_a_demand_without_a_doer_takes_no_party_from_its_topic(nlp):
    text = "The protesters' demands include an inquiry into police violence."
    [demand] = _typed(nlp, text, "REQUEST", "demands")
    assert demand.target == []


def test_who_is_alleged_to_have_acted_is_accused(nlp):
    text = "The German foreign minister alleged that Russia had interfered in the election."
    [claim] = _typed(nlp, text, "ACCUSE", "alleged")
    assert states_of(claim.source) == {"DEU"}
    assert states_of(claim.target) == {"RUS"}


def test_an_allegation_without_that_still_blames_the_clause_subject(nlp):
    text = "Pompeo alleged, by way of example, Iran had contributed to the attacks."
    [claim] = _typed(nlp, text, "ACCUSE", "alleged")
    assert states_of(claim.target) == {"IRN"}


def test_a_victim_in_the_alleged_clause_is_not_accused(nlp):
    text = "The German foreign minister alleged that a Russian journalist was detained."
    claims = _typed(nlp, text, "ACCUSE", "alleged")
    assert claims and all("RUS" not in states_of(e.target) for e in claims)


def test_a_relative_pronoun_object_is_the_noun_it_follows(nlp):
    text = "The rebels, whom Russia has refused to support, lost the town."
    [refusal] = [e for e in code_events(nlp, text) if e.type == "REJECT"]
    assert states_of(refusal.source) == {"RUS"}
    assert refusal.target and all((a.code or "").endswith("REB") for a in refusal.target)


def test_a_conjoined_passive_in_a_relative_clause_is_done_to_its_noun(nlp):
    text = "Kuwait, which borders Saudi Arabia and was invaded by Iraq in 1990, rebuilt its army."
    [invasion] = [e for e in code_events(nlp, text) if e.trigger == "invaded"]
    assert states_of(invasion.source) == {"IRQ"}
    assert states_of(invasion.target) == {"KWT"}


def test_a_bare_preposition_before_and_shares_the_later_object(nlp):
    text = "Sri Lanka has established diplomatic ties with and opened an embassy in Tehran."
    [ties] = [e for e in code_events(nlp, text) if e.trigger == "established"]
    assert states_of(ties.source) == {"LKA"}
    assert states_of(ties.target) == {"IRN"}


def test_a_relative_pronoun_for_a_thing_lends_no_place(nlp):
    text = "The president's planned visit to Warsaw, which was cancelled, angered Poland."
    assert all("POL" not in states_of(e.target) for e in code_events(nlp, text) if e.trigger == "cancelled")


def test_both_sides_of_a_meeting_between_two_leaders_take_part(nlp):
    text = "Volker worked to arrange a meeting between Zelensky and Trump himself during a trip to Warsaw."
    [meeting] = [e for e in code_events(nlp, text) if e.trigger == "meeting"]
    assert {"UKR", "USA"} <= states_of(meeting.source) | states_of(meeting.target)


def test_a_party_deep_in_what_is_refused_is_its_target(nlp):
    text = "Hamas rejected an invitation to attend a meeting of Egyptian officials in Cairo."
    [refusal] = [e for e in code_events(nlp, text) if e.trigger == "rejected"]
    assert states_of(refusal.target) == {"EGY"}


def test_a_promise_broken_to_a_people_names_that_people(nlp):
    text = "The Kenyan president reneged on his commitment to the Zambian people."
    [broken] = [e for e in code_events(nlp, text) if e.trigger == "reneged"]
    assert states_of(broken.target) == {"ZMB"}
