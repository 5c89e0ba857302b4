"""A deed someone is judged for (forgiven, thanked, punished, called barbaric) stays the judged
one's, and a participle after a passive, a relative clause or a bare participle clause has that
clause's subject."""

from event_helpers import code_events, states_of


def test_a_bare_participle_clause_is_undergone_by_its_subject(nlp):
    killed = [e for e in code_events(nlp, "The clashes saw twelve Syrian soldiers killed by the rebels.")
              if e.trigger == "killed"]
    assert killed and {(a.code or "")[:3] for a in killed[0].target} == {"SYR"}
    assert not any(a.code == "SYRMIL" for a in killed[0].source)


def test_forgiving_someone_for_an_attack_does_not_make_the_forgiver_the_attacker(nlp):
    events = code_events(nlp, "The Afghan government forgave the Taliban for the attack on Kabul.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all("AFGGOV" not in {a.code for a in e.source} for e in attacks)
    assert any("AFGREB" in {a.code for a in e.source} for e in attacks)


def test_thanking_a_state_for_a_release_gives_the_release_to_that_state(nlp):
    events = code_events(nlp, "The Afghan government thanked Pakistan for the release of prisoners.")
    releases = [e for e in events if e.type == "RETREAT"]
    assert releases and all(states_of(e.source) == {"PAK"} for e in releases)


def test_punishing_rebels_for_an_attack_is_not_attacking(nlp):
    events = code_events(nlp, "The Nigerian government punished the rebels for the attack.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert all("NGAGOV" not in {a.code for a in e.source} for e in attacks)
    assert any("NGAREB" in {a.code for a in e.source} for e in attacks)


def test_calling_an_attack_barbaric_is_criticism_aimed_at_its_doer(nlp):
    events = code_events(nlp, "Hamas fired rockets at Israel. Israeli officials called the attack barbaric.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].cameo == "111"
    assert states_of(accuse[0].source) == {"ISR"}
    assert "PSE" in states_of(accuse[0].target)


def test_calling_a_leader_a_criminal_is_criticism_of_that_leader(nlp):
    events = code_events(nlp, "Trump called Maduro a criminal.")
    assert any(e.type == "ACCUSE" and states_of(e.target) == {"VEN"} for e in events)


def test_calling_a_meeting_productive_is_no_criticism(nlp):
    events = code_events(nlp, "Trump called the meeting with Kim productive.")
    assert not any(e.type == "ACCUSE" for e in events)


def test_a_participle_after_a_passive_is_done_by_its_subject_not_the_body_left(nlp):
    text = ("Smith was given a general discharge from the Marine Forces Reserve in 2007 "
            "while taking part in a protest against the war.")
    protests = [e for e in code_events(nlp, text) if e.type == "PROTEST"]
    assert protests and all("USAMIL" not in {a.code for a in e.source} for e in protests)


def test_a_participle_after_a_relative_clause_is_done_by_that_clauses_subject(nlp):
    text = ("Theresa May appointed Boris Johnson Foreign Secretary, which he served as until 2018, "
            "resigning in protest at May's Brexit agreement.")
    events = code_events(nlp, text)
    resign = [e for e in events if e.trigger == "resigning"]
    assert resign and all("Theresa" not in a.text for e in resign for a in e.source)
