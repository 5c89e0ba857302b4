"""Parties a second judge found wrong in coded Wikinews events (session 10, round 2): one's own
state as the place of an order or a sentence, a ruling on an act, a listed phrase, a counted
plural subject, an inquiry's object, kin in apposition, victims as a side, and two mentions of one
code. Each rule has a counter-case."""

from event_helpers import events_of, states_of


def test_own_state_as_the_place_of_an_order_is_not_its_target(nlp):
    # (session 45: checks ordered, with no one told to make them, are the orderer's inspection,
    # CAMEO 090, no longer a demand on no one)
    text = "Interior Minister Joachim Brudziński ordered fire-safety checks on escape rooms across Poland."
    orders = events_of(nlp, text, "ACCUSE")
    assert orders and states_of(orders[0].source) == {"POL"} and orders[0].cameo == "090"
    assert "POL" not in {a.code for a in orders[0].target}


def test_a_state_urged_by_another_is_still_the_target(nlp):
    orders = events_of(nlp, "Polish President Andrzej Duda urged Germany to act.", "REQUEST")
    assert orders and "DEU" in {a.code for a in orders[0].target}


def test_the_place_of_a_sentence_is_not_its_target_however_parsed(nlp):
    text = ("On Friday in Pakistan, Mohammed Waseem, brother of social media personality and feminist "
            "Qandeel Baloch, was sentenced for her murder to life in prison by a court in Multan.")
    sentences = events_of(nlp, text, "COERCE")
    assert sentences and sentences[0].target
    assert "PAK" not in {a.code for a in sentences[0].target}


def test_the_court_ruling_on_a_suspension_did_not_suspend(nlp):
    text = ("Today the Supreme Court of the United Kingdom issued a ruling on the prorogation — a procedural "
            "suspension — of the Parliament of the United Kingdom until October 14.")
    for event in events_of(nlp, text, "SANCTION"):
        assert "GBRJUD" not in {a.code for a in event.source}


def test_a_listed_phrase_of_the_verb_is_not_the_target_of_a_nested_noun(nlp):
    text = ("He made a great personal contribution to the battle for your country's independence, "
            "to the building of Zimbabwean State institutions.")
    for event in events_of(nlp, text, "ASSAULT"):
        assert "ZWEGOV" not in {a.code for a in event.target}


def test_a_phrase_on_the_verb_still_aims_a_nested_attack(nlp):
    strikes = events_of(nlp, "Israel launched a wave of air strikes on Gaza.", "ASSAULT")
    assert strikes and states_of(strikes[0].target) == {"PSE"}


def test_a_counted_plural_subject_takes_up_the_listed_states(nlp):
    text = ("Singapore, India, and Australia have in the past conducted emergency searches of the Java Sea: "
            "All three nations offered military assistance.")
    offers = events_of(nlp, text, "AGREE")
    assert offers
    assert {a.code for a in offers[0].source} == {"SGP", "IND", "AUS"}
    assert not offers[0].target


def test_what_an_investigation_looks_into_is_not_whom_it_is_demanded_of(nlp):
    text = ("The protests began after the Hong Kong government proposed an amendment to a law, but the "
            "motivation behind the events have expanded to include demands for investigations into police "
            "brutality and a more representative form of democracy within Hong Kong government.")
    for event in events_of(nlp, text, "REQUEST"):
        assert "HKGCOP" not in {a.code for a in event.target}


def test_the_body_asked_to_investigate_is_the_target_of_the_call(nlp):
    calls = events_of(nlp, "Amnesty called for a UN investigation into abuses by the Myanmar army.", "REQUEST")
    assert calls and {a.code for a in calls[0].target} == {"UNO"}


def test_a_kin_noun_in_apposition_does_not_make_a_second_target(nlp):
    text = "US forces killed Hamza, son of the Al-Qaeda founder Osama bin Laden."
    kills = events_of(nlp, text, "ASSAULT")
    assert kills
    assert not any(a.code and a.code.startswith("IMG") for a in kills[0].target)


def test_civilians_who_died_in_a_battle_are_not_its_side(nlp):
    for event in events_of(nlp, "Hundreds of Iraqi civilians died in the battle for Mosul.", "ASSAULT"):
        assert "IRQCVL" not in {a.code for a in event.source}


def test_soldiers_who_suffered_casualties_in_an_attack_are_its_target(nlp):
    attacks = events_of(nlp, "Iraqi soldiers suffered heavy casualties in the suicide attack by ISIS.", "ASSAULT")
    assert attacks and "IRQMIL" in {a.code for a in attacks[0].target}
    assert "IRQMIL" not in {a.code for a in attacks[0].source}


def test_the_doer_of_abuses_an_inquiry_looks_into_is_its_target(nlp):
    inquiries = events_of(nlp, "The UN opened an inquiry into abuses by Myanmar's army.", "ACCUSE")
    assert inquiries and "MMRMIL" in {a.code for a in inquiries[0].target}


def test_a_person_and_a_group_of_one_code_are_still_two_parties(nlp):
    stabbings = events_of(nlp, "28-year-old Usman Khan stabbed several people in London.", "ASSAULT")
    assert stabbings and stabbings[0].source and stabbings[0].target


def test_the_doer_named_again_is_still_no_target(nlp):
    text = "Russian and Ukrainian officials agreed on the transit of Russian gas."
    for event in events_of(nlp, text, "AGREE"):
        assert states_of(event.target).isdisjoint(states_of(event.source)) or not event.target
