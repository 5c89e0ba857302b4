"""Session 19, helper V2: parties and actor codes from the D and F judges of fresh articles.

Each rule is tested on sentences of our own with a near miss that must keep its record.
"""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events, states_of


def test_weapon_striking_a_foreign_owned_ship_takes_no_state_from_the_ship(nlp):
    # a ship's owner or flag says nothing of who fired, so the weapon is no actor of that state
    text = "A rocket hit a Turkish-owned cargo ship in the Black Sea on Monday."
    hits = [e for e in code_events(nlp, text) if e.trigger == "hit"]
    assert hits and not any((a.code or "").startswith("TUR") for e in hits for a in e.source)
    # near miss: a bomb killing a state's soldiers still gives the unnamed attackers that state
    near = "On Monday a roadside bomb killed four Malian soldiers near a market."
    killed = [e for e in code_events(nlp, near) if e.trigger == "killed"]
    assert killed and states_of(killed[0].source) == {"MLI"}


def test_official_in_a_place_of_another_state_is_that_states(nlp):
    # the place on the official's own noun outweighs the state the story is about
    text = ("NAIROBI, May 2 (Wire) - Kenya said its herders were attacked near the border. "
            "An official in Oromia said Kenyan raiders had stolen goats.")
    assert (actor_codes(nlp, text).get("An official") or "").startswith("ETH")
    # near miss: an official whose phrase names no place stays with the story's state
    near = ("NAIROBI, May 2 (Wire) - Kenya said its herders were attacked near the border. "
            "An official said raiders from Oromia had stolen goats.")
    assert (actor_codes(nlp, near).get("An official") or "").startswith("KEN")


def test_lone_surname_the_tagger_calls_a_product_is_the_person(nlp):
    # "Camacho told reporters": the tagger read a minister's surname alone as a product
    from spacy.tokens import Span

    from dyads.actors import find_actors
    from dyads.model import Article

    text = ("Peru's Trade Minister Lucia Ferrandez said exports would be cut. "
            '"We are asking every firm to save fuel," Ferrandez told reporters.')
    doc = nlp(text)
    k = [t.i for t in doc if t.text == "Ferrandez"][-1]
    doc.ents = [e for e in doc.ents if not e.start <= k < e.end] + [Span(doc, k, k + 1, "PRODUCT")]
    codes = {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2021-03-01"))}
    assert codes.get("Ferrandez") == "PERGOV"
    # near miss: a product of two words is a thing, even when its last word is a surname
    near = ("Peru's Trade Minister Lucia Ferrandez said exports would be cut. "
            "Buyers of the Ferrandez Mark praised it.")
    doc = nlp(near)
    k = [t.i for t in doc if t.text == "Ferrandez"][-1]
    doc.ents = [e for e in doc.ents if not (e.start <= k + 1 and k <= e.end)] + [Span(doc, k, k + 2, "PRODUCT")]
    texts = {a.text for a in find_actors(doc, Article(id="t", text=near, date="2021-03-01"))}
    assert "Ferrandez" not in texts


def test_bangladesh_nationalist_party_by_its_abbreviation(nlp):
    text = "The BNP rejected the election results in Dhaka on Sunday."
    assert actor_codes(nlp, text).get("BNP") == "BGDPTY"
    # near miss: the full name keeps its code
    assert actor_codes(nlp, "The Bangladesh Nationalist Party rejected the results.").get(
        "Bangladesh Nationalist Party") == "BGDPTY"
