"""Acts not said by a plain verb (session 18, helper E2): airspace closed to another state's aircraft
and visas cut for its nationals reduce relations; a conference co-hosted is a meeting of its hosts;
contributions announced are promised aid; schools kept closed are closed on someone; a recalled
"charge d'affaires" is an envoy recalled; troops entering a land are deployed; a move described as
interference or a provocation is criticised; an order quoted in the imperative ("Let him go") is the
speaker's call on the one addressed. Each fix has a near miss that must keep its record (or stay
without one). Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Event

from event_helpers import code_events, states_of

DATE = "2024-05-10"  # the article date these tests have always been coded with


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_airspace_closed_to_another_state_is_sanction(nlp):
    cuts = _of(code_events(nlp, "Latvia closed its airspace to Belarusian aircraft on Monday.", date=DATE), "SANCTION")
    assert cuts and states_of(cuts[0].source) == {"LVA"} and states_of(cuts[0].target) == {"BLR"}


def test_airspace_opened_is_no_sanction(nlp):
    # near miss: opening the airspace is no cut in relations
    assert not _of(code_events(nlp, "Latvia opened its airspace to Belarusian aircraft on Monday.", date=DATE), "SANCTION")


def test_visas_cut_for_nationals_is_sanction(nlp):
    cuts = _of(code_events(nlp, "Canada sharply cut the number of visas issued to Nigerians last month.", date=DATE), "SANCTION")
    assert cuts and states_of(cuts[0].source) == {"CAN"} and states_of(cuts[0].target) == {"NGA"}


def test_visas_issued_is_no_sanction(nlp):
    # near miss: visas handed out, not cut
    assert not _of(code_events(nlp, "Canada issued more visas to Nigerians last month.", date=DATE), "SANCTION")


def test_visa_fees_cut_is_no_sanction(nlp):
    # near miss: "visa" only names what the cut fees are for, a favour to travellers
    assert not _of(code_events(nlp, "Canada cut visa fees for Nigerian students last month.", date=DATE), "SANCTION")


def test_cohosted_conference_is_a_meeting_of_its_hosts(nlp):
    meets = _of(code_events(nlp, "The donor meeting, co-hosted by Norway and Japan, raised less than hoped.", date=DATE), "CONSULT")
    assert meets and states_of(meets[0].source) == {"NOR", "JPN"}


def test_cohosted_show_is_no_meeting(nlp):
    # near miss: presenters of a show host no one
    assert not _of(code_events(nlp, "The late-night show, co-hosted by two comedians, drew record ratings.", date=DATE), "CONSULT")


def test_announced_contributions_are_promised_aid(nlp):
    events = code_events(nlp, "Sweden pledged 40 million crowns, and Norway and Denmark also announced large contributions.", date=DATE)
    pledges = [e for e in _of(events, "AGREE") if e.trigger == "announced"]
    assert pledges and pledges[0].future and states_of(pledges[0].source) == {"NOR", "DNK"}


def test_announced_rules_are_no_pledge(nlp):
    # near miss: the same verb announcing something that is no gift
    events = code_events(nlp, "Sweden raised its tariffs, and Norway and Denmark also announced new fishing rules.", date=DATE)
    assert not [e for e in _of(events, "AGREE") if e.trigger == "announced"]


def test_troops_entering_a_country_are_deployed(nlp):
    moves = _of(code_events(nlp, "Rwandan troops entered Congo on Tuesday, officials said.", date=DATE), "MOBILIZE")
    assert moves and states_of(moves[0].source) == {"RWA"}


def test_minister_entering_a_hall_is_no_deployment(nlp):
    # near miss: a person entering a room deploys nothing
    assert not _of(code_events(nlp, "The Rwandan defence minister entered the hall on Tuesday.", date=DATE), "MOBILIZE")


def test_move_described_as_provocation_is_criticism(nlp):
    found = _of(code_events(nlp, "Seoul described the missile launch as a provocation.", date=DATE), "ACCUSE")
    assert found and states_of(found[0].source) == {"KOR"}


def test_move_described_as_success_is_no_criticism(nlp):
    # near miss: a description that blames no one
    assert not _of(code_events(nlp, "Seoul described the missile launch as a success.", date=DATE), "ACCUSE")


def test_quoted_order_is_a_call_on_the_one_addressed(nlp):
    calls = _of(code_events(nlp, '"Let her go," the Dutch prime minister told Tehran on Friday.', date=DATE), "REQUEST")
    assert calls and states_of(calls[0].source) == {"NLD"} and states_of(calls[0].target) == {"IRN"}


def test_quoted_deed_with_subject_is_no_call(nlp):
    # near miss: the speaker tells of a release, ordering no one
    assert not _of(code_events(nlp, '"We let her go," the Dutch prime minister told reporters on Friday.', date=DATE), "REQUEST")


def test_schools_kept_closed_are_a_restriction(nlp):
    shut = _of(code_events(nlp, "The junta has kept the universities closed since the May protests.", date=DATE), "COERCE")
    assert shut and shut[0].trigger == "kept" and shut[0].cameo == "172"


def test_border_kept_closed_is_no_school_closure(nlp):
    # near miss: something other than a campus kept closed
    assert not [e for e in _of(code_events(nlp, "The junta has kept the market closed since the May floods.", date=DATE), "COERCE")
                if e.trigger == "kept"]


def test_recalled_charge_d_affaires_is_an_envoy_recalled(nlp):
    events = code_events(nlp, "Rabat summoned the Dutch ambassador and recalled its own charge d'affaires from The Hague.", date=DATE)
    recalls = [e for e in _of(events, "SANCTION") if e.trigger == "recalled"]
    assert recalls and states_of(recalls[0].source) == {"MAR"}


def test_recalled_colleagues_is_no_sanction(nlp):
    # near miss: "recalled" a memory of people, no envoy
    assert not _of(code_events(nlp, "The Moroccan minister recalled his own colleagues from school days.", date=DATE), "SANCTION")
