"""A duty laid with "has to" or "needs to" in reported speech is a demand, as one laid with "must"
is: the speaker asks the obliged party for the act (CAMEO 10x), the act itself is not done, and no
wish flag hides the demand. A duty the speaker lays on its own state is its intent, and "does not
need to" lays none. Texts are our own, read through the whole pipeline."""

from event_helpers import events_of, states_of


def test_needs_to_lift_in_speech_is_a_demand_on_the_obliged_state(nlp):
    text = "Mexico's economy minister said Washington needs to lift its duties on Mexican tomatoes."
    asks = events_of(nlp, text, "REQUEST")
    assert asks and states_of(asks[0].source) == {"MEX"} and states_of(asks[0].target) == {"USA"}
    assert not asks[0].hypothetical
    assert not events_of(nlp, text, "RETREAT")


def test_has_to_free_in_speech_is_a_demand_like_must(nlp):
    text = "Human Rights Watch said Belarus has to release the detained students."
    asks = events_of(nlp, text, "REQUEST")
    assert asks and states_of(asks[0].target) == {"BLR"}
    assert not events_of(nlp, text, "RETREAT")


def test_a_duty_on_the_speakers_own_state_is_no_demand(nlp):
    text = "The Canadian trade minister said Canada has to lift its tariffs on steel."
    assert not events_of(nlp, text, "REQUEST")


def test_does_not_need_to_lays_no_duty(nlp):
    text = "The minister said the United States does not need to lift its tariffs on steel."
    assert not events_of(nlp, text, "REQUEST")
