"""Session 20 (W3): events missed on fresh wire news, I, J and K judges (all sentences our own).

A wire dateline the parser takes for the lead's subject hides the coordinated doers after its
dash; a verb the parser joins to a reported clause ("said the tax would not be reversed and urged
...") is the speaker's own deed, told as done; a measure said not to be reversed is the speaker's
refusal; labels of bad faith ("a ploy", "political persecution") or of praise ("a breakthrough")
put on another's decision are criticism or praise; a parliament ratifies a state's bid; security
men driving people back with tear gas repress them, and a person "picked up" by them (or in a
passive with no doer) is detained. Each rule has a near miss that must keep its record (or its
absence).
"""

from event_helpers import code_events, events_of, states_of


def test_dateline_lead_keeps_coordinated_signatories(nlp):
    text = "SAN JOSE, May 3 (Wire) - Costa Rica and Panama signed a border agreement on Tuesday."
    found = [e for e in events_of(nlp, text, "SUPPORT") if e.cameo == "057"]
    assert found and states_of(found[0].source) == {"CRI", "PAN"}


def test_signatories_without_dateline_keep_their_record(nlp):
    # near miss: the same lead with no dateline was already coded, and still is
    found = events_of(nlp, "Costa Rica and Panama signed a border agreement on Tuesday.", "SUPPORT")
    assert found and states_of(found[0].source) == {"CRI", "PAN"}


def test_second_verb_after_reported_modal_is_the_speakers_deed(nlp):
    text = "The Bolivian government said the tax would not be reversed and urged citizens to stay calm."
    found = events_of(nlp, text, "REQUEST")
    assert found and states_of(found[0].source) == {"BOL"}
    assert not found[0].future and not found[0].negated


def test_reported_clause_with_its_own_doer_keeps_it(nlp):
    # near miss: a past clause with its own subject is the reported doer's act, not the speaker's
    text = "The Bolivian government said Peruvian soldiers crossed the border and shelled a village."
    assert all("BOL" not in states_of(e.source) for e in events_of(nlp, text, "ASSAULT"))


def test_decision_not_to_be_reversed_is_a_refusal(nlp):
    text = "The Bolivian government said the decision would not be reversed."
    found = events_of(nlp, text, "REJECT")
    assert found and states_of(found[0].source) == {"BOL"}


def test_troops_not_withdrawn_are_no_kept_measure(nlp):
    # near miss: troops are no measure of the speaker's, so the speaker is not made their doer
    text = "The Bolivian government said the troops would not be withdrawn."
    assert all("BOL" not in states_of(e.source) for e in code_events(nlp, text))


def test_ruling_called_a_ploy_is_criticism(nlp):
    text = "The Peruvian opposition leader called the ruling a ploy to keep him off the ballot."
    found = events_of(nlp, text, "ACCUSE")
    assert found and found[0].cameo == "111"


def test_case_described_as_persecution_is_criticism(nlp):
    text = "Opposition leaders have described the case as political persecution by President Ramon Diaz of Peru."
    found = events_of(nlp, text, "ACCUSE")
    assert found and found[0].cameo == "111"


def test_ruling_called_a_victory_is_no_criticism(nlp):
    # near miss: a word of no bad faith makes no charge
    assert not events_of(nlp, "The Peruvian opposition leader called the ruling a victory.", "ACCUSE")
    assert not events_of(nlp, "Opposition leaders described the case as complex.", "ACCUSE")


def test_decision_called_a_breakthrough_is_praise(nlp):
    found = events_of(nlp, "The Chilean government called the Argentine decision a breakthrough.", "SUPPORT")
    assert found and found[0].cameo == "051"
    assert "ARG" in states_of(found[0].target)


def test_decision_called_a_mistake_is_no_praise(nlp):
    # near miss
    assert not events_of(nlp, "The Chilean government called the Argentine decision a mistake.", "SUPPORT")


def test_label_of_a_verdict_names_no_target(nlp):
    text = "Brazil's government called the decision a recognition of the Venezuelan people's choice."
    found = events_of(nlp, text, "SUPPORT")
    assert found and "VEN" not in states_of(found[0].target)


def test_parliament_ratifies_a_states_bid(nlp):
    found = events_of(nlp, "Turkey's parliament ratified Sweden's bid in January.", "SUPPORT")
    assert found and found[0].cameo == "057"
    assert "SWE" in states_of(found[0].target)


def test_ratified_budget_is_no_support(nlp):
    # near miss: a state's own budget is no pact or bid
    assert not events_of(nlp, "Turkey's parliament ratified the budget in January.", "SUPPORT")


def test_police_driving_protesters_back_with_tear_gas_is_repression(nlp):
    found = events_of(nlp, "Kenyan police pushed the protesters back with tear gas.", "ASSAULT")
    assert found and found[0].cameo == "175"
    assert states_of(found[0].source) == {"KEN"}


def test_police_arriving_with_tear_gas_is_no_repression(nlp):
    # near misses: no one driven back, or only things loaded
    assert not events_of(nlp, "Kenyan police arrived with tear gas on Tuesday.", "ASSAULT")
    assert not events_of(nlp, "Kenyan police loaded the trucks with tear gas.", "ASSAULT")


def test_reporter_picked_up_is_detained(nlp):
    text = "Moses Okello, a reporter for a Kampala weekly, was picked up outside his home on Monday."
    found = events_of(nlp, text, "COERCE")
    assert found and found[0].cameo == "173"
    assert "UGA" in states_of(found[0].target)


def test_police_picking_up_an_activist_is_detention(nlp):
    found = events_of(nlp, "Kenyan police picked up the opposition activist at his home.", "COERCE")
    assert found and found[0].cameo == "173"


def test_migrants_picked_up_at_sea_are_not_detained(nlp):
    # near misses: a rescue by a ship, and things collected
    assert not events_of(nlp, "The migrants picked up by an Italian warship were taken to Sicily.", "COERCE")
    assert not events_of(nlp, "Kenyan police picked up the documents from the ministry.", "COERCE")
    assert not events_of(nlp, "Ten people were picked up off the coast of Libya on Monday.", "COERCE")


def test_reserving_the_right_to_respond_is_a_threat(nlp):
    found = events_of(nlp, "The Chinese embassy said Beijing reserved the right to respond.", "THREATEN")
    assert found and found[0].cameo == "130"
    assert states_of(found[0].source) == {"CHN"}


def test_reserving_the_right_to_refuse_is_no_threat(nlp):
    # near miss: a right reserved to do something else is left to that verb
    assert not events_of(nlp, "Iran reserves the right to refuse entry to foreign journalists.", "THREATEN")


def test_party_voting_against_is_a_tally(nlp):
    # (session 35) the W3 judges took a party's vote against for a refusal (REJECT 120); the judges
    # of AH and AI call a party's or a state's vote a vote result (``event_ballots.division_tally``);
    # a chamber voting against a named measure keeps its REJECT
    text = "Lawmakers in Budapest approved the protocol by 120 votes to nine, with the nationalist Jobbik party voting against."
    assert not events_of(nlp, text, "REJECT")
    found = events_of(nlp, "The Hungarian parliament voted against the protocol on Tuesday.", "REJECT")
    assert found and found[0].cameo == "120"


def test_voting_for_is_no_refusal(nlp):
    # near miss
    text = "Lawmakers in Budapest approved the protocol by 120 votes to nine, with the nationalist Jobbik party voting for it."
    assert not events_of(nlp, text, "REJECT")


def test_objecting_that_a_deal_harms_is_a_refusal(nlp):
    text = "The chief minister of India's West Bengal state objected that the deal would leave her farmers short of water."
    found = events_of(nlp, text, "REJECT")
    assert found and found[0].cameo == "120"


def test_ignoring_court_summonses_is_defiance(nlp):
    text = "The former Peruvian president has ignored several summonses from Peruvian courts."
    found = events_of(nlp, text, "REJECT")
    assert found and found[0].cameo == "128"


def test_ignoring_phone_calls_is_no_defiance(nlp):
    # near miss: calls from reporters are no writ of a court
    text = "The former Peruvian president has ignored several phone calls from reporters."
    assert all(e.cameo != "128" for e in events_of(nlp, text, "REJECT"))


def test_prosecutors_questioning_a_suspect_investigate_him(nlp):
    found = events_of(nlp, "Peruvian prosecutors questioned the former president over bribes.", "ACCUSE")
    assert found and found[0].cameo.startswith("09")
    assert states_of(found[0].source) == {"PER"}
    text = ("Lebanese authorities detained the former central bank governor on Tuesday after questioning "
            "him over the alleged embezzlement of public funds.")
    assert any(e.cameo.startswith("09") for e in events_of(nlp, text, "ACCUSE"))


def test_journalists_questioning_a_minister_investigate_no_one(nlp):
    # near miss: reporters' questions are no investigation
    assert not events_of(nlp, "Peruvian journalists questioned the minister about the budget.", "ACCUSE")


def test_questioning_with_no_matter_named_stays_out(nlp):
    # near miss (as session 19 keeps it): no matter looked into is named
    assert not events_of(nlp, "Peruvian prosecutors questioned the former president.", "ACCUSE")


def test_troops_flying_out_of_a_city_withdraw(nlp):
    text = "The first Kenyan soldiers of the regional force flew out of Goma on Sunday."
    found = events_of(nlp, text, "RETREAT")
    assert found and found[0].cameo == "0872"
    assert states_of(found[0].source) == {"KEN"}


def test_minister_flying_out_or_troops_flying_in_is_no_withdrawal(nlp):
    # near misses: a minister's trip, troops arriving, a flag flown
    assert not events_of(nlp, "The Kenyan defence minister flew out of Goma on Sunday.", "RETREAT")
    assert not events_of(nlp, "Kenyan soldiers flew into Goma on Sunday.", "RETREAT")
    assert not events_of(nlp, "Protesters flew the national flag outside parliament.", "RETREAT")
