"""Acts that are owed, urged, wished, planned, barred, asked about, demanded, preferred or aimed at
are not facts (hypothetical, negated or scheduled).  Each case has a twin that reports the same
act as done, which must stay a fact."""

from __future__ import annotations

from event_helpers import code_events, events_of


def _by_trigger(nlp, text: str, prefix: str):
    return [e for e in code_events(nlp, text) if e.trigger.lower().startswith(prefix)]


def test_duty_with_must_is_hypothetical(nlp):
    # (session 33) a duty the text states is no act at all: dropped, no longer kept as hypothetical
    owed = events_of(nlp, "The treaty must be signed by the president before it can take effect.", "SUPPORT")
    assert not owed
    done = events_of(nlp, "The president signed the treaty on Monday.", "SUPPORT")
    assert done and not any(e.hypothetical for e in done)


def test_present_have_to_is_hypothetical_but_past_had_to_is_not(nlp):
    owed = [e for e in code_events(nlp, "The president has to approve the deal.") if e.type in ("AGREE", "SUPPORT")]
    assert owed and all(e.hypothetical for e in owed)
    twin = [e for e in code_events(nlp, "The president approved the deal.") if e.type in ("AGREE", "SUPPORT")]
    assert twin and not any(e.hypothetical for e in twin)


def test_unable_to_negotiate_is_negated(nlp):
    failed = events_of(nlp, "The minister resigned after she was unable to negotiate a trade deal with France.",
                       "CONSULT")
    assert failed and all(e.negated for e in failed)
    held = events_of(nlp, "The minister negotiated a trade deal with France.", "CONSULT")
    assert held and not any(e.negated for e in held)


def test_act_urged_on_allies_is_hypothetical(nlp):
    text = "Washington has been encouraging its allies such as France to restrict the airline's flights."
    events = code_events(nlp, text)
    urged = [e for e in events if e.trigger.lower().startswith("restrict")]
    # (session 38) "encourage ... to" is an appeal as "urge ... to" is: the act asked is its content,
    # coded in the REQUEST or, if at all, only as hypothetical
    assert all(e.hypothetical for e in urged)
    assert urged or any(e.type == "REQUEST" and e.trigger.startswith("encouraging") for e in events)
    done = [e for e in code_events(nlp, "France restricted the airline's flights.")
            if e.trigger.lower().startswith("restrict")]
    assert done and not any(e.hypothetical for e in done)


def test_what_a_motion_would_allow_is_no_event(nlp):
    """A power a motion would grant is a rule, not an act (session 13: no event, not a hypothetical one)."""
    text = "The council passed a motion that would have allowed the police to arrest protesters in Minsk."
    assert not _by_trigger(nlp, text, "arrest")
    done = _by_trigger(nlp, "The police arrested protesters in Minsk.", "arrest")
    assert done and not any(e.hypothetical for e in done)


def test_wish_for_another_to_act_is_no_promise(nlp):
    # (session 32) what is wanted of another is the demand's content, no record and no promise
    assert not _by_trigger(nlp, "Many voters want the minister to resign.", "resign")


def test_subjunctive_after_insist_is_a_demand_not_a_done_apology(nlp):
    # Since session 16 a mandative "insisted that X apologize" is a demand that folds the
    # apology in (as "demanded that ..." does); the apology is never told as done.
    text = "The opposition insisted that the minister apologize to the families."
    asked = _by_trigger(nlp, text, "apolog")
    assert all(e.hypothetical for e in asked)
    assert events_of(nlp, text, "REQUEST")
    done = _by_trigger(nlp, "The minister apologized to the families.", "apolog")
    assert done and not any(e.hypothetical for e in done)


def test_plan_noun_makes_its_infinitive_future(nlp):
    planned = events_of(nlp, "Britain unveiled a plan to impose sanctions on Belarus.", "SANCTION")
    assert planned and all(e.future for e in planned)
    done = events_of(nlp, "Britain imposed sanctions on Belarus.", "SANCTION")
    assert done and not any(e.future or e.hypothetical for e in done)


def test_attempt_noun_makes_its_infinitive_hypothetical(nlp):
    tried = _by_trigger(nlp, "Japan cautioned against any attempt to invade Taiwan.", "invade")
    assert tried and all(e.hypothetical for e in tried)
    done = _by_trigger(nlp, "Japanese troops invaded Taiwan.", "invade")
    assert done and not any(e.hypothetical for e in done)


def test_act_not_precluded_is_no_event_and_act_prevented_is_negated(nlp):
    assert not _by_trigger(nlp, "The treaty does not preclude Spain from expelling the diplomats.", "expel")
    stopped = _by_trigger(nlp, "Police prevented the rioters from attacking the French embassy.", "attack")
    assert stopped and all(e.negated for e in stopped)


def test_question_put_to_you_is_no_event_but_why_question_is(nlp):
    assert not events_of(nlp, "Which reforms of the government do you support?", "SUPPORT")
    given = _by_trigger(nlp, "Why did Russia invade Ukraine?", "invade")
    assert given and not any(e.hypothetical for e in given)


def test_refusal_noun_embeds_what_is_refused(nlp):
    refused = code_events(nlp, "Austria's refusal to send tanks to Ukraine angered Poland.")
    rejects = [e for e in refused if e.type == "REJECT"]
    assert rejects and any("UKR" in [a.country for a in e.target] for e in rejects)
    assert not [e for e in refused if e.trigger.lower() == "send"]


def test_threat_noun_embeds_what_is_threatened(nlp):
    threats = events_of(nlp, "Russia's threat to impose sanctions on Moldova alarmed the region.", "THREATEN")
    assert threats and any(e.cameo.startswith("131") for e in threats)


def test_bare_strike_is_not_aerial_but_missiles_are(nlp):
    fists = events_of(nlp, "Rioters struck the officer with their fists in Lagos.", "ASSAULT")
    assert fists and all(e.cameo != "195" for e in fists)
    missiles = events_of(nlp, "Russian missiles struck an apartment block in Kharkiv.", "ASSAULT")
    assert missiles and any(e.cameo == "195" for e in missiles)


def test_sought_and_permitted_acts_are_hypothetical(nlp):
    sought = _by_trigger(nlp, "The rebels are trying to seize the airport in Benghazi.", "seize")
    assert sought and all(e.hypothetical for e in sought)
    text = "Parliament passed a law to allow the army to detain suspects in Lahore."
    permitted = _by_trigger(nlp, text, "detain")
    assert permitted and all(e.hypothetical for e in permitted)
    done = _by_trigger(nlp, "The rebels seized the airport in Benghazi.", "seize")
    assert done and not any(e.hypothetical for e in done)


def test_attempted_assassination_stays_an_attempt_not_a_hypothetical(nlp):
    tried = events_of(nlp, "Gunmen attempted to assassinate the president of Haiti.", "ASSAULT")
    assert tried and all(e.cameo == "185" and not e.hypothetical for e in tried)


def test_be_to_infinitive_is_scheduled(nlp):
    due = _by_trigger(nlp, "The Dutch prime minister is to meet the king of Spain tomorrow.", "meet")
    assert due and all(e.future for e in due)


def test_aim_named_with_be_to_is_hypothetical_not_scheduled(nlp):
    aimed = _by_trigger(nlp, "The goal of the rebels is to seize the airport in Benghazi.", "seize")
    assert aimed and all(e.hypothetical and not e.future for e in aimed)


def test_event_named_inside_the_object_of_a_try_is_not_hypothetical(nlp):
    text = "Facebook struggled to remove videos of the bombing of the mosque in Kabul."
    seen = [e for e in code_events(nlp, text) if e.trigger.lower() == "bombing"]
    assert seen and not any(e.hypothetical for e in seen)


def test_potential_and_upcoming_acts_are_not_done(nlp):
    maybe = events_of(nlp, "The proposed sanctions on Iran worry European firms.", "SANCTION")
    assert maybe and all(e.hypothetical for e in maybe)
    ahead = _by_trigger(nlp, "Argentina's president left for the upcoming summit with Brazil.", "summit")
    assert ahead and all(e.future for e in ahead)
    held = _by_trigger(nlp, "Argentina's president attended a summit with Brazil.", "summit")
    assert held and not any(e.future or e.hypothetical for e in held)


def test_second_that_clause_under_order_is_mandative(nlp):
    text = "The minister ordered a curfew in Manila, and that the Philippine army protect the churches."
    ordered = _by_trigger(nlp, text, "protect")
    assert ordered and all(e.hypothetical for e in ordered)


def test_summit_named_under_a_request_to_speak_still_happened(nlp):
    text = "Kenya turned down Uganda's request to speak at the summit of the African Union in Addis Ababa."
    held = [e for e in code_events(nlp, text) if e.trigger.lower() == "summit"]
    assert held and not any(e.hypothetical for e in held)


def test_requested_state_of_emergency_is_no_record(nlp):
    text = "The governor requested that the president declare a state of emergency in Oregon."
    # what is requested is the request's content, no record (session 32: the judges' "no event")
    assert not _by_trigger(nlp, text, "emergency")
    done = _by_trigger(nlp, "The president declared a state of emergency in Oregon.", "emergency")
    assert done and not any(e.hypothetical for e in done)


def test_neither_nor_subjects_negate_the_act(nlp):
    events = [e for e in code_events(nlp, "Neither France nor Germany recognised the new government.")
              if e.trigger == "recognised"]
    assert events and events[0].negated
    # the twin: "both ... and" is a fact
    events = [e for e in code_events(nlp, "Both France and Germany recognised the new government.")
              if e.trigger == "recognised"]
    assert events and not events[0].negated


def test_having_enough_to_do_something_is_not_doing_it(nlp):
    assert not [e for e in code_events(nlp, "The ruling party has enough seats to impeach the judge.")
                if e.trigger == "impeach"]
    done = [e for e in code_events(nlp, "The ruling party impeached the judge.") if e.type == "ACCUSE"]
    assert done and not done[0].hypothetical


def test_act_listed_among_demands_is_hypothetical(nlp):
    wanted = _by_trigger(nlp, "The opposition's demands include an investigation into the police.", "investigation")
    assert wanted and all(e.hypothetical for e in wanted)
    done = _by_trigger(nlp, "The senators launched an investigation into the police.", "investigation")
    assert done and not any(e.hypothetical for e in done)


def test_demands_growing_to_an_act_is_hypothetical(nlp):
    text = "The opposition's demands have expanded to an investigation of police misconduct."
    wanted = _by_trigger(nlp, text, "investigation")
    assert wanted and all(e.hypothetical for e in wanted)


def test_demands_named_in_apposition_are_no_records(nlp):
    text = ("Students' demands have grown to the removal of the law, an investigation of police misconduct "
            "and new elections.")
    # what is demanded is the demand's content, no record (session 32)
    assert not _by_trigger(nlp, text, "investigation")
    report = "The report, an investigation into the police, was published on Monday."
    done = _by_trigger(nlp, report, "investigation")
    assert done and not any(e.hypothetical for e in done)


def test_preferred_act_is_hypothetical(nlp):
    wanted = _by_trigger(nlp, "Several senators preferred an investigation by the Senate.", "investigation")
    assert wanted and all(e.hypothetical for e in wanted)
    praised = _by_trigger(nlp, "Several senators praised an investigation by the Senate.", "investigation")
    assert praised and not any(e.hypothetical for e in praised)


def test_goal_clause_is_hypothetical(nlp):
    text = "The main goal is a safe zone to repatriate Syrian refugees."
    aim = _by_trigger(nlp, text, "repatriat")
    assert aim and all(e.hypothetical for e in aim)
    done = _by_trigger(nlp, "Turkey repatriated Syrian refugees.", "repatriat")
    assert done and not any(e.hypothetical for e in done)


def test_called_for_another_to_act_is_not_the_act(nlp):
    text = "The committee called for Russia to withdraw its troops from Georgia."
    assert not _by_trigger(nlp, text, "withdr")  # the call's content, no record (session 32)
    done = _by_trigger(nlp, "Russia withdrew its troops from Georgia.", "withdr")
    assert done and not any(e.hypothetical for e in done)


def test_time_taken_for_an_act_keeps_it_a_fact(nlp):
    text = "It took three hours for the army to attack the rebels in Homs."
    done = _by_trigger(nlp, text, "attack")
    assert done and not any(e.hypothetical for e in done)


def test_finite_conjunct_after_for_clause_is_its_own_act(nlp):
    text = ("The governor has arranged for the Guard to be ready and has requested the president "
            "declare a state of emergency.")
    asked = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert asked and not any(e.hypothetical for e in asked)


def test_plan_for_an_act_is_hypothetical(nlp):
    text = "Opposition activists sent the police a plan for a march against the government."
    planned = _by_trigger(nlp, text, "march")
    assert planned and all(e.hypothetical for e in planned)
    done = _by_trigger(nlp, "Opposition activists led a march against the government.", "march")
    assert done and not any(e.hypothetical for e in done)


def test_act_pleaded_for_with_another_party_is_no_record(nlp):
    text = "The minister pleaded with Hamas to release the hostages."
    assert not _by_trigger(nlp, text, "releas")  # the plea's content, no record (session 32)
    done = _by_trigger(nlp, "Hamas released the hostages.", "releas")
    assert done and not any(e.hypothetical for e in done)


def test_act_after_a_perfect_wish_verb_is_hypothetical(nlp):
    wanted = _by_trigger(nlp, "Several senators have preferred an investigation by the Senate.", "investigation")
    assert wanted and all(e.hypothetical for e in wanted)


def test_would_prefer_or_like_is_a_wish_not_a_promise(nlp):
    wish = events_of(nlp, "The premier said he would prefer to agree a deal with the unions.", "AGREE")
    assert wish and all(e.hypothetical and not e.future for e in wish)
    promise = events_of(nlp, "The premier said he would meet Kim Jong-un next month.", "AGREE")
    assert promise and promise[0].future and not promise[0].hypothetical
