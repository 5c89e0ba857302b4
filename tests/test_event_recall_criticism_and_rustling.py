"""Session 19 V3: events the coder missed in fresh wire news (all sentences our own).

An accusation verb joined to a past main verb ("denied ... and accused ...") is a spoken charge the
sentence classifier may not drop; calling a rival's act disproportionate or questioning the
legitimacy of its vote is criticism (111); a common understanding reached is an agreement (030);
herds stolen or rustled by raiders are an attack on the herders' property (1712). Each rule has a
near miss that must stay uncoded.
"""

from event_helpers import code_events, events_of, states_of


def test_joined_accusation_after_a_denial_is_kept(nlp):
    text = "The Kenyan opposition denied the report and accused Uganda of lying."
    found = events_of(nlp, text, "ACCUSE")
    assert found and states_of(found[0].target) == {"UGA"}


def test_accusation_as_main_verb_still_kept(nlp):
    # near miss: the plain main-verb charge keeps its record
    found = events_of(nlp, "The Kenyan opposition accused Uganda of a massacre.", "ACCUSE")
    assert found and states_of(found[0].source) == {"KEN"}


def test_act_called_disproportionate_is_criticism(nlp):
    found = events_of(nlp, "Brazil called the expulsion disproportionate.", "ACCUSE")
    assert found and found[0].cameo == "111"


def test_act_called_a_surprise_is_no_criticism(nlp):
    assert not events_of(nlp, "Brazil called the expulsion a surprise.", "ACCUSE")


def test_questioned_legitimacy_is_criticism(nlp):
    found = events_of(nlp, "Chile questioned the legitimacy of the Peruvian election.", "ACCUSE")
    assert found and states_of(found[0].source) == {"CHL"}


def test_questioned_suspects_is_no_criticism(nlp):
    assert not events_of(nlp, "Chilean police questioned the Peruvian suspects.", "ACCUSE")


def test_common_understanding_reached_is_agreement(nlp):
    found = events_of(nlp, "Peru and Chile reached a common understanding on the maritime border.", "AGREE")
    assert found and states_of(found[0].source) == {"PER", "CHL"}


def test_border_reached_is_no_agreement(nlp):
    assert not events_of(nlp, "Peruvian troops reached the Chilean border.", "AGREE")


def test_stolen_camels_are_an_attack_on_herders(nlp):
    found = events_of(nlp, "Ethiopian raiders stole 300 camels from Kenyan herders.", "ASSAULT")
    assert found and states_of(found[0].source) == {"ETH"} and states_of(found[0].target) == {"KEN"}


def test_stolen_election_is_no_raid(nlp):
    text = "The Kenyan opposition said the ruling party stole the election."
    assert not [e for e in code_events(nlp, text) if e.type == "ASSAULT"]
