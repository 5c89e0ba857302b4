"""Parties named through a list ("countries including X and Y"), through the owner of a thing a
relative clause is about ("land which belonged to X"), and what a firing verb is aimed at."""

from event_helpers import code_events, states_of

from dyads.argument_slots import slot_heads


def _event(nlp, text: str, trigger: str):
    events = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    return events[0]


def test_a_nameless_group_is_stood_for_by_the_members_it_lists(nlp):
    event = _event(nlp, "Several African countries including Algeria and Morocco have imposed bans on the niqab.",
                   "bans")
    assert states_of(event.source) == {"DZA", "MAR"}


def test_such_as_lists_members_too(nlp):
    event = _event(nlp, "Several countries such as Algeria and Morocco have imposed bans on the niqab.", "bans")
    assert states_of(event.source) == {"DZA", "MAR"}


def test_a_named_body_keeps_itself_over_the_members_it_includes(nlp):
    event = _event(nlp, "The European Union, including France, imposed sanctions on Iran.", "imposed")
    assert "EUR" in states_of(event.source) and "FRA" not in states_of(event.source)


def test_a_listed_group_as_object_gives_its_members(nlp):
    event = _event(nlp, "Iran imposed sanctions on several countries including Saudi Arabia.", "imposed")
    assert states_of(event.target) == {"SAU"}


def test_a_relative_clause_passive_is_done_to_the_owner_of_its_noun(nlp):
    event = _event(nlp, "The territory, which belonged to Syria and was occupied by Israel in 1967, was annexed.",
                   "occupied")
    assert states_of(event.source) == {"ISR"} and states_of(event.target) == {"SYR"}


def test_a_thing_with_no_stated_owner_gives_no_target(nlp):
    event = _event(nlp, "The territory, which was occupied by Israel in 1967, was annexed.", "occupied")
    assert states_of(event.source) == {"ISR"} and not event.target


def test_an_object_belonging_to_a_state_is_aimed_at_that_state(nlp):
    event = _event(nlp, "Russia seized three ships belonging to Ukraine.", "seized")
    assert states_of(event.target) == {"UKR"}


def test_the_possessor_of_a_visit_is_the_visitor(nlp):
    event = _event(nlp, "Boris Johnson's visit to Ireland angered unionists.", "visit")
    assert states_of(event.source) == {"GBR"} and states_of(event.target) == {"IRL"}


def _target_words(nlp, text: str, trigger: str) -> list[str]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return [t.text for t in slot_heads(tok, "COERCE", False)[1]]


def test_what_is_fired_is_the_means_not_the_target(nlp):
    assert _target_words(nlp, "Police fired tear gas to disperse the crowd.", "fired") == []


def test_what_is_fired_at_is_the_target(nlp):
    assert _target_words(nlp, "Police fired tear gas at protesters.", "fired") == ["protesters"]


def test_an_object_that_is_not_a_weapon_stays_the_target(nlp):
    assert _target_words(nlp, "The company fired its chief executive.", "fired") == ["executive"]
