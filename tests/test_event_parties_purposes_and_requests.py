"""Parties, round three: the main clause outranks its purpose and time clauses, the partner of an
offered act, who acts on a protest, and who is party to a lawsuit, a request or an exit (all
sentences our own)."""

from event_helpers import code_events as _events, events_of as _of

from dyads.event_records import main_event


def _codes(actors):
    return {a.code for a in actors}


def test_main_verb_outranks_its_purpose_clause(nlp):
    events = _events(nlp, "Chinese troops arrived in Laos on Friday to help deliver food to flood victims.")
    main = main_event(events)
    assert main is not None and main.trigger == "arrived"
    # arriving to deliver food is itself humanitarian aid (073); the delivery in the purpose
    # clause is still coded on its own, only ranked lower
    assert main.type == "AID" and main.cameo == "073"
    assert any(e.type == "AID" and e.trigger != "arrived" for e in events)


def test_main_verb_outranks_a_later_time_clause(nlp):
    text = ("Canada called for sanctions against Venezuela, two weeks after the prosecutor "
            "announced she planned to investigate.")
    main = main_event(_events(nlp, text))
    assert main is not None and main.type == "REQUEST" and main.trigger == "called"


def test_complement_of_a_refusal_is_not_outranked(nlp):
    # "refused to meet": the refusal is coded through its complement, never ranked below it
    main = main_event(_events(nlp, "Pakistan refused to meet the Indian delegation in Delhi."))
    assert main is not None and main.type == "REJECT"


def test_rejected_offer_of_talks_targets_the_partner(nlp):
    reject = _of(nlp, "Cuba rejected an offer to hold talks with Brazil.", "REJECT")
    assert reject and "BRA" in _codes(reject[0].target)
    assert "CUB" in _codes(reject[0].source)


def test_police_breaking_up_protests_are_not_the_protesters(nlp):
    protests = _of(nlp, "Police fired tear gas to break up protests in Lagos.", "PROTEST")
    assert all(not any((c or "").endswith("COP") for c in _codes(e.source)) for e in protests)


def test_staged_protest_keeps_its_doers(nlp):
    protest = _of(nlp, "Doctors staged a protest in Manila.", "PROTEST")
    assert protest and protest[0].source


def test_lawsuit_place_is_no_party_when_the_one_sued_is_named(nlp):
    sue = [e for e in _events(nlp, "The activist sued Shell in the Netherlands.") if e.trigger == "sued"]
    assert sue and "NLD" not in _codes(sue[0].target)


def test_the_one_asked_not_the_one_acted_on_is_the_target(nlp):
    ask = [e for e in _events(nlp, "Erdogan asked the crowd to boycott French goods.") if e.trigger == "asked"]
    assert ask and "FRA" not in _codes(ask[0].target)
    # with the one asked named as an actor, that actor is the target
    ask = [e for e in _events(nlp, "Germany asked Turkey to free the journalists.") if e.trigger == "asked"]
    assert ask and "TUR" in _codes(ask[0].target)


def test_protest_against_an_exit_is_aimed_at_the_one_leaving(nlp):
    protest = _of(nlp, "Students protested the withdrawal of French troops from Mali.", "PROTEST")
    assert protest and "MLI" not in _codes(protest[0].target)
    assert any((c or "").startswith("FRA") for c in _codes(protest[0].target))
