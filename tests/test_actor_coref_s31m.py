"""Session 31 (batch AE, actor mentions, helper m): a bare "the government" several sentences
after a foreign government named in a story about another state is the story's own; a state's
captured or missing soldiers are its own, not the captor's. Each rule has a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes

_SKOPJE = ("SKOPJE (Wire) - Macedonian Prime Minister Zoran Zaev vowed on Monday to push the name "
           "deal through the Macedonian parliament.\n\nMacedonian President Gjorge Ivanov said the "
           "referendum had failed. In Athens, Prime Minister Alexis Tsipras spoke with Zaev, the "
           "Greek government said. ")


def test_bare_government_long_after_a_foreign_one_is_the_storys_own(nlp):
    text = _SKOPJE + ("Western officials have accused Russia of trying to sink the deal. Moscow has "
                      "denied interfering. Macedonian opposition leader Hristijan Mickoski called "
                      "for an early election. On Sunday, several hundred boycott supporters "
                      "rallied outside parliament, chanting against the government.")
    assert actor_codes(nlp, text)["the government"] == "MKDGOV"


def test_bare_government_right_after_a_foreign_one_is_that_government(nlp):
    text = _SKOPJE + "The government also said it would send its foreign minister to Skopje."
    assert actor_codes(nlp, text)["The government"] == "GRCGOV"


def test_captured_soldiers_are_the_claimants_not_the_captors(nlp):
    text = "Djibouti has long demanded that Eritrea account for soldiers it says were captured in the fighting."
    assert actor_codes(nlp, text)["soldiers"] == "DJIMIL"


def test_missing_soldiers_are_the_speaking_officials_states(nlp):
    text = ("Eritrea and Djibouti agreed to talk. Djiboutian Foreign Minister Mahmoud Ali Youssouf "
            "said the missing soldiers had to be found before ties with Eritrea could be restored.")
    assert actor_codes(nlp, text)["soldiers"] == "DJIMIL"


def test_soldiers_a_state_asks_another_to_withdraw_are_not_its_own(nlp):
    text = "Djibouti has long demanded that Eritrea withdraw soldiers from the border."
    assert actor_codes(nlp, text).get("soldiers") != "DJIMIL"
