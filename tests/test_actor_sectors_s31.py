"""Session 31 (older leftovers): a state's adjective before an actor noun the sector lexicon
lacked kept only the adjective ("Russian military contractors" -> 'Russian'); spies, intelligence
and police agents, hired fighters and war planes are now sector nouns, so the mention keeps its
head and its sector. Bare "agents" stays out ("the foreign agents law")."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_state_agents_and_spies_are_its_intelligence(nlp):
    codes = actor_codes(nlp, "India denied that Indian intelligence agents killed the activist.")
    assert codes["Indian intelligence agents"] == "INDSPY"
    codes = actor_codes(nlp, "Two Russian spies were expelled from Oslo on Monday.")
    assert codes["Two Russian spies"] == "RUSSPY"


def test_law_enforcing_agents_are_police(nlp):
    codes = actor_codes(nlp, "Mexican drug agents raided the ranch on Friday.")
    assert codes["Mexican drug agents"] == "MEXCOP"


def test_military_contractors_and_aircraft(nlp):
    codes = actor_codes(nlp, "Russian military contractors arrived in Bamako last year.")
    assert codes["Russian military contractors"] == "RUSUAF"
    codes = actor_codes(nlp, "Chinese military aircraft crossed the median line.")
    assert codes["Chinese military aircraft"] == "CHNMIL"


def test_foreign_agents_law_names_no_actor(nlp):
    codes = actor_codes(nlp, "Georgia's parliament passed the foreign agents bill on Tuesday.")
    assert "foreign agents" not in codes


def test_agents_after_a_states_adjective_are_its_intelligence(nlp):
    codes = actor_codes(nlp, "India denied that Indian agents killed the activist.")
    assert codes["Indian agents"] == "INDSPY"
    codes = actor_codes(nlp, "Two Iranian agents were detained in Baku.")
    assert codes["Two Iranian agents"] == "IRNSPY"


def test_agents_with_no_state_adjective_or_of_an_office_stay_out(nlp):
    codes = actor_codes(nlp, "Polling agents were arrested in Kampala.")
    assert "Polling agents" not in codes
    codes = actor_codes(nlp, "Agents of the U.S. Drug Enforcement Administration arrested him.")
    assert codes["the U.S. Drug Enforcement Administration"] == "USACOP"
    assert not any(text.startswith("Agents") for text in codes)


def test_customs_office_celebrities_and_medical_schools(nlp):
    codes = actor_codes(nlp, "China's customs agency halted imports of Japanese fish.")
    assert codes["China's customs agency"] == "CHNGOV"
    codes = actor_codes(nlp, "Indian celebrities joined the campaign on Monday.")
    assert codes["Indian celebrities"] == "INDELI"
    codes = actor_codes(nlp, "Hundreds of students left Kyrgyzstan's medical schools.")
    assert codes["Kyrgyzstan's medical schools"] == "KGZEDU"
