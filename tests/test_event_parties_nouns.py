"""Parties of noun events: a noun the clause only talks about (an inquiry into an attack, a ruling
on a suspension) is not the subject's act, the state owning an operation did its harm, the place
of a bombing is no doer, and a verdict in the passive is given by the place's courts."""

from event_helpers import code_events, events_of, events_of as _of, states_of


def _codes(actors):
    return {a.code for a in actors}


def _on(events, word: str):
    return [e for e in events if e.trigger == word or e.trigger.endswith(word)]


def test_state_on_the_operation_did_the_killing(nlp):
    killed = [e for e in _of(nlp, "The rebel commander was killed in a US operation.", "ASSAULT")
              if e.trigger == "killed"]
    assert killed and _codes(killed[0].source) == {"USA"}


def test_state_on_an_air_strike_did_the_harm(nlp):
    died = [e for e in _of(nlp, "Four fighters were wounded during a Turkish air strike.", "ASSAULT")
            if e.trigger == "wounded"]
    assert died and _codes(died[0].source) == {"TUR"}


def test_town_on_the_attack_is_no_doer(nlp):
    hurt = [e for e in _of(nlp, "Two soldiers were wounded in a Kabul car bombing.", "ASSAULT")
            if e.trigger == "wounded"]
    assert hurt and not hurt[0].source


def test_passive_conviction_in_a_place_is_by_its_courts(nlp):
    convicted = [e for e in _of(nlp, "The former mayor was convicted of bribery in France.", "ACCUSE")
                 if e.trigger == "convicted"]
    assert convicted and _codes(convicted[0].source) == {"FRAJUD"}


def test_found_guilty_in_a_place_is_by_its_courts(nlp):
    guilty = [e for e in _of(nlp, "Two police officers were found guilty in Nairobi on Friday.", "ACCUSE")
              if e.trigger == "found"]
    assert guilty and _codes(guilty[0].source) == {"KENJUD"}


def test_conviction_with_no_place_names_no_court(nlp):
    convicted = [e for e in _of(nlp, "The senator was convicted of fraud last year.", "ACCUSE")
                 if e.trigger == "convicted"]
    assert all(not e.source for e in convicted)


def test_an_inquiry_into_an_attack_is_not_the_attack_of_who_opens_it(nlp):
    events = code_events(nlp, "Britain launched an inquiry into the bombing of the embassy.")
    assert not any(e.type == "ASSAULT" and "GBR" in states_of(e.source) for e in events)
    assert any(e.type == "ACCUSE" and states_of(e.source) == {"GBR"} for e in events)


def test_an_investigation_into_a_killing_keeps_the_investigator_off_the_killing(nlp):
    events = code_events(nlp, "Turkey launched an investigation into the killing of the journalist.")
    killings = [e for e in events if e.type == "ASSAULT"]
    assert all("TUR" not in states_of(e.source) for e in killings)


def test_a_ruling_on_a_suspension_is_not_the_court_suspending(nlp):
    events = code_events(nlp, "The supreme court issued a ruling on the suspension of parliament.")
    assert not any(e.type == "SANCTION" and e.source for e in events)


def test_support_for_an_inquiry_does_not_make_the_supporter_the_investigator(nlp):
    events = code_events(nlp, "The German foreign minister voiced support for the United Nations inquiry.")
    assert not any(e.type == "ACCUSE" and "DEU" in states_of(e.source) for e in events)


def test_attacking_an_investigation_is_not_investigating(nlp):
    events = code_events(nlp, "President Trump attacked the impeachment investigation as a witch hunt.")
    assert not any(e.type == "ACCUSE" and e.cameo == "090" and e.source for e in events)


def test_calling_a_bombing_cowardly_is_not_bombing(nlp):
    events = code_events(nlp, "Officials in Kabul called the bombing cowardly.")
    assert not any(e.type == "ASSAULT" and "AFG" in states_of(e.source) for e in events)


def test_launching_an_attack_still_makes_the_subject_its_doer(nlp):
    events = events_of(nlp, "The Chinese army launched an attack on an Indian border post.", "ASSAULT")
    assert events and states_of(events[0].source) == {"CHN"}


def test_the_place_of_a_bombing_is_not_the_doer_of_the_killing(nlp):
    events = events_of(nlp, "A car bombing in Kabul killed five people.", "ASSAULT")
    assert events
    for e in events:
        assert all(a.kind != "place" and a.code != "AFG" for a in e.source)
        assert all((a.code or "").endswith("UAF") for a in e.source)


def test_a_named_bomber_still_does_the_killing(nlp):
    events = events_of(nlp, "A Taliban car bombing in Kabul killed five people.", "ASSAULT")
    assert any(any((a.code or "").endswith("REB") for a in e.source) for e in events)


def test_strikes_by_a_state_answered_by_rebels_keep_their_doer(nlp):
    text = "Houthi rebels attacked the Saudi base in retaliation for air strikes by Saudi Arabia."
    strikes = _on(events_of(nlp, text, "ASSAULT"), "strikes")
    assert strikes and states_of(strikes[0].source) == {"SAU"}


def test_a_deed_answered_by_a_vow_is_a_past_act_not_a_threat(nlp):
    text = "The rebels vowed to strike back in retaliation for the Saudi air strikes."
    strikes = _on(code_events(nlp, text), "strikes")
    assert strikes
    assert strikes[0].type == "ASSAULT" and not strikes[0].future and not strikes[0].hypothetical
    assert states_of(strikes[0].source) == {"SAU"}


def test_a_deed_in_response_to_is_past_too(nlp):
    text = "Militants threatened to attack again in response to the French bombing of their camps."
    bombing = _on(code_events(nlp, text), "bombing")
    assert bombing and bombing[0].type == "ASSAULT" and not bombing[0].future
