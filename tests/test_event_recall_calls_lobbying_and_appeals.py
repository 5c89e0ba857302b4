"""Events dyads missed in news sentences (session 14, helper "mi").

Each cause is a word class or a parse pattern, not a sentence: a call made to someone in order
to talk is a phone call; lobbying ("pushed X for Y") and seeking help or a release are appeals
(CAMEO 02x), not demands; relieving the hardship of a party is humanitarian aid; help that
"comes" or "pours" somewhere is received there from its "from" party; affirming is saying;
a leader's tour, looting, stoning, a blast tearing through a place and admitting inspectors are
lexicon rows. Each test pairs the construction with a use that must not be coded the same way.
The sentences are ours.
"""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def test_a_call_made_to_discuss_is_a_phone_call_between_caller_and_called(nlp):
    found = events_of(nlp, "The Italian prime minister called the Greek president on Friday to discuss migration.", "CONSULT")
    assert [e.cameo for e in found] == ["041"]  # one talk: the "discuss" is the call itself
    assert states_of(found[0].source) == {"ITA"} and states_of(found[0].target) == {"GRC"}


def test_calling_without_a_purpose_of_talking_is_no_phone_call(nlp):
    for text in ("The Kenyan president called the vote a fraud.",
                 "The Kenyan president called an early election.",
                 "The Kenyan court called the minister to testify."):
        assert not [e for e in code_events(nlp, text) if e.cameo == "041"], text


def test_pushing_a_party_for_a_change_is_an_appeal(nlp):
    found = events_of(nlp, "Ecuador pushed Peru for a review of the border treaty.", "REQUEST")
    assert found and found[0].cameo.startswith("02")
    assert states_of(found[0].source) == {"ECU"} and states_of(found[0].target) == {"PER"}


def test_seeking_aid_or_a_release_is_an_appeal_seeking_refuge_stays_a_demand(nlp):
    aid = events_of(nlp, "Malawi sought emergency aid from Zambia after the floods.", "REQUEST")
    assert aid and aid[0].cameo.startswith("023")
    freed = events_of(nlp, "Sweden seeks the release of two Swedish sailors held by Iran.", "REQUEST")
    assert freed and freed[0].cameo == "0253"
    refuge = events_of(nlp, "Thousands of Sudanese sought refuge in Chad.", "REQUEST")
    assert all(e.cameo.startswith("10") for e in refuge)


def test_relieving_the_hardship_of_a_party_is_humanitarian_aid(nlp):
    found = events_of(nlp, "The Chadian army ran field clinics to alleviate the suffering of Sudanese refugees.", "AID")
    assert found and found[0].cameo == "073"
    assert not events_of(nlp, "The Chadian minister tried to alleviate concerns about the budget.", "AID")


def test_help_that_comes_somewhere_is_received_there_from_its_from_party(nlp):
    found = events_of(nlp, "Donations from Norway have poured into Haiti since the storm.", "AID")
    assert found and states_of(found[0].source) == {"NOR"} and states_of(found[0].target) == {"HTI"}


def test_affirming_is_saying_so_a_duty_affirmed_is_a_demand(nlp):
    found = events_of(nlp, "The African Union reaffirmed that the Sudanese army must protect civilians.", "REQUEST")
    assert found and states_of(found[0].target) == {"SDN"}


def test_wire_wordings_with_new_lexicon_rows(nlp):
    tour = events_of(nlp, "The Chilean president toured Argentina last week.", "CONSULT")
    assert tour and states_of(tour[0].target) == {"ARG"}
    stones = events_of(nlp, "Dozens of Kashmiri protesters threw stones at Indian soldiers in Srinagar.", "ASSAULT")
    assert stones and "IND" in states_of(stones[0].target)
    inspectors = events_of(nlp, "Iran admitted IAEA inspectors to the Fordow site.", "RETREAT")
    assert inspectors and inspectors[0].cameo == "0862"
    assert not [e for e in code_events(nlp, "A fire ripped through a garment factory in Dhaka.") if e.type == "ASSAULT"]


def test_talks_held_by_phone_are_telephone_talks(nlp):
    talk = events_of(nlp, "The Austrian chancellor talked by phone with the Czech prime minister on Monday.", "CONSULT")
    assert talk and talk[0].cameo == "041"
    spoke = events_of(nlp, "The Austrian chancellor spoke by telephone with the Czech prime minister.", "CONSULT")
    assert spoke and spoke[0].cameo == "041" and states_of(spoke[0].target) == {"CZE"}
    over = events_of(nlp, "The Austrian chancellor spoke over the phone with the Czech prime minister.", "CONSULT")
    assert over and states_of(over[0].source) == {"AUT"}
    assert not events_of(nlp, "The Austrian chancellor spoke by the lake in Salzburg.", "CONSULT")


def test_debt_written_off_and_money_channelled_are_economic_aid(nlp):
    debt = events_of(nlp, "Spain wrote off the debt of Senegal last year.", "AID")
    assert debt and debt[0].cameo == "071" and states_of(debt[0].source) == {"ESP"}
    money = events_of(nlp, "Qatar channelled 30 million dollars to Somalia through the World Bank.", "AID")
    assert money and states_of(money[0].target) >= {"SOM"}
    assert not events_of(nlp, "The Spanish minister wrote off the proposal as a stunt.", "AID")
    assert not events_of(nlp, "The Spanish minister channelled his anger into a long speech.", "AID")


def test_volunteering_to_act_is_an_offer(nlp):
    found = events_of(nlp, "Switzerland volunteered to host talks between Armenia and Azerbaijan.", "AGREE")
    assert found and states_of(found[0].source) == {"CHE"}


def test_relief_goods_received_from_a_party_are_aid_from_it(nlp):
    found = events_of(nlp, "Displaced families in Yemen received food and tents from Oman.", "AID")
    assert found and states_of(found[0].source) == {"OMN"} and states_of(found[0].target) == {"YEM"}
    assert not events_of(nlp, "The patients received food in the hospital.", "AID")


def test_the_kind_of_help_appealed_for_refines_the_appeal(nlp):
    found = events_of(nlp, "Niger sought military help from Chad.", "REQUEST")
    assert found and found[0].cameo == "0232"
