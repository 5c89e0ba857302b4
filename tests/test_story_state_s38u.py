"""Session 38, helper u (batch AK): a story filed from and headed by one state but led by a
third state's actor has no main state, however often it names the prosecutor abroad; a titled
person heading a state organ ("the president of Bolivia's Senate") is of that organ's state.
Sentences of our own."""

from __future__ import annotations

from actor_helpers import actor_codes

_THIRD_PARTY = ("LOME, May 4 (Wire) - Chilean banker Pedro Vial, accused by the United States of "
                "laundering money for a cartel, was extradited from Togo to Miami on Saturday.\n\n"
                "He will appear before a federal judge in Miami, the U.S. Justice Department said. "
                "U.S. prosecutors in Florida charged him in 2020, and the U.S. Treasury froze his "
                "assets in New York. A U.S. official in Washington welcomed the move.\n\n"
                "In Lome, Togo's prime minister said the government had followed the decisions of "
                "Togo's courts. Togo's Supreme Court approved the extradition in May and the "
                "Constitutional Court rejected his appeal in June.")


def test_no_story_state_when_a_third_state_leads_the_story(nlp) -> None:
    codes = actor_codes(nlp, _THIRD_PARTY, date="2023-05-04",
                        title="Togo extradites Chilean banker to U.S.")
    # the Constitutional Court is the one of the state its sentence names, not the count leader's
    assert codes["the Constitutional Court"] == "TGOJUD"
    assert codes["a cartel"] != "USACRM"
    assert codes["Chilean banker Pedro Vial"].startswith("CHL")
    assert codes["U.S. Justice Department"] == "USAJUD"


def test_a_count_leader_stays_when_the_lead_names_no_state(nlp) -> None:
    # the same story led by "the banker" (no state's actor): the count still decides, and an
    # unqualified group is of the state named most
    text = _THIRD_PARTY.replace("Chilean banker Pedro Vial", "The banker")
    codes = actor_codes(nlp, text, date="2023-05-04", title="Togo extradites banker to U.S.")
    assert codes["a cartel"] == "USACRM"


_ORGAN_HEAD = ("LIMA, May 4 (Wire) - Bolivia's President Luis Arce met Peru's president on "
               "Thursday.\n\n"
               "Carlos Mendez, the president of Bolivia's Senate, told reporters in Lima that the "
               "talks would go on. Mendez said Peru had agreed.")


def test_head_of_a_state_organ_is_of_its_state(nlp) -> None:
    codes = actor_codes(nlp, _ORGAN_HEAD, date="2023-05-04", title="Bolivia and Peru hold talks")
    assert codes["Carlos Mendez"].startswith("BOL")
    assert codes["Mendez"].startswith("BOL")
