"""Session 34 (batch AG actor leftovers, helper u): organs sitting at an international body,
the Permanent Court of Arbitration, a title-holder's dated office, heads named beside a grown
"chief of" phrase, envoys "for" a state, "both sides" of an agreement, charities listed with a
state's institutions, and three phrases that name no actor (an insolvency procedure, an office
held, a war's name). Sentences of our own; each rule has a near miss."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes


def _mentions(nlp, text: str, date: str = "2021-03-01") -> list[tuple[str, str | None]]:
    """Every mention as (text, code), repeats kept (a split plural is one record per member)."""
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


# --- organs of international bodies (actor_coref, organisations.tsv) ---------------------------


def test_tribunal_at_an_international_body_is_its_organ(nlp) -> None:
    text = ("NAIROBI (Wire) - A three-judge tribunal at the East African Community ruled on Monday "
            "that Kenya's ban broke the bloc's rules. The tribunal said Kenya must lift it within a year.")
    codes = actor_codes(nlp, text)
    assert codes["A three-judge tribunal"] == "IGOJUD"
    assert codes["The tribunal"] == "IGOJUD"


def test_tribunal_in_a_city_stays_the_states(nlp) -> None:
    text = ("NAIROBI (Wire) - A three-judge tribunal in Nairobi ruled on Monday that the ban broke "
            "Kenya's rules.")
    assert actor_codes(nlp, text)["A three-judge tribunal"] == "KENJUD"


def test_permanent_court_of_arbitration_is_an_international_court(nlp) -> None:
    text = ("THE HAGUE (Wire) - The Permanent Court of Arbitration (PCA) said on Friday it would "
            "hear the dispute between Guyana and Venezuela.")
    codes = actor_codes(nlp, text)
    assert codes["Permanent Court of Arbitration"] == "IGOJUD"
    assert codes["PCA"] == "IGOJUD"


def test_commission_vice_president_is_coded_by_the_office_of_the_date(nlp) -> None:
    text = ("BRUSSELS (Wire) - Commission First Vice-President Frans Timmermans said Brussels was "
            "ready to help Poland.")
    assert actor_codes(nlp, text, date="2017-06-29")["Commission First Vice-President Frans Timmermans"] == "EURGOV"
    text = "THE HAGUE (Wire) - Frans Timmermans said the Netherlands was ready to help."
    assert actor_codes(nlp, text, date="2013-05-01")["Frans Timmermans"] == "NLDGOV"


# --- named people placed by their apposition or their mission (actor_mentions, actor_coref) -----


def test_person_named_beside_a_grown_chief_of_phrase_takes_its_state(nlp) -> None:
    text = ("WINDHOEK (Wire) - Namibia's government on Friday accepted a German offer of aid. "
            "Namibian lawmakers will debate the deal next week. Jonas Kapuka, paramount chief of "
            "the Kavango Traditional Authority, called it a betrayal by Germany.")
    assert actor_codes(nlp, text)["Jonas Kapuka"] == "NAMGOV"


def test_person_beside_a_plain_description_stays_unplaced(nlp) -> None:
    text = ("WINDHOEK (Wire) - Namibia's government on Friday accepted a German offer of aid. "
            "Namibian lawmakers will debate the deal next week. Jonas Kapuka, a farmer near the "
            "Kavango river, called it a betrayal by Germany.")
    assert actor_codes(nlp, text)["Jonas Kapuka"] is None


def test_listed_envoy_for_a_state_represents_it(nlp) -> None:
    text = ("BERLIN (Wire) - Germany on Friday recognised colonial-era killings in Namibia as "
            "genocide. The talks were led by special envoys Hans Berger, a former German diplomat, "
            "and Peter Moyo for Namibia.")
    assert actor_codes(nlp, text)["Peter Moyo"] == "NAMGOV"


def test_player_for_a_state_is_no_envoy(nlp) -> None:
    text = ("BERLIN (Wire) - Germany on Friday recognised colonial-era killings in Namibia as "
            "genocide. Peter Moyo, a former footballer who played for Namibia, welcomed it.")
    assert actor_codes(nlp, text)["Peter Moyo"] != "NAMGOV"


# --- "both sides" of an agreement (actor_plurals) ----------------------------------------------


def test_both_sides_of_an_agreement_exclude_no_invoking_state(nlp) -> None:
    text = ("THIMPHU (Wire) - Bhutan protested to China over a road, drawing India and China into "
            "a standoff. Bhutan's foreign ministry said the road was illegal. Chinese troops kept "
            "working. India said it was concerned. Thimphu said the work breached agreements "
            "signed in 1988 under which both sides promised to keep the peace.")
    assert not any(code == "IND" for text_, code in _mentions(nlp, text) if text_ == "both sides")


def test_both_sides_without_an_agreement_keep_the_pair(nlp) -> None:
    text = ("THIMPHU (Wire) - Bhutan protested to China over a road. Bhutan and China said on "
            "Friday they would hold talks. Thimphu said both sides promised to keep the peace.")
    sides = {code for text_, code in _mentions(nlp, text) if text_ == "both sides"}
    assert sides == {"BTN", "CHN"}


# --- charities listed with a state's institutions (actor_context) ------------------------------


def test_charities_listed_with_public_institutions_are_the_states(nlp) -> None:
    text = ("LONDON (Wire) - Icelandic banks froze deposits on Monday. Kent County Council has 50 "
            "million pounds at stake, while police authorities, universities and charities also "
            "reported losses.")
    assert actor_codes(nlp, text)["charities"] == "GBRNGO"


def test_charities_beside_states_keep_the_ngo_code(nlp) -> None:
    text = ("LONDON (Wire) - Aid agencies warned of famine on Monday. Britain and France pledged "
            "money, while charities also appealed for donations.")
    assert actor_codes(nlp, text)["charities"] == "NGO"


def test_rights_groups_beside_foreign_governments_keep_the_ngo_code(nlp) -> None:
    text = ("DUBAI (Wire) - Iran on Thursday hanged a man convicted of wounding a member of the "
            "security forces, drawing swift condemnation from Western governments and rights groups.")
    assert actor_codes(nlp, text)["rights groups"] == "NGO"


# --- phrases that name no actor (mention_sectors, actor_mentions, actors) -----------------------


def test_into_administration_is_a_procedure(nlp) -> None:
    text = ("LONDON (Wire) - British regulators on Wednesday placed the lender into administration. "
            "The administration of President Biden said it was watching.")
    codes = actor_codes(nlp, text)
    assert "administration" not in codes
    assert codes["The administration of President Biden"] == "USAGOV"


def test_at_the_head_of_government_is_an_office_held(nlp) -> None:
    text = ("LOME (Wire) - Togo's parliament adopted a new constitution on Friday. Critics say it "
            "offers President Faure Gnassingbe a route to stay at the head of government for years.")
    assert "the head of government" not in actor_codes(nlp, text)


def test_heads_of_a_body_still_act(nlp) -> None:
    text = "LOME (Wire) - The head of the army said on Friday that troops would stay in barracks."
    assert actor_codes(nlp, text).get("The head of the army") is not None


def test_state_name_opening_a_wars_name_is_no_actor(nlp) -> None:
    text = ("VIENTIANE (Wire) - Obama pledged money to clear Vietnam War-era bombs in Laos, and met "
            "Vietnam's president later.")
    codes = actor_codes(nlp, text)
    assert "Vietnam" not in codes
    assert codes["Vietnam's president"] == "VNMGOV"
