"""Which phrase around a trigger is a party: counted troops, dates after a verb, towns or states
before an attack noun, partners "with" whom help is given, callers of talks by telephone, what a
text is about, and the one urged rather than the one urging."""

from event_helpers import code_events, events_of


def test_counted_troops_are_troops(nlp):
    text = "Belarus massed thousands of troops near the Polish border on Friday."
    assert events_of(nlp, text, "MOBILIZE")


def test_a_date_after_a_verb_is_no_particle(nlp):
    # "called on Sunday for elections" is a call for elections, not a "call on" someone
    events = [e for e in code_events(nlp, "The opposition called on Sunday for a general strike.")
              if e.trigger == "called"]
    assert [e.type for e in events] == ["REQUEST"]
    assert not code_events(nlp, "The minister called on Monday.")


def test_a_town_before_an_attack_noun_is_where_it_happened(nlp):
    (e,) = events_of(nlp, "The Kandahar offensive forced thousands of families to flee.", "ASSAULT")
    assert not e.source
    assert [a.code for a in e.target] == ["AFG"]


def test_a_state_before_an_attack_noun_still_did_it(nlp):
    events = events_of(nlp, "The Turkish offensive displaced thousands of families.", "ASSAULT")
    assert events
    assert [a.country for a in events[0].source] == ["TUR"]


def test_a_policy_that_hits_is_no_attack(nlp):
    assert not events_of(nlp, "China's tariffs on barley hit Australian farmers hard.", "ASSAULT")
    assert not events_of(nlp, "The sanctions have badly hurt the Venezuelan economy.", "ASSAULT")
    # the twin: a weapon that hits is an attack
    assert events_of(nlp, "A Russian drone hit a power station in Kharkiv.", "ASSAULT")


def test_help_given_with_a_partner_is_not_for_the_partner(nlp):
    for e in events_of(nlp, "The coalition was providing air cover with the Jordanian air force.", "AID"):
        assert "JORMIL" not in [a.code for a in e.target]
    # the twin: help with someone's task helps its owner
    events = events_of(nlp, "Pakistan offered to help with Afghanistan's reconstruction.", "AGREE")
    assert events
    assert "AFG" in [a.country for a in events[0].target]


def test_a_protest_at_no_one_named_is_aimed_at_the_home_state(nlp):
    (e,) = events_of(nlp, "Teachers across Kenya went on strike on Monday.", "PROTEST")
    assert [a.code for a in e.target] == ["KEN"]
    assert e.target[0].confidence < 0.5


def test_talks_by_telephone_are_the_callers(nlp):
    events = events_of(nlp, "The Turkish president spoke by telephone with his Russian counterpart.", "CONSULT")
    assert events
    assert [a.country for a in events[0].source] == ["TUR"]


def test_placing_someone_under_arrest_is_done_by_the_subject(nlp):
    (e,) = events_of(nlp, "Myanmar's military placed the elected leader under house arrest.", "COERCE")
    assert [a.country for a in e.source] == ["MMR"]
    assert "MMRMIL" not in [a.code for a in e.target]


def test_goods_arriving_are_no_visit(nlp):
    text = "Medical supplies sent by Turkey arrived in Tripoli on Sunday."
    assert not events_of(nlp, text, "CONSULT")


def test_a_province_named_by_its_state_is_a_place(nlp):
    (e,) = events_of(nlp, "Gunmen kidnapped two priests at a church in Nigeria's Kaduna province.", "ASSAULT")
    assert [a.code for a in e.source] == ["NGAUAF"]


def test_what_a_text_is_about_is_no_party(nlp):
    events = events_of(nlp, "The United States vetoed a draft resolution on Lebanon's border on Monday.", "REJECT")
    assert events
    assert "LBN" not in [a.country for a in events[0].target]
    # the twin: sanctions "on" a state still target it
    (e,) = events_of(nlp, "Canada imposed sanctions on Belarus on Monday.", "SANCTION")
    assert [a.country for a in e.target] == ["BLR"]


def test_dispatched_helpers_help_the_place_they_are_sent_to(nlp):
    events = events_of(nlp, "China dispatched 50 engineers to Laos to repair the dam.", "AID")
    assert events
    assert [a.country for a in events[0].target] == ["LAO"]
    # the twin: a ship dispatched to no one helps no one
    assert not [e for e in code_events(nlp, "The university dispatched its research vessel on Monday.")
                if e.trigger == "dispatched"]


def test_a_reason_is_no_target_when_a_party_is_named(nlp):
    text = "Pakistan vowed to retaliate against India for the shooting of two Pakistani soldiers."
    (threat,) = events_of(nlp, text, "THREATEN")
    assert [a.country for a in threat.target] == ["IND"]
    # the deed given as the reason happened: it is no threat
    assert all(e.type != "THREATEN" for e in code_events(nlp, text) if e.trigger == "shooting")


def test_blocking_a_statement_is_a_veto(nlp):
    text = "Beijing blocked a G7 declaration on Taiwan's security."
    assert events_of(nlp, text, "REJECT")
    assert not events_of(nlp, text, "PROTEST")


def test_a_subject_hung_on_the_auxiliary_is_still_the_doer(nlp):
    text = "The Qatari government is mediating between Hamas and Israel, an official in Doha said."
    events = [e for e in code_events(nlp, text) if e.trigger == "mediating"]
    assert events
    assert [a.country for a in events[0].source] == ["QAT"]


def test_the_one_urged_acts_not_the_one_urging(nlp):
    text = "Washington has been encouraging partners such as Japan to restrict chip exports."
    for e in code_events(nlp, text):
        if e.trigger == "restrict":
            assert "USA" not in [a.country for a in e.source]


def test_reporters_of_deaths_did_not_kill(nlp):
    text = ("The ministry called it the worst attack in years, with officials reporting at the time "
            "40 soldiers, 12 civilians and dozens of rebels killed.")
    for e in events_of(nlp, text, "ASSAULT"):
        assert not [a for a in e.source if a.text.lower().startswith("officials")]
