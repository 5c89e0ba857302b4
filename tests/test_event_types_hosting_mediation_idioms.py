"""Events found nowhere and wrong types at the right word (session 13, events round 1).

Two batches of our own news sentences (``tests/data/plover_probes_s13.jsonl``), labelled by the
CAMEO->PLOVER table before they were run, showed wordings with no lexicon row (hosting, shuttle
mediation, a joint venture, "downed tools", pinning the blame, coming to someone's defence, giving
access, offering an apology, envoys ordered to leave, conferring "by telephone with") and words
read in the wrong sense (civilians blockading roads, walking out of talks, suspects handed over,
soldiers leaving a country). Each test pairs the construction with a use that must not be coded
the same way. The sentences are ours.
"""

from __future__ import annotations

from event_helpers import code_events


def _main(nlp, text: str):
    found = code_events(nlp, text)
    return max(found, key=lambda e: e.confidence) if found else None


def _states(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


def test_playing_host_to_a_counterpart_is_a_visit(nlp):
    main = _main(nlp, "The Finnish president played host to his Estonian counterpart in Helsinki on Monday.")
    assert main is not None and (main.type, main.cameo) == ("CONSULT", "043")
    assert not code_events(nlp, "The old theatre played host to a jazz festival last summer.")
    assert not any(e.type == "CONSULT" for e in code_events(
        nlp, "Every spring the city of Ghent plays host to a festival of puppet theatre."))


def test_shuttling_between_two_sides_is_mediation(nlp):
    main = _main(nlp, "Norwegian envoys shuttled between Sri Lankan and Tamil negotiators on Friday.")
    assert main is not None and (main.type, main.cameo) == ("CONSULT", "045")


def test_a_joint_venture_launched_by_two_states_is_economic_cooperation(nlp):
    main = _main(nlp, "Poland and Lithuania launched a joint venture on Tuesday to build a gas pipeline.")
    assert main is not None and main.type == "COOPERATE"
    assert _states(main.source) == {"POL", "LTU"}
    label = [e for e in code_events(nlp, "Slovakia agreed with a German firm to open a tyre factory as a joint "
                                         "venture in Nitra.") if e.trigger == "venture"]
    assert not label  # a label of the thing agreed, no act of its own


def test_workers_who_down_tools_to_press_for_pay_strike(nlp):
    main = _main(nlp, "Hundreds of Kenyan dock workers downed tools in Mombasa on Monday to press for better pay.")
    assert main is not None and (main.type, main.cameo) == ("PROTEST", "143")


def test_pinning_the_blame_on_a_state_accuses_it(nlp):
    main = _main(nlp, "The Georgian government pinned the blame for the border shooting on Russia.")
    assert main is not None and main.type == "ACCUSE"
    assert "GEO" in _states(main.source)


def test_coming_to_the_defence_of_a_state_supports_it(nlp):
    main = _main(nlp, "Italy came to the defence of Malta on Monday in the row over migrant boats.")
    assert main is not None and (main.type, main.cameo) == ("SUPPORT", "052")
    assert _states(main.target) == {"MLT"}


def test_access_given_to_relief_agencies_is_a_retreat_not_aid(nlp):
    main = _main(nlp, "Ethiopia gave relief agencies access to the Tigray region on Thursday.")
    assert main is not None and main.type == "RETREAT"


def test_an_apology_offered_is_an_apology_not_a_promise(nlp):
    main = _main(nlp, "The Belgian king offered a formal apology to Congo on Tuesday for colonial abuses.")
    assert main is not None and (main.type, main.cameo) == ("SUPPORT", "055")


def test_diplomats_ordered_to_leave_are_expelled_but_residents_told_to_leave_are_not(nlp):
    main = _main(nlp, "Ukraine ordered three Belarusian diplomats to leave the country on Friday.")
    assert main is not None and (main.type, main.cameo) == ("SANCTION", "166")
    assert not any(e.type == "SANCTION" for e in code_events(
        nlp, "The mayor ordered residents to leave the flooded district on Friday."))


def test_a_crowd_thronging_a_square_to_demand_votes_protests_but_fans_do_not(nlp):
    main = _main(nlp, "Thousands of Slovaks thronged the main square in Bratislava on Sunday to demand "
                      "the government's resignation.")
    assert main is not None and main.type == "PROTEST"
    assert not any(e.type == "PROTEST" for e in code_events(
        nlp, "Thousands of fans thronged the stadium in Bratislava on Sunday for the final."))


def test_civilians_blockading_roads_obstruct_in_protest_while_a_navy_blockade_coerces(nlp):
    main = _main(nlp, "Truck drivers blockaded the main roads around Madrid on Monday in protest at fuel prices.")
    assert main is not None and (main.type, main.cameo) == ("PROTEST", "144")
    navy = _main(nlp, "The Israeli navy blockaded the port of Tyre on Monday.")
    assert navy is not None and navy.type == "COERCE"


def test_walking_out_of_talks_breaks_them_off_but_a_walkout_of_workers_strikes(nlp):
    main = _main(nlp, "Armenian negotiators walked out of the peace talks with Azerbaijan in Vienna on Tuesday.")
    assert main is not None and (main.type, main.cameo) == ("SANCTION", "164")
    strike = _main(nlp, "Nurses in Athens walked out on Tuesday over unpaid wages.")
    assert strike is not None and strike.type == "PROTEST"


def test_suspects_handed_over_are_extradited_but_weapons_handed_over_are_not(nlp):
    main = _main(nlp, "Bulgaria handed over to Turkey on Friday two men accused of the Istanbul bombing.")
    assert main is not None and (main.type, main.cameo) == ("COOPERATE", "063")
    arms = _main(nlp, "The rebels handed over their weapons to the peacekeepers on Friday.")
    assert arms is not None and arms.type == "RETREAT"


def test_soldiers_leaving_a_country_withdraw_but_a_minister_leaving_a_meeting_does_not(nlp):
    main = _main(nlp, "The last Russian soldiers left Moldova on Sunday.")
    assert main is not None and main.type == "RETREAT"
    assert not any(e.type == "RETREAT" for e in code_events(
        nlp, "The French minister left the meeting in Brussels early on Sunday."))


def test_a_force_placed_on_alert_in_the_passive_mobilises(nlp):
    main = _main(nlp, "The Syrian army was placed on full alert on Thursday.")
    assert main is not None and main.type == "MOBILIZE"
    assert "SYR" in _states(main.source)


def test_conferring_by_telephone_with_a_leader_is_a_consultation(nlp):
    main = _main(nlp, "King Mohammed of Morocco conferred by telephone with the Spanish prime minister on Sunday.")
    assert main is not None and main.type == "CONSULT"
    assert not code_events(nlp, "The award was conferred by the university on the writer.")


def test_talks_hosted_by_a_third_party_are_aimed_at_those_who_hold_them(nlp):
    # session 32 (helper m): the host's record points at the sides, not at the venue
    found = code_events(nlp, "Kenya's foreign minister and his Ugandan counterpart held talks in Cairo, "
                             "hosted by Egyptian Foreign Minister Sameh Shoukry.")
    hosted = [e for e in found if e.trigger == "hosted"]
    assert hosted and hosted[0].type == "CONSULT"
    assert _states(hosted[0].source) == {"EGY"} and _states(hosted[0].target) == {"KEN", "UGA"}
    # counter-case: a show hosted by someone is no meeting
    assert not any(e.type == "CONSULT" for e in code_events(
        nlp, "Two comedians held a show in Nairobi, hosted by a popular radio presenter."))
