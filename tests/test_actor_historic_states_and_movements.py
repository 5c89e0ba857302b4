"""CAMEO-era actors (session 13, actors round 2): historic states coded by their successor,
combining forms in hyphenated pairs of states, and armed and political movements of the
1970s-2000s. Each class has a case where no state may appear."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_historic_states_take_their_successor(nlp) -> None:
    codes = actor_codes(nlp, "The USSR protested to the United Nations on Monday.", "1985-05-01")
    assert codes.get("The USSR") == "RUS"
    codes = actor_codes(nlp, "Czechoslovak leaders met a delegation from Hungary.", "1985-05-01")
    assert codes.get("Czechoslovak leaders") == "CZEGOV"
    codes = actor_codes(nlp, "Rhodesian troops crossed into Zambia at dawn.", "1978-05-01")
    assert codes.get("Rhodesian troops") == "ZWEMIL"
    codes = actor_codes(nlp, "Upper Volta recalled its envoy from Ghana.", "1980-05-01")
    assert codes.get("Upper Volta") == "BFA"
    codes = actor_codes(nlp, "Mujahideen fighters ambushed Soviet forces near Herat.", "1986-05-01")
    assert codes.get("Soviet forces") == "RUSMIL"


def test_state_word_before_style_or_era_is_no_state(nlp) -> None:
    codes = actor_codes(nlp, "The mayor opened a Soviet-style housing block in the town.")
    assert "RUS" not in {c[:3] for c in codes.values() if c}
    codes = actor_codes(nlp, "Farmers still drive Soviet-era tractors in the valley.")
    assert "RUS" not in {c[:3] for c in codes.values() if c}


def test_dog_breed_is_no_state(nlp) -> None:
    codes = actor_codes(nlp, "Police used a German shepherd to search the lorry.")
    assert "DEU" not in {c[:3] for c in codes.values() if c}


def test_combining_forms_name_both_states(nlp) -> None:
    codes = actor_codes(nlp, "Sino-Soviet talks resumed after a long pause.", "1987-05-01")
    assert codes.get("Sino") == "CHN" and codes.get("Soviet") == "RUS"
    codes = actor_codes(nlp, "The Indo-Pakistani talks ended without an accord.", "1989-05-01")
    assert codes.get("Indo") == "IND" and codes.get("Pakistani") == "PAK"
    codes = actor_codes(nlp, "A Franco-German treaty on defence was signed.", "1988-05-01")
    assert codes.get("Franco") == "FRA" and codes.get("German") == "DEU"


def test_combining_forms_need_a_state_after_the_hyphen(nlp) -> None:
    codes = actor_codes(nlp, "The Indo-Pacific plan worries traders. Anglo-Saxon law differs.")
    assert not {"IND", "GBR"} & {c[:3] for c in codes.values() if c}
    codes = actor_codes(nlp, "General Franco ruled Spain until 1975.", "1975-05-01")
    assert codes.get("General Franco", "x") != "FRA"


def test_movements_of_the_cameo_era(nlp) -> None:
    codes = actor_codes(nlp, "The Khmer Rouge shelled a Thai border village.", "1985-05-01")
    assert codes.get("Khmer Rouge") == "KHMREB"
    codes = actor_codes(nlp, "SWAPO guerrillas fled across the border.", "1985-05-01")
    assert codes.get("SWAPO guerrillas") == "NAMREB"  # (session 30: the body and its fighters, one mention)
    codes = actor_codes(nlp, "Shining Path guerrillas burned a bus near Ayacucho.", "1988-05-01")
    assert codes.get("Shining Path guerrillas") == "PERREB"
    codes = actor_codes(nlp, "Solidarity called a nationwide strike on Monday.", "1981-05-01")
    assert codes.get("Solidarity") == "POLLAB"
    codes = actor_codes(nlp, "Contra rebels raided a cooperative in the north.", "1986-05-01")
    assert codes.get("Contra rebels") == "NICREB"


def test_movement_names_that_are_also_words_or_given_names(nlp) -> None:
    codes = actor_codes(nlp, "Amal Clooney represented the two reporters in court.")
    assert "LBN" not in {c[:3] for c in codes.values() if c}
    codes = actor_codes(nlp, "The ferry left Dover at noon. Their ETA was late again.")
    assert "ESP" not in {c[:3] for c in codes.values() if c}
    codes = actor_codes(nlp, "Hezbollah said its Amal allies agreed to the truce.", "1988-05-01")
    assert codes.get("Amal") == "LBNREB"


def test_cold_war_bodies_and_northern_ireland(nlp) -> None:
    codes = actor_codes(nlp, "The Stasi watched the pastors of Leipzig.", "1985-05-01")
    assert codes.get("Stasi") == "DEUSPY"
    codes = actor_codes(nlp, "Tanjug said the talks in Belgrade had failed.", "1985-05-01")
    assert codes.get("Tanjug") == "SRBJRN"
    codes = actor_codes(nlp, "Irish republican guerrillas fired on a British patrol.", "1985-05-01")
    assert codes.get("Irish republican guerrillas") == "GBRREB"
