"""Session 20, helper W2: parties and actor codes from the I, J and K judges of fresh articles.

Each rule is tested on sentences of our own with a near miss that must keep its record.
"""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events, states_of


def _event(nlp, text: str, trigger: str):
    found = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


def test_maker_of_a_weapon_is_no_party(nlp):
    # "X-made", "X-built": who made the thing says nothing of who uses it or is hit by it
    text = "Georgia fired French-made artillery shells into Abkhazia on Friday."
    fired = _event(nlp, text, "fired")
    assert "FRA" not in states_of(fired.source) | states_of(fired.target)
    one_token = "Rebels fired U.S.-made rockets at Kenyan soldiers on Friday."
    assert "USA" not in {(c or "")[:3] for c in actor_codes(nlp, one_token).values()}
    # near miss: "X-backed" still names the state that backs
    near = "Iran-backed militias fired rockets at the base on Friday."
    assert "IRN" in {(c or "")[:3] for c in actor_codes(nlp, near).values()}


def test_known_body_name_joined_inside_a_longer_name(nlp):
    # "Peace and Security Council" is the AU's organ, not the UN Security Council
    text = "The AU's Peace and Security Council urged the junta in Niamey to free the president."
    codes = actor_codes(nlp, text)
    assert "UNOGOV" not in codes.values()
    assert codes.get("Peace and Security Council") == "IGO"
    # "Liberation" inside a movement's long name is not the French newspaper
    movement = "The court rejected the list of the Front for the Liberation of Farmers on Friday."
    assert "FRAJRN" not in actor_codes(nlp, movement).values()
    # near miss: the UN body named with its own prefix stays the UN's
    near = "Russia and the UN Security Council condemned the coup in Niamey."
    assert actor_codes(nlp, near).get("UN Security Council") == "UNOGOV"


def test_city_before_another_states_police_name(nlp):
    # "the Tokyo Metropolitan Police": the city's own force, not London's Met
    text = "The Tokyo Metropolitan Police arrested two bankers on Friday."
    arrested = _event(nlp, text, "arrested")
    assert states_of(arrested.source) == {"JPN"}
    # near miss: the Met named alone stays London's
    near = "The Metropolitan Police arrested two bankers in London on Friday."
    assert states_of(_event(nlp, near, "arrested").source) == {"GBR"}


def test_words_of_a_buildings_name_are_no_actor(nlp):
    # "Justice" in "the Palace of Justice" is the building, not a court
    text = "The banker was detained at the Palace of Justice in Lima on Friday."
    assert "Justice" not in actor_codes(nlp, text)
    # near miss: a ministry "of Justice" is still a body
    near = "The Ministry of Justice ordered the banker detained on Friday."
    assert any("Justice" in t for t in actor_codes(nlp, near))


def test_qualified_leader_and_special_rapporteur(nlp):
    text = "Peru's electoral board refused to register community leader Rosa Quispe as a candidate."
    assert actor_codes(nlp, text).get("community leader Rosa Quispe") == "PERCVL"
    rapporteur = ("Myanmar barred the UN special rapporteur on torture, Maria Olsen, from entering the country. "
                  "The junta never allowed Olsen to visit.")
    assert (actor_codes(nlp, rapporteur).get("Olsen") or "").startswith("UNO")
    # near miss: a leader with no qualifier is still the government's
    near = "Peru's electoral board refused to register the leader Rosa Quispe as a candidate."
    assert actor_codes(nlp, near).get("the leader Rosa Quispe") == "PERGOV"


def test_counted_governments_after_talks_with_a_partner(nlp):
    # "X travelled to Y for talks with Z, during which the two governments agreed": both sides
    text = ("Polish Prime Minister Donald Tusk travelled to Vilnius for talks with Lithuanian "
            "President Gitanas Nauseda, during which the two governments agreed to build a pipeline.")
    agreed = _event(nlp, text, "agreed")
    assert states_of(agreed.source) == {"POL", "LTU"}
    # near miss: with no partner named the reference stands for no pair
    near = ("Polish Prime Minister Donald Tusk travelled to Vilnius on Monday, "
            "during which the two governments agreed to build a pipeline.")
    assert states_of(_event(nlp, near, "agreed").source) != {"POL", "LTU"}


def test_officials_of_the_two_countries_body(nlp):
    text = ("Chile and Argentina signed a border deal on Monday. "
            "Ministers of the two countries' joint commission met in Santiago last week.")
    met = _event(nlp, text, "met")
    assert states_of(met.source) == {"CHL", "ARG"}
    # near miss: ministers of one named state's commission stay that state's
    near = ("Chile and Argentina signed a border deal on Monday. "
            "Ministers of Chile's water commission met in Santiago last week.")
    assert states_of(_event(nlp, near, "met").source) == {"CHL"}


def test_region_word_on_traded_goods_names_the_region(nlp):
    text = "The White House imposed tariffs on West African goods last year."
    assert actor_codes(nlp, text).get("West African") == "WAF"
    # near miss: a state's own adjective stays that state
    near = "The White House imposed tariffs on South African goods last year."
    assert actor_codes(nlp, near).get("South African") == "ZAF"


def test_own_state_named_inside_a_pacts_name_is_no_target(nlp):
    text = "Indian Prime Minister Narendra Modi signed the India-Mercosur Trade Pact on Monday."
    signed = _event(nlp, text, "signed")
    assert "IND" not in {a.code for a in signed.target}
    # near miss: another state named inside the pact's name stays a party
    near = "Brazil signed the India-Mercosur Trade Pact on Monday."
    assert "IND" in states_of(_event(nlp, near, "signed").target)


def test_summoned_envoy_does_not_lodge_the_protest(nlp):
    # "summoned the ambassador to lodge a protest": the summoner protests, and the protest is the
    # summons itself (one ACCUSE 114, no second record on "lodge")
    text = "Poland summoned Belarus's ambassador to lodge a protest on Monday."
    summoned = _event(nlp, text, "summoned")
    assert states_of(summoned.source) == {"POL"}
    assert not [e for e in code_events(nlp, text) if e.trigger == "lodge"]
    # near miss: a protest one is urged to lodge is the urging's content, no record of its own
    # (session 32, ``event_complements.hypothetical_content``); the urging is Poland's
    near = "Poland urged Belarus's ambassador to lodge a protest with Minsk on Monday."
    assert states_of(_event(nlp, near, "urged").source) == {"POL"}
    assert not [e for e in code_events(nlp, near) if e.trigger == "protest"]


def test_leaders_government_is_the_leaders_state(nlp):
    # a named ruler's possessive places the organ in his state, whatever the story's state
    text = ("MANAGUA, May 2 (Wire) - Honduras said it would seek the extradition of a Honduran banker. "
            "The Honduran banker fled last year. President Daniel Ortega's government refused.")
    assert actor_codes(nlp, text).get("government") == "NICGOV"
    # near miss: a programme owned by an agency takes no state from it
    near = "NASA's Artemis Mission was delayed again on Monday."
    assert actor_codes(nlp, near).get("Artemis Mission") is None


def test_owner_of_the_acting_organ_is_no_second_party(nlp):
    # "Prime Minister X's party backed": the party acts; its leader only owns it
    text = "Prime Minister Viktor Orban's ruling Fidesz party backed the measure on Monday."
    backed = _event(nlp, text, "backed")
    assert [a.code for a in backed.source] == ["HUNPTY"]
    # near miss: an owned noun that is no actor of its own leaves the owner as the party
    near = "Israeli Prime Minister Benjamin Netanyahu's spokesman criticised the Iranian government."
    assert {a.code for a in _event(nlp, near, "criticised").source} == {"ISRGOV"}


def test_military_attache_is_his_states_officer(nlp):
    text = ("OSLO, May 2 (Wire) - Norway expelled a Chinese military attache on Thursday. "
            "Police said a Norwegian engineer had met the attache at a hotel in Oslo.")
    codes = actor_codes(nlp, text)
    assert codes.get("a Chinese military attache") == "CHNMIL"
    assert codes.get("the attache") == "CHNMIL"
    # near miss: a press attache is a diplomat, not an officer
    near = "Norway expelled the Chinese press attache on Thursday."
    assert actor_codes(nlp, near).get("the Chinese press attache") == "CHNGOV"


def test_region_description_of_one_state_is_the_state_named_before(nlp):
    text = ("Senegal recalled its ambassador from Paris on Monday. "
            "The West African country accused France of meddling in its election.")
    assert actor_codes(nlp, text).get("The West African country") == "SEN"
    # near miss: no state of that region named before, so no state is guessed
    near = ("Kenya recalled its ambassador from Paris on Monday. "
            "The West African country accused France of meddling in its election.")
    assert actor_codes(nlp, near).get("The West African country") is None
