"""Session 17, parties: go-betweens and their helpers, "they" in a relative clause, a state body
reporting its own state's act in the passive, relational nouns, named office holders, "both
delegations", relative objects placed under sanctions and talks around a welcome.

Each rule has a near miss that must keep its old record. Sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event at {trigger!r}: {[e.trigger for e in events]}"
    return found[0]


def _codes(actors) -> set[str]:
    return {a.code for a in actors if a.code}


# --- 1. mediators are not the mediated -----------------------------------------------------

def test_helpers_of_a_broker_mediate_with_it_and_are_no_targets(nlp):
    events = code_events(nlp, "The truce in Yemen was brokered by Oman with help from Kuwait and Jordan.")
    ev = _on(events, "brokered")
    assert states_of(ev.source) == {"OMN", "KWT", "JOR"}
    assert not states_of(ev.target) & {"KWT", "JOR"}
    assert not [e for e in events if e.type == "AID"]  # the help is the mediation, no aid


def test_help_with_an_act_that_is_no_mediation_stays_aid(nlp):
    ev = _on(code_events(nlp, "Kenya rebuilt the bridge with help from Japan."), "help")
    assert ev.type == "AID" and states_of(ev.source) == {"JPN"}


def test_a_broker_does_not_declare_the_truces_it_brokers(nlp):
    events = code_events(nlp, "Turkey has brokered two short-lived truces in the region.")
    assert not [e for e in events if e.type == "RETREAT" and "TUR" in states_of(e.source)]
    truce = _on(code_events(nlp, "Norway brokered a truce between Colombia and the rebels."), "truce")
    assert "COL" in states_of(truce.source) and "NOR" not in states_of(truce.source)


def test_a_side_that_declares_a_truce_is_its_source(nlp):
    ev = _on(code_events(nlp, "Turkey declared a truce in the region."), "truce")
    assert ev.type == "RETREAT" and states_of(ev.source) == {"TUR"}


# --- 2. "they" in a relative clause ----------------------------------------------------------

def test_they_in_a_relative_clause_is_the_plural_people_before_it(nlp):
    text = "Critics say Russia wants to protect the colonels ahead of a vote they have promised to hold in May."
    ev = _on(code_events(nlp, text), "promised")
    assert _codes(ev.source) == {"RUSMIL"}


def test_it_in_a_relative_clause_stays_the_singular_subject(nlp):
    text = "Analysts believe Russia wants to shield the colonels before an election it has promised to hold."
    ev = _on(code_events(nlp, text), "promised")
    assert _codes(ev.source) == {"RUS"}


# --- 3. a state body reports its own state's act in the passive -------------------------------

def test_a_minister_reporting_a_summons_in_the_passive_is_its_doer(nlp):
    text = "Kenyan Interior Minister Ana Ruiz said the Bolivian envoy had been summoned over the incident."
    ev = _on(code_events(nlp, text), "summoned")
    assert states_of(ev.source) == {"KEN"} and states_of(ev.target) == {"BOL"}


def test_a_ministry_reporting_an_expulsion_in_the_passive_is_its_doer(nlp):
    ev = _on(code_events(nlp, "Peru's interior ministry said the Chilean consul had been expelled."), "expelled")
    assert states_of(ev.source) == {"PER"}


def test_rebels_reporting_a_detention_are_not_made_its_doer(nlp):
    ev = _on(code_events(nlp, "The rebels said three Malian soldiers had been detained."), "detained")
    assert not ev.source


def test_a_foreign_ministry_telling_of_its_own_nationals_held_is_not_their_captor(nlp):
    text = "The Spanish foreign ministry said two Spanish tourists had been detained."
    ev = _on(code_events(nlp, text), "detained")
    assert "ESP" not in states_of(ev.source)


# --- 4. a named office holder, not the owner ----------------------------------------------

def test_an_office_named_by_its_appositive_is_the_person_named(nlp):
    ev = _on(code_events(nlp, "Putin's foreign minister, Sergei Lavrov, rejected the offer."), "rejected")
    assert [a.text for a in ev.source] == ["Sergei Lavrov"] and _codes(ev.source) == {"RUSGOV"}


def test_an_unnamed_office_keeps_its_owner(nlp):
    ev = _on(code_events(nlp, "Putin's spokesman condemned the attack."), "condemned")
    assert _codes(ev.source) == {"RUSGOV"}


# --- 5. relational nouns ---------------------------------------------------------------------

def test_the_owner_of_a_trading_partner_is_no_party(nlp):
    ev = _on(code_events(nlp, "Kenya wants to deepen ties with Uganda's biggest trading partner."), "ties")
    assert "UGA" not in states_of(ev.target)


def test_a_partner_named_directly_stays_the_target(nlp):
    ev = _on(code_events(nlp, "Kenya wants to deepen ties with Uganda."), "ties")
    assert states_of(ev.target) == {"UGA"}


# --- 6. "both delegations" ------------------------------------------------------------------

def test_both_delegations_are_the_two_sides_told_before(nlp):
    text = ("Libya's army and a rival militia agreed to a truce on Monday in Geneva. "
            "The UN envoy said both delegations had signed a text on prisoner swaps.")
    ev = _on(code_events(nlp, text), "signed")
    assert _codes(ev.source) == {"LBYMIL", "LBYUAF"}


def test_delegations_with_one_side_told_take_no_second_side(nlp):
    text = ("Libya's army sent envoys to Geneva on Monday. "
            "The UN envoy said the delegations had signed a text on prisoner swaps.")
    ev = _on(code_events(nlp, text), "signed")
    assert "LBYUAF" not in _codes(ev.source)


# --- 7. further parties named in the sentence -----------------------------------------------

def test_a_relative_object_placed_under_sanctions_is_the_target(nlp):
    text = "The minister visited the Iranian airline Mahan Air, which Washington placed under sanctions in 2011."
    ev = _on(code_events(nlp, text), "sanctions")
    assert states_of(ev.source) == {"USA"} and states_of(ev.target) == {"IRN"}


def test_talks_around_a_welcome_are_with_the_guest(nlp):
    # the welcome itself is the hosted visit (043); the talks, folded into it or apart, are with the guest
    text = "Museveni welcomed Kenya's president with a guard of honour before talks on trade."
    evs = [e for e in code_events(nlp, text) if e.type == "CONSULT"]
    assert evs and all(states_of(e.target) == {"KEN"} for e in evs)


def test_talks_after_welcoming_a_thing_keep_their_own_partner(nlp):
    ev = _on(code_events(nlp, "Museveni welcomed the new road before talks with Kenya."), "talks")
    assert states_of(ev.target) == {"KEN"}
