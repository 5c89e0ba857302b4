"""Event types, round 3: a wished act is hypothetical, a vowed protest is a threat, an act someone
is pushed into is not done. All texts are our own."""

from event_helpers import code_events, types_of


def _by_type(nlp, text, kind):
    return [e for e in code_events(nlp, text) if e.type == kind]


def test_hoped_release_by_another_is_no_promise(nlp):
    events = code_events(nlp, "Human rights groups hope the Egyptian government will release the jailed reporters.")
    assert "AGREE" not in {e.type for e in events}
    assert all(e.hypothetical for e in events if e.type == "RETREAT")


def test_a_government_saying_it_will_release_prisoners_is_still_a_promise(nlp):
    events = code_events(nlp, "The Egyptian government will release the jailed reporters, the minister said.")
    assert events and not any(e.hypothetical for e in events)


def test_a_wished_resignation_is_no_record(nlp):
    # (session 32) the demand's content, no record of its own
    assert not _by_type(nlp, "Opposition lawmakers want the Peruvian president to resign.", "RETREAT")


def test_a_resignation_that_happened_is_not_hypothetical(nlp):
    events = _by_type(nlp, "The Peruvian president resigned on Tuesday.", "RETREAT")
    assert events and not any(e.hypothetical for e in events)


def test_vowed_protests_are_a_threat(nlp):
    types = types_of(nlp, "Opposition leaders in Serbia vowed protests against the Serbian government.")
    assert "THREATEN" in types and "AGREE" not in types


def test_vowed_aid_stays_a_promise(nlp):
    types = types_of(nlp, "Japan vowed aid to the Philippines after the typhoon.")
    assert "AGREE" in types and "THREATEN" not in types


def test_talks_one_is_forced_into_are_not_held(nlp):
    events = _by_type(nlp, "Russia forced Ukraine into talks.", "CONSULT")
    assert all(e.hypothetical for e in events)


def test_talks_held_are_not_hypothetical(nlp):
    events = _by_type(nlp, "Russia held talks with Ukraine in Minsk.", "CONSULT")
    assert events and not any(e.hypothetical for e in events)
