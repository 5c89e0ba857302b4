"""Session 52: actors whose state the article settled earlier (the user's own example, and
batches BV and BV2's leftovers). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2019-09-27", title: str = "") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=title), word)


def test_a_bare_opposition_is_the_one_the_article_already_named():
    text = ("Venezuelan leader Nicolas Maduro met Russian President Vladimir Putin on Wednesday. Putin "
            "said Russia backs Maduro against a coup led by opposition leader Juan Guaido. The Russian "
            "president also said he favoured talks with all factions of the opposition.")
    assert codes_of(text, "the opposition") == ["VENOPP"]


def test_a_sentence_naming_its_own_state_keeps_its_opposition():
    text = ("Venezuelan leader Nicolas Maduro met Russian President Vladimir Putin on Wednesday. Putin "
            "said Russia backs Maduro against a coup led by opposition leader Juan Guaido. In Russia, "
            "the opposition has been barred from the ballot.")
    assert codes_of(text, "the opposition") == ["RUSOPP"]


def test_opposition_leaders_in_a_fronted_capital_and_the_government_they_criticise():
    text = ("WASHINGTON, Dec 14 (Wire) - The United States imposed sanctions on Turkey on Monday. "
            "In Ankara, opposition leaders criticised both Washington and the government.")
    assert codes_of(text, "opposition leaders", "2020-12-14") == ["TUROPP"]
    assert codes_of(text, "the government", "2020-12-14") == ["TURGOV"]


def test_other_officials_listed_after_a_placed_official_share_his_state():
    text = ("WASHINGTON, Dec 14 (Wire) - The United States imposed sanctions on Turkey's arms agency, "
            "the Presidency of Defence Industries, along with its head, Ismail Demir, and three other "
            "senior officials.")
    assert codes_of(text, "Presidency of Defence Industries", "2020-12-14") == ["TURGOV"]
    assert codes_of(text, "Ismail Demir", "2020-12-14") == ["TURGOV"]
    assert codes_of(text, "three other senior officials", "2020-12-14") == ["TURGOV"]


def test_an_unnamed_spokesperson_after_an_alliance_speaks_for_it():
    text = ("WASHINGTON, Dec 14 (Wire) - The United States imposed sanctions on Turkey. NATO said the "
            "matter was for the two allies to settle. A spokesperson said the alliance welcomed talks.")
    assert codes_of(text, "A spokesperson", "2020-12-14") == ["IGOMIL"]


def test_an_officer_who_commands_a_states_forces_is_of_that_state():
    text = ("DUBAI, June 20 (Wire) - Iran shot down a drone over the Strait of Hormuz. \"This attack was "
            "irresponsible,\" said Lieutenant General Joseph Guastella, who commands U.S. air forces in "
            "the region. Congressional leaders were called to the White House.")
    assert codes_of(text, "Lieutenant General Joseph Guastella", "2019-06-20") == ["USAMIL"]
    assert codes_of(text, "Congressional leaders", "2019-06-20") == ["USALEG"]


def test_the_kingdom_is_not_the_state_of_a_city_someone_spoke_in():
    text = ("DUBAI, June 20 (Wire) - Iran shot down a drone over the Strait of Hormuz. Saudi Arabia, "
            "Iran's main rival, blamed Tehran. Its minister told reporters in London that the kingdom "
            "was consulting its allies.")
    assert codes_of(text, "the kingdom", "2019-06-20") == ["SAU"]


def test_militants_in_a_story_about_israel_are_palestinian():
    text = ("JERUSALEM, Oct 18 (Wire) - Israel freed 477 Palestinian prisoners on Tuesday in exchange for "
            "a soldier held in Gaza. He was seized in 2006 when militants tunnelled under the border and "
            "attacked an army post. Israeli officials said many of the released prisoners would be watched.")
    assert codes_of(text, "militants", "2011-10-18") == ["PSEREB"]
    assert codes_of(text, "prisoners", "2011-10-18") == ["PSE"]


def test_a_states_ruling_council_keeps_its_state():
    text = ("JERUSALEM, Oct 18 (Wire) - Israel freed 477 Palestinian prisoners on Tuesday. Egypt's "
            "ruling military council said the exchange showed Cairo's role as a mediator.")
    assert codes_of(text, "Egypt's ruling military council", "2011-10-18") == ["EGYMIL"]


def test_a_former_running_mate_sworn_in_is_no_former_official():
    text = ("BRASILIA, Aug 31 (Wire) - Brazil's Senate voted on Wednesday to remove President Dilma "
            "Rousseff, handing the economy to her former running mate, Michel Temer. Temer was sworn in "
            "three hours later.")
    assert codes_of(text, "Michel Temer", "2016-08-31") == ["BRAGOV"]
    assert codes_of(text, "Temer", "2016-08-31") == ["BRAGOV"]


def test_a_surname_read_as_a_plural_noun_is_still_the_person():
    text = ("LA PAZ, Dec 30 (Wire) - Bolivia expelled Mexico's ambassador, accusing her of helping aides of "
            "ousted President Evo Morales. Morales stepped down on Nov. 10 after weeks of protests. He "
            "says he was forced out in a coup.")
    assert codes_of(text, "Morales", "2019-12-30") == ["BOLELI"]
    assert codes_of(text, "He", "2019-12-30") == ["BOLELI"]


def test_a_consul_listed_after_a_states_diplomat_serves_that_state():
    text = ("LA PAZ, Dec 30 (Wire) - Interim President Jeanine Anez said Mexican Ambassador Maria Teresa "
            "Mercado, Spanish charge d'affaires Cristina Borreguero and consul Alvaro Fernandez had been "
            "declared persona non grata.")
    assert codes_of(text, "consul Alvaro Fernandez", "2019-12-30") == ["ESPGOV"]


def test_the_village_of_a_town_named_abroad_is_the_storys_own():
    text = ("MEXICO CITY, Jan 6 (Wire) - Mexican troops captured a cartel leader in Sinaloa state. Troops "
            "came under fire as they closed in on the suspect in the village of Jesus Maria, north of "
            "Culiacan. Mexico's defence minister praised the soldiers.")
    assert codes_of(text, "Jesus Maria", "2023-01-06") == ["MEX"]


def test_arabic_family_names_match_with_the_article():
    text = ("BEIRUT, Nov 4 (Wire) - Lebanese Prime Minister Saad al-Hariri resigned on Saturday, citing "
            "a climate like the one before the assassination of his father Rafik al-Hariri in 2005. Saudi "
            "Gulf Affairs Minister Thamer al-Sabhan welcomed the move.")
    assert codes_of(text, "Rafik al-Hariri", "2017-11-04") == ["LBNELI"]
    assert codes_of(text, "Saudi Gulf Affairs Minister Thamer al-Sabhan", "2017-11-04") == ["SAUGOV"]



def test_a_one_word_name_introduced_anew_is_not_the_known_namesake():
    text = ("CAIRO, April 23 (Wire) - Egyptians approved constitutional changes. The army ousted Islamist "
            "President Mohamed Mursi in 2013. \"They kept the wording and changed the meaning,\" said "
            "Mohamed, a 34-year-old engineer in Giza.")
    assert codes_of(text, "Mohamed", "2019-04-23") != ["EGYELI"]


def test_a_future_prime_minister_in_opposition_before_office():
    text = ("KIEV, Nov 22 (Wire) - Tens of thousands rallied in Kiev. Yulia Tymoshenko, a fiery ally of "
            "the opposition leader, urged a general strike.")
    assert codes_of(text, "Yulia Tymoshenko", "2004-11-22") == ["UKROPP"]


def test_an_expelled_ambassador_is_his_own_states():
    text = ("KUALA LUMPUR, March 6 (Wire) - Malaysia's foreign ministry declared Ambassador Kang Chol "
            "persona non grata on Monday over the murder of Kim Jong Nam. Kang said Malaysia would "
            "regret the decision.")
    assert codes_of(text, "Ambassador Kang Chol", "2017-03-06") == ["PRKGOV"]
    assert codes_of(text, "Kang", "2017-03-06") == ["PRKGOV"]
