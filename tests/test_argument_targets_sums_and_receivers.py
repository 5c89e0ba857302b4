"""Participant phrases, session 14: which phrase stands for the target when the object is an act, a
sum, an accusation or an instrument, and where a receiver's "to" phrase ends (arguments,
argument_slots, argument_phrases)."""

from __future__ import annotations

import pytest

from event_helpers import spans_at


def test_an_act_done_in_a_named_country_gives_way_to_the_country(nlp):
    # "reform of the electoral law in Somalia": the annotators mark the country, not the act
    _, target = spans_at(nlp, "Kenya called for reform of the electoral law in Somalia.", "called",
                         ["Kenya"], type_="REQUEST")
    assert target == ["Somalia"]


def test_a_site_keeps_its_place(nlp):
    # a base is no act: "an army base in Darfur" stays whole
    _, target = spans_at(nlp, "Rebels attacked an army base in Darfur.", "attacked", ["Rebels"], type_="ASSAULT")
    assert target == ["an army base in Darfur"]


def test_a_sum_is_never_a_participant(nlp):
    _, target = spans_at(nlp, "The World Bank launched an appeal for $40 million on Tuesday.", "appeal",
                         ["The World Bank"], type_="AID")
    assert target == []


def test_a_named_group_keeps_the_place_the_parser_hung_on_the_act(nlp):
    _, target = spans_at(nlp, "Jordanian jets carried out raids against Islamic State in Iraq on Friday.", "raids",
                         ["Jordanian jets"], ["Islamic State"], type_="ASSAULT")
    assert target == ["Islamic State in Iraq"]


def test_a_thing_handed_over_gives_way_to_its_receiver(nlp):
    # the parser hangs "to Ambassador X" on the mask: the receiver is the target, not the mask
    _, target = spans_at(nlp, "Peru returned a gold mask of an Inca king to Bolivian Ambassador Luis Arce.",
                         "returned", ["Peru"], type_="RETREAT")
    assert target == ["Bolivian Ambassador Luis Arce"]


def test_people_handed_over_end_before_their_receiver(nlp):
    # the parser hangs "to U.N. officials" on "nurse": whom they go to, not which nurse
    from dyads.argument_phrases import argument_phrase

    doc = nlp("Rebels will release a Kenyan doctor and nurse to U.N. officials next week.")
    head = next(t for t in doc if t.text == "doctor")
    start, end = argument_phrase(head, join=True)
    assert doc[start:end].text == "a Kenyan doctor and nurse"


def test_a_post_keeps_its_to_phrase(nlp):
    _, target = spans_at(nlp, "The rebels freed the Swiss ambassador to Chad.", "freed", ["The rebels"],
                         type_="RETREAT")
    assert target == ["the Swiss ambassador to Chad"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The minister rejected accusation of bias in the tender.", []),
        # a claimant named with "by" is still the target
        ("The ministry rejected allegations by Amnesty International of torture.", ["Amnesty International"]),
    ],
)
def test_an_accusation_with_no_one_behind_it_is_no_party(nlp, text, target):
    _, got = spans_at(nlp, text, "rejected", ["The minister" if "minister" in text else "The ministry"],
                      type_="REJECT")
    assert got == target


def test_a_violated_truce_is_still_the_target(nlp):
    _, target = spans_at(nlp, "Militiamen violated a UN-brokered truce twice this week.", "violated",
                         ["Militiamen"], type_="ASSAULT")
    assert target == ["a UN-brokered truce"]


def test_an_instrument_is_no_target(nlp):
    _, target = spans_at(nlp, "Riot police used batons and tear gas on Sunday.", "used", ["Riot police"],
                         type_="ASSAULT")
    assert target == []
