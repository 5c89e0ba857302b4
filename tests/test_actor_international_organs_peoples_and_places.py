"""Session 24, brief O: organs the text calls international (and the bare phrase that repeats
one), judges of the court their sentence names, Bosnia's Serbs and Croats, parties named by
their members ("the Socialists") or as "the ruling party", a constitutional council, a high
commissioner, and things that are no actor (a flag waved, a building people stand outside,
a term of office, a treaty or border post labelled by a place, a town read as a person where
the article names it as a place). Each rule has a case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_SARAJEVO = ("SARAJEVO, June 3 (Wire) - A Bosnian court on Tuesday fined a regional minister, "
             "and Bosnian officials said the ruling would stand. ")
_LISBON = ("LISBON, June 3 (Wire) - Portugal's government lost a budget vote in parliament on "
           "Tuesday. ")


def test_an_organ_called_international_is_igo(nlp):
    text = _SARAJEVO + ("The minister had ignored orders of the international envoy who "
                        "supervises the peace settlement, and the envoy's office protested.")
    codes = actor_codes(nlp, text)
    assert codes["the international envoy"] == "IGOGOV"
    assert codes["the envoy's office"] == "IGOGOV"  # (session 28: the office acts)


def test_international_police_yield_no_state_from_earlier_police(nlp):
    text = ("LIMA, June 3 (Wire) - Peruvian police detained a fugitive banker on Tuesday. The "
            "interior minister said Peru was meeting its duties to the international police body.")
    assert actor_codes(nlp, text)["the international police"] == "IGOCOP"


def test_a_state_word_keeps_international_troops_national(nlp):
    text = "KABUL, June 3 (Wire) - Afghan international troops patrolled the city on Tuesday."
    assert actor_codes(nlp, text)["Afghan international troops"] == "AFGMIL"


def test_later_police_are_not_the_international_body(nlp):
    text = ("LIMA, June 3 (Wire) - Peru said it was meeting its duties to the international police "
            "body. Police say the banker fled in 2020.")
    assert actor_codes(nlp, text)["Police"] == "PERCOP"


def test_unqualified_judges_sit_on_the_court_their_sentence_names(nlp):
    text = ("LIMA, June 3 (Wire) - Peru left the Inter-American Court of Human Rights' reach, a "
            "minister said. The judges have ruled that the court keeps jurisdiction over past "
            "cases.")
    codes = actor_codes(nlp, text)
    assert codes["the court"] == codes["The judges"]
    assert codes["The judges"] != "PERJUD"


def test_serbs_in_a_bosnian_story_are_bosnian(nlp):
    text = _SARAJEVO + ("The minister called the fine an attack on the Serb people and said "
                        "the court had no say on Serb land. Serbian President Aleksandar Vucic "
                        "criticised it.")
    codes = actor_codes(nlp, text)
    assert codes["the Serb people"] == "BIHCVL"
    assert codes["Serb"] == "BIH"
    assert codes["Serbian President Aleksandar Vucic"] == "SRBGOV"


def test_serb_forces_in_bosnia_keep_the_kin_state(nlp):
    text = _SARAJEVO + "Serb forces shelled the town in 1994, the court heard."
    assert actor_codes(nlp, text)["Serb forces"] == "SRBMIL"


def test_serbs_in_a_serbian_story_stay_serbian(nlp):
    text = ("BELGRADE, June 3 (Wire) - Serbia's president spoke to Serb leaders on Tuesday about "
            "the Serb people.")
    assert actor_codes(nlp, text)["the Serb people"] == "SRBCVL"


def test_party_members_standing_alone_are_the_story_state_party(nlp):
    text = _LISBON + "The Socialists voted against it, and the Liberals abstained."
    codes = actor_codes(nlp, text)
    assert codes["Socialists"] == "PRTPTY"
    assert codes["Liberals"] == "PRTPTY"


def test_the_ruling_party_is_the_story_state_party(nlp):
    text = _LISBON + "The opposition said the ruling party had lost its majority."
    assert actor_codes(nlp, text)["the ruling party"] == "PRTPTY"


def test_a_bare_party_still_needs_a_name(nlp):
    text = _LISBON + "Both sides said the party was over."
    assert "the party" not in actor_codes(nlp, text)


def test_catalan_parties_are_spanish(nlp):
    text = ("MADRID, June 3 (Wire) - Spain's prime minister won a vote with the support of Junts "
            "and the Republican Left of Catalonia (ERC).")
    codes = actor_codes(nlp, text)
    assert codes["Junts"] == "ESPPTY"
    assert codes["Republican Left of Catalonia"] == "ESPPTY"
    assert codes["ERC"] == "ESPPTY"


def test_a_constitutional_council_is_the_story_state_judiciary(nlp):
    text = ("MAPUTO, June 3 (Wire) - Mozambique's electoral commission announced results. The "
            "Constitutional Council on Monday upheld them.")
    assert actor_codes(nlp, text)["The Constitutional Council"] == "MOZJUD"


def test_a_high_commissioner_is_the_sending_state_diplomat(nlp):
    text = ("MALE, June 3 (Wire) - The Maldives held talks on Tuesday attended by India's high "
            "commissioner, Munu Mahawar.")
    assert actor_codes(nlp, text)["Munu Mahawar"] == "INDGOV"


def test_the_bosnian_envoy_is_international(nlp):
    text = _SARAJEVO + "Christian Schmidt, who oversees the peace deal, criticised the minister."
    assert actor_codes(nlp, text, date="2025-02-26")["Christian Schmidt"] == "IGOGOV"


def test_a_waved_flag_is_no_actor_but_a_burned_one_is(nlp):
    text = _LISBON + ("Hundreds of demonstrators waved Portuguese flags. Others burned American "
                      "flags.")
    codes = actor_codes(nlp, text)
    assert "Portuguese" not in codes
    assert codes["American"] == "USA"


def test_a_building_people_stand_outside_is_no_actor(nlp):
    text = _LISBON + ("Outside parliament, a few hundred teachers protested. Relatives gathered "
                      "outside a church in Porto. Parliament will vote again in July.")
    codes = actor_codes(nlp, text)
    assert "Outside parliament" not in codes and "a church" not in codes
    assert codes["Parliament"] == "PRTLEG"


def test_a_dated_term_of_office_is_no_actor(nlp):
    text = ("MANILA, June 3 (Wire) - Police say 600 people died in raids during his 2016-2022 "
            "presidency. The presidency said it would appeal.")
    codes = actor_codes(nlp, text)
    assert "presidency" not in codes
    assert codes["The presidency"] == "PHLGOV"


def test_a_treaty_or_border_post_a_place_labels_is_no_actor(nlp):
    text = ("MAPUTO, June 3 (Wire) - Mozambique's president said the Dayton peace accords were a "
            "model. Traders crossed into South Africa through the Lebombo border post.")
    codes = actor_codes(nlp, text)
    assert "Dayton" not in codes and "Lebombo" not in codes


def test_a_town_read_as_a_person_is_the_place_the_article_names(nlp):
    text = _SARAJEVO + ("The minister flew to Banja Luka for a rally. In Banja Luka, pensioner "
                        "Dragana Petrovic said the fine was unfair.")
    codes = actor_codes(nlp, text)
    assert codes["Banja Luka"] == "BIH"
    assert codes["pensioner Dragana Petrovic"] == "BIHCVL"


def test_reporters_addressed_at_home_are_the_home_press(nlp):
    text = ("MALE, June 3 (Wire) - The Maldives asked for talks, President Mohamed Muizzu said. "
            "On arrival he told journalists that no state could push his country around, without "
            "naming India.")
    assert actor_codes(nlp, text)["journalists"] == "MDVJRN"


def test_reporters_a_visiting_leader_addresses_are_not_the_host_press(nlp):
    text = ("SEOUL, June 3 (Wire) - North Korea fired a missile, South Korea said. Japanese Prime "
            "Minister Fumio Kishida, also in Lithuania, told reporters that Tokyo had protested.")
    assert actor_codes(nlp, text)["reporters"] != "KORJRN"


def test_a_flag_a_ship_flies_stays_its_state(nlp):
    text = ("JAKARTA, June 3 (Wire) - Indonesia's coast guard seized a tanker flying the Iranian "
            "flag, officials said.")
    assert actor_codes(nlp, text)["Iranian"] == "IRN"


def test_a_lone_schmidt_is_not_the_bosnian_envoy(nlp):
    text = ("WASHINGTON, June 3 (Wire) - Google's former chief executive Eric Schmidt said AI "
            "would change warfare. Schmidt added that the Pentagon must move faster.")
    assert actor_codes(nlp, text)["Schmidt"] != "IGOGOV"
