"""Event parties round 2: meetings that only set the occasion, things bound for a state, recalls."""

from __future__ import annotations

import pytest

from dyads.model import Article

pytestmark = pytest.mark.model


def _events(text: str):
    from dyads.nlp import load_nlp
    from dyads.pipeline import annotate_doc

    art = annotate_doc(Article(id="t", text=text, date="2021-03-01"), load_nlp()(text))
    return art, art.events


def _main(events):
    return max(events, key=lambda e: (e.confidence, -e.start))


def _codes(actors) -> set:
    return {a.country for a in actors}


def test_meeting_in_a_time_adjunct_ranks_below_the_clause_act():
    _, events = _events("After the meeting, Putin said Russia would send troops to Syria.")
    main = _main(events)
    assert main.type != "CONSULT"
    assert "SYR" in _codes(main.target)


def test_meeting_on_the_sidelines_is_no_target_of_the_act():
    _, events = _events("On the sidelines of the G20 summit, China criticized Japan.")
    main = _main(events)
    assert main.type == "ACCUSE"
    assert _codes(main.source) == {"CHN"}
    assert _codes(main.target) == {"JPN"}


def test_meeting_an_infinitive_is_held_at_still_codes_alone():
    _, events = _events("Nigeria was invited to speak at the summit in Abuja.")
    assert any(e.type == "CONSULT" for e in events)


@pytest.mark.parametrize("text, source, target", [
    ("Japan imposed restrictions on flights to China.", "JPN", "CHN"),
    ("The United States imposed a ban on arms sales to Iran.", "USA", "IRN"),
    ("Russia announced aid shipments to Syria.", "RUS", "SYR"),
])
def test_a_thing_bound_for_a_state_names_the_target(text, source, target):
    _, events = _events(text)
    main = _main(events)
    assert source in _codes(main.source)
    assert target in _codes(main.target)


def test_recalled_envoy_stands_for_the_state_left():
    _, events = _events("Qatar recalled its envoy from the UAE.")
    main = _main(events)
    assert _codes(main.source) == {"QAT"}
    assert "ARE" in _codes(main.target)


def test_offer_rejected_points_at_whoever_made_it():
    text = "The rebels rejected repeated offers for peace talks by the Kenyan government."
    _, events = _events(text)
    main = _main(events)
    assert main.type == "REJECT"
    assert [text[s:e] for s, e in main.target_spans] == ["the Kenyan government"]
