"""Session 19 (S3): events missed on fresh wire news, B and C judges (all sentences our own).

A state that shuts its border or closes its crossings restricts movement across them (191); a
speaker who calls another's decision unjustified or an attack on something criticises it (111);
a spoken verdict that an election or a body lacks competition or legitimacy criticises it (111).
Each rule has a near miss that must keep its record (or its absence).
"""

from event_helpers import events_of, states_of


def test_closed_crossings_restrict_movement(nlp):
    found = events_of(nlp, "Hungary closed all road crossings with Serbia on Monday.", "COERCE")
    assert found and found[0].cameo == "191"
    assert states_of(found[0].source) == {"HUN"}
    assert "SRB" in states_of(found[0].target)


def test_shut_border_restricts_movement(nlp):
    found = events_of(nlp, "Kenya shut its border with Somalia after the raid.", "COERCE")
    assert found and found[0].cameo == "191"


def test_closed_session_is_no_restriction(nlp):
    # near miss: closing a meeting or a session restricts no one
    assert not events_of(nlp, "Hungary closed the session with Serbia early on Monday.", "COERCE")


def test_called_the_decision_unjustified_is_criticism(nlp):
    found = events_of(nlp, "Poland called the Belarusian decision unjustified.", "ACCUSE")
    assert found and found[0].cameo == "111"
    assert states_of(found[0].source) == {"POL"}


def test_called_it_an_attack_on_a_freedom_is_criticism(nlp):
    found = events_of(nlp, "Britain called the Iranian decision an attack on free speech.", "ACCUSE")
    assert found and found[0].cameo == "111"
    assert states_of(found[0].source) == {"GBR"}


def test_called_off_keeps_its_own_reading(nlp):
    # near miss: "called off" the talks is no criticism
    assert not events_of(nlp, "Poland called off the talks with Belarus.", "ACCUSE")


def test_said_the_government_lacked_legitimacy_is_criticism(nlp):
    text = "Polish officials said the Belarusian government lacked legitimacy."
    found = events_of(nlp, text, "ACCUSE")
    assert found and found[0].cameo == "111"
    assert "BLR" in states_of(found[0].target)
    assert "BLR" not in states_of(found[0].source)


def test_lacking_supplies_is_no_criticism(nlp):
    # near miss: lacking water or fuel names no merit, so no one is judged
    assert not events_of(nlp, "Polish officials said the Belarusian army lacked fuel.", "ACCUSE")


def test_lacked_in_a_second_conjunct_judges_the_first_subject(nlp):
    # the verb shares its subject with an earlier conjunct: the speaker judges, the election's state is judged
    text = "Poland said on Monday that Belarus's election was calmly run but lacked genuine competition."
    found = events_of(nlp, text, "ACCUSE")
    assert found and states_of(found[0].source) == {"POL"}
    assert "BLR" in states_of(found[0].target)
