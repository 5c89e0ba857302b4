"""Seas and regions shared by several states are no province of one; a two-word sector term is
its own modifier (our sentences)."""

from event_helpers import events_of

from dyads.places import place_country


def test_seas_and_regions_are_no_province():
    for name in ("Red Sea", "Gulf", "Horn", "Sahel", "Andes"):
        assert place_country(name) is None, name
    # the twins: real provinces stay
    assert place_country("Upper Nile") == "SSD"
    assert place_country("Borno") == "NGA"


def test_houthi_attack_in_the_red_sea_is_not_on_sudan(nlp):
    events = events_of(nlp, "Houthi rebels fired a drone at a cargo ship in the Red Sea.", "ASSAULT")
    assert events
    assert "SDN" not in [a.country for a in events[0].target]


def test_security_forces_are_an_actor(nlp):
    (e,) = events_of(nlp, "Security forces fired live rounds at protesters in Conakry on Monday.", "ASSAULT")
    assert [a.code for a in e.source] == ["GINCOP"]
