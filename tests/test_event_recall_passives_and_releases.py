"""Session 11: events the coder missed on sentences that do report one (all sentences our own).

An event noun that is the passive subject of a verb of doing takes the verb's "by" phrase as its
doer; a transitive trigger in the passive with a named doer is still the act; riot gear named in a
conjunct of the object, "let/set free", a copula's participle ("are committed to") and petitions
and peacekeeping operations are coded. Statements (CAMEO 01) stay uncoded.
"""

from event_helpers import code_events, events_of, states_of


def test_passive_event_noun_takes_the_by_phrase_as_doer(nlp):
    found = events_of(nlp, "The joint drill was staged by Greek and Cypriot naval forces last week.", "COOPERATE")
    assert found and states_of(found[0].source) == {"GRC", "CYP"}


def test_attack_carried_out_by_names_its_doer(nlp):
    found = events_of(nlp, "The ambush was carried out by Boko Haram fighters near Maiduguri.", "ASSAULT")
    assert found and found[0].source


def test_hosted_talks_keep_the_host_out(nlp):
    # a host is a venue, not a doer of the talks
    assert not [e for e in events_of(nlp, "The talks were hosted by Oman.", "CONSULT")
                if states_of(e.source) == {"OMN"}]


def test_passive_return_with_a_named_doer(nlp):
    found = events_of(nlp, "The stolen statue was returned by Dutch officials to Egyptian authorities.", "RETREAT")
    assert found and found[0].cameo == "0842"
    assert states_of(found[0].source) == {"NLD"} and states_of(found[0].target) == {"EGY"}


def test_passive_return_to_office_is_no_event(nlp):
    assert not events_of(nlp, "The senator was returned to office in the spring vote.", "RETREAT")


def test_tear_gas_in_a_conjunct_is_crowd_control(nlp):
    found = events_of(nlp, "Kenyan riot police used clubs and tear gas against the students in Nairobi.", "ASSAULT")
    assert found and found[0].cameo == "175"


def test_let_free_and_set_free_are_releases(nlp):
    for text in ("Belarus let free jailed opposition activists on Friday.",
                 "Myanmar set free hundreds of prisoners on Tuesday."):
        found = events_of(nlp, text, "RETREAT")
        assert found and found[0].cameo == "0841", text


def test_committed_after_a_copula_is_a_pledge_of_its_subject(nlp):
    found = events_of(nlp, "The Peruvian authorities said they are committed to opening up the mining sector.",
                      "AGREE")
    assert found and found[0].source


def test_petition_to_a_body_is_a_request(nlp):
    found = events_of(nlp, "A group of Welsh farmers submitted a petition to the British Parliament.", "REQUEST")
    assert found and any("Parliament" in a.text for a in found[0].target)


def test_peacekeeping_operations_are_aid(nlp):
    found = events_of(nlp, "Nepalese troops take part in peacekeeping operations in Mali.", "AID")
    assert found and found[0].cameo == "074" and "MLI" in states_of(found[0].target)


def test_condolences_stay_uncoded(nlp):
    assert not code_events(nlp, "The Chilean president expressed condolences to the families of the miners.")


def test_state_of_emergency_targets_the_place_on_its_frame_noun(nlp):
    found = events_of(nlp, "The president declared a state of emergency in Ecuador on Monday.", "COERCE")
    assert found and found[0].cameo == "1724" and states_of(found[0].target) == {"ECU"}


def test_must_be_ready_in_speech_is_a_demand(nlp):
    found = events_of(nlp, "Foreign Minister Jan Lipavsky said the European Union must be ready to mediate "
                           "talks in Georgia.", "REQUEST")
    assert found and not found[0].future and any("European Union" in a.text for a in found[0].target)


def test_ready_to_help_stays_an_offer(nlp):
    found = events_of(nlp, "NATO is ready to help Moldova.", "AGREE")
    assert found and found[0].future


def test_training_foreign_troops_is_military_cooperation(nlp):
    found = events_of(nlp, "French instructors trained Malian troops last year.", "COOPERATE")
    assert found and found[0].cameo == "062" and "MLI" in states_of(found[0].target)


def test_training_with_no_party_trained_is_no_event(nlp):
    for text in ("The army trains new recruits in Manila.", "She trained as a nurse in Manila."):
        assert not events_of(nlp, text, "COOPERATE"), text
