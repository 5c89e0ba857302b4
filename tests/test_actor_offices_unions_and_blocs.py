"""Session 26 (helper A), organs batch Y's judges found coded as the wrong state or left as
fragments: the president's office and what its speaker says of "the government" follow the
story's president, a regional central bank is a monetary union's (not the story's state's), region
words describing a named bloc are no group of their own, a name set off after "the head of
state" is that leader, counted people charged and residents read as the root act, a
constitutional bench is a court and an untagged acronym names a party. Each case has a near miss
(our own sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text, date="2023-06-12")


# --- the president's office --------------------------------------------------------------------

_DRILLS = ("BEIJING, June 12 (Wire) - China sent warships near the Philippines on Monday, days "
           "after President Ferdinand Marcos Jr. visited Japan. Beijing called the patrols routine "
           "and China said its ships would stay. ")


def test_presidential_office_is_the_story_presidents(nlp) -> None:
    codes = _codes(nlp, _DRILLS + '"This is intimidation," a spokesman for the presidential office '
                              "said, adding that the government would protect its waters.")
    assert codes.get("the presidential office") == "PHLGOV"
    assert codes.get("a spokesman") == "PHLGOV"
    assert codes.get("the government") == "PHLGOV"


def test_presidential_office_with_no_president_named_is_not_guessed_abroad(nlp) -> None:
    codes = _codes(nlp, "BEIJING, June 12 (Wire) - China sent warships near the Philippines on "
                        "Monday. Beijing called the patrols routine and China said its ships would "
                        "stay. A spokesman for the presidential office said the drills would end.")
    assert codes.get("the presidential office") != "PHLGOV"


def test_government_after_a_speaker_adding_is_the_speakers(nlp) -> None:
    codes = _codes(nlp, _DRILLS + "The Philippine foreign ministry called the patrols illegal, "
                              "adding that the government would protect its waters.")
    assert codes.get("the government") == "PHLGOV"


# --- a monetary union's central bank ------------------------------------------------------------

def test_regional_central_bank_is_no_one_states(nlp) -> None:
    codes = _codes(nlp, "NIAMEY, June 12 (Wire) - Niger's government said it would seek the "
                        "release of its funds frozen at the regional central bank. Niger's "
                        "army backed the call.")
    assert codes.get("the regional central bank") == "IGO"


def test_region_word_central_bank_is_one_mention_of_the_union(nlp) -> None:
    codes = _codes(nlp, "NIAMEY, June 12 (Wire) - Niger's government protested on Monday. The "
                        "West African central bank said it was following the bloc's orders.")
    assert codes.get("The West African central bank") == "IGO"
    assert "West African" not in codes


def test_state_central_bank_keeps_its_state(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, June 12 (Wire) - Kenya's central bank raised its main rate on "
                        "Monday. The regional economy is slowing, the bank said.")
    assert codes.get("Kenya's central bank") == "KENGOV"
    assert codes.get("the bank") == "KENGOV"


# --- region words describing a named bloc -------------------------------------------------------

def test_region_words_before_a_named_bloc_are_no_group(nlp) -> None:
    codes = _codes(nlp, "KHARTOUM, June 12 (Wire) - Sudan's army said it would join talks. The "
                        "East African bloc IGAD called for a ceasefire.")
    assert codes.get("IGAD") == "IGO"
    assert "East African" not in codes


def test_region_group_of_states_stays_a_group(nlp) -> None:
    codes = _codes(nlp, "KHARTOUM, June 12 (Wire) - Sudan's army said it would join talks. East "
                        "African leaders called for a ceasefire.")
    assert codes.get("East African leaders") == "EAFGOV"


# --- the head of state, named ------------------------------------------------------------------

def test_name_after_the_head_of_state_is_the_stories_leader(nlp) -> None:
    codes = _codes(nlp, "APIA, June 12 (Wire) - Samoa's parliament met on Monday, and Samoa's "
                        "courts ruled. Samoa's opposition protested, but the head of state, "
                        "Malietoa Tanumafili Lealaifuaneva, suspended the sitting. Samoa's police "
                        "closed the chamber.")
    assert codes.get("Malietoa Tanumafili Lealaifuaneva") == "WSMGOV"


def test_name_after_a_head_of_department_is_not_the_leader(nlp) -> None:
    codes = _codes(nlp, "APIA, June 12 (Wire) - Samoa's parliament met on Monday, and Samoa's "
                        "courts ruled. Samoa's opposition protested, but the head of department, "
                        "Malietoa Tanumafili Lealaifuaneva, stayed away. Samoa's police closed "
                        "the chamber.")
    assert codes.get("Malietoa Tanumafili Lealaifuaneva") != "WSMGOV"


# --- counted people charged ----------------------------------------------------------------------

def test_counted_people_charged_are_actors(nlp) -> None:
    codes = _codes(nlp, "BELGRADE, June 12 (Wire) - Serbia's prosecutors said on Monday that 11 "
                        "people had been charged over the fire.")
    assert codes.get("11 people") == "SRBCVL"


def test_counted_people_who_accuse_are_no_target(nlp) -> None:
    codes = _codes(nlp, "BELGRADE, June 12 (Wire) - Serbia's government said on Monday that 11 "
                        "people had signed the letter.")
    assert "11 people" not in codes


# --- residents as the sentence's root -------------------------------------------------------------

def test_residents_read_as_root_with_their_verb_are_actors(nlp) -> None:
    codes = _codes(nlp, "TAIPEI, June 12 (Wire) - China launched drills around Taiwan on Monday. "
                        "Taiwan's defence ministry said it tracked the ships. On Kinmen, residents "
                        "carried on with their day.")
    assert codes.get("residents") == "TWNCVL"


def test_residents_as_a_bare_count_are_no_actor(nlp) -> None:
    codes = _codes(nlp, "TAIPEI, June 12 (Wire) - China launched drills around Taiwan on Monday. "
                        "Taiwan's defence ministry said it tracked the ships. Kinmen has 140,000 "
                        "residents.")
    assert "residents" not in codes


# --- a court's bench ------------------------------------------------------------------------------

def test_constitutional_bench_is_one_court_body(nlp) -> None:
    codes = _codes(nlp, "ISLAMABAD, June 12 (Wire) - Pakistan's parliament passed the bill. A "
                        "seven-judge constitutional bench ruled on Monday that it was void.")
    assert codes.get("A seven-judge constitutional bench") == "PAKJUD"
    assert "A seven-judge" not in codes


def test_opposition_benches_are_no_court(nlp) -> None:
    codes = _codes(nlp, "ISLAMABAD, June 12 (Wire) - Pakistan's parliament passed the bill amid "
                        "jeers from the opposition benches.")
    assert all(code != "PAKJUD" for code in codes.values())


# --- a party named by an untagged acronym ----------------------------------------------------------

def test_acronym_party_after_its_owner_is_a_named_party(nlp) -> None:
    codes = _codes(nlp, "APIA, June 12 (Wire) - Samoa's HRPP party refused to leave office on "
                        "Monday.")
    assert codes.get("HRPP party") == "WSMPTY"


def test_acronym_after_a_description_leaves_the_description(nlp) -> None:
    codes = _codes(nlp, "BUENOS AIRES, June 12 (Wire) - Argentina's president said the trial was "
                        "fair. Ana Lopez, chair of the opposition PRO party, said nobody was above "
                        "the law.")
    assert codes.get("the opposition") == "ARGOPP" and "PRO party" not in codes
