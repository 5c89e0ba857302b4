"""Session 35, helper c: foreign and international actors that took the story's state or a
nearby actor's (batch AI). Sentences written for these tests; each rule has a case it must
leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def coded(nlp, text: str) -> list[tuple[int, str, str | None]]:
    """(sentence, text, code) of every actor mention of ``text`` read as one article."""
    return [(a.sentence, a.text, a.code)
            for a in find_actors(nlp(text), Article(id="t", text=text, date="2019-05-09"))]


def codes_of(nlp, text: str, span: str) -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [code for _, t, code in coded(nlp, text) if t == span]


def test_judges_and_court_at_a_world_seat_are_the_international_court(nlp):
    text = ("Chile asked the International Court of Justice to rule on its maritime border with "
            "Peru. Judges in The Hague heard arguments on Monday. Lima will notify the court in "
            "The Hague next week.")
    assert codes_of(nlp, text, "Judges") == ["UNOJUD"]
    assert codes_of(nlp, text, "the court") == ["UNOJUD"]


def test_judges_in_the_hague_with_no_international_court_named_stay_dutch(nlp):
    assert codes_of(nlp, "Judges in The Hague jailed a Dutch smuggler on Monday.", "Judges") == ["NLDJUD"]


def test_the_world_court_is_the_international_court_named(nlp):
    text = ("Gabon and Equatorial Guinea asked the International Court of Justice to settle their "
            "island dispute, leaving the world court to decide who owns the islands.")
    assert codes_of(nlp, text, "the world court") == ["UNOJUD"]


def test_a_judge_in_a_continent_takes_no_story_state(nlp):
    text = ("LIMA, May 3 (Wire) - Peru voted on Sunday. A fisherman in Lima said a judge in Europe "
            "could not understand the dispute, while a judge in Lima agreed.")
    assert codes_of(nlp, text, "a judge") == [None, "PERJUD"]


def test_bare_organ_joined_to_qualified_troops_shares_their_states(nlp):
    text = ("PORT VILA, March 2 (Wire) - Fijian and Samoan troops and police arrived in Vanuatu on "
            "Monday at the request of its government. Fijian troops and local police patrolled "
            "the capital.")
    found = coded(nlp, text)
    assert sorted(c for s, t, c in found if s == 0 and t == "police") == ["FJICOP", "WSMCOP"]
    assert all(c != "VUTCOP" for _, t, c in found if "police" in t)


def test_organs_from_the_two_countries_are_both_states(nlp):
    text = ("BAMAKO, Jan 4 (Wire) - French and Belgian troops arrived in Mali on Friday to help "
            "restore order. Aircraft carrying 200 soldiers and police officers from the two "
            "countries landed at the airport in Bamako.")
    assert sorted(codes_of(nlp, text, "200 soldiers")) == ["BELMIL", "FRAMIL"]
    assert sorted(codes_of(nlp, text, "police officers")) == ["BELCOP", "FRACOP"]
    assert sorted(codes_of(nlp, text, "the two countries")) == ["BEL", "FRA"]


def test_its_after_a_causing_verb_is_the_caused_party(nlp):
    text = ("Malawi switched recognition to Beijing in 2007, prompting Taipei to close its embassy "
            "in Lilongwe. Malawi then closed its embassy in Taipei.")
    assert codes_of(nlp, text, "embassy") == ["TWNGOV", "MWIGOV"]


def test_whose_organ_is_the_antecedents_state(nlp):
    text = ("ATHENS, May 3 (Wire) - Greece's parliament approved new spending cuts on Tuesday. The "
            "government said more cuts would follow. French President Emmanuel Macron, whose "
            "government would bear part of the cost, said Greece would meet its obligations.")
    assert codes_of(nlp, text, "The government") == ["GRCGOV"]
    assert codes_of(nlp, text, "government") == ["FRAGOV"]


def test_the_government_after_a_lobbied_foreign_administration_is_the_storys(nlp):
    text = ("KINGSTON, May 2 (Wire) - The government declared a state of emergency in the capital "
            "after gunmen attacked police stations. The prime minister's party had hired a law "
            "firm to lobby the Obama administration over the case. The opposition leader said the "
            "violence was the result of the government's delay.")
    assert codes_of(nlp, text, "the Obama administration") == ["USAGOV"]
    assert codes_of(nlp, text, "the government") == ["JAMGOV"]


def test_voters_of_another_states_referendum_are_that_states(nlp):
    text = ("LIMA, May 9 (Wire) - Peru's voters approved the reform on Sunday. Ecuador, which borders "
            "Peruvian territory, held its own referendum in 2017, when most voters backed a similar "
            "change. In Lima, voters celebrated.")
    assert codes_of(nlp, text, "most voters") == ["ECUCVL"]
    assert codes_of(nlp, text, "voters") == ["PERCVL"]


def test_ministry_reporting_a_foreign_leaders_view_after_his_capital_acted(nlp):
    lead = ("SANTIAGO, May 9 (Wire) - Chile agreed on Thursday to take its sea dispute with Bolivia "
            "to the International Court of Justice. ")
    text = lead + ("Chilean officials said the case would take years. La Paz welcomed the decision on "
                   "Thursday. The foreign ministry said in a statement that President Evo Morales "
                   "regarded the step as historic.")
    assert codes_of(nlp, text, "The foreign ministry") == ["BOLGOV"]
    # the sentence before has the story's own state as its subject: its own ministry speaks
    other = lead + ("Chile welcomed the decision on Thursday. The foreign ministry said in a "
                    "statement that President Evo Morales regarded the step as a threat.")
    assert codes_of(nlp, other, "The foreign ministry") == ["CHLGOV"]


def test_private_group_listed_with_foreign_critics_takes_no_story_state(nlp):
    text = ("CARACAS, May 9 (Wire) - Venezuela ignored criticism from the United Nations, European "
            "governments and celebrities who urged a boycott of its oil. Venezuelan officials and "
            "journalists met in Caracas.")
    assert codes_of(nlp, text, "celebrities") == [None]
    assert codes_of(nlp, text, "journalists") == ["VENJRN"]


def test_reactions_abroad_do_not_move_a_home_datelined_storys_scene(nlp):
    body = ("Ethiopian officials said the law would protect Ethiopia's unity. Rights activists in "
            "neighbouring Kenya protested outside Ethiopia's embassy in Nairobi. A researcher at a "
            "think tank in Mombasa said the law would chill debate. On the streets of the capital, "
            "most residents supported the law.")
    text = "ADDIS ABABA, May 9 (Wire) - Ethiopia passed a strict press law on Monday. " + body
    assert codes_of(nlp, text, "most residents") == ["ETHCVL"]
    assert codes_of(nlp, text, "activists") == ["KENCVL"]


def test_a_lead_set_abroad_keeps_that_scene(nlp):
    text = ("ADDIS ABABA, May 9 (Wire) - Ethiopian runners protested in Nairobi on Monday against a "
            "strict press law at home. Ethiopian officials said the law would protect Ethiopia's "
            "unity. Rights activists in Kenya joined them in Nairobi. A researcher at a think tank "
            "in Mombasa said the law would chill debate. On the streets, most residents supported "
            "the runners.")
    assert codes_of(nlp, text, "most residents") == ["KENCVL"]


def test_it_after_but_goes_on_with_the_ruling_body_not_a_dateline(nlp):
    text = ("NAIROBI, May 2 (Wire) - The International Court of Justice ruled on Tuesday that Kenya "
            "had failed to consult Somalia, but it rejected Mogadishu's demand that the platform be "
            "closed.")
    assert codes_of(nlp, text, "it") == ["UNOJUD"]


def test_he_after_a_titled_speaker_set_off_by_commas_is_that_speaker(nlp):
    text = ("Fiji's Prime Minister Frank Bainimarama urged calm. The Pacific Community's "
            "director-general, Colin Tukuitonga, said he was deeply saddened by the loss of life.")
    he = [a for a in find_actors(nlp(text), Article(id="t", text=text, date="2019-05-09")) if a.text == "he"]
    assert [(a.name, a.code) for a in he] == [("Colin Tukuitonga", None)]
