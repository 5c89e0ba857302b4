"""Session 42: unknown names used as sites ("an arms depot at Cobasna") are places of the story's
state, not persons or bodies without one. Sentences written for these tests."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dyads.actors import find_actors
from dyads.cli.main import cli
from dyads.model import Article

STORY = (
    "CHISINAU, March 3 (Wire) - Moldova's government protested on Monday after Russia sent more "
    "troops to Transnistria. About 1,500 Russian soldiers guard a Soviet-era arms depot at Cobasna "
    "that holds 20,000 tonnes of ammunition. Moldovan officials said Cobasna should be emptied. "
    "Moldova wants the troops to leave, Moldovan President Maia Sandu said."
)


def mentions(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [(a.text, a.code, a.kind) for a in find_actors(nlp(text), Article(id="t", text=text, date="2024-03-03"))]


def test_depot_town_is_the_story_state_everywhere(nlp):
    got = [m for m in mentions(nlp, STORY) if m[0] == "Cobasna"]
    assert len(got) == 2  # the site use, and the later bare use of the same name
    assert all(code == "MDA" for _, code, _ in got)


def test_firm_after_at_stays_a_firm(nlp):
    got = dict((t, c) for t, c, _ in mentions(nlp, "She works at Goldman Sachs in London, and he went on "
                                              "strike at Nissan's plant near Sunderland."))
    assert got.get("Goldman Sachs") != "GBR"
    assert got.get("Nissan") != "GBR"
    assert got["Sunderland"] == "GBR"


def test_peoples_adjective_before_a_site_noun_is_no_site(nlp):
    text = ("ROME, April 18 (Wire) - An Italian navy ship docked in the Sicilian port of Augusta after "
            "Malta refused to let it land.")
    codes = {t: c for t, c, _ in mentions(nlp, text)}
    assert codes.get("Sicilian") != "MLT"


def test_cli_prints_the_site_with_its_state(tmp_path):
    path = tmp_path / "depot.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(path), "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    doc = doc[0] if isinstance(doc, list) else doc
    sites = [a for a in doc["actors"] if a["text"] == "Cobasna"]
    assert sites and all(a["country"] == "MDA" and a["code"] == "MDA" for a in sites)
