"""Session 17: actors left without a state, or given the wrong one, on fresh wire news. A story
filed from the state whose act its lead reports is about that state; a given name with an age
is the person named in full before; a bare "leader" listed among a party's executives leads the
party; a party named again without its kind word is the same party; captives freed "from" a
place are not of it; a military spokesman is the military; "both delegations" after a state's
army and a rebel group are those two; a person "with/at" a body works for it; diplomats quoted
with no state keep none. Each rule has a near miss it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Actor, Article

from actor_helpers import actor_codes


def _actors(nlp, text: str, date: str = "2024-05-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _codes(nlp, text: str, name: str) -> list[str | None]:
    return [a.code for a in _actors(nlp, text) if a.text == name]


_EXPULSION = ("CHISINAU, March 2 (Wire) - {doer} expelled a {victim} diplomat on Monday after "
              "its police said they had found a spy ring.\n\nMoscow denied the charge. Russia's "
              "foreign ministry called it a provocation.\n\nThe government said the ring had "
              "photographed bridges.")


def test_dateline_state_that_acts_in_the_lead_is_the_main_state(nlp):
    codes = actor_codes(nlp, _EXPULSION.format(doer="Moldova", victim="Russian"))
    assert codes["The government"] == "MDAGOV"
    assert codes["a Russian diplomat"] == "RUSGOV"


def test_dateline_alone_does_not_make_the_main_state(nlp):
    # the lead's doer is the other state: the dateline is only where the story was filed
    codes = actor_codes(nlp, _EXPULSION.format(doer="Russia", victim="Moldovan"))
    assert codes["The government"] is None


def test_troops_a_state_keeps_are_its_own(nlp):
    codes = actor_codes(nlp, "Russia still keeps about 1,500 troops in the breakaway region "
                             "of Moldova, officials said.")
    assert codes["1,500 troops"] == "RUSMIL"
    codes = actor_codes(nlp, "About 1,500 troops are in the breakaway region of Moldova, "
                             "Russia said.")
    assert codes["1,500 troops"] is None


_BAN = ("Thailand's Constitutional Court on Tuesday dissolved the opposition People's Hope "
        "Party. The judges banned eight of the {owner} current and former executives, "
        "including former leader Anan Wongsa, from politics for five years. Anan, 51, told "
        "supporters the fight would go on. Niran Boonma, 30, said she was sad.")


def test_listed_former_leader_of_a_party_and_his_given_name(nlp):
    actors = _actors(nlp, _BAN.format(owner="party's"))
    assert [a.code for a in actors if a.text == "former leader Anan Wongsa"] == ["THAPTY"]
    anan = next(a for a in actors if a.text == "Anan")
    assert anan.code == "THAPTY" and anan.name == "Anan Wongsa"
    # a new name with an age is still a private person of the story's state
    assert [a.code for a in actors if a.text == "Niran Boonma"] == ["THACVL"]


def test_listed_leader_of_a_ministry_stays_in_government(nlp):
    assert _codes(nlp, _BAN.format(owner="ministry's"), "former leader Anan Wongsa") == ["THAGOV"]


_PARTY = ("BANGKOK, June 4 (Wire) - Thailand's Election Commission on Tuesday asked the courts "
          "to dissolve the opposition People's Hope Party, which came second in last year's "
          "vote.\n\nThe case rests on {name}'s promise to cut the army's budget.")


def test_party_named_again_without_its_kind_word(nlp):
    assert _codes(nlp, _PARTY.format(name="People's Hope"), "People's Hope's") == ["THAPTY"]


def test_another_party_name_is_not_the_first_party(nlp):
    assert "THAPTY" not in _codes(nlp, _PARTY.format(name="New Dawn"), "New Dawn's")


def test_captives_freed_from_a_place_are_not_of_it(nlp):
    codes = actor_codes(nlp, "Militants freed nine hostages from the Gaza Strip on Monday "
                             "under a deal mediated by Qatar.")
    assert codes["nine hostages"] is None
    assert codes["Militants"] == "PSEREB"  # their captors held them there
    # "from" on the noun still says where they come from
    codes = actor_codes(nlp, "Three hostages from Japan were freed on Sunday.")
    assert codes["Three hostages"] == "JPN"


def test_military_spokesman_is_the_military(nlp):
    codes = actor_codes(nlp, "In Bamako, an army spokesman denied that troops had fired on "
                             "the crowd.")
    assert codes["an army spokesman"] == "MLIMIL"
    codes = actor_codes(nlp, "In Bamako, a government spokesman denied that troops had fired "
                             "on the crowd.")
    assert codes["a government spokesman"] == "MLIGOV"
    # a rebel movement's military spokesman speaks for the movement
    codes = actor_codes(nlp, "Houthi military spokesman Ali Nasser said the drones had hit "
                             "two depots.", date="2019-09-15")
    assert codes["military spokesman Ali Nasser"] == "YEMREB"


def test_both_delegations_are_the_army_and_the_rebels(nlp):
    text = ("Colombia's army and the ELN rebels agreed on Friday to a ceasefire, Cuban mediators "
            "said. The mediators said both delegations had signed a short text committing them "
            "to free hostages.")
    assert sorted(_codes(nlp, text, "both delegations")) == ["COLMIL", "COLREB"]
    assert sorted(_codes(nlp, text, "them")) == ["COLMIL", "COLREB"]


def test_delegations_of_one_government_are_no_pair(nlp):
    text = ("Colombian President Gustavo Petro and his foreign minister spoke on Friday. Both "
            "delegations signed a text.")
    assert "COLMIL" not in _codes(nlp, text, "delegations")


def test_person_described_by_the_body_they_work_at(nlp):
    codes = actor_codes(nlp, '"Prices will rise," said Maria Lind, an analyst at a Nairobi '
                             'think tank.')
    assert codes["Maria Lind"] == "KENCVL"  # (session 31) an analyst is a private person
    codes = actor_codes(nlp, '"The camps are full," said Omar Said, an official with the U.N. '
                             'refugee agency in Kabul.')
    assert codes["Omar Said"].startswith("UNO")


def test_a_town_alone_after_at_is_no_employer(nlp):
    codes = actor_codes(nlp, '"Prices will rise," said Maria Lind, an analyst at Nairobi on '
                             'Monday.')
    # (session 31) no employer's state; an analyst is a private person, whom the one place of
    # her sentence places as it places residents
    assert codes["Maria Lind"] == "KENCVL"


def test_unnamed_diplomats_quoted_take_no_state_from_the_story(nlp):
    codes = actor_codes(nlp, "KINSHASA - Congo's army retook the town of Goma on Monday. "
                             "Diplomats said the offensive had stalled talks.")
    assert codes["Diplomats"] is None
    codes = actor_codes(nlp, "KINSHASA - Congo's army retook the town of Goma on Monday. "
                             "Kenyan diplomats said the offensive had stalled talks.")
    assert codes["Kenyan diplomats"] == "KENGOV"


def test_a_name_with_an_age_description_is_a_private_person_of_the_scene(nlp):
    for name in ("Somchai Boonma", "Siriporn Chaiwan"):  # (the tagger reads one as a body)
        text = (f"Thailand's court banned the party on Wednesday. Outside the party office in "
                f"Bangkok, {name}, a 27-year-old graphic designer, said she was angry.")
        assert actor_codes(nlp, text)[name] == "THACVL"


def test_a_name_with_a_title_description_is_no_private_person(nlp):
    text = ("Thailand's court banned the party on Wednesday. Outside the party office in "
            "Bangkok, Somchai Boonma, a senior police officer, said the crowd was calm.")
    assert actor_codes(nlp, text)["Somchai Boonma"] != "THACVL"
