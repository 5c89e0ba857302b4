"""Party defaults (s13 round 5): an act placed in several states has no one state as its
unnamed doer, and a protest spread over several states or the world is aimed at no home state."""

from event_helpers import events_of, states_of


def test_passive_act_in_listed_states_has_no_state_on_both_sides(nlp) -> None:
    """Arrests placed in a list of states: no listed state is made the doer (and target)."""
    (ev,) = events_of(nlp, "Arrests were made in Chile, Peru, Mexico and Spain after the raids.", "COERCE")
    assert not ({a.country for a in ev.source} & {a.country for a in ev.target})
    assert not ev.source


def test_named_police_keep_their_arrests(nlp) -> None:
    """Counter-case: the text says who acted."""
    (ev,) = events_of(nlp, "Australian police made arrests in Sydney on Friday.", "COERCE")
    assert "AUS" in states_of(ev.source)


def test_single_state_scene_keeps_its_police(nlp) -> None:
    """Counter-case: one state named as the scene still supplies the unnamed police."""
    (ev,) = events_of(nlp, "Four men were arrested in Lagos on Sunday.", "COERCE")
    assert "NGA" in states_of(ev.source)


def test_global_strike_has_no_home_target(nlp) -> None:
    """A protest called global is aimed at no single state by default."""
    evs = events_of(nlp, "Pupils in Denmark joined a global strike for the climate on Friday.", "PROTEST")
    assert evs and all(not ev.target for ev in evs)


def test_worldwide_protest_has_no_home_target(nlp) -> None:
    evs = events_of(nlp, "Thousands of people in Ireland took part in a worldwide protest against hunger.", "PROTEST")
    assert evs and all(not ev.target for ev in evs)


def test_national_protest_keeps_home_target(nlp) -> None:
    """Counter-case: a protest in one state with no aim named is aimed at that state."""
    evs = events_of(nlp, "Hundreds of Kenyan nurses protested in Nairobi on Monday.", "PROTEST")
    assert evs and any("KEN" in states_of(ev.target) for ev in evs)
