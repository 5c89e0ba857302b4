"""Session 38, helper t: acts judges of batches AJ and AK listed as missed though their words are
plain: thanks, congratulations, good wishes and censure told as done (dropped by the classifier's
"nothing but talk" verdict), solidarity expressed, coups told as "took power", hostages held,
people "held by police", backing "encouraged", promised work with a party, a refusal to be
pressured, and a speaker's vow that wrongdoers will meet the law (THREATEN 137)."""

from __future__ import annotations

import pytest

from event_helpers import checked_events, code_events


def _codes(actors) -> set[str]:
    return {a.code for a in actors if a.code}


@pytest.mark.parametrize("text, trigger, source, target", [
    ("In her first speech, President Maria Lopez of Chile thanked Peru's president Pedro Castillo and called for unity.",
     "thanked", "CHLGOV", "PERGOV"),
    ("Leaders of Ghana and Nigeria sent messages of congratulation to Senegal's new president.",
     "congratulation", "GHAGOV", "SENGOV"),
    ("The outgoing president of Senegal conceded defeat and wished the new government of Senegal well.",
     "wished", "SENGOV", "SENGOV"),
])
def test_thanks_congratulations_and_good_wishes_are_support(nlp, text, trigger, source, target) -> None:
    found = [e for e in checked_events(nlp, text, "SUPPORT") if e.trigger == trigger]
    assert found and found[0].cameo == "051"
    assert source in _codes(found[0].source) and target in _codes(found[0].target)


def test_condemnation_and_solidarity_of_a_regional_body_are_kept(nlp) -> None:
    text = ("The Southern African Development Community condemned what it called a bid to grab power and "
            "expressed solidarity with President Hakainde Hichilema of Zambia.")
    accuse = [e for e in checked_events(nlp, text, "ACCUSE") if e.trigger == "condemned"]
    support = [e for e in checked_events(nlp, text, "SUPPORT") if e.trigger == "solidarity"]
    assert accuse and _codes(accuse[0].source) == {"IGO"}
    assert support and _codes(support[0].target) & {"ZMBOPP", "ZMBGOV"}


def test_condemnation_in_a_statement_said_is_kept(nlp) -> None:
    text = ("On Thursday the office of Spain's prime minister issued a statement saying Spain condemned any "
            "violence and that the vote should be held in calm.")
    assert [e for e in checked_events(nlp, text, "ACCUSE") if e.trigger == "condemned"]


@pytest.mark.parametrize("text, coded", [
    ("Mali's army chief took power in a 2012 coup.", True),
    ("Soldiers in Niger briefly took power in 2010 while the president was abroad.", True),
    ("Biden's Democrats took power in Washington after the 2020 election.", False),
])
def test_taking_power_is_a_coup_only_by_force(nlp, text, coded) -> None:
    coups = [e for e in checked_events(nlp, text, "COERCE") if e.trigger == "took"]
    assert bool(coups) is coded
    if coded:
        assert coups[0].cameo == "170"


def test_hostages_held_are_an_abduction(nlp) -> None:
    text = "The guerrillas held the governor of Kandahar hostage for a week."
    found = checked_events(nlp, text, "ASSAULT")
    assert found and found[0].cameo == "181" and "AFGGOV" in _codes(found[0].target)


def test_people_held_by_police_are_detained(nlp) -> None:
    text = "The opposition said several opposition leaders in Gabon had been held at their homes by police since Tuesday."
    found = [e for e in checked_events(nlp, text, "COERCE") if e.trigger == "held"]
    assert found and found[0].cameo == "173" and "GABCOP" in _codes(found[0].source)


def test_encouraging_a_course_is_support_and_a_party_to_act_an_appeal(nlp) -> None:
    backing = checked_events(nlp, "Both Washington and Moscow have encouraged the rapprochement between Armenia and Turkey.",
                      "SUPPORT")
    assert backing and backing[0].cameo == "051" and {"USAGOV", "RUSGOV"} <= _codes(backing[0].source)
    appeal = checked_events(nlp, "Taiwan's foreign ministry has encouraged tour operators to send more travellers to Palau.",
                     "REQUEST")
    assert appeal and appeal[0].trigger == "encouraged" and "TWNGOV" in _codes(appeal[0].source)


def test_work_with_is_a_promise_only_ahead(nlp) -> None:
    text = '"I will work with the new president of Ghana for a smooth transfer of power," Ghana\'s outgoing president said.'
    found = checked_events(nlp, text, "AGREE")
    assert found and found[0].future and "GHAGOV" in _codes(found[0].source)
    past = "The Kenyan charity has worked with refugees in Dadaab for many years."
    assert not [e for e in code_events(nlp, past) if e.trigger == "worked"]


def test_not_being_pressured_is_a_refusal_to_yield(nlp) -> None:
    text = "President Surangel Whipps of Palau said his government would not be pressured by China."
    found = checked_events(nlp, text, "REJECT")
    assert found and found[0].cameo == "124"
    assert _codes(found[0].source) == {"PLWGOV"} and _codes(found[0].target) == {"CHN"}
    assert not checked_events(nlp, text, "REQUEST")


@pytest.mark.parametrize("text, trigger, source", [
    ("Chile's interior minister said those who broke the law would answer for it.", "answer", "CHLGOV"),
    ("Peru's president said the attackers would be brought to justice.", "brought", "PERGOV"),
    ("Peru's government spokesman said those responsible for the violence would be prosecuted.", "prosecuted",
     "PERGOV"),
    ("Kenya's president said those behind the attack would face the full force of the law.", "face", "KENGOV"),
])
def test_a_speakers_vow_of_the_law_is_a_threat(nlp, text, trigger, source) -> None:
    found = [e for e in checked_events(nlp, text, "THREATEN") if e.trigger == trigger]
    assert found and found[0].cameo == "137" and _codes(found[0].source) == {source}


@pytest.mark.parametrize("text", [
    "Police brought the killers to justice last year.",
    "Kenya's president said the attackers would not be prosecuted.",
    "Peru's president said the attackers would be tried by a military court.",
])
def test_deeds_and_denials_of_the_law_are_no_threat(nlp, text) -> None:
    assert not checked_events(nlp, text, "THREATEN")


def test_a_thing_that_encourages_is_no_appeal(nlp) -> None:
    text = ("Republican lawmakers in Washington criticised the deal with Venezuela, arguing it would encourage "
            "governments to detain Americans as bargaining chips.")
    assert not [e for e in code_events(nlp, text) if e.trigger == "encourage"]


def test_a_culprit_named_is_accused(nlp) -> None:
    found = checked_events(nlp, "Kenyan police identified a Somali cleric as the mastermind of the attack.", "ACCUSE")
    assert found and found[0].cameo == "112" and "KENCOP" in _codes(found[0].source)
    assert not checked_events(nlp, "Kenya's president named Ruto as his deputy.", "ACCUSE")
