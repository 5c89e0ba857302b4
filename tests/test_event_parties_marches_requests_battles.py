"""Parties a judge found wrong in coded Wikinews events: the crowd of a march is its doer, a place
is no party beside the person an act is done to, a request's target is the one asked, and an
armed side that bleeds in a battle fought it. Each rule has a counter-case."""

from event_helpers import code_events, events_of, states_of


def test_the_crowd_of_a_march_is_its_source_not_its_target(nlp):
    marches = events_of(nlp, "A march of thousands of French farmers in Paris demanded lower taxes.", "PROTEST")
    assert marches
    assert any((a.code or "").startswith("FRA") for a in marches[0].source)
    assert not any(a.sector for a in marches[0].target)  # the farmers are no target


def test_a_march_with_no_named_aim_targets_the_marchers_own_state(nlp):
    marches = events_of(nlp, "A march of thousands of French farmers in Paris demanded lower taxes.", "PROTEST")
    assert marches and states_of(marches[0].target) == {"FRA"}


def test_the_place_of_an_arrest_is_no_party_beside_the_one_arrested(nlp):
    arrests = events_of(nlp, "Zhukovskyy was arrested Monday at his home in the state of Massachusetts.", "COERCE")
    assert arrests and arrests[0].target
    assert "USA" not in {a.code for a in arrests[0].target}


def test_the_place_of_arrests_stays_when_no_one_arrested_is_named(nlp):
    arrests = events_of(nlp, "Police carried out arrests in France.", "COERCE")
    assert arrests and states_of(arrests[0].target) == {"FRA"}


def test_the_one_who_complies_with_a_request_is_its_target(nlp):
    text = ("Queen Elizabeth II announced she will comply with the request of Prime Minister Boris Johnson "
            "to suspend Parliament.")
    requests = events_of(nlp, text, "REQUEST")
    assert requests
    codes = {a.code for a in requests[0].target}
    assert "GBRLEG" not in codes and "GBRGOV" in codes


def test_what_a_requested_act_is_done_to_is_not_the_one_asked(nlp):
    requests = events_of(nlp, "The request of Prime Minister Boris Johnson to suspend Parliament was criticised.",
                         "REQUEST")
    assert requests and "GBRLEG" not in {a.code for a in requests[0].target}


def test_a_request_made_to_a_state_still_targets_it(nlp):
    text = "Iraqi Prime Minister Adil Abdul-Mahdi made a request to the United States to send troops."
    requests = events_of(nlp, text, "REQUEST")
    assert requests and states_of(requests[0].target) == {"USA"}


def test_pushing_a_state_into_talks_targets_only_that_state(nlp):
    requests = events_of(nlp, "The US pushed Israel into talks with Hamas.", "REQUEST")
    assert requests and states_of(requests[0].target) == {"ISR"}


def test_talks_urged_are_the_appeals_content(nlp):
    events = code_events(nlp, "Egypt urged Israel to hold talks with Hamas.")
    requests = [e for e in events if e.type == "REQUEST"]
    talks = [e for e in events if e.type == "CONSULT"]
    assert requests and states_of(requests[0].target) == {"ISR"}
    # (session 32) the talks asked for are the appeal's content, not a record of their own
    assert not talks


def test_an_armed_side_that_suffers_casualties_in_a_battle_fought_it(nlp):
    battles = events_of(nlp, "Iraqi soldiers suffered heavy casualties in the battle for Mosul.", "ASSAULT")
    assert battles and "IRQMIL" in {a.code for a in battles[0].source}


def test_soldiers_hurt_in_a_one_sided_attack_did_not_make_it(nlp):
    events = code_events(nlp, "Iraqi soldiers suffered heavy casualties in the suicide attack by ISIS.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert all("IRQMIL" not in {a.code for a in e.source} for e in attacks)


def test_an_investigation_into_crimes_by_a_force_targets_that_force(nlp):
    text = "Serbian military police launched an investigation into alleged crimes committed by Croat forces."
    probes = events_of(nlp, text, "ACCUSE")
    assert probes and "HRV" in states_of(probes[0].target)
    assert "SRB" in states_of(probes[0].source)
