"""Parties on real news (session 13, round 2): plural pronouns, subjectless passives, members named
in a relative clause, a broken "between" pair, harm vowed to anyone and a noun's cut-off infinitive.
Each cause has a counter-case that must keep its old reading. The sentences are our own."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def test_they_in_a_quote_is_not_the_lone_woman_who_speaks(nlp):
    text = 'Amina Okafor spoke to reporters in Lagos on Tuesday. She told a nurse at the clinic, "they beat me".'
    for ev in events_of(nlp, text, "ASSAULT"):
        assert not {a.text for a in ev.source} & {"She", "Amina Okafor"}


def test_they_after_plural_soldiers_still_means_them(nlp):
    (ev,) = events_of(nlp, "Kenyan soldiers entered the village on Monday. They burned twenty houses.", "ASSAULT")
    assert states_of(ev.source) == {"KEN"}


def test_they_after_an_uncoded_plural_subject_is_not_an_earlier_speaker(nlp):
    text = ('Ruto addressed the Kenyan senate on Monday. '
            '"The old parties have failed everywhere, so now they are pressing Kenyan judges to act," Ruto said.')
    (ev,) = events_of(nlp, text, "REQUEST")
    assert not ev.source and states_of(ev.target) == {"KEN"}


def test_they_after_a_coded_plural_subject_keeps_it(nlp):
    text = '"The Ugandan rebels have failed, so now they are attacking Kenyan villages," Ruto said.'
    (ev,) = events_of(nlp, text, "ASSAULT")
    assert states_of(ev.source) == {"UGA"}


def test_passive_gerund_after_agentless_passive_befalls_its_subject(nlp):
    (ev,) = events_of(nlp, "The Kenyan reporter was held for a week before being beaten by Ugandan guards.", "ASSAULT")
    assert states_of(ev.source) == {"UGA"} and states_of(ev.target) == {"KEN"}


def test_passive_gerund_does_not_make_the_victim_the_doer(nlp):
    text = "She told the court she was forced to sign the papers before being beaten."
    for ev in events_of(nlp, text, "ASSAULT"):
        assert not any(a.text.lower() == "she" for a in ev.source)


def test_uncoded_group_acts_through_the_members_it_includes(nlp):
    (ev,) = events_of(nlp, "Her critics, which include the Kenyan government, accused her of fraud.", "ACCUSE")
    assert states_of(ev.source) == {"KEN"}


def test_coded_group_keeps_itself_over_its_members(nlp):
    (ev,) = events_of(nlp, "The Kenyan opposition, which includes several Ugandan exiles, accused her of fraud.",
                      "ACCUSE")
    assert states_of(ev.source) == {"KEN"}


def test_meeting_between_sides_split_by_a_participle_clause(nlp):
    text = "He arranged a meeting between Ruto, claiming to speak for Kenya, and Yoweri Museveni, the Ugandan president."
    (ev,) = events_of(nlp, text, "CONSULT")
    assert states_of(ev.source) | states_of(ev.target) == {"KEN", "UGA"}


def test_meeting_between_plain_pair_unchanged(nlp):
    (ev,) = events_of(nlp, "He arranged a meeting between Ruto and Yoweri Museveni, the Ugandan president.", "CONSULT")
    assert states_of(ev.source) | states_of(ev.target) == {"KEN", "UGA"}


def test_vow_to_shoot_down_any_plane_is_a_threat(nlp):
    assert "THREATEN" in {e.type for e in code_events(nlp, "The rebels vowed to shoot down any plane that crossed the border.")}


def test_vow_to_destroy_a_named_thing_is_no_threat(nlp):
    assert "THREATEN" not in {e.type for e in code_events(nlp, "The army vowed to destroy the seized drugs.")}


def test_threat_cut_off_from_its_infinitive_by_a_date(nlp):
    events = code_events(nlp, "Pakistan repeated its threat on Monday to expel Indian diplomats.")
    assert [e.type for e in events] == ["THREATEN"]
    assert states_of(events[0].target) == {"IND"}


def test_purpose_clause_after_a_comma_stays_the_verbs(nlp):
    events = code_events(nlp, "Pakistan repeated its threat on Monday, hoping to end talks with India.")
    assert not any(e.type == "THREATEN" and states_of(e.target) == {"IND"} for e in events)


def test_he_in_a_quote_is_not_the_spokeswoman_who_speaks(nlp):
    text = ('Kenyan police spokeswoman Mary Wanjiru described the clash on Monday. "The officer was surrounded. '
            'To save his own life, he fired a live shot at the Ugandan smuggler," Wanjiru said.')
    (ev,) = events_of(nlp, text, "ASSAULT")
    assert not any("Wanjiru" in a.text for a in ev.source) and states_of(ev.target) == {"UGA"}


def test_he_after_a_named_man_still_means_him(nlp):
    text = ("Kenyan army officer John Mwangi reached the border on Monday. "
            "To save his own life, he fired a live shot at the Ugandan smuggler.")
    (ev,) = events_of(nlp, text, "ASSAULT")
    assert states_of(ev.source) == {"KEN"} and states_of(ev.target) == {"UGA"}


def test_request_acted_on_by_a_passive_agent_is_made_to_the_agent(nlp):
    (ev,) = events_of(nlp, "The embassy was closed by the Kenyan government at the request of Uganda.", "REQUEST")
    assert states_of(ev.source) == {"UGA"} and states_of(ev.target) == {"KEN"}


def test_request_behind_an_agentless_passive_is_not_made_to_its_subject(nlp):
    (ev,) = events_of(nlp, "The Kenyan trader was arrested at the request of Uganda.", "REQUEST")
    assert states_of(ev.source) == {"UGA"} and not ev.target


def test_backing_an_offensive_backs_the_one_who_waged_it(nlp):
    text = "The town was retaken by the Syrian army in 2016, in an offensive supported by Russia."
    (ev,) = [e for e in code_events(nlp, text) if e.trigger == "supported"]
    assert states_of(ev.source) == {"RUS"} and states_of(ev.target) == {"SYR"}


def test_backing_a_place_is_no_backing_of_who_met_there(nlp):
    (ev,) = [e for e in code_events(nlp, "Kenyan farmers gathered in a hall supported by Ugandan unions.")
             if e.trigger == "supported"]
    assert states_of(ev.source) == {"UGA"} and not ev.target
