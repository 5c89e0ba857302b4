"""Round five on real news: wished-for outcomes are hypothetical, passive partners of a shared
subject, the owner of an arrest, the doer of a punished deed and who makes a threat (all sentences
our own)."""

from event_helpers import code_events as _events, events_of as _of


def _names(actors):
    return {a.text for a in actors}


def test_wished_resignation_and_passive_partner(nlp):
    events = _events(nlp, "Protesters in Lima want the Peruvian president to resign or be impeached.")
    # (session 32) what protesters want of another is the demand's content: no record of it
    assert not [e for e in events if e.trigger in ("impeached", "resign")]


def test_vote_to_convict_is_hypothetical(nlp):
    convict = [e for e in _events(nlp, "The Brazilian Senate will vote to convict the former governor.")
               if e.trigger == "convict"]
    assert convict and convict[0].hypothetical


def test_plain_conviction_is_not_hypothetical(nlp):
    convict = [e for e in _events(nlp, "A court in Cairo convicted the Egyptian activist on Monday.")
               if e.trigger == "convicted"]
    assert convict and not convict[0].hypothetical


def test_owner_of_an_arrest_is_not_its_doer(nlp):
    text = ("French police arrested Jean Dupont in Lyon. After his arrest, Dupont stayed overnight in "
            "the Lyon police headquarters.")
    later = [e for e in _of(nlp, text, "COERCE") if e.sentence == 1]
    for e in later:
        assert "Dupont" not in _names(e.source)
        assert not any("police" in a.text for a in e.target)


def test_arrest_of_someone_keeps_the_arresting_side(nlp):
    arrest = _of(nlp, "Turkey's arrest of the German journalist angered Berlin.", "COERCE")
    assert arrest and "Turkey" in _names(arrest[0].source)


def test_the_punished_one_did_the_deed(nlp):
    text = "A Kenyan court jailed the Somali militant Ahmed Ali for attacking a police post."
    attack = _of(nlp, text, "ASSAULT")
    assert attack and all("A Kenyan court" not in _names(e.source) for e in attack)
    assert any("Ahmed Ali" in a.text for a in attack[0].source)


def test_threats_of_an_army_come_from_the_army(nlp):
    threat = _of(nlp, "Despite threats of the Sudanese army, protesters marched in Khartoum.", "THREATEN")
    assert threat and any("army" in a.text for a in threat[0].source)
    assert not any("army" in a.text for a in threat[0].target)


def test_needed_outcome_is_no_threat(nlp):
    text = ("A majority of the Nigerian Senate is needed to impeach a governor, who is removed "
            "if two-thirds of senators vote for removal.")
    # what a majority is needed to do is a rule: no event, and surely no threat
    impeach = [e for e in _events(nlp, text) if e.trigger == "impeach"]
    assert not impeach and not [e for e in _events(nlp, text) if e.type == "THREATEN"]


# (session 32) parties read from the right clause


def test_leaving_dead_is_the_attackers_deed_not_the_survivors(nlp):
    text = ("Kenya's President William Ruto said he had survived an attempt to kill him after rebels "
            "stormed the state house in Nairobi, leaving several police officers dead.")
    left = [e for e in _events(nlp, text) if e.trigger == "leaving"]
    assert left and all(a.code != "KENGOV" for a in left[0].source)


def test_a_clause_after_after_has_its_own_doer(nlp):
    text = ("Senators accused the minister of negligence after a clash over a mine in Potosi "
            "last month left nine people dead.")
    found = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert found and not any(a.text == "Senators" for e in found for a in e.source)


def test_appeals_for_mercy_from_a_party_are_that_partys(nlp):
    text = ("Iran executed a Swedish national on Monday despite appeals for clemency from the "
            "European Union and Sweden's prime minister.")
    asked = [e for e in _events(nlp, text) if e.trigger == "appeals"]
    assert asked and {a.code for a in asked[0].source} >= {"EUR", "SWEGOV"}
    assert {a.code for a in asked[0].target} == {"IRN"}
    assert not any(a.code in ("EUR", "SWEGOV") for a in asked[0].target)


def test_calls_for_troops_from_a_bloc_keep_the_troops_origin(nlp):
    text = "President Nyusi has resisted calls for troops from the African Union for two years."
    asked = [e for e in _events(nlp, text) if e.trigger == "calls"]
    assert not any(a.code == "IGO" for e in asked for a in e.source)


def test_broken_up_gathering_is_aimed_at_those_who_called_it(nlp):
    """(session 33, helper j) the callers of a gathering a force breaks up are the ones it acts on."""
    text = "Police broke up a meeting that Zimbabwe's opposition party had called in Harare."
    found = [e for e in _events(nlp, text) if e.trigger == "broke"]
    assert found and {(a.code or "")[:3] for a in found[0].target} == {"ZWE"}
    assert any((a.code or "").endswith("OPP") for a in found[0].target)
