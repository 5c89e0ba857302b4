"""When and how sure: the negated, future and hypothetical flags of a candidate event.

Kept apart from the parse-walking coder because these rules read like the PLOVER manual's
("has not given up" is no concession, "will meet" is future) and are tuned on their own; the
predicates they ask live in event_negation, event_generics and event_conditions.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_views import (
    act_as_time, caused_by_help, charge_restated, counterfactual, fact_topic, joined_purpose, looks_like, money_withdrawal,
    named_as_view, power_given, seats_won, speech_setting, standing_by, standing_welcome, thanked_for, with_in_mind,
)
from .event_asides import (
    answered_request, described_record, hired_purpose, indirect_question, judged_deed, paid_for, relative_schedule,
    reporters_on_duty, successive_doers, thing_purpose,
)
from .event_ballots import ballot_gives, division_tally, electorate_choice, place_vote, public_mood
from .event_conditions import (
    _GIVING_WORDS, _SPOKEN_GIFTS, aim_of_stopped_gathering, attempt_made, ruling_not_accepted, scheduled_purpose, task_of_body_to_come,
    _after_promise_noun, _agreed_sanction, _ahead_subject, _alleged, _asked, _barred, _barred_by_text,
    _believed_content, _called_for_infinitive, _called_on, _capacity, _causative_ccomp, _committed_to, _condition_of, _conjunct_of,
    _for_to, _generic_condition, _governor, _granted_by_rule, _guessed, _hedged, _hinged_on, _home_affairs, _in_order,
    _in_plans, _infinitive_ccomp, _mandated, _means_of, _neither, _odds_subject, _open_question, _options_weighed,
    _measure_ended, _needed, _own_object, _platform_pledge, _parallel_to, _past_beside_infinitive, _pending_until, _backshifted_until, _performed_wish, _plan_ahead,
    _planned, _possible_effect,
    _pledged_purpose, _purposes_up, _scheduled, _sought, _split_readiness, _state_remaining, _tense_apart, _time_ahead,
    _phrasal_set, _told_deed, _vowed_outcome, _wanted_for, _warned_against, _would_not,
)
from .event_filters import figures_disputed, named_no_confidence
from .event_content import (
    charge_described, charged_deed, expected_act, pact_held, pact_terms_told, pact_says, perfect_habit,
    platform_gerund, pleaded_deed, risked_act,
    motive_phrase, trade_share, way_to_act,
)
from .event_generics import (
    _approximation, _background_practice, _class_subject, _formerly_done, _still_going, _compared_standard, _condition_noun, _dated_deed_probed,
    _dated_past, _described_standing, _descriptor_participle, _long_running, _onlooker_reading, _quoted_bystander,
    _everyone_partner, _foreseen, _generic_passive, _generic_practice, _habitual, _habitual_would, _label, _law_rule, text_gives,
    _maxim, gerund_maxim, _measured_participle, _none_of_a_kind, _nth_place_where, _nth_time, _not_part_of, _on_speaking_terms, _onlooker_guess, _own_staff_asked, _pact_terms,
    _present_habit, _quorum_rule, _threshold_purpose, _record_count, _refused_as_rule, _rule_stated, _running_toll, _series_noun, _short_of,
    _recent_years, _since_years, _stakes_of_trial, _standing, _still_held, _office_gerund, _suit_aim, _tally, _text_provision, _trend, _trip_ahead, _unnamed_culprits, _vote_held,
    backer_described, described_by_relative, pact_in_making, paper_says, raised_in_present, ties_held, time_spent_under,
)
from .event_mentioned import (
    bond_named, business_clash, consent_withheld, defied_measure, known_of, pact_named, pact_reacted_to,
)
from .event_modality import (
    Candidate, FUTURE_AUX, _ALLEGING, _DUTY_AUX, _DUTY_VERBS, _FUTURE_HEADS, _GUESS_ADVERBS, _HYPO_AUX, _HYPO_MARK,
    _ODDS, _ORDERING, _PERMIT, _PROMISING, _VERDICTS, wish_verb,
)
from .event_negation import (
    _averted_harm, _companion_travel, _denied_clause, _eased_trouble, _framing, _halt_purpose, _halted_force, _no_longer,
    _none_involved, _obliging, _other_doer, _pushed_into, _topic_of_case, _unattested, _without_doing, any_answered,
    charged_gerund, charged_means, charging_word,
)
from .event_nonparties import _BENCH
from .event_roles import scoped as _scoped, to_infinitive as _to_infinitive, verb_of as _verb_of
from .triggers import word_list

__all__ = ["set_flags"]

_LIGHT = word_list("light_verbs")
# "failed to", "was unable to": the act in the complement was tried or wanted but did not happen
_FAIL = {"fail", "refrain", "stop", "cease", "avoid", "unable"}
# conjunctions that set a verb against the one before it, so it does not share that verb's "not"
_CONTRASTS = {"but", "yet", "instead"}
# "refused to sign or ratify": a refusal covers every verb coordinated in its complement
_REFUSING = {"refuse", "decline", "reject"}
# adjectives that make a named act only possible or still ahead
_MAYBE_ADJ = word_list("maybe_adjectives")
_AHEAD_ADJ = word_list("ahead_adjectives")
# "sought to retake", "tried to seize": the act was aimed at, not achieved; "allowed the government
# to extradite": a permission, not the act
_TRYING = {"seek", "try", "attempt", "strive", "endeavour", "endeavor", "struggle", "work", "scramble",
           "conspire", "plot"}  # (session 35) "conspiring to overthrow the government": a plot, no overthrow
# "was arrested for spying", "jailed for insulting the king": the deed is the charge, asserted by
# the side that punishes or blames, so it stays an allegation
_CHARGING = {"arrest", "jail", "sentence", "convict", "charge", "detain", "accuse", "fine", "punish",
             "imprison", "execute", "indict", "prosecute", "blame", "criticize", "criticise", "condemn",
             "sanction", "expel", "deport", "ban", "suspend", "fire", "dismiss"}
# verbs that call an act off before it happens: the act named as their object never took place
_CALLED_OFF = {"cancel", "scrub"}
# (session 28 U) verbs that tell an act took place or began: denied, or failed, the act named as
# their subject did not happen ("talks never took place", "the summit failed to start")
_OCCURRING = frozenset({"happen", "occur", "start", "begin", "materialise", "materialize", "resume", "open"})


def _occurrence_denied(noun: Token) -> bool:
    """(session 28 U) Whether an act noun is the subject of a denied or failed occurrence ("talks
    between the two never took place", "the summit failed to start", "the visit did not happen"):
    the noun names an act that did not take place."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj":
        return False
    verb = noun.head

    def occurs(v: Token) -> bool:
        lemma = v.lemma_.lower()
        return lemma in _OCCURRING or lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in v.children)
    if verb.lemma_.lower() == "fail":
        return any(c.dep_ == "xcomp" and occurs(c) for c in verb.children)
    return occurs(verb) and any(c.dep_ == "neg" for c in verb.children)


# verbs that put an act forward for others to take up: "proposed to hold a summit", "suggested holding talks"
_PROPOSING = {"propose", "suggest", "recommend"}
# the acts of force and unrest an onlooker may forecast; talks or aid forecast are planned events
_FORESEEN_TYPES = {"ASSAULT", "FIGHT", "THREATEN", "MOBILIZE", "COERCE", "PROTEST"}

# (session 22) the coercion whose running count is a toll: arrests and detentions (173). Expelling or
# deporting people (174) is an authority's measure carried out, its count the measure's size:
# "the authorities have deported 3,000 migrants this year" stays COERCE 174, as the CAMEO gold codes it
_TOLL_COERCE = frozenset({None, "173"})
# "seeks to retake", "strives to unite": in the present simple, an aim someone holds
_AIMING = {"seek", "strive", "aim", "endeavour", "endeavor"}
# (session 22) participles that give a told act its aim: "lifted sanctions, seeking to help the country"
_AIM_PARTICIPLES = _AIMING | {"hope", "look", "want", "wish"}

# verbs whose to-infinitive is the act promised: the record on the verb itself is a pledge, still ahead
_OFFERING = frozenset({"offer", "agree"})
# types whose act a "without ...ing" clause denies (an accord not reached, a meeting not held)
_WITHOUT_DENIED = frozenset({"AGREE", "SUPPORT", "CONSULT", "CONCEDE", "RETREAT"})


def _words_given(head: Token, tok: Token) -> bool:
    """(session 47) Whether ``tok`` is words that ``head`` gives as its object ("offered his warm
    congratulations"): the praise itself, not a pledge ahead (event_conditions' spoken gifts)."""
    return head.lemma_.lower() in _GIVING_WORDS and tok.dep_ == "dobj" and tok.head.i == head.i \
        and tok.lower_ in _SPOKEN_GIFTS


def set_flags(cand: Candidate) -> None:
    tok = cand.token
    chain = [tok]
    verb = tok if tok.pos_ in ("VERB", "ADJ") else _verb_of(tok)
    if verb is not None and verb.i != tok.i:
        if _scoped(tok, verb):
            chain.append(verb)
        else:
            verb = None
    head = verb or tok
    # "I want to express my condolences": said, so done; no climb to the wish or its "would"
    performed = _performed_wish(head)
    # climb through control verbs: "plans to allocate", "refused to meet"; an infinitive the
    # parser filed as a clausal complement ("would have allowed the government to extradite")
    # is controlled the same way
    others: set[int] = set()  # heads whose subject is not the doer: "want him to resign" is no plan of his
    conjoined = False  # climbed from a second conjunct: "refused to sign or ratify" refuses both
    while not performed and (head.dep_ in ("xcomp", "conj") or _infinitive_ccomp(head) or _causative_ccomp(head)) \
            and head.head.i != head.i and len(chain) < 6:
        if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break  # "is not a member, but it is part of a pact": a clause of its own keeps its polarity
        if head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _CONTRASTS and head.head.i < c.i < head.i
                                       for c in head.head.children):
            break  # "did not seek war but would defend its borders": a contrast turns the polarity
        if head.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD")
                                       for c in head.children):
            break  # "did not attack and has since withdrawn": a finite auxiliary of its own keeps its polarity
        if head.dep_ == "conj" and (_tense_apart(head) or _past_beside_infinitive(head)):
            break  # 'said he would "never give up" and called on officials': the past deed shares no modal
        if head.dep_ == "conj":
            conjoined = True
        if head.dep_ == "ccomp" or head.i in others:
            others.add(head.head.i)
        head = _governor(head)
        chain.append(head)
    # the rules below reach only the verb's own act or its object ("struggled to censor videos of
    # the murder", "a request to speak at the summit": the murder and the summit happened)
    own = verb is None or _own_object(tok, verb, cand.trigger.word) or _means_of(tok, verb)
    for k, t in enumerate(chain):
        for c in t.children:
            low = c.lower_
            if c.dep_ == "preconj" and low == "neither" and t.pos_ in ("VERB", "AUX"):
                cand.negated = True  # "has neither signed nor ratified": both verbs are denied
            elif c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in ("never", "no")) or _no_longer(c):
                if t.i == tok.i and low == "no" and named_no_confidence(tok):
                    continue  # "a motion of no confidence": the name of the vote, no denial
                if t.i != tok.i and tok.dep_ == "pobj" and t.lemma_.lower() not in _LIGHT:
                    continue  # "did not accede to their demands": the demands were still made
                if _done_at_last(t):
                    continue  # (session 35) "did not recognise it until 1991": recognised in 1991
                if t.i == tok.i or (verb is not None and t.i == verb.i) or c.dep_ == "neg":
                    cand.negated = True
            elif c.dep_ == "aux" and low in FUTURE_AUX:
                cand.future = True
            elif c.dep_ == "aux" and (low in _HYPO_AUX or low in _DUTY_AUX) and not _habitual_would(c, t):
                cand.hypothetical = True
            elif c.dep_ == "aux" and low in ("can", "ca") and _time_ahead(t):
                cand.hypothetical = True  # (session 20 W1) "can send a request tomorrow": an option, not done
            elif c.dep_ == "advmod" and low in _GUESS_ADVERBS:
                cand.hypothetical = True  # (session 20 W1) '"Maybe the next soldiers will fight"': a guess
            elif c.dep_ == "advmod" and c.tag_ == "WRB" and low in ("when", "where", "how") and c.i < t.i \
                    and (t.dep_ == "ccomp" or t.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in t.children)) \
                    and _open_question(t.head):
                # (session 35) "has not said when Gbagbo will be charged": a question left open, as
                # "did not say whether" is; no charge is told
                cand.absorbed = True
            elif c.dep_ == "mark" and low in _HYPO_MARK and not _approximation(c):
                cand.hypothetical = True
                if low == "whether" and t.dep_ in ("ccomp", "xcomp", "advcl") and _open_question(t.head):
                    cand.absorbed = True  # "did not say whether Tehran would lodge a protest": left open
        if t.i != tok.i and t.lemma_ in _FUTURE_HEADS and t.i not in others and not _wanted_for(t, tok) \
                and not _phrasal_set(t) \
                and not _agreed_sanction(t, cand) and not _conjunct_of(chain, k) and not _setting_of(tok, t) \
                and not _words_given(t, tok):
            cand.future = True
        if t.i != tok.i and t.lemma_ in _FAIL and not (t.lemma_ in ("stop", "cease") and _framing(tok)) \
                and not _parallel_to(chain, k):
            cand.negated = True
        if conjoined and t.i != tok.i and t.lemma_.lower() in _REFUSING and chain[k - 1].dep_ == "xcomp":
            cand.negated = True  # "refused to sign or ratify the treaty": the ratifying was refused too
        if t.i != tok.i and _obliging(t, chain):
            cand.hypothetical = True
        below = chain[k - 1] if t.i != tok.i else None
        if below is not None and below.head.i == t.i and below.dep_ in ("xcomp", "ccomp"):
            lemma = t.lemma_.lower()
            if own and lemma in _AIMING and t.tag_ in ("VBZ", "VBP") \
                    and not any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children):
                cand.absorbed = True  # "the Taliban seeks to retake control": a standing aim, no act told
            elif own and lemma in _AIM_PARTICIPLES and t.tag_ == "VBG" and t.dep_ == "advcl" \
                    and below.dep_ == "xcomp" and t.head.pos_ == "VERB":
                cand.absorbed = True  # (session 22) "lifted sanctions, seeking to help the country recover": an aim
            elif own and lemma in _PERMIT and _granted_by_rule(t):
                cand.absorbed = True  # "a bill that would have allowed China to extradite": a power, no act
            elif own and lemma in ("allow", "permit") and below.dep_ in ("xcomp", "ccomp") \
                    and any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children):
                # (session 20 W4) "had never allowed her to visit Gaza": the permission denied is coded
                # on "allowed" (CONCEDE, negated); the visit was neither done nor refused by the visitor
                cand.absorbed = True
            elif own and (lemma in _PERMIT or (lemma in _TRYING and cand.cameo != "186")):  # "tried to assassinate": 185
                # (session 32) "tried to block the vote": the trier's own act was tried, so it took place
                # as an attempt; "tried to have him released" still only sought another's act
                cand.hypothetical = not (below.i in (tok.i, (verb or tok).i) and attempt_made(t))
            elif below.dep_ == "xcomp" and lemma in _DUTY_VERBS and t.tag_ == "VBN" and _to_infinitive(below):
                cand.absorbed = True  # "the majority required by the constitution to impeach": a rule, no act
            elif below.dep_ == "xcomp" and lemma in _ORDERING and _to_infinitive(below) \
                    and any(c.dep_ in ("dobj", "dative") for c in t.children):
                cand.future = True  # "an order directing the coast guard to join the inquiry": still to be done
            elif below.dep_ == "xcomp" and lemma in _PROPOSING and t.pos_ == "VERB":
                cand.hypothetical = True  # "Norway proposed to hold a summit": put forward, not yet held
            elif below.dep_ == "xcomp" and lemma == "expect" and _expected_of(t) and _to_infinitive(below):
                cand.absorbed = True  # (session 34) "Zuma was expected to host talks": an expectation, no act
            elif below.dep_ == "xcomp" and lemma in _ODDS and _to_infinitive(below):
                cand.hypothetical = True  # "the EU was likely to press for talks": a forecast, no act told
                if lemma == "unlikely":
                    cand.absorbed = True  # (session 33) "the council was unlikely to agree": forecast not to be
            elif own and below.dep_ == "xcomp" and lemma in _PURPOSED and _to_infinitive(below) \
                    and any(c.dep_ == "auxpass" for c in t.children):
                cand.absorbed = True  # (session 20 W4) "the attacks were meant to pressure Erbil": a purpose
            elif below.dep_ == "xcomp" and lemma in _ALLEGING and _to_infinitive(below):
                cand.hypothetical = True  # "he is alleged to have paid them": the charge, not a told deed
            elif below.dep_ == "xcomp" and lemma in ("be", "have") and _to_infinitive(below) \
                    and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children):
                if own:  # (the request "is yet to respond to" was made; no schedule either way)
                    cand.negated = True  # "has yet to announce sanctions", "is yet to respond": not done so far
            elif lemma == "be" and _to_infinitive(below):
                _scheduled(t, cand)
    if tok.pos_ == "VERB" and _none_involved(tok):
        cand.negated = True  # "No Coalition troops were injured": nobody was
    wished = [t for t in chain[1:] + [tok] if t.pos_ in ("VERB", "AUX") and t.dep_ in ("xcomp", "ccomp")
              and t.head.i != t.i and wish_verb(t.head)]
    if wished and not performed and all(_vote_held(t.head) for t in wished):
        wished = []  # "the EU voted to impose tariffs", "judges voted to convict him": the vote decided it
        if cand.type == "PROTEST":
            cand.future = True  # "workers voted to strike": a deed the vote sets for later
    if wished and not performed:
        cand.wished = not cand.hypothetical
        cand.hypothetical = True
        if any(t.head.i in others or _other_doer(t) for t in wished):
            cand.future = False  # "hope the government will release them": a wish for another's act, no promise
    if _trip_ahead(head) or scheduled_purpose(head):
        cand.future = True  # "travels next week to Washington to meet Biden": a scheduled trip, still to come
    if _pushed_into(tok):
        cand.hypothetical = True
    if head.dep_ == "acl" and _to_infinitive(head) and head.head.lemma_.lower() in ("failure", "inability"):
        cand.negated = True  # "protested the authorities' failure to provide treatment": none was given
    if _occurrence_denied(tok):
        cand.negated = True  # "talks between them never took place": none was held
    if tok.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in _HYPO_AUX for c in tok.head.children):
        cand.hypothetical = True  # "executing him would not bring her back": an act weighed, not done
    if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _CHARGING - _VERDICTS \
            and not _bench_punished(tok.head.head):
        cand.hypothetical = True  # "arrested for attacking a guard": alleged; "sentenced for torturing": found
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PERMIT \
            and tok.head.dep_ in ("acl", "relcl") and tok.head.head.pos_ in ("NOUN", "PROPN"):
        cand.hypothetical = True  # "a court order allowing the investigation": leave given, not yet done
    if tok.pos_ == "NOUN" and charging_word(tok) is not None:
        cand.hypothetical = True  # "accusing him of complicity in torture": a charge, not a told deed
    elif tok.pos_ == "NOUN" and charged_means(tok):
        cand.absorbed = True  # "accuses Moscow of funding protests": the protests are the charge's content
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ == "no" and not named_no_confidence(tok):
                cand.negated = True
            elif c.dep_ == "det" and c.lower_ == "any" and (tok.tag_ == "NN" or any_answered(tok)):
                # "will retaliate against any attack": an act that may come, none told, and no
                # promise of the one who would do it (the "will" is the responder's); a plural too
                # when it is what a response answers ("respond firmly to any new sanctions"), not
                # the object of a denied act ("has not imposed any sanctions")
                cand.hypothetical, cand.future = True, False
            elif c.dep_ in ("amod", "compound") and c.lower_ in _MAYBE_ADJ:
                cand.hypothetical = True  # "a potential charge", "the proposed sanctions"
            elif c.dep_ in ("amod", "compound") and c.lower_ in _AHEAD_ADJ:
                cand.future = True  # "the upcoming summit", "its planned hearing"
    if tok.pos_ == "NOUN" and _expected_ahead(tok):
        cand.future = True  # "a visit by a U.S. delegation, expected later this week": still ahead
    if any(_split_readiness(t) for t in chain + _purposes_up(chain[-1])):
        cand.future = True  # '"We stand ready," said the minister, "to send aid"': an offer, still ahead
    if own and _after_promise_noun(head):
        cand.future = True  # "backing away from a pledge in June to give up his immunity": promised only
    if own and _pledged_purpose(head):
        cand.future = True  # "offered to send troops to distribute supplies": the purpose of an offer, ahead
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.head.head.children):
        cand.future = True  # "will meet Macron in Paris for talks": the talks are ahead too
    if own and head.dep_ == "advcl" and _to_infinitive(head) and _plan_ahead(head.head):
        cand.future = True  # "the Senate was to meet Monday to discuss ...": the purpose of a plan
    if own and _suit_aim(head):
        cand.hypothetical = True  # "filed a lawsuit to prevent the law": what the suit seeks, not done
    if _benefit_aim(tok, cand.type):
        cand.absorbed = True  # "moved in to protect residents", "deployed to support the police": an aim
    if own and head.dep_ == "advcl" and _to_infinitive(head) and head.head.lemma_.lower() in _NEEDS:
        cand.hypothetical = True  # "Ukraine needed air defences to protect its cities": a goal, not an act
    if _warned_against(tok):
        cand.hypothetical = True  # "protesters warned against concessions to Russia": none made
    if own and (_mandated(head) or _planned(head, cand) or _barred(head, cand) or _asked(chain)):
        cand.hypothetical = True
        if _asked(chain) and any(c.dep_ == "nsubj" and c.lower_ == "you" for t in chain for c in t.children):
            cand.absorbed = True  # "What actions of the president do you support?": an interviewer's question
    named = tok if tok.pos_ in ("NOUN", "PROPN") else head
    wanted = _sought(named)
    if wanted and _in_plans(named):
        cand.future = True  # "the deals include plans for talks and measures to ease exports": planned, ahead
    elif wanted or (own and (_for_to(chain) or _called_on(chain))):
        cand.hypothetical = True
    if own and _law_rule(head) or cand.type == "AID" and text_gives(tok):
        cand.absorbed = True  # "the law forbids police from detaining minors": a rule, no act
    if _short_of(head) or (tok.pos_ == "NOUN" and _short_of(tok)):
        cand.negated = True  # "stopped short of announcing sanctions": not done
    if verb is not None and _neither(verb):
        cand.negated = True  # "neither Russia nor China supported the resolution"
    if tok.pos_ == "VERB" and _called_for_infinitive(tok):
        cand.hypothetical = cand.absorbed = True  # (session 22) "his call for a group of countries to mediate"
    if _hinged_on(tok) or (own and (_hinged_on(head) or _options_weighed(head))):
        cand.absorbed = True  # (session 22) "depended on a deal", "looking at ways to help": a condition, an option
    if own and _capacity(head):
        cand.absorbed = True  # "has enough votes to impeach": able to, nothing done
    if own and _believed_content(chain + [head]):
        cand.absorbed = True  # (session 31) "confident its partners would stand by it", "free to petition"
    if _needed(chain + [head], tok):
        cand.absorbed = True  # (session 31) "needs support from the opposition", "needed to strengthen ties"
    if cand.type == "AGREE" and cand.trigger.nominal and _platform_pledge(tok):
        cand.absorbed = True  # (session 31) "campaigned on a pledge to root out corruption": a platform
    if cand.type == "AGREE" and _vowed_outcome(tok):
        cand.absorbed = True  # (session 31) "vowed that his opponents would fail": a forecast, no pledge
    if _generic_condition(head):
        cand.hypothetical = True
    if _odds_subject(tok):
        cand.absorbed = True  # (session 20 W1) "a deal was unlikely before the election": a forecast, no act
    if (cand.type in _MEASURE_TYPES and _state_remaining(tok)) or _barred_by_text(tok):
        cand.absorbed = True  # (session 20 W1) "remain suspended", "barred by the constitution": a standing state
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "ccomp") and tok.head.lemma_.lower() in ("deny", "refute"):
        cand.absorbed = True  # "Tehran denies supplying drones": a charge denied (016), no told deed
    if cand.type == "REJECT" and figures_disputed(tok):
        cand.absorbed = True  # (session 20 X2) "dismissed those figures as speculation": a denial (016)
    if _unattested(head):
        cand.absorbed = True  # (session 22) "there was no sign Moscow had agreed to help": neither done nor refused
    if _denied_clause(head):
        cand.absorbed = True  # "the colonel denied that officers had fired at them": the denial (016) is the news
    if tok.pos_ == "NOUN" and _dated_deed_probed(tok):
        cand.absorbed = True  # "inquiries into the Jan. 8 riots": the inquiry is the news, the riots told before
    if cand.type in _FORESEEN_TYPES and tok.pos_ == "NOUN" and _foreseen(tok):
        cand.absorbed = True  # "be prepared to watch for a major offensive": a forecast, no act of anyone's
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CALLED_OFF \
            and cand.type in ("ACCUSE", "CONSULT", "PROTEST"):
        # "the Senate cancelled its planned hearing": a sitting or meeting that will not take place
        # (the cancelling, "cancelled talks with France", is coded on the verb; measures scrapped are eased)
        cand.absorbed = True
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _PERMIT and _granted_by_rule(tok):
        cand.absorbed = True  # "a motion that would have allowed the police to arrest": a text's power
    if cand.type == "AGREE" and tok.pos_ == "VERB" and tok.lemma_.lower() in _PROMISING and not cand.negated:
        cand.future = True  # "has promised each victim a payout", "have pledged funds": still to be kept
    if cand.type == "AGREE" and tok.pos_ in ("VERB", "ADJ") and _committed_to(tok) and not cand.negated:
        cand.future = True  # "the government was committed to implementing the deal": a promise, still to be kept
    if cand.type == "AGREE" and tok.pos_ == "VERB" and tok.lemma_.lower() in _OFFERING and not cand.negated \
            and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in tok.children):
        cand.future = True  # "offered to expand work programmes", "agreed to raise taxes": the act still ahead
    if cand.type in ("AGREE", "AID") and not cand.target and _home_affairs(tok):
        cand.absorbed = True  # (session 20 W4) "promised to rescue an economy battered by inflation": no party
    if cand.type in _WITHOUT_DENIED and _without_doing(tok):
        cand.negated = True  # "left without reaching an agreement": the deal was not reached
    if cand.trigger.nominal and _standing(tok):
        cand.absorbed = True  # "is not a party to the treaty": a standing, no act
    if _text_provision(tok):
        cand.absorbed = True  # (session 29) "the act offers immunity to suspects who cooperate": a provision
    if _not_part_of(tok):
        cand.negated = True  # "the ban is not part of any plan to increase sanctions": denied
    if _rule_stated(tok):
        cand.absorbed = True  # "the Constitution specifies that officials are removed": a rule, no act
    if _habitual(tok) or _series_noun(tok):
        cand.absorbed = True  # "G7 meetings usually center on politics", "held regular talks": a habit, no one act
    if _unnamed_culprits(tok):
        cand.absorbed = True  # "will punish everyone responsible for the torture": no doer named, none told
    if cand.type == "REQUEST" and _pact_terms(tok):
        cand.absorbed = True  # "the truce, brokered by Egypt, calls for Israel to withdraw": a term, no appeal
    if cand.type == "REQUEST" and _own_staff_asked(tok):
        cand.absorbed = True  # "the president asked his ministers to draft a budget": an order within one side
    if cand.type in ("REQUEST", "SUPPORT", "AID") and _own_nationals(cand):
        cand.absorbed = True  # (session 62) "urged U.S. citizens to leave Iraq": travel advice to its own public
    if _present_habit(tok) or _background_practice(tok) or _generic_practice(tok) or _formerly_done(tok) \
            or _still_going(tok) \
            or (cand.type in _STANDING_TYPES and _since_years(tok)) or _recent_years(tok):
        cand.absorbed = True  # "observers regularly patrol the zone", "X, which bans women from driving"
    if tok.pos_ == "VERB" and (_class_subject(tok) or _on_speaking_terms(tok)):
        cand.absorbed = True  # (session 21) "Separatists accuse Islamabad of ...", "they are talking again"
    if (cand.trigger.nominal and ties_held(tok)) or (cand.type in _STANDING_TYPES | {"COOPERATE"}
                                                     and described_by_relative(tok)):
        cand.absorbed = True  # (session 34) "members with diplomatic ties to Israel", "a country that supplies water"
    if cand.trigger.nominal and (cand.type in ("COERCE", "ASSAULT") and time_spent_under(tok)
                                 or cand.type in ("COOPERATE", "AID") and raised_in_present(tok)):
        cand.absorbed = True  # (session 34) "has spent two decades under house arrest", "steps up investment"
    if cand.type == "AGREE" and cand.trigger.nominal and pact_in_making(tok):
        cand.absorbed = True  # (session 34) "under a peace deal being negotiated in Accra": not reached
    if cand.type == "REQUEST" and paper_says(tok):
        cand.absorbed = True  # (session 34) "Charter 08, a manifesto calling for political reform": what it says
    if cand.trigger.nominal and _trend(tok):
        cand.absorbed = True  # (session 21) "attacks on security forces have risen sharply": a trend
    if _maxim(tok) or gerund_maxim(tok) or _none_of_a_kind(tok) or _nth_place_where(tok) or _nth_time(tok):
        # (session 31) "No Spanish government can accept a leader insulting it": a principle too
        cand.absorbed = True  # (session 20 W4) '"The liberty of a citizen cannot be suspended"': a principle
    if _refused_as_rule(tok):
        cand.absorbed = True  # (session 20 W4) "Lebanon does not extradite its own citizens": a standing rule
    if _generic_passive(tok):
        cand.absorbed = True  # "officials convicted of corruption are removed from office": a rule, no act
    if cand.type in ("SUPPORT", "AGREE") and _tally(tok):
        cand.absorbed = True  # "54 nations have signed the pact, 27 have ratified it": a count of standings
    if cand.type in ("SUPPORT", "AID") and backer_described(tok):
        cand.absorbed = True  # (session 35) "the Front, backed by the former president, won seats": who backs it
    if hired_purpose(tok) or thing_purpose(tok) or relative_schedule(tok) or indirect_question(tok) \
            or successive_doers(tok) \
            or judged_deed(tok) or (cand.trigger.nominal and (described_record(tok) or paid_for(tok))) \
            or (cand.type == "REQUEST" and cand.trigger.nominal and answered_request(tok)) \
            or (cand.type == "MOBILIZE" and reporters_on_duty(tok)):
        cand.absorbed = True  # (session 35) "hired a firm to lobby", "who will now consult", "how it prepared"
    if cand.trigger.nominal and (named_as_view(tok) or with_in_mind(tok) or looks_like(tok) or joined_purpose(tok)
                                 or act_as_time(tok) or cand.type == "SUPPORT" and thanked_for(tok)) \
            or cand.type == "RETREAT" and money_withdrawal(tok) \
            or cand.type in ("AID", "REJECT") and power_given(tok) \
            or cand.type in ("CONSULT", "SUPPORT") and standing_welcome(tok) \
            or seats_won(tok) or counterfactual(tok) \
            or cand.type == "ACCUSE" and charge_restated(tok) \
            or cand.trigger.nominal and fact_topic(tok) \
            or cand.type == "AID" and caused_by_help(tok) \
            or cand.type == "SUPPORT" and standing_by(tok) \
            or cand.type == "CONSULT" and cand.trigger.nominal and speech_setting(tok):
        cand.absorbed = True  # (session 38) "seen as a warning", "We welcome visitors", "would have barred him"
    if cand.trigger.nominal and (consent_withheld(tok) or known_of(tok) or defied_measure(tok, cand.type)
                                 or pact_reacted_to(tok, cand.type) or pact_named(tok, cand.type)
                                 or bond_named(tok, cand.type)) \
            or cand.type == "ASSAULT" and business_clash(tok):
        cand.absorbed = True  # (session 38 w) "would not consent to extradition", "learned of the deal"
    if division_tally(tok) or electorate_choice(tok, cand.type) or public_mood(tok, cand.type) \
            or ballot_gives(tok, cand.type):
        cand.absorbed = True  # (session 35) "the opposition parties voted against", "55 percent of voters backed it"
    if place_vote(tok, cand.type):
        cand.absorbed = True  # (session 42) "Sulu voted against the law", "Scots rejected independence in a referendum"
    if tok.pos_ == "VERB" and (charged_gerund(tok) or _possible_effect(tok)):
        cand.absorbed = True  # (session 22) "over allegations of aiding a group", "a decision that could bar him"
    if tok.pos_ == "VERB" and (_long_running(tok) or _compared_standard(tok) or _described_standing(tok)):
        cand.absorbed = True  # (session 22) "has long pressed", "in the same way China had supported": no act now
    if tok.pos_ == "VERB" and _relative_present(tok):
        cand.absorbed = True  # (session 49) "Hamas, a group that calls for Israel's destruction": what it is
    if cand.trigger.nominal and _like_ones_before(tok):
        cand.absorbed = True  # (session 49) "Tehran has made similar threats before": a kind of act, none dated
    if cand.type in _STANDING_TYPES | {"ACCUSE"} and _descriptor_participle(tok):
        cand.absorbed = True  # (session 22) "Iranians charged or convicted in the US", "funds frozen in Korea"
    if cand.trigger.nominal and cand.type in _MEASURE_TYPES and _measure_ended(tok):
        cand.absorbed = True  # (session 22) "to end restrictions that are choking the economy": a standing state
    if tok.pos_ == "VERB" and _measured_participle(tok):
        cand.absorbed = True  # (session 22) "1% of the fentanyl seized by border agents": a statistic
    if (cand.type == "ASSAULT" or (cand.type == "COERCE" and cand.cameo in _TOLL_COERCE)) and _running_toll(tok):
        cand.absorbed = True  # (session 22) "more than 2,600 people have been killed since the coup": a toll
    if tok.pos_ == "VERB" and _still_held(tok) or _office_gerund(tok):
        cand.absorbed = True  # (session 26) "Bazoum, who is still detained", "the judge investigating the blast"
    if tok.pos_ == "VERB" and _record_count(tok):
        cand.absorbed = True  # "the House has only impeached two other presidents": a record, no act now
    if any(_quorum_rule(t) or _threshold_purpose(t) for t in chain):
        cand.absorbed = True  # "two-thirds of senators must vote to convict": a rule of procedure
    if cand.trigger.nominal and _label(tok):
        cand.absorbed = True  # "described immigration as an invasion": a name given, no invasion done
    if cand.trigger.nominal and cand.type in ("CONSULT", "AGREE") and tok.dep_ == "pobj" \
            and tok.head.lower_ == "at" and _guessed(tok.head.head):
        cand.absorbed = True  # (session 20 W4) "the issue would likely feature at a meeting": a venue guessed at
    if cand.trigger.nominal and _condition_noun(tok):
        cand.absorbed = True  # (session 20 W4) "in reaction to Israel's oppression": a state named, no act
    if cand.type == "CONCEDE" and _halt_purpose(tok):
        cand.absorbed = True  # "suspended operations for 48 hours to allow the handover": the halt's aim
    if own and _in_order(head):
        cand.hypothetical = True  # "closed the border in order to stop refugees": an aim, not told as done
    if _ahead_subject(tok):
        cand.future = True  # "its offensive will begin soon", "the operation will neutralize them": still ahead
    if _reported_of(tok, verb):
        cand.absorbed = True  # (session 35) "received reports of candidates being detained": what is heard
    if _alleged(head) or (_hedged(tok, verb) and not _told_deed(tok, verb)):
        cand.hypothetical = True  # "the minister alleged India had armed the rebels": only the charge is told
    if _would_not(cand, head) or ruling_not_accepted(cand, head):
        # "neither France nor Germany would endorse it": a refusal, told in the past; (session 46)
        # 'Beijing "neither accepts nor recognises" the award': a refusal stated now
        cand.refused = True
    if _onlooker_guess(head) or (head.dep_ == "csubj" and _onlooker_guess(head.head)):
        # ('"Banning the party may only help its successor," said an analyst': the gerund subject too)
        cand.absorbed = True  # '"Parliament may balk," said an analyst': a guess by one who takes no part
    if _quoted_bystander(tok) or _onlooker_reading(tok):
        cand.absorbed = True  # '"Those judges only protected the rich," said Ana Ruiz, 51': an opinion
    if cand.type in ("ASSAULT", "THREATEN") and _halted_force(tok):
        cand.absorbed = True  # "agreed to halt fighting", "suspended air strikes": the halt is the act
    if _expected_purpose(head):
        cand.absorbed = True  # (session 34) "is expected to travel to Namibia to deliver an apology": its aim too
    if any(_told_ahead(t) for t in chain):
        cand.absorbed = True  # (session 34) "she had been told she would be allowed to visit": what she heard
    if _order_on_condition(tok):
        cand.absorbed = True  # "police were told to arrest him if he did not surrender": no arrest told
    if cand.type == "MOBILIZE" and _unit_attacked(tok):
        cand.absorbed = True  # "shots were fired at police patrols": the patrol is who was attacked
    if _averted_harm(tok):
        cand.absorbed = True  # (session 34) "acted to prevent civil war": an aim, no party held back
    if _eased_trouble(tok) or _everyone_partner(tok) or _companion_travel(tok, cand) or _topic_of_case(tok):
        cand.absorbed = True  # "to ease the crisis", "we talk to everyone", "leaders travelling with him": no act told
    if pact_says(tok) or perfect_habit(tok) or expected_act(tok) or way_to_act(tok) or platform_gerund(tok) \
            or (cand.trigger.nominal and (pact_held(tok) or risked_act(tok))) \
            or (cand.type == "AID" and trade_share(tok)) or (cand.type == "ACCUSE" and charge_described(tok)) \
            or pleaded_deed(tok) or motive_phrase(tok) or charged_deed(tok) or pact_terms_told(tok):
        # (session 37) "a deal that will remove tariffs", "have repeatedly accused", "hoped Eritrea would
        # engage", "a way to ease the isolation", "campaigned on easing", "already has agreements with",
        # "risk arrest", "sends mainly fuel", "du Toit, accused of leading", "pleaded guilty to helping",
        # "closed it in solidarity with Azerbaijan"
        cand.absorbed = True
    # "if ..." clauses further up
    cur = head
    for _ in range(6):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _HYPO_MARK and not _approximation(c)
                                       for c in cur.children):
            cand.hypothetical = True
            if _onlooker_guess(cur.head) or _stakes_of_trial(cur, tok) or _condition_of(cur, tok):
                # "donors might hold back money if restrictions tightened, an analyst said": a condition
                # inside an onlooker's guess; "faces 20 years if convicted": the stakes of a trial;
                # (session 22) "vowed a blow if the US attacked", "threatened bombing unless Tehran
                # agreed a deal": what the condition names is no act of its own, the threat is
                cand.absorbed = True
            break
        if _pending_until(cur):
            cand.hypothetical = True  # "will not lift the embargo until China signs": a condition, not done
            if cur.i == tok.i and _backshifted_until(cur, cur.head):
                # (session 33) "said he would boycott the vote until Nkurunziza withdrew his candidacy":
                # the past tense reads as a deed told, yet the act is only what the refusal waits for
                # (the present "until Israel halts its offensive" stays, flagged, as judged right)
                cand.absorbed = True
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if tok.pos_ == "VERB" and aim_of_stopped_gathering(tok):
        cand.absorbed = True  # (session 33) "broke up a press conference they had called to denounce the reform"
    if tok.pos_ == "VERB" and task_of_body_to_come(tok):
        cand.absorbed = True  # (session 33) "promised to set up a commission to look into the killings"
    if cand.future and tok.pos_ == "NOUN" and _dated_past(tok):
        cand.future = False  # "agreed to pay victims of the 1984 massacre": a deed dated to a past year is no plan


# material acts whose perfect over years is a presence or a record (troops posted, money paid, wars
# fought); talks "mediated since 2011" are a process still going on, told as news
_STANDING_TYPES = frozenset({"MOBILIZE", "AID", "ASSAULT", "COERCE", "SANCTION"})

# adverbs of a guess: the act they qualify is only thought possible (session 20 W1)
# passives that give a thing its purpose ("were meant to pressure", "is designed to punish"): the aim
# of another act, which is coded on its own; the aim itself is no act told
_PURPOSED = frozenset({"mean", "intend", "design", "aim", "calculate"})
# measures whose lasting state is no new measure ("remain suspended"); "remained committed" stays a pledge
_MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})

_NEEDS = {"need", "require", "want", "lack"}

# (session 24) kinds of help and backing a "to" clause can give another act as its aim
_BENEFIT_TYPES = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE", "MOBILIZE"})
# (session 24) backing and strengthening verbs whose "to" clause only states what another act is for;
# giving, helping, protecting and greeting verbs are not among them: their clause is the act done and
# names who receives it ("offered troops to distribute supplies in Somalia", "called to congratulate
# him", "took up positions to protect civilians", all coded so in the gold)
_BACKING_AIMS = frozenset({"support", "back", "defend", "strengthen", "bolster", "reinforce", "boost", "sign"})


def _order_on_condition(tok: Token) -> bool:
    """(session 27) Whether the act is what a party was ordered or told to do only on a condition of
    its own ("police had been told to arrest him if he did not surrender"): the order, when its giver
    is named, is the act; the act ordered is not told as done, and may never be."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in _ORDERING:
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in tok.children)


# (session 34, helper c) verbs of being told something, in the passive ("she was told ...")
_TOLD = frozenset({"tell", "inform", "assure", "advise"})


def _told_ahead(verb: Token) -> bool:
    """(session 34, helper c) Whether a verb under "would"/"will" is what someone was told in the
    passive, with no teller named ("she said she had been told she would be allowed to visit her
    husband"): the content of a report of what was heard, neither a promise by a named party nor an
    act done. "Officials told her she would be allowed", with the teller named, is left alone."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or not any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in verb.children):
        return False
    told = verb.head
    return told.lemma_.lower() in _TOLD and told.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in told.children) and not any(c.dep_ == "agent" for c in told.children)


# verbs of attack whose object or "at"/"on" phrase names the ones attacked
_ATTACKING = frozenset({"fire", "shoot", "open", "attack", "ambush", "target", "hit", "shell", "strike", "storm"})


def _unit_attacked(tok: Token) -> bool:
    """(session 27) Whether a deployment noun names the unit attacked ("shots were fired at police
    patrols", "gunmen ambushed an army convoy"): the patrol is the target of the attack told, not a
    mobilisation told."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _ATTACKING - {"open", "fire"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon") \
        and tok.head.head.lemma_.lower() in _ATTACKING


def _bench_punished(verb: Token) -> bool:
    """Whether a court or judge is the one that jails or fines ("the court jailed him for defying its
    order"): like a sentence, a court's punishment finds the deed done, while police who arrest
    someone "for attacking a guard" only allege it."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    return any(d.lemma_.lower() in _BENCH for d in doers)


def _benefit_aim(tok: Token, event_type: str) -> bool:
    """Whether a backing verb is only the "to" purpose of another act ("soldiers would be deployed
    to support the police", "A$40 million to strengthen the island's police force", "formed a
    committee to defend the reservoir", "did not come to Doha to sign a blank page").

    Why (session 24, judged fresh news): the aim is what the doer says the act is for, and the act
    itself is coded on its own verb; judges marked such aims no event every time. Acts of force or
    demands done for a purpose stay ("sent jets to strike targets", "summoned the ambassador to
    demand an explanation"), and so does backing that is the object of a promise or a plan
    ("agreed to support", "plans to back"), a complement, not a purpose.
    """
    return event_type in _BENEFIT_TYPES and tok.pos_ == "VERB" and tok.dep_ == "advcl" \
        and tok.lemma_.lower() in _BACKING_AIMS \
        and _to_infinitive(tok) and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX")


# (session 35) nouns of hearsay whose "of" phrase names what was heard ("reports of arrests")
_HEARD_OF = frozenset({"report", "rumour", "rumor", "claim", "allegation"})


def _reported_of(tok: Token, verb: Token | None) -> bool:
    """(session 35) Whether the act is what a report, rumour or claim is "of" ("credible reports of
    opposition candidates being detained", "reports of restrictions on access to the internet"): only
    the hearing is told, the act is the report's unconfirmed content (the AG judges: no event). The
    noun itself or the "-ing"/past participle clause on its object is that content."""
    if verb is not None and verb.i != tok.i and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        tok = verb.head  # "reports of candidates | being detained": the noun the clause describes
    elif tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN"):
        tok = tok.head
    if tok.dep_ == "conj":
        tok = tok.head  # "reports of arrests and beatings"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    prep = tok.head
    if prep.dep_ == "conj" and prep.head.lower_ == "of":
        prep = prep.head  # "reports of pre-ticked ballots and of restrictions": a joined "of" phrase
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _HEARD_OF


def _expected_of(expect: Token) -> bool:
    """(session 34, helper c) Whether "expect" is the passive of an expectation ("Zuma was expected to
    host talks", "Medvedev is expected to visit Ashgabat later this month", "is expected to hand over
    power in October"): what others expect of the doer, no act he announced. Judges of every batch
    that met it (AE2, AF2, AG1, AG2, AH1, AH2) called the record no event, future flag or not. A
    denied expectation ("was not expected to attend") is left to the negation."""
    return expect.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in expect.children) \
        and not any(c.dep_ == "neg" for c in expect.children)


def _expected_purpose(verb: Token) -> bool:
    """(session 34, helper c) Whether a "to" purpose belongs to an act only expected ("is expected to
    travel to Namibia to deliver a formal apology"): the aim of an expected trip is expected too.
    (session 35) So is a participle clause hung on the expectation itself ("the line is expected to
    reach full capacity by 2015, most of it supplied by Kazakhstan"): a detail of what is foreseen."""
    if verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and verb.head.lemma_.lower() == "expect" \
            and _expected_of(verb.head) and any(c.dep_ == "xcomp" for c in verb.head.children):
        return True
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and not _to_infinitive(cur):
            return False
        cur = cur.head
        if cur.lemma_.lower() == "expect" and verb.dep_ == "advcl":
            return _expected_of(cur)
    return False


# (session 21) participles that put a noun's act on the calendar, and the words of a time still ahead
_SCHEDULED = frozenset({"expect", "schedule", "slate", "due"})
_AHEAD_TIMES = frozenset({"later", "next", "tomorrow", "coming", "soon", "upcoming"})


def _expected_ahead(noun: Token) -> bool:
    """Whether an act noun carries a participle that schedules it for a time still ahead ("a visit
    by a senior delegation, expected later this week", "talks scheduled for next month"): the parser
    may hang the participle on the last name of the noun's phrase, so any such participle inside
    the phrase counts, as long as no other verb stands between them."""
    for t in noun.subtree:
        if t.i <= noun.i or t.dep_ != "acl" or t.tag_ != "VBN" or t.lemma_.lower() not in _SCHEDULED:
            continue
        up = t.head
        while up.i != noun.i and (up.pos_ != "VERB" or up.dep_ == "acl") and up.head.i != up.i:
            up = up.head
        if up.i == noun.i and any(w.lower_ in _AHEAD_TIMES for w in t.subtree):
            return True
    # (the parser may hang the participle after the comma on the clause's verb instead: it still
    # describes the phrase that ends just before the comma)
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].tag_ == "VBN" \
            and doc[after + 1].dep_ in ("advcl", "acl") and doc[after + 1].lemma_.lower() in _SCHEDULED:
        return any(w.lower_ in _AHEAD_TIMES for w in doc[after + 1].subtree)
    return False


def _relative_present(verb: Token) -> bool:
    """Whether a verb trigger is a relative clause in the simple present on a noun ("a group that
    calls for Israel's destruction", "a government that refuses to commit to peace") or the
    infinitive of one: it says what the noun is or does as a rule, no act on an occasion; a
    dated or timed clause ("which today calls for ...") keeps its record. (The present perfect,
    "which has criticised the move", was tried: it took as many records judged right as wrong.)"""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else verb
    if clause.dep_ != "relcl":
        return False
    if clause.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("now", "today", "tonight")
                   for t in clause.subtree)


def _like_ones_before(noun: Token) -> bool:
    """Whether an act noun names acts like the one just told, made at no time said ("Tehran has
    made similar threats before without acting on them"): "similar" with a perfect or an
    "before" on the verb, and no date after it, recalls a kind of act, not one on an occasion."""
    if not any(c.dep_ == "amod" and c.lower_ in ("similar", "such") for c in noun.children) \
            or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if any(t.ent_type_ in ("DATE", "TIME") and t.i > verb.i for t in verb.subtree):
        return False  # "have made similar threats since late December": dated after all (a dateline is no date of it)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        or any(c.dep_ == "advmod" and c.lower_ in ("before", "previously") for c in verb.children)


def _done_at_last(verb: Token) -> bool:
    """(session 35) Whether a denied past verb is told as done at a date after all ("Guatemala did
    not recognise it until 1991", "did not free them until Friday"): "not ... until" a date dates
    the act, it does not deny it. Only a past "did not" with an "until" phrase naming a date; an
    "until" clause ("will not end the strike until the permits are corrected") is a condition."""
    if not any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") and any(
        o.ent_type_ == "DATE" or o.like_num for o in c.children if o.dep_ == "pobj") for c in verb.children)


# prepositions that set the scene of an act ("In a telephone call with Museveni, Kibaki pledged")
_SETTING_PREPS = frozenset({"in", "during", "at", "after", "following"})


def _setting_of(tok: Token, verb: Token) -> bool:
    """(session 45) Whether a noun trigger is the scene the verb's act was made in ("In a telephone
    call with Museveni, Kibaki pledged to send aid"): the call happened; only the pledge is ahead."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _SETTING_PREPS and prep.head.i == verb.i \
        and prep.i < verb.i


# (session 62) Nouns of a state's own people abroad, whom its government advises or helps.
_NATIONALS = frozenset({"citizen", "national", "traveller", "traveler", "tourist", "expatriate"})


def _own_nationals(cand: Candidate) -> bool:
    """(session 62) "The State Department urged U.S. citizens to leave Iraq", "the Foreign Office
    said it was supporting British nationals and their families": a government's advice or help
    to its own people abroad is care for its public, not an act toward another party (the
    judges of batches CX2, CZ and DD called such records no event)."""
    states = {a.country for a in cand.source}
    if len(states) != 1 or None in states or not cand.target \
            or not all(a.sector == "GOV" for a in cand.source):
        return False
    return all(a.country in states and a.sector == "CVL" and a.text.split()[-1].lower().rstrip("s") in _NATIONALS
               for a in cand.target)
