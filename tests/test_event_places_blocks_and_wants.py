"""Round-4 event rules: a pact's place is no party, a veto aims at the measure's author, "pushed
into talks" is pressure, and wanting a leader to resign is a demand for a change of leadership."""

from __future__ import annotations

from event_helpers import event_rows

DATE = "2019-01-01"  # the article date these tests have always been coded with


def test_pact_place_of_own_side_is_no_target(nlp) -> None:
    agree = [e for e in event_rows(nlp, "Sudanese rebels reached a deal in Sudan.", date=DATE) if e[0] == "AGREE"]
    assert agree and all("SDN" not in e[3] for e in agree)


def test_pact_in_foreign_land_keeps_its_place(nlp) -> None:
    agree = [e for e in event_rows(nlp, "Eritrea agreed on Friday to a truce in northern Ethiopia.", date=DATE) if e[0] == "AGREE"]
    assert agree and "ETH" in agree[0][3]


def test_attack_in_place_still_targets_the_state(nlp) -> None:
    found = event_rows(nlp, "Gunmen attacked a village in Nigeria.", date=DATE)
    assert any(e[0] == "ASSAULT" and "NGA" in e[3] for e in found)


def test_blocked_aid_targets_its_author_not_beneficiary(nlp) -> None:
    found = event_rows(nlp, "Hungary blocked an EU aid package for Ukraine.", date=DATE)
    rejects = [e for e in found if e[0] == "REJECT"]
    assert rejects and "UKR" not in rejects[0][3] and rejects[0][3]
    assert not any(e[0] == "AID" for e in found)  # blocked help is not given


def test_pushed_into_talks_is_a_request(nlp) -> None:
    found = event_rows(nlp, "The US pushed Israel into talks.", date=DATE)
    assert any(e[0] == "REQUEST" and "ISR" in e[3] for e in found)


def test_pushed_into_a_river_is_no_request(nlp) -> None:
    assert not any(e[0] == "REQUEST" for e in event_rows(nlp, "Settlers pushed the villagers into the river.", date=DATE))


def test_wanting_leader_to_resign_is_a_demand(nlp) -> None:
    found = event_rows(nlp, "Protesters in Hong Kong want Carrie Lam to step down.", date=DATE)
    assert any(e[0] == "REQUEST" and e[1] == "1041" and e[3] for e in found)


def test_wanting_to_resign_oneself_is_no_demand(nlp) -> None:
    assert not any(e[0] == "REQUEST" for e in event_rows(nlp, "Johnson wants to resign.", date=DATE))
