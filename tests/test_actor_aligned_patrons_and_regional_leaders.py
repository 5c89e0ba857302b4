"""Session 18 (round 5), actors and parties on fresh wire news: a patron joined by "-aligned" to a
group with its own state is no party of the group's act, "Republican lawmakers" in a story set
abroad are still the US party, "regional leaders" are the one bloc the story names, and a
"his" in a subordinate clause owns the person of that clause. Every sentence is our own, each
with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events


def _codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def _event(nlp, text: str, trigger: str):
    return next(e for e in code_events(nlp, text) if e.trigger == trigger)


def test_aligned_patron_is_no_co_attacker(nlp):
    ev = _event(nlp, "The Iran-aligned Houthi movement attacked a tanker off Aden on Monday.", "attacked")
    assert "IRN" not in {c[:3] for c in _codes(ev.source) if c}
    assert "YEMREB" in _codes(ev.source)


def test_aligned_group_with_no_state_keeps_its_patron(nlp):
    codes = actor_codes(nlp, "An Iran-allied group fired rockets at the base on Friday.")
    assert (codes.get("Iran") or "").startswith("IRN")


_SWAP = ("CARACAS, May 2 (Wire) - Venezuela freed four U.S. citizens on Tuesday in a swap with "
         "the United States. Venezuela's government called the swap fair. The United States "
         "thanked Qatar for its help. {} lawmakers criticised the deal.")


def test_republican_lawmakers_abroad_are_us_legislators(nlp):
    codes = actor_codes(nlp, _SWAP.format("Republican"))
    assert codes["Republican lawmakers"] == "USALEG"


def test_other_lawmakers_abroad_stay_the_story_state(nlp):
    codes = actor_codes(nlp, _SWAP.format("Opposition"))
    assert not (codes.get("Opposition lawmakers") or "").startswith("USA")


def test_regional_leaders_are_the_named_bloc(nlp):
    text = ("NIAMEY, March 3 (Wire) - Niger closed its airspace hours after regional leaders imposed "
            "sanctions on the junta. Leaders of the Economic Community of West African States met "
            "in Abuja on Sunday.")
    assert actor_codes(nlp, text)["regional leaders"] == "IGOGOV"


def test_regional_governor_stays_the_home_state(nlp):
    text = ("NIAMEY, March 3 (Wire) - The regional governor imposed a curfew on Tahoua. Leaders of "
            "the Economic Community of West African States met in Abuja on Sunday.")
    assert not (actor_codes(nlp, text).get("The regional governor") or "").startswith("IGO")


def test_his_in_a_clause_owns_that_clause_person(nlp):
    ev = _event(nlp, "Interior Minister Omar Farid said the party would be banned, citing March 4, "
                     "when Hamid Sadr's followers stormed a police station following his brief "
                     "arrest.", "arrest")
    assert any("Sadr" in a.text for a in ev.target)


def test_his_with_no_person_in_the_clause_stays_the_speaker(nlp):
    ev = _event(nlp, "Interior Minister Omar Farid said the crowd stormed a police station following "
                     "his brief arrest.", "arrest")
    assert all("Sadr" not in a.text for a in ev.target)


def test_city_of_a_speech_is_no_target(nlp):
    ev = _event(nlp, "BERLIN, May 3 (Wire) - U.S. Senator Mark Hale criticised the ruling in a speech "
                     "in Paris last week, while Canadian officials praised the judges.", "criticised")
    assert "FRA" not in {(c or "")[:3] for c in _codes(ev.target)}


def test_city_where_the_act_happened_stays_the_target(nlp):
    ev = _event(nlp, "BERLIN, May 3 (Wire) - U.S. Senator Mark Hale criticised the crackdown in Paris "
                     "last week, while Canadian officials praised the judges.", "criticised")
    assert "FRA" in {(c or "")[:3] for c in _codes(ev.target)}


def test_classifier_is_no_captor(nlp):
    events = code_events(nlp, "The president said four of the freed Canadians had been classified by "
                              "Ottawa as wrongfully detained.")
    assert all("CAN" != (a.code or "")[:3] for e in events if e.trigger == "detained" for a in e.source)


def test_agent_of_the_act_itself_stays_the_captor(nlp):
    ev = _event(nlp, "The president said four Canadians had been detained by Iranian police in March.",
                "detained")
    assert "IRN" in {(c or "")[:3] for c in _codes(ev.source)}
