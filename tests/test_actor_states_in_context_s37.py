"""Session 37, helper i: actor mentions whose state the article makes clear (left out or taken
from the wrong place) and a few mentions that are no actor. Sentences written for these tests;
each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def coded(nlp, text: str, date: str = "2022-06-01") -> list[tuple[int, str, str | None]]:
    """(sentence, text, code) of every actor mention of ``text`` read as one article."""
    return [(a.sentence, a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def codes_of(nlp, text: str, span: str, date: str = "2022-06-01") -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [code for _, t, code in coded(nlp, text, date) if t == span]


def test_description_of_a_placed_armed_group_takes_its_code(nlp):
    text = ("QUETTA, June 1 (Wire) - Pakistan said on Wednesday that gunmen had attacked a bus. "
            "The Baloch Liberation Army, an armed group that has fought for decades, said its "
            "fighters carried out the attack.")
    assert codes_of(nlp, text, "The Baloch Liberation Army") == ["PAKREB"]
    assert codes_of(nlp, text, "an armed group") == ["PAKREB"]


def test_description_after_a_bracketed_acronym_takes_the_body_code(nlp):
    text = ("Kigali accused Kinshasa of backing the Democratic Forces for the Liberation of Rwanda "
            "(FDLR), a Hutu militia based in eastern Congo.")
    assert codes_of(nlp, text, "a Hutu militia") == ["RWAREB"]


def test_a_persons_allies_are_of_his_state_but_a_states_allies_are_not(nlp):
    text = ("JOHANNESBURG (Wire) - Former President Jacob Zuma handed himself in to police. The "
            "ruling party is split between Zuma's allies and his critics. Russia's allies said nothing.")
    assert [c[:3] for c in codes_of(nlp, text, "Zuma's allies", "2021-07-08")] == ["ZAF"]
    assert codes_of(nlp, text, "Russia's allies", "2021-07-08") == [None]


def test_people_and_a_voice_at_a_fronted_scene_take_its_state(nlp):
    text = ("Timor-Leste and Australia signed a maritime border treaty at the United Nations. "
            "Dili hailed the deal. In Dili, a small group of activists gathered outside the "
            "Australian embassy and said Canberra should repay the revenue. \"Australia got rich "
            "from our sea for years. Now it must pay,\" said Maria Soares, a university student.")
    assert codes_of(nlp, text, "activists", "2018-03-06") == ["TLSCVL"]
    assert codes_of(nlp, text, "Maria Soares", "2018-03-06") == ["TLSEDU"]


def test_a_voice_whose_sentence_names_another_state_is_not_placed_by_the_scene(nlp):
    text = ("Timor-Leste and Australia signed a maritime border treaty at the United Nations. "
            "Dili hailed the deal. In Dili, a small group of activists gathered outside the "
            "Australian embassy. \"We will keep watching,\" said Maria Soares, who lives in Darwin, "
            "Australia.")
    assert codes_of(nlp, text, "Maria Soares", "2018-03-06") != ["TLS"]


def test_a_plainly_described_person_after_two_place_phrases(nlp):
    text = ("HANOI (Wire) - Vietnam welcomed the trade framework with the United States. At a "
            "garment factory in Binh Duong province, outside Ho Chi Minh City, manager Tran Thi Lan "
            "said American buyers had frozen orders.")
    assert codes_of(nlp, text, "manager Tran Thi Lan", "2025-07-03") == ["VNM"]


def test_a_relation_noun_after_a_copula_misparsed_is_the_subject(nlp):
    text = ("The European Union urged restraint in Burundi. The EU is Burundi's largest donor, and "
            "aid accounts for about half of the government's budget.")
    assert codes_of(nlp, text, "Burundi's largest donor", "2015-04-26") == ["EUR"]


def test_an_owned_court_and_the_party_taken_to_it(nlp):
    text = ("Slovenian Foreign Minister Karl Erjavec said Ljubljana could take Croatia to the EU's "
            "Court of Justice if it did not comply.")
    assert codes_of(nlp, text, "Court of Justice", "2017-06-29") == ["EUR"]
    assert codes_of(nlp, text, "it", "2017-06-29") == ["HRV"]


def test_from_after_a_verb_of_speaking_is_where_the_speaker_was(nlp):
    text = ("TBILISI (Wire) - Georgia's parliament dropped the bill. President Salome Zourabichvili "
            "addressed the protesters from New York, saying they represented a free Georgia.")
    assert codes_of(nlp, text, "the protesters", "2023-03-09") == ["GEOCVL"]


def test_people_from_a_place_still_come_from_it(nlp):
    assert codes_of(nlp, "Students from Pakistan were attacked in Bishkek on Friday.",
                    "Students", "2024-05-19") == ["PAKEDU"]


def test_an_organ_owned_by_a_body_is_the_bodys_wherever_it_serves(nlp):
    text = ("TBILISI (Wire) - Georgia dropped the bill. The European Union's delegation in Tbilisi "
            "welcomed the withdrawal. NATO's troops in Kosovo stayed in their barracks. Russia's "
            "delegation in Geneva said nothing.")
    assert codes_of(nlp, text, "delegation", "2023-03-09") == ["EURGOV"]
    assert codes_of(nlp, text, "troops", "2023-03-09") == ["IGOMIL"]
    assert codes_of(nlp, text, "Russia's delegation", "2023-03-09") == ["RUSGOV"]


def test_local_media_are_those_of_the_fronted_scene(nlp):
    text = ("TOKYO (Wire) - Japan began releasing treated water from the Fukushima plant on "
            "Thursday, and South Korea protested. In Seoul, police detained 16 students who "
            "tried to enter the Japanese embassy, according to local media.")
    assert codes_of(nlp, text, "local media", "2023-08-24") == ["KORJRN"]


def test_the_government_named_by_its_holder_is_read_back(nlp):
    text = ("TOKYO (Wire) - Japan began releasing treated water on Thursday. South Korea's main "
            "opposition party accused President Yoon Suk Yeol's government of failing the public, "
            "while the government said it had found no problem with the plan.")
    assert codes_of(nlp, text, "the government", "2023-08-24") == ["KORGOV"]


def test_forces_a_body_or_state_has_are_its_own_not_the_places(nlp):
    text = ("The African Union, which has about 19,000 troops in Somalia, appealed for restraint. "
            "The United States keeps 900 soldiers in Syria.")
    assert codes_of(nlp, text, "19,000 troops", "2021-04-14") == ["IGOMIL"]
    assert codes_of(nlp, text, "900 soldiers", "2021-04-14") == ["USAMIL"]


def test_troops_in_a_place_with_no_holder_stay_the_places(nlp):
    assert codes_of(nlp, "Troops in Syria fired on the convoy.", "Troops", "2021-04-14") == ["SYRMIL"]


def test_the_state_a_person_speaks_of_is_his_own(nlp):
    text = ("DAMASCUS (Wire) - Syrian President Ahmed al-Sharaa announced a ceasefire and accused "
            "Israel of fuelling the violence. He said the state was committed to protecting all "
            "communities.")
    assert codes_of(nlp, text, "the state", "2025-07-20") == ["SYRGOV"]


def test_the_state_after_a_state_named_is_still_that_state(nlp):
    assert codes_of(nlp, "Syria rejected the report. The state has denied any role in the attacks.",
                    "The state") == ["SYRGOV"]


def test_a_description_with_its_own_of_owner_is_not_read_back(nlp):
    text = ("MANAGUA (Wire) - President Daniel Ortega's government granted citizenship to the "
            "former Salvadoran president. Salvadoran prosecutors ordered the arrest of officials "
            "who served in the two governments of the leftist FMLN party.")
    assert codes_of(nlp, text, "the two governments", "2021-07-30") != ["NICGOV"]


def test_a_states_political_debate_is_no_actor_but_its_democracy_may_be(nlp):
    text = ("Australia said it would not take sides in Tonga's political debate. Beijing is trying "
            "to interfere in Taiwan's democracy, President Tsai said.")
    found = [t for _, t, _ in coded(nlp, text, "2019-09-20")]
    assert "Tonga" not in found
    assert "Taiwan" in found


def test_a_people_adjective_before_values_or_teachings_is_no_actor(nlp):
    found = [t for _, t, _ in coded(nlp, "Critics said the coalition betrayed European values, "
                                          "and scholars said Islamic teachings forbid it.")]
    assert "European" not in found and "Islamic" not in found


def test_offices_taken_or_held_are_no_actors(nlp):
    text = ("VIENNA (Wire) - Austria swore in a new government on Friday. His deputy Susanne "
            "Riess-Passer becomes vice-chancellor. The sultan, who also serves as prime minister, "
            "finance minister and defence minister, spoke on television. Feleti Sevele, the first "
            "commoner to head the government, said the government would rebuild the town.")
    found = [t for _, t, _ in coded(nlp, text, "2000-02-04")]
    assert "vice-chancellor" not in found and "finance minister" not in found
    assert found.count("the government") == 1  # the one that acts ("would rebuild")


def test_a_place_named_in_a_clause_inside_a_description_places_no_one(nlp):
    text = ("PRAGUE (Wire) - Czech police searched for two men who travelled as Ivan Orlov and "
            "Pavel Kuzin, the names used by the pair Britain has charged over the attack in "
            "Salisbury. Marta Novak, a mother of four living in a camp near Goma, spoke too.")
    assert codes_of(nlp, text, "Ivan Orlov", "2021-04-18") == [None]
    assert codes_of(nlp, text, "Salisbury", "2021-04-18") == ["GBR"]
    assert codes_of(nlp, text, "Marta Novak", "2021-04-18") == ["COD"]


def test_people_a_state_flies_home_are_its_own(nlp):
    text = ("BISHKEK (Wire) - Pakistan began flying students home from Kyrgyzstan on Sunday after "
            "attacks on hostels.")
    assert codes_of(nlp, text, "students", "2024-05-19") == ["PAKEDU"]


def test_a_region_word_before_nation_is_not_the_forum_it_opens(nlp):
    text = ("APIA (Wire) - Samoa's new prime minister was sworn in, deepening the Pacific nation's "
            "standoff. The Pacific Islands Forum called for calm.")
    found = coded(nlp, text, "2021-05-24")
    assert not any(t == "Pacific" for _, t, _ in found)
    assert ("Pacific Islands Forum", "IGO") in [(t, c) for _, t, c in found]


def test_an_opposition_leader_quoted_about_another_state_is_of_that_state(nlp):
    text = ("NEW DELHI (Wire) - India expelled a Canadian diplomat on Tuesday. India rejected the "
            "claim. Opposition Conservative leader Pierre Lamont said the prime minister should tell "
            "Canadians everything he knew.")
    assert codes_of(nlp, text, "Opposition Conservative leader Pierre Lamont", "2023-09-19") == ["CANOPP"]


def test_an_opposition_leader_in_a_story_of_his_state_keeps_it(nlp):
    text = ("NEW DELHI (Wire) - India expelled a Canadian diplomat on Tuesday. Opposition leader "
            "Rahul Verma said India should have acted sooner.")
    assert codes_of(nlp, text, "Opposition leader Rahul Verma", "2023-09-19") == ["INDOPP"]


def test_kfor_is_a_peacekeeping_force_and_the_it_it_says(nlp):
    text = ("PRISTINA (Wire) - Serbs blocked roads in northern Kosovo. KFOR said in a statement it "
            "was ready to intervene.")
    assert codes_of(nlp, text, "KFOR", "2022-12-11") == ["IGOMIL"]
    assert codes_of(nlp, text, "it", "2022-12-11") == ["IGOMIL"]


def test_a_town_naming_a_site_is_a_place_of_its_state(nlp):
    text = ("TOKYO (Wire) - Japan began discharging treated water from the wrecked Fukushima nuclear "
            "plant on Thursday, prompting China to ban seafood imports from Japan.")
    assert codes_of(nlp, text, "Fukushima", "2023-08-24") == ["JPN"]


def test_a_territory_a_road_links_is_a_place_of_its_state(nlp):
    text = ("THE HAGUE (Wire) - The International Court of Justice ordered Azerbaijan to keep open "
            "the Lachin corridor, the only road linking Nagorno-Karabakh to Armenia.")
    assert codes_of(nlp, text, "Nagorno-Karabakh", "2023-02-22") == ["AZE"]


def test_a_local_label_is_the_name_of_the_group_it_is_set_on(nlp):
    text = ("MAPUTO (Wire) - Mozambique said insurgents had overrun the town of Palma. The "
            "insurgents, known locally as al-Shabaab but with no known link to the Somali group, "
            "have attacked villages in Cabo Delgado province since 2017.")
    assert codes_of(nlp, text, "al-Shabaab", "2021-03-28") == ["MOZREB"]


def test_a_name_given_without_locally_keeps_the_body_the_lists_know(nlp):
    text = ("MOGADISHU (Wire) - Gunmen attacked a base in Somalia. The group, known as al-Shabaab, "
            "said it was behind the attack.")
    assert codes_of(nlp, text, "al-Shabaab", "2021-03-28") == ["SOMREB"]


def test_a_mention_that_ends_the_text_is_placed_without_error(tmp_path):
    """A text whose last word closes a group mention (no full stop) once crashed the "from"
    check that looks at the word after the mention; the user runs the CLI on such a file."""
    import json
    import subprocess
    import sys

    path = tmp_path / "ends.txt"
    path.write_text("Thousands of people marched in the capital on Sunday against the police",
                    encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", "from dyads.cli import main; main()", "code",
                          str(path), "--json"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout.splitlines()[0])
    assert any(a["text"].endswith("police") for a in doc["actors"])
