"""Session 40, helper e: a speaker's verdict that another party's act is void or outside the law
("had no legal effect", "was a decision that went beyond international law", "violated the
charter", "was null and void") is the speaker's disapproval (ACCUSE 111) of the act's doer; an
appeal by the same speaker to the same party holds it, and denied, possible or harmless verdicts
("would have no legal effect", "had no effect on the economy") are none."""

from __future__ import annotations

from event_helpers import code_events


def _accuse(nlp, text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.type == "ACCUSE"]


def test_an_act_said_to_have_no_legal_effect_is_disapproval_of_its_doer(nlp):
    text = "A Nigerian official said Chad's decision had no legal effect and urged the African Union to intervene."
    assert _accuse(nlp, text) == [("said", ["NGAGOV"], ["TCD"])]


def test_a_decision_that_went_beyond_international_law(nlp):
    text = "Peru's foreign ministry said the Chilean move was a unilateral decision that went beyond international law."
    assert _accuse(nlp, text) == [("said", ["PERGOV"], ["CHL"])]


def test_an_annexation_said_to_violate_the_charter(nlp):
    rows = _accuse(nlp, "The Kenyan embassy said Uganda's annexation violated the U.N. Charter.")
    assert rows == [("said", ["KENGOV"], ["UGA"])]


def test_a_decree_said_to_be_null_and_void(nlp):
    rows = _accuse(nlp, "The Kenyan embassy said the Ugandan decree was null and void.")
    assert rows == [("said", ["KENGOV"], ["UGA"])]


def test_no_effect_on_an_economy_is_no_verdict(nlp):
    assert not _accuse(nlp, "The minister said the sanctions had no effect on Cuba's economy.")


def test_a_possible_verdict_is_none(nlp):
    assert not _accuse(nlp, "The official said Chad's decision would have no legal effect if it was signed.")


def test_a_verdict_on_an_act_with_no_party_is_none(nlp):
    assert not _accuse(nlp, "The minister said the new rules had no legal basis.")


def test_a_party_said_to_break_the_law_is_not_a_verdict_on_an_act(nlp):
    # a charge against a party is the lexicon's business; the verdict rule reads acts only
    assert not any(t == "said" for t, _, _ in _accuse(nlp, "Peru's minister said Chile violated international law."))


def test_an_appeal_to_the_same_party_holds_the_verdict(nlp):
    text = "Britain said Serbia's laws had no legal effect and that it would urge Belgrade to withdraw them."
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "ACCUSE"]
    assert [(e.type, [a.code for a in e.source]) for e in events] == [("REQUEST", ["GBR"])]


def _support(nlp, text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.type == "SUPPORT"]


def test_a_king_thanking_a_leader_by_name_praises_him(nlp):
    rows = _support(nlp, "Jordan's King Abdullah called Biden and thanked him for his support.")
    assert rows == [("thanked", ["JORGOV"], ["USAGOV"])]


def test_a_president_thanking_a_prime_minister_after_a_talk(nlp):
    text = "The Kenyan president spoke to Ethiopia's prime minister and thanked him for the aid."
    assert ("thanked", ["KENGOV"], ["ETHGOV"]) in _support(nlp, text)


def test_thanks_to_supporters_or_with_no_reason_stay_courtesy(nlp):
    assert not _support(nlp, "The president thanked his supporters for their votes.")
    assert not _support(nlp, "Jordan's King Abdullah thanked Biden.")


def test_a_request_dismissed_in_the_same_sentence_is_rejected_of_its_maker(nlp):
    text = "Rebels in Cabinda asked Angola for autonomy on Monday, prompting Angola to dismiss the request as a publicity stunt."
    rows = [(e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.type == "REJECT"]
    assert rows == [("dismiss", ["AGO"], ["AGOREB"])]
