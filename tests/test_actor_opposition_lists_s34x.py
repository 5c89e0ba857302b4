"""Session 34 (batch AH actors, helper x): an opposition leader named again by surname keeps
the story's title when the knowledge base knows him only with a state on that date; a party's
name the tagger took with its possessive ("the X Party's (XP) claim") and a "Congress" named
with a party's adjective are parties; a running mate is a candidate (OPP); "XP chairman Y"
inside a list is the party's; a plural noun set off by a dash before a list of named persons
is those persons; troops sent by "the brotherly countries" are no one state's. Sentences of our
own; each rule has a near miss."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def _mentions(nlp, text: str, date: str = "2013-08-29") -> list[tuple[str, str | None]]:
    """Every mention as (text, code), in order, repeats kept."""
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def _codes(nlp, text: str, date: str = "2013-08-29") -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for t, c in _mentions(nlp, text, date):
        out.setdefault(t, []).append(c)
    return out


# --- a known person named again keeps the story's title (actor_coref._surnames) ------------------


def test_opposition_leader_named_again_keeps_the_title(nlp) -> None:
    # the knowledge base has Akufo-Addo as president only from 2017
    text = ("ACCRA (Wire) - The court dismissed a petition by opposition leader Nana Akufo-Addo on "
            "Thursday. Akufo-Addo accepted the judgment and said he would not seek a review.")
    codes = _codes(nlp, text)
    assert codes["opposition leader Nana Akufo-Addo"] == ["GHAOPP"]
    assert codes["Akufo-Addo"] == ["GHAOPP"]
    assert codes["he"] == ["GHAOPP"]


def test_office_the_knowledge_base_gives_on_the_date_is_kept(nlp) -> None:
    # near miss: in 2020 he holds the presidency, the bare surname stays GOV
    text = ("ACCRA (Wire) - President Nana Akufo-Addo spoke on Thursday. Akufo-Addo said the "
            "borders would stay closed.")
    assert _codes(nlp, text, "2020-08-29")["Akufo-Addo"] == ["GHAGOV"]


# --- party names (mention_names._sector_of_name) -----------------------------------------------


def test_party_name_with_possessive_is_a_party(nlp) -> None:
    text = ("ACCRA (Wire) - The panel rejected the New Patriotic Party's (NPP) claim that "
            "irregularities had robbed its candidate of victory.")
    codes = _codes(nlp, text)
    assert codes["the New Patriotic Party's"] == ["GHAPTY"]
    assert codes["NPP"] == ["GHAPTY"]


def test_congress_named_with_a_party_adjective_is_a_party(nlp) -> None:
    text = ("ACCRA (Wire) - Mahama, of the National Democratic Congress (NDC), said the verdict "
            "was a victory for the country.")
    assert _codes(nlp, text)["the National Democratic Congress"] == ["GHAPTY"]


def test_united_states_congress_stays_the_legislature(nlp) -> None:
    text = "WASHINGTON (Wire) - Lawmakers in the United States Congress passed the bill on Friday."
    assert _codes(nlp, text, "2021-03-01")["United States Congress"] == ["USALEG"]


# --- running mates, chairmen in a list, petitioners (sectors.tsv, actor_coref, actor_plurals) ----


_PETITION = ("ACCRA (Wire) - The New Patriotic Party (NPP) rejected the result of the election "
             "won by President John Mahama. The petitioners - opposition leader Nana Akufo-Addo, his "
             "running mate Mahamudu Bawumia and NPP chairman Jake Obetsebi-Lamptey - had asked "
             "the court to annul four million votes.")


def test_running_mate_is_opposition(nlp) -> None:
    assert _codes(nlp, _PETITION)["running mate Mahamudu Bawumia"] == ["GHAOPP"]


def test_party_chairman_in_a_list_is_the_partys(nlp) -> None:
    assert _codes(nlp, _PETITION)["Jake Obetsebi-Lamptey"] == ["GHAPTY"]


def test_plural_noun_set_off_before_named_persons_is_those_persons(nlp) -> None:
    assert _codes(nlp, _PETITION)["The petitioners"] == ["GHAOPP"]


def test_plural_noun_before_a_clause_keeps_its_own_code(nlp) -> None:
    # near miss: after the dash comes a clause, not a list of the petitioners
    text = ("ACCRA (Wire) - Opposition leader Nana Akufo-Addo filed the petition. The petitioners "
            "- Akufo-Addo said on Monday - would not give up.")
    assert _codes(nlp, text)["The petitioners"] != ["GHAOPP"]


# --- troops of several senders (actor_context._sent_by_many) -----------------------------------


def test_troops_sent_by_several_countries_take_no_state(nlp) -> None:
    text = ("MORONI (Wire) - Comorian President Ahmed Abdallah Sambi thanked the African Union and "
            "\"the brotherly countries\" that had sent troops.")
    codes = _codes(nlp, text, "2008-03-27")
    assert codes["troops"] == [None]


def test_troops_sent_by_one_state_are_its_own(nlp) -> None:
    text = ("MORONI (Wire) - Comorian President Ahmed Abdallah Sambi said Tanzania had sent "
            "troops to the island.")
    assert _codes(nlp, text, "2008-03-27")["troops"] == ["TZAMIL"]


def test_troops_of_both_countries_are_not_left_without_a_state(nlp) -> None:
    # near miss: "both countries" refers back to the two states named before
    text = ("MOSCOW (Wire) - Russia and Ukraine met in Minsk on Monday. Both countries withdrew "
            "their troops from the border.")
    codes = _codes(nlp, text, "2021-03-01")
    assert any(c for c in codes.get("their troops", codes.get("troops", [None])))
