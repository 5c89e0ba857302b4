"""Session 22 (B), who did it and to whom, from judged wire news: a participle that shares the
"had been" of a passive it is joined to ("had been arrested and scores of officers injured") is
passive too, so its subject was harmed; the state of one arrested or detained is no stand-in for
the police that held him (only a court's verdict takes the convict's state); who waits for help
gets it; the owner of what a condemned violation violated is no target of the condemnation;
the intergovernmental body or court a complaint is filed at is where it is heard, not whom it
accuses. Each case pairs a sentence whose record must change with a near miss that keeps its
reading (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str):
    """The events on ``trigger`` in ``text``."""
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


def _texts(actors) -> set[str]:
    return {a.text for a in actors}


def _codes(actors) -> set[str]:
    return {a.code or "-" for a in actors}


# --- a participle sharing a passive's auxiliaries ------------------------------------------------


def test_gapped_passive_subject_is_harmed(nlp):
    text = "The governor said more than forty people had been arrested and scores of police officers injured."
    (hurt,) = _on(nlp, text, "injured")
    assert not hurt.source
    assert any("police officers" in t for t in _texts(hurt.target))


def test_active_conjunct_keeps_its_doer(nlp):
    text = "The governor said police had arrested forty protesters and soldiers injured two looters in Lyon."
    hurt = _on(nlp, text, "injured")
    assert hurt and not any("looters" in t for t in _texts(hurt[0].source))


def test_gapped_passive_with_agent_is_done_by_the_agent(nlp):
    text = "Four villagers were killed and six soldiers wounded by the rebels near Goma."
    (hurt,) = _on(nlp, text, "wounded")
    assert any("rebels" in t for t in _texts(hurt.source))
    assert any("soldiers" in t for t in _texts(hurt.target))


# --- the detained man's state is not his jailer ---------------------------------------------------


def test_detained_general_is_not_his_own_jailer(nlp):
    text = ("Bolivian troops stormed the palace in La Paz on Tuesday. General Ramon Quispe, the Bolivian army "
            "commander, was detained on Wednesday evening.")
    (held,) = _on(nlp, text, "detained")
    assert not any(a.start == t.start for a in held.source for t in held.target)


def test_convicted_minister_is_still_judged_by_his_state(nlp):
    (verdict,) = _on(nlp, "Former French Prime Minister Francois Fillon was convicted of embezzlement.", "convicted")
    assert {(a.code or "")[:3] for a in verdict.source} <= {"FRA"}


# --- help waited for --------------------------------------------------------------------------------


def test_who_waits_for_help_gets_it(nlp):
    (aid,) = _on(nlp, "The prime minister said Haiti had been waiting for this help for a long time.", "help")
    assert "HTI" not in {(a.code or "")[:3] for a in aid.source}
    assert "HTI" in {(a.code or "")[:3] for a in aid.target}


def test_help_expected_from_a_giver_keeps_the_giver(nlp):
    events = code_events(nlp, "Kenya expects military help from Washington.")
    (help_,) = [e for e in events if e.trigger == "help"]
    assert _codes(help_.source) == {"USAGOV"} and _codes(help_.target) == {"KEN"}


def test_aid_sent_keeps_its_giver(nlp):
    (aid,) = _on(nlp, "Japan sent emergency aid to Haiti on Monday.", "sent")
    assert _codes(aid.source) == {"JPN"} and _codes(aid.target) == {"HTI"}


# --- the owner of what a condemned deed harmed ---------------------------------------------------


def test_owner_of_violated_sovereignty_is_no_target(nlp):
    (stance,) = _on(nlp, "Chile condemned the violation of Georgia's sovereignty.", "condemned")
    assert not stance.target


def test_owner_of_breached_airspace_is_no_target(nlp):
    (stance,) = _on(nlp, "Athens condemned the repeated breaches of Greek airspace.", "condemned")
    assert "GRC" not in {(a.code or "")[:3] for a in stance.target}


def test_owner_of_shelled_villages_stays_the_target(nlp):
    (stance,) = _on(nlp, "Kenya condemned the shelling of Somali villages on Friday.", "condemned")
    assert _codes(stance.target) == {"SOM"}


def test_named_violator_stays_the_target(nlp):
    (stance,) = _on(nlp, "Chile condemned the Russian violation of Georgia's airspace.", "condemned")
    assert _codes(stance.target) == {"RUS"}


def test_state_struck_itself_stays_the_target(nlp):
    (stance,) = _on(nlp, "Chile condemned the invasion of Georgia.", "condemned")
    assert _codes(stance.target) == {"GEO"}


# --- a complaint's forum ---------------------------------------------------------------------------


def test_forum_of_a_complaint_is_no_target(nlp):
    (complaint,) = _on(nlp, "Peru filed a complaint with the WTO.", "complaint")
    assert not complaint.target


def test_complaint_at_a_forum_is_against_the_named_party(nlp):
    (complaint,) = _on(nlp, "Peru filed a complaint at the WTO against Chile.", "complaint")
    assert _codes(complaint.target) == {"CHL"}


def test_complaint_joined_to_opposition_is_about_the_opposed_party(nlp):
    text = "Seoul said it strongly opposed the Japanese decision and would file a complaint at the World Trade Organization."
    (complaint,) = _on(nlp, text, "complaint")
    assert _codes(complaint.target) == {"JPN"}


def test_complaint_with_a_state_keeps_the_state(nlp):
    (complaint,) = _on(nlp, "Iran lodged a complaint with Switzerland.", "complaint")
    assert _codes(complaint.target) == {"CHE"}
