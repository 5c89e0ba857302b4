"""Parties and actors of session 16, round 2: causes traced on fresh news articles.

Each test uses sentences of our own for one cause found by the diagnosis of the fresh news:

- "told / instructed / directed X to V" is an order (REQUEST 100) by the teller to X, coded as
  "ordered X to" is (``event_patterns.directive``); telling envoys to leave is their expulsion;
- "the sides" refers back to the pair named before, and a counted "the two countries" looks back
  past its usual two sentences; a pair of nationality adjectives on one noun ("Armenian and
  Azerbaijani troops") is such a pair, and the first adjective shares the noun's sector
  (``actor_plurals``, ``shared_head_sectors``); "called on the sides" keeps them as
  its target (``event_parties.sided_with`` is for a singular "side");
- "X and Y blamed each other" is an accusation each way (``events._reciprocal``);
- the second gerund of "accused X of A-ing and B-ing", hung on "accused" by the parser, is X's
  deed (``event_subjects._accused_of_deeds``);
- "N killed and M wounded in <place>" is one blow, not a second attack on the place
  (``events._gapped_toll``);
- a stop on the route of a vehicle that is the clause's subject ("a flight from Warsaw to Kyiv
  was ordered to land") is no party (``event_roles.route_stop``);
- unnamed soldiers "killed in northern Israel" in a story set in Lebanon are of the clause's
  place, not of the story's state (``actor_context._placed_elsewhere``);
- "sanctions on X and on Y": the repeated preposition, a conjunct of the first, names a second
  target (``event_roles.prep_objects``); captives "held in X" and then released with no releaser
  named were released by X's government, at a low confidence (``event_places.captor_state``);
- travel "with" others: the companions are never the visited party, and a trip by civilians or
  by families named by their state's adjective is private (``events.companions_dropped``,
  ``private_travellers``);
- Central Asian presidents missing from ``data/actors.tsv``; a bare "Leaders" at a summit is the
  summit's body or no state, never the host's government (``actor_coref._bare_leaders``).
"""

from __future__ import annotations

from event_helpers import code_events, events_of


def _states(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors if a.code}


def _codes(actors) -> set[str]:
    return {a.code for a in actors if a.code}


# ---------------------------------------------------------------- directives

def test_telling_an_embassy_to_cut_staff_is_an_order_to_it(nlp):
    text = "Estonia told the Russian embassy in Tallinn to shrink its staff by half."
    reqs = events_of(nlp, text, "REQUEST")
    assert reqs and _states(reqs[0].source) == {"EST"} and "RUS" in _states(reqs[0].target)
    # the addressee is not coded as the doer of an act of its own
    assert not any("RUS" in _states(e.source) for e in code_events(nlp, text))


def test_instructing_a_mission_is_an_order_although_no_row_lists_instruct(nlp):
    reqs = events_of(nlp, "Latvia instructed the Belarusian mission in Riga to reduce its staff.", "REQUEST")
    assert reqs and _states(reqs[0].source) == {"LVA"} and _states(reqs[0].target) == {"BLR"}


def test_telling_envoys_to_leave_is_an_expulsion(nlp):
    evs = events_of(nlp, "Lithuania told two Russian diplomats to leave the country within a week.", "SANCTION")
    assert evs and evs[0].cameo == "166" and _states(evs[0].target) == {"RUS"}


def test_an_order_noun_directing_an_act_is_no_second_demand(nlp):
    text = "The governor signed an order directing the police to end the blockade."
    assert not [e for e in events_of(nlp, text, "REQUEST") if text[e.start:e.end] == "directing"]


def test_telling_reporters_to_expect_news_is_no_order(nlp):
    assert not events_of(nlp, "The minister told reporters to expect a decision within days.", "REQUEST")


# ---------------------------------------------------------------- plural references

def test_the_sides_called_on_are_the_pair_named_before(nlp):
    text = "Serbia and Kosovo traded accusations on Monday. The EU called on the sides to calm tensions."
    reqs = [e for e in events_of(nlp, text, "REQUEST") if "EUR" in _states(e.source)]
    assert reqs and _states(reqs[0].target) == {"SRB", "XKX"}


def test_both_sides_called_on_stay_the_target(nlp):
    text = "India and Pakistan exchanged fire on Friday. Washington called on both sides to stop."
    reqs = [e for e in events_of(nlp, text, "REQUEST") if "USA" in _states(e.source)]
    assert reqs and _states(reqs[0].target) == {"IND", "PAK"}


def test_two_countries_far_after_a_pair_of_adjectives_are_that_pair(nlp):
    text = ("Georgian and Russian troops exchanged fire on Monday. Tbilisi said it wanted calm. "
            "Moscow said it was ready for talks. The two countries' defence ministers signed a "
            "ceasefire agreement on Friday.")
    evs = [e for e in code_events(nlp, text) if e.type in ("RETREAT", "AGREE", "SUPPORT")
           and "signed" in text[e.start - 40:e.end + 40]]
    assert evs and all({"GEO", "RUS"} <= _states(e.source) | _states(e.target) for e in evs)


def test_the_first_of_two_state_adjectives_shares_the_nouns_sector(nlp):
    evs = events_of(nlp, "Thai and Cambodian soldiers exchanged fire near the disputed temple.", "ASSAULT")
    assert evs and {"THAMIL", "KHMMIL"} <= _codes(evs[0].source) | _codes(evs[0].target)


def test_blaming_each_other_is_an_accusation_each_way(nlp):
    evs = events_of(nlp, "Ethiopia and Eritrea blamed each other for the border clash on Sunday.", "ACCUSE")
    pairs = {(min(_states(e.source)), min(_states(e.target))) for e in evs if e.source and e.target}
    assert pairs == {("ETH", "ERI"), ("ERI", "ETH")}


def test_a_reciprocal_with_one_doer_adds_nothing(nlp):
    evs = events_of(nlp, "Ethiopia blamed Eritrea for the border clash on Sunday.", "ACCUSE")
    assert len(evs) == 1


def test_fighting_on_a_side_is_still_no_target(nlp):
    evs = events_of(nlp, "Hundreds of foreign volunteers fought on the Kurdish side near Kobani.", "ASSAULT")
    assert not any(a.text.endswith("side") for e in evs for a in e.target)


# ---------------------------------------------------------------- accused of two deeds

def test_second_gerund_after_accused_is_the_deed_of_the_accused(nlp):
    # (the small model files "occupying" as a modifier of "posts" and "firing" as a conjunct of "accused")
    text = "Azerbaijan accused Armenian units of occupying heights on its side and firing at a village in Tovuz."
    evs = events_of(nlp, text, "ASSAULT")
    assert evs and all(_states(e.source) == {"ARM"} for e in evs)


def test_gerunds_of_a_well_parsed_accusation_keep_the_accused(nlp):
    # (session 40) the deeds inside the "of" phrase are the charge's content and give no record of
    # their own (the judges' convention since batch AD); the accused is the accusation's target
    text = "The Thai army accused Cambodian soldiers of laying mines near the temple and firing at a patrol."
    assert all(_states(e.source) == {"KHM"} for e in events_of(nlp, text, "ASSAULT"))
    assert not events_of(nlp, text, "ASSAULT")
    assert any(_states(e.target) == {"KHM"} for e in events_of(nlp, text, "ACCUSE"))


# ---------------------------------------------------------------- a toll told in two conjuncts

def test_killed_and_wounded_in_a_place_is_one_blow(nlp):
    evs = events_of(nlp, "Eight soldiers were killed and 31 wounded in the Donetsk region on Sunday.", "ASSAULT")
    assert len(evs) == 1 and "soldiers" in evs[0].target[0].text


def test_killed_and_injured_with_the_number_as_subject_is_one_blow(nlp):
    evs = events_of(nlp, "Four policemen were killed and 12 injured in Khyber Pakhtunkhwa province.", "ASSAULT")
    assert len(evs) == 1


def test_the_place_of_a_gapped_toll_places_its_people(nlp):
    # (the parser hangs "wounded" on the number, and the place on "wounded")
    evs = events_of(nlp, "Five soldiers were killed and 12 wounded in the Kharkiv region, the army said.", "ASSAULT")
    assert len(evs) == 1 and _codes(evs[0].target) == {"UKRMIL"}


# ---------------------------------------------------------------- a vehicle's route

def test_the_destination_of_a_diverted_flight_is_no_target(nlp):
    evs = code_events(nlp, "A LOT flight from Warsaw to Kyiv was ordered to land in Minsk on Friday.")
    assert not any("UKR" in _states(e.target) or "POL" in _states(e.target) for e in evs)


def test_the_destination_of_an_attacked_convoy_still_counts(nlp):
    evs = events_of(nlp, "Israel attacked an aid convoy heading to Gaza.", "ASSAULT")
    assert evs and "PSE" in _states(evs[0].target)


# ---------------------------------------------------------------- the clause's place over the story's

def test_soldiers_killed_across_the_border_are_of_that_state(nlp):
    text = ("BEIRUT (Wire) - Israeli drones struck southern Lebanon on Tuesday. Lebanon's health ministry "
            "said nine people were killed in Bint Jbeil. Hezbollah said it fired missiles at a base. The "
            "Lebanese army deployed near Tyre. Israel says three soldiers were killed in northern Israel.")
    evs = [e for e in events_of(nlp, text, "ASSAULT") if any("three soldiers" in a.text for a in e.target)]
    assert evs and _codes([a for a in evs[0].target if "soldiers" in a.text]) == {"ISRMIL"}


# ---------------------------------------------------------------- parties lost to the parse

def test_a_repeated_preposition_names_a_second_target(nlp):
    evs = events_of(nlp, "Canada imposed sanctions on Russian oil traders and on two Iranian generals.", "SANCTION")
    assert evs and {"RUS", "IRN"} <= _states(evs[0].target)


def test_captives_held_in_a_state_are_released_by_it(nlp):
    evs = events_of(nlp, "Three Australians who had been detained in Vietnam were released on Monday.", "RETREAT")
    assert evs and _codes(evs[0].source) == {"VNMGOV"} and evs[0].source[0].confidence <= 0.5


def test_a_release_with_its_releaser_named_keeps_it(nlp):
    evs = events_of(nlp, "Two Danes held in Mali were released by the rebels on Monday.", "RETREAT")
    assert evs and "MLIGOV" not in _codes(evs[0].source)


# ---------------------------------------------------------------- travelling companions

def test_families_travelling_with_children_visit_no_one(nlp):
    text = "Shelling resumed near Aleppo on Monday. Syrian families travelled with their children to the Turkish border."
    assert not events_of(nlp, text, "CONSULT")


def test_a_minister_travelling_with_an_aide_still_visits(nlp):
    evs = events_of(nlp, "The Turkish foreign minister travelled with his deputy to Baghdad.", "CONSULT")
    assert evs and _states(evs[0].target) == {"IRQ"}


# ---------------------------------------------------------------- knowledge base and bare leaders

def test_central_asian_presidents_are_known(nlp):
    evs = events_of(nlp, "Emomali Rahmon hosted Sadyr Japarov in Dushanbe.", "CONSULT")
    assert evs and _codes(evs[0].source) | _codes(evs[0].target) == {"TJKGOV", "KGZGOV"}


def test_bare_leaders_at_a_summit_are_not_the_hosts_government(nlp):
    text = "Brazil hosted the BRICS summit on Monday. Leaders also asked their central banks to study a payment system."
    evs = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert evs and "BRAGOV" not in _codes(evs[0].source)
