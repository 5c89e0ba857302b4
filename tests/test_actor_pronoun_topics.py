"""Session 33: pronouns and the topic they continue (sentences of our own): a subject inside a
clause that only describes a noun is no topic, an object "them" takes up its own sentence first,
"it warned" goes on with the body that spoke before, and a joined subject the stage half knows
is still the "they" of its own sentence."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import events_of


def test_the_subject_of_a_participle_describing_a_noun_is_no_topic(nlp) -> None:
    codes = actor_codes(nlp, "LIMA, May 3 (Wire) - Interior Minister Ana Silva said the ban answered Chile's "
                             "refusal to renew permits for Peruvian students living in Santiago. She accused "
                             "the Chilean authorities of bad faith and said Lima had warned them twice.")
    assert (codes.get("them") or "")[:3] == "CHL"


def test_a_subject_of_a_clause_placing_a_noun_is_no_topic(nlp) -> None:
    codes = actor_codes(nlp, "ABUJA, May 3 (Wire) - Nigerian businessman Emeka Okafor, who had been held in "
                             "Britain for a year, was flown to Abuja, where President Bola Tinubu greeted him "
                             "at the airport. British prosecutors had charged him with fraud.")
    assert codes.get("him") != codes.get("President Bola Tinubu")


def test_an_object_them_takes_up_its_own_sentence_first(nlp) -> None:
    codes = actor_codes(nlp, "NAIROBI, May 3 (Wire) - The minister denied that police had beaten students "
                             "and said two officers were hurt. The government also closed the printers that "
                             "serve the independent Daily Nation and two other newspapers, and banned them "
                             "from printing.")
    assert not (codes.get("them") or "").endswith("COP")


def test_it_warned_goes_on_with_the_body_that_spoke_before(nlp) -> None:
    warns = events_of(nlp, "CHISINAU, May 3 (Wire) - Moldova's border agency said in a statement that the "
                           "drivers were stranded and that Ukraine was holding their lorries without cause. "
                           "It warned Kyiv against any escalation.", "THREATEN")
    assert warns and not any((a.code or "").startswith("UKR") for e in warns for a in e.source)


def test_they_of_a_joined_subject_half_known_is_that_subject(nlp) -> None:
    codes = actor_codes(nlp, "KAMPALA, May 3 (Wire) - Police denied beating anyone. Ndugu-Kwanza and the "
                             "Democratic Party jointly demanded a recount and said they would boycott parliament.")
    assert not (codes.get("they") or "").endswith("COP")


def test_them_is_never_a_member_of_its_own_joined_subject(nlp) -> None:
    codes = actor_codes(nlp, "Diplomats said the Security Council was unlikely to agree on sanctions because "
                             "China and Russia would oppose them.")
    assert (codes.get("them") or "")[:3] not in ("CHN", "RUS")


def test_the_subject_of_a_with_clause_of_the_verb_stays_a_topic(nlp) -> None:
    codes = actor_codes(nlp, "ANKARA, May 3 (Wire) - Critics say Washington ignored the war for months. "
                             "With Turkey backing Azerbaijan openly, it also supplied drones to its army.")
    assert (codes.get("it") or "")[:3] == "TUR"
