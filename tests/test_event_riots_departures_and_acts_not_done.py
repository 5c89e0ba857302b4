"""Session 30: event types the batch-AD judges corrected (a crowd breaking a prisoner out, leaving a
joint body, a dissolved parliament, rallying behind a state, force kept open, a stated openness) and
records of what nobody did (no sign given, a denied expectation or permission, a doerless denied
passive, another's measure foreseen by firms), on sentences of our own."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_a_crowd_freeing_a_prisoner_riots_and_is_no_release(nlp):
    text = "Hundreds of demonstrators stormed the police station in Osh and freed the jailed opposition leader."
    assert not events_of(nlp, text, "RETREAT")
    assert {e.cameo for e in events_of(nlp, text, "PROTEST")} == {"145"}
    text = "Rioters broke into the headquarters of the Kenyan Interior Ministry, releasing the former mayor."
    riots = [e for e in events_of(nlp, text, "PROTEST") if e.trigger == "releasing"]
    assert riots and riots[0].cameo == "145" and "the former mayor" not in [a.text for a in riots[0].target]
    assert events_of(nlp, "The government released the former mayor from prison on Monday.", "RETREAT")


def test_one_more_prisoner_freed_after_a_break_out_is_the_same_riot(nlp):
    text = "Rioters broke into the prison on Monday, releasing the former mayor. The opposition deputy was freed from jail as well."
    assert not events_of(nlp, text, "RETREAT")
    text = "The government released the former mayor on Monday. The opposition deputy was freed from jail as well."
    assert len(events_of(nlp, text, "RETREAT")) == 2


def test_leaving_a_joint_body_cuts_cooperation(nlp):
    assert events_of(nlp, "Chad withdrew from a joint military command based in Niamey.", "SANCTION")
    assert events_of(nlp, "Niger withdrew from the regional security committee on Friday.", "SANCTION")
    assert events_of(nlp, "Israel withdrew its troops from the town on Friday.", "RETREAT")


def test_a_ruler_dissolving_parliament_or_suspending_the_constitution_coerces(nlp):
    text = "The king dissolved parliament on Sunday and suspended several articles of the constitution."
    coerced = events_of(nlp, text, "COERCE")
    assert {e.trigger for e in coerced} == {"dissolved", "suspended"} and {e.cameo for e in coerced} == {"172"}
    assert not events_of(nlp, text, "SANCTION")
    assert not events_of(nlp, "The emir dissolved the national assembly and called early elections for June.", "COERCE")
    text = "Students packed the main square demanding that the names of corrupt officials be made public and that parliament be dissolved."
    assert not events_of(nlp, text, "COERCE")


def test_rallying_behind_a_state_backs_it(nlp):
    backing = events_of(nlp, "Asian leaders rallied behind Japan after the incident.", "SUPPORT")
    assert backing and backing[0].cameo == "053" and [a.code for a in backing[0].target] == ["JPN"]
    assert not events_of(nlp, "Asian leaders rallied behind Japan after the incident.", "PROTEST")


def test_force_kept_open_is_a_threat(nlp):
    threats = events_of(nlp, "Trump refused to rule out military or economic pressure to take control of Greenland.",
                        "THREATEN")
    assert threats and threats[0].cameo == "138" and [a.code for a in threats[0].target] == ["GRL"]
    threats = events_of(nlp, "The prime minister did not rule out the use of force against Iran.", "THREATEN")
    assert threats and [a.code for a in threats[0].target] == ["IRN"]
    assert not code_events(nlp, "Police have not ruled out foul play.")


def test_openness_to_cooperation_is_a_stated_willingness(nlp):
    text = "The prime minister said the country was open to cooperation with Beijing."
    assert not events_of(nlp, text, "COOPERATE")
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and [a.code for a in agreed[0].target] == ["CHNGOV"]


def test_no_sign_given_is_no_act(nlp):
    assert not code_events(nlp, "The foreign ministry gave no sign that the army would intervene.")


def test_denied_expectations_permissions_and_doerless_passives_are_no_acts(nlp):
    text = "The minister said the bloc would not allow attacks on its borders, but added that he did not expect Turkey to invade."
    assert not events_of(nlp, text, "ASSAULT")
    assert not code_events(nlp, "Police were not deployed near the palace on Sunday.")
    assert not events_of(nlp, '"I will not allow the courts to be used to destroy the nation," the president said.',
                         "ASSAULT")
    met = events_of(nlp, "Milei did not meet the Spanish government during his visit.", "CONSULT")
    assert met and met[0].negated


def test_another_states_measure_foreseen_by_firms_is_a_forecast(nlp):
    text = "Farmers' unions warned that Chinese tariffs could hurt grain exporters."
    assert not events_of(nlp, text, "THREATEN")
    assert not events_of(nlp, text, "SANCTION")


def test_a_label_or_a_pact_in_force_is_no_act(nlp):
    assert not code_events(nlp, '"These are EU sanctions, and we checked every step with Brussels," the minister said.')
    text = "Small island states had argued that existing U.N. climate treaties such as the Kyoto Protocol already set out their duties."
    assert not events_of(nlp, text, "SUPPORT")
    assert events_of(nlp, "The United States imposed new sanctions on Iran on Monday.", "SANCTION")


def test_responding_told_as_done_is_no_threat(nlp):
    assert not events_of(nlp, "Morocco's foreign ministry said on Sunday that it was responding in kind with deep regret.",
                         "THREATEN")
    assert events_of(nlp, "Moscow said it would respond in kind to any new expulsions.", "THREATEN")


def test_an_assurance_not_given_and_what_it_would_say_are_no_acts(nlp):
    text = "President Putin could not give an assurance that Russia would not use force against Moldova."
    assert not code_events(nlp, text)


def test_a_summit_named_as_the_venue_of_an_appeal_is_no_meeting(nlp):
    text = ("The Polish president said his country would not be cowed and called on NATO to reinforce its troops"
            " on the eastern flank at the alliance's summit in Vilnius next month.")
    assert not events_of(nlp, text, "AGREE")
    assert events_of(nlp, text, "REQUEST")
    assert events_of(nlp, "NATO leaders will meet at the alliance's summit in Vilnius next week.", "AGREE")
