"""Session 19 (R1), types, senses and flags from judged wire news: an order with a bare participle
is the act ordered ("ordered him held / released / expelled"), an asset freeze ordered is a sanction,
a ship expelled from waters is chased off (not an envoy expelled), credentials accepted are
recognition, a crime "fought" is an aim, "seeking leverage" asks nothing, "those who finance them"
names no giver, shooting named only as a cause is no attack, and "will not accept a ..." is a
stated refusal. Each case pairs a sentence whose record must go or change with a near miss that
keeps its record (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, events_of, types_of


# --- an order with a bare participle is the act ordered ----------------------------------------


def test_ordered_held_is_detention(nlp):
    text = "A magistrate in Minsk ordered the blogger held for two weeks."
    assert [(e.type, e.cameo) for e in code_events(nlp, text)] == [("COERCE", "173")]


def test_funds_kept_stay_an_order(nlp):
    text = "The court ordered the funds kept in escrow."
    assert "COERCE" not in types_of(nlp, text)


def test_ordered_envoy_expelled_is_expulsion(nlp):
    text = "President Ruto ordered the Danish ambassador expelled."
    events = code_events(nlp, text)
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "166")]
    assert [a.code for a in events[0].source] == ["KENGOV"]
    assert [a.code for a in events[0].target] == ["DNKGOV"]


def test_ordered_released_is_release(nlp):
    text = "The Kenyan president ordered the Danish ambassador released."
    assert types_of(nlp, text) == {"RETREAT"}


def test_ordered_to_leave_stays_request(nlp):
    text = "The court ordered the protesters to leave the square."
    assert types_of(nlp, text) == {"REQUEST"}


def test_ordered_asset_freeze_is_sanction(nlp):
    text = "The resolution, drafted by Chile and Peru, also orders an asset freeze and a travel ban."
    assert "REQUEST" not in types_of(nlp, text)
    assert [e.cameo for e in events_of(nlp, text, "SANCTION")] == ["163"]


# --- senses of expel and accept ----------------------------------------------------------------


def test_vessel_expelled_is_chased_off(nlp):
    text = "The Iranian navy expelled a British vessel from its waters."
    assert [(e.type, e.cameo) for e in code_events(nlp, text)] == [("COERCE", "191")]


def test_envoy_expelled_stays_sanction(nlp):
    text = "Turkey expelled the Dutch ambassador."
    assert [(e.type, e.cameo) for e in code_events(nlp, text)] == [("SANCTION", "166")]


def test_credentials_accepted_is_recognition(nlp):
    text = "The king accepted the credentials of Peru's new ambassador."
    assert [(e.type, e.cameo) for e in code_events(nlp, text)] == [("SUPPORT", "054")]


def test_offer_accepted_stays_concession(nlp):
    text = "Germany accepted the offer of talks."
    assert "CONCEDE" in types_of(nlp, text)


# --- aims that are no acts -----------------------------------------------------------------------


def test_help_fight_terrorism_is_no_attack(nlp):
    text = "France will continue to help Mali fight terrorism and drug smuggling."
    assert "ASSAULT" not in types_of(nlp, text)
    assert "AGREE" in types_of(nlp, text)


def test_help_fight_rebels_keeps_attack(nlp):
    text = "France will help Mali fight the rebels in the north."
    assert "ASSAULT" in types_of(nlp, text)


def test_seeking_leverage_is_no_request(nlp):
    text = "Analysts said Ankara was seeking leverage over its neighbours."
    assert "REQUEST" not in types_of(nlp, text)


def test_seeking_extradition_stays_request(nlp):
    text = "Ankara is seeking the extradition of the cleric."
    assert "REQUEST" in types_of(nlp, text)


def test_those_who_finance_is_no_aid(nlp):
    text = "The council imposed sanctions on the militia leaders and those who finance them."
    assert "AID" not in types_of(nlp, text)
    assert "SANCTION" in types_of(nlp, text)


def test_state_that_finances_keeps_aid(nlp):
    text = "Iran finances the militia."
    assert "AID" in types_of(nlp, text)


def test_shooting_as_a_cause_is_no_attack(nlp):
    text = "Residents fled because of shooting near the market."
    assert "ASSAULT" not in types_of(nlp, text)


def test_shooting_by_soldiers_stays(nlp):
    text = "Residents fled because of shooting by soldiers near the market."
    assert "ASSAULT" in types_of(nlp, text)


# --- a stated refusal is no hypothetical ---------------------------------------------------------


def test_will_not_accept_is_stated_refusal(nlp):
    text = "Jordan has also said it will not accept a mass transfer of refugees into its territory."
    events = events_of(nlp, text, "REJECT")
    assert events and not events[0].hypothetical


def test_would_not_accept_an_unoffered_thing_stays_hypothetical(nlp):
    text = "Oslo said it would not accept a watered-down report."
    events = events_of(nlp, text, "REJECT")
    assert events and events[0].hypothetical


# --- who blocks: an armed group or a state barring relief ----------------------------------------


def test_gang_blocking_a_port_is_blockade(nlp):
    text = "Armed gangs blocked the port of Cap-Haitien on Tuesday."
    assert [(e.type, e.cameo) for e in code_events(nlp, text)] == [("COERCE", "191")]


def test_students_blocking_a_road_stay_protest(nlp):
    text = "Students blocked the road to the parliament."
    assert "PROTEST" in types_of(nlp, text)


def test_state_blocking_aid_is_restriction(nlp):
    text = "Israel blocked aid convoys at the crossing."
    assert [(e.type, e.cameo) for e in code_events(nlp, text)] == [("COERCE", "191")]


def test_state_that_will_not_block_aid_promises_access(nlp):
    text = "Biden said Israel would not block aid entering from Egypt."
    events = code_events(nlp, text)
    assert [(e.type, e.cameo) for e in events] == [("AGREE", "0355")]
    assert events[0].future and not events[0].negated


def test_protesters_blocking_aid_stay_protest(nlp):
    text = "Protesters blocked aid trucks at the crossing."
    assert "PROTEST" in types_of(nlp, text)


# --- a plea to the listener's mood asks for no act -------------------------------------------------


def test_ask_you_not_to_be_afraid_is_no_request(nlp):
    text = '"I am not scared, and I ask you not to be afraid," Tikhanovsky told supporters at the rally.'
    assert "REQUEST" not in types_of(nlp, text)


def test_ask_you_to_leave_stays_request(nlp):
    text = '"I ask you to leave Ukraine," Zelensky told the Russian soldiers.'
    assert "REQUEST" in types_of(nlp, text)
