"""Round six of false events on real news: a deal "struck" is an agreement, reliance "for funding"
is no aid, a fire with no doer is no attack, a court halting a recount is no sanction, a
business's bank loan is no aid, a plea for leniency and an order to one's own staff are no
demands (all sentences our own)."""

from event_helpers import code_events, events_of, states_of


def _at(nlp, text, trigger):
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


def test_struck_deal_is_an_agreement_not_a_blow(nlp):
    text = "Iran struck a deal with Russia on oil exports."
    assert not events_of(nlp, text, "ASSAULT")
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and states_of(agreed[0].source) | states_of(agreed[0].target) >= {"IRN", "RUS"}
    passive = "The Malian government said an accord had been struck with the rebels."
    assert not events_of(nlp, passive, "ASSAULT")
    # a real blow still codes
    assert events_of(nlp, "Israeli jets struck a Hamas compound in Gaza.", "ASSAULT")


def test_relying_on_someone_for_funding_is_no_aid(nlp):
    assert not events_of(nlp, "Federal courts rely on the state for funding.", "AID")
    assert not events_of(nlp, "Schools in Kenya depend on parents for funding.", "AID")
    assert events_of(nlp, "Japan announced new funding for Kenya's schools.", "AID")


def test_a_fire_with_no_doer_is_no_attack(nlp):
    assert not events_of(nlp, "Smoke drifted from wildfires burning the rainforest in Bolivia.", "ASSAULT")
    assert not events_of(nlp, "Houses in Paradise were burning after the storm.", "ASSAULT")
    burned = events_of(nlp, "Protesters burned a police station in Khartoum.", "ASSAULT")
    assert burned and states_of(burned[0].target) == {"SDN"}


def test_a_court_halting_a_recount_is_no_sanction(nlp):
    assert not events_of(nlp, "The Court's decision to halt Florida recounts angered Democrats.", "SANCTION")
    assert events_of(nlp, "Russia halted gas supplies to Ukraine.", "SANCTION")


def test_a_business_loan_is_no_aid(nlp):
    assert not events_of(nlp, "The firm received a loan from Deutsche Bank.", "AID")
    assert not events_of(nlp, "The airline took out a loan from a bank in March.", "AID")
    lent = [e for e in events_of(nlp, "The World Bank approved a loan to Kenya.", "AID") if e.trigger == "loan"]
    assert lent and states_of(lent[0].target) == {"KEN"}


def test_plea_for_leniency_and_order_to_own_staff_are_no_requests(nlp):
    assert not events_of(nlp, "The hearing included requests for leniency from the defendant's lawyers.",
                         "REQUEST")
    assert not _at(nlp, "Trump had ordered his staff to delay the report.", "ordered")
    ordered = _at(nlp, "Putin ordered troops to withdraw from Syria.", "ordered")
    assert ordered and ordered[0].type == "REQUEST"



def test_an_event_word_in_a_title_is_no_event(nlp):
    text = "Kurt Volker, the United States special envoy for Ukraine negotiations, resigned on Friday."
    assert not events_of(nlp, text, "CONSULT")
    assert events_of(nlp, "The United States began negotiations with Ukraine on Friday.", "CONSULT")
