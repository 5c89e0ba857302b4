"""Session 28 (helper U): act nouns that report no act. An act noun that a verb stalls, puts off or
derails names an act that has not taken place ("the dispute stalled talks"); a help noun before
the people it names ("aid groups", "asylum seekers") is a trade, no help given. Each case pairs a
sentence that loses its record with a near miss that keeps it (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of


def test_talks_stalled_by_a_dispute_are_no_meeting(nlp):
    assert not events_of(nlp, "The dispute has stalled talks between Chile and Bolivia.", "CONSULT")


def test_a_postponed_visit_is_no_visit(nlp):
    assert not events_of(nlp, "Peru postponed a visit by the Chilean foreign minister.", "CONSULT")


def test_negotiations_held_up_are_no_meeting(nlp):
    assert not events_of(nlp, "Quarrels over water have held up negotiations between Egypt and Ethiopia.",
                         "CONSULT")


def test_a_delayed_withdrawal_is_no_retreat(nlp):
    assert not events_of(nlp, "The clashes delayed the withdrawal of Russian troops from Armenia.", "RETREAT")


def test_hampered_cooperation_is_no_cooperation(nlp):
    assert not events_of(nlp, "The scandal hampered cooperation between Poland and Lithuania.", "COOPERATE")


def test_talks_held_stay_a_meeting(nlp):
    assert events_of(nlp, "Chile and Bolivia held talks in La Paz on Monday.", "CONSULT")


def test_a_visit_made_stays_a_visit(nlp):
    assert events_of(nlp, "The Chilean foreign minister began a visit to Peru on Monday.", "CONSULT")


def test_hampered_aid_still_flows(nlp):
    assert events_of(nlp, "Heavy rain hampered aid deliveries by the United Nations to Sudan.", "AID")


def test_aid_groups_opening_a_sentence_give_no_aid(nlp):
    assert not events_of(nlp, "Aid groups in Yemen warned of cholera on Friday.", "AID")


def test_asylum_seekers_are_given_no_asylum(nlp):
    assert not events_of(nlp, "Italy hosts a reception centre for asylum seekers from Tunisia.", "AID")


def test_asylum_granted_stays_aid(nlp):
    assert events_of(nlp, "Canada granted asylum to the Iranian dissidents on Monday.", "AID")


def test_threats_to_democracy_are_no_threat_made(nlp):
    assert not events_of(nlp, "The survey found growing threats to democracy in Senegal.", "THREATEN")


def test_a_threat_with_a_maker_stays_a_threat(nlp):
    assert events_of(nlp, "Threats by the army to the independence of Gabon alarmed the African Union.",
                     "THREATEN")


def test_threats_issued_to_a_state_stay_threats(nlp):
    assert events_of(nlp, "Belarus issued threats to Lithuania on Monday.", "THREATEN")


def test_talks_that_failed_to_start_are_negated(nlp):
    (talks,) = events_of(nlp, "Talks between Kenya and Somalia failed to start on Friday.", "CONSULT")
    assert talks.negated


def test_a_visit_that_never_took_place_is_negated(nlp):
    (visit,) = events_of(nlp, "A visit by the Indian premier to Nepal never took place.", "CONSULT")
    assert visit.negated


def test_talks_that_took_place_are_not_negated(nlp):
    (talks,) = events_of(nlp, "Talks between Kenya and Somalia took place in Nairobi on Friday.", "CONSULT")
    assert not talks.negated


def test_sanctions_debated_are_no_sanctions(nlp):
    assert not events_of(nlp, "Ministers of the African Union debated sanctions against Mali on Friday.",
                         "SANCTION")


def test_a_ban_discussed_is_no_ban(nlp):
    assert not events_of(nlp, "Ministers of India met in Delhi to discuss a ban on Turkish imports.", "SANCTION")


def test_a_debate_on_sanctions_imposes_none(nlp):
    assert not events_of(nlp, "The debate on sanctions against Syria divided the Arab League.", "SANCTION")


def test_sanctions_imposed_stay_sanctions(nlp):
    assert events_of(nlp, "The African Union imposed sanctions on Mali on Friday.", "SANCTION")
