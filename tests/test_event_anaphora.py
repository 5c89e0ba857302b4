"""Event anaphora: a definite event noun ("the attack", "the sanctions") carries the parties of the
act the article told before. All texts are our own, read through the whole pipeline."""

from event_helpers import code_events, states_of

from dyads.event_anaphora import anaphoric


def _at(events, sentence: int, kind: str):
    found = [e for e in events if e.sentence == sentence and e.type == kind]
    assert found, f"no {kind} event in sentence {sentence}: {events}"
    return found[0]


def test_the_attack_takes_the_doer_told_before(nlp):
    text = ("Boko Haram fighters attacked a Nigerian army base on Sunday. "
            "Ten Nigerian soldiers died in the attack.")
    event = _at(code_events(nlp, text), 1, "ASSAULT")
    assert states_of(event.source) == {"NGA"}
    assert any((a.code or "").endswith("REB") for a in event.source)


def test_the_attack_as_subject_of_the_killing(nlp):
    text = ("Boko Haram fighters attacked a Nigerian army base on Sunday. "
            "The attack killed ten Nigerian soldiers.")
    event = _at(code_events(nlp, text), 1, "ASSAULT")
    assert any((a.code or "").endswith("REB") for a in event.source)


def test_too_far_back_is_not_taken(nlp):
    text = ("Boko Haram fighters attacked a Nigerian army base on Sunday. The weather was hot. "
            "Roads were closed. Markets were shut. Schools were closed. Ten Nigerian soldiers died in the attack.")
    event = _at(code_events(nlp, text), 5, "ASSAULT")
    assert event.source == []


def test_judging_the_sanctions_does_not_make_the_judge_their_doer(nlp):
    text = ("The United States imposed new sanctions on Iran on Tuesday. "
            "Officials in Tehran called the sanctions illegal.")
    events = code_events(nlp, text)
    assert any(e.type == "SANCTION" and states_of(e.source) == {"USA"} for e in events)
    retold = [e for e in events if e.sentence == 1 and e.type == "SANCTION"]
    assert all(states_of(e.source) == {"USA"} for e in retold)


def test_condemning_the_attack_is_aimed_at_its_doer(nlp):
    text = ("Israeli jets attacked a Hamas base in Gaza on Monday. "
            "Egypt condemned the attack.")
    event = _at(code_events(nlp, text), 1, "ACCUSE")
    assert states_of(event.source) == {"EGY"}
    assert states_of(event.target) == {"ISR"}


def test_a_possessive_names_its_own_doer(nlp):
    text = ("Russian forces attacked the Ukrainian town of Kharkiv on Monday. "
            "Iran's attack on Iraq was separate.")
    event = _at(code_events(nlp, text), 1, "ASSAULT")
    assert states_of(event.source) == {"IRN"}
    assert states_of(event.target) == {"IRQ"}


def test_a_retaliation_keeps_its_own_doer(nlp):
    text = ("Israel struck targets in Iran on Monday. "
            "Iran responded with the attack on Haifa.")
    event = _at(code_events(nlp, text), 1, "ASSAULT")
    assert states_of(event.source) == {"IRN"}
    assert states_of(event.target) == {"ISR"}


def test_only_definite_and_dated_nouns_point_back(nlp):
    doc = nlp("An attack came first, then the attack on the port, Iran's attack and Monday's attack.")
    nouns = [t for t in doc if t.lower_ == "attack"]
    assert [anaphoric(t) for t in nouns] == [False, True, False, True]
