"""Records of acts that did not happen (session 34, helper c, from batch AH's "no event" verdicts):
expectations, help or ties suspended or excepted, standing states told by a relative clause or a
"with" phrase, papers described by what they say, "help" before a verb of dealing, a body described
as backed, and hope given. Sentences our own."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_expected_to_is_no_act(nlp):
    """``event_flags._expected_of``: "was expected to host talks", "is expected to visit"."""
    text = "Prime Minister Ana Ruiz was expected to host talks with the rebel leaders in Lima on Friday."
    assert not code_events(nlp, text)
    assert not code_events(nlp, "President Ruiz is expected to visit Brazil later this month.")
    # (``_expected_purpose``) the aim of an expected trip is expected too
    text = "President Ruiz is expected to travel to Chile to deliver a formal apology, officials said."
    assert not code_events(nlp, text)


def test_own_announced_plan_keeps_its_record(nlp):
    text = "Ruiz said she would host talks with the rebel leaders in Lima on Friday."
    assert [e for e in code_events(nlp, text) if e.future]


def test_help_suspended_or_excepted_is_no_help(nlp):
    """``event_senses.held_back_act`` / ``_excepted``: the suspension is the act (SANCTION)."""
    text = "Canada suspended military cooperation with Mali and froze some aid programmes on Tuesday."
    assert events_of(nlp, text, "SANCTION")
    assert not events_of(nlp, text, "AID") and not events_of(nlp, text, "COOPERATE")
    text = "Japan suspended its cooperation with Niger except for humanitarian aid."
    assert events_of(nlp, text, "SANCTION") and not events_of(nlp, text, "AID")


def test_ties_a_party_has_are_a_standing_state(nlp):
    """``event_generics.ties_held``: "states with diplomatic ties to Taiwan"."""
    text = "Eswatini, one of the few African states with diplomatic ties to Taiwan, hosted the summit on Monday."
    assert not events_of(nlp, text, "COOPERATE")
    assert events_of(nlp, text, "CONSULT")


def test_present_relative_clause_describes_its_antecedent(nlp):
    """``event_generics.described_by_relative``: "a country that supplies electricity to Togo"."""
    assert not events_of(nlp, "Ghana, a country that supplies electricity to Togo, held elections on Sunday.", "AID")
    assert events_of(nlp, "Ghana supplied electricity to Togo on Sunday after a blackout.", "AID")


def test_manifesto_calling_for_is_what_it_says(nlp):
    """``event_generics.paper_says``: "a manifesto calling for free elections"."""
    text = "The poet, who was arrested in 2009, helped write a manifesto calling for free elections."
    assert not events_of(nlp, text, "REQUEST")
    assert events_of(nlp, text, "COERCE")


def test_help_before_a_verb_of_dealing_is_no_aid(nlp):
    """``event_senses._helped_deal``: "helped negotiate the release"; "helped the victims" stays."""
    text = "In 2001 Norway helped negotiate the release of the hostages held by the rebels in Colombia."
    assert not events_of(nlp, text, "AID")
    assert events_of(nlp, text, "CONSULT")
    assert events_of(nlp, "Japan helped the flood victims in Pakistan on Monday.", "AID")


def test_backed_body_is_described_not_backed(nlp):
    """``event_nominal.hyphenated``: "the U.N.-backed Special Tribunal", with no backed party or act."""
    text = "The U.N.-backed Special Tribunal for Lebanon charged the former commander with murder on Monday."
    assert not events_of(nlp, text, "SUPPORT")
    assert events_of(nlp, text, "ACCUSE")


def test_hope_given_is_no_gift(nlp):
    """``event_senses._STANDINGS``: "will give hope to many people"."""
    text = ('"This decision will make Beijing very angry, but it will also give hope to many people in China," '
            'said Li Wen, a student in Oslo.')
    assert not events_of(nlp, text, "AGREE") and not events_of(nlp, text, "AID")


def test_unclear_whether_hung_on_the_copula_is_open(nlp):
    """``event_conditions._open_question``: "It was unclear whether he would be allowed to travel"."""
    text = "It was unclear whether the opposition leader would be allowed to travel to Geneva."
    assert not code_events(nlp, text)


def test_what_one_was_told_is_no_promise(nlp):
    """``event_flags._told_ahead``: "she had been told she would be allowed to visit"; a named teller stays."""
    text = ("Police were stationed outside the Beijing apartment of the dissident's wife, Wang Lan, who said she "
            "had been told she would be allowed to visit her husband at a prison in Liaoning.")
    assert not events_of(nlp, text, "AGREE") and events_of(nlp, text, "MOBILIZE")
    assert events_of(nlp, "Officials told the editor's wife on Monday that Iran would allow her to visit him.", "AGREE")


def test_years_spent_under_arrest_are_a_state(nlp):
    """``event_generics.time_spent_under``: "has spent most of the past two decades under house arrest"."""
    assert not code_events(nlp, "Aung San Suu Kyi has spent most of the past two decades under house arrest.")


def test_investment_stepped_up_in_the_present_is_a_trend(nlp):
    """``event_generics.raised_in_present``; a dated rise ("increased ... on Monday") stays."""
    assert not code_events(nlp, "The tour comes as China steps up investment in Africa's mines and ports.")
    assert events_of(nlp, "China increased its investment in Zambia on Monday with a $2 billion deal.", "COOPERATE")


def test_deal_still_being_negotiated_is_not_reached(nlp):
    """``event_generics.pact_in_making``: "under a peace deal being negotiated in Accra"."""
    text = "The rebels will disarm under a peace deal being negotiated in Accra."
    assert all(e.trigger != "deal" for e in code_events(nlp, text))


def test_firm_cutting_its_purchases_is_no_sanction(nlp):
    """``event_nonparties.routine_dealings`` (``_FIRM_VOLUMES``); aid cut stays a sanction."""
    text = "Turkmenistan blamed Gazprom, which had sharply cut purchases as European demand fell."
    assert not events_of(nlp, text, "SANCTION") and events_of(nlp, text, "ACCUSE")
    assert events_of(nlp, "The United States cut aid to Egypt on Monday.", "SANCTION")
