"""Parties the sentence names: every conjunct counts, the doers' own bodies and spaces do not, a
reason phrase names no one punished, and a late "the strikes" recalls the article's lead act.
All texts are our own, read through the whole pipeline."""

from event_helpers import code_events, events_of, states_of

from dyads.event_subjects import _attribution_name


def test_every_country_after_leaders_of_is_a_party(nlp):
    [met] = events_of(nlp, "Obama met with the leaders of Chile and Peru.", "CONSULT")
    assert {"CHL", "PER"} <= states_of(met.target)


def test_their_governments_are_the_doers_own(nlp):
    [agreed] = events_of(nlp, "France and Germany agreed that their governments would boost spending.", "AGREE")
    assert states_of(agreed.source) == {"FRA", "DEU"}
    assert not agreed.target


def test_a_space_closed_to_someone_is_aimed_at_them_not_its_owner(nlp):
    # (session 21: the one sanction agreed among its makers is the act, coded as the closure)
    [agreed] = events_of(nlp, "The ministers agreed to close EU airspace to Russian aircraft.", "SANCTION")
    assert states_of(agreed.target) == {"RUS"}


def test_occupied_territory_still_targets_its_owner(nlp):
    [taken] = events_of(nlp, "Israel occupied Syrian territory.", "COERCE")
    assert states_of(taken.target) == {"SYR"}


def test_contempt_of_parliament_names_the_one_that_jails(nlp):
    events = events_of(nlp, "The Kenyan MP was jailed for contempt of parliament.", "COERCE")
    assert events
    assert all("parliament" not in a.text.lower() for e in events for a in e.target)
    assert any("parliament" in a.text.lower() for e in events for a in e.source)


def test_a_reason_phrase_names_no_one_punished(nlp):
    [arrest] = events_of(nlp, "Police arrested two men for attacking a Chinese diplomat.", "COERCE")
    assert "CHN" not in states_of(arrest.target)


def test_a_leader_pledging_for_his_own_country_aims_at_no_one(nlp):
    [pledge] = events_of(nlp, "The Serbian president promised to reform Serbia.", "AGREE")
    assert "SRB" not in states_of(pledge.target)


def test_a_pledge_to_another_state_keeps_it(nlp):
    [pledge] = events_of(nlp, "The Ukrainian president agreed to hold talks with Russia.", "AGREE")
    assert states_of(pledge.target) == {"RUS"}


def test_late_condemnation_of_the_strikes_blames_the_lead_attacker(nlp):
    text = ("North Korea fired rockets at South Korean navy ships on Monday. "
            "Seoul said the ships were not damaged. "
            "Markets in Tokyo fell by two percent. "
            "Analysts in Tokyo expected more tension. "
            "Japanese ministers met in Tokyo on Tuesday. "
            "The Chinese foreign ministry condemned the strikes.")
    events = code_events(nlp, text)
    condemned = [e for e in events if e.type == "ACCUSE" and "condemn" in e.trigger]
    assert condemned
    assert states_of(condemned[-1].target) == {"PRK"}



def test_a_name_set_off_after_according_to_is_the_sources_not_a_subject(nlp):
    doc = nlp("According to the Lyon mayor, Marc Dubois, during the night, police were searching the house.")
    name = next(t for t in doc if t.text == "Dubois")
    police = next(t for t in doc if t.text == "police")
    assert _attribution_name(name)
    assert not _attribution_name(police)


def test_jailed_under_a_rulers_regime_is_that_rulers_doing(nlp):
    [jailed] = events_of(nlp, "Thousands of dissidents were jailed under Saddam Hussein's regime.", "COERCE")
    assert "IRQ" in states_of(jailed.source)
    assert not any("Saddam" in a.text for a in jailed.target)


def test_a_ban_in_the_rulers_own_offices_targets_no_state(nlp):
    text = "The headscarf was banned in Tunisian schools during Ben Ali's presidency."
    [ban] = events_of(nlp, text, "COERCE")
    assert states_of(ban.source) == {"TUN"}
    assert "TUN" not in states_of(ban.target)
