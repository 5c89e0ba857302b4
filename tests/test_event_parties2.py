"""Round six on real news: one mention is never both sides, object pronouns find their own
antecedent, "anti-X" and "his critics" do not make X the doer, principals and absolute clauses
are no targets, time spans and references do not pass an event to the subject (our sentences)."""

from event_helpers import code_events as _events


def _by_trigger(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def _codes(actors):
    return [a.code for a in actors]


def _texts(actors):
    return {a.text for a in actors}


def test_released_them_means_the_detained(nlp):
    text = "Police arrested five activists in Cairo on Monday and released them on Tuesday."
    release = _by_trigger(nlp, text, "released")
    assert release
    assert "EGYCOP" not in _codes(release[0].target)
    assert "five activists" in _texts(release[0].target)


def test_pronoun_object_across_sentences(nlp):
    text = "The Egyptian police detained the activists. They released them a day later."
    release = _by_trigger(nlp, text, "released")
    assert release and _codes(release[0].target) == ["EGYCVL"]


def test_allowed_them_finds_the_fishermen(nlp):
    text = "The Sri Lankan navy detained twelve Indian fishermen but later allowed them to return home."
    allowed = _by_trigger(nlp, text, "allowed")
    assert allowed and _codes(allowed[0].target) == ["IND"]


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


def test_the_one_barred_from_an_act_is_its_doer(nlp):
    visit = _by_trigger(nlp, "Kenya banned the Ugandan minister from visiting Nairobi.", "visiting")
    assert visit and _codes(visit[0].source) == ["UGAGOV"]
