"""Parties a judge found wrong in coded quad sentences (session 10, round 5): the doer's own
forces that it moves, the side one fights on, and the topic of a discussion taken as whom the
act is aimed at. Each rule has a counter-case."""

from event_helpers import events_of


def _codes(actors) -> set:
    return {a.code for a in actors}


def test_own_troops_withdrawn_are_no_target(nlp):
    pledges = events_of(nlp, "Kenya is willing to withdraw its troops from the border, the minister said.", "AGREE")
    assert pledges and all("KENMIL" not in _codes(e.target) for e in pledges)


def test_another_states_troops_attacked_are_a_target(nlp):
    attacks = events_of(nlp, "Kenya attacked Somali troops near the border.", "ASSAULT")
    assert attacks and "SOMMIL" in _codes(attacks[0].target)


def test_the_side_fought_on_is_no_target(nlp):
    fights = events_of(nlp, "A Georgian volunteer fought on the Syrian side for two years.", "ASSAULT")
    assert all("SYR" not in _codes(e.target) for e in fights)


def test_a_state_fought_against_is_a_target(nlp):
    fights = events_of(nlp, "Georgian volunteers fought against Russia for two years.", "ASSAULT")
    assert fights and "RUS" in _codes(fights[0].target)


def test_the_topic_of_a_discussion_is_no_partner(nlp):
    text = "The French minister met his Italian counterpart to discuss the Libyan crisis."
    talks = [e for e in events_of(nlp, text, "CONSULT") if text[e.start:e.end] == "discuss"]
    assert all("LBY" not in _codes(e.target) for e in talks)


def test_a_partner_met_is_still_a_target(nlp):
    talks = events_of(nlp, "The French minister met the Italian foreign minister in Rome.", "CONSULT")
    assert talks and "ITAGOV" in _codes(talks[0].target)
