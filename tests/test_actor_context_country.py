"""Officials and staff the text names without a state: the article's state, their
principal's state, or the state whose name an unlisted adjective is made from."""


def _by_text(nlp, text, date="2019-06-01"):
    from dyads.actors import find_actors
    from dyads.model import Article

    return {a.text: a for a in find_actors(nlp(text), Article(id="t", text=text, date=date))}


def _find(found, part):
    return next(a for t, a in found.items() if part in t)


def test_a_titled_minister_takes_the_articles_main_state(nlp):
    text = ("A fire killed five people in Koszalin, Poland, on Friday. Poland's president "
            "called it a tragedy; a French tourist was among the injured. Interior Minister "
            "Jan Wolski ordered safety checks.")
    found = _by_text(nlp, text)
    minister = _find(found, "Jan Wolski")
    assert minister.country == "POL"
    assert minister.sector == "GOV"


def test_no_main_state_leaves_a_titled_official_unresolved(nlp):
    text = ("Leaders from France and Germany met in Brussels with officials from Spain and "
            "Italy.\n\nMinister Karl Weber said the talks were useful.")
    found = _by_text(nlp, text)
    assert _find(found, "Karl Weber").country is None


def test_a_titled_surname_takes_the_state_of_the_person_named_in_full(nlp):
    text = ("Prime Minister Boris Johnson spoke in London on Monday. The United States said "
            "it would reply. The US embassy and the US State Department were silent. "
            "Prime Minister Johnson was questioned about the case.")
    found = _by_text(nlp, text)
    later = [a for t, a in found.items() if t == "Prime Minister Johnson"]
    assert later and later[0].country == "GBR"


def test_a_news_agency_cited_does_not_place_an_official(nlp):
    text = ("Ten people died in a fire in Lagos, Nigeria. Nigeria's government ordered an "
            "inquiry.\n\nPolice Commissioner Musa Bello told Agence France-Presse that two "
            "people were arrested.")
    found = _by_text(nlp, text)
    assert _find(found, "Musa Bello").country == "NGA"


def test_staff_take_their_principals_state(nlp):
    found = _by_text(nlp, "Putin's spokesman Ivan Petrovsky said the talks had failed.")
    assert _find(found, "Ivan Petrovsky").code == "RUSGOV"
    found = _by_text(nlp, "Ivan Petrovsky, a senior adviser to President Putin, said so.")
    assert found["Ivan Petrovsky"].country == "RUS"
    found = _by_text(nlp, "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, "
                          "said it was possible.")
    assert found["Steffen Seibert"].country == "DEU"
    text = ("Ukrainian President Volodymyr Zelensky spoke on Monday. Andriy Yermak, one of "
            "President Zelensky's aides, met the envoy in Madrid.")
    assert _by_text(nlp, text)["Andriy Yermak"].country == "UKR"


def test_a_spokesperson_for_a_party_speaks_for_the_party(nlp):
    found = _by_text(nlp, "Damodar Naik, spokesperson for the Bharatiya Janata Party, said "
                          "the vote was fair.")
    assert found["Damodar Naik"].code == "INDPTY"


def test_a_company_spokesman_is_no_staff_of_a_state(nlp):
    found = _by_text(nlp, "Ivan Petrovsky, a spokesman for the company, said so.")
    assert found["Ivan Petrovsky"].country is None


def test_an_adjective_made_from_a_state_name_names_the_state(nlp):
    found = _by_text(nlp, "Samoan Prime Minister Tuilaepa Sailele Malielegaoi said the "
                          "government would close for two days.")
    assert _find(found, "Tuilaepa").code == "WSMGOV"


def test_a_wire_dateline_is_no_actor(nlp):
    text = "Intro.\n\nKHARTOUM — Sudanese security forces stormed the protest camp on Monday."
    found = _by_text(nlp, text)
    assert "KHARTOUM" not in found
    assert _find(found, "security forces").country == "SDN"


def test_cited_news_outlets_do_not_decide_the_main_state(nlp):
    text = ("Reuters and the BBC reported the storm. Reuters said roads were closed. "
            "Prime Minister Hubert Minnis said twenty people had died.")
    found = _by_text(nlp, text)
    assert _find(found, "Hubert Minnis").country != "GBR"


def test_a_portfolio_the_tagger_takes_for_a_body_stays_in_the_title(nlp):
    found = _by_text(nlp, "Polish Interior Minister Jan Wolski ordered checks after talks with Germany.")
    wolski = _find(found, "Jan Wolski")
    assert wolski.code == "POLGOV" and wolski.role == "Interior Minister"
    assert not any(a.kind == "organisation" and "Interior" in t for t, a in found.items())


def test_a_dateline_tells_the_state_the_story_is_about(nlp):
    text = "Intro.\n\nWASHINGTON (Reuters) - The Senate voted on Monday. Britain said nothing."
    found = _by_text(nlp, text)
    assert "WASHINGTON" not in found
    assert _find(found, "Senate").code == "USALEG"


def test_a_people_named_with_a_states_adjective_is_one_group_of_that_state(nlp):
    found = _by_text(nlp, "Some 800,000 Iraqi Kurds sought refuge in Germany last month.")
    kurds = _find(found, "Kurds")
    assert kurds.text == "Iraqi Kurds" and kurds.country == "IRQ"
    assert "Iraqi" not in found


def test_a_name_after_a_title_is_a_person_whatever_the_tagger_says(nlp):
    found = _by_text(nlp, "Kenyan Vice-President Moody Awori declined to resign.")
    awori = _find(found, "Moody Awori")
    assert awori.kind == "person" and awori.code == "KENGOV"


def test_a_people_word_before_a_thing_is_no_actor_but_before_a_group_describes_it(nlp):
    found = _by_text(nlp, "Syria's army fought on. Another Islamic garment was banned, and "
                          "Kurdish fighters attacked a Democratic primary debate venue.")
    assert "Islamic" not in found and "Democratic" not in found
    assert "Kurdish fighters" in found
    assert found["Kurdish fighters"].sector == "REB"


def test_a_person_of_a_place_takes_its_state(nlp):
    found = _by_text(nlp, "Brigid Kosgei of Kenya won, and Senator Mike Lee of Utah and David Perdue of "
                          "Georgia spoke in the United States. Sally Wasef of Australia's Griffith "
                          "University wrote the paper.")
    assert _find(found, "Kosgei").country == "KEN"
    assert _find(found, "Mike Lee").country == "USA"
    assert _find(found, "David Perdue").country == "USA"  # the US state, in a US story
    assert _find(found, "Sally Wasef").code == "AUSEDU"  # the university is meant, not Australia
