"""Who is, and who is not, an event's party.  Pronouns and speakers: object pronouns find their own
antecedent, "I" and "he" in a quote are the speaker, a possessive pronoun in a list owns like its
first noun, a deal "reached with" or "struck with" someone has the speaker as party, the one
warned is the "it" of the warning's condition, a generic "you" under a condition does nothing.
Phrases that are no target or doer: "anti-X", "his critics", "on behalf of", absolute clauses,
time spans, references, inverted attributions, the victims of a charged crime and a state's own
forces; named victims keep the place out, a stance on a deed is aimed at its author, and a
relative clause with its own subject is done by that subject."""

from event_helpers import code_events, code_events as _events, events_of, events_of as _of, states_of


def _by_trigger(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def _codes(actors):
    return [a.code for a in actors]


def _texts(actors):
    return {a.text for a in actors}


def test_a_states_own_forces_are_not_the_target_of_its_attacks(nlp):
    text = "Egypt began supporting the army of Libya, providing airstrikes with the Egyptian Air Force."
    for e in code_events(nlp, text):
        if e.type in ("ASSAULT", "AID"):
            assert not any((a.code or "").startswith("EGY") for a in e.target), e
    rebels = events_of(nlp, "Syrian rebels clashed with Syrian troops near Idlib.", "ASSAULT")
    assert rebels and any((a.code or "") == "SYRMIL" for a in rebels[0].target)


def test_the_one_warned_is_it_in_the_warnings_condition(nlp):
    text = "The EU warned Turkey it would face sanctions if it invaded Cyprus."
    # (session 22) the invasion in the condition is no act of its own: the warning aimed at Turkey is
    assert not [e for e in code_events(nlp, text) if e.trigger == "invaded"]
    warned = events_of(nlp, text, "THREATEN")
    assert warned and states_of(warned[0].source) == {"EUR"} and states_of(warned[0].target) == {"TUR"}


def test_a_pact_struck_with_a_party_is_the_speakers(nlp):
    text = "The Malian government said an accord had been struck with the Tuareg rebels."
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and states_of(agreed[0].source) == {"MLI"}


def test_deal_reached_with_another_has_the_speaker_as_party(nlp):
    text = "The Kurdish militia said an agreement has been reached with the Turkish government."
    found = [e for e in _by_trigger(nlp, text, "reached") if e.type == "AGREE"]
    assert found and "TUR" in states_of(found[0].target)
    assert found[0].source, "the speaker is the other party to the deal"
    # without a speaker, nobody is made up
    bare = [e for e in _by_trigger(nlp, "An agreement was reached with Iran.", "reached") if e.type == "AGREE"]
    assert all(not e.source for e in bare)


def test_possessive_pronoun_in_a_list_owns_like_the_first_noun(nlp):
    text = ("In the letter, Pompeo cited the Cuban government's repression of the Cuban people and its "
            "support for Nicolas Maduro in Venezuela.")
    support = [e for e in _by_trigger(nlp, text, "support") if e.type == "SUPPORT"]
    assert support and states_of(support[0].source) == {"CUB"}


def test_speakers_own_he_is_not_an_earlier_official(nlp):
    text = "The Polish president was attacked on stage. The attacker claimed he had been wrongfully imprisoned."
    assert [e for e in _by_trigger(nlp, text, "attacked") if "POL" in states_of(e.target)]
    assert all("POL" not in states_of(e.target) for e in _by_trigger(nlp, text, "imprisoned"))


def test_generic_you_under_a_condition_is_hypothetical(nlp):
    text = "If you had a neighbour who treated you badly, you go and ask Anubis for help."
    asked = _by_trigger(nlp, text, "ask")
    assert asked and all(e.hypothetical for e in asked)
    plain = _by_trigger(nlp, "Peru asked Chile for help after the floods.", "asked")
    assert plain and not plain[0].hypothetical


def test_state_name_misparsed_before_a_past_verb_is_the_doer(nlp):
    found = [e for e in _by_trigger(nlp, "Azerbaijan massed tanks along the border.", "massed")
             if e.type == "MOBILIZE"]
    assert found and states_of(found[0].source) == {"AZE"}


def test_released_them_means_the_detained(nlp):
    text = "Police arrested five activists in Cairo on Monday and released them on Tuesday."
    release = _by_trigger(nlp, text, "released")
    assert release
    assert "EGYCOP" not in _codes(release[0].target)
    # the detained, named again or by the pronoun resolved to them (session 22: an object
    # pronoun is not the subject of the verb joined to its own, so "them" is the activists)
    assert "five activists" in _texts(release[0].target) or "EGYCVL" in _codes(release[0].target)


def test_pronoun_object_across_sentences(nlp):
    text = "The Egyptian police detained the activists. They released them a day later."
    release = _by_trigger(nlp, text, "released")
    assert release and _codes(release[0].target) == ["EGYCVL"]


def test_allowed_them_finds_the_fishermen(nlp):
    text = "The Sri Lankan navy detained twelve Indian fishermen but later allowed them to return home."
    allowed = _by_trigger(nlp, text, "allowed")
    assert allowed and _codes(allowed[0].target) == ["INDAGR"]  # fishing is the farm sector (AGR)


def test_anti_prefix_is_not_the_doer(nlp):
    attack = _by_trigger(nlp, "An anti-Houthi coalition attacked the Houthis.", "attacked")
    assert attack
    assert not attack[0].source  # the coalition is nobody we can code, and surely not the Houthis
    assert "Houthis" in _texts(attack[0].target)


def test_anti_prefix_does_not_lend_the_clause_subject(nlp):
    text = "Iran backs the rebels. The port is home to an anti-Houthi coalition fighting the Houthis."
    fighting = _by_trigger(nlp, text, "fighting")
    assert all(not ({"IRN", "YEMREB"} & set(_codes(e.source))) for e in fighting)


def test_them_is_the_nearest_plural_noun(nlp):
    text = ("Two Kenyan scientists and their students said the lava would feed the microbes by "
            "supplying them with iron.")
    supply = _by_trigger(nlp, text, "supplying")
    assert all("KEN" not in _codes(e.target) for e in supply)


def test_critics_are_not_their_target(nlp):
    marched = _by_trigger(nlp, "Maduro's opponents marched in Caracas against the Venezuelan government.", "marched")
    assert marched and "the Venezuelan government" in _texts(marched[0].target)
    assert "VENGOV" not in _codes(marched[0].source)
    condemned = _by_trigger(nlp, "Erdogan's critics condemned the arrests of journalists in Turkey.", "condemned")
    assert condemned and "TURGOV" not in _codes(condemned[0].source)


def test_first_person_is_the_speaker_not_the_last_subject(nlp):
    text = 'The Iraqi army made the biggest mistake. "I support the president of Syria," Senator John Smith said.'
    support = _by_trigger(nlp, text, "support")
    assert support and "IRQMIL" not in _codes(support[0].source)
    assert "Senator John Smith" in _texts(support[0].source)


def test_on_behalf_of_is_no_target(nlp):
    text = "The Kenyan senator filed a lawsuit against the governor of Nairobi on behalf of the Kenyan Senate."
    suit = _by_trigger(nlp, text, "lawsuit")
    assert suit and "KENLEG" not in _codes(suit[0].target)


def test_absolute_with_clause_is_no_target(nlp):
    text = ("Texas Governor Greg Abbott declared a state of emergency in anticipation of the riots, with "
            "Oklahoma Governor Kevin Stitt following suit.")
    emergency = [e for e in _events(nlp, text) if e.type == "COERCE"]
    assert emergency and "Texas Governor Greg Abbott" in _texts(emergency[0].source)
    assert not any("Stitt" in a.text for a in emergency[0].target)


def test_time_span_of_protests_is_not_the_shooters_protest(nlp):
    text = "For the first time in three weeks of protests in Santiago, the Chilean army fired at students."
    protests = _by_trigger(nlp, text, "protests")
    assert all("CHLMIL" not in _codes(e.source) for e in protests)


def test_referring_to_protests_is_not_protesting(nlp):
    text = "The Peruvian government keeps referring to the protests as riots."
    protests = _by_trigger(nlp, text, "protests")
    assert all("PERGOV" not in _codes(e.source) for e in protests)


def test_assurances_from_a_state_come_from_it(nlp):
    text = "The Kurdish militia said it was given assurances from the United States."
    given = _by_trigger(nlp, text, "given")
    assert all("USA" not in _codes(e.target) for e in given)


def test_him_is_the_detained_person_not_the_police(nlp):
    text = "Kenyan police detained the Ugandan opposition leader Samuel Okello and later released him."
    release = _by_trigger(nlp, text, "released")
    assert release and "KENCOP" not in _codes(release[0].target)
    assert "UGAOPP" in _codes(release[0].target)


def test_her_inside_a_quote_is_not_the_speaker(nlp):
    text = 'Jane Okoth told the Kenyan paper, "All we need to do is ask her to come back."'
    for e in _by_trigger(nlp, text, "ask"):
        assert "Jane Okoth" not in _texts(e.target)


def test_what_is_cited_as_preventing_does_the_preventing(nlp):
    text = "The Kenyan president cited a ruling of the Kenyan Supreme Court as preventing him from signing the bill."
    prevent = _by_trigger(nlp, text, "preventing")
    assert prevent and _codes(prevent[0].source) == ["KENJUD"]


def test_an_act_barred_is_no_record(nlp):
    # (session 32) the act barred is the ban's content and no longer a record of its own
    assert not _by_trigger(nlp, "Kenya banned the Ugandan minister from visiting Nairobi.", "visiting")


def test_capital_as_place_is_the_state(nlp):
    text = "Rebels fired rockets at positions near Kabul on Sunday."
    attacks = events_of(nlp, text, "ASSAULT")
    assert attacks
    assert "AFGGOV" not in _codes(attacks[0].target)
    assert "AFG" in _codes(attacks[0].target)


def test_named_victims_keep_the_place_out(nlp):
    text = "Police said the suspect Ahmed Karimi stabbed several people at a market in Kabul on Sunday."
    for e in events_of(nlp, text, "ASSAULT"):
        assert not {"AFG", "AFGGOV"} & set(_codes(e.target))


def test_stance_on_a_deed_targets_its_author(nlp):
    text = "The minister attacked the annexation of Crimea as Russian territory by the President of Russia."
    attacked = [e for e in code_events(nlp, text) if e.trigger == "attacked"]
    assert attacked
    assert _codes(attacked[0].target) == ["RUSGOV"]
    assert "UKR" not in _codes(attacked[0].target)


def test_relative_clause_has_its_own_subject(nlp):
    text = "The rebels held captured Syrian soldiers which, officials said, Turkey has refused to take back."
    refused = [e for e in code_events(nlp, text) if e.trigger == "refused"]
    assert refused
    assert _codes(refused[0].source) == ["TUR"]


def test_people_named_but_not_coded_are_the_civilians_of_the_place(nlp):
    e = events_of(nlp, "A gunman stabbed several people in Paris on Friday.", "ASSAULT")[0]
    assert [(a.text, a.code) for a in e.target] == [("several people", "FRACVL")]
    e = events_of(nlp, "Rebels killed twelve civilians in Mali.", "ASSAULT")[0]
    assert [a.code for a in e.target] == ["MLICVL"]


def test_inverted_attribution_is_no_target(nlp):
    text = "Gunmen attacked a police station in Kabul on Sunday, killing four officers, reported officials."
    attacks = [e for e in code_events(nlp, text) if e.trigger == "attacked"]
    assert attacks and not any(a.text == "officials" for a in attacks[0].target)


def test_the_victims_of_a_charged_crime_are_no_target(nlp):
    charged = [e for e in _of(nlp, "France charged the bomber with terrorism against Jews.", "ACCUSE")
               if e.trigger == "charged"]
    assert charged and not charged[0].target
