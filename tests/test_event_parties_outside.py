"""Parties named outside the event's own phrase: pressure acted against, requests acted on,
messages that carry a request, targets of a copula, courts as the place of a sentence."""

from event_helpers import code_events, states_of


def _by_trigger(nlp, text: str, trigger: str):
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


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
