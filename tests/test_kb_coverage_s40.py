"""Session 40, helper d: the knowledge base had no rows at all for some 30 small states (Antigua
and Barbuda, St Kitts and Nevis, Micronesia, Andorra, Grenada, Monaco, the Pacific islands ...),
so their leaders came out with no state or with the story's other state. Their heads of state and
government since 2000 are now listed; surnames they share with common words or other people
("Douglas", "Mitchell") match only with the full name. Sentences written for these tests."""

from __future__ import annotations

import re

from dyads.actors import find_actors
from dyads.kb import load_kb
from dyads.model import Article

# UN member states (ISO alpha-3), plus Kosovo, Taiwan, Palestine, the Cook Islands, the Holy See
UN_AND_OTHERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE XKX TWN PSE COK VAT
""".split()

HEAD_ROLE = re.compile(r"\b(President|Prime Minister|Premier|King|Queen|Sultan|Emir|Prince|"
                       r"Head of (Government|State)|Chancellor|Supreme Leader|Pope|Taoiseach|"
                       r"Secretary of State for Foreign and Political Affairs)\b", re.I)
NOT_HEAD = re.compile(r"\b(vice|deputy)\b", re.I)


def codes_of(nlp, text: str, name: str, date: str) -> list[str | None]:
    """The codes of every mention whose text contains ``name``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date))
            if name in a.text]


def test_every_state_has_a_head_of_state_or_government_row():
    heads: set[str] = set()
    for roles in load_kb().people.values():
        heads.update(e.country for e in roles
                     if e.role and HEAD_ROLE.search(e.role) and not NOT_HEAD.search(e.role))
    assert [c for c in UN_AND_OTHERS if c not in heads] == []


def test_antigua_prime_minister(nlp):
    text = ("ST JOHN'S, May 4 (Wire) - Prime Minister Gaston Browne said on Tuesday that his "
            "government would ask the cruise lines to pay for the new pier.")
    assert codes_of(nlp, text, "Gaston Browne", "2021-05-04") == ["ATGGOV"]


def test_st_kitts_prime_minister_harris(nlp):
    text = ("BASSETERRE, March 3 (Wire) - Prime Minister Timothy Harris met Canadian officials "
            "on Monday to discuss the citizenship-by-investment programme.")
    assert codes_of(nlp, text, "Timothy Harris", "2019-03-03") == ["KNAGOV"]


def test_micronesia_presidents_by_date(nlp):
    text = ("PALIKIR, Feb 5 (Wire) - President David Panuelo accused China on Friday of "
            "meddling in the islands' affairs.")
    assert codes_of(nlp, text, "David Panuelo", "2021-02-05") == ["FSMGOV"]
    text = "PALIKIR, Aug 7 (Wire) - Wesley Simina told lawmakers the compact funds had arrived."
    assert codes_of(nlp, text, "Wesley Simina", "2024-08-07") == ["FSMGOV"]


def test_grenada_mitchells_and_monaco_prince(nlp):
    text = "ST GEORGE'S, July 1 (Wire) - Keith Mitchell said the airport would reopen soon."
    assert codes_of(nlp, text, "Keith Mitchell", "2015-07-01") == ["GRDGOV"]
    text = "ST GEORGE'S, July 1 (Wire) - Dickon Mitchell said the airport would reopen soon."
    assert codes_of(nlp, text, "Dickon Mitchell", "2023-07-01") == ["GRDGOV"]
    text = "MONACO, June 2 (Wire) - Prince Albert II opened the new marine research centre."
    assert codes_of(nlp, text, "Albert II", "2010-06-02") == ["MCOGOV"]


def test_eritrean_foreign_minister(nlp):
    text = ("ASMARA, Sept 3 (Wire) - Foreign Minister Osman Saleh travelled to Mogadishu on "
            "Monday for talks with Somali officials.")
    assert codes_of(nlp, text, "Osman Saleh", "2018-09-03") == ["ERIGOV"]


def test_shared_surnames_alone_are_not_small_state_leaders(nlp):
    text = ("LEEDS, June 2 (Wire) - Douglas, a farmer from Yorkshire, said milk prices were "
            "falling. Mitchell, his neighbour, agreed.")
    for name in ("Douglas", "Mitchell"):
        assert not any(c and c[:3] in {"KNA", "DMA", "GRD", "BHS"}
                       for c in codes_of(nlp, text, name, "2010-06-02"))
