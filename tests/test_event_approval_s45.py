"""Session 45: a speaker "pleased that" another party acted approves of it (SUPPORT 051), unless
the pleasure is denied or only possible; a telephone call that sets the scene of a pledge is a
consultation that happened, while only the pledge is ahead. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str) -> list[tuple[str, str, list[str], list[str], bool]]:
    art = annotate(Article(id="t", text="NAIROBI, July 9 (Wire) - " + text, date="2004-07-09"))
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.future) for e in art.events]


def test_pleased_that_another_state_acted_is_approval():
    got = records("Kenya's foreign minister said he was pleased that Uganda had released the fishermen.")
    assert ("SUPPORT", "051", ["KENGOV"], ["UGA"], False) in got
    assert any(t == "RETREAT" for t, *_ in got)  # the release itself stays, told by the minister


def test_happy_with_a_states_decision_is_approval():
    got = records("Kenya's foreign minister said Kenya was happy with Uganda's decision to open the border.")
    assert ("SUPPORT", "051", ["KENGOV"], ["UGA"], False) in got


def test_pleasure_denied_or_only_possible_is_no_approval():
    assert not any(t == "SUPPORT" for t, *_ in records(
        "Kenya's foreign minister said he was not pleased that Uganda had closed the border."))
    assert not any(t == "SUPPORT" for t, *_ in records(
        "Kenya's foreign minister said he would be pleased if Uganda released the fishermen."))


def test_phone_call_setting_a_pledge_is_a_consultation_done():
    got = records("In a telephone call with Uganda's President Yoweri Museveni on Sunday, Kenyan President "
                  "Mwai Kibaki pledged to send food aid to the border region.")
    assert ("CONSULT", "041", ["KENGOV"], ["UGAGOV"], False) in got
    assert any(t == "AGREE" and future for t, _, _, _, future in got)


def test_a_crowd_demanding_is_not_the_police_firing_at_it():
    art = annotate(Article(id="t", text=(
        "KUALA LUMPUR, July 9 (Wire) - Malaysian police fired tear gas and water cannon on Saturday at "
        "thousands of people demanding electoral reform."), date="2011-07-09"))
    assert not any(e.type == "REQUEST" and any(a.code == "MYSCOP" for a in e.source) for e in art.events)
    assert any(e.type == "ASSAULT" for e in art.events)


def test_named_demonstrators_calling_still_call():
    got = records("Kenyan troops blocked hundreds of demonstrators calling for the government's resignation.")
    assert ("REQUEST", "025", ["KENCVL"], ["KENGOV"], False) in got
