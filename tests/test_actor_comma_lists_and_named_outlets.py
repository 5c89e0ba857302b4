"""Session 17, round 4: actors and parties the judges named on the Q articles. A comma list
whose second item the parser hung as an apposition keeps every state as a party and as a
member of a later "the N states"; a "They" after such a counted subject is its members; a
subjectless "charges" after a clause accuses no one in that clause; a state adjective before
a descriptor noun gives way to the named body after it ("Dutch news site NU 24"); a named
declaration or charter is no actor. Each rule has a near miss that keeps the old record."""

from __future__ import annotations

from event_helpers import code_events, states_of

from dyads.actors import find_actors
from dyads.model import Article


def _codes_at(nlp, text: str, phrase: str, date: str = "2024-05-03") -> set[str | None]:
    """Every code on the mentions whose text is ``phrase`` (a plural reference has several)."""
    return {a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date))
            if a.text == phrase}


_LIST = ("BEIRUT, May 3 (Wire) - Kuwait's foreign minister told reporters afterwards that Oman, "
         "the United Arab Emirates, Jordan and Egypt had agreed to restore full diplomatic "
         "relations with Beirut. ")
_FOUR = {"OMN", "ARE", "JOR", "EGY"}


def _at(nlp, text: str, trigger: str):
    """The events of ``text`` on the trigger word ``trigger``."""
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


def test_comma_list_with_apposition_keeps_every_state(nlp) -> None:
    agreed = _at(nlp, _LIST, "agreed")
    assert agreed and states_of(agreed[0].source) == _FOUR


def test_comma_list_of_another_region_keeps_every_state(nlp) -> None:
    text = ("KAMPALA, May 3 (Wire) - The spokesman said on Monday that Kenya, the Democratic "
            "Republic of Congo, Uganda and Rwanda had agreed to reopen their borders.")
    agreed = _at(nlp, text, "agreed")
    assert agreed and states_of(agreed[0].source) == {"KEN", "COD", "UGA", "RWA"}


def test_apposition_of_same_state_is_no_member(nlp) -> None:
    # near miss: "Oman, the sultanate" renames one state; the list is Oman and Jordan
    text = ("BEIRUT, May 3 (Wire) - Officials said that Oman, the sultanate, and Jordan had "
            "agreed to restore full diplomatic relations with Beirut.")
    agreed = _at(nlp, text, "agreed")
    assert agreed and states_of(agreed[0].source) <= {"OMN", "JOR"}


def test_counted_states_their_they_and_a_subjectless_charges(nlp) -> None:
    text = _LIST + ('"This is a good day," the minister said. The four states cut ties with '
                    "Beirut in 2019, accusing it of sheltering militants, charges Beirut has "
                    "always denied. They issued ten demands.")
    assert states_of(_at(nlp, text, "cut")[0].source) == _FOUR
    assert states_of(_at(nlp, text, "demands")[0].source) == _FOUR
    assert all(not states_of(e.target) & (_FOUR - {"LBN"}) for e in _at(nlp, text, "charges"))


def test_they_after_a_single_subject_is_not_the_list(nlp) -> None:
    # near miss: the sentence before "They" has a one-state subject, no counted reference
    text = _LIST + ("Lebanon's army closed the ports in 2019, accusing smugglers of arming "
                    "gangs. They issued ten demands.")
    demands = _at(nlp, text, "demands")
    assert demands and not states_of(demands[0].source) & _FOUR


def test_state_adjective_gives_way_to_named_outlet(nlp) -> None:
    text = ("MOSCOW, May 3 (Wire) - Russia on Friday banned French news channel France 24 "
            "from broadcasting in the country.")
    banned = _at(nlp, text, "banned")
    assert banned and {a.code for a in banned[0].target} == {"FRAJRN"}


def test_state_adjective_without_name_stays(nlp) -> None:
    # near miss: no named body after the descriptor: the adjective's state is the party
    text = ("MOSCOW, May 3 (Wire) - Russia on Friday banned a French news channel from "
            "broadcasting in the country.")
    banned = _at(nlp, text, "banned")
    assert banned and states_of(banned[0].target) == {"FRA"}


def test_named_declaration_is_no_actor(nlp) -> None:
    text = ("LIMA, May 3 (Wire) - The Panama Declaration commits signatories to protect coastal "
            "waters. The Santiago Declaration on Fisheries and Oceans commits signatories to "
            "protect coastal waters.")
    assert not _codes_at(nlp, text, "Panama") and not _codes_at(nlp, text, "Santiago")
    assert not _at(nlp, text, "protect") or all(not e.source for e in _at(nlp, text, "protect"))


def test_body_named_for_a_document_stays(nlp) -> None:
    # near miss: a body whose name holds a document's word is still an actor
    text = ("TRIPOLI, May 3 (Wire) - The Government of National Accord said on Friday it would "
            "reopen the coastal road.")
    assert _codes_at(nlp, text, "The Government of National Accord") \
        or _codes_at(nlp, text, "Government of National Accord")
