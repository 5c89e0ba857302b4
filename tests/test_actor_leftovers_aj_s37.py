"""Session 37, helper m: actor mentions of batch AJ still coded wrong after the first round (a
world body's official coded with the host state, a region's description of one state, forces
owned by an accused state or lost by one, a second president, a topic state's government).
Sentences written for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def codes_of(nlp, text: str, span: str, date: str = "2022-06-01") -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date)) if a.text == span]


def test_head_of_a_world_bodys_mission_is_the_bodys_not_the_hosts(nlp):
    text = ("JUBA, May 3 (Wire) - Fighting spread across South Sudan on Friday. Hilde Johnson, head of "
            "the U.N. mission in South Sudan, said peacekeepers were protecting civilians.")
    assert codes_of(nlp, text, "Hilde Johnson") == ["UNOGOV"]


def test_a_region_topic_in_the_description_is_no_employer(nlp):
    text = ("RIYADH, May 3 (Wire) - Saudi Arabia and Qatar restored ties. \"This is the last step,\" "
            "said Karim Haddad, a Gulf affairs researcher at a think tank in Beirut.")
    assert codes_of(nlp, text, "Karim Haddad") == ["LBN"]


def test_region_description_of_the_only_state_of_the_region_named_before(nlp):
    text = ("LIBREVILLE, May 3 (Wire) - A court in Gabon jailed ten men on Friday. The men were "
            "foreigners. They had hired boats. Police said they had planned to seize power in the "
            "small Central African country.")
    assert codes_of(nlp, text, "the small Central African country") == ["GAB"]
    assert codes_of(nlp, text, "Central African") == []


def test_central_african_troops_stay_the_republics(nlp):
    text = "BANGUI, May 3 (Wire) - Central African troops clashed with rebels near the border on Friday."
    assert codes_of(nlp, text, "Central African troops") == ["CAFMIL"]


def test_owner_pronoun_of_the_accused_states_act(nlp):
    text = ("NAIROBI, May 3 (Wire) - The African Union on Friday suspended Mali, accusing the Sahel "
            "state of backing armed groups and refusing to pull its soldiers back from the border.")
    assert codes_of(nlp, text, "soldiers") == ["MLIMIL"]


def test_owner_pronoun_of_the_urged_state_is_unchanged(nlp):
    text = "Germany called on Russia to withdraw its troops from the border."
    assert codes_of(nlp, text, "troops") == ["RUSMIL"]


def test_soldiers_a_state_has_lost_are_its_own(nlp):
    text = ("The African Union extended its mission in Somalia on Friday. Burundi, which provides many "
            "of the AU troops in Mogadishu, has lost soldiers to insurgent attacks.")
    assert codes_of(nlp, text, "soldiers") == ["BDIMIL"]


def test_a_second_president_is_not_the_one_whose_president_was_named(nlp):
    text = ("ADDIS ABABA, May 3 (Wire) - Eritrea rejected the ruling. The government of President "
            "Isaias Afwerki called it unjust. Djibouti praised the decision. A Djiboutian diplomat "
            "said his government expected Eritrea to withdraw. President Ismail Omar Guelleh has "
            "asked the council to force Asmara to accept mediation.")
    assert codes_of(nlp, text, "President Ismail Omar Guelleh") == ["DJIGOV"]


def test_the_government_goes_on_with_the_topic_state_of_the_paragraph(nlp):
    text = ("WASHINGTON, May 3 (Wire) - The United States and Kuwait signed a trade pact. U.S. officials "
            "said the United States would gain access to new markets. Washington hopes for more deals. "
            "Kuwait sits at the head of the Gulf. It joined the WTO in 1995. With its oil output "
            "falling, the government has pushed to create private jobs.")
    assert codes_of(nlp, text, "the government") == ["KWTGOV"]


def test_the_government_with_a_state_named_before_it_is_left_alone(nlp):
    text = ("WASHINGTON, May 3 (Wire) - The United States and Kuwait signed a trade pact. U.S. officials "
            "said the United States would gain access to new markets. Washington hopes for more deals. "
            "Kuwait sits at the head of the Gulf. In Washington, the government has pushed for the deal.")
    assert codes_of(nlp, text, "the government") == ["USAGOV"]


def test_a_capital_naming_a_bodys_seat_is_no_employer(nlp):
    text = ("STRASBOURG, May 3 (Wire) - The Council of Europe suspended Russia. \"It comes late,\" said "
            "Tomas Lindqvist, a researcher at a Brussels policy institute.")
    assert codes_of(nlp, text, "Tomas Lindqvist") != ["EUR"]


def test_the_government_after_a_state_that_merely_acted_is_left_alone(nlp):
    text = ("SKOPJE, May 3 (Wire) - North Macedonia's referendum failed. Prime Minister Zoran Zaev "
            "vowed to go on. Moscow has denied interfering in the vote. On Sunday night, supporters "
            "celebrated outside parliament, chanting against the government.")
    assert codes_of(nlp, text, "the government") == ["MKDGOV"]


def test_owner_pronoun_of_the_accused_state_after_a_council(nlp):
    text = ("UNITED NATIONS, May 3 (Wire) - The U.N. Security Council on Friday imposed an embargo on "
            "Mali and froze the assets of its leaders, accusing the Sahel state of backing armed groups "
            "and refusing to pull its troops back from the border.")
    assert codes_of(nlp, text, "troops") == ["MLIMIL"]
