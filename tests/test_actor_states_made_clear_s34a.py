"""Session 34 (batch AH, actor mentions, helper a): a state left out where the story makes it
clear: a Chinese or Korean person called by the family name, which comes first; an island or
province the tagger read as a body or person, where it reads the same name as a place
elsewhere; a person named in full with no state whom a later mention by surname places.
Sentences of our own; each rule has a near miss."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def mentions(nlp, text: str, date: str = "2012-05-04") -> list[tuple[str, str | None]]:
    """Each actor mention of ``text`` read as one article, in order, with its code."""
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def codes_of(nlp, text: str, word: str) -> list[str | None]:
    return [code for t, code in mentions(nlp, text) if t == word]


# --- family name first (actor_coref._family_name_first) ---------------------------------------


def test_chinese_family_name_alone_is_the_person_named_before(nlp) -> None:
    text = ("OSLO (Wire) - Jailed Chinese lawyer Zhou Weiming won a Norwegian prize on Friday. "
            "Norway's government praised Zhou, and Norwegian officials said Oslo would not "
            "yield. Police questioned his sister, Zhou Lan, in Beijing. The United States urged "
            "China to free Zhou.")
    assert all(code and code.startswith("CHN") for code in codes_of(nlp, text, "Zhou"))


def test_western_given_name_shared_by_two_people_stays_unresolved(nlp) -> None:
    text = ("LONDON (Wire) - British minister Peter Hollis met the French envoy on Tuesday. "
            "Peter Walcott, a banker, said the talks were useful. Peter said he was pleased.")
    assert codes_of(nlp, text, "Peter") in ([], [None]) or \
        not any((c or "").startswith("GBRGOV") for c in codes_of(nlp, text, "Peter"))


# --- places the tagger read as bodies (actor_places._places_read_as_bodies) -------------------


def test_island_read_as_a_people_is_the_place_read_elsewhere(nlp) -> None:
    text = ("MORONI (Wire) - Comorian troops landed on Thursday. The rebel colonel had ruled "
            "Anjouan since 2001. Anjouan and Moheli tried to secede in 1997. On Anjouan, "
            "calm returned, and the Comoros government said it would hold elections.")
    found = dict(mentions(nlp, text))
    assert found.get("Moheli") == "COM"
    assert all(code == "COM" for t, code in mentions(nlp, text) if t == "Anjouan")


# --- a full name placed by a later surname (actor_coref._placed_by_surname_later) -------------


def test_full_name_takes_the_state_of_its_later_surname(nlp) -> None:
    text = ("BRUSSELS (Wire) - Israel recalled its envoy on Friday and the United States voiced "
            "concern after Klaus Brenner's party joined the cabinet. Germany and France froze "
            "ties. Brenner, the governor of Carinthia, is not taking a post. Critics said "
            "Brenner had praised the old regime, remarks for which he apologised.")
    found = mentions(nlp, text)
    placed = dict(found)["the governor of Carinthia"]
    assert placed is not None
    assert [code for t, code in found if "Brenner" in t or t == "he"] == [placed] * 4


def test_two_people_of_one_surname_are_not_merged(nlp) -> None:
    text = ("BRUSSELS (Wire) - Israel recalled its envoy on Friday and the United States voiced "
            "concern. Germany and France froze ties. Klaus Brenner, a businessman, and Maria "
            "Brenner, a writer, spoke on Friday. Brenner, the governor of Carinthia, said the "
            "vote was fair.")
    found = dict(mentions(nlp, text))
    assert found["Klaus Brenner"] is None and found["Maria Brenner"] is None


# --- bodies and forces placed by their owner (actor_coref) -------------------------------------


def test_chair_of_a_body_named_earlier_takes_the_state_in_its_name(nlp) -> None:
    text = ("GENEVA (Wire) - The Swedish Film Committee gave its award to an Iranian director on "
            "Friday, and Iran protested. \"We judge films, not politics,\" committee chairman "
            "Lars Ekdahl told reporters.")
    assert (dict(mentions(nlp, text)).get("committee chairman Lars Ekdahl") or "").startswith("SWE")


def test_chair_of_a_body_never_named_keeps_no_state(nlp) -> None:
    text = ("GENEVA (Wire) - A film award went to an Iranian director on Friday, and Iran "
            "protested. \"We judge films, not politics,\" committee chairman Lars Ekdahl said.")
    assert not (dict(mentions(nlp, text)).get("committee chairman Lars Ekdahl") or "").startswith("SWE")


def test_troops_carried_by_a_states_warships_are_its_forces(nlp) -> None:
    text = ("MONROVIA (Wire) - Rebels shelled the port on Monday. Offshore, two U.S. warships "
            "carrying some 1,500 Marines waited, and Nigeria sent troops.")
    assert dict(mentions(nlp, text)).get("Marines") == "USAMIL"


def test_migrants_carried_by_a_navy_ship_keep_no_navy_code(nlp) -> None:
    text = ("ROME (Wire) - Two Italian navy ships carrying 300 migrants docked on Monday, and "
            "Libya protested.")
    assert not any((code or "").endswith("MIL") for t, code in mentions(nlp, text) if "migrants" in t)


def test_name_given_to_a_blocs_mission_is_the_bloc(nlp) -> None:
    text = ("MONROVIA (Wire) - About 800 Nigerian soldiers of the ECOWAS mission, known as "
            "ECOMIL, deployed on Monday. Liberia's president welcomed them.")
    assert dict(mentions(nlp, text)).get("ECOMIL") == "IGO"


def test_organ_named_after_a_bloc_is_the_blocs(nlp) -> None:
    text = ("SUVA (Wire) - The Commonwealth Ministerial Action Group (CMAG), meeting in London, "
            "said Fiji would be excluded from its meetings, and Australia imposed sanctions.")
    found = dict(mentions(nlp, text))
    assert found.get("The Commonwealth Ministerial Action Group") == "IGO"
    assert found.get("CMAG") == "IGO"


def test_firm_named_after_a_bloc_is_not_the_blocs(nlp) -> None:
    text = ("SYDNEY (Wire) - The Commonwealth Savings Bank said on Monday that profits rose, and "
            "Fiji imposed a new tax.")
    assert not any(code == "IGO" for t, code in mentions(nlp, text) if "Bank" in t)


def test_ministry_spokeswoman_speaks_for_the_ministry_just_named(nlp) -> None:
    text = ("MORONI (Wire) - Comorian troops landed on Anjouan on Tuesday, and the Comoros "
            "government welcomed the operation. The French Foreign Ministry said the rebel "
            "leader had been detained on Mayotte. He was being held on charges of illegal "
            "entry, a ministry spokeswoman said.")
    assert dict(mentions(nlp, text)).get("a ministry spokeswoman") == "FRAGOV"
