"""Round seven on real news: parties put under arrest, absolute "with X saying" clauses, one's own
country withdrawn, misparsed main verbs, visits with nothing visited, everyday senses of trigger
words (animals, storms, prizes, prison terms, candidacies), acts weighed rather than done, and
fines as penalties (all sentences our own)."""

from event_helpers import code_events as _events


def _of(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def _texts(actors):
    return [a.text for a in actors]


def test_placed_under_arrest_names_doer_and_detainee(nlp):
    [e] = _of(nlp, "The Ugandan army placed the opposition leader under house arrest on Friday.", "arrest")
    assert e.type == "COERCE"
    assert "The Ugandan army" in _texts(e.source)
    assert "The Ugandan army" not in _texts(e.target)
    assert any("opposition leader" in t for t in _texts(e.target))


def test_speakers_of_a_with_clause_are_no_target(nlp):
    text = "France on Tuesday expelled two Russian diplomats, with officials saying this was over spying."
    [e] = _of(nlp, text, "expelled")
    assert "officials" not in _texts(e.target)
    assert "France" in _texts(e.source)


def test_own_country_withdrawn_is_no_target(nlp):
    [e] = _of(nlp, "US President Joe Biden withdrew the US from the trade pact with Mexico.", "withdrew")
    assert "the US" not in _texts(e.target)
    assert "Mexico" in _texts(e.target)


def test_members_of_a_body_protesting_are_its_side(nlp):
    text = "Members of the Senate of Chile protested by shouting and holding signs during the final session."
    [e] = _of(nlp, text, "protested")
    # the body is the protesters' side; a target, if any, is only their state (aimed at no one named)
    assert e.source and all(a.sector is None for a in e.target)


def test_borrowed_subject_of_a_passive_clause_undergoes_it(nlp):
    text = "Ana and Tomas's mother wept upon hearing her son had been convicted and said he was innocent."
    for e in _of(nlp, text, "convicted"):
        assert "Tomas" not in _texts(e.source)


def test_visit_needs_someone_or_somewhere_visited(nlp):
    text = "Politicians were reported by local media to have visited the hospital on Monday."
    assert not _of(nlp, text, "visited")
    [e] = _of(nlp, "The Kenyan president visited Uganda on Monday.", "visited")
    assert e.type == "CONSULT" and "Uganda" in _texts(e.target)
    [e] = _of(nlp, "The Kenyan minister was travelling from Nairobi to Mombasa on Monday.", "travelling")
    assert "Nairobi" not in _texts(e.target)


def test_everyday_senses_are_no_events(nlp):
    cases = [
        ("The Kenyan businessman has alleged ties to a militia in Somalia.", "alleged"),
        ("The mayor of Lyon agreed, saying the attack looked planned.", "agreed"),
        ("The weather service upgraded Tropical Storm Ana to a hurricane on Friday.", "upgraded"),
        ("The bulletin, released at noon on Monday, placed the storm near Cuba.", "released"),
        ("Villagers in Kenya watched the release of six rhinos into the park.", "release"),
        ("The two Nigerian scientists share a prize for their work on malaria.", "share"),
        ("Nurses in Ohio face a threat of five years in prison for the practice.", "threat"),
        ("Farmers in Peru captured wild condors for a festival.", "captured"),
        ("The Texas senator is seeking the nomination of his party.", "seeking"),
        ("The Brazilian president dropped the plan before pressing forward the next day.", "pressing"),
    ]
    for text, trigger in cases:
        assert not _of(nlp, text, trigger), text


def test_political_senses_stay(nlp):
    assert [e.type for e in _of(nlp, "Kenyan police released the opposition leader on Monday.", "released")] == ["RETREAT"]
    assert [e.type for e in _of(nlp, "Syrian rebels captured the Turkish soldiers near Idlib.", "captured")] == ["COERCE"]
    assert [e.type for e in _of(nlp, "Iran agreed to the French proposal on Monday.", "agreed")] == ["AGREE"]
    assert [e.type for e in _of(nlp, "Japan shared intelligence with South Korea on Monday.", "shared")] == ["COOPERATE"]


def test_fine_is_a_penalty_not_aid(nlp):
    types = [e.type for e in _of(nlp, "The Egyptian minister was given a fine by a Cairo court.", "given")]
    assert "AID" not in types
    types = [e.type for e in _of(nlp, "The Dutch court gave the Russian bank a fine of five million euros.", "gave")]
    assert types == ["COERCE"]


def test_crime_named_in_a_charge_is_no_attack(nlp):
    text = "A possible charge of manslaughter against the Kenyan driver carries a long sentence."
    assert not _of(nlp, text, "manslaughter")


def test_act_weighed_as_a_subject_is_hypothetical(nlp):
    text = "The mother of the Kenyan victim said executing the Ugandan soldier would not bring her son back."
    events = _of(nlp, text, "executing")
    assert events and all(e.hypothetical for e in events)
    assert all(e.hypothetical for e in _of(nlp, "Only the Mexican Congress may allocate funds to Guatemala.", "allocate"))


def test_pressing_an_offensive_goes_on_with_it_and_asks_no_one(nlp):
    text = "Syrian troops pressed their offensive toward Idlib for a third day."
    assert not _of(nlp, text, "pressed")
    assert [e.type for e in _of(nlp, text, "offensive")] == ["ASSAULT"]
    [e] = _of(nlp, "Turkey pressed Sweden to extradite the journalists.", "pressed")
    assert e.type == "REQUEST"
