"""Session 11, round 3 (leftover causes from judged events): a protest's stand-in target has no
span of its own, a lifted state of emergency is one easing, striking is no stopping, deeds named
inside a charge are claims laid on the accused, acts a standing order allows are not yet done,
and a standing mission joined is only named (all sentences our own)."""

from event_helpers import code_events as _events


def _of(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def test_strike_stand_in_target_is_no_mention_of_the_trigger(nlp):
    text = "About 4,000 dock workers in Chile went on strike over pay."
    strikes = [e for e in _of(nlp, text, "strike") if e.type == "PROTEST"]
    assert strikes
    for e in strikes:
        assert all(a.text != "strike" for a in e.target)
        assert all(a.start == a.end or a.text for a in e.target)


def test_lifted_state_of_emergency_is_no_second_coercion(nlp):
    text = "The president of Peru lifted a state of emergency in two southern provinces on Monday."
    assert not [e for e in _events(nlp, text) if e.type == "COERCE"]
    assert [e for e in _of(nlp, text, "lifted") if e.type in ("CONCEDE", "RETREAT")]


def test_declared_state_of_emergency_stays_coercion(nlp):
    text = "The president of Peru declared a state of emergency in two southern provinces on Monday."
    assert any(e.type == "COERCE" for e in _events(nlp, text))


def test_stopping_work_in_a_strike_is_no_negated_strike(nlp):
    for text in ("Thousands of Kenyan dock workers ceased work in a strike over unpaid wages.",
                 "Bus drivers in Nairobi stopped driving in a strike over fuel prices.",
                 "Shopkeepers in Lebanon ceased trading in protest against the new tax."):
        strikes = [e for e in _events(nlp, text) if e.type == "PROTEST"]
        assert strikes and not any(e.negated for e in strikes)


def test_stopping_a_strike_stays_negated(nlp):
    text = "Kenyan dock workers stopped their strike after the port raised wages."
    assert not [e for e in _of(nlp, text, "strike") if e.type == "PROTEST" and not e.negated]


def test_deed_inside_a_charge_is_claimed_and_laid_on_the_accused(nlp):
    text = ("A Belgian rights group filed a complaint against the visiting Egyptian interior minister, "
            "accusing him of complicity in torture in Cairo.")
    tortures = [e for e in _of(nlp, text, "torture") if e.type == "ASSAULT"]
    for e in tortures:
        assert e.hypothetical
        assert "BEL" not in {(a.code or "")[:3] for a in e.source}


def test_order_allowing_an_inquiry_leaves_it_undone(nlp):
    text = ("The Turkish envoy left Spain after a Madrid court issued an order allowing the prosecution "
            "of members of the Turkish army for war crimes.")
    for e in _of(nlp, text, "prosecution"):
        assert e.hypothetical


def test_joining_a_named_peacekeeping_mission_is_no_event_of_the_mission(nlp):
    text = "Two hundred Irish soldiers landed in Lebanon to join the United Nations peacekeeping mission."
    assert not _of(nlp, text, "mission")


def test_a_measure_declared_in_a_reduced_relative_is_its_declarers(nlp):
    # (session 32) a participle straight after the measure noun: its "by" phrase, else the one
    # government the sentence names, declared it
    text = "The army took charge of security in Nairobi under a state of emergency declared by President Ruto."
    got = _of(nlp, text, "emergency")
    assert got and [a.code for a in got[0].source] == ["KENGOV"]
    text = ("President Ruto spoke in Nairobi on Friday. The general, whom Ruto put in charge of security under a state of emergency declared shortly "
            "after midnight, said the curfew would run until dawn.")
    got = [e for e in _events(nlp, text, None) if e.trigger == "emergency"]  # (Ruto as president)
    assert got and [(a.text, a.code) for a in got[0].source] == [("Ruto", "KENGOV")]


def test_a_measure_declared_with_no_doer_among_several_states_has_no_declarer(nlp):
    text = "Washington criticised the state of emergency declared in Ethiopia."
    assert not [e for e in _of(nlp, text, "emergency") if e.source]
