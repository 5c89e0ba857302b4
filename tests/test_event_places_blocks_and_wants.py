"""Round-4 event rules: a pact's place is no party, a veto aims at the measure's author, "pushed
into talks" is pressure, and wanting a leader to resign is a demand for a change of leadership."""

from __future__ import annotations


from dyads.model import Article
from dyads.pipeline import annotate_doc



def _events(nlp, text: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    art = annotate_doc(Article(id="t", text=text, date="2019-01-01"), nlp(text))
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_pact_place_of_own_side_is_no_target(nlp) -> None:
    agree = [e for e in _events(nlp, "Sudanese rebels reached a deal in Sudan.") if e[0] == "AGREE"]
    assert agree and all("SDN" not in e[3] for e in agree)


def test_pact_in_foreign_land_keeps_its_place(nlp) -> None:
    agree = [e for e in _events(nlp, "Eritrea agreed on Friday to a truce in northern Ethiopia.") if e[0] == "AGREE"]
    assert agree and "ETH" in agree[0][3]


def test_attack_in_place_still_targets_the_state(nlp) -> None:
    found = _events(nlp, "Gunmen attacked a village in Nigeria.")
    assert any(e[0] == "ASSAULT" and "NGA" in e[3] for e in found)


def test_blocked_aid_targets_its_author_not_beneficiary(nlp) -> None:
    found = _events(nlp, "Hungary blocked an EU aid package for Ukraine.")
    rejects = [e for e in found if e[0] == "REJECT"]
    assert rejects and "UKR" not in rejects[0][3] and rejects[0][3]
    assert not any(e[0] == "AID" for e in found)  # blocked help is not given


def test_pushed_into_talks_is_a_request(nlp) -> None:
    found = _events(nlp, "The US pushed Israel into talks.")
    assert any(e[0] == "REQUEST" and "ISR" in e[3] for e in found)


def test_pushed_into_a_river_is_no_request(nlp) -> None:
    assert not any(e[0] == "REQUEST" for e in _events(nlp, "Settlers pushed the villagers into the river."))


def test_wanting_leader_to_resign_is_a_demand(nlp) -> None:
    found = _events(nlp, "Protesters in Hong Kong want Carrie Lam to step down.")
    assert any(e[0] == "REQUEST" and e[1] == "1041" and e[3] for e in found)


def test_wanting_to_resign_oneself_is_no_demand(nlp) -> None:
    assert not any(e[0] == "REQUEST" for e in _events(nlp, "Johnson wants to resign."))
