"""Round 4 (judge cause 2): a venue named by a nationality word on a town noun ("in the
Kenyan capital") or a building-like body after "at" ("at the State Department") is where
parties meet or sign, not one of the parties."""

from __future__ import annotations

from event_helpers import code_events


def _targets(nlp, text: str, kind: str) -> set[str]:
    """The target phrases of the events of PLOVER type ``kind``."""
    return {a.text for e in code_events(nlp, text) if e.type == kind for a in e.target}


def test_nationality_of_capital_is_no_consult_party(nlp) -> None:
    text = "Gathering at a crisis summit in the Ghanaian capital, the bloc's leaders met on Monday."
    assert not any("Ghana" in t for t in _targets(nlp, text, "CONSULT"))


def test_meeting_in_named_city_of_nationality_is_no_party(nlp) -> None:
    text = "Leaders of the bloc held talks in the Kenyan capital on Monday."
    assert _targets(nlp, text, "CONSULT") == set()


def test_building_after_at_is_no_party_to_signing(nlp) -> None:
    text = ("Kenyan Foreign Minister Amina Odhiambo and her Ugandan counterpart John Okello "
            "signed the accord at the State Department on Friday.")
    assert not any("State Department" in t for e in code_events(nlp, text) for t in (a.text for a in e.target))


def test_near_miss_visited_state_stays_party(nlp) -> None:
    """A state one goes to is the party visited, not a venue."""
    text = "The Kenyan president visited Uganda on Monday."
    assert any("Uganda" in t for t in _targets(nlp, text, "CONSULT"))


# Judge cause 4: a nationality before the first of two counted, joined vessel phrases
# describes the second too ("six Chinese coast guard ships and two maritime militia vessels").

def _codes(nlp, text: str) -> dict[str, str | None]:
    """Source phrase -> code over all events of ``text``."""
    return {a.text: a.code for e in code_events(nlp, text) for a in e.source}


def test_counted_militia_joined_to_national_fleet_shares_state(nlp) -> None:
    text = ("The Vietnamese Navy said six Chinese coast guard ships and two maritime militia "
            "vessels blocked two fishing boats near the reef on Saturday.")
    assert _codes(nlp, text).get("two maritime militia") == "CHNUAF"


def test_near_miss_militia_with_own_nationality_keeps_it(nlp) -> None:
    text = "Six Chinese coast guard ships and two Vietnamese militia vessels blocked the boats on Saturday."
    assert _codes(nlp, text).get("two Vietnamese militia") == "VNMUAF"
