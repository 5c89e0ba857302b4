"""Session 22 (A): parties left uncoded, split or given the wrong state on judged news: a
surname without its Arabic article, title words and faith words split off as parties, an
office set in a fronted place, a spokesman who goes on for the state of the sentence before,
plural nouns that list their member states, "local authorities" of the places named, a quoted
"we" of a body's spokesman, an object pronoun that is not its own verb's subject, and a
state's "bilateral lenders"."""

from __future__ import annotations

import json
import subprocess
import sys

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes


def _all_codes(nlp, text: str, title: str | None = None) -> dict[str, set[str | None]]:
    """Every code each mention's text has (a plural reference has one per member)."""
    found: dict[str, set[str | None]] = {}
    for a in find_actors(nlp(text), Article(id="t", text=text, date="2022-05-10", title=title)):
        found.setdefault(a.text, set()).add(a.code)
    return found


def _code(text: str) -> dict:
    """``dyads code --json`` on one article."""
    line = json.dumps({"id": "t", "text": text, "date": "2022-05-10"})
    res = subprocess.run([sys.executable, "-c", "from dyads.cli import main; main()", "code", "-",
                          "--json", "--workers", "1"], input=line, capture_output=True,
                         text=True, check=True)
    return json.loads(res.stdout.splitlines()[0])


def _parties(rec: dict, side: str) -> set[tuple[str, str | None]]:
    return {(p["text"], p["code"]) for p in rec[side]}


_CLERIC = ("NAJAF, May 10 (Wire) - Senior Shi'ite cleric Ammar al-Hakimi on Sunday called on "
           "his followers to end their sit-in outside the provincial council. Hakimi said he "
           "would step back from public life. Hakimi's bloc won nine seats last year.")


def test_surname_without_arabic_article_is_the_person(nlp):
    found = _all_codes(nlp, _CLERIC)
    assert found.get("Hakimi") == {"IRQREL"}, found
    assert found.get("he") == {"IRQREL"}, found


def test_faith_word_before_a_titled_name_is_no_party(nlp):
    found = _all_codes(nlp, _CLERIC)
    assert not any("Shi'ite" in t and "Hakimi" not in t for t in found), found


def test_surname_with_article_near_miss_other_family_name(nlp):
    # near miss: a different surname that merely ends the same way finds nobody
    found = _all_codes(nlp, "NAJAF, May 10 (Wire) - Shi'ite cleric Ammar al-Hakimi spoke in "
                            "Najaf. Rakimi, a shop owner, said the crowd left.")
    assert found.get("Rakimi") != {"IRQREL"}, found


def test_caretaker_is_part_of_the_title(nlp):
    text = ("LIMA, May 10 (Wire) - Protesters blocked roads across Peru on Monday. Caretaker "
            "President Rosa Quispe Huaman ordered the army to reopen the highways.")
    found = _all_codes(nlp, text)
    assert "Caretaker" not in found, found
    assert any(codes == {"PERGOV"} for t, codes in found.items() if "Rosa Quispe" in t), found


def test_ministry_in_a_fronted_capital_is_that_states(nlp):
    text = ("Norway accused Russia on Monday of jamming flights near the border. In Moscow, a "
            "Foreign Ministry spokeswoman rejected the claim and urged Norway to stop its "
            "drills. Norway's defence minister said the jamming had gone on for weeks.")
    codes = actor_codes(nlp, text)
    assert any(code == "RUSGOV" for t, code in codes.items() if "Foreign Ministry" in t), codes


def test_fronted_place_near_miss_not_a_place(nlp):
    # near miss: the opening phrase is talks with a capital, not the place of the clause
    text = ("Norway accused Russia on Monday of jamming flights near the border. In talks with "
            "Moscow, a Foreign Ministry spokeswoman said Oslo would raise the matter. Norway's "
            "defence minister said the jamming had gone on for weeks.")
    codes = actor_codes(nlp, text)
    assert not any(code == "RUSGOV" for t, code in codes.items() if "Foreign Ministry" in t), codes


def test_spokesman_goes_on_for_the_state_of_the_sentence_before(nlp):
    text = ("About 300 Rwandan soldiers landed in Mozambique on Friday to help fight insurgents. "
            "Mozambican President Filipe Nyusi welcomed the deployment on Saturday. "
            '"We will push the insurgents out of the towns," a government spokesman added.')
    codes = actor_codes(nlp, text)
    assert codes.get("a government spokesman") == "MOZGOV", codes


def test_spokesman_near_miss_two_states_before(nlp):
    # near miss: the sentence before names two states, so neither is chosen
    text = ("About 300 Rwandan soldiers landed in Mozambique on Friday to help fight insurgents. "
            "Rwandan and Mozambican officers met at the airport. "
            '"We will push the insurgents out of the towns," a government spokesman added.')
    codes = actor_codes(nlp, text)
    assert codes.get("a government spokesman") in (None, "-"), codes


def test_governments_including_listed_states(nlp):
    text = ("Soldiers seized the parliament in Quito on Tuesday. Governments across the region, "
            "including Peru, Chile and Uruguay, condemned the seizure.")
    found = _all_codes(nlp, text)
    assert found.get("Governments") == {"PERGOV", "CHLGOV", "URYGOV"}, found


def test_governments_including_one_state_near_miss(nlp):
    # near miss: one listed state is an example, not the whole set
    text = ("Soldiers seized the parliament in Quito on Tuesday. Governments across the region, "
            "including Peru, condemned the seizure.")
    found = _all_codes(nlp, text)
    assert found.get("Governments") != {"PERGOV"}, found


def test_local_authorities_are_of_the_places_named(nlp):
    text = ("Dutch police arrested six people in a fraud inquiry on Wednesday, prosecutors in "
            "Amsterdam said. Two suspects were held abroad, one in Spain and one in Portugal, "
            "with the help of local authorities.")
    found = _all_codes(nlp, text)
    assert found.get("local authorities") == {"ESPGOV", "PRTGOV"}, found


def test_object_pronoun_is_not_the_joined_verbs_subject(nlp):
    text = ("General Tomas Ibarra led troops into the square in La Paz on Wednesday. President "
            "Luis Arce confronted Ibarra in a hallway and told him to pull back his units.")
    found = _all_codes(nlp, text)
    assert found.get("him") == {"BOLMIL"}, found


def test_bilateral_lenders_are_not_the_owner_state(nlp):
    text = ("Ghana secured a loan from the International Monetary Fund last year, but the money "
            "depended on a deal with its bilateral lenders. Ghana's finance minister said talks "
            "would resume in Accra.")
    found = _all_codes(nlp, text)
    assert "GHABUS" not in found.get("bilateral lenders", set()), found


def test_quoted_we_of_a_groups_spokesman_is_not_the_government(nlp):
    text = ("France sent more police to Corsica on Thursday. Officials in Paris said calm would "
            'return. "We want Paris to withdraw this bill and talk to us," a spokesman for the '
            "separatists said, calling for calm.")
    found = _all_codes(nlp, text)
    assert found.get("We") == {"FRAREB"}, found
    assert found.get("us") == {"FRAREB"}, found


def test_condemnation_by_listed_governments_has_each_state():
    rec = _code("Soldiers seized the parliament in Quito on Tuesday. Governments across the "
                "region, including Peru, Chile and Uruguay, condemned the seizure.")
    cond = [e for e in rec["events"] if e["trigger"] == "condemned"]
    assert cond, rec["events"]
    codes = {p["code"] for p in cond[0]["source"]}
    assert {"PERGOV", "CHLGOV", "URYGOV"} <= codes, cond
    assert "ECUGOV" not in codes, cond
