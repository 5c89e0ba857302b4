"""Named bodies and the state they belong to: a body takes its state from its own setting and not
from the other party of its clause; a state named in front of its body, a state's possessive and a
long official name opening with a state make one actor; chambers, boards, police and security
agencies, associations and schools named after a town; and short names or descriptions of a body
met earlier in the text."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes
from dyads.actors import find_actors
from dyads.model import Article


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text)


def _actors(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text, date="2019-02-11"))}


def _found(nlp, text: str, date: str = "2019-09-27") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def _code(codes: dict[str, str | None], part: str) -> str | None:
    return next((c for k, c in codes.items() if part in k), None)


def test_body_does_not_take_state_of_its_object(nlp) -> None:
    codes = _codes(nlp, "The parliament approved an accord with Peru.")
    assert codes.get("Peru") == "PER"
    assert codes.get("The parliament") != "PERLEG"


def test_body_does_not_take_state_inside_its_object(nlp) -> None:
    codes = _codes(nlp, "The Senate panel questioned the Turkish ambassador.")
    assert not any(c == "TURLEG" for c in codes.values()), codes


def test_body_still_takes_state_of_its_own_setting(nlp) -> None:
    codes = _codes(nlp, "In Chile, the Senate voted to approve the pension reform.")
    assert codes.get("the Senate") == "CHLLEG"


def test_state_association_is_one_body(nlp) -> None:
    codes = _codes(nlp, "The Zambia Medical Association warned of a shortage of nurses.")
    assert codes.get("Zambia Medical Association") == "ZMBMED"
    codes = _codes(nlp, "The Ghana Trades Union Congress threatened a strike.")
    assert "USALEG" not in codes.values(), codes
    assert any(c and c.startswith("GHA") for c in codes.values())


def test_bare_house_after_full_name_is_us_legislature(nlp) -> None:
    codes = _codes(nlp, "The United States House of Representatives held the commerce secretary in "
                   "contempt. The secretary had refused to hand over papers about the census. "
                   "A justice department spokesman criticised the House on Thursday.")
    assert codes.get("the House") == "USALEG", codes


def test_full_house_is_the_chamber(nlp) -> None:
    codes = _codes(nlp, "A committee of the House of Representatives in the United States approved "
                   "the report. The full House is expected to take it up next week.")
    assert codes.get("The full House") == "USALEG", codes


def test_unesco_full_name(nlp) -> None:
    codes = actor_codes(nlp, "The United Nations Educational, Scientific and Cultural "
                             "Organization added the old town to its list on Friday.")
    assert "UNO" in codes.values()
    assert "United Nations" not in codes  # the whole name, not its first two words


def test_public_board_named_after_a_state(nlp) -> None:
    codes = actor_codes(nlp, "The Oregon Water Resources Board fined the farm.")
    assert codes.get("The Oregon Water Resources Board") == "USAGOV"


def test_state_named_in_front_of_its_body_is_one_mention(nlp) -> None:
    codes = actor_codes(nlp, "The United States Department of Justice said it would appeal.")
    assert codes.get("The United States Department of Justice") == "USAJUD", codes
    assert "The United States" not in codes, codes


def test_state_in_front_of_body_still_sets_the_story_state(nlp) -> None:
    codes = actor_codes(nlp, "The United States House of Representatives voted on Tuesday. "
                        "The measure passed after 212 Democrats backed it.")
    assert codes.get("Democrats") == "USAPTY", codes


def test_police_agency_is_police(nlp) -> None:
    codes = actor_codes(nlp, "South Korea's National Police Agency said it arrested two men.")
    assert codes.get("South Korea's National Police Agency") == "KORCOP", codes


def test_house_of_commons_in_canadian_story_is_canadian(nlp) -> None:
    codes = actor_codes(nlp, "Canadian Prime Minister Justin Trudeau spoke in Ottawa. Canada "
                        "goes to the polls soon. The House of Commons rose for the summer.")
    assert codes.get("House of Commons") == "CANLEG", codes
    codes = actor_codes(nlp, "The House of Commons voted on Brexit. Britain will leave.")
    assert codes.get("House of Commons") == "GBRLEG", codes


def test_national_association_still_read(nlp):
    found = _actors(nlp, "The Nigeria Labour Congress called a general strike.")
    assert found.get("Nigeria Labour Congress") == "NGALAB"


def test_police_officers_is_one_group(nlp):
    doc = nlp("A bomb attack in Kabul left 12 police officers dead.")
    actors = find_actors(doc, Article(id="t", text=doc.text, date="2019-02-11"))
    group = [a for a in actors if "police" in a.text]
    assert group and group[0].text == "12 police officers"
    assert group[0].sector == "COP"


def test_government_of_mainland_state(nlp):
    found = _actors(nlp, "Hong Kong proposed a law to let the government of mainland China "
                         "try suspects.")
    assert found.get("the government of mainland China") == "CHNGOV"


@pytest.mark.parametrize("text, span, code", [
    ("Nikki Holland of the UK's National Crime Agency said so.", "National Crime Agency", "GBRCOP"),
    ("On Saturday, Thailand's Thai Raksa Chart Party withdrew its nominee.",
     "Thai Raksa Chart Party", "THAPTY"),
])
def test_possessive_state_before_its_body_is_one_actor(nlp, text: str, span: str, code: str) -> None:
    found = _found(nlp, text)
    assert (span, code) in found
    assert not any(t in ("the UK", "Thailand") for t, _ in found), found


def test_highway_patrol_is_police(nlp) -> None:
    assert ("Florida Highway Patrol", "USACOP") in _found(
        nlp, "The accident sequence began, Florida Highway Patrol described, in the road.")


@pytest.mark.parametrize("text, name, code", [
    ("The Investigative Committee said it had opened a criminal case.",
     "Investigative Committee", "RUSCOP"),
    ("The SBU said two agents had been detained in Kharkiv.", "SBU", "UKRSPY"),
    ("The RCMP said the suspect had been arrested.", "RCMP", "CANCOP"),
    ("The Carabinieri seized weapons in the raid.", "Carabinieri", "ITACOP"),
])
def test_national_security_and_investigative_bodies(nlp, text: str, name: str,
                                                    code: str) -> None:
    assert actor_codes(nlp, text).get(name) == code


@pytest.mark.parametrize("text, part, code", [
    ("Adamowicz was taken to the Medical University of Gdańsk, where doctors operated.",
     "University of Gdańsk", "POLEDU"),
    ("Professors at the University of Geneva said so.", "University of Geneva", "CHEEDU"),
])
def test_school_named_after_a_town_takes_its_state(nlp, text: str, part: str,
                                                   code: str) -> None:
    assert _code(actor_codes(nlp, text), part) == code


@pytest.mark.parametrize("text, part, code", [
    ("HDT Limited, a Hungarian state firm, bought the Austrian plant.", "HDT Limited", "HUNBUS"),
    ("Acme Corp, an American company, bought the Austrian plant.", "Acme Corp", "USABUS"),
])
def test_description_in_apposition_gives_a_bodys_state(nlp, text: str, part: str,
                                                        code: str) -> None:
    codes = actor_codes(nlp, text)
    assert _code(codes, part) == code
    assert not any(k.startswith(("a ", "an ")) for k in codes)


def test_long_official_name_opening_with_a_state_is_one_body(nlp) -> None:
    codes = actor_codes(nlp, "The United States Commission on International Religious Freedom "
                             "issued a report.")
    assert _code(codes, "Commission on International Religious Freedom") == "USAGOV"
    assert "The United States" not in codes


def test_clause_after_a_name_is_no_apposition(nlp) -> None:
    codes = actor_codes(nlp, "Yemen's minister Moammar al-Eryani spoke. According to "
                             "al-Eryani, the rebels are backed by Iran.")
    assert not any(c == "IRNREB" for k, c in codes.items() if "Eryani" in k)


def test_short_name_of_a_body_in_the_text_is_that_body(nlp) -> None:
    codes = actor_codes(nlp, "Germany banned Iranian airline Mahan Air. Germany has suspended "
                             "Mahan's permit.")
    assert codes.get("Mahan") == "IRNBUS"
