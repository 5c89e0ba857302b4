"""One act named twice in a sentence is one record (PLOVER), with the parties of both mentions."""

from event_helpers import code_events, states_of


def test_aid_announced_to_help_someone_is_one_record_with_its_recipient(nlp):
    events = code_events(nlp, "The British minister announced $20 million in assistance to help the Sudanese government.")
    aid = [e for e in events if e.type == "AID"]
    assert len(aid) == 1
    assert states_of(aid[0].source) == {"GBR"}
    assert states_of(aid[0].target) == {"SDN"}


def test_a_bombing_and_the_attack_it_was_blamed_on_are_one_record(nlp):
    text = "Last month a Kandahar car bombing killed nine and wounded 30, another attack blamed on the Taliban."
    attacks = [e for e in code_events(nlp, text) if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].cameo.startswith("183")
    assert [a.text for a in attacks[0].source] == ["the Taliban"]


def test_two_attacks_on_different_targets_stay_two(nlp):
    events = code_events(nlp, "Russian jets bombed Idlib on Monday and shelled Aleppo on Tuesday.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 2


def test_an_attack_in_retaliation_for_strikes_is_not_merged_with_them(nlp):
    text = "Houthi rebels attacked the Saudi base in retaliation for Saudi air strikes."
    attacks = [e for e in code_events(nlp, text) if e.type == "ASSAULT"]
    assert len(attacks) == 2
    assert [states_of(e.source) for e in attacks] == [{"YEM"}, {"SAU"}]


def test_strikes_by_a_named_other_are_not_the_subjects(nlp):
    text = "Houthi rebels attacked the Saudi base in retaliation for air strikes by the coalition."
    strikes = [e for e in code_events(nlp, text) if e.trigger == "strikes"]
    assert not any(states_of(e.source) == {"YEM"} for e in strikes)
