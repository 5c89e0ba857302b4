"""Coverage of real news: groups placed by a participle or preposition, a province's
government, tagger names headed by a sector noun, and knowledge-base rows for 2019 office
holders, parties, agencies and media."""


def _actors(nlp, text, date="2019-06-01"):
    from dyads.actors import find_actors
    from dyads.model import Article

    return {a.text: a for a in find_actors(nlp(text), Article(id="t", text=text, date=date))}


def test_a_group_based_in_a_place_belongs_to_its_state(nlp):
    found = _actors(nlp, "Officers raided the offices of an armed group based in Trinidad.")
    group = next(a for t, a in found.items() if t.endswith("armed group"))
    assert group.code == "TTOUAF"


def test_a_person_from_a_town_belongs_to_its_country(nlp):
    found = _actors(nlp, "Kidnappers released a missionary from Calgary on Tuesday.")
    assert found["a missionary"].code == "CANREL"
    found = _actors(nlp, "Maria Okafor, from Calgary, said the talks had failed.")
    assert found["Maria Okafor"].code.startswith("CAN")


def test_a_provinces_government_is_its_states_government(nlp):
    found = _actors(nlp, "The government of Sindh province closed the schools for a week.")
    phrase = next(a for t, a in found.items() if "Sindh" in t)
    assert phrase.code == "PAKGOV"


def test_a_town_after_of_gives_the_country_of_a_title(nlp):
    found = _actors(nlp, "The mayor of Mosul asked for more ambulances.")
    phrase = next(a for t, a in found.items() if "mayor" in t)
    assert phrase.code == "IRQGOV"


def test_a_tagger_name_headed_by_a_sector_noun_takes_the_articles_state(nlp):
    text = ("Chile's president promised a new constitution. Chile's army left the streets. "
            "The Supreme Court heard the case on Monday.")
    found = _actors(nlp, text)
    court = next(a for t, a in found.items() if t.endswith("Supreme Court"))
    assert court.code == "CHLJUD"


def test_a_possessive_state_stays_with_the_ministry_the_tagger_found(nlp):
    found = _actors(nlp, "Iran's foreign ministry summoned the envoy on Sunday.")
    ministry = next(a for t, a in found.items() if "ministry" in t)
    assert ministry.text.startswith("Iran") and ministry.code == "IRNGOV"


def test_knowledge_base_knows_2019_office_holders_and_bodies(nlp):
    found = _actors(nlp, "Nancy Pelosi and the NTSB criticised Carrie Lam.", date="2019-07-01")
    assert found["Nancy Pelosi"].code == "USALEG"
    assert found["Carrie Lam"].code == "HKGGOV"
    assert any(a.code == "USAGOV" for t, a in found.items() if "NTSB" in t)


def test_a_newspapers_name_inside_a_longer_body_is_not_the_newspaper(nlp):
    found = _actors(nlp, "Iran's Guardian Council approved the bill.")
    assert not any(a.code and a.code.endswith("JRN") for a in found.values())


def test_time_zones_and_platforms_are_not_people(nlp):
    from dyads.actors import find_actors
    from dyads.model import Article

    text = "The minister wrote on Twitter at 14:00 UTC that Brexit would be delayed."
    found = {a.text: a for a in find_actors(nlp(text), Article(id="t", text=text))}
    assert "UTC" not in found and "Brexit" not in found
    # (session 31) the platform a message went out on is the medium: no person, and no actor
    assert "Twitter" not in found
