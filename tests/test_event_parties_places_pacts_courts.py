"""Parties a third judge found wrong in coded Wikinews events (session 10, round 3): the place of
an act as its doer, a tensed verb sharing an infinitive's subject, the beneficiary of a pact as
its party, the place fought for as the target, and a court that judged an act as its doer. Each
rule has a counter-case."""

from event_helpers import events_of


def _codes(actors) -> set:
    return {a.code for a in actors}


def test_where_shootings_happened_is_not_who_shot(nlp):
    text = ("The shooting followed four deadly mass shootings in the United States that week, including "
            "one in California at a garlic festival in Gilroy, killing three.")
    assert all("USA" not in _codes(e.source) for e in events_of(nlp, text, "ASSAULT"))


def test_forces_in_a_country_still_do_what_their_participle_says(nlp):
    kills = [e for e in events_of(nlp, "Security forces in Guinea opened fire on protesters, killing three.",
                                  "ASSAULT") if e.cameo == "190"]
    assert kills and any(a.country == "GIN" for a in kills[0].source)


def test_a_tensed_verb_does_not_take_an_infinitives_subject(nlp):
    text = ("Governor John Bel Edwards addressed the public. He said he has arranged for 3000 of the National "
            "Guard to be available and has requested U.S. President Donald Trump declare a state of emergency.")
    asks = events_of(nlp, text, "REQUEST")
    assert asks and asks[0].source
    assert "USAMIL" not in _codes(asks[0].source)


def test_who_gains_under_a_pact_is_not_its_party(nlp):
    text = "In a 1994 agreement, diplomatic immunity was extended to all US workers at RAF Croughton."
    assert all("USALAB" not in _codes(e.target) for e in events_of(nlp, text, "AGREE"))


def test_a_pact_with_a_named_state_keeps_that_state(nlp):
    pacts = events_of(nlp, "In an agreement with Pakistan, India released prisoners.", "AGREE")
    assert pacts and "PAK" in _codes(pacts[0].target)


def test_the_place_fought_for_is_not_the_target(nlp):
    text = "Hundreds of Iraqi civilians died in the battle for Mosul."
    assert all("IRQ" not in _codes(e.target) for e in events_of(nlp, text, "ASSAULT"))


def test_a_battle_against_a_state_targets_it(nlp):
    battles = events_of(nlp, "Saudi Arabia launched a battle against Yemen.", "ASSAULT")
    assert battles and "YEM" in _codes(battles[0].target)


def test_a_court_finding_an_act_lawful_did_not_do_it(nlp):
    text = ("Queen Elizabeth II suspended parliament at the behest of Boris Johnson on September 10. "
            "The Court of Session in Scotland ruled on September 11 that the prorogation was unlawful. "
            "The High Court of England and Wales also ruled on the same day, finding that the prorogation "
            "of Parliament was not a matter for the courts.")
    for e in events_of(nlp, text, "SANCTION"):
        assert not any((a.code or "").endswith("JUD") for a in e.source)
