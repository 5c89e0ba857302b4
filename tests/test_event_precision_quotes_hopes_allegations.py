"""Session 16, precision on real news: flags on acts that were done, speakers inside quotations,
clauses the writer adds after a speech verb, places that only describe a speaker, hopes that are
sympathy, hedged allegations and support measured by a poll. Each case pairs a sentence that
must change with a close one that must keep its record (sentences of our own)."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.model import Article, Event
from dyads.pipeline import annotate_doc
from dyads.speakers import subject_of

from event_helpers import code_events, events_of


def _statements(nlp, text: str) -> list[Event]:
    """The CAMEO 01 statements of ``text`` read as one article."""
    return annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).statements


def _one(found: list[Event]) -> Event:
    assert len(found) == 1, [(e.trigger, e.type, e.cameo) for e in found]
    return found[0]


# --- a first-person wish to say something says it -------------------------------------------


def test_wish_to_express_condolences_is_done(nlp):
    text = 'The ambassador told reporters: "I want to express my condolences to the people of Peru."'
    st = _one(_statements(nlp, text))
    assert st.cameo == "018" and not st.hypothetical


def test_wish_to_send_condolences_is_done(nlp):
    text = '"We would like to send our sincere condolences to the families," the Kenyan president said.'
    st = _one(_statements(nlp, text))
    assert st.cameo == "018" and not st.hypothetical


def test_wish_to_send_troops_stays_a_plan(nlp):
    found = [e for e in code_events(nlp, 'The French defence minister said: "We want to send troops to Mali."')
             if e.trigger == "send"]
    assert found and all(e.hypothetical or e.future for e in found)


def test_wish_of_another_to_express_stays_a_wish(nlp):
    st = _one(_statements(nlp, "The envoy wrote that Chile wants to express its condolences to Peru."))
    assert st.hypothetical


def test_past_wish_to_apologise_stays_a_wish(nlp):
    found = [e for e in code_events(nlp, "The ambassador said he wanted to apologise to Kenya but never did.")
             if e.trigger == "apologise"]
    assert found and all(e.hypothetical for e in found)


# --- a question inside a quotation asks nothing of the act outside it ----------------------------


def test_question_inside_the_quote_leaves_the_comment_done(nlp):
    text = ("The senator commented on the budget of the navy: \"I looked at the numbers and thought, "
            "'Why do we pay so much?'\"")
    st = _one(_statements(nlp, text))
    assert st.cameo == "010" and not st.hypothetical


def test_direct_question_about_the_act_stays_hypothetical(nlp):
    assert all(e.hypothetical for e in events_of(nlp, "Did Russia attack Ukraine?", "ASSAULT"))


# --- alleged and past-dated acts were done ------------------------------------------------------


def test_allegedly_with_a_past_verb_is_a_told_act(nlp):
    ev = _one(events_of(nlp, "Police said the man allegedly attacked two officers in Nairobi on Monday.", "ASSAULT"))
    assert not ev.hypothetical


def test_allegedly_in_the_passive_is_a_told_act(nlp):
    found = events_of(nlp, "Three Kenyan soldiers were allegedly killed by Somali militants on Friday.", "ASSAULT")
    assert found and not any(e.hypothetical for e in found)


def test_alleged_noun_stays_a_charge(nlp):
    ev = _one(events_of(nlp, "The minister faces charges over an alleged attack on a journalist.", "ASSAULT"))
    assert ev.hypothetical


def test_a_plan_for_yesterdays_march_names_a_march_held(nlp):
    ev = _one(events_of(nlp, "Organisers had announced a plan for yesterday's march against the government in Lagos.",
                        "PROTEST"))
    assert not ev.hypothetical


def test_a_plan_for_last_weeks_strike_names_a_strike_held(nlp):
    found = events_of(nlp, "Unions had drawn up a plan for last week's strike against the government in Accra.",
                      "PROTEST")
    assert found and not any(e.hypothetical for e in found)


def test_a_plan_for_a_march_stays_unheld(nlp):
    ev = _one(events_of(nlp, "Organisers announced a plan for a march against the government in Lagos.", "PROTEST"))
    assert ev.hypothetical or ev.future


# --- who reports the act ------------------------------------------------------------------------


def test_a_clause_of_its_own_after_a_speech_verb_is_the_writers(nlp):
    ev = _one(events_of(nlp, "The minister said the talks had failed, and rebels attacked a convoy near Kidal.",
                        "ASSAULT"))
    assert ev.reported_by is None


def test_a_second_act_of_the_reported_doer_stays_reported(nlp):
    found = events_of(nlp, "The minister said rebels attacked a convoy near Kidal and killed two soldiers.", "ASSAULT")
    assert found and all(e.reported_by is not None and e.reported_by.text == "The minister" for e in found)


def test_a_quote_after_its_cue_keeps_its_speaker(nlp):
    ev = _one(events_of(nlp, '"The army attacked the village," the minister said.', "ASSAULT"))
    assert ev.reported_by is not None and ev.reported_by.text == "the minister"


def test_quoted_words_parsed_as_the_cue_subject_are_not_the_speaker(nlp):
    # '"The only answer I see is that they quit," tweeted analyst Ann Berg', in the parse the small
    # model gives such sentences: the quoted noun as the cue's subject, the name as its object
    words = ['"', "The", "only", "answer", "I", "see", "is", "that", "they", "quit", ",", '"',
             "tweeted", "analyst", "Ann", "Berg", "."]
    heads = [12, 3, 3, 12, 5, 3, 12, 9, 9, 6, 12, 12, 12, 15, 15, 12, 12]
    deps = ["punct", "det", "amod", "nsubj", "nsubj", "relcl", "ccomp", "mark", "nsubj", "ccomp", "punct",
            "punct", "ROOT", "compound", "compound", "dobj", "punct"]
    pos = ["PUNCT", "DET", "ADJ", "NOUN", "PRON", "VERB", "AUX", "SCONJ", "PRON", "VERB", "PUNCT", "PUNCT",
           "VERB", "NOUN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[12]).text == "Berg"


def test_an_act_beside_a_declaration_is_not_reported_by_the_declarer(nlp):
    text = ("The Tongan government declared a state of emergency on March 3 and later banned children from "
            "public gatherings.")
    ev = _one([e for e in events_of(nlp, text, "COERCE") if e.trigger == "banned"])
    assert ev.reported_by is None


def test_a_denial_set_against_a_later_finding_is_not_reported_by_it(nlp):
    text = ("Russia initially denied all claims that the pilot was killed, however, a Dutch inquiry eventually "
            "concluded evidence supported his death at the hands of Russian soldiers.")
    st = _one([s for s in _statements(nlp, text) if s.cameo == "016"])
    assert st.reported_by is None


def test_a_clause_told_before_its_cue_stays_reported(nlp):
    ev = _one(events_of(nlp, "But the army attacked the town of Kidal, the minister said.", "ASSAULT"))
    assert ev.reported_by is not None and ev.reported_by.text == "the minister"


def test_an_emphatic_itself_is_not_the_speaker(nlp):
    # 'In the report itself Shell made this point, writing "…"' as the small model parses it at
    # times: the emphatic "itself" as the subject, the name as its apposition
    words = ["In", "the", "report", "itself", "Shell", "made", "this", "point", ",", "writing", '"', "No", "."]
    heads = [5, 2, 0, 5, 3, 5, 7, 5, 5, 5, 9, 9, 5]
    deps = ["prep", "det", "pobj", "nsubj", "appos", "ROOT", "det", "dobj", "punct", "advcl", "punct", "dobj",
            "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert subject_of(doc[9]).text == "Shell"


def test_subject_after_the_quote_is_the_speaker(nlp):
    doc = nlp('"We will not give up," the mayor said.')
    cue = next(t for t in doc if t.lemma_ == "say")
    assert subject_of(cue).text == "mayor"


# --- a place that describes the speaker is no second speaker -----------------------------------


def test_based_place_is_no_second_claimer(nlp):
    st = _one(_statements(nlp, "The Lebanon-based Hezbollah movement claimed responsibility for the attack."))
    assert [a.text for a in st.source] == ["Hezbollah movement"]


def test_two_states_both_speak(nlp):
    st = _one(_statements(nlp, "Syria and Iran expressed concern about the Israeli strikes."))
    assert {a.code for a in st.source} == {"SYR", "IRN"}


# --- a hope in sympathy is an empathetic comment ------------------------------------------------


def test_hope_for_the_injured_in_a_message_of_sympathy_is_018(nlp):
    text = ("The Irish president sent a message of sympathy to the people of Nepal, expressing hope that the "
            "injured would recover soon.")
    found = _statements(nlp, text)
    assert found and all(st.cameo == "018" for st in found)
    assert any("NPL" in (a.code or "") for st in found for a in st.target)


def test_hope_that_the_wounded_heal_is_018(nlp):
    text = "The Canadian prime minister expressed hope that the wounded officers would heal quickly."
    st = _one(_statements(nlp, text))
    assert st.cameo == "018"


def test_hope_for_talks_stays_optimism(nlp):
    st = _one(_statements(nlp, "The Kenyan president expressed hope that talks with Somalia would resume soon."))
    assert st.cameo == "013"


# --- acts named only as hearsay or measured by a poll ------------------------------------------


def test_an_agentless_allegation_is_no_accusation(nlp):
    assert not events_of(nlp, "The minister is alleged to have taken bribes from a Chinese firm.", "ACCUSE")


def test_an_allegation_by_prosecutors_stays_an_accusation(nlp):
    assert events_of(nlp, "Prosecutors in Nairobi alleged that the minister took bribes.", "ACCUSE")


def test_a_call_for_an_inquiry_stays_a_request(nlp):
    assert events_of(nlp, "The senator called for an inquiry into the governor.", "REQUEST")


def test_an_inquiry_opened_is_still_an_inquiry(nlp):
    assert events_of(nlp, "Prosecutors in Lima opened an investigation into the former president on Monday.", "ACCUSE")


def test_support_measured_by_a_poll_is_no_backing(nlp):
    text = "The mayor of Boston, Ann Lee, is running for president. Polls showed support for Ann Lee at two percent."
    assert not events_of(nlp, text, "SUPPORT")


def test_support_announced_by_a_party_stays(nlp):
    assert events_of(nlp, "The Labour Party announced its support for the senator.", "SUPPORT")
