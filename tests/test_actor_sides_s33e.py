"""Session 33 (helper e): actors linked to the wrong side. A people of one state is coded by
its own land, not by a colonial power the story is about; a titled person's set-off past in a
named state gives his nationality; an officer with no state commands the one state's forces the
text named; the spokesman, the two leaders and both sides follow the parties the text gives."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_people_of_one_state_is_coded_by_its_own_land(nlp) -> None:
    codes = actor_codes(nlp, "Herero activists marched to the German embassy in Windhoek on "
                             "Monday. Nama chiefs said they would sue Berlin.")
    assert (codes.get("Herero activists") or "").startswith("NAM")
    assert (codes.get("Nama") or codes.get("Nama chiefs") or "").startswith("NAM")


def test_a_past_office_in_a_named_state_gives_a_titled_persons_nationality(nlp) -> None:
    codes = actor_codes(nlp, "Kenya and Uganda signed a border deal on Monday. Kenyan officials "
                             "said the deal would end years of dispute, and Kenya's parliament "
                             "must still ratify it. The talks were led by special envoy Hans "
                             "Weber, a former Austrian diplomat.")
    assert (codes.get("special envoy Hans Weber") or codes.get("Hans Weber") or "").startswith("AUT")


def test_an_officer_with_no_state_commands_the_one_force_named_before(nlp) -> None:
    codes = actor_codes(nlp, "Congo marked the anniversary of the massacre on Monday. Congolese "
                             "officials laid wreaths in Kinshasa. Belgian colonial troops killed "
                             "hundreds of villagers there in 1904. General Paul Durand ordered "
                             "the village burned.")
    assert codes.get("General Paul Durand") == "BELMIL"


def test_an_officer_stays_the_storys_when_its_own_forces_are_named(nlp) -> None:
    codes = actor_codes(nlp, "Congo marked the anniversary of the battle on Monday. Congolese "
                             "troops and Belgian colonial troops fought there in 1904. General "
                             "Paul Durand ordered a retreat.")
    assert codes.get("General Paul Durand") != "BELMIL"


_DISPUTE = ("Nepal protested to India over a new road near Lipulekh. Nepal's foreign ministry said "
            "the road crossed Nepali territory, and Nepalese lawmakers backed the protest. ")


def test_a_spokesman_speaks_for_the_government_of_the_sentence_before(nlp) -> None:
    codes = actor_codes(nlp, _DISPUTE + "New Delhi insists the area is Indian territory. Ministry "
                                        "spokesman Ravi Kumar said on Friday that talks would follow.")
    assert codes.get("Ministry spokesman Ravi Kumar") == "INDGOV"


def test_a_spokesman_after_several_governments_keeps_the_storys_state(nlp) -> None:
    codes = actor_codes(nlp, _DISPUTE + "Nepal and India said talks would follow. Ministry "
                                        "spokesman Ravi Kumar gave no date.")
    assert codes.get("Ministry spokesman Ravi Kumar") != "INDGOV"


def test_the_two_leaders_are_the_pair_that_held_talks_at_a_venue(nlp) -> None:
    found = _codes_of(nlp, "Kenya sent more troops to Somalia than Uganda and Burundi together. "
                           "Kenyan President Daniel Otieno held talks at the state house with "
                           "Somali President Abdi Warsame. The two leaders agreed to extend the "
                           "mission.")
    assert {c for t, c in found if t == "The two leaders"} == {"KENGOV", "SOMGOV"}


def test_people_a_foreign_donors_help_is_for_are_of_the_dateline_state(nlp) -> None:
    codes = actor_codes(nlp, "FREETOWN, May 3 (Wire) - Japan pledged $40 million to rebuild "
                             "clinics damaged in the floods. Japan's foreign minister said Tokyo "
                             "would send engineers. Japanese officials said the money would also "
                             "pay for help to victims.")
    assert codes.get("victims") == "SLECVL"


def test_people_placed_by_their_own_words_keep_their_state(nlp) -> None:
    codes = actor_codes(nlp, "FREETOWN, May 3 (Wire) - Japan pledged $40 million to rebuild "
                             "clinics in Sierra Leone. \"For farmers in Japan, the deal matters "
                             "too,\" said a Japanese economist.")
    assert codes.get("farmers") != "SLEAGR"


def _codes_of(nlp, text: str) -> list[tuple[str, str | None]]:
    from dyads.actors import find_actors
    from dyads.model import Article
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text,
                                                                     date="2023-03-01"))]


def test_a_state_others_fled_to_is_not_a_private_persons(nlp) -> None:
    codes = actor_codes(nlp, "\"We want our land back,\" said Maria Kandjii, a 40-year-old nurse "
                             "whose grandparents fled to Angola during the war.")
    assert not (codes.get("Maria Kandjii") or "").startswith("AGO")
