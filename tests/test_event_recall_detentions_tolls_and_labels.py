"""Session 19 (R3): events missed on fresh wire news (all sentences our own).

A wire lead whose dateline the parser took for the passive verb's subject still names the one
arrested; "held him for" a stay is a detention; every state of a list spelled out after a colon
is a doer; an agentless toll and the attack that caused it in one sentence are one record; a
verdict that an act is "regrettable" is criticism, a brave or courageous label on it praise; and
coast guard ships that chase a boat harass it. Each rule has a near miss that must keep its record
(or its absence).
"""

from event_helpers import events_of, states_of


def test_dateline_lead_passive_arrest_has_the_detainee_as_target(nlp):
    text = ("NAIROBI, March 3 (Wire) - Kenyan opposition leader Peter Omondi was arrested at the "
            "airport on Tuesday, hours after returning from London.")
    found = events_of(nlp, text, "COERCE")
    assert found and found[0].cameo == "173"
    assert any("Omondi" in a.text for a in found[0].target)
    assert not any("NAIROBI" in a.text for a in found[0].source + found[0].target)


def test_lead_without_a_dateline_still_codes_the_arrest(nlp):
    # near miss: the same lead with no dateline was coded before and keeps its detainee
    text = "Kenyan opposition leader Peter Omondi was arrested at the airport on Tuesday."
    found = events_of(nlp, text, "COERCE")
    assert found and any("Omondi" in a.text for a in found[0].target)


def test_held_a_person_for_a_stay_is_a_detention(nlp):
    found = events_of(nlp, "The militia held two aid workers without charge for three weeks.", "COERCE")
    assert found and found[0].cameo == "173"


def test_held_talks_and_held_responsible_are_no_detention(nlp):
    # near misses: "hold" of talks or of blame keeps its own reading
    assert not events_of(nlp, "The president held talks with the rebels for two hours.", "COERCE")
    assert events_of(nlp, "The ministers held the army responsible for the massacre.", "ACCUSE")
    assert not events_of(nlp, "The protesters are holding the whole nation hostage, the people say.", "COERCE")


def test_every_state_of_a_colon_list_is_a_doer(nlp):
    text = "The old junta was recognised by just two states: Thailand and Laos."
    found = events_of(nlp, text, "SUPPORT")
    assert found and {"THA", "LAO"} <= states_of(found[0].source)


def test_a_single_named_recogniser_stays_alone(nlp):
    # near miss: a plain "by" phrase has its one doer
    found = events_of(nlp, "The old junta was recognised by Thailand in 1990.", "SUPPORT")
    assert found and states_of(found[0].source) == {"THA"}


def test_toll_since_an_attack_began_is_one_record(nlp):
    text = "More than 200 villagers have been killed since Sudan's army began shelling the town."
    found = events_of(nlp, text, "ASSAULT")
    assert len(found) == 1
    assert states_of(found[0].source) == {"SDN"} and found[0].target


def test_toll_in_a_relative_clause_joins_its_attack(nlp):
    text = "Kyiv marked a year since the Russian missile strike in which 12 civilians were killed."
    found = events_of(nlp, text, "ASSAULT")
    assert len(found) == 1 and states_of(found[0].source) == {"RUS"} and found[0].target


def test_toll_with_its_own_agent_keeps_it(nlp):
    # near miss: a harm with a "by" phrase names its doer and takes none from the time clause
    text = "Twelve people were killed by police since the protests began in May."
    found = events_of(nlp, text, "ASSAULT")
    assert found and all("protest" not in (e.trigger or "") for e in found)


def test_regrettable_verdict_on_an_act_is_criticism(nlp):
    text = "The foreign minister said the Turkish incursion was deeply regrettable."
    found = events_of(nlp, text, "ACCUSE")
    assert found and found[0].cameo == "111" and states_of(found[0].target) == {"TUR"}


def test_regrettable_weather_is_no_criticism(nlp):
    # near miss: nothing done by a party is judged
    assert not events_of(nlp, "The mayor said it was regrettable that the storm closed the port.", "ACCUSE")


def test_brave_label_on_an_act_is_praise(nlp):
    text = "The Kenyan president called Ethiopia's release of the prisoners a courageous step."
    found = [e for e in events_of(nlp, text, "SUPPORT") if e.cameo == "051"]
    assert found and states_of(found[0].source) == {"KEN"}


def test_praise_label_after_a_welcome_is_the_same_praise(nlp):
    # near miss: the welcome already codes the praise; the label adds no second record
    text = "Norway welcomed Colombia's decision to free the hostages, calling it a brave step."
    found = events_of(nlp, text, "SUPPORT")
    assert len(found) == 1 and states_of(found[0].target) == {"COL"}


def test_coast_guard_chasing_a_boat_is_harassment(nlp):
    text = "Two Chinese coast guard ships chased a Vietnamese fishing boat near the Paracel Islands."
    found = events_of(nlp, text, "COERCE")
    assert found and found[0].cameo == "170"
    assert states_of(found[0].source) == {"CHN"} and states_of(found[0].target) == {"VNM"}


def test_pursuing_talks_is_no_harassment(nlp):
    # near miss: "pursue" of no craft stays out
    assert not events_of(nlp, "Vietnam pursued talks with China over the fishing dispute.", "COERCE")


def test_criticism_rejected_is_not_the_rejecters(nlp):
    # "rejected criticism from X": X criticised, the one answering is criticised, never the critic
    found = events_of(nlp, "Hungary rejected criticism from Germany over the vote.", "ACCUSE")
    assert found and states_of(found[0].source) == {"DEU"} and states_of(found[0].target) == {"HUN"}


def test_criticism_voiced_stays_the_voicers(nlp):
    # near miss: a verb of voicing passes its subject to the criticism
    found = events_of(nlp, "Germany voiced sharp criticism of Hungary over the vote.", "ACCUSE")
    assert found and states_of(found[0].source) == {"DEU"}
