"""Actor codes for prosecutors' titles, trades as groups, towns that name people's homes,
seats of international bodies, refugees a state acts on, and "The Fed" at a sentence start."""

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _codes(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text, date="2020-05-01"), doc)
    return {m.text: m.code for m in art.actors}


def test_a_district_attorney_is_judicial(nlp):
    codes = _codes(nlp, "Brooklyn District Attorney Jane Roe indicted the landlord.")
    assert any(c == "USAJUD" for t, c in codes.items() if "Roe" in t), codes


def test_trades_are_groups_of_the_place_where_they_act(nlp):
    codes = _codes(nlp, "Hundreds of nurses marched in Nairobi to demand higher pay.")
    assert any(c == "KENMED" for t, c in codes.items() if "nurses" in t), codes
    codes = _codes(nlp, "Fishermen in Kerala blocked the harbour.")
    assert codes.get("Fishermen") == "INDAGR", codes


def test_a_seat_of_talks_keeps_its_own_country(nlp):
    codes = _codes(nlp, "Iran and the United States held talks in Geneva.")
    assert codes.get("Geneva") == "CHE", codes


def test_a_namesake_town_with_its_state_named_is_that_states(nlp):
    codes = _codes(nlp, "The mayor of Geneva, Illinois, resigned on Friday.")
    assert all(not (c or "").startswith("CHE") for c in codes.values()), codes


def test_residents_of_a_town_are_its_states(nlp):
    codes = _codes(nlp, "Villagers of Kandahar protested against the raid.")
    assert any((c or "").startswith("AFG") for t, c in codes.items() if "Villagers" in t), codes


def test_migrants_a_state_turns_away_are_not_its_own(nlp):
    codes = _codes(nlp, "Italy turned away migrants on Tuesday.")
    assert codes.get("migrants") is None or not codes["migrants"].startswith("ITA"), codes


def test_refugees_named_by_origin_keep_it(nlp):
    codes = _codes(nlp, "Syrian refugees in Lebanon protested against the eviction.")
    assert codes.get("Syrian refugees") == "SYRREF", codes


def test_the_fed_at_a_sentence_start(nlp):
    codes = _codes(nlp, "The Fed raised interest rates again.")
    assert codes.get("The Fed") == "USAGOV", codes
