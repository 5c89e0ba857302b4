"""Lexicon and senses found on fresh news (session 16, round 2).

The diagnosis of six fresh articles traced missed and wrong records to gaps in the trigger lexicon
and to senses of known words: spoken verdicts on another's act ("X's launch is unacceptable",
"amounted to blackmail", "another hostile step"), pledges of retaliation ("would respond firmly"),
envoys sent home or capped in number, parties put on a sanctions list, aircraft forced to land,
relations "destroyed" in words, charges dropped, clemency granted, messages carried between two
sides and arms used against a party. Each construction is paired with a use that must stay as it
was. The sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _one(nlp, text: str, kind: str):
    found = events_of(nlp, text, kind)
    assert found, f"no {kind} in {text!r}: {[(e.type, e.cameo) for e in code_events(nlp, text)]}"
    return found[0]


# --- spoken verdicts on another's act: the speaker disapproves of the doer (CAMEO 111) ---

def test_unacceptable_act_is_criticism_of_its_doer(nlp):
    ev = _one(nlp, "\"Pakistan's rocket test is unacceptable,\" India's defence minister told reporters.", "ACCUSE")
    assert ev.cameo == "111"
    assert states_of(ev.source) == {"IND"} and states_of(ev.target) == {"PAK"}


def test_unacceptable_to_someone_blames_no_one(nlp):
    text = "The minister said the peace plan was unacceptable to Georgia."
    assert not events_of(nlp, text, "ACCUSE")


def test_hostile_step_names_the_decision_maker(nlp):
    ev = _one(nlp, "Greece's envoy told reporters the Turkish decision was \"another unfriendly step\".", "ACCUSE")
    assert states_of(ev.source) == {"GRC"} and "TUR" in states_of(ev.target)


def test_amounted_to_blackmail_is_criticism(nlp):
    ev = _one(nlp, "The Polish minister said the Russian gas cut amounted to blackmail.", "ACCUSE")
    assert states_of(ev.source) == {"POL"} and states_of(ev.target) == {"RUS"}


def test_called_a_provocation(nlp):
    ev = _one(nlp, "Tokyo called the Chinese patrol near the islands a serious provocation.", "ACCUSE")
    assert ev.cameo == "111" and "JPN" in states_of(ev.source)


# --- pledges of retaliation ---

def test_respond_firmly_is_a_threat(nlp):
    text = "Venezuela said it would respond firmly to any new American sanctions."
    ev = _one(nlp, text, "THREATEN")
    assert states_of(ev.source) == {"VEN"} and states_of(ev.target) == {"USA"}
    assert not events_of(nlp, text, "SANCTION")  # the sanctions answered are not imposed here


def test_respond_to_questions_is_speech(nlp):
    assert not events_of(nlp, "The spokesman responded to questions from journalists on Monday.", "THREATEN")


def test_cap_foreign_diplomats_is_an_expulsion(nlp):
    ev = _one(nlp, "Hungary said it would cap the number of Dutch diplomats in Budapest.", "SANCTION")
    assert ev.cameo == "166" and states_of(ev.target) == {"NLD"}


# --- envoys sent home, parties put on a sanctions list, aircraft forced down ---

def test_sent_home_diplomats_are_expelled(nlp):
    ev = _one(nlp, "Denmark sent home four Iranian diplomats on Friday.", "SANCTION")
    assert ev.cameo == "166" and states_of(ev.source) == {"DNK"} and states_of(ev.target) == {"IRN"}
    assert not events_of(nlp, "Denmark sent home four Iranian diplomats on Friday.", "CONSULT")


def test_envoy_sent_abroad_is_still_a_visit(nlp):
    assert events_of(nlp, "Spain sent an envoy to Caracas on Monday.", "CONSULT")


def test_added_to_sanctions_list(nlp):
    text = "Canada on Thursday added three Russian banks to its sanctions list."
    found = events_of(nlp, text, "SANCTION")
    assert len(found) == 1 and found[0].cameo == "163"
    assert states_of(found[0].source) == {"CAN"} and states_of(found[0].target) == {"RUS"}


def test_put_on_entity_list(nlp):
    ev = _one(nlp, "Washington put four Chinese chipmakers on its entity list on Monday.", "SANCTION")
    assert states_of(ev.target) == {"CHN"}


def test_added_as_speech_stays_speech(nlp):
    assert not events_of(nlp, "\"We will not give up,\" she added on Tuesday.", "SANCTION")


def test_plane_forced_to_land_is_coercion(nlp):
    ev = _one(nlp, "Turkish jets forced an Aeroflot plane to land in Ankara.", "COERCE")
    assert states_of(ev.source) == {"TUR"} and not events_of(nlp, "Turkish jets forced an Aeroflot plane to land in Ankara.", "REQUEST")


# --- senses: relations harmed in words; charges dropped; clemency ---

def test_destroying_ties_is_no_attack(nlp):
    text = "The envoy said Ottawa was destroying the whole range of Canadian-Indian ties."
    assert not events_of(nlp, text, "ASSAULT") and not events_of(nlp, text, "COOPERATE")


def test_destroying_a_depot_is_an_attack(nlp):
    assert events_of(nlp, "Ukrainian drones destroyed a Russian fuel depot in Crimea.", "ASSAULT")


def test_dropped_charges_is_relief_not_accusation(nlp):
    text = "Prosecutors dropped all charges against the opposition mayor on Friday."
    assert events_of(nlp, text, "RETREAT") and not events_of(nlp, text, "ACCUSE")


def test_granted_clemency_is_a_release(nlp):
    ev = _one(nlp, "The Iranian president granted clemency to three French prisoners.", "RETREAT")
    assert ev.cameo == "0841"


def test_carried_messages_between_sides_is_mediation(nlp):
    ev = _one(nlp, "Omani officials carried messages between Iran and the United States.", "CONSULT")
    assert ev.cameo == "045" and states_of(ev.source) == {"OMN"}


def test_weapons_used_against_villages_is_an_attack(nlp):
    ev = _one(nlp, "Sudanese troops used heavy artillery against Chadian border towns.", "ASSAULT")
    assert states_of(ev.source) == {"SDN"}


def test_talks_joined_by_video_link_are_still_talks(nlp):
    ev = _one(nlp, "The Kenyan president took part in the negotiations by video link.", "CONSULT")
    assert states_of(ev.source) == {"KEN"}



def test_cap_on_foreign_officials_is_an_expulsion(nlp):
    ev = _one(nlp, "Beijing said it would sharply reduce the number of Lithuanian officials in China.", "SANCTION")
    assert ev.cameo == "166" and states_of(ev.target) == {"LTU"}


def test_cutting_own_staff_is_no_sanction(nlp):
    assert not events_of(nlp, "The Dutch airline said it would cut its staff by a fifth next year.", "SANCTION")


def test_what_it_called_a_provocation_is_the_writers_attribution(nlp):
    text = "Venezuela mobilised its reserves on Friday in response to what it called Colombian provocations."
    assert not events_of(nlp, text, "ACCUSE")


def test_verdict_deep_in_a_quote_is_the_speakers(nlp):
    text = ("\"It is a plain signal that the seizure of a foreign tanker is unacceptable,\" "
            "Norway's foreign minister told reporters in Oslo.")
    ev = _one(nlp, text, "ACCUSE")
    assert states_of(ev.source) == {"NOR"}


def test_called_an_attempt_to_strangle_is_criticism(nlp):
    ev = _one(nlp, "Havana called the new American restrictions an attempt to strangle its economy.", "ACCUSE")
    assert states_of(ev.source) == {"CUB"} and states_of(ev.target) == {"USA"}


def test_called_an_attempt_to_find_peace_is_no_criticism(nlp):
    assert not events_of(nlp, "The minister called the meeting an attempt to find common ground.", "ACCUSE")


# --- (session 33, helper j) power handed on, legal action by name, reinforcements, results overturned ---


def test_power_handed_to_another_is_given_up(nlp):
    e = _one(nlp, "Mali's interim president handed power to the army on Monday.", "RETREAT")
    assert e.cameo == "083" and states_of(e.target) == {"MLI"}


def test_legal_action_against_a_state_is_a_suit(nlp):
    e = _one(nlp, "Norway said it was taking legal action against the Danish government.", "ACCUSE")
    assert e.cameo == "115" and states_of(e.target) == {"DNK"}


def test_vowed_legal_action_is_a_suit_to_come_not_a_pledge(nlp):
    text = "The Kenyan families vowed to take legal action against the British government."
    e = _one(nlp, text, "ACCUSE")
    assert e.cameo == "115" and e.future and states_of(e.target) == {"GBR"}
    assert not events_of(nlp, text, "AGREE")


def test_reinforcements_brought_in_are_a_deployment(nlp):
    assert _one(nlp, "The Ethiopian army has brought in reinforcements near the border.", "MOBILIZE").cameo == "154"


def test_council_overturning_an_election_result_rejects_it(nlp):
    text = "Gabon's constitutional court overturned the result of the presidential election."
    assert _one(nlp, text, "REJECT").cameo == "120"
