"""Session 51, round 3: officials who report their own state's act, a ministry named the way one
state names it, experts named by the state they study, a place's governor, "whose government",
another person of a known surname, and Gulf ruling families' names (batches BQ, BQ2, BR and BR2's
leftovers). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str) -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date), word)


def test_officials_reporting_their_states_act_are_its():
    text = ("NEW DELHI, Feb 22 (Wire) - India has suspended military supplies to Nepal, officials said on "
            "Tuesday. Nepal's king seized power this month. Nepal's army is fighting rebels. Nepal's "
            "parties were banned.")
    assert codes_of(text, "officials", "2005-02-22") == ["INDGOV"]


def test_an_external_affairs_ministry_is_indias():
    text = ("KATHMANDU, Feb 22 (Wire) - Nepal's king met his ministers. An External Affairs Ministry "
            "spokesman said supplies were under review.")
    assert codes_of(text, "An External Affairs Ministry spokesman", "2005-02-22") == ["INDGOV"]


def test_an_analyst_named_by_the_state_he_studies_is_of_his_institute():
    text = ("TRIPOLI, June 14 (Wire) - The council voted. \"It is a signal,\" said Marco Valenti, a Libya "
            "analyst at a Rome research institute.")
    assert codes_of(text, "Marco Valenti", "2016-06-14") == ["ITACVL"]


def test_a_regions_governor_is_of_its_state():
    text = ("WARSAW, Feb 3 (Wire) - Poland agreed to pay the Czech Republic 45 million euros. Polish "
            "officials said the mine would keep working. Poland's prime minister welcomed the deal. "
            "Martin Puta, governor of the Liberec region, said he welcomed the payment.")
    assert codes_of(text, "Martin Puta", "2022-02-03") == ["CZEGOV"]


def test_whose_government_is_the_antecedents():
    text = ("WARSAW, Feb 3 (Wire) - Poland agreed to pay the Czech Republic 45 million euros. Polish "
            "officials said the mine would keep working. The dispute escalated under Andrej Babis, whose "
            "government broke off talks with Warsaw.")
    assert codes_of(text, "government", "2022-02-03") == ["CZEGOV"]


def test_another_given_name_is_another_person_of_that_surname():
    text = ("LA PAZ, Sept 26 (Wire) - Bolivian police broke up the march. Adolfo Chavez, head of the "
            "indigenous confederation, said the marchers would regroup.")
    assert codes_of(text, "Adolfo Chavez", "2011-09-26") != ["VENGOV"]
    text = "CARACAS, Sept 26 (Wire) - Hugo Chavez said on Monday he was well."
    assert codes_of(text, "Hugo Chavez", "2011-09-26") == ["VENGOV"]


def test_a_gulf_ruling_familys_name_alone_is_no_known_person():
    text = ("DOHA, June 5 (Wire) - Qatar rejected the charges. Foreign Minister Sheikh Mohammed bin "
            "Abdulrahman al-Thani said Doha was open to dialogue.")
    assert "LBYGOV" not in codes_of(text, "al-Thani", "2017-06-05")
