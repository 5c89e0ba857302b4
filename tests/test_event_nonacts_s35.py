"""Records of acts that were not done (session 35, helper f, from batch AI's "no event" verdicts):
votes told as results, backers named in a participle, opinions of onlookers and private people,
purposes, schedules, indirect questions, practices of successive governments, records described
and non-acts over years. Sentences our own."""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_party_votes_in_a_division_are_a_tally(nlp):
    """``event_ballots.division_tally``: parties, members or places voting against."""
    assert not code_events(nlp, "All four opposition parties voted against the budget on Tuesday.")
    assert not code_events(nlp, "The Greens, led by Ana Ruiz, also voted against.")
    assert not code_events(nlp, "Rural provinces and the city of Cusco voted against, while the south voted in favour.")


def test_a_body_or_state_voting_against_a_named_measure_keeps_its_record(nlp):
    text = "Parliament voted against the government's austerity package on Wednesday."
    assert events_of(nlp, text, "REJECT")
    text = "The United States and Israel voted against the resolution in the General Assembly on Friday."
    assert events_of(nlp, text, "REJECT")
    # states voting against with nothing named: AD judged it an act, AH and AJ (later) a vote
    # result; session 38 follows the later batches
    assert not events_of(nlp, "Only Chad and Niger voted against.", "REJECT")


def test_what_voters_chose_is_a_referendum_result(nlp):
    """``event_ballots.electorate_choice``: voters, shares of voters, a people voting."""
    assert not code_events(nlp, "In 2005, Dutch voters rejected the European constitution.")
    text = "Officials said 61.2 percent of voters backed the new charter in Sunday's referendum."
    assert not events_of(nlp, text, "SUPPORT")
    text = "The amendment was backed by 52 percent of voters in the referendum, against 48 percent who opposed it."
    assert not events_of(nlp, text, "SUPPORT") and not events_of(nlp, text, "REJECT")
    text = "Kenyans voted to send the border dispute with Somalia to the International Court of Justice."
    assert not code_events(nlp, text)


def test_bodies_that_vote_and_crowds_of_voters_keep_their_acts(nlp):
    assert events_of(nlp, "The European Union voted to impose tariffs on Chinese steel.", "SANCTION")
    assert events_of(nlp, "Lawmakers voted to oust President Ruiz on Tuesday.", "COERCE")
    assert events_of(nlp, "Angry voters protested outside the electoral commission in Nairobi on Monday.", "PROTEST")


def test_a_ballot_gives_nothing(nlp):
    """``event_ballots.ballot_gives``: "elections would give voters the last word"."""
    text = "Elections due in March would give voters the final say, the opposition leader said."
    assert not events_of(nlp, text, "AGREE")


def test_a_share_of_the_public_backing_is_a_mood(nlp):
    """``event_ballots.public_mood``: "most residents supported the policies"."""
    assert not code_events(nlp, "A teacher said most residents supported the president's policies.")
    assert events_of(nlp, "Residents of Goma supported the rebels with food, officials said.", "SUPPORT")


def test_backer_named_in_a_participle_describes_its_noun(nlp):
    """``event_generics.backer_described``: "the Front, backed by the former president"."""
    text = "The Liberty Front, backed by former President Omar Sall, also won seats."
    assert not events_of(nlp, text, "SUPPORT")
    text = "Police backed by armoured vehicles and a helicopter stormed the slum."
    assert not events_of(nlp, text, "AID") and events_of(nlp, text, "ASSAULT")
    assert events_of(nlp, "Rwanda backed the rebels who seized Goma.", "AID")
    # session 24's near miss: a named backer of a force told with its deed
    assert events_of(nlp, "The militia backed by Burundi attacked the town.", "AID") \
        or events_of(nlp, "The militia backed by Burundi attacked the town.", "SUPPORT")
    text = "Iraqi government forces backed by U.S.-led coalition air strikes recaptured the town of Hit on Tuesday."
    assert events_of(nlp, text, "AID")  # help given in the act itself


def test_onlooker_quoted_over_two_sentences(nlp):
    """``event_generics._opened_before``: the quotation opened a sentence before the act."""
    text = ('Ana Ruiz, an analyst at a policy institute in Lima, said both sides could claim victory. '
            '"Quito keeps its dam, Lima keeps its pride. The real test is whether Peru can persuade the '
            'farmers to lift the blockade," she said.')
    assert not code_events(nlp, text)


def test_private_calling_quoted_in_the_present_is_an_opinion(nlp):
    """``event_generics._private_calling``: a baker's reading of the labour market."""
    text = ('In Cuenca, baker Rosa Mena said she had voted yes. '
            '"Young people here cannot find work because foreign workers accept less," she said.')
    assert not code_events(nlp, text)
    text = ('In Cuenca, baker Rosa Mena said she saw the clashes. '
            '"Soldiers fired at the crowd and arrested my brother," she said.')
    assert events_of(nlp, text, "ASSAULT") or events_of(nlp, text, "COERCE")


def test_purpose_of_a_hiring_is_no_act(nlp):
    """``event_asides.hired_purpose``."""
    text = "The ruling party had hired a U.S. law firm to lobby the State Department over the case."
    assert not events_of(nlp, text, "REQUEST")
    assert events_of(nlp, "The ruling party lobbied the State Department over the case on Monday.", "REQUEST")


def test_step_scheduled_in_a_relative_clause(nlp):
    """``event_asides.relative_schedule``: "Silva, who will now consult the parties"."""
    text = "President Ana Silva, who will now consult the parties, may call early elections."
    assert not events_of(nlp, text, "AGREE") and not events_of(nlp, text, "CONSULT")
    assert [e for e in code_events(nlp, "President Ana Silva said she will consult the parties on Monday.") if e.future]


def test_how_clause_watched_is_no_act(nlp):
    """``event_asides.indirect_question``."""
    text = "Ruiz said his party would watch closely how the government prepared its case against Peru."
    assert not events_of(nlp, text, "ACCUSE")


def test_successive_governments_is_a_practice(nlp):
    """``event_asides.successive_doers``."""
    text = "Successive governments have sought foreign aid for coastal defences."
    assert not events_of(nlp, text, "REQUEST")
    assert events_of(nlp, "The government sought foreign aid for coastal defences on Monday.", "REQUEST")


def test_record_described_by_a_superlative(nlp):
    """``event_asides.described_record``."""
    assert not code_events(nlp, "The $2 billion refinery is the largest foreign investment in Ghana's history.")


def test_act_not_done_for_years_is_a_standing_state(nlp):
    """``event_generics._since_years`` on the light verb of an act noun."""
    assert not code_events(nlp, "Tonga has not carried out an execution since 1982.")
    assert events_of(nlp, "Tonga carried out an execution on Monday.", "ASSAULT")
    assert events_of(nlp, "Washington has maintained the embargo on Havana since 1962.", "SANCTION")


def test_request_only_answered_is_told_before(nlp):
    """``event_asides.answered_request``: "comply with the court's call", "handling of a request"; a
    request spelt out by its own clause keeps its record (``test_the_one_who_complies_with_a_request_is_its_target``)."""
    text = "Foreign Minister Ana Ruiz said Peru would comply with the tribunal's call for joint monitoring."
    assert not events_of(nlp, text, "REQUEST")
    text = "The government defended its handling of a Spanish extradition request on Monday."
    assert not events_of(nlp, text, "REQUEST")
    text = "Spain lodged an extradition request with Peru on Monday."
    assert events_of(nlp, text, "REQUEST")


def test_deed_praised_is_the_reason_not_the_news(nlp):
    """``event_asides.judged_deed``: "commended Masisi for accepting the outcome"."""
    text = "The AU chairperson commended President Ruiz for accepting the outcome promptly."
    assert events_of(nlp, text, "SUPPORT") and not events_of(nlp, text, "CONCEDE")
    assert events_of(nlp, "President Ruiz accepted the outcome on Friday.", "CONCEDE")


def test_patrol_naming_the_reporters_of_calm(nlp):
    """``event_asides.reporters_on_duty``: "troops patrolling the area reported no incidents"."""
    text = "Rangers and army troops patrolling the Coco river area reported no incidents on voting day, officials said."
    assert not events_of(nlp, text, "MOBILIZE")
    text = "Army troops were patrolling the Coco river area and reported no incidents."
    assert events_of(nlp, text, "MOBILIZE")
