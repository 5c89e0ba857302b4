"""Parties of events in long wire sentences (session 13, parties helper round 1).

Each fix is paired with a use that must keep its old reading: an attack held off by its
target, a shelling across an unnamed zone told by the victim's officials, a harm to the critic's
own people blamed on another state, and a "to" infinitive split from its verb by a time phrase.
"""

from __future__ import annotations

from event_helpers import code_events, states_of


def _at(nlp, text: str, trigger: str):
    found = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert found, [(e.trigger, e.type) for e in code_events(nlp, text)]
    return found[0]


def test_who_repels_an_attack_is_its_target_not_where_the_raiders_are_based(nlp):
    attack = _at(nlp, "The Malian army said it had repelled an attack by gunmen based in Niger on an army "
                      "post in the desert, killing several of them.", "attack")
    assert attack.type == "ASSAULT" and states_of(attack.target) == {"MLI"}


def test_an_attack_only_condemned_keeps_the_place_it_hit(nlp):
    attack = _at(nlp, "Kenya condemned an attack by gunmen on a Somali border town on Sunday.", "attack")
    assert "KEN" not in states_of(attack.target)


def test_shells_fired_across_an_unnamed_zone_hit_the_state_that_tells_it(nlp):
    fired = _at(nlp, "Officials in Bangkok said on Sunday that Cambodian soldiers had fired shells across "
                     "the border zone during the night.", "fired")
    assert states_of(fired.source) == {"KHM"} and states_of(fired.target) == {"THA"}


def test_a_site_placed_by_name_is_not_given_to_the_teller(nlp):
    bombed = _at(nlp, "The Syrian foreign ministry said that Turkish jets had bombed a fuel depot near "
                      "the town of Kirkuk overnight.", "bombed")
    assert "SYR" not in states_of(bombed.target)


def test_a_harm_to_the_critics_own_mission_is_blamed_on_the_state_summoned(nlp):
    condemned = _at(nlp, "The Danish foreign minister condemned the storming of the Danish embassy in "
                         "Tehran on Friday and summoned the Iranian ambassador in Copenhagen.", "condemned")
    assert condemned.type == "ACCUSE" and states_of(condemned.target) == {"IRN"}


def test_a_state_thanked_beside_the_condemnation_is_not_blamed(nlp):
    condemned = _at(nlp, "Peru condemned the killing of four Peruvian police officers and thanked Chile "
                         "for its help in the search.", "condemned")
    assert "CHL" not in states_of(condemned.target)


def test_a_harm_to_the_critics_own_people_falls_to_the_place_it_was_done(nlp):
    condemned = _at(nlp, "Poland condemned the arrest of a Polish reporter in Minsk on Tuesday.", "condemned")
    assert states_of(condemned.target) == {"BLR"}


def test_a_harm_with_a_named_doer_keeps_the_doer(nlp):
    condemned = _at(nlp, "Sudan condemned the killing of Sudanese herders by militiamen.", "condemned")
    assert states_of(condemned.target) <= {"SDN"} and condemned.target
    foreign = _at(nlp, "Kenya condemned the shelling of Somali villages on Friday.", "condemned")
    assert states_of(foreign.target) == {"SOM"}


def test_a_threat_split_from_its_infinitive_by_a_date_keeps_its_target(nlp):
    threat = [e for e in code_events(nlp, "Chad threatened on Friday to expel Sudanese traders who "
                                          "lack permits, officials said.") if e.type == "THREATEN"]
    assert threat and states_of(threat[0].target) == {"SDN"}


def test_a_purpose_clause_after_a_date_is_no_complement(nlp):
    sent = _at(nlp, "Japan sent two ships on Monday to help Indonesia after the tsunami.", "sent")
    assert sent.type == "AID" and states_of(sent.target) == {"IDN"}
