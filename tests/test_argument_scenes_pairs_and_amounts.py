"""Session 15 participant phrases (S/T/R): scenes of acts with no target, pacts broken by a pair,
appositions after a state, subjects the parser hid, side clauses, bare amounts and requests.

Sentences are our own; the events are built by hand on the trigger (``event_helpers.spans_at``) so
each test checks the phrase rules alone, not which events the events stage codes.
"""

from __future__ import annotations

from event_helpers import spans_at


def test_scene_of_an_act_with_no_target_is_its_target(nlp) -> None:
    """An act with no party on the other side: the named place it is done in (through its
    complement, object or purpose clause) is the target phrase."""
    assert spans_at(nlp, "The rebels agreed to lay down their arms in Colombia.", "agreed",
                    ["rebels"], type_="AGREE") == (["The rebels"], ["Colombia"])
    assert spans_at(nlp, "Japan is mobilising new funds to support rebuilding in Mozambique.", "mobilising",
                    ["Japan"], type_="AID") == (["Japan"], ["Mozambique"])


def test_no_scene_without_a_named_place(nlp) -> None:
    """"In protest", a date or a place inside an adverbial of time names no scene."""
    assert spans_at(nlp, "The minister resigned in protest on Monday.", "resigned",
                    ["minister"], type_="RETREAT") == (["The minister"], [])
    assert spans_at(nlp, "The governor resigned after riots in Lagos.", "resigned",
                    ["governor"], type_="RETREAT") == (["The governor"], [])


def test_a_pair_breaking_their_pact_is_reciprocal(nlp) -> None:
    """"X and Y broke the truce": one joint phrase on both sides (role R), the pact no party."""
    src, tgt = spans_at(nlp, "Armenia and Azerbaijan broke the truce on Sunday.", "broke",
                        ["Armenia", "Azerbaijan"])
    assert src == tgt == ["Armenia and Azerbaijan"]
    src, tgt = spans_at(nlp, "Sudan and Chad violated the ceasefire agreement twice last week.", "violated",
                        ["Sudan", "Chad"])
    assert src == tgt == ["Sudan and Chad"]


def test_one_state_breaking_a_pact_stays_source_and_target(nlp) -> None:
    src, tgt = spans_at(nlp, "Mali broke the truce with the Tuareg rebels on Sunday.", "broke", ["Mali"])
    assert src == ["Mali"] and src != tgt


def test_described_state_apposition_goes_out(nlp) -> None:
    """A state's name is whole: "Peru, its northern neighbour" is Peru."""
    assert spans_at(nlp, "Chile praised Peru, its northern neighbour, for the deal.", "praised",
                    ["Chile"], ["Peru"], "SUPPORT") == (["Chile"], ["Peru"])


def test_name_parsed_as_adverb_is_the_subject(nlp) -> None:
    """"USAID[advmod] had announced ...": the name before the verb is its subject."""
    src, _ = spans_at(nlp, "USAID had announced a halt to aid in Chad.", "announced", type_="SANCTION")
    assert src == ["USAID"]


def test_plan_for_an_act_is_done_by_who_took_it_up(nlp) -> None:
    """"accepted a plan for ending X": who accepted the plan does the ending."""
    src, tgt = spans_at(nlp, "The dockers accepted a plan for ending their dispute with the port authority.",
                        "ending", target=["port authority"], type_="AGREE")
    assert src == ["The dockers"] and tgt == ["the port authority"]


def test_party_in_a_side_clause_does_not_replace_the_object(nlp) -> None:
    """"threatened to strike Saudi oil fields IF RIYADH hosts ...": the object stands."""
    assert spans_at(nlp, "Iran threatened to strike Saudi oil fields if Riyadh hosts the drills.", "threatened",
                    ["Iran"], ["Riyadh"], "THREATEN") == (["Iran"], ["Saudi oil fields"])


def test_bare_amount_object_reads_the_prepositions(nlp) -> None:
    """"contribute more TO missions in Somalia": the amount is no object; the mission's place is."""
    assert spans_at(nlp, "Ghana is ready to contribute more to African Union missions in Somalia.", "ready",
                    ["Ghana"], ["African Union"], "AGREE") == (["Ghana"], ["Somalia"])


def test_request_presses_the_subject_of_what_is_asked(nlp) -> None:
    """"pushing for the Somali government (to) hold elections": the government is pressed."""
    for text, trigger in (("The UN is pressing hard for the Somali government to hold elections.", "pressing"),
                          ("The UN is pushing for the Somali government hold elections soon.", "pushing")):
        assert spans_at(nlp, text, trigger, ["UN"], type_="REQUEST") == (["The UN"], ["the Somali government"])


def test_venue_of_talks_is_no_party(nlp) -> None:
    """"held talks IN Geneva": the venue is neither a partner in the talks nor a scene target."""
    assert spans_at(nlp, "The envoy held talks in Geneva on Monday.", "talks", ["envoy"], ["Geneva"],
                    "CONSULT") == (["The envoy"], [])
    assert spans_at(nlp, "The rebels agreed to hold talks in Geneva.", "agreed", ["rebels"],
                    type_="AGREE") == (["The rebels"], [])


def test_pronoun_in_a_relative_clause_names_the_subject_above(nlp) -> None:
    """"Moi was ending a visit to Paris, where HE had dinner with ...": the named subject above."""
    text = ("Former Kenyan president Moi was ending a state visit to Paris, where he had dinner "
            "with the French president.")
    assert spans_at(nlp, text, "had", ["he"], ["French president"], "CONSULT") == (
        ["Former Kenyan president Moi"], ["the French president"])


def test_hosting_a_meal_is_given_not_a_meeting(nlp) -> None:
    """"hosted a banquet FOR X": the host gives it (S/T); hosting X is a meeting (R)."""
    src, tgt = spans_at(nlp, "The Ghanaian president hosted a banquet for the Chinese premier on Friday.", "hosted",
                        ["Ghanaian president"], ["Chinese premier"], "CONSULT")
    assert (src, tgt) == (["The Ghanaian president"], ["the Chinese premier"])
    src, tgt = spans_at(nlp, "The Ghanaian president hosted the Chinese premier on Friday.", "hosted",
                        ["Ghanaian president"], ["Chinese premier"], "CONSULT")
    assert src == tgt
