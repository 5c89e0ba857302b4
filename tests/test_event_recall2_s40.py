"""Session 40, helper h: acts told so that no verb of their own carries them. Congratulations
named by a noun that a coded source issued or sent ("issued a statement of congratulations"), or
given as the purpose of a call told as done ("said he had called his successor to congratulate
him"); a second doer told by an inverted "as did X"; a leader's visit to another state's leader in
hospital. Our own sentences, each with a near miss that must stay without a record."""

from __future__ import annotations

from event_helpers import code_events


def _rows(nlp, text: str, kind: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.type == kind]


def test_a_statement_of_congratulations_is_praise(nlp):
    text = "Kenya's foreign ministry issued a statement of congratulations to the new government of Malawi."
    assert _rows(nlp, text, "SUPPORT") == [("congratulations", ["KENGOV"], ["MWIGOV"])]


def test_a_statement_of_condemnation_is_censure(nlp):
    text = "Peru's foreign ministry issued a statement of condemnation on Tuesday."
    assert [s for _, s, _ in _rows(nlp, text, "ACCUSE")] == [["PERGOV"]]


def test_congratulations_one_will_send_are_no_act_done(nlp):
    text = "Kenya's foreign ministry said it might issue a statement of congratulations later."
    assert not [r for r in code_events(nlp, text) if r.type == "SUPPORT" and not (r.future or r.hypothetical)]


def test_a_call_made_to_congratulate_is_a_congratulation(nlp):
    text = "Malawi's outgoing president conceded defeat and said he had called his successor to congratulate him."
    assert [s for t, s, _ in _rows(nlp, text, "SUPPORT") if t == "congratulate"] == [["MWIGOV"]]


def test_a_call_planned_to_congratulate_is_no_congratulation_done(nlp):
    text = "Malawi's outgoing president said he would call his successor to congratulate him."
    assert not [t for t, _, _ in _rows(nlp, text, "SUPPORT") if t == "congratulate"]


def test_as_did_names_a_second_doer_of_the_same_act(nlp):
    text = "Chile's government condemned the bombing of the embassy, as did Argentina's foreign ministry."
    doers = [s for t, s, _ in _rows(nlp, text, "ACCUSE") if t == "condemned"]
    assert ["CHLGOV"] in doers and ["ARGGOV"] in doers


def test_as_did_with_two_states_and_a_noun_of_praise(nlp):
    text = "Norway's foreign ministry issued a statement of congratulations, as did Sweden and Denmark."
    doers = [s for t, s, _ in _rows(nlp, text, "SUPPORT") if t == "congratulations"]
    assert ["NORGOV"] in doers and ["SWE", "DNK"] in doers


def test_as_it_did_before_adds_no_doer(nlp):
    text = "Chile condemned the bombing of the embassy, as it did in 2015."
    assert [s for t, s, _ in _rows(nlp, text, "ACCUSE") if t == "condemned"] == [["CHL"]]


def test_as_did_someone_unnamed_adds_no_record(nlp):
    text = "Chile's government condemned the bombing, as did many bystanders."
    assert len([t for t, _, _ in _rows(nlp, text, "ACCUSE") if t == "condemned"]) == 1


def test_a_leader_at_another_leaders_sick_bed_is_a_visit(nlp):
    text = "Kenyan President William Ruto visited Ugandan President Yoweri Museveni in hospital on Sunday."
    assert _rows(nlp, text, "CONSULT") == [("visited", ["KENGOV"], ["UGAGOV"])]


def test_a_sick_call_among_private_people_is_no_visit(nlp):
    text = "Reports said Joko was planning to visit Budi, who was being treated at a military hospital."
    assert not [e for e in code_events(nlp, text) if e.trigger == "visit"]
