"""Session 38, helper q (batch AK): the story's main state. A story filed from a small state,
headed by that state's act and led by its actor, is about that state even where it names the
United States (a donor, a prosecutor) more often; a story whose headline acts on the leader
("U.S. sanctions Nicaraguan officials") keeps the old count. Sentences of our own."""

from __future__ import annotations

from actor_helpers import actor_codes

_HOME = ("BRIDGETOWN, May 4 (Wire) - Barbados's prime minister said police officers had beaten "
         "detainees in a prison last year, after Washington froze its training programme for the "
         "island's coast guard.\n\n"
         "The United States cut the programme in 2022, the U.S. State Department said. U.S. "
         "officials in Washington said the U.S. Congress had asked for a review, and a U.S. "
         "senator from Ohio welcomed the decision.\n\n"
         "The government would pay compensation to the families, the prime minister said. The "
         "opposition accused the government of hiding the report. Police said officers would "
         "cooperate with the inquiry.")


def test_unqualified_nouns_take_the_home_state_of_dateline_headline_and_lead(nlp) -> None:
    codes = actor_codes(nlp, _HOME, date="2023-05-04",
                        title="Barbados PM says police beat detainees; U.S. froze training")
    assert codes["The government"] == "BRBGOV"
    assert codes["The opposition"] == "BRBOPP"
    assert codes["police officers"] == "BRBCOP"
    assert codes["U.S. State Department"] == "USAGOV"


_ABROAD = ("WASHINGTON, May 4 (Wire) - The United States imposed sanctions on Barbados's police "
           "chief and two officers, saying Barbadian police had beaten detainees in Bridgetown.\n\n"
           "Barbados's prime minister rejected the sanctions. Barbados would review the case, the "
           "Barbadian foreign minister said, and Barbados's attorney general said Barbados would "
           "appeal. The government said the police had acted lawfully. The opposition in Barbados "
           "welcomed the sanctions.")


def test_a_headline_acting_on_the_leader_keeps_the_count(nlp) -> None:
    # filed from Washington, headed and led by the United States, but the headline's act is on
    # Barbados, the state the text names most: its "government" is Barbados's
    codes = actor_codes(nlp, _ABROAD, date="2023-05-04", title="U.S. sanctions Barbados police chief")
    assert codes["The government"] == "BRBGOV"
    assert codes["The United States"] == "USA"
