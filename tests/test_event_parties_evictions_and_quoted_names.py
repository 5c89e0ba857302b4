"""Parties a judge found wrong in our events on full news articles (session 11, third round):
someone who calls an act by a quoted name did not do it, and the place (or whose land) people are
evicted or expelled from is no second target of the eviction. Each has a counter-case."""

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_calling_an_inquiry_by_a_quoted_name_is_not_running_it(nlp):
    text = 'Republican senators attacked the inquiry, with Tom Harris of Ohio calling the investigation into Biden "Soviet-style".'
    inquiry = _on(code_events(nlp, text), "investigation")
    assert not any("Harris" in a.text for a in inquiry.source)
    assert any("Biden" in a.text for a in inquiry.target)


def test_calling_a_strike_is_still_the_callers_strike(nlp):
    text = "Kenyan teachers' unions called a strike against the government."
    strike = _on(code_events(nlp, text), "strike")
    assert any("unions" in a.text for a in strike.source)


def test_whose_land_people_are_evicted_from_is_no_target(nlp):
    text = "The army evicted the villagers from the Kenyan government's land."
    evicted = _on(code_events(nlp, text), "evicted")
    assert any("villagers" in a.text for a in evicted.target)
    assert not any("government" in a.text for a in evicted.target)


def test_an_owner_named_only_in_the_from_phrase_is_not_evicted(nlp):
    events = code_events(nlp, "Developers evicted squatters from government or private property.")
    assert not any(a.text == "government" for e in events for a in e.target)


def test_the_state_people_are_expelled_from_in_the_passive_still_expels(nlp):
    expelled = _on(code_events(nlp, "Nigerian diplomats were expelled from Ghana."), "expelled")
    assert states_of(expelled.source) == {"GHA"}
    assert states_of(expelled.target) == {"NGA"}


def test_withdrawing_help_from_a_state_still_names_the_state(nlp):
    events = code_events(nlp, "The UN withdrew its peacekeepers from Mali.")
    assert any("MLI" in states_of(e.target) for e in events if e.trigger == "withdrew")


def test_the_broker_of_a_truce_is_not_its_violators_target(nlp):
    text = "Iranian-backed Houthis have violated a UN-brokered ceasefire."
    violated = _on(code_events(nlp, text), "violated")
    assert "UNO" not in {a.code for a in violated.target}
    assert "IRN" not in states_of(violated.source)
    assert "YEM" in states_of(violated.source)


def test_a_backed_group_named_as_one_actor_stays_the_target(nlp):
    attacked = _on(code_events(nlp, "Syrian troops attacked Turkish-backed rebels in Afrin."), "attacked")
    assert any("rebels" in a.text for a in attacked.target)


def test_a_leader_joined_by_a_hyphen_is_still_the_doers_state(nlp):
    attacked = _on(code_events(nlp, "French-led forces attacked militant camps in northern Mali."), "attacked")
    assert "FRA" in states_of(attacked.source)


def test_what_a_rally_is_against_takes_no_party_from_the_rallys_venue(nlp):
    events = code_events(nlp, "Indian students held a rally at Delhi University against the siege of the valley.")
    assert not any(e.trigger == "siege" and any("University" in a.text for a in e.target) for e in events)


def test_what_a_rally_is_against_keeps_its_own_party(nlp):
    events = code_events(nlp, "Indian students held a rally at Delhi University against the siege of Srinagar.")
    siege = _on(events, "siege")
    assert any("Srinagar" in a.text for a in siege.target)
    assert not any("University" in a.text for a in siege.target)


def test_a_participle_right_after_the_object_is_not_undergone_by_the_subject(nlp):
    events = code_events(nlp, "Rebels stole ten truckloads of wheat delivered to Kabul on Friday.")
    assert not any(e.trigger == "delivered" and any("Rebels" in a.text for a in e.target) for e in events)


def test_a_participle_after_a_comma_is_still_undergone_by_the_subject(nlp):
    events = code_events(nlp, "A Kenyan opposition leader appeared in court, charged by police with treason.")
    charged = _on(events, "charged")
    assert any("leader" in a.text for a in charged.target)
