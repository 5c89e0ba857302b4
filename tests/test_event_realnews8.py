"""Round seven of event errors on real news: a trip inside one's own country or by no party is no
visit, a wish is not a promise, a state's own forces are never what its attacks target, the
pronoun in a warning's complement that undergoes the threat is the one warned, and a deal
"struck with" someone is made by the speaker (all sentences our own)."""

from event_helpers import code_events, events_of, states_of


def test_a_trip_inside_ones_own_country_is_no_visit(nlp):
    assert not events_of(nlp, "Germany's interior minister was visiting the town of Lingen.", "CONSULT")
    assert not events_of(nlp, "Chile's president visited the city of Temuco on Monday.", "CONSULT")
    abroad = events_of(nlp, "Chile's president visited Peru on Monday.", "CONSULT")
    assert abroad and states_of(abroad[0].source) == {"CHL"} and states_of(abroad[0].target) == {"PER"}
    # one's own troops or government named as such are still a party visited
    assert events_of(nlp, "The Indian prime minister visited Indian troops in Ladakh.", "CONSULT")


def test_a_private_trip_to_a_city_is_no_visit(nlp):
    assert not events_of(nlp, "The chemist received a medal during a trip and a visit to Rome.", "CONSULT")
    met = events_of(nlp, "Merkel met Macron during a visit to Paris.", "CONSULT")
    assert met and all(states_of(e.source) == {"DEU"} for e in met)


def test_would_prefer_or_like_is_a_wish_not_a_promise(nlp):
    wish = events_of(nlp, "The premier said he would prefer to agree a deal with the unions.", "AGREE")
    assert wish and all(e.hypothetical and not e.future for e in wish)
    promise = events_of(nlp, "The premier said he would meet Kim Jong-un next month.", "AGREE")
    assert promise and promise[0].future and not promise[0].hypothetical


def test_a_states_own_forces_are_not_the_target_of_its_attacks(nlp):
    text = "Egypt began supporting the army of Libya, providing airstrikes with the Egyptian Air Force."
    for e in code_events(nlp, text):
        if e.type in ("ASSAULT", "AID"):
            assert not any((a.code or "").startswith("EGY") for a in e.target), e
    rebels = events_of(nlp, "Syrian rebels clashed with Syrian troops near Idlib.", "ASSAULT")
    assert rebels and any((a.code or "") == "SYRMIL" for a in rebels[0].target)


def test_the_one_warned_is_it_in_the_warnings_condition(nlp):
    text = "The EU warned Turkey it would face sanctions if it invaded Cyprus."
    invaded = [e for e in code_events(nlp, text) if e.trigger == "invaded"]
    assert invaded and states_of(invaded[0].source) == {"TUR"}
    warned = events_of(nlp, text, "THREATEN")
    assert warned and states_of(warned[0].source) == {"EUR"}


def test_a_pact_struck_with_a_party_is_the_speakers(nlp):
    text = "The Malian government said an accord had been struck with the Tuareg rebels."
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and states_of(agreed[0].source) == {"MLI"}
