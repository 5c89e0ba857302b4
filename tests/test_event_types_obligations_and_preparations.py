"""Event types for obligations laid on others, forces readied for an attack, acts declared out of
the question, and permissions that are no concession between parties. All sentences are our own,
read through the whole pipeline; each rule has a counter-case that must keep its old reading."""

from event_helpers import code_events, states_of, types_of

from dyads.event_records import main_event


def _main(nlp, text: str):
    event = main_event(code_events(nlp, text))
    assert event is not None, f"no event in {text!r}"
    return event


def test_obligation_under_according_to_is_a_demand_by_the_source(nlp):
    event = _main(nlp, "According to Amnesty International, the Nigerian government must provide "
                       "protection to the villagers.")
    assert event.type == "REQUEST"
    assert states_of(event.source) == {"NGO"} and states_of(event.target) == {"NGA"}
    # the same act told as done is still aid by the government
    event = _main(nlp, "According to Amnesty International, the Nigerian government provided "
                       "protection to the villagers.")
    assert event.type == "AID"
    assert states_of(event.source) == {"NGA"}


def test_obligation_in_a_quote_is_a_demand_by_the_quoted_speaker(nlp):
    event = _main(nlp, '"The Kenyan government must provide shelter to the refugees," the UN refugee '
                       'agency told reporters in Geneva.')
    assert event.type == "REQUEST"
    assert states_of(event.target) == {"KEN"}
    # a duty the speaker's own side takes on is its intent (AGREE), no demand on another party
    event = _main(nlp, '"We must provide shelter to the refugees," the Kenyan president told reporters.')
    assert event.type == "AGREE"
    assert states_of(event.source) == {"KEN"}


def test_preparing_an_attack_is_mobilisation(nlp):
    for text in ("The Turkish army prepared to resume shelling Kurdish positions in northern Syria.",
                 "Syrian forces are preparing a major offensive against rebels in Idlib.",
                 "The Indian army is gearing up for an offensive against militants in Kashmir."):
        event = _main(nlp, text)
        assert event.type == "MOBILIZE", text
    # a party's own word that it is ready to strike is a threat
    event = _main(nlp, "Turkey said it was ready to attack Kurdish fighters in Syria.")
    assert event.type == "THREATEN"


def test_threat_to_attack_stays_a_threat(nlp):
    event = _main(nlp, "North Korea threatened to attack South Korea.")
    assert event.type == "THREATEN"


def test_out_of_the_question_is_a_rejection_by_the_speaker(nlp):
    event = _main(nlp, "The German chancellor said negotiations with Iran were out of the question.")
    assert event.type == "REJECT"
    assert states_of(event.source) == {"DEU"} and states_of(event.target) == {"IRN"}
    # "not out of the question" leaves the act open: no refusal
    assert "REJECT" not in types_of(nlp, "The German chancellor said negotiations with Iran were not "
                                         "out of the question.")


def test_allowing_something_of_ones_own_is_no_concession(nlp):
    assert "CONCEDE" not in types_of(nlp, "A British woman who was attacked allowed her name to be published.")
    assert "CONCEDE" not in types_of(nlp, "The Indian police officers were allowed to go home after questioning.")
    assert "CONCEDE" not in types_of(nlp, "The Pakistani city council allowed the extra floors.")
    # an authority letting a party act politically is a concession
    event = _main(nlp, "Egypt allowed the opposition to hold a rally in Cairo.")
    assert event.type == "CONCEDE"
    assert states_of(event.source) == {"EGY"}


def test_the_us_is_no_first_person_pronoun(nlp):
    # "US" spelt like "us" is a state: an obligation laid on it is a demand
    event = _main(nlp, "The Chinese foreign minister said the US must lift its sanctions on Chinese firms.")
    assert event.type == "REQUEST"
    assert states_of(event.source) == {"CHN"} and states_of(event.target) == {"USA"}
