"""A doer the text leaves unnamed is of the state where it happened, as CAMEO coders record it:
police for arrests, courts for sentences, unidentified armed men for bombs and gunmen; an attack
in the passive names no doer at all. People named as victims are that state's civilians, never
its government. Also: "out of" names the place left, one's own troops are no target, warships
sent are a deployment, and one place read twice gives one event (our sentences)."""

from event_helpers import code_events, events_of


def _codes(actors):
    return [a.code for a in actors]


def test_passive_arrest_is_by_the_police_of_the_place(nlp):
    (e,) = events_of(nlp, "Four students were arrested in Tehran on Monday.", "COERCE")
    assert _codes(e.source) == ["IRNCOP"]
    assert [a.country for a in e.target] == ["IRN"]
    assert "IRNGOV" not in _codes(e.target)


def test_passive_sentence_is_by_the_courts_of_the_place(nlp):
    (e,) = events_of(nlp, "Two bloggers were jailed in Egypt for insulting the army.", "COERCE")
    assert _codes(e.source) == ["EGYJUD"]


def test_named_agent_is_not_replaced(nlp):
    events = events_of(nlp, "Two activists were arrested in Minsk by KGB officers.", "COERCE")
    assert events
    assert "BLRCOP" not in _codes(events[0].source)


def test_active_subject_that_is_no_actor_blocks_the_fallback(nlp):
    # "the storm" did not arrest anyone; a clause with its own subject keeps it
    for e in events_of(nlp, "The decision detained the shipment in Rotterdam.", "COERCE"):
        assert "NLDCOP" not in _codes(e.source)


def test_bomb_subject_is_unidentified_armed_men_of_the_place(nlp):
    (e,) = events_of(nlp, "A car bomb near Kandahar killed three policemen on Tuesday.", "ASSAULT")
    assert _codes(e.source) == ["AFGUAF"]


def test_gunmen_are_of_the_place(nlp):
    (e,) = events_of(nlp, "Gunmen attacked a checkpoint in Peshawar overnight.", "ASSAULT")
    assert _codes(e.source) == ["PAKUAF"]


def test_passive_killing_names_no_doer(nlp):
    # murdered in a foreign consulate: the host state did not do it
    (e,) = events_of(nlp, "The journalist was murdered inside the Saudi consulate in Istanbul.", "ASSAULT")
    assert not [a for a in e.source if a.country == "TUR"]


def test_men_arrested_in_a_capital_are_not_its_government(nlp):
    (e,) = events_of(nlp, "Police arrested three men in Nairobi on Friday.", "COERCE")
    assert "KENGOV" not in _codes(e.target)
    assert _codes(e.target) == ["KENCVL"]


def test_out_of_names_the_place_left(nlp):
    events = events_of(nlp, "Turkey pulled its soldiers out of northern Iraq last year.", "RETREAT")
    assert events
    assert [a.country for a in events[0].target] == ["IRQ"]


def test_own_troops_withdrawn_are_no_target(nlp):
    events = events_of(nlp, "Britain withdrew its troops from Basra in 2007.", "RETREAT")
    assert events
    assert "GBR" not in [a.country for a in events[0].target]


def test_warships_sent_are_a_deployment_not_aid(nlp):
    text = "China sent two warships and a submarine to the South China Sea on Monday."
    assert events_of(nlp, text, "MOBILIZE")
    assert not events_of(nlp, text, "AID")
    # the twin: goods sent are still aid
    assert events_of(nlp, "Japan sent medicine and tents to Nepal after the quake.", "AID")


def test_a_march_and_its_verb_in_one_place_are_one_event(nlp):
    text = "Thousands of people marched in Madrid on Sunday during a march against the new law."
    protests = events_of(nlp, text, "PROTEST")
    keys = [(tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in protests]
    assert len(keys) == len(set(keys))
    assert all("ESPGOV" not in k[1] for k in keys)


def test_where_parties_sign_together_is_no_party(nlp):
    text = "Ethiopia and Eritrea signed a peace deal in Jeddah on Sunday."
    deals = [e for e in code_events(nlp, text) if e.type in ("AGREE", "SUPPORT")]
    assert deals
    assert all("SAU" not in [a.country for a in e.target] for e in deals)
    # the twin: one party agreeing to something in a place still targets the place
    (one,) = events_of(nlp, "Russia agreed to a ceasefire in Syria.", "AGREE")
    assert "SYR" in [a.country for a in one.target]


def test_stateless_group_struck_in_a_state_is_of_that_state(nlp):
    (e,) = events_of(nlp, "Turkish artillery shelled Kurdish militia positions in northern Syria.", "ASSAULT")
    assert [a.code for a in e.target] == ["SYRUAF"]


def test_group_from_around_the_world_takes_no_state(nlp):
    for e in code_events(nlp, "Imams from around the world gathered at a conference in Cairo to discuss extremism."):
        assert "EGY" not in [a.country for a in e.source]


def test_a_mediator_acts_toward_both_sides(nlp):
    events = [e for e in code_events(nlp, "Oman mediated between Iran and Saudi Arabia last year.")
              if e.trigger.startswith("mediat")]
    assert events
    assert {a.country for a in events[0].target} == {"IRN", "SAU"}
    assert [a.country for a in events[0].source] == ["OMN"]


def test_missiles_fired_into_the_sea_are_a_show_of_force(nlp):
    text = "North Korea fired three short-range missiles into the sea on Thursday."
    assert events_of(nlp, text, "MOBILIZE")
    assert not events_of(nlp, text, "ASSAULT")
    # the twin: missiles fired at a place are an attack
    assert events_of(nlp, "Russia fired missiles at Odesa on Thursday.", "ASSAULT")


def test_a_capital_under_attack_is_the_country(nlp):
    (e,) = events_of(nlp, "Saudi jets bombed Sanaa overnight.", "ASSAULT")
    assert [a.code for a in e.target] == ["YEM"]


def test_the_owner_of_a_decision_does_what_it_decides(nlp):
    (e,) = events_of(nlp, "Britain's decision to sanction Iranian oil exports angered Tehran.", "SANCTION")
    assert [a.country for a in e.source] == ["GBR"]
    assert [a.country for a in e.target] == ["IRN"]


def test_a_withdrawal_from_a_country_targets_it(nlp):
    (e,) = events_of(nlp, "Britain's withdrawal of its forces from Afghanistan ended in 2014.", "RETREAT")
    assert [a.country for a in e.source] == ["GBR"]
    assert [a.country for a in e.target] == ["AFG"]
    # the twin: help "from" a state is still given by it
    (aid,) = events_of(nlp, "Food aid from Japan reached Haiti on Monday.", "AID")
    assert "JPN" in [a.country for a in aid.source]
