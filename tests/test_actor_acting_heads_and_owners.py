"""Session 28: a mention grows from the body or office that owns or modifies an acting head
("the mayor's office", "UNESCO experts") to the whole phrase; "its"/"their" owned by the
subject of their own clause (a state with a plural name, states joined by "and"); "the junta"
after a state's rulers described as military. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def _codes_at(nlp, text: str, phrase: str) -> list[str | None]:
    """The codes of every actor record exactly on the first occurrence of ``phrase``."""
    start = text.index(phrase)
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2022-05-01"))
    return sorted((a.code or "") for a in actors if a.start == start and a.end == start + len(phrase))


def test_office_of_a_title_holder_is_the_actor(nlp):
    text = ("NAIROBI (Wire) - Kenyan President William Ruto signed the budget on Friday. "
            "The president's office said the law would cut fuel prices.")
    assert _codes_at(nlp, text, "The president's office") == ["KENGOV"]


def test_office_modified_by_a_body_is_the_actor(nlp):
    text = "The World Health Organization emergency office warned of a new outbreak in Chad."
    codes = actor_codes(nlp, text)
    assert "World Health Organization" not in codes
    assert any(span.endswith("emergency office") for span in codes)


def test_representative_of_a_body_takes_its_code(nlp):
    text = "The OSCE's election representative criticised the count in Baku on Monday."
    assert _codes_at(nlp, text, "The OSCE's election representative") == ["IGO"]


def test_members_of_a_gang_are_the_actor(nlp):
    text = ("SAN SALVADOR (Wire) - Salvadoran soldiers arrested 20 suspected gang members "
            "in the capital on Sunday.")
    codes = actor_codes(nlp, text)
    assert codes.get("20 suspected gang members", "").endswith("CRM")
    assert "gang" not in codes


def test_a_states_security_service_is_its_intelligence(nlp):
    text = "Tajikistan's security service detained three bloggers in Dushanbe on Monday."
    assert _codes_at(nlp, text, "Tajikistan's security service") == ["TJKSPY"]


def test_plural_named_state_owns_its_own_its(nlp):
    text = ("Japan closed its embassy in Yangon on Monday. "
            "China expelled two reporters, while the Solomon Islands withdrew its diplomats.")
    assert _codes_at(nlp, text, "diplomats") == ["SLBGOV"]


def test_their_after_states_joined_by_and_is_each_states(nlp):
    text = ("Egypt expelled Sudan's ambassador on Monday. "
            "Jordan and Oman told Sudan's diplomats to go home and recalled their envoys.")
    assert _codes_at(nlp, text, "envoys") == ["JORGOV", "OMNGOV"]


def test_the_junta_is_the_state_with_military_rulers(nlp):
    text = ("ABIDJAN (Wire) - Ivory Coast police detained four Malian traders, sharpening a row "
            "with Mali's military government over the border. "
            "Officials in Abidjan said the men had no papers. "
            "The junta called the arrests illegal.")
    assert _codes_at(nlp, text, "The junta") == ["MLIMIL"]


def test_the_junta_without_military_rulers_keeps_the_story_state(nlp):
    text = ("BAMAKO (Wire) - Mali's government said on Monday it would hold talks. "
            "The junta has ruled since 2021.")
    assert _codes_at(nlp, text, "The junta") == ["MLIMIL"]
