"""Session 18, actors and parties on fresh wire news: members of a body named by an "of" phrase,
armed forces named by a region of a state, phrases that name other states than the story's,
a signer's principal, the holder asked to free someone, a paper named again by its last word,
and "their" organs of a list of states. Every sentence is our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events


def _codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def _event(nlp, text: str, trigger: str):
    return next(e for e in code_events(nlp, text) if e.trigger == trigger)


def test_official_of_a_body_takes_the_body_code(nlp):
    codes = actor_codes(nlp, "In Cairo, Samir Haddad, a senior official of Hezbollah, met the envoy.")
    assert codes["Samir Haddad"] == "LBNREB"


def test_critic_of_a_body_is_not_its_member(nlp):
    codes = actor_codes(nlp, "In Cairo, Samir Haddad, a critic of Hezbollah, met the envoy.")
    assert codes["Samir Haddad"] != "LBNREB"


def test_forces_named_by_a_region_are_its_armed_side(nlp):
    ev = _event(nlp, "Amhara militias clashed with federal troops. Later, Tigrayan forces shelled "
                     "the town of Alamata.", "shelled")
    assert _codes(ev.source) == ["ETHREB"]


def test_forces_named_by_their_state_stay_its_military(nlp):
    codes = actor_codes(nlp, "Ethiopian forces shelled the town. Twenty Indian soldiers were hurt.")
    assert codes["Ethiopian forces"] == "ETHMIL"
    assert codes["Twenty Indian soldiers"] == "INDMIL"


def test_forces_from_a_region_join_the_joint_act(nlp):
    ev = _event(nlp, "Oromo leaders and forces from the western Tigray region signed a truce on "
                     "Sunday.", "signed")
    assert "ETHREB" in _codes(ev.source)


def test_troops_placed_in_a_region_stay_the_states(nlp):
    ev = _event(nlp, "Troops in the Tigray region shelled the town on Sunday.", "shelled")
    assert _codes(ev.source) == ["ETHMIL"]


def test_foreign_media_are_not_the_host_states(nlp):
    codes = actor_codes(nlp, "Belarus expelled a diplomat on Monday. Several foreign media outlets "
                             "withdrew staff after the vote.")
    # (session 28: "media outlets" is one sector noun, so the span takes "outlets" in)
    assert codes["Several foreign media outlets"] is None


def test_bare_governments_are_no_one_state(nlp):
    ev = _event(nlp, "The Afghan envoy met aid officials in Kabul. He asked governments to unfreeze "
                     "reserves.", "asked")
    assert _codes(ev.target) == [None]


def test_qualified_governments_keep_their_code(nlp):
    ev = _event(nlp, "The Afghan envoy met aid officials in Kabul. He asked Western governments to "
                     "unfreeze reserves.", "asked")
    assert _codes(ev.target) == ["WSTGOV"]


def test_signing_for_a_government_names_the_principal(nlp):
    ev = _event(nlp, "Amina Yusuf, Sudan's deputy foreign minister, signed for the government on "
                     "Tuesday.", "signed")
    assert ev.target == []


def test_signing_with_a_state_keeps_the_counterpart(nlp):
    ev = _event(nlp, "Sudan signed a ceasefire accord with South Sudan on Tuesday.", "signed")
    assert _codes(ev.target) == ["SSD"]


def test_release_demand_is_made_of_the_holder(nlp):
    ev = _event(nlp, "Canada demanded the release of engineer Paul Roy, a day after Iran's "
                     "Revolutionary Guards detained him.", "demanded")
    assert {(a.country or "") for a in ev.target} == {"IRN"}


def test_demand_to_a_state_to_free_people_keeps_that_state(nlp):
    ev = _event(nlp, "Canada urged Iran to release the engineer.", "urged")
    assert _codes(ev.target) == ["IRN"]


def test_paper_named_again_by_its_last_word(nlp):
    codes = actor_codes(nlp, "The New York Times reported the deal. The Times said Iran denied it.")
    assert codes["The Times"] == "USAJRN"


def test_paper_never_named_in_full_stays_uncoded(nlp):
    codes = actor_codes(nlp, "Police arrested the editor of a local paper. The Journal said it "
                             "would appeal.")
    assert codes.get("The Journal") is None


def test_their_governments_after_a_list_of_peoples(nlp):
    ev = _event(nlp, "Paris cut the number of visas issued to Algerians, Moroccans and Tunisians, "
                     "citing their governments' refusal to take back citizens.", "refusal")
    assert set(_codes(ev.source)) == {"DZAGOV", "MARGOV", "TUNGOV"}


def test_their_possession_of_a_thing_adds_no_actor(nlp):
    codes = actor_codes(nlp, "Police questioned Algerians and Moroccans about their trip.")
    assert set(codes) == {"Police", "Algerians", "Moroccans"}


def test_organ_after_another_body_is_that_bodys(nlp):
    codes = actor_codes(nlp, "The OAS General Assembly voted on Friday to condemn the election.")
    assert codes["General Assembly"] == "IGOGOV"


def test_organ_named_alone_stays_the_uns(nlp):
    codes = actor_codes(nlp, "Bolivia told the General Assembly on Friday that it would abstain.")
    assert codes["General Assembly"] == "UNOGOV"


def test_noun_before_a_passive_infinitive_undergoes_it(nlp):
    ev = _event(nlp, "She is the second Dutch reporter to be detained in Belarus this year.",
                "detained")
    assert _codes(ev.target) == ["NLDJRN"]


def test_passive_infinitive_with_its_own_subject_is_left_alone(nlp):
    ev = _event(nlp, "Minsk wants the Dutch reporter to be detained until the trial.", "detained")
    assert "NLDJRN" in _codes(ev.target)


def test_person_who_ruled_holds_the_states_government(nlp):
    codes = actor_codes(nlp, "Kenya held talks on Monday. Joseph Kamau, who ruled for 24 years, died.")
    assert codes["Joseph Kamau"] == "KENGOV"


def test_person_who_ran_a_farm_holds_no_office(nlp):
    codes = actor_codes(nlp, "Kenya held talks on Monday. Joseph Kamau, who ran a farm for 24 years, "
                             "died.")
    assert codes["Joseph Kamau"] is None
