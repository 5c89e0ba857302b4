"""Session 21, helper H: actors and parties from the round-2 judges (Q articles).

A backer is no state of the phrase it backs, an armed group's "Liberation Army" is no state army,
names of things and people in a threat's condition are no parties, a relative's given name after
"his son" is a person. Sentences are our own; each rule has a near miss that keeps its code.
"""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc

from actor_helpers import actor_codes
from event_helpers import code_events, states_of


def _event(nlp, text: str, trigger: str):
    found = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


def test_a_backer_is_not_the_state_of_the_phrase_it_backs(nlp):
    # a state's possessive or "of <state>" names the body's own state; "X-backed" only its backer
    codes = actor_codes(nlp, "Libya's Turkish-backed government signed a truce with the rebels on Monday.")
    assert codes.get("Libya's Turkish-backed government") == "LBYGOV"
    codes = actor_codes(nlp, "The U.S.-backed government of Somalia arrested six men in Mogadishu.")
    assert codes.get("The U.S.-backed government of Somalia") == "SOMGOV"
    # near misses: with no state of its own named the backer still codes the phrase, and a state
    # that leads ("Saudi-led") is the phrase's own
    codes = actor_codes(nlp, "Iran-backed militias fired rockets at the base on Friday.")
    assert "IRN" in {(c or "")[:3] for c in codes.values()}
    codes = actor_codes(nlp, "The Saudi-led coalition bombed a bridge on Friday.")
    assert "SAU" in {(c or "")[:3] for c in codes.values()}


def test_a_liberation_army_is_an_armed_group_not_the_state_army(nlp):
    text = ("Gunmen attacked a convoy in Pakistan on Monday. The Sindhu Liberation Army said it "
            "carried out the attack.")
    codes = actor_codes(nlp, text)
    assert codes.get("The Sindhu Liberation Army") == "PAKREB"
    codes = actor_codes(nlp, "The Arakan Resistance Front ambushed a patrol in Myanmar on Sunday.")
    assert (codes.get("The Arakan Resistance Front") or "").endswith("REB")
    # near misses: a state's own army keeps MIL, named ("Korean People's Army") or plain
    codes = actor_codes(nlp, "The Korean People's Army fired two missiles into the sea on Tuesday.")
    assert codes.get("Korean People's Army") == "PRKMIL"
    codes = actor_codes(nlp, "The Pakistani army said it killed ten militants.")
    assert codes.get("The Pakistani army") == "PAKMIL"


def test_a_name_labelling_a_thing_is_no_target(nlp):
    text = "Washington imposed new sanctions over the Kestrel hacking campaign on Thursday."
    imposed = _event(nlp, text, "imposed")
    assert not any(a.text == "Kestrel" for a in imposed.target)
    assert states_of(imposed.source) == {"USA"}
    # near miss: a state named in the phrase is still its target
    near = _event(nlp, "Washington imposed new sanctions on Russia over the hacking campaign.", "imposed")
    assert "RUS" in states_of(near.target)


def test_who_a_condition_befalls_is_no_target_of_the_threat(nlp):
    text = "The president warned of grave consequences if the jailed activist Ivan Sorokin died in custody."
    warned = _event(nlp, text, "warned")
    assert not any("Sorokin" in a.text for a in warned.target)
    # near miss: a party that must act to avert the threat stays its target
    near = _event(nlp, "The president warned of grave consequences if Russia attacked Moldova.", "warned")
    assert "RUS" in states_of(near.target)


def test_a_claim_of_responsibility_aims_at_no_place_in_a_clause_describing_what_was_hit(nlp):
    text = ("Gunmen attacked a train in Pakistan on Monday. The Sindhu Liberation Army claimed "
            "responsibility for the hijacking of the Kestrel Express, which had left the Larkana Junction.")
    art = annotate_doc(Article(id="t", text=text, date="2024-05-10"), nlp(text))
    claims = [s for s in art.statements if s.cameo == "015"]
    assert claims and not any("Larkana" in a.text for s in claims for a in s.target)
    assert all("PAKREB" in {a.code for a in s.source} for s in claims)
    # near miss: a coded party hit by the claimed act stays the claim's target
    near = "The rebels claimed responsibility for the attack on Nigerian soldiers near Maiduguri."
    art = annotate_doc(Article(id="t", text=near, date="2024-05-10"), nlp(near))
    assert any("NGA" in states_of(s.target) for s in art.statements if s.cameo == "015")


def test_a_given_name_after_his_son_is_a_person(nlp):
    text = "Bolsonaro, who denies the charges, faces trial. His son Eduardo, a lawmaker who moved to Italy, cheered the penalty."
    codes = actor_codes(nlp, text, date="2025-07-10")
    assert codes.get("Eduardo") == "BRALEG"  # (the owner's state; the description's sector)
    # near miss: a body's name after a possessive and no kin word stays a body
    codes = actor_codes(nlp, "His party, the Liberal Party, praised the ruling in Brazil.", date="2025-07-10")
    assert "Flavio" not in codes


def test_the_doers_own_envoys_are_no_target(nlp):
    text = ("Canada and India withdrew their envoys in May after Ottawa imposed sanctions over the "
            "Kestrel hacking campaign.")
    withdrew = _event(nlp, text, "withdrew")
    assert not any("envoys" in a.text for a in withdrew.target)
