"""Requests and appeals and who they are aimed at: "called for" or "asked for" X to act is a request
to X, the one urged or pleaded with does the act, a plural possessive owns its sentence's group,
harm "left" behind is done to the ones left, and acts named by what they stop or move (withheld
aid, internet shutdowns, moved tanks) take their parties."""

from event_helpers import code_events, events_of as _of, states_of


def _codes(actors):
    return {a.code for a in actors}


def test_called_for_a_state_to_act_is_a_request_to_it(nlp):
    asked = [e for e in _of(nlp, "The European Union called for Turkey to halt its offensive.", "REQUEST")
             if e.trigger == "called"]
    assert asked and _codes(asked[0].target) == {"TUR"}
    assert "EUR" in _codes(asked[0].source) or {a.code[:3] for a in asked[0].source} == {"EUR"}


def test_the_one_urged_is_not_the_urger(nlp):
    events = code_events(nlp, "The European Union called on Russia to pull back its troops.")
    asked = [e for e in events if e.type == "REQUEST"]
    assert asked and "RUS" in {(a.code or "")[:3] for a in asked[0].target}
    assert "RUS" not in {(a.code or "")[:3] for a in asked[0].source}


def test_firing_pleaded_against_is_no_record(nlp):
    fired = [e for e in code_events(nlp, "Egypt pleaded with Hamas to stop firing rockets at Israel.")
             if e.trigger == "firing"]
    assert not fired  # (session 32) the firing pleaded against is the plea's content, no record


def test_withholding_of_aid_is_a_sanction(nlp):
    events = code_events(nlp, "Germany's suspension of aid to Mali angered the junta.")
    assert not [e for e in events if e.type == "AID"]
    stopped = [e for e in events if e.type == "SANCTION"]
    assert stopped and stopped[0].cameo.startswith("162")
    assert _codes(stopped[0].target) == {"MLI"} and {(a.code or "")[:3] for a in stopped[0].source} == {"DEU"}


def test_shutting_down_the_internet_restricts_speech(nlp):
    cut = _of(nlp, "The Ethiopian government shut down the internet in the Tigray region.", "COERCE")
    assert cut and cut[0].cameo == "1721"


def test_moving_tanks_is_a_mobilisation(nlp):
    moved = _of(nlp, "The Russian army moved hundreds of tanks towards the border with Ukraine.", "MOBILIZE")
    assert moved and "RUS" in {(a.code or "")[:3] for a in moved[0].source}


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
