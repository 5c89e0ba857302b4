"""Event types of common news acts that were coded as the wrong type or as aid: ending talks, pulling
peacekeepers out, ending (or refusing to end) a strike, halting one's own operations, sending
investigators, easing tensions. All sentences are our own, read through the whole pipeline."""

from event_helpers import code_events, states_of

from dyads.event_records import main_event


def _main(nlp, text: str):
    event = main_event(code_events(nlp, text))
    assert event is not None, f"no event in {text!r}"
    return event


def test_ending_mediation_halts_it(nlp):
    event = _main(nlp, "Kenya ended its mediation between the two Sudanese factions on Friday.")
    assert (event.type, event.cameo) == ("SANCTION", "165")
    assert states_of(event.source) == {"KEN"}


def test_breaking_off_talks_is_a_sanction(nlp):
    event = _main(nlp, "Venezuela broke off talks with the opposition on Tuesday.")
    assert (event.type, event.cameo) == ("SANCTION", "164")


def test_pulling_out_peacekeepers_is_cameo_1661_not_a_retreat(nlp):
    event = _main(nlp, "Ghana withdrew its peacekeepers from the buffer zone after the shelling.")
    assert (event.type, event.cameo) == ("SANCTION", "1661")
    # troops pulled out of a town stay a military retreat
    event = _main(nlp, "Ethiopia withdrew its troops from the Somali town of Baidoa.")
    assert event.type == "RETREAT"


def test_refusing_to_end_a_strike_is_a_rejection(nlp):
    event = _main(nlp, "Kenyan nurses said they will not end the strike until the government pays them.")
    assert event.type == "REJECT"


def test_an_army_halting_its_operations_de_escalates(nlp):
    event = _main(nlp, "The Turkish army has ceased its military operations in northern Syria.")
    assert (event.type, event.mode) == ("RETREAT", "ceasefire")


def test_investigators_sent_are_no_aid(nlp):
    events = code_events(nlp, "The United Nations sent a team of experts to Syria to investigate the reports.")
    assert "AID" not in {e.type for e in events}
    assert main_event(events).type == "ACCUSE"
    # doctors sent to help stay aid
    events = code_events(nlp, "Cuba sent two hundred doctors to Angola.")
    assert main_event(events).type == "AID"


def test_easing_tension_is_no_concession(nlp):
    events = code_events(nlp, "Army chiefs of Peru and Ecuador met at the border to ease tensions.")
    assert "CONCEDE" not in {e.type for e in events}
    assert main_event(events).type == "CONSULT"
    # easing a restriction stays a concession
    event = _main(nlp, "The Chinese government eased travel restrictions on foreign journalists.")
    assert event.type == "CONCEDE"


def test_relief_shipped_is_aid(nlp):
    event = _main(nlp, "Turkey shipped food and tents to Pakistan after the floods.")
    assert event.type == "AID"
    assert states_of(event.target) == {"PAK"}


def test_a_withdrawal_of_peacekeepers_announced_ahead_stays_a_threat(nlp):
    event = _main(nlp, "Nigeria will withdraw its peacekeepers from Liberia if the fighting resumes.")
    assert event.type == "THREATEN"


def test_officers_who_confer_hold_talks_but_a_bestowed_honour_is_none(nlp):
    event = _main(nlp, "Greek and Turkish navy officers conferred on the island on Sunday to ease tensions.")
    assert event.type == "CONSULT"
    assert states_of(event.source) >= {"GRC", "TUR"}
    assert not code_events(nlp, "The king conferred a medal on the Dutch ambassador.")
