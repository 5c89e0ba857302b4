"""Session 35 (helper e), actors the blind judges of batch AI found missed: a lone surname the
tagger read as a common noun ("found Bouterse guilty"), an ordinary person whose name the tagger
left untagged but whom an apposition describes ("X Y, a shop assistant whose ..."), and people
named by their work (civil servants, academics, trade unionists, nobles, a three-judge panel,
airlines). Each case has a near miss the rule must not touch (our own sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text, date="2022-05-03")


# --- lone surnames read as common nouns ----------------------------------------------------------

def test_surname_tagged_as_noun_is_the_person(nlp) -> None:
    text = ("ASUNCION, May 3 (Wire) - A court in Paraguay on Friday sentenced President Lino "
            "Ozorio to ten years in prison. The panel found Ozorio guilty of fraud. "
            "Ozorio was convicted in absentia in 2001.")
    doc = nlp(text)
    found = [a for a in find_actors(doc, Article(id="t", text=text, date="2022-05-03"))
             if a.text == "Ozorio"]
    assert len(found) >= 1
    assert all(a.code == "PRYGOV" for a in found)


def test_capitalised_common_noun_at_sentence_start_is_no_surname(nlp) -> None:
    codes = _codes(nlp, "DHAKA, May 3 (Wire) - Bangladesh's minister Karim Rice met farmers. "
                        "Rice prices rose sharply this week.")
    assert "Rice prices" not in codes and "Rice" not in codes


# --- people described in apposition ------------------------------------------------------------

def test_untagged_name_described_by_a_trade_is_a_person(nlp) -> None:
    codes = _codes(nlp, "NUKU'ALOFA, May 3 (Wire) - Tonga's parliament met on Monday. Viliami "
                        "Havili, a shop assistant whose store was burned, said people were afraid.")
    assert codes.get("Viliami Havili") == "TONCVL"


def test_described_by_an_age_is_a_person(nlp) -> None:
    codes = _codes(nlp, "LIMA, May 3 (Wire) - Peru's congress removed the president on Monday. "
                        "Rosa Quispe, a 31-year-old teacher on a short contract, said she was "
                        "worried.")
    assert codes.get("Rosa Quispe") == "PERCVL"


def test_place_described_in_apposition_is_no_person(nlp) -> None:
    codes = _codes(nlp, "LIMA, May 3 (Wire) - Peru's congress removed the president on Monday. "
                        "Santa Rosa, a town of fishermen, stayed calm.")
    assert codes.get("Santa Rosa") is None or "CVL" not in (codes.get("Santa Rosa") or "")


# --- people named by their work -------------------------------------------------------------

def test_civil_servants_who_strike_are_state_staff(nlp) -> None:
    codes = _codes(nlp, "APIA, May 3 (Wire) - Samoa's government raised fuel taxes. In 2019, "
                        "thousands of civil servants went on strike over pay.")
    assert codes.get("civil servants") == "WSMGOV"


def test_anonymous_civil_servant_who_speaks(nlp) -> None:
    codes = _codes(nlp, "APIA, May 3 (Wire) - Samoa's government raised fuel taxes. A civil "
                        "servant who asked not to be named said the cuts would hurt.")
    assert codes.get("A civil servant") == "WSMGOV"


def test_listed_victims_by_trade(nlp) -> None:
    codes = _codes(nlp, "MONTEVIDEO, May 3 (Wire) - Uruguay's court convicted a former general "
                        "over the killings, in which journalists, academics, trade unionists and "
                        "students were shot.")
    assert codes.get("academics") == "URYEDU"
    assert codes.get("trade unionists") == "URYLAB"


def test_nobles_who_choose_lawmakers(nlp) -> None:
    codes = _codes(nlp, "MBABANE, May 3 (Wire) - Eswatini's king dissolved parliament. Many "
                        "lawmakers are chosen by nobles.")
    assert codes.get("nobles") == "SWZELI"


def test_three_judge_panel_is_the_court(nlp) -> None:
    codes = _codes(nlp, "MONTEVIDEO, May 3 (Wire) - A court in Uruguay convicted a former "
                        "general. The three-judge panel found him guilty of murder.")
    assert codes.get("The three-judge panel") == "URYJUD"


# --- parties -------------------------------------------------------------------------------------

def test_bare_parties_in_a_story_with_named_parties(nlp) -> None:
    codes = _codes(nlp, "ZAGREB, May 3 (Wire) - Croatia's parliament rejected the budget of the "
                        "Social Democratic Party. The government and most parties had urged "
                        "lawmakers to pass it.")
    assert codes.get("most parties") == "HRVPTY"


def test_parties_to_a_conflict_are_no_political_parties(nlp) -> None:
    codes = _codes(nlp, "KIEV, May 3 (Wire) - Ukraine's Communist Party met. The UN urged all "
                        "parties to the conflict to respect the ceasefire.")
    assert not any(text.endswith("parties") for text in codes)


def test_bare_parties_with_no_named_party_stay_out(nlp) -> None:
    codes = _codes(nlp, "ZAGREB, May 3 (Wire) - Croatia's parliament rejected the budget. "
                        "Several parties had urged lawmakers to pass it.")
    assert not any(text.endswith("parties") for text in codes)


def test_all_parties_urged_in_a_clash_stay_out(nlp) -> None:
    codes = _codes(nlp, "KINGSTON, May 3 (Wire) - Jamaican troops raided a gang stronghold, and "
                        "the opposition People's National Party criticised the raid. The State "
                        "Department urged all parties to avoid harm to civilians.")
    assert not any(text.endswith("parties") for text in codes)


def test_untagged_party_listed_after_a_named_party(nlp) -> None:
    codes = _codes(nlp, "ZAGREB, May 3 (Wire) - Croatia's parliament rejected the budget. The "
                        "Social Democratic Party and the Green Bloc voted against.")
    assert codes.get("Green Bloc") == "HRVPTY"


def test_place_listed_after_a_named_party_stays_a_place(nlp) -> None:
    codes = _codes(nlp, "ZAGREB, May 3 (Wire) - Croatia's parliament rejected the budget. The "
                        "Social Democratic Party and Zagreb voted against.")
    assert codes.get("Zagreb") != "HRVPTY"


# --- spans: a body's team, a state's firm ----------------------------------------------------

def test_observer_mission_from_a_body_is_its_own_mention(nlp) -> None:
    codes = _codes(nlp, "WINDHOEK, May 3 (Wire) - Namibia voted on Wednesday. An observer mission "
                        "from the African Union said the vote was orderly.")
    assert codes.get("An observer mission") == "IGO"
    assert codes.get("African Union") == "IGO"


def test_state_owned_name_no_place_list_knows_is_the_states_body(nlp) -> None:
    codes = _codes(nlp, "OSLO, May 3 (Wire) - The new mill, built by Sweden's Holmen and now "
                        "owned by a fund, is the largest foreign investment in Chile's history.")
    assert codes.get("Holmen") == "SWE"
    assert "Sweden" not in codes


def test_state_owned_known_town_stays_a_place(nlp) -> None:
    codes = _codes(nlp, "OSLO, May 3 (Wire) - Norway's foreign minister resigned. Sweden's "
                        "Gothenburg hosted the talks.")
    assert codes.get("Gothenburg") == "SWE"
    assert not any(text == "Sweden's Gothenburg" for text in codes)


# --- a monarchy named by its form of rule ---------------------------------------------------

def test_the_sultanate_is_the_story_state(nlp) -> None:
    codes = _codes(nlp, "MUSCAT, May 3 (Wire) - Oman's sultan issued a new penal code on Monday. "
                        "The European Union called on the sultanate to repeal it.")
    assert codes.get("the sultanate") == "OMN"


def test_kingdom_in_a_name_is_no_reference(nlp) -> None:
    codes = _codes(nlp, "AMMAN, May 3 (Wire) - The Hashemite Kingdom of Jordan issued a new law. "
                        "Critics said the kingdom of heaven was not at stake.")
    assert "the kingdom" not in codes


def test_kingdom_far_from_the_story_state_stays_out(nlp) -> None:
    codes = _codes(nlp, "AMMAN, May 3 (Wire) - Jordan's king issued a new law. Lawyers met. "
                        "Judges met. Students met. Teachers met. Iran condemned the kingdom.")
    assert "the kingdom" not in codes


def test_listed_noun_shares_a_regional_modifier(nlp) -> None:
    codes = _codes(nlp, "BRUSSELS, March 22 (Wire) - China imposed sanctions on ten European "
                        "politicians and academics on Monday.")
    assert codes.get("academics") is None or not codes["academics"].startswith("CHN")


def test_listed_noun_after_a_state_modifier_keeps_the_state(nlp) -> None:
    codes = _codes(nlp, "BEIJING, March 22 (Wire) - China's government met ten Chinese "
                        "politicians and academics on Monday.")
    assert codes.get("academics") == "CHNEDU"
