"""Round four: material cooperation and demands that used to be missed or coded as their opposite
(peacekeepers, rescue teams, eased tariffs, split "cease-fire", bare demands). Sentences our own."""

import pytest

from event_helpers import code_events as _events


def _only(nlp, text, kind):
    found = [e for e in _events(nlp, text) if e.type == kind]
    assert found, f"no {kind} in {text!r}: {[(e.type, e.trigger) for e in _events(nlp, text)]}"
    return found[0]


@pytest.mark.parametrize("text", [
    "Kenya announced the deployment of 300 troops to Somalia on a peacekeeping mission.",
    "Hundreds of Ghanaian soldiers arrived in Lebanon to join the UN peacekeeping force.",
    "Russia deployed 500 soldiers as peacekeepers in Kosovo.",
])
def test_peacekeepers_sent_are_aid_not_mobilisation(nlp, text):
    ev = _only(nlp, text, "AID")
    assert ev.cameo == "074"
    assert not [e for e in _events(nlp, text) if e.type == "MOBILIZE"]


def test_rescue_teams_deployed_are_humanitarian_aid(nlp):
    ev = _only(nlp, "Spain deployed rescue teams to Haiti after the earthquake.", "AID")
    assert ev.cameo == "073"
    assert {a.text for a in ev.target} == {"Haiti"}


def test_troops_deployed_to_a_border_stay_a_mobilisation(nlp):
    ev = _only(nlp, "Russia deployed troops to the border with Ukraine.", "MOBILIZE")
    assert ev.cameo == "154"


@pytest.mark.parametrize("text, source", [
    ("The United States rolled back tariffs on Chinese goods.", "The United States"),
    ("Britain scrapped its sanctions on Iran.", "Britain"),
    ("The sanctions on Cuba were removed by Canada.", "Canada"),
    ("Canada suspended its sanctions on Iran.", "Canada"),
    ("France suspended the tax on German firms.", "France"),
])
def test_removing_a_burden_eases_it(nlp, text, source):
    ev = _only(nlp, text, "RETREAT")
    assert ev.cameo == "085"
    assert [a.text for a in ev.source] == [source]
    assert not [e for e in _events(nlp, text) if e.type == "SANCTION"]


def test_suspending_aid_is_still_a_sanction(nlp):
    ev = _only(nlp, "Canada suspended aid to Iran.", "SANCTION")
    assert ev.cameo.startswith("16")


def test_hyphenated_cease_fire_split_by_the_tokenizer(nlp):
    ev = _only(nlp, "Italy on Monday announced a three-day cease-fire with the rebels.", "RETREAT")
    assert ev.cameo == "0871"
    assert not [e for e in _events(nlp, "Italy on Monday announced a three-day cease-fire with the rebels.")
                if e.type == "ASSAULT"]


def test_obligation_in_reported_speech_is_a_demand(nlp):
    text = "Amnesty International said that the Kenyan authorities must ensure security in the camps."
    ev = _only(nlp, text, "REQUEST")
    assert ev.cameo == "100"
    assert [a.text for a in ev.source] == ["Amnesty International"]
    assert [a.text for a in ev.target] == ["the Kenyan authorities"]


@pytest.mark.parametrize("text", [
    "The archbishop said people must know the truth.",
    "The minister said we must work harder.",
])
def test_maxims_and_own_pledges_are_no_demands(nlp, text):
    assert not [e for e in _events(nlp, text) if e.type == "REQUEST"]


# ---- parties and senses on real news (round four, Task B) ---------------------------------------

@pytest.mark.parametrize("text", [
    "The driver was driving a pickup truck on the highway and struck a group of motorcyclists from Canada.",
    "Reportedly, the Polish driver struck a guard rail and flipped the truck.",
    "A bus hit three Kenyan pedestrians.",
])
def test_road_collisions_are_no_attacks(nlp, text):
    assert not [e for e in _events(nlp, text) if e.type == "ASSAULT" and e.trigger in ("struck", "hit")]


def test_air_strikes_still_strike(nlp):
    ev = _only(nlp, "Israeli jets struck Hamas positions in Gaza.", "ASSAULT")
    assert [a.text for a in ev.source] == ["Israeli jets"]


def test_police_arriving_at_a_scene_is_no_deployment(nlp):
    text = "The guests fled when Mexican police arrived at the scene."
    assert not [e for e in _events(nlp, text) if e.type in ("MOBILIZE", "CONSULT")]
    assert _only(nlp, "Kenyan troops arrived in Mogadishu.", "MOBILIZE").cameo == "154"


def test_data_released_is_no_release_of_people(nlp):
    text = "The team located the wreck using data released by the U.S. Navy."
    assert not [e for e in _events(nlp, text) if e.type == "RETREAT"]


def test_lawsuit_filed_by_names_its_plaintiff(nlp):
    text = ("On Wednesday, the Supreme Court of Chile issued a ruling in favor of a lawsuit filed by the "
            "Chilean Senate on Sunday against Pedro Lopez.")
    ev = _only(nlp, text, "ACCUSE")
    assert [a.text for a in ev.source] == ["the Chilean Senate"]


def test_the_one_ordered_is_not_the_one_ordering(nlp):
    text = "Google was ordered to remove the video, which it did by blocking it in France only."
    ev = _only(nlp, text, "REQUEST")
    assert "Google" not in {a.text for a in ev.source}
    assert "Google" in {a.text for a in ev.target}


def test_those_who_would_get_donations_are_not_asked(nlp):
    ev = _only(nlp, "The Mexican government asked for donations to the Red Cross.", "REQUEST")
    assert ev.target == []
    ev = _only(nlp, "Haiti asked Canada for aid.", "REQUEST")
    assert [a.text for a in ev.target] == ["Canada"]
