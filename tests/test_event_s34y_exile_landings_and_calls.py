"""(session 34, helper y) Lead acts told with unusual verbs: a state a leader goes into exile in
takes him in (AID 075), forces that land on ground to fight for it invade it (ASSAULT 190) and
forces taking control of ground occupy it (COERCE 192), and a call made to congratulate the one
called stays a call in a quotation's present perfect (all sentences our own)."""

from event_helpers import events_of as _of


def _codes(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


def test_flying_into_exile_in_a_state_is_asylum_granted_by_it(nlp):
    found = _of(nlp, "The Gambian president resigned on Friday and flew into exile in Guinea.", "AID")
    assert [e.cameo for e in found] == ["075"]
    assert _codes(found[0].source) == {"GIN"} and _codes(found[0].target) == {"GMB"}


def test_going_into_exile_with_no_host_named_is_no_asylum(nlp):
    assert _of(nlp, "The Gambian president resigned on Friday and fled into exile.", "AID") == []


def test_troops_landing_to_end_a_rebellion_invade(nlp):
    found = _of(nlp, "Indonesian troops landed on the island of Ambon to crush the separatist rebels.", "ASSAULT")
    assert [e.cameo for e in found] == ["190"]
    assert _codes(found[0].source) == {"IDN"}


def test_troops_landing_to_deliver_aid_or_a_plane_landing_is_no_attack(nlp):
    assert _of(nlp, "Indian troops landed on the island of Male to deliver food and water.", "ASSAULT") == []
    assert _of(nlp, "The Malagasy president's plane landed on the island of Nosy Be.", "ASSAULT") == []


def test_forces_taking_control_of_a_town_occupy_it(nlp):
    found = _of(nlp, "Ethiopian soldiers took control of the Somali town of Baidoa on Sunday.", "COERCE")
    assert [e.cameo for e in found] == ["192"]
    assert _codes(found[0].source) == {"ETH"}


def test_a_party_taking_control_of_parliament_occupies_nothing(nlp):
    assert _of(nlp, "The Zambian opposition took control of parliament after the vote.", "COERCE") == []


def test_a_quoted_call_to_congratulate_in_the_present_perfect_is_kept(nlp):
    text = ('"I have called President Ruto to congratulate him, and I urge our supporters to remain calm," '
            'Kenyan opposition leader Raila Odinga said.')
    calls = _of(nlp, text, "CONSULT")
    assert [e.trigger for e in calls] == ["called"]
    assert _codes(calls[0].target) == {"KEN"}

