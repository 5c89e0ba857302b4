"""Session 31 (helper L): a known name opening someone else's longer name, offices not yet
held on the story's date, and words that are no actors."""
from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Actor, Article



def _actors(nlp, text: str, date: str = "2022-04-21") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def test_a_known_full_name_opening_a_longer_other_name_is_not_that_person(nlp):
    found = _actors(nlp, "Rodrigo Paz Mejia, a security analyst in Tegucigalpa, said the "
                         "arrests would not end the trade.")
    assert not any(a.country == "BOL" for a in found)
    assert not any(a.text == "Rodrigo Paz" for a in found)


def test_the_known_person_under_his_own_longer_name_is_still_found(nlp):
    found = _actors(nlp, "President Rodrigo Paz Pereira met the envoy in La Paz.",
                    date="2026-01-10")
    assert any(a.country == "BOL" and "Paz" in a.text for a in found)


def _texts(nlp, text: str, date: str = "2022-04-21") -> dict[str, str | None]:
    return {a.text: a.code for a in _actors(nlp, text, date)}


def test_a_states_adjective_between_former_and_republic_is_no_actor(nlp):
    found = _texts(nlp, "Georgia, a former Soviet republic, protested.")
    assert "Soviet" not in found and found.get("Georgia") == "GEO"
    assert "Yugoslav" not in _texts(nlp, "Voters in the former Yugoslav republic backed the accord.")


def test_a_regions_adjective_before_one_state_is_no_actor(nlp):
    found = _texts(nlp, "Russia tried to sink the deal, which would bring another Balkan state "
                        "into NATO.")
    assert "Balkan" not in found and found.get("NATO") == "IGOMIL"


def test_a_service_named_before_an_account_noun_is_the_medium(nlp):
    found = _texts(nlp, "Civil servants said they had turned to personal Gmail and Hotmail accounts.")
    assert not any("Gmail" in t or "Hotmail" in t for t in found)
    assert "Eritrea" in _texts(nlp, "Djibouti demanded that Eritrea account for soldiers it says "
                                    "were captured.")


def test_warplanes_called_fighters_are_no_rebels(nlp):
    assert not any("fighters" in t for t in _texts(
        nlp, "The multi-role fighters, built by a state-owned aircraft maker, joined the air force."))
    assert _texts(nlp, "Syrian fighters took control of the base.").get("Syrian fighters") == "SYRREB"
    assert any("fighters" in t for t in _texts(nlp, "Islamist fighters built a camp."))


def test_it_of_a_body_named_with_a_leading_adjective_is_that_body(nlp):
    found = _actors(nlp, "Sierra Leone's electoral commission announced the results. ECOWAS urged "
                         "calm. Local monitoring group National Election Watch, which deployed "
                         "observers, said it was reviewing the figures.", date="2023-06-28")
    it = next(a for a in found if a.text == "it")
    assert it.country != "IGO" and it.name == "National Election Watch"


def test_a_commissioner_joined_to_a_blocs_official_is_the_blocs(nlp):
    found = _texts(nlp, "Macedonian Prime Minister Zoran Zaev hailed the vote. EU foreign policy "
                        "chief Federica Mogherini and Enlargement Commissioner Johannes Hahn said "
                        "they expected leaders to respect it.", date="2018-10-01")
    assert found["Enlargement Commissioner Johannes Hahn"] == "EURGOV"
    kenya = _texts(nlp, "Kenyan President William Ruto met officials. Police Commissioner John "
                        "Doe and Interior Minister Kindiki said they would act.")
    assert kenya["Police Commissioner John Doe"] == "KENCOP"


def test_where_people_are_sent_is_not_their_state(nlp):
    found = _texts(nlp, "The former leader says he is the victim of revenge by traffickers he "
                        "sent to the United States while in office.")
    assert found.get("traffickers") != "USACRM"
