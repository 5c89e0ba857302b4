"""Unnamed parties to violence and arrest ("the suspect", "gunmen", "the prisoners") are actor
mentions with a sector, and take the state of the place where their act happens. Bare
"officers" is left out: on real news it was more often a firm's or an army's than police."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _main_parties(nlp, text: str) -> list[tuple[str, list, list]]:
    art = annotate_doc(Article(id="t", text=text, date="2021-03-01"), nlp(text))
    return [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_attack_participants_take_the_scene_state(nlp):
    codes = actor_codes(nlp, "The suspect stabbed a police officer in Paris.")
    assert codes["The suspect"] == "FRACRM"


def test_unidentified_gunmen_are_armed_men_of_the_place(nlp):
    events = _main_parties(nlp, "Unidentified gunmen kidnapped three journalists in Mogadishu.")
    assert ("ASSAULT", ["SOMUAF"], ["SOMJRN"]) in events


def test_a_lone_gunman_keeps_the_place_state(nlp):
    events = _main_parties(nlp, "A gunman opened fire at a mosque in Christchurch.")
    assert any(src == ["NZLUAF"] for _, src, _ in events)


def test_arrested_suspects_are_criminals_of_the_place(nlp):
    codes = actor_codes(nlp, "Police arrested two suspects in Lagos on Sunday.")
    assert codes["two suspects"] == "NGACRM"


def test_rioting_prisoners_are_of_the_jail_state(nlp):
    codes = actor_codes(nlp, "Prisoners rioted at a jail in Kampala on Monday.")
    assert codes["Prisoners"] == "UGA"
