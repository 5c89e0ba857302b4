"""Parties named outside the event's own phrase: pressure acted against, requests acted on,
messages that carry a request, targets of a copula, courts as the place of a sentence, the doer
of a demanded act, the subject of an alleged deed, the noun a relative pronoun stands for, and a
preposition sharing its object."""

from event_helpers import code_events, states_of


def _by_trigger(nlp, text: str, trigger: str):
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


def _typed(nlp, text: str, kind: str, trigger: str):
    return [e for e in code_events(nlp, text) if e.type == kind and e.trigger == trigger]


def test_criticism_acted_against_is_aimed_at_whoever_acts(nlp):
    text = "Despite criticism by the French foreign minister, Turkish President Recep Tayyip Erdogan went ahead with the plan."
    [crit] = _by_trigger(nlp, text, "criticism")
    assert states_of(crit.source) == {"FRA"}
    assert states_of(crit.target) == {"TUR"}


def test_a_request_acted_on_is_aimed_at_the_one_who_acts(nlp):
    text = "At the request of the German government, the Polish parliament postponed the vote."
    [req] = _by_trigger(nlp, text, "request")
    assert states_of(req.source) == {"DEU"}
    assert states_of(req.target) == {"POL"}


def test_a_letter_asking_for_something_is_a_request_to_its_addressee(nlp):
    text = "The Kenyan police chief wrote to the French Embassy in Nairobi asking it to hand over the suspect."
    asks = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert asks and states_of(asks[0].target) == {"FRA"}


def test_the_target_of_sanctions_is_the_copulas_subject(nlp):
    text = "Iran has been the target of American sanctions since 2018."
    [sanction] = [e for e in code_events(nlp, text) if e.type == "SANCTION"]
    assert states_of(sanction.source) == {"USA"}
    assert states_of(sanction.target) == {"IRN"}


def test_a_court_named_as_the_place_of_a_sentence_is_its_doer(nlp):
    text = "A former aide to the Brazilian president was sentenced in a federal court in Brasilia on Monday."
    [sentence] = [e for e in code_events(nlp, text) if e.trigger == "sentenced"]
    assert sentence.source and all(a.sector == "JUD" for a in sentence.source)


def test_protests_amid_which_police_act_are_not_aimed_at_the_police(nlp):
    text = "Amid protests in Santiago, Chilean police fired tear gas at students."
    for event in _by_trigger(nlp, text, "protests"):
        assert not any(a.sector == "COP" for a in event.target)


def test_sanctions_despite_which_a_state_acts_are_not_aimed_at_it(nlp):
    text = "The United States has not abandoned its campaign against Cuba, despite years of crippling sanctions."
    for event in code_events(nlp, text):
        if event.type == "SANCTION":
            assert "USA" not in states_of(event.target)


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
