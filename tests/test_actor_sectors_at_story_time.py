"""(session 29) A person's sector is the one they hold at the time of the story: a title of
their own beats a past description, a later office in the lists is not held yet, and a party
leader named with the party is of the party, not the government."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.kb import load_kb


def test_office_taken_up_after_the_story_gives_no_sector():
    entry = load_kb().resolve_person("Succès Masra", "2022-10-21")
    assert (entry.country, entry.sector) == ("TCD", None)


def test_between_two_terms_a_head_of_state_is_a_former_one():
    entry = load_kb().resolve_person("Hassan Sheikh Mohamud", "2020-06-01")
    assert (entry.country, entry.sector, entry.role) == ("SOM", "ELI", "former President")


def test_own_title_beats_a_past_description_in_apposition(nlp):
    codes = actor_codes(nlp, "Kenya's cabinet met on Monday. Prime Minister Otieno Wambua, a "
                             "former opposition leader named in May, said the curfew would stay. "
                             "He blamed the rioters.")
    assert codes["Prime Minister Otieno Wambua"] == "KENGOV"
    assert codes["a former opposition leader"] == "KENGOV"
    assert codes["He"] == "KENGOV"


def test_leader_of_a_named_party_is_party_not_government(nlp):
    codes = actor_codes(nlp, "Romania's government expelled two diplomats on Monday. Dorin "
                             "Vasilescu, leader of the nationalist Renasterea party, accused the "
                             "government of acting on orders from Brussels.")
    assert codes["Dorin Vasilescu"] == "ROUPTY"


def test_leader_without_a_party_stays_government(nlp):
    codes = actor_codes(nlp, "Romania's government met on Monday. Dorin Vasilescu, leader of "
                             "the delegation, said the talks would go on.")
    assert codes["Dorin Vasilescu"] != "ROUPTY"


def test_justice_minister_is_government_not_judiciary(nlp):
    codes = actor_codes(nlp, "Peru's justice minister said the prisoners would be moved.")
    assert codes["Peru's justice minister"] == "PERGOV"


def test_presidential_aides_are_government(nlp):
    codes = actor_codes(nlp, "In Peru, presidential aides said the matter was closed.")
    assert codes["presidential aides"] == "PERGOV"


def test_present_title_of_an_office_held_later_keeps_it(nlp):
    codes = actor_codes(nlp, "In Chad, Prime Minister Succes Masra met the unions.",
                        date="2022-10-21")
    assert codes["Prime Minister Succes Masra"] == "TCDGOV"
