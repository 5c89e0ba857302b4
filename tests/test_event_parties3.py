"""Round seven on real news: a capital named as a place is its state, named victims keep the
place out of the target, a stance on a deed is aimed at its author, and a relative clause with
its own subject is done by that subject (our sentences)."""

from event_helpers import code_events, events_of


def _codes(actors):
    return [a.code for a in actors]


def test_capital_as_place_is_the_state(nlp):
    text = "Rebels fired rockets at positions near Kabul on Sunday."
    attacks = events_of(nlp, text, "ASSAULT")
    assert attacks
    assert "AFGGOV" not in _codes(attacks[0].target)
    assert "AFG" in _codes(attacks[0].target)


def test_named_victims_keep_the_place_out(nlp):
    text = "Police said the suspect Ahmed Karimi stabbed several people at a market in Kabul on Sunday."
    for e in events_of(nlp, text, "ASSAULT"):
        assert not {"AFG", "AFGGOV"} & set(_codes(e.target))


def test_stance_on_a_deed_targets_its_author(nlp):
    text = "The minister attacked the annexation of Crimea as Russian territory by the President of Russia."
    attacked = [e for e in code_events(nlp, text) if e.trigger == "attacked"]
    assert attacked
    assert _codes(attacked[0].target) == ["RUSGOV"]
    assert "UKR" not in _codes(attacked[0].target)


def test_relative_clause_has_its_own_subject(nlp):
    text = "The rebels held captured Syrian soldiers which, officials said, Turkey has refused to take back."
    refused = [e for e in code_events(nlp, text) if e.trigger == "refused"]
    assert refused
    assert _codes(refused[0].source) == ["TUR"]


def test_people_named_but_not_coded_are_the_civilians_of_the_place(nlp):
    e = events_of(nlp, "A gunman stabbed several people in Paris on Friday.", "ASSAULT")[0]
    assert [(a.text, a.code) for a in e.target] == [("several people", "FRACVL")]
    e = events_of(nlp, "Rebels killed twelve civilians in Mali.", "ASSAULT")[0]
    assert [a.code for a in e.target] == ["MLICVL"]
