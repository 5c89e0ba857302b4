"""Real-news parties, round six: the state owning the operation a harm happened in, and the
courts of the place for a verdict given in the passive (all sentences our own)."""

from event_helpers import events_of as _of


def _codes(actors):
    return {a.code for a in actors}


def test_state_on_the_operation_did_the_killing(nlp):
    killed = [e for e in _of(nlp, "The rebel commander was killed in a US operation.", "ASSAULT")
              if e.trigger == "killed"]
    assert killed and _codes(killed[0].source) == {"USA"}


def test_state_on_an_air_strike_did_the_harm(nlp):
    died = [e for e in _of(nlp, "Four fighters were wounded during a Turkish air strike.", "ASSAULT")
            if e.trigger == "wounded"]
    assert died and _codes(died[0].source) == {"TUR"}


def test_town_on_the_attack_is_no_doer(nlp):
    hurt = [e for e in _of(nlp, "Two soldiers were wounded in a Kabul car bombing.", "ASSAULT")
            if e.trigger == "wounded"]
    assert hurt and not hurt[0].source


def test_passive_conviction_in_a_place_is_by_its_courts(nlp):
    convicted = [e for e in _of(nlp, "The former mayor was convicted of bribery in France.", "ACCUSE")
                 if e.trigger == "convicted"]
    assert convicted and _codes(convicted[0].source) == {"FRAJUD"}


def test_found_guilty_in_a_place_is_by_its_courts(nlp):
    guilty = [e for e in _of(nlp, "Two police officers were found guilty in Nairobi on Friday.", "ACCUSE")
              if e.trigger == "found"]
    assert guilty and _codes(guilty[0].source) == {"KENJUD"}


def test_conviction_with_no_place_names_no_court(nlp):
    convicted = [e for e in _of(nlp, "The senator was convicted of fraud last year.", "ACCUSE")
                 if e.trigger == "convicted"]
    assert all(not e.source for e in convicted)
