"""Parties the parse hides: misfiled objects, shared objects, shell nouns, split subjects, new triggers."""

from dyads.events import main_event
from event_helpers import code_events


def _countries(actors):
    return sorted({a.country for a in actors if a.country})


def test_a_name_filed_as_an_adverbial_noun_is_the_object(nlp):
    events = code_events(nlp, "Kenya's president Uhuru Kenyatta met Ethiopian Prime Minister Abiy Ahmed on Monday.", date=None)
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings
    assert "ETH" in _countries(meetings[0].target) + _countries(meetings[0].source)


def test_two_verbs_share_one_object(nlp):
    events = code_events(nlp, "Iran arrested and deported two British nationals.", date=None)
    arrests = [e for e in events if e.trigger == "arrested"]
    assert arrests and _countries(arrests[0].source) == ["IRN"]
    assert _countries(arrests[0].target) == ["GBR"]


def test_a_verb_with_its_own_subject_keeps_its_object(nlp):
    events = code_events(nlp, "Police arrived and Iran deported them.", date=None)
    assert not any(e.trigger == "arrived" and e.target for e in events)


def test_the_shell_noun_carries_the_parties(nlp):
    events = code_events(nlp, "A Saudi bombing campaign against Houthi rebels in Yemen continued.", date=None)
    ev = main_event(events)
    assert ev is not None and ev.type == "ASSAULT"
    assert _countries(ev.source) == ["SAU"] and _countries(ev.target) == ["YEM"]


def test_an_aid_package_names_giver_and_recipient(nlp):
    ev = main_event(code_events(nlp, "The Japanese aid package for Haiti was announced.", date=None))
    assert ev is not None and ev.type == "AID"
    assert _countries(ev.source) == ["JPN"] and _countries(ev.target) == ["HTI"]


def test_a_failed_effort_is_no_refusal(nlp):
    events = code_events(nlp, "The Russian mediation effort between Armenia and Azerbaijan failed.", date=None)
    assert not any(e.type == "REJECT" for e in events)
    mediation = [e for e in events if e.type == "CONSULT"]
    assert mediation and _countries(mediation[0].target) == ["ARM", "AZE"]


def test_failing_to_agree_is_still_a_refusal(nlp):
    events = code_events(nlp, "Serbia failed to reach an agreement with Kosovo on Sunday.", date=None)
    assert any(e.type == "REJECT" for e in events)


def test_human_shields(nlp):
    ev = main_event(code_events(nlp, "Hamas used Palestinian civilians as human shields.", date=None))
    assert ev is not None and ev.cameo == "184"
    assert _countries(ev.source) == ["PSE"] and _countries(ev.target) == ["PSE"]


def test_violating_a_ceasefire_agreement(nlp):
    ev = main_event(code_events(nlp, "Armenia and Azerbaijan are violating the ceasefire agreement.", date=None))
    assert ev is not None and ev.type == "ASSAULT" and ev.cameo == "196"
    assert _countries(ev.source) == ["ARM", "AZE"]


def test_a_cessation_of_hostilities_is_a_ceasefire(nlp):
    ev = main_event(code_events(nlp, "The Sudanese president declared a cessation of hostilities in Sudan.", date=None))
    assert ev is not None and ev.type == "RETREAT" and ev.mode == "ceasefire"


def test_a_long_name_does_not_hide_the_titled_subject(nlp):
    text = ("Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah launched a mediation effort "
            "between Qatar and Egypt.")
    ev = main_event(code_events(nlp, text, date=None))
    assert ev is not None and ev.type == "CONSULT"
    assert _countries(ev.source) == ["KWT"]
    assert _countries(ev.target) == ["EGY", "QAT"]


def test_a_vow_to_attack_is_a_threat(nlp):
    ev = main_event(code_events(nlp, "Hezbollah vowed to attack Israel.", date=None))
    assert ev is not None and ev.type == "THREATEN" and ev.cameo.startswith("13")
    assert _countries(ev.target) == ["ISR"]


def test_a_vow_to_help_stays_a_promise(nlp):
    ev = main_event(code_events(nlp, "Germany pledged to send aid to Ukraine.", date=None))
    assert ev is not None and ev.type == "AGREE"


def test_swearing_in_is_no_vow(nlp):
    events = code_events(nlp, "Joe Biden was sworn in as president of the United States.", date=None)
    assert not any(e.trigger.startswith("sworn") for e in events)


def test_being_met_with_protests_is_no_meeting(nlp):
    events = code_events(nlp, "The Kenyan minister was met with loud protests in Nairobi.", date=None)
    assert not any(e.type == "CONSULT" for e in events)


def test_a_released_statement_is_no_release(nlp):
    text = "According to a statement released by the Turkish president's office, the operation will go on."
    assert not any(e.type == "RETREAT" for e in code_events(nlp, text, date=None))


def test_the_reason_for_a_sanction_is_not_the_sanctioner_s_act(nlp):
    text = "The European Union sanctioned Iran over alleged assassination plots against dissidents."
    events = code_events(nlp, text, date=None)
    assert not any(e.type == "ASSAULT" and "EUR" in _countries(e.source) for e in events)
    assert any(e.type == "SANCTION" and _countries(e.target)[:1] == ["IRN"] for e in events)


def test_its_in_a_reason_phrase_is_the_object(nlp):
    events = code_events(nlp, "Ethiopia praised Kenya for its mediation between Sudan and South Sudan.", date=None)
    mediation = [e for e in events if e.type == "CONSULT"]
    assert mediation and _countries(mediation[0].source) == ["KEN"]


def test_the_subject_of_an_adjective_does_the_deed(nlp):
    events = code_events(nlp, "India and Pakistan were guilty of violating the ceasefire agreement.", date=None)
    violations = [e for e in events if e.cameo == "196"]
    assert violations and _countries(violations[0].source) == ["IND", "PAK"]


def test_those_hurt_in_an_attack_by_someone(nlp):
    ev = main_event(code_events(nlp, "Two Indian soldiers were wounded in an attack by Pakistani militants.", date=None))
    assert ev is not None and ev.type == "ASSAULT"
    assert _countries(ev.target) == ["IND"] and _countries(ev.source) == ["PAK"]
    assert ev.source


def test_those_who_die_in_a_raid_are_its_target(nlp):
    ev = main_event(code_events(nlp, "Five Afghan policemen died in a Taliban raid on a checkpoint.", date=None))
    assert ev is not None and ev.type == "ASSAULT"
    assert _countries(ev.target) == ["AFG"] and ev.source
