"""(session 35, helper b) Leftovers of batches AG and AH: a call on a party to act stays a request
when a summing-up noun follows it, a charge the parser joined to a reported "would" clause is the
speaker's own and outlives the classifier, as does a suit the speaker announces for his side; a
government overthrown or deposed is removed from office (and "ousted" before a titled name is the
verb, not part of the title); support a verb of giving hands over is no second act (all sentences
our own)."""

from event_helpers import code_events, events_of as _of, states_of as _codes


def test_a_call_on_a_state_to_withdraw_followed_by_a_summing_noun_is_a_request(nlp):
    text = ("The Arab League on Monday called on Syria to withdraw its troops from the border, "
            "a decision Damascus said it would ignore.")
    asks = _of(nlp, text, "REQUEST")
    assert [e.trigger for e in asks] == ["called"]
    assert _codes(asks[0].source) == {"IGO"} and _codes(asks[0].target) == {"SYR"}
    assert _of(nlp, text, "RETREAT") == []  # the withdrawal asked for is the call's content


def test_calling_an_act_a_name_is_still_no_request(nlp):
    text = "The Chilean senator called the vote a disgrace for democracy."
    assert _of(nlp, text, "REQUEST") == []


def test_a_charge_joined_to_a_reported_would_clause_is_the_speakers(nlp):
    text = ("President Ollanta Humala said that his government would consider all options "
            "and accused Chile of lying about the border.")
    charges = _of(nlp, text, "ACCUSE")
    assert [e.trigger for e in charges] == ["accused"]
    assert _codes(charges[0].source) == {"PER"} and _codes(charges[0].target) == {"CHL"}


def test_a_suit_announced_for_the_speakers_side_is_kept_with_its_future_flag(nlp):
    text = ("President Ollanta Humala said this week that his government would take the matter to the "
            "International Court of Justice and accused Chile of trying to internationalise a bilateral issue.")
    suits = [e for e in _of(nlp, text, "ACCUSE") if e.cameo == "115"]
    assert [e.trigger for e in suits] == ["take"] and suits[0].future
    assert _codes(suits[0].source) == {"PER"}


def test_a_government_overthrown_or_deposed_is_removed_from_office(nlp):
    found = _of(nlp, "The Pacific Islands Forum suspended Tonga on Monday, a week after army chief Colonel "
                     "Tevita Mahe overthrew the elected government of Prime Minister Sione Vea.", "COERCE")
    assert [(e.trigger, e.cameo) for e in found] == [("overthrew", "172")]
    assert _codes(found[0].target) == {"TON"}
    deposed = _of(nlp, "The Nigerien army deposed President Mohamed Bazoum in July.", "COERCE")
    assert [(e.trigger, e.cameo) for e in deposed] == [("deposed", "172")]
    assert _codes(deposed[0].source) == {"NER"} and _codes(deposed[0].target) == {"NER"}


def test_ousted_before_a_titled_name_is_the_clauses_verb_not_the_title(nlp):
    text = "In 2008 the Guinean army ousted President Lansana Conte."
    found = _of(nlp, text, "COERCE")
    assert [e.trigger for e in found] == ["ousted"]
    assert [a.text for a in found[0].source] == ["the Guinean army"]
    assert [a.text for a in found[0].target] == ["President Lansana Conte"]


def test_the_ousted_president_keeps_his_title(nlp):
    events = code_events(nlp, "The ousted President Lansana Conte flew to Morocco on Friday.")
    assert not any(e.type == "COERCE" for e in events)


def test_support_provided_is_the_aid_itself(nlp):
    text = "Angola and Ghana provided logistical support."
    assert [e.trigger for e in _of(nlp, text, "AID")] == ["provided"]
    assert _of(nlp, text, "SUPPORT") == []


def test_support_voiced_for_a_state_stays_support(nlp):
    found = _of(nlp, "The United States voiced support for Kenya.", "SUPPORT")
    assert [e.trigger for e in found] == ["support"]
    assert _codes(found[0].target) == {"KEN"}


def test_actions_called_deplorable_are_criticised(nlp):
    found = _of(nlp, 'Prime Minister Kevin Rudd called the general\'s actions "deplorable".', "ACCUSE")
    assert [e.trigger for e in found] == ["called"]
    assert _codes(found[0].source) == {"AUS"}


def test_a_deadlock_that_blocked_parliament_is_no_protest(nlp):
    text = ("General Diallo said the army had acted to end a political paralysis that had blocked "
            "the work of the Guinean parliament for months.")
    assert _of(nlp, text, "PROTEST") == []
    assert _of(nlp, "The stalemate blocked the work of the Guinean parliament for months.", "PROTEST") == []


def test_protesters_blocking_the_road_to_parliament_still_protest(nlp):
    found = _of(nlp, "Protesters blocked the road to the Guinean parliament on Monday.", "PROTEST")
    assert [(e.trigger, e.cameo) for e in found] == [("blocked", "144")]


def test_troops_that_could_be_withdrawn_are_a_veiled_threat_of_the_speaker(nlp):
    text = "United Nations Secretary-General Ban Ki-moon said Mali's troops could be withdrawn from UN peacekeeping missions."
    assert _of(nlp, text, "RETREAT") == []
    found = _of(nlp, text, "THREATEN")
    assert [(e.trigger, e.cameo) for e in found] == [("withdrawn", "136")]
    assert _codes(found[0].source) == {"UNO"} and _codes(found[0].target) == {"MLI"}
    assert not found[0].hypothetical


def test_aid_that_could_be_cut_is_a_threat_to_cut_aid(nlp):
    found = _of(nlp, "The German foreign minister said Mali's aid could be cut.", "THREATEN")
    assert [(e.trigger, e.cameo) for e in found] == [("cut", "1311")]
    assert _codes(found[0].source) == {"DEU"} and _codes(found[0].target) == {"MLI"}


def test_a_withdrawal_by_a_named_doer_is_no_threat_of_the_speaker(nlp):
    text = "Ban Ki-moon said Mali's troops could be withdrawn by the UN."
    assert _of(nlp, text, "THREATEN") == []


def test_a_plot_to_overthrow_is_no_overthrow(nlp):
    found = _of(nlp, "Three Cambodian officers plotted to overthrow the government.", "COERCE")
    assert all(e.hypothetical for e in found)


def test_what_a_measure_asked_for_would_order_is_the_requests_content(nlp):
    text = ("Chile's government said it might ask the court for provisional measures ordering the "
            "Peruvian troops out.")
    assert [e.trigger for e in _of(nlp, text, "REQUEST")] == ["ask"]
    text = "The opposition asked the United Nations for a resolution condemning Russia."
    assert _of(nlp, text, "ACCUSE") == []


def test_a_resolution_adopted_still_condemns(nlp):
    found = _of(nlp, "The Security Council adopted a resolution condemning Russia.", "ACCUSE")
    assert [e.trigger for e in found] == ["condemning"] and _codes(found[0].target) == {"RUS"}


def test_what_reports_are_of_is_no_act(nlp):
    text = ("The British embassy said it had received credible reports of opposition candidates being "
            "detained, of pre-ticked ballots and of restrictions on access to the internet.")
    assert _of(nlp, text, "COERCE") == []


def test_an_arrest_told_according_to_reports_stays(nlp):
    found = _of(nlp, "Kenyan police detained three opposition candidates on Monday, according to reports.", "COERCE")
    assert [e.trigger for e in found] == ["detained"]


def test_when_a_charge_will_come_left_unsaid_is_no_charge(nlp):
    text = "Ouattara's camp has not said when Gbagbo will be charged, or where he might be tried."
    assert _of(nlp, text, "ACCUSE") == []


def test_an_arrest_at_the_time_of_a_silence_stays(nlp):
    text = "The Kenyan minister did not say anything when police arrested the opposition leader."
    found = _of(nlp, text, "COERCE")
    assert [e.trigger for e in found] == ["arrested"] and _codes(found[0].source) == {"KEN"}


def test_what_a_crowd_saw_as_interference_accuses_no_one(nlp):
    text = "Many Chileans reacted with anger to what they saw as interference from Washington."
    assert _of(nlp, text, "ACCUSE") == []


def test_a_state_that_regarded_a_move_as_interference_still_criticises(nlp):
    found = _of(nlp, "Chile regarded the move as interference.", "ACCUSE")
    assert [e.trigger for e in found] == ["regarded"] and _codes(found[0].source) == {"CHL"}


def test_a_reported_toll_since_a_month_is_a_running_total(nlp):
    text = ("Human rights groups on Monday urged Ghana not to let him escape justice, while aid agencies "
            "said more than 1,000 civilians had been killed in the battle for Kumasi since June.")
    assert _of(nlp, text, "ASSAULT") == []


def test_a_reported_count_of_one_episode_stays(nlp):
    text = "The French interior minister said more than 130 people had been arrested and scores of police officers injured."
    assert [e.trigger for e in _of(nlp, text, "COERCE")] == ["arrested"]


def test_a_detail_of_an_expected_capacity_is_expected_too(nlp):
    text = "The line is expected to reach a full capacity of 30 billion cubic metres a year by 2015, most of it supplied by Kazakhstan."
    assert _of(nlp, text, "AID") == []


def test_gas_supplied_as_told_stays(nlp):
    assert [e.trigger for e in _of(nlp, "Kazakhstan supplied most of the gas, officials said.", "AID")] == ["supplied"]
