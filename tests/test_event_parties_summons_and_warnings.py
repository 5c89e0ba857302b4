"""Parties in hard wire sentences (session 12, round 4): an envoy summoned in the passive "to the
foreign ministry" is summoned by that ministry; a passive expulsion with its expeller named leaves
the land left out of the targets; an attack on unnamed villages or positions told by another
state's officials is an attack on that state; "warned X against V-ing" makes X the doer of the
gerund and keeps the gerund's object out of the warning. Each fix has a counter-case."""

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger, e.type) for e in events]}"
    return found[0]


# --- a passive summons "to the foreign ministry"

def test_an_envoy_summoned_to_a_ministry_is_summoned_by_that_state(nlp):
    ev = _on(code_events(nlp, "The Belgian ambassador was summoned on Friday to the foreign ministry in Ankara."),
             "summoned")
    assert states_of(ev.source) == {"TUR"}
    assert states_of(ev.target) == {"BEL"}


def test_a_summons_by_a_named_agent_keeps_that_agent(nlp):
    ev = _on(code_events(nlp, "The Belgian ambassador was summoned by the Kenyan foreign minister on Friday."),
             "summoned")
    assert states_of(ev.source) == {"KEN"}
    assert "BEL" in states_of(ev.target)


# --- a passive expulsion with the expeller named

def test_the_land_left_is_no_target_when_the_expeller_is_named(nlp):
    ev = _on(code_events(nlp, "A Dutch reporter was expelled from Egypt on Monday by the interior ministry."),
             "expelled")
    assert states_of(ev.source) == {"EGY"}
    assert states_of(ev.target) == {"NLD"}


def test_an_agentless_expulsion_is_still_done_by_the_land_left(nlp):
    ev = _on(code_events(nlp, "Two Dutch reporters were expelled from Egypt on Monday."), "expelled")
    assert states_of(ev.source) == {"EGY"}


# --- an attack told by another state's officials

def test_an_attack_on_unnamed_villages_told_by_another_state_targets_that_state(nlp):
    ev = _on(code_events(nlp, "The Laotian defence ministry said Thai jets had bombed three border villages."),
             "bombed")
    assert states_of(ev.source) == {"THA"}
    assert "LAO" in states_of(ev.target)


def test_an_attack_told_by_the_attackers_own_state_gains_no_target(nlp):
    ev = _on(code_events(nlp, "The Thai defence ministry said Thai jets had bombed three border villages."),
             "bombed")
    assert "THA" not in states_of(ev.target)


# --- "warned X against V-ing"

def test_the_one_warned_against_a_deed_is_its_doer(nlp):
    events = code_events(nlp, "The Kenyan president warned Somalia against arming Ethiopian rebels.")
    warned = _on(events, "warned")
    assert states_of(warned.target) == {"SOM"}
    # (session 32) the deed warned against is the warning's content, no record of its own
    assert not [e for e in events if e.trigger == "arming"]


def test_a_warning_with_no_one_warned_keeps_the_gerund_with_the_speaker(nlp):
    events = code_events(nlp, "Kenya argued against arming Ethiopian rebels.")
    assert states_of(_on(events, "arming").source) == {"KEN"}


# --- the doer's own mission in another state

def test_reopening_ones_own_embassy_abroad_is_aimed_at_the_host_state(nlp):
    ev = _on(code_events(nlp, "Norway on Tuesday reopened its embassy in Tripoli."), "reopened")
    assert states_of(ev.source) == {"NOR"}
    assert states_of(ev.target) == {"LBY"}


def test_reopening_another_states_embassy_at_home_keeps_that_state(nlp):
    ev = _on(code_events(nlp, "Norway on Tuesday reopened the Libyan embassy in Oslo."), "reopened")
    assert "LBY" in states_of(ev.target)


# --- agreeing to let others in

def test_agreeing_to_let_foreign_observers_monitor_targets_them(nlp):
    ev = _on(code_events(nlp, "Malawi, after long delays, agreed to let monitors from the European Union watch the count."),
             "agreed")
    assert states_of(ev.source) == {"MWI"}
    assert "IGO" in states_of(ev.target) or "EUR" in states_of(ev.target)


def test_agreeing_to_let_ones_own_police_act_has_no_such_target(nlp):
    ev = _on(code_events(nlp, "Malawi agreed to let its own police guard the ballot boxes."), "agreed")
    assert "MWI" not in states_of(ev.target)
