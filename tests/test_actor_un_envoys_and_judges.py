"""Session 19, helper U2: actors and parties from the judges of the G wire articles.

Each rule is tested on sentences of our own with a near miss that must keep its record.
"""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def test_head_of_a_un_mission_acts_for_the_un(nlp):
    # a nationality in the description gave the head of a UN mission his state's government
    text = "Chad's government accused the French diplomat, who heads the UN mission in Chad, of bias."
    found = events_of(nlp, text, "ACCUSE")
    assert found and states_of(found[0].target) == {"UNO"}
    # near miss: a diplomat who heads his own country's embassy stays his state's
    near = "Chad's government accused the French diplomat, who heads the embassy in Chad, of bias."
    found = events_of(nlp, near, "ACCUSE")
    assert found and states_of(found[0].target) == {"FRA"}


def test_named_un_envoy_to_a_state_is_not_that_state(nlp):
    # "the UN envoy to Chad" in apposition: the UN's man, not Chad's
    text = "Chad's government accused Pierre Dubois, the UN envoy to Chad, of bias."
    found = events_of(nlp, text, "ACCUSE")
    assert found and states_of(found[0].target) == {"UNO"}


def test_judge_who_ruled_grants_the_relief(nlp):
    # "granted him" was hung on the passive "had been held", so the prisoner granted it himself
    text = ("Mario Soto, a Peruvian reporter, was jailed in 2021. The judge ruled that Soto had "
            "been held too long and granted him house arrest.")
    granted = [e for e in code_events(nlp, text) if e.trigger == "granted"]
    assert granted and all("judge" in a.text.lower() for a in granted[0].source)
    # near miss: "was arrested and waived extradition" is still the arrested man's own act
    near = "Police said Tomas Ruiz, a Peruvian banker, was arrested on Monday and waived extradition."
    assert not any("Police" in a.text for e in code_events(nlp, near) if e.trigger == "waived"
                   for a in e.source)


def test_speaker_makes_the_charge_joined_to_his_report(nlp):
    # "said X was doing Y and accused Z": the charge is the speaker's, not only reported by him
    text = ("Kenyan army spokesman Paul Njoroge said the mission was protecting the border and "
            "accused al-Shabaab of smuggling weapons.")
    found = events_of(nlp, text, "ACCUSE")
    assert found and states_of(found[0].source) == {"KEN"}
    # near miss: a charge the reported subject makes in its own tense stays with that subject
    near = "Kenyan army spokesman Paul Njoroge said Somalia's government accused al-Shabaab of smuggling weapons."
    found = events_of(nlp, near, "ACCUSE")
    assert found and states_of(found[0].source) == {"SOM"}
