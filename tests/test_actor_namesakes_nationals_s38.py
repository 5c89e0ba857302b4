"""Session 38 (batch AK's actor mentions): a state name two states share, a foreigner the
text introduces with her nationality, a former colonial ruler, "the authorities" after a
region's governments, "both governments" of a third state's sentence, an opposition figure,
and bodies the knowledge base now knows. Each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Actor, Article


def _actors(nlp, text: str, date: str = "2021-03-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _codes(actors: list[Actor], text: str) -> list[str | None]:
    return [a.code for a in actors if a.text == text]


def test_congo_in_a_story_that_first_names_the_republic_of_congo(nlp):
    actors = _actors(nlp, "BRAZZAVILLE, March 3 (Wire) - Congo-Brazzaville's government banned "
                          "a march on Saturday. \"All Congolese must stay calm,\" a minister said. "
                          "Congo has been ruled by the same party for decades. In the Democratic "
                          "Republic of Congo, rebels attacked a town.")
    assert _codes(actors, "Congolese") == ["COG"]
    assert _codes(actors, "Congo") == ["COG"]
    assert _codes(actors, "the Democratic Republic of Congo") == ["COD"]


def test_congo_stays_the_dr_congo_when_it_is_named_first(nlp):
    actors = _actors(nlp, "KINSHASA, March 3 (Wire) - Congo's government banned a march on "
                          "Saturday. \"All Congolese must stay calm,\" a minister said. Some "
                          "refugees crossed the river to Brazzaville.")
    assert _codes(actors, "Congolese") == ["COD"]
    assert _codes(actors, "Congo's government") == ["CODGOV"]


def test_a_body_named_for_congo_follows_the_state_the_story_means(nlp):
    actors = _actors(nlp, "Congo Republic's opposition rejected the vote in Brazzaville. The "
                          "Movement for Unity in Congo said it would boycott the poll.")
    assert "COD" not in "".join(c or "" for a in actors for c in [a.code]
                                if "Movement" in a.text)


def test_person_introduced_with_her_nationality(nlp):
    actors = _actors(nlp, "ROME (Wire) - Italy's interior minister vowed to expel Anke Brandvold, "
                          "the Norwegian captain of a rescue ship, after a court freed her. "
                          "Brandvold said she would appeal.")
    assert _codes(actors, "Anke Brandvold") == ["NOR"]
    assert _codes(actors, "Brandvold") == ["NOR"]


def test_aged_description_is_not_the_subject_of_its_own_clause(nlp):
    actors = _actors(nlp, "Anke Brandvold, the Norwegian captain of a rescue ship, was arrested. "
                          "Judge Paola Ricci in Palermo refused to validate the arrest of the "
                          "34-year-old on Tuesday.")
    assert _codes(actors, "the 34-year-old") == ["NOR"]


def test_former_colonial_ruler_is_the_state_in_apposition(nlp):
    actors = _actors(nlp, "The crisis has put Lisbon, Angola's former colonial ruler, in a "
                          "difficult position.")
    # (session 58) the description is Lisbon itself, no second actor
    assert _codes(actors, "Lisbon") in (["PRT"], ["PRTGOV"])
    assert not [a for a in actors if "ruler" in a.text]


def test_the_authorities_after_western_governments_are_the_story_state(nlp):
    actors = _actors(nlp, "DUSHANBE (Wire) - Tajik troops pressed on with an operation in the "
                          "east as Western governments urged restraint. Tajikistan's Interior "
                          "Ministry said its forces were attacked. Officials said nine people "
                          "died. Local activists disputed the toll. A rights group called on the "
                          "authorities to allow an independent inquiry.")
    assert _codes(actors, "the authorities") == ["TJKGOV"]


def test_both_governments_leave_out_the_subject_state(nlp):
    actors = _actors(nlp, "LONDON (Wire) - Britain agreed to hand the islands to Mauritius. "
                          "Britain will pay Mauritius a yearly sum. Mauritius' leader thanked "
                          "Britain. Britain and Mauritius will sign a treaty. Washington and Paris "
                          "welcomed the deal. Washington said it would work with both governments "
                          "on security.")
    assert sorted(_codes(actors, "both governments")) == ["GBRGOV", "MUSGOV"]


def test_opposition_figure_is_not_the_state_named_beside_him(nlp):
    actors = _actors(nlp, "FUNAFUTI (Wire) - Tuvalu's parliament approved the treaty with "
                          "Australia. Former prime minister Tomasi Leota, a leading opposition "
                          "figure, said the clause gave Australia a veto over Tuvalu's policy.")
    codes = _codes(actors, "Former prime minister Tomasi Leota")
    assert codes and codes[0] and codes[0].startswith("TUV")


def test_regional_bodies_and_a_taiwanese_airline(nlp):
    actors = _actors(nlp, "The Economic Community of Central African States (ECCAS) condemned "
                          "the attack. China Airlines added flights to Koror. The International "
                          "Tribunal for the Law of the Sea ruled on the dispute.")
    assert _codes(actors, "ECCAS") == ["IGO"]
    assert _codes(actors, "China Airlines") == ["TWNBUS"]
    assert _codes(actors, "The International Tribunal for the Law of the Sea") in (["IGOJUD"], [])
    assert "IGOJUD" in [a.code for a in actors if "Tribunal" in a.text]
