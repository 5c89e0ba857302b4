"""Session 22 (D), wrong event types from judged wire news: an order a leader gives an organ of the
own state is no request (the ordered act is the leader's), nor is an order named by the thing it set
in motion ("duties ordered by the president"); goods pulled from shelves on an order are a boycott
(SANCTION 163); a party struck off a register of trading partners is cut off (SANCTION 163), no
concession; "pushed back" rebuts (REJECT), no appeal; prosecutors seeking or pressing charges take
legal action (ACCUSE 1121); proposing talks offers them (AGREE 036), to whom the letter is sent; a
crowd of protesters or followers storming or occupying a building riots or sits in, also in a relative
clause; a gerund only compared ("not the same as agreeing") is no act. Each case pairs a sentence
whose record must go or change with a near miss that keeps its reading (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


# --- orders ----------------------------------------------------------------------------------------


def test_order_to_own_minister_is_no_request(nlp):
    text = ("The Peruvian president said she had told her trade minister to prepare a package of "
            "tariff responses against Chile.")
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "REQUEST"]
    assert [e.type for e in events if e.trigger == "tariff"] == ["SANCTION"]


def test_order_to_own_police_is_the_leaders_act(nlp):
    text = "The Kenyan president ordered police to arrest the striking doctors in Nairobi."
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "REQUEST"]
    arrest = [e for e in events if e.trigger == "arrest"]
    assert [(e.type, e.cameo) for e in arrest] == [("COERCE", "173")]
    assert not arrest[0].future
    assert "the kenyan president" in {a.text.lower() for a in arrest[0].source}


def test_court_order_to_the_government_stays_a_request(nlp):
    text = "The supreme court in Lima ordered the Peruvian government to pay compensation to the families."
    assert [t for t, _ in _on(nlp, text, "ordered")] == ["REQUEST"]


def test_order_to_a_foreign_army_stays_a_request(nlp):
    text = "The Kenyan president told the Ugandan army to withdraw its troops from the border town."
    assert [t for t, _ in _on(nlp, text, "told")] == ["REQUEST"]


def test_duties_ordered_by_a_leader_ask_no_one(nlp):
    text = "Ottawa will retaliate against steel duties ordered by President Joe Biden on Friday."
    assert not events_of(nlp, text, "REQUEST")


def test_people_ordered_to_leave_stay_the_ones_ordered(nlp):
    text = "The aid agencies ordered to leave Darfur by the government flew out on Thursday."
    assert "REQUEST" not in {e.type for e in code_events(nlp, text) if e.trigger == "flew"}
    assert _on(nlp, text, "ordered")


def test_goods_pulled_from_shelves_on_an_order_are_a_boycott(nlp):
    text = ("Norway condemned the invasion on Monday. The Norwegian prime minister ordered the state "
            "liquor monopoly to pull Russian products from its shelves.")
    hits = [e for e in code_events(nlp, text) if e.trigger == "ordered"]
    assert [(e.type, e.cameo) for e in hits] == [("SANCTION", "163")]
    assert states_of(hits[0].target) == {"RUS"}


# --- lists, rebuttals, charges, offers --------------------------------------------------------------


def test_struck_off_a_customs_register_is_a_sanction(nlp):
    text = "Beijing removed Estonia from its customs register on Friday."
    assert _on(nlp, text, "removed") == [("SANCTION", "163")]


def test_checkpoints_removed_stay_a_concession(nlp):
    text = "The army removed checkpoints around the northern city on Friday."
    assert [t for t, _ in _on(nlp, text, "removed")] == ["CONCEDE"]


def test_pushed_back_rebuts(nlp):
    text = "The African Union also pushed back on Thursday."
    assert [t for t, _ in _on(nlp, text, "pushed")] == ["REJECT"]


def test_a_vote_pushed_back_is_no_rebuttal(nlp):
    text = "The election board in Lagos pushed back the vote by two weeks."
    assert not _on(nlp, text, "pushed")


def test_prosecutors_seeking_charges_accuse(nlp):
    text = "Prosecutors in La Paz are seeking charges of rebellion against the former general."
    assert _on(nlp, text, "seeking") == [("ACCUSE", "1121")]


def test_seeking_aid_stays_a_request(nlp):
    text = "The Libyan government is seeking aid from Egypt for flood victims."
    assert [t for t, _ in _on(nlp, text, "seeking")] == ["REQUEST"]


def test_proposing_talks_in_a_letter_offers_them(nlp):
    text = "The Cuban president sent a letter to the Brazilian president last week proposing talks."
    hits = _on(nlp, text, "proposing")
    assert hits == [("AGREE", "036")]
    assert not events_of(nlp, text, "CONSULT")
    offer = [e for e in code_events(nlp, text) if e.trigger == "proposing"][0]
    assert states_of(offer.target) == {"BRA"}


# --- crowds, comparisons ---------------------------------------------------------------------------


def test_protesters_who_stormed_parliament_riot(nlp):
    text = "Police in Lima clashed with protesters who stormed parliament over fuel prices."
    assert _on(nlp, text, "stormed") == [("PROTEST", "145")]


def test_gunmen_who_stormed_a_hotel_still_attack(nlp):
    text = "Gunmen who stormed a hotel in Mogadishu killed four guards."
    assert [t for t, _ in _on(nlp, text, "stormed")] == ["ASSAULT"]


def test_followers_occupying_parliament_sit_in(nlp):
    text = "His followers have occupied parliament in Baghdad since late July."
    assert _on(nlp, text, "occupied") == [("PROTEST", "144")]


def test_a_gerund_compared_is_no_act(nlp):
    text = "Talking to Moscow is not the same as agreeing with Moscow, the Indian minister said."
    events = code_events(nlp, text)
    assert not [e for e in events if e.trigger == "agreeing"]


def test_rioters_who_attacked_them_stay_an_assault(nlp):
    text = "Police in Mandalay dispersed rioters who attacked them with stones."
    assert [t for t, _ in _on(nlp, text, "attacked")] == ["ASSAULT"]


def test_both_words_of_an_ordered_deployment_are_the_orderers(nlp):
    text = "The Kenyan interior minister ordered police to reinforce patrols along the Mombasa highway."
    hits = [e for e in code_events(nlp, text) if e.type == "MOBILIZE"]
    assert len(hits) == 1 and not hits[0].future
    assert {a.text for a in hits[0].source} == {"The Kenyan interior minister"}


def test_a_crowd_named_through_of_riots(nlp):
    text = "Hundreds of Kenyan demonstrators burned Ugandan flags outside the Ugandan embassy in Nairobi."
    assert [t for t, _ in _on(nlp, text, "burned")] == ["PROTEST"]


def test_stones_thrown_at_soldiers_stay_an_assault(nlp):
    text = "Dozens of Kenyan protesters threw stones at Ugandan soldiers near the border."
    assert [t for t, _ in _on(nlp, text, "threw")] == ["ASSAULT"]


def test_the_attack_condemned_names_the_riot_before(nlp):
    text = ("Hundreds of protesters stormed the Danish embassy in Tehran on Friday. "
            "The Danish foreign minister called the attack completely unacceptable.")
    called = [e for e in code_events(nlp, text) if e.trigger == "called"]
    assert called and "protesters" in " ".join(a.text for a in called[0].target)
