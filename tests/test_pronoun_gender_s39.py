"""Session 39, helper c: a "she"/"he" inside what a judge or official rules or orders is another
person than the one ruling ("a judge ordered her release, ruling that she had acted lawfully").
Sentences written for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def mentions(nlp, text: str, date: str = "2021-06-01") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def codes_of(nlp, text: str, span: str) -> list[str | None]:
    return [c for t, c in mentions(nlp, text) if t == span]


RULING = ("ATHENS, May 3 (Wire) - Greek Prime Minister Kyriakos Mitsotakis vowed on Friday to deport "
          "Ilse Brandauer, the Austrian head of a refugee charity, after a judge ordered her release, "
          "ruling that she had acted within the law when she blocked the road to the port.")


def test_she_inside_a_ruling_is_not_the_judge(nlp):
    she = codes_of(nlp, RULING, "she")
    assert she and all(c == codes_of(nlp, RULING, "Ilse Brandauer")[0] for c in she)
    assert not any(c and c.endswith("JUD") for c in she)


def test_the_ruled_person_keeps_her_pronouns_in_the_next_sentence(nlp):
    text = RULING + (" In her ruling, the judge said Brandauer had broken no law and that the clash with "
                     "a coast guard boat as she left the harbour was no attack.")
    she = codes_of(nlp, text, "she")
    assert she and not any(c and c.endswith("JUD") for c in she)


def test_a_judge_who_says_she_will_step_down_keeps_her_pronoun(nlp):
    text = ("ATHENS, May 3 (Wire) - Greek judge Maria Kostaki said on Friday that she would step down "
            "from the Supreme Court next month.")
    she = codes_of(nlp, text, "she")
    assert she and she == codes_of(nlp, text, "Greek judge Maria Kostaki")[:1] * len(she)


def test_a_court_that_rules_on_itself_keeps_its_it(nlp):
    text = ("NAIROBI, May 3 (Wire) - Kenya's Supreme Court ruled on Friday that it had no power "
            "to hear the election petition.")
    it = codes_of(nlp, text, "it")
    assert it and all(c and c.startswith("KEN") for c in it)


def test_police_in_the_caribbean_are_the_regions_not_the_storys_state(nlp):
    text = ("KINGSTON, May 3 (Wire) - Jamaica's justice minister said on Friday that police had shot "
            "three men in the capital. Human Rights Watch said the case showed the need for oversight "
            "of police in the Caribbean.")
    found = dict(mentions(nlp, text))
    assert found.get("police in the Caribbean") == "CRBCOP"
    assert "JAMCOP" in [c for t, c in mentions(nlp, text) if t == "police"]


def test_police_in_one_state_keep_that_state(nlp):
    text = ("KINGSTON, May 3 (Wire) - Police in Jamaica arrested three men on Friday after a shooting "
            "in the capital.")
    assert not any(c and c.startswith("CRB") for _, c in mentions(nlp, text))


def test_a_nameless_man_taken_up_by_he_is_no_later_she(nlp):
    text = ("LAGOS, May 3 (Wire) - A Nigerian police commander told Dana Osei, a Ghanaian reporter, that "
            "he had ordered the arrests. She said later that the arrests were illegal.")
    found = mentions(nlp, text)
    assert [c for t, c in found if t == "he"] == ["NGACOP"]
    assert [c for t, c in found if t == "She"] == [c for t, c in found if t == "Dana Osei"]
