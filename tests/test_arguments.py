"""Argument phrases: what a reader sees marked around each event's trigger."""

from __future__ import annotations

import pytest

from dyads.arguments import add_argument_spans, is_reciprocal, participant_spans
from dyads.model import Event
from event_helpers import event_at, spans_at


def _phrases(doc, event: Event) -> tuple[list[str], list[str]]:
    text = doc.text
    return [text[s:e] for s, e in event.source_spans], [text[s:e] for s, e in event.target_spans]


_spans = spans_at


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("On Thursday, the German government rejected a request by Mr. Erdogan to hold a rally.",
         "rejected", ["the German government"], ["a request by Mr. Erdogan"]),
        ("Iraqi troops launched an assault on the last ISIS group bastion in the country on Thursday.",
         "assault", ["Iraqi troops"], ["the last ISIS group bastion in the country"]),
        ("The missiles fired by the Israeli military struck an arms depot of the Syrian army after midnight.",
         "struck", ["The missiles fired by the Israeli military"], ["an arms depot of the Syrian army"]),
        ("In September, a car bomb killed another ethnic Chechen who had fought on the Ukrainian side.",
         "killed", ["a car bomb"], ["another ethnic Chechen"]),
        ("The opposition leader was arrested by Turkish police in Ankara.",
         "arrested", ["Turkish police"], ["The opposition leader"]),
    ],
)
def test_phrases_follow_the_gold_conventions(nlp, text, trigger, source, target):
    doc = nlp(text)
    event = event_at(doc, trigger)
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (source, target)


def test_coordinated_targets_are_separate_phrases(nlp):
    doc = nlp("China has imposed sanctions on Mike Pompeo, Alex Azar, and Steve Bannon.")
    event = event_at(doc, "imposed", ["China"], ["Mike Pompeo"], type_="SANCTION")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["China"], ["Mike Pompeo", "Alex Azar", "Steve Bannon"])


def test_reciprocal_talks_put_both_parties_on_both_sides(nlp):
    doc = nlp("The British Prime Minister Theresa May has held talks with the Irish premier Leo Varadkar.")
    event = event_at(doc, "talks", ["Theresa May"], ["Leo Varadkar"], type_="CONSULT")
    add_argument_spans(doc, [event])
    phrases = ["The British Prime Minister Theresa May", "the Irish premier Leo Varadkar"]
    assert _phrases(doc, event) == (phrases, phrases)
    assert is_reciprocal(event)
    assert [(r, doc.text[s:e]) for r, s, e in participant_spans([event])] == [("R", p) for p in phrases]


def test_joint_subject_of_an_agreement_is_one_phrase(nlp):
    doc = nlp("The United Kingdom and the European Union have agreed a trade agreement.")
    event = event_at(doc, "agreed", ["United Kingdom", "European Union"], type_="AGREE")
    add_argument_spans(doc, [event])
    assert [(r, doc.text[s:e]) for r, s, e in participant_spans([event])] == [
        ("R", "The United Kingdom and the European Union")
    ]


def test_phrase_contains_the_events_actor(nlp):
    # The parse has no subject for "killed"; the actor found by the events stage supplies it.
    doc = nlp("Nigerian Air Force (NAF) says it has killed several Boko Haram terrorists.")
    event = event_at(doc, "killed", ["Nigerian Air Force"], type_="ASSAULT")
    add_argument_spans(doc, [event])
    source, target = _phrases(doc, event)
    assert any("Nigerian Air Force" in s for s in source)
    assert target == ["several Boko Haram terrorists"]


def test_idempotent_and_offsets_point_into_the_text(nlp):
    doc = nlp("Russia vetoed a UN draft resolution presented by Britain.")
    event = event_at(doc, "vetoed", ["Russia"], type_="REJECT")
    add_argument_spans(doc, [event])
    first = (list(event.source_spans), list(event.target_spans))
    add_argument_spans(doc, [event])
    assert (event.source_spans, event.target_spans) == first
    assert _phrases(doc, event) == (["Russia"], ["a UN draft resolution presented by Britain"])


def test_participant_spans_roles_without_the_model():
    plain = Event(10, 16, "struck", "ASSAULT", 0, source_spans=[[0, 9]], target_spans=[[17, 30]])
    talks = Event(40, 45, "talks", "CONSULT", 1, source_spans=[[31, 36], [50, 60]],
                  target_spans=[[31, 36], [50, 60]])
    assert participant_spans([plain, talks]) == [("S", 0, 9), ("T", 17, 30), ("R", 31, 36), ("R", 50, 60)]
    assert participant_spans([]) == []
    assert not is_reciprocal(plain) and is_reciprocal(talks)


def test_trigger_outside_the_doc_leaves_spans_empty(nlp):
    doc = nlp("Talks went on.")
    event = Event(500, 505, "talks", "CONSULT", 0, source_spans=[[0, 1]])
    add_argument_spans(doc, [event])
    assert event.source_spans == [] and event.target_spans == []


def test_phrases_follow_the_roles_the_events_stage_gave(nlp):
    # "at the request of Trudeau": Trudeau asked, whatever slot the parse gives him
    doc = nlp("She did so at the request of Justin Trudeau.")
    event = event_at(doc, "request", ["Justin Trudeau"], type_="REQUEST")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["Justin Trudeau"], [])


def test_joint_subject_agreeing_to_do_something_is_reciprocal(nlp):
    doc = nlp("Britain and Germany have agreed to share information on company ownership.")
    event = event_at(doc, "agreed", ["Britain", "Germany"], type_="AGREE")
    add_argument_spans(doc, [event])
    assert [(r, doc.text[s:e]) for r, s, e in participant_spans([event])] == [("R", "Britain and Germany")]


def test_an_actor_with_its_determiner_gives_the_whole_phrase(nlp):
    # The events stage may hand over "the OPCW" (determiner included) in "the OPCW visit":
    # the phrase is the noun phrase it modifies, never the bare "the".
    doc = nlp("Syria welcomed the OPCW visit on Monday.")
    event = event_at(doc, "welcomed", ["Syria"], ["the OPCW"], type_="SUPPORT")
    add_argument_spans(doc, [event])
    _, target = _phrases(doc, event)
    assert target and all(t.strip().lower() != "the" for t in target)
    assert any("OPCW" in t for t in target)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a capital after a person only says where the event happened
        ("Germany summoned the Egyptian ambassador in Berlin on Monday.",
         "summoned", ["Germany"], ["the Egyptian ambassador"]),
        # a denial answers whoever made the claim
        ("The ministry denied charges by opposition lawmakers that it had hidden the report.",
         "denied", ["The ministry"], ["opposition lawmakers"]),
        ("The court rejected accusations by the United States of fraud.",
         "rejected", ["The court"], ["the United States"]),
        # a measure or dealing is looked through to the party it names
        ("Egypt lifted its blockade of Libya.", "lifted", ["Egypt"], ["Libya"]),
        ("The police shared evidence with their Kenyan counterparts.",
         "shared", ["The police"], ["their Kenyan counterparts"]),
        ("The president declared a state of emergency in Kenya.",
         "declared", ["The president"], ["Kenya"]),
        # a sum of money is never the target: whoever receives it is
        ("Japan lent $2 billion to Vietnam last year.", "lent", ["Japan"], ["Vietnam"]),
        ("Canada provided 5 million dollars to help Haiti rebuild.", "provided", ["Canada"], ["Haiti"]),
    ],
)
def test_targets_name_the_party_not_the_matter(nlp, text, trigger, source, target):
    doc = nlp(text)
    event = event_at(doc, trigger)
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (source, target)


def test_a_measure_without_a_named_party_stays_whole(nlp):
    doc = nlp("The government rejected a request by the union.")
    event = event_at(doc, "rejected", type_="REJECT")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["The government"], ["a request by the union"])


def test_parties_of_named_states_are_separate_phrases(nlp):
    doc = nlp("Sweden sent condolences to Norwegian people and Norwegian officials.")
    event = event_at(doc, "sent", ["Sweden"], type_="SUPPORT")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["Sweden"], ["Norwegian people", "Norwegian officials"])


def test_a_pronoun_actor_does_not_replace_the_speaker(nlp):
    # the events stage may hand over "he"; the parse already says whom it stands for
    doc = nlp("Fidel Castro announces that he is resigning as president.")
    event = event_at(doc, "resigning", ["he"], type_="RETREAT")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event)[0] == ["Fidel Castro"]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # the complement's object is read like a direct object
        ("The parliament refused to lift sanctions on Cuba.", "refused", ["The parliament"], ["Cuba"]),
        # the subject's own troops are not the target: the place they leave is
        ("Chad is willing to withdraw its troops from Darfur.", "willing", ["Chad"], ["Darfur"]),
        # an event noun in a compound: its parties hang on the whole compound
        ("The Pope launched a mediation effort between Chile and Argentina.",
         "mediation", ["The Pope"], ["Chile", "Argentina"]),
        # a described state: "a small country ..." is commentary, not the name
        ("Malta, a small island nation in the Mediterranean, has criticised Libya.",
         "criticised", ["Malta"], ["Libya"]),
    ],
)
def test_more_target_conventions(nlp, text, trigger, source, target):
    doc = nlp(text)
    event = event_at(doc, trigger)
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (source, target)


def test_a_matter_mention_of_the_events_stage_does_not_pull_the_phrase_back(nlp):
    # the events stage may name "troops" as the target; the place is the party
    doc = nlp("Chad is willing to withdraw its troops from Darfur.")
    event = event_at(doc, "willing", ["Chad"], ["troops"], type_="RETREAT")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["Chad"], ["Darfur"])


def test_a_person_keeps_a_described_apposition(nlp):
    doc = nlp("Ali Hassan, a senior militia leader, has surrendered to the police.")
    event = event_at(doc, "surrendered", type_="YIELD")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event)[0] == ["Ali Hassan, a senior militia leader"]


def test_commentary_deep_inside_a_phrase_goes_out(nlp):
    doc = nlp("Gunmen attacked the offices of a newspaper that had criticised the army.")
    event = event_at(doc, "attacked")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["Gunmen"], ["the offices of a newspaper"])


@pytest.mark.parametrize(
    "text",
    ["The museum handed a stolen painting to Italian authorities.",
     "A stolen painting was handed by the museum to Italian authorities."],
)
def test_a_thing_handed_over_gives_its_receiver(nlp, text):
    doc = nlp(text)
    event = event_at(doc, "handed", type_="UNKNOWN")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event)[1] == ["Italian authorities"]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a second object the parser hung on the verb is still an object
        ("The junta banned the Liberal Party (LP) and the recently founded Green Alliance (GA), forcing them "
         "underground.", "banned", ["The junta"], ["the Liberal Party (LP)", "the recently founded Green Alliance (GA)"]),
        # a name is never cut in two, whatever half the parser made the head
        ("Hassan al-Turabi of Sudan expelled the foreign journalists.",
         "expelled", ["Hassan al-Turabi of Sudan"], ["the foreign journalists"]),
        # an object split in two by the parser, with nothing between the halves, is one party
        ("Tomorrow, Albanese will meet his counterpart Indonesian President Joko Widodo at a business forum in Jakarta.",
         "meet", ["Albanese"], ["his counterpart Indonesian President Joko Widodo"]),
        # "travel curbs to and from X": the party hangs on the second, coordinated preposition
        ("Canada lifted travel curbs to and from Cuba.", "lifted", ["Canada"], ["Cuba"]),
        # a measure whose party the parser hung on the verb; "three of ..." is some of the parties, not a sum
        ("The government lifted the state of emergency in three of the northern provinces.",
         "lifted", ["The government"], ["three of the northern provinces"]),
        # responsibility for an attack points at whom the attack was on
        ("The group claimed responsibility for the rocket attack on the army barracks.",
         "claimed", ["The group"], ["the army barracks"]),
        # forces sent or withdrawn belong to the mover; the place is the target
        ("The UN withdrew peacekeepers from Haiti.", "withdrew", ["The UN"], ["Haiti"]),
    ],
)
def test_round_two_conventions(nlp, text, trigger, source, target):
    doc = nlp(text)
    event = event_at(doc, trigger, type_="UNKNOWN")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (source, target)


def test_a_subject_split_by_the_parser_keeps_the_events_actor_whole(nlp):
    # "Prime Minister" and "Haider al - Abadi" are two subjects in the parse; one phrase holds the actor
    doc = nlp("Iraqi Prime Minister Haider al-Abadi meanwhile rejected the plan.")
    event = event_at(doc, "rejected", ["Iraqi Prime Minister Haider al-Abadi"], type_="REJECT")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["Iraqi Prime Minister Haider al-Abadi"], ["the plan"])


def test_back_to_back_person_names_are_one_phrase(nlp):
    doc = nlp("The minister held bilateral discussions with the Ethiopian Prime Minister Abiy Ahmed Ali "
              "Mohamed Farmajo at his office today.")
    event = event_at(doc, "discussions", type_="CONSULT")
    add_argument_spans(doc, [event])
    phrases = ["The minister", "the Ethiopian Prime Minister Abiy Ahmed Ali Mohamed Farmajo"]
    assert _phrases(doc, event) == (phrases, phrases)


def test_a_state_act_in_the_passive_names_the_state_where_it_was_done(nlp):
    doc = nlp("The journalist was arrested in Egypt for spying.")
    event = event_at(doc, "arrested", target=["The journalist"], type_="COERCE")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["Egypt"], ["The journalist"])
    # not for acts anyone may do: a killing "in Egypt" names no killer
    other = event_at(doc, "arrested", target=["The journalist"], type_="ASSAULT")
    add_argument_spans(doc, [other])
    assert _phrases(doc, other) == ([], ["The journalist"])


def test_named_modifiers_in_coordination_make_a_joint_subject(nlp):
    doc = nlp("French and German negotiators have agreed a new accord.")
    event = event_at(doc, "agreed", type_="AGREE")
    add_argument_spans(doc, [event])
    assert [(r, doc.text[s:e]) for r, s, e in participant_spans([event])] == [("R", "French and German negotiators")]


def test_a_pronoun_subject_under_an_adjective_gives_the_named_subject(nlp):
    doc = nlp("The Kenyan government has made it clear it will not lift the ban on the militia.")
    event = event_at(doc, "lift", ["it"], type_="REJECT")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event) == (["The Kenyan government"], ["the militia"])


def test_the_event_itself_as_passive_subject_is_no_target(nlp):
    doc = nlp("The exercise was staged by Indian and French forces.")
    event = event_at(doc, "staged", type_="UNKNOWN")
    add_argument_spans(doc, [event])
    assert _phrases(doc, event)[1] == []


def test_a_purpose_idiom_is_never_a_target(nlp):
    source, target = _spans(nlp, "The rebel alliance has declared a truce in a bid to end the famine.",
                            "declared", type_="RETREAT")
    assert source == ["The rebel alliance"]
    assert all("bid" not in t for t in target)


def test_and_other_names_two_parties_of_one_kind(nlp):
    source, _ = _spans(nlp, "Oxfam and other aid agencies sent food to the refugees in Chad.", "sent",
                       ["Oxfam"], type_="AID")
    assert source == ["Oxfam", "other aid agencies"]


def test_a_plain_coordination_of_things_stays_one_phrase(nlp):
    _, target = _spans(nlp, "Police seized rifles and ammunition in the raid.", "seized", type_="COERCE")
    assert len(target) <= 1


def test_a_dispatched_team_is_looked_through_to_the_place(nlp):
    _, target = _spans(nlp, "The aviation regulator is dispatching a team to Chicago to inspect the crash site.",
                       "dispatching", type_="AID")
    assert target == ["Chicago"]


def test_a_batch_of_peacekeepers_withdrawn_points_at_the_country(nlp):
    doc_text = "Ghana withdrew the batch of 300 peacekeepers from Mali in June."
    _, target = _spans(nlp, doc_text, "withdrew", ["Ghana"], ["300 peacekeepers"], type_="RETREAT")
    assert target == ["Mali"]


def test_the_container_of_a_nominal_trigger_is_looked_through(nlp):
    _, target = _spans(nlp, "The Peruvian government declared a state of emergency in Lima on Sunday.",
                       "emergency", ["The Peruvian government"], type_="COERCE")
    assert target == ["Lima"]


def test_a_strike_to_protest_against_a_party_targets_it(nlp):
    source, target = _spans(nlp, "Jailed activist Maria Lopez has started a hunger strike to protest against "
                                 "Mexican authorities.", "strike", ["Maria Lopez"], type_="PROTEST")
    assert source == ["Jailed activist Maria Lopez"]
    assert target == ["Mexican authorities"]
