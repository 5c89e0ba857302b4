"""Parties a judge found wrong or missing in coded quad sentences (session 10, round 6): the
partner of talks retold by a noun, the place a summons is answered, and attackers who die in
their own attack. Each rule has a counter-case."""

from event_helpers import code_events, events_of


def _codes(actors) -> set:
    return {a.code for a in actors}


def test_talks_retelling_a_meeting_keep_its_partner(nlp):
    talks = events_of(nlp, "Putin met Erdogan for bilateral talks in Ankara on Monday.", "CONSULT")
    assert talks and all("TURGOV" in _codes(e.target) for e in talks)


def test_talks_under_another_act_do_not_take_its_object(nlp):
    events = events_of(nlp, "Russia criticised Turkey during talks in Ankara on Monday.", "CONSULT")
    assert all("TURGOV" not in _codes(e.target) for e in events)


def test_place_of_a_summons_is_no_target(nlp):
    summons = code_events(nlp, "Pakistan summoned a senior Indian diplomat to its Foreign Ministry on Thursday.")
    summons = [e for e in summons if e.source and "PAK" in {a.country for a in e.source}]
    assert summons and all("PAKGOV" not in _codes(e.target) for e in summons)
    assert any(e.target for e in summons)


def test_envoy_sent_to_a_state_keeps_it_as_target(nlp):
    sent = code_events(nlp, "Pakistan sent a senior diplomat to India to protest the firing.")
    assert any("IND" in {a.country for a in e.target} for e in sent)


def test_attackers_killed_in_their_attack_are_not_victims(nlp):
    text = "Five Afghan soldiers and two gunmen were killed in the attack on the base in Kabul."
    attacks = events_of(nlp, text, "ASSAULT")
    assert attacks
    for e in attacks:
        assert all(not a.text.lower().endswith("gunmen") for a in e.target)
