"""Real-news parties, round eight: a plural possessive owns the plural group of its sentence, "asked
for X to act" is a request to X, and "left two soldiers dead" is the harm done (all sentences our own)."""

from event_helpers import code_events, events_of as _of, states_of


def _codes(actors):
    return {a.code for a in actors}


def test_their_refusal_is_the_ministers_not_the_parliament(nlp):
    text = ("The Kenyan parliament voted to censure two ministers, Foreign Minister Raychelle Omamo and "
            "Interior Minister Fred Matiangi, citing their refusal to testify.")
    refusals = [e for e in _of(nlp, text, "REJECT") if e.trigger == "refusal"]
    assert refusals and refusals[0].source
    assert "KENLEG" not in _codes(refusals[0].source)


def test_their_keeps_the_only_body_when_no_group_is_named(nlp):
    text = "The Kenyan parliament criticized the ministry, citing their refusal to testify."
    refusals = [e for e in _of(nlp, text, "REJECT") if e.trigger == "refusal"]
    assert refusals and _codes(refusals[0].source) == {"KENLEG"}


def test_asked_for_a_group_to_act_is_a_request_to_it(nlp):
    asked = [e for e in _of(nlp, "Nigerian police asked for Boko Haram to release the girls.", "REQUEST")
             if e.trigger == "asked"]
    assert asked and states_of(asked[0].source) == {"NGA"}
    assert _codes(asked[0].target) == {"NGAREB"}


def test_asked_for_calm_is_an_appeal(nlp):
    asked = _of(nlp, "Police in Kenya asked for the public to remain calm.", "REQUEST")
    assert asked and states_of(asked[0].source) == {"KEN"}


def test_asked_whether_is_still_no_appeal(nlp):
    assert not _of(nlp, "Kenyan police asked whether the driver had been drinking.", "REQUEST")


def test_an_attack_that_left_soldiers_dead_harmed_them(nlp):
    hits = [e for e in _of(nlp, "The Taliban attack left 12 Afghan police officers dead in Kandahar.", "ASSAULT")
            if e.trigger == "left"]
    assert hits and states_of(hits[0].target) == {"AFG"}
    assert "AFGREB" in _codes(hits[0].source)


def test_left_wounded_is_harm_too(nlp):
    hits = [e for e in _of(nlp, "The clashes left 20 Syrian soldiers injured.", "ASSAULT") if e.trigger == "left"]
    assert hits and _codes(hits[0].target) == {"SYRMIL"}


def test_left_angry_or_leaving_a_place_is_no_attack(nlp):
    assert not _of(nlp, "The ruling left Iraqi soldiers angry.", "ASSAULT")
    assert not _of(nlp, "The general left the Afghan army in 2010.", "ASSAULT")
    assert not code_events(nlp, "The storm left two Afghan soldiers dead.")
