"""Round eight on real news: a speaker reporting a deal "reached with" another is its party, a
pronoun owner in a list belongs to the list's first owner, a speaker's "he" is the speaker, a
generic "you" under a condition is no act, a state name misparsed before its verb still acts, and
assurances given are no aid (all sentences our own)."""

from event_helpers import code_events as _events, states_of


def _by_trigger(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def test_deal_reached_with_another_has_the_speaker_as_party(nlp):
    text = "The Kurdish militia said an agreement has been reached with the Turkish government."
    found = [e for e in _by_trigger(nlp, text, "reached") if e.type == "AGREE"]
    assert found and "TUR" in states_of(found[0].target)
    assert found[0].source, "the speaker is the other party to the deal"
    # without a speaker, nobody is made up
    bare = [e for e in _by_trigger(nlp, "An agreement was reached with Iran.", "reached") if e.type == "AGREE"]
    assert all(not e.source for e in bare)


def test_possessive_pronoun_in_a_list_owns_like_the_first_noun(nlp):
    text = ("In the letter, Pompeo cited the Cuban government's repression of the Cuban people and its "
            "support for Nicolas Maduro in Venezuela.")
    support = [e for e in _by_trigger(nlp, text, "support") if e.type == "SUPPORT"]
    assert support and states_of(support[0].source) == {"CUB"}


def test_speakers_own_he_is_not_an_earlier_official(nlp):
    text = "The Polish president was attacked on stage. The attacker claimed he had been wrongfully imprisoned."
    assert [e for e in _by_trigger(nlp, text, "attacked") if "POL" in states_of(e.target)]
    assert all("POL" not in states_of(e.target) for e in _by_trigger(nlp, text, "imprisoned"))


def test_generic_you_under_a_condition_is_hypothetical(nlp):
    text = "If you had a neighbour who treated you badly, you go and ask Anubis for help."
    asked = _by_trigger(nlp, text, "ask")
    assert asked and all(e.hypothetical for e in asked)
    plain = _by_trigger(nlp, "Peru asked Chile for help after the floods.", "asked")
    assert plain and not plain[0].hypothetical


def test_state_name_misparsed_before_a_past_verb_is_the_doer(nlp):
    found = [e for e in _by_trigger(nlp, "Azerbaijan massed tanks along the border.", "massed")
             if e.type == "MOBILIZE"]
    assert found and states_of(found[0].source) == {"AZE"}


def test_assurances_given_are_no_aid(nlp):
    assert not [e for e in _by_trigger(nlp, "Washington gave Kyiv assurances that it would not leave.", "gave")
                if e.type == "AID"]
    assert [e for e in _by_trigger(nlp, "Japan gave emergency aid to Peru after the floods.", "gave")
            if e.type == "AID"]
