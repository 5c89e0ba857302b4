"""Everyday senses of trigger words, parties from the right clause, and attempts, vows and
shootings coded as news readers expect (all sentences our own)."""

import pytest

from event_helpers import code_events as _events, events_of as _of


@pytest.mark.parametrize("text, kind", [
    ("Egyptian bloggers oppose a bill that would allow the Egyptian government to detain them.", "CONCEDE"),
    ("The Kenyan minister hosted a panel about farming at the fair.", "CONSULT"),
    ("Lessons in Manila were cancelled because of the typhoon, the Philippine mayor said.", "SANCTION"),
    ("The Chilean geologist was recalled to her laboratory in Santiago.", "SANCTION"),
    ("The Australian government, which has retreated from its goal of cutting emissions, said costs rose.", "RETREAT"),
    ("The German chancellor later delivered the speech by video link.", "AID"),
    ("Brazil faces huge wildfires now destroying the Amazon forest.", "ASSAULT"),
    ("The Peruvian novelist talked of being cast in a Mexican film.", "CONSULT"),
    ("His liberal views have clashed with the stances of Polish bishops.", "ASSAULT"),
    ("The Tunisian president signed a decree on the opening hours of markets.", "SUPPORT"),
    ("Students had given the Nigerian government until Monday to reopen the campus.", "AID"),
    ("The documentary about the Chinese navy was released by a Chinese studio on Friday.", "RETREAT"),
])
def test_no_event_in_everyday_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


def test_a_law_allowing_is_no_concession_but_a_minister_allowing_is(nlp):
    assert _of(nlp, "The Indian minister allowed Pakistani pilgrims to cross the border.", "CONCEDE")


def test_a_recalled_ambassador_is_still_a_sanction(nlp):
    events = _of(nlp, "Turkey recalled its ambassador from Vienna on Monday.", "SANCTION")
    assert events and events[0].cameo == "161"


def test_a_quake_that_struck_attacks_no_one(nlp):
    text = "An earthquake that struck northern Chile on Monday killed four miners."
    assert _of(nlp, text, "ASSAULT") == []


def test_a_city_before_an_attack_noun_is_the_place(nlp):
    text = "A Baghdad car bombing, an attack blamed on Islamic State, killed nine people."
    for e in _of(nlp, text, "ASSAULT"):
        assert all(a.code != "IRQGOV" for a in e.source)


def test_an_attack_ascribed_to_a_group_has_it_as_source(nlp):
    text = "The raid, an attack ascribed to the Taliban, killed four Afghan police officers."
    events = [e for e in _of(nlp, text, "ASSAULT") if e.trigger == "attack"] or _of(nlp, text, "ASSAULT")
    assert any(a.code == "AFGREB" for e in events for a in e.source)


def test_who_mourns_an_attack_did_not_make_it(nlp):
    text = "Madrid is mourning after this terrible attack on the Spanish police."
    for e in _of(nlp, text, "ASSAULT"):
        assert all(a.country != "ESP" or a.code != "ESPGOV" for a in e.source)


def test_an_absolute_clause_has_its_own_doer(nlp):
    text = "Cuba's fleet of buses is old, with sanctions restricting the import of spare parts."
    for e in _events(nlp, text):
        assert all(a.country != "CUB" for a in e.source)


def test_drone_strike_is_an_attack_not_a_walkout(nlp):
    events = _events(nlp, "A Turkish drone strike killed three fighters in northern Iraq.")
    assert not [e for e in events if e.type == "PROTEST"]
    assert any(e.type == "ASSAULT" and e.cameo == "195" for e in events)


def test_attempt_to_assassinate_is_cameo_185(nlp):
    events = _of(nlp, "Gunmen attempted to assassinate the Libyan prime minister on Sunday.", "ASSAULT")
    assert events and events[0].cameo == "185"
    events = _of(nlp, "Gunmen assassinated the Libyan prime minister on Sunday.", "ASSAULT")
    assert events and events[0].cameo == "186"


def test_came_under_fire_from_fighters(nlp):
    events = _of(nlp, "The Afghan convoy came under fire from Taliban fighters near Herat.", "ASSAULT")
    assert events and any(a.code == "AFGREB" for a in events[0].source)


def test_came_under_fire_from_critics_is_criticism(nlp):
    text = "The French minister came under fire from unions over the pension reform."
    assert _of(nlp, text, "ASSAULT") == []
    assert _of(nlp, text, "ACCUSE")


def test_a_fire_is_no_attack(nlp):
    assert _of(nlp, "A fire broke out at a Nairobi market on Sunday.", "ASSAULT") == []


def test_sworn_to_fight_parsed_as_adverbial_is_a_threat(nlp):
    text = "Somali militants have sworn to fight the Kenyan army until it leaves."
    events = _events(nlp, text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and any(a.country == "KEN" for a in threats[0].target)


def test_attacking_a_ruling_as_a_ploy_is_criticism(nlp):
    text = "The Brazilian president attacked the ruling as a political ploy."
    assert _of(nlp, text, "ASSAULT") == []
    assert _of(nlp, text, "ACCUSE")


def test_a_clause_of_its_own_keeps_its_polarity(nlp):
    text = "Norway is not a member of the EU, but it signed a trade agreement with Canada."
    events = [e for e in _events(nlp, text) if e.type in ("AGREE", "SUPPORT")]
    assert events and not any(e.negated for e in events)


def test_a_refused_demand_is_still_a_demand(nlp):
    text = "The Thai premier did not accede to the students' demands for a new constitution."
    demands = [e for e in _of(nlp, text, "REQUEST") if e.trigger.startswith("demand")]
    assert all(not e.negated for e in demands)


def test_impeachment_accuses(nlp):
    text = "The Peruvian congress impeached the president over bribery claims."
    events = _of(nlp, text, "ACCUSE")
    assert events and events[0].trigger == "impeached"


def test_an_attack_conducted_by_a_group_hung_on_the_verb(nlp):
    text = "Eleven soldiers died in the attack, reportedly conducted by the Taliban."
    events = _of(nlp, text, "ASSAULT")
    assert events and any(a.code == "AFGREB" for a in events[0].source)


def test_a_cause_is_not_the_doer(nlp):
    text = "Kenyan police imposed a curfew amid protests triggered by the killing of a Kenyan student."
    for e in _of(nlp, text, "PROTEST"):
        assert all("student" not in a.text for a in e.source)


def test_we_are_talking_about_is_still_talks(nlp):
    text = "\u201cWe are talking about trade and energy,\u201d the Cuban president said after meeting the Angolan leader."
    assert any(e.trigger == "talking" for e in _of(nlp, text, "CONSULT"))


# (session 32) hanging a person is an execution; hanging a thing, or hanging up, is not


@pytest.mark.parametrize("text", [
    "Iran hanged a man convicted of spying for Israel on Thursday.",
    "A Kuwaiti national was hanged in Riyadh on Tuesday, the interior ministry said.",
])
def test_hanging_a_person_is_an_execution(nlp, text):
    assert any(e.cameo == "1823" for e in _of(nlp, text, "ASSAULT"))


@pytest.mark.parametrize("text", [
    "Protesters in Tehran hung a banner on the British embassy gate.",
    "The Iranian minister hung up on his Saudi counterpart during the call.",
])
def test_hanging_a_thing_is_no_execution(nlp, text):
    assert not any(e.trigger.startswith(("hung", "hang")) for e in _of(nlp, text, "ASSAULT"))


# (session 32) a crowd before a seat of power demonstrates to it


@pytest.mark.parametrize("text", [
    "Thousands of people gathered outside the parliament building in Skopje on Friday night.",
    "In Jakarta, about 200 students held a candlelight vigil outside the Australian embassy.",
])
def test_a_crowd_before_a_seat_of_power_protests(nlp, text):
    assert _of(nlp, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "The Serbian president told a crowd gathered in front of the presidential palace that Serbia stood firm.",
    "Relatives of the Turkish miners held a vigil for the dead outside the mine in Soma.",
    "Thousands of fans gathered outside the stadium in Istanbul to celebrate the title.",
])
def test_an_audience_a_mourning_vigil_or_a_celebration_is_no_protest(nlp, text):
    assert not _of(nlp, text, "PROTEST")


def test_a_vigil_at_a_high_commission_is_aimed_at_its_state(nlp):
    text = "In Dhaka, about 50 activists held a vigil outside India's High Commission on Sunday."
    vigils = _of(nlp, text, "PROTEST")
    assert vigils and {a.code for a in vigils[0].target} == {"IND"}


def test_a_telephone_call_held_is_a_consultation(nlp):
    text = "Kenya's President William Ruto and Somalia's President Hassan Sheikh Mohamud held a telephone call on Monday."
    calls = _of(nlp, text, "CONSULT")
    assert calls and "KENGOV" in {a.code for a in calls[0].source} and calls[0].cameo == "041"


# (session 33) a meeting forced apart by a dispersing force is repression too; a crowd is not needed
@pytest.mark.parametrize("text", [
    "Kenyan police broke up a news conference that opposition leaders had called in Nairobi.",
    "Riot police in Minsk dispersed a meeting of Belarusian opposition activists on Sunday.",
])
def test_meeting_broken_up_by_police_is_repression(nlp, text):
    assert any(e.cameo == "175" for e in _of(nlp, text, "ASSAULT"))


def test_talks_that_broke_up_are_no_repression(nlp):
    assert _of(nlp, "Talks between Kenyan and Somali officials broke up without a deal on Friday.", "ASSAULT") == []
