"""Session 18, round 4, actors and parties: a place is where captives were taken, not who took
them; a court's full name keeps its city; a call's purpose is the caller's act; whoever "calls"
a grievance so is no target of the protest; soldiers harmed by an attack on one named force are
of that force; "its spokesman" speaks for the body named just before. Every sentence is our own,
each with a near miss that keeps its record."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def _event(nlp, text: str, trigger: str):
    return next(e for e in code_events(nlp, text) if e.trigger == trigger)


def _statement(nlp, text: str, trigger: str):
    art = annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text))
    return next(s for s in art.statements if s.trigger == trigger)


def test_own_soldiers_seized_are_not_taken_by_the_scene_state(nlp):
    ev = _event(nlp, "LIMA (Wire) - Two soldiers were seized on Monday near the town of Pichari in Peru.", "seized")
    assert ev.source == []
    assert _codes(ev.target) == ["PERMIL"]


def test_officers_arrested_at_a_scene_keep_its_police(nlp):
    ev = _event(nlp, "LIMA (Wire) - Two police officers were arrested on Monday near the town of Pichari in Peru.",
                "arrested")
    assert _codes(ev.source) == ["PERCOP"]


def test_a_court_name_keeps_its_city(nlp):
    codes = actor_codes(nlp, "The Tokyo Central District Court jailed the union leader.")
    assert codes == {"The Tokyo Central District Court": "JPNJUD", "the union leader": "JPNLAB"}


def test_a_court_named_by_its_city_in_lower_case_stays(nlp):
    codes = actor_codes(nlp, "A Busan court jailed the union leader.")
    assert codes["A Busan court"] == "KORJUD"


def test_the_one_called_does_not_offer_the_callers_condolences(nlp):
    st = _statement(nlp, "Chile's president telephoned the Peruvian envoy to offer condolences.", "condolences")
    assert _codes(st.source) == ["CHLGOV"]


def test_the_one_asked_to_convey_condolences_conveys_them(nlp):
    st = _statement(nlp, "Chile's president asked the Peruvian ambassador to convey condolences.", "condolences")
    assert _codes(st.source) == ["PERGOV"]


_STRIKE = ("Bolivian opposition leader Rosa Mamani lost the vote on Monday. She has been in hospital since a hunger "
           "strike that began last month in protest at what she calls the government's betrayal.")


def test_who_names_the_grievance_is_no_target_of_the_protest(nlp):
    ev = _event(nlp, _STRIKE, "protest")
    assert "BOLOPP" not in _codes(ev.target)
    assert _codes(ev.target) == ["BOLGOV"]


def test_a_protest_at_the_government_still_aims_at_it(nlp):
    ev = _event(nlp, "Bolivian opposition leader Rosa Mamani led a march in protest at the government's betrayal.",
                "march")
    assert _codes(ev.target) == ["BOLGOV"]


def test_soldiers_killed_in_an_attack_on_a_foreign_force_are_of_it(nlp):
    codes = actor_codes(nlp, "KABUL, May 3 (Wire) - The ministry condemned an ambush on a convoy of Polish troops "
                             "that killed two soldiers.")
    assert codes["two soldiers"] == "POLMIL"
    ev = _event(nlp, "KABUL, May 3 (Wire) - The ministry condemned an ambush on a convoy of Polish troops "
                     "that killed two soldiers.", "killed")
    assert ev.source == []  # the convoy that was hit killed no one


def test_soldiers_killed_by_a_named_force_are_not_of_it(nlp):
    codes = actor_codes(nlp, "KYIV, May 3 (Wire) - Russian forces shelled the town of Izium, killing two soldiers.")
    assert codes["two soldiers"] != "RUSMIL"


_BLOC = ("LIBREVILLE (Wire) - Gabon held a vote on Sunday. The Patriotic Front for Renewal, an alliance of opposition "
         "parties and church groups, had urged voters to stay home. \"This vote is a sham,\" its spokesman Paul Obame "
         "said. He rejected claims that the alliance had bribed voters.")


def test_its_spokesman_speaks_for_the_alliance_named_before(nlp):
    codes = actor_codes(nlp, _BLOC)
    assert codes["spokesman Paul Obame"] == "GABOPP"
    assert _codes(_statement(nlp, _BLOC, "rejected").source) == ["GABOPP"]


def test_a_ministrys_spokesman_stays_its_government(nlp):
    codes = actor_codes(nlp, "LIBREVILLE (Wire) - Gabon held a vote on Sunday. The interior ministry said turnout "
                             "was high. \"The count was fair,\" its spokesman Paul Obame said.")
    assert codes["spokesman Paul Obame"] == "GABGOV"
