"""Real-news parties, round seven: "called for X to act", the one pleaded with does the act,
reporters are no parties, charges name the charged, stopped aid is a sanction, bare participle
clauses, internet shutdowns and moved tanks (all sentences our own)."""

from event_helpers import code_events, events_of as _of


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


def test_pleaded_with_names_who_would_fire(nlp):
    fired = [e for e in code_events(nlp, "Egypt pleaded with Hamas to stop firing rockets at Israel.")
             if e.trigger == "firing"]
    assert fired and {(a.code or "")[:3] for a in fired[0].source} == {"PSE"}


def test_inverted_attribution_is_no_target(nlp):
    text = "Gunmen attacked a police station in Kabul on Sunday, killing four officers, reported officials."
    attacks = [e for e in code_events(nlp, text) if e.trigger == "attacked"]
    assert attacks and not any(a.text == "officials" for a in attacks[0].target)


def test_the_victims_of_a_charged_crime_are_no_target(nlp):
    charged = [e for e in _of(nlp, "France charged the bomber with terrorism against Jews.", "ACCUSE")
               if e.trigger == "charged"]
    assert charged and not charged[0].target


def test_withholding_of_aid_is_a_sanction(nlp):
    events = code_events(nlp, "Germany's suspension of aid to Mali angered the junta.")
    assert not [e for e in events if e.type == "AID"]
    stopped = [e for e in events if e.type == "SANCTION"]
    assert stopped and stopped[0].cameo.startswith("162")
    assert _codes(stopped[0].target) == {"MLI"} and {(a.code or "")[:3] for a in stopped[0].source} == {"DEU"}


def test_a_bare_participle_clause_is_undergone_by_its_subject(nlp):
    killed = [e for e in code_events(nlp, "The clashes saw twelve Syrian soldiers killed by the rebels.")
              if e.trigger == "killed"]
    assert killed and {(a.code or "")[:3] for a in killed[0].target} == {"SYR"}
    assert not any(a.code == "SYRMIL" for a in killed[0].source)


def test_shutting_down_the_internet_restricts_speech(nlp):
    cut = _of(nlp, "The Ethiopian government shut down the internet in the Tigray region.", "COERCE")
    assert cut and cut[0].cameo == "1721"


def test_moving_tanks_is_a_mobilisation(nlp):
    moved = _of(nlp, "The Russian army moved hundreds of tanks towards the border with Ukraine.", "MOBILIZE")
    assert moved and "RUS" in {(a.code or "")[:3] for a in moved[0].source}
