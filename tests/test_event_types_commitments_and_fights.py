"""Session 11, round 2 (a judged sample of events on news sentences): wrongs that are committed,
fights against social ills, pacts agreed as done deals, failures to act, acts that "any" may
bring, emissaries sent, and pacts an act is done under (all sentences our own)."""

from event_helpers import code_events as _events


def _of(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def test_reports_of_abuses_being_committed_are_no_commitment(nlp):
    text = "The ministry will look into reports of abuses being committed by the police in Kenya."
    assert not [e for e in _of(nlp, text, "committed") if e.type == "AGREE"]


def test_committing_to_a_plan_is_still_a_commitment(nlp):
    text = "Germany committed to sending more aid to Ukraine."
    assert any(e.type == "AGREE" for e in _events(nlp, text))


def test_fighting_poverty_is_no_assault(nlp):
    text = "Canada spent two billion dollars on housing refugees and fighting the causes of poverty abroad."
    assert not [e for e in _of(nlp, text, "fighting") if e.type == "ASSAULT"]


def test_fighting_rebels_stays_an_assault(nlp):
    text = "Nigerian troops fought Boko Haram fighters near Maiduguri on Sunday."
    assert any(e.type == "ASSAULT" for e in _of(nlp, text, "fought"))


def test_a_pact_agreed_is_a_done_deal(nlp):
    [e] = [e for e in _of(nlp, "Canada and Japan have agreed a new fisheries agreement.", "agreed")
           if e.type == "AGREE"]
    assert not e.future


def test_a_pact_that_will_be_agreed_stays_ahead(nlp):
    [e] = [e for e in _of(nlp, "Canada and Japan will agree a new fisheries agreement.", "agree")
           if e.type == "AGREE"]
    assert e.future


def test_failure_to_provide_is_negated(nlp):
    text = "The prisoner began a hunger strike to protest the Belarusian government's failure to provide medicine."
    for e in _of(nlp, text, "provide"):
        assert e.negated


def test_any_attack_is_hypothetical(nlp):
    text = "The Turkish army said it will respond to any attack by Kurdish militants."
    for e in _of(nlp, text, "attack"):
        assert e.hypothetical


def test_an_envoy_sent_is_a_visit_not_aid(nlp):
    [e] = _of(nlp, "Spain sent an envoy to Venezuela on Monday.", "sent")
    assert e.type == "CONSULT"


def test_food_sent_stays_aid(nlp):
    [e] = _of(nlp, "Spain sent food to Venezuela on Monday.", "sent")
    assert e.type == "AID"


def test_a_treaty_an_act_is_done_under_is_no_new_pact(nlp):
    text = "Italy handed the suspect over to France under a treaty between the two countries."
    assert not [e for e in _events(nlp, text) if e.trigger == "treaty"]


def test_refusing_to_lift_a_ban_keeps_the_kind_of_yielding(nlp):
    [e] = _of(nlp, "Japan will not lift sanctions on North Korea.", "lift")
    assert (e.type, e.cameo) == ("REJECT", "1244")


def test_promising_to_lift_sanctions_keeps_the_kind_of_yielding(nlp):
    [e] = _of(nlp, "Japan will lift sanctions on North Korea.", "lift")
    assert (e.type, e.cameo) == ("AGREE", "0354")


def test_money_in_support_is_the_aid_not_a_second_event(nlp):
    text = "Norway gave $40 million in financial support to Somalia."
    assert [e.type for e in _events(nlp, text)] == ["AID"]


def test_calling_a_leader_a_liar_is_disapproval(nlp):
    [e] = _of(nlp, "The Iranian president called the Canadian prime minister a liar.", "called")
    assert (e.type, e.cameo) == ("ACCUSE", "111")


def test_calling_on_a_leader_is_still_an_appeal(nlp):
    [e] = _of(nlp, "The Iranian president called on the Canadian prime minister to resign.", "called")
    assert e.type == "REQUEST"
