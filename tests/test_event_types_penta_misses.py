"""Acts the coder missed or typed in the wrong PentaClass, each with an everyday or friendly
counter-case that must keep its old reading (all sentences our own)."""

from event_helpers import code_events as _events, events_of as _of


def _cameo(nlp, text: str, kind: str) -> list[str]:
    return [e.cameo for e in _of(nlp, text, kind)]


def test_calling_for_sanctions_against_a_party_is_a_demand(nlp):
    evs = _of(nlp, "The Dutch foreign minister called for sanctions against the Syrian government.", "REQUEST")
    assert [e.cameo for e in evs] == ["100"]
    assert any((a.code or "").startswith("SYR") for a in evs[0].target)


def test_urging_a_march_against_rules_is_a_demand(nlp):
    text = "Greek unions urged their members to join a march in Athens against the new pension rules."
    assert _cameo(nlp, text, "REQUEST") == ["100"]


def test_calling_for_talks_or_an_end_to_sanctions_stays_an_appeal(nlp):
    assert _cameo(nlp, "The Kenyan president called for talks with Somalia.", "REQUEST") == ["026"]
    assert "100" not in _cameo(nlp, "Cuba called for an end to the sanctions against its banks.", "REQUEST")


def test_a_medical_team_sent_to_a_hospital_is_aid(nlp):
    text = "The Indian health ministry sent a team of doctors and medicines to the district hospital."
    assert _of(nlp, text, "AID")


def test_a_ship_sent_nowhere_in_particular_is_no_aid(nlp):
    assert not _of(nlp, "The Norwegian navy dispatched its research ship on Monday.", "AID")


def test_tons_of_medicine_flown_in_are_aid(nlp):
    evs = _of(nlp, "A Swiss charity flew 20 tons of medicine into Yemen.", "AID")
    assert evs and any((a.code or "").startswith("YEM") for a in evs[0].target)


def test_mobilising_funds_is_aid_not_troops(nlp):
    text = "Japan is mobilising new funds to support reconstruction in Iraq."
    assert _of(nlp, text, "AID")
    assert not _of(nlp, text, "MOBILIZE")
    assert _of(nlp, "Armenia mobilised its reservists near the border with Azerbaijan.", "MOBILIZE")


def test_a_state_defending_or_protecting_its_own_ground_backs_no_one(nlp):
    assert not [e for e in _events(nlp, "Venezuela said it would defend its borders against any invasion.")
                if e.type in ("SUPPORT", "AGREE", "REJECT")]
    assert not _of(nlp, "Israel bought more interceptors to protect its cities from rockets.", "AID")


def test_protecting_or_defending_another_party_still_counts(nlp):
    assert _events(nlp, "French troops will protect civilians in Mali.")
    assert [e for e in _events(nlp, "The United States will defend Japan against any attack.")
            if e.type in ("SUPPORT", "AGREE")]


def test_not_shared_across_but(nlp):
    # "not" on the first verb does not reach the one set against it by "but"
    evs = _events(nlp, "Iran said it did not want war but would support talks with France.")
    assert any(e.type in ("SUPPORT", "AGREE") and not e.negated for e in evs)
    # with no contrast the "not" is shared: no plain support is coded
    assert not [e for e in _events(nlp, "Iran said it did not discuss or support talks with France.")
                if e.type in ("SUPPORT", "AGREE") and not e.negated]


def test_a_crash_that_kills_is_no_attack(nlp):
    text = "A Turkish cargo plane crashed near the airport in Bishkek, killing 37 people."
    assert not _of(nlp, text, "ASSAULT")
    assert _of(nlp, "Gunmen opened fire on a Turkish bus in Bishkek, killing 37 people.", "ASSAULT")


def test_not_giving_in_to_demands_is_a_refusal(nlp):
    assert _of(nlp, "The Chilean government did not give in to the demands of the striking miners.", "REJECT")
    assert _of(nlp, "The Chilean government gave in to the demands of the striking miners.", "CONCEDE")
