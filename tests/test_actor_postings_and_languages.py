"""Round-7 actor rules: posted officials keep their own state, split names rejoined, languages
and manner words are no actors, a spokesperson takes the employer's state, shared town names
read in the article's country."""

from __future__ import annotations


from dyads.actors import find_actors
from dyads.model import Article
from dyads.places import place_others



def _codes(nlp, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in find_actors(nlp(text), Article(id="t", text=text,
                                                                  date="2019-06-01"))}


def test_ambassador_to_a_state_belongs_to_the_sender(nlp):
    codes = _codes(nlp, "The US Ambassador to Germany Richard Grenell criticised the plan.")
    person = next(t for t in codes if "Grenell" in t)
    assert "Ambassador" in person and codes[person] == "USAGOV"
    assert "DEU" not in codes.values()


def test_split_names_and_prepositions(nlp):
    codes = _codes(nlp, "Judge Amy Berman Jackson sentenced the lobbyist on Friday.")
    assert any(t.endswith("Amy Berman Jackson") for t in codes)
    codes = _codes(nlp, "The U.S. Federal Court rejected the appeal.")
    assert codes.get("The U.S. Federal Court") == "USAJUD"
    codes = _codes(nlp, "The programme grew under former US President Barack Obama.")
    assert "former US President Barack Obama" in codes
    assert not any(t.startswith("under") for t in codes)


def test_languages_manner_words_and_hyphenated_kinds_are_no_actors(nlp):
    codes = _codes(nlp, "Most residents speak French, and the notice was printed in English.")
    assert "French" not in codes and "English" not in codes
    assert "gang" not in _codes(nlp, "She told the court she was gang raped by two men.")
    assert not _codes(nlp, "The victim described Neo-Nazi slogans painted on the wall.")
    # a nationality before a noun is still the state's
    assert _codes(nlp, "French troops arrived in Mali.")["French troops"] == "FRAMIL"


def test_peoples_no_state_claims_take_no_state_from_context(nlp):
    codes = _codes(nlp, "American researchers studied the island. President Donald Trump "
                        "praised them. The statues were built before contact with Europeans.")
    assert codes.get("Europeans") is None


def test_spokesperson_of_a_leader_takes_the_leader_state(nlp):
    codes = _codes(nlp, "Steffen Seibert, Merkel's spokesperson, said the talks would go on.")
    assert codes["Steffen Seibert"] == "DEUGOV"
    assert codes["Merkel"] == "DEUGOV"


def test_kb_bodies_and_firms(nlp):
    codes = _codes(nlp, "The Internal Revenue Service fined the firm, while Deutsche Bahn and "
                        "Siemens signed a contract.")
    assert codes["Internal Revenue Service"] == "USAGOV"
    assert codes["Deutsche Bahn"] == "DEUBUS" and codes["Siemens"] == "DEUBUS"


def test_shared_town_names_take_the_article_country(nlp):
    assert "CAN" in place_others("Waterloo")
    codes = _codes(nlp, "Canadian police said the driver fled to Toronto. Officials in Waterloo "
                        "closed the road.")
    assert codes["Waterloo"] == "CAN"
    codes = _codes(nlp, "Iowa police said the driver fled to Des Moines. Officials in Waterloo "
                        "closed the road.")
    assert codes["Waterloo"] == "USA"
