"""Parties a fourth judge found wrong or missing in coded Wikinews events (session 10, round 4):
a place naming a battle as a side, a co-protester as the target, a state inside a court's name
as a second party, an overseer or a relative clause's head left out, and the one a passive
befell not doing the active verb joined to it. Each rule has a counter-case."""

from event_helpers import events_of


def _codes(actors) -> set:
    return {a.code for a in actors}


def test_a_battle_named_after_its_place_has_no_side_there(nlp):
    text = "The SDF suffered thousands of casualties in the Mosul battle."
    battles = events_of(nlp, text, "ASSAULT")
    assert battles and all("IRQ" not in _codes(e.target) for e in battles)


def test_an_offensive_on_a_place_still_targets_its_state(nlp):
    offensives = events_of(nlp, "The Iraqi army launched an offensive on Mosul in October.", "ASSAULT")
    assert offensives and "IRQ" in _codes(offensives[0].target)


def test_who_protests_with_the_doer_is_a_fellow_protester(nlp):
    protests = events_of(nlp, "In 2013 Kokesh held a protest with French students in Washington.", "PROTEST")
    assert protests
    assert "FRAEDU" not in _codes(protests[0].target)
    assert "FRAEDU" in _codes(protests[0].source)


def test_a_protest_against_a_government_targets_it(nlp):
    protests = events_of(nlp, "Students protested against the French government.", "PROTEST")
    assert protests and "FRAGOV" in _codes(protests[0].target)


def test_a_state_inside_a_courts_name_is_no_second_party(nlp):
    text = ("Trump had asked the United States District Court for the Southern District of New York "
            "intervene in a New York City criminal proceeding.")
    asks = events_of(nlp, text, "REQUEST")
    assert asks and "USAJUD" in _codes(asks[0].target)
    assert "USA" not in _codes(asks[0].target)


def test_a_state_named_beside_a_court_is_still_asked(nlp):
    asks = events_of(nlp, "Trump asked the United States and the Court to intervene.", "REQUEST")
    assert asks and {"USA", "USAJUD"} <= _codes(asks[0].target)


def test_who_oversees_an_inquiry_does_it(nlp):
    text = "In that role, Cummings oversaw the committee's impeachment inquiry into President Trump."
    inquiries = [e for e in events_of(nlp, text, "ACCUSE") if e.cameo == "090"]
    assert inquiries and any(a.name == "Elijah Cummings" or a.text == "Cummings" for a in inquiries[0].source)


def test_who_criticises_an_inquiry_does_not_hold_it(nlp):
    for e in events_of(nlp, "Germany criticised the inquiry into Russia.", "ACCUSE"):
        if e.cameo == "090":
            assert "DEU" not in _codes(e.source)


def test_the_head_of_a_bare_relative_clause_is_its_object(nlp):
    attacks = events_of(nlp, "Police helped the Iraqi soldiers the militants attacked.", "ASSAULT")
    assert attacks and "IRQMIL" in _codes(attacks[0].target)


def test_a_clause_with_a_stranded_preposition_has_no_such_object(nlp):
    text = "The French group he worked with criticised the government."
    for e in events_of(nlp, text, "ACCUSE"):
        assert "FRA" not in _codes(e.target)


def test_an_active_verb_joined_to_a_passive_is_done_by_its_subject(nlp):
    text = "The Iraqi general was arrested and later criticised the government."
    blame = events_of(nlp, text, "ACCUSE")
    assert blame and "IRQMIL" in _codes(blame[0].source)


def test_a_joined_clause_with_its_own_subject_keeps_it(nlp):
    text = "The Iraqi general was arrested and French officials criticised the government."
    blame = events_of(nlp, text, "ACCUSE")
    assert blame and _codes(blame[0].source) == {"FRAGOV"}


def test_who_waives_extradition_cooperates(nlp):
    text = "Smith was arrested in Paris and waived extradition to Britain."
    handovers = events_of(nlp, text, "COOPERATE")
    assert handovers and any(a.text == "Smith" for a in handovers[0].source)


def test_a_participle_joined_to_a_passive_shares_its_voice(nlp):
    text = "The Iraqi general was arrested and charged with murder."
    for e in events_of(nlp, text, "ACCUSE"):
        assert "IRQMIL" not in _codes(e.source)


def test_who_submits_to_curfews_does_not_impose_them(nlp):
    text = "The Iraqi general agreed to submit to curfews."
    for e in events_of(nlp, text, "COERCE"):
        assert "IRQMIL" not in _codes(e.source)
