"""Session 18, precision, flags and types on fresh wire articles: words that are no act (an
adjective "free", an effect told with a clause as subject, a notice from a report, an attempt
"sought to", rhetoric on being lectured, staff moved by a company), conditions inside an
onlooker's guess or a trial's stakes, a denied plan, a commitment, and leaving a body of states
(all sentences our own; each with a near miss that keeps its record)."""

from event_helpers import code_events


def _at(nlp, text: str, trigger: str):
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


def test_free_as_a_quality_of_a_vote_is_no_release(nlp):
    for text in ("The European Union said the election in Belarus was not free or fair.",
                 "The African Union's Peace and Security Council voted on Monday to approve a resolution saying "
                 'the March vote, in which the ruling party won a third term, was "not free, fair or credible."'):
        assert not [e for e in _at(nlp, text, "free") if e.type == "RETREAT"], text


def test_freeing_prisoners_stays_a_release(nlp):
    assert any(e.type == "RETREAT" for e in _at(nlp, "The junta in Niger freed six opposition activists on Monday.",
                                                "freed"))


def test_a_clause_as_subject_tells_an_effect_not_an_act(nlp):
    text = '"Leaving the Commonwealth removes a forum where Harare still faces questions," said a lecturer in Lusaka.'
    assert not _at(nlp, text, "removes")


def test_a_report_warning_of_a_plot_is_no_threat(nlp):
    text = "The army spokesman said intelligence reports had warned that officers planned to seize the palace in Bamako."
    assert not [e for e in _at(nlp, text, "warned") if e.type == "THREATEN"]


def test_a_leader_warning_rebels_stays_a_threat(nlp):
    text = "Mali's president warned the rebels that the army would crush any new revolt."
    assert any(e.type == "THREATEN" for e in _at(nlp, text, "warned"))


def test_seeking_to_do_something_is_an_effort_not_a_demand(nlp):
    text = "The Belgian king has sought for years to address the country's colonial record in Congo."
    assert not [e for e in _at(nlp, text, "sought") if e.type == "REQUEST"]


def test_seeking_a_release_stays_a_demand(nlp):
    assert any(e.type == "REQUEST" for e in _at(nlp, "Sweden sought the release of its citizens held in Iran.",
                                                "sought"))


def test_refusing_to_be_lectured_is_rhetoric_not_a_rejection(nlp):
    text = '"Hungary will not accept being lectured by Brussels," the Hungarian foreign minister said.'
    assert not [e for e in _at(nlp, text, "accept") if e.type == "REJECT"]


def test_refusing_a_proposal_stays_a_rejection(nlp):
    text = "Hungary said it will not accept the European Commission's migration proposal."
    assert any(e.type == "REJECT" for e in _at(nlp, text, "accept"))


def test_media_moving_staff_out_is_no_military_retreat(nlp):
    text = "Two German broadcasters withdrew staff from Belarus after the new media law."
    assert not [e for e in _at(nlp, text, "withdrew") if e.type == "RETREAT"]


def test_troops_withdrawn_stay_a_retreat(nlp):
    assert any(e.type == "RETREAT" for e in _at(nlp, "Armenia withdrew its troops from the border villages.",
                                                "withdrew"))


def test_embassy_staff_withdrawn_is_a_diplomatic_cut(nlp):
    text = "Canada withdrew non-essential staff from its embassy in Caracas on Tuesday."
    assert [(e.type, e.cameo) for e in _at(nlp, text, "withdrew")] == [("SANCTION", "161")]


def test_leaving_a_body_of_states_cuts_ties(nlp):
    text = "Venezuela said it would withdraw from the Council of Europe."
    [e] = _at(nlp, text, "withdraw")
    assert (e.type, e.cameo, e.future) == ("SANCTION", "161", True)


def test_forces_leaving_a_town_stay_a_retreat(nlp):
    [e] = _at(nlp, "Turkish troops withdrew from Afrin on Friday.", "withdrew")
    assert e.type == "RETREAT"


def test_no_plans_to_withdraw_is_denied(nlp):
    text = "A Belgian official said Brussels had no plans to withdraw its ambassador from Kinshasa."
    [e] = _at(nlp, text, "withdraw")
    assert e.negated


def test_plans_to_withdraw_stay_ahead(nlp):
    [e] = _at(nlp, "Belgium announced plans to withdraw its ambassador from Kinshasa.", "withdraw")
    assert e.future and not e.negated


def test_committed_to_implementing_is_a_promise_ahead(nlp):
    text = "The Sudanese minister said the army was committed to implementing the truce."
    [e] = [e for e in _at(nlp, text, "committed") if e.type == "AGREE"]
    assert e.future


def test_crimes_committed_are_no_commitment(nlp):
    text = "The monitors documented abuses committed by the militia near Goma."
    assert not [e for e in _at(nlp, text, "committed") if e.type == "AGREE"]


def test_a_condition_inside_an_analysts_guess_is_no_act(nlp):
    text = ("Lena Holm, an analyst at an institute in Oslo, said lenders might hold back loans if restrictions "
            "on the press in Tunisia tightened.")
    assert not [e for e in code_events(nlp, text) if e.type == "COERCE"]


def test_a_condition_in_a_ministers_threat_is_kept(nlp):
    text = "Kenya's interior minister said police would arrest the organisers if the march went ahead."
    assert any(e.type in ("COERCE", "THREATEN") for e in code_events(nlp, text))


def test_the_stakes_of_a_trial_are_no_verdict(nlp):
    text = "The Turkish court charged the reporter with espionage; he faces 15 years in prison if convicted."
    assert not _at(nlp, text, "convicted")


def test_a_verdict_given_stays(nlp):
    text = "The Turkish court convicted the reporter of espionage on Friday."
    assert any(e.type == "ACCUSE" for e in _at(nlp, text, "convicted"))


def test_what_analysts_speculate_a_state_might_do_is_no_act(nlp):
    text = "Some analysts speculated that Iran might release the French aid worker before the talks."
    assert not _at(nlp, text, "release")


def test_what_a_minister_says_his_state_might_do_is_kept(nlp):
    text = "The Iranian foreign minister said Tehran might release the French aid worker before the talks."
    assert [e.hypothetical for e in _at(nlp, text, "release")] == [True]


def test_committed_as_an_adjective_is_a_promise_ahead_too(nlp):
    text = '"We are committed to keeping our border safe," the Polish interior minister said on Friday.'
    [e] = [e for e in _at(nlp, text, "committed") if e.type == "AGREE"]
    assert e.future
