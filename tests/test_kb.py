"""The actor knowledge base: date-resolved roles, diacritics, user files, data-file format."""

from __future__ import annotations

import pytest

from dyads.countries import country_forms, read_tsv
from dyads.errors import InputError
from dyads.kb import fold, load_kb, parse_date
from dyads.model import Article


def test_fold_ignores_case_and_diacritics():
    assert fold("Guaidó") == fold("GUAIDO") == "guaido"
    assert fold("Nicolás  Maduro") == "nicolas maduro"


def test_parse_date_partial():
    assert parse_date("2019") == "2019-01-01"
    assert parse_date("2019", end=True) == "2019-12-31"
    assert parse_date("2019-01-23") == "2019-01-23"
    assert parse_date("2024-02", end=True) == "2024-02-29"  # a real month end, not "-31"
    assert parse_date("2025-04", end=True) == "2025-04-30"
    assert parse_date("") is None


@pytest.mark.parametrize(
    ("date", "role"),
    [("2010-06-01", "President"), ("2015-06-01", "Prime Minister"),
     ("2022-01-01", "Deputy Chairman of the Security Council")],
)
def test_role_by_article_date(date, role):
    entry = load_kb().resolve_person("Medvedev", date)
    assert (entry.name, entry.country, entry.role) == ("Dmitry Medvedev", "RUS", role)


def test_out_of_office_is_elite():
    entry = load_kb().resolve_person("Juan Guaido", "2019-09-27")
    assert (entry.country, entry.sector) == ("VEN", "OPP")
    former = load_kb().resolve_person("Hugo Chavez", "2019-09-27")
    assert (former.country, former.sector, former.role) == ("VEN", "ELI", "former President")


def test_same_surname_resolved_by_date():
    assert load_kb().resolve_person("Kirchner", "2005-01-01").name == "Néstor Kirchner"
    assert load_kb().resolve_person("Kirchner", "2010-01-01").name.startswith("Cristina")


def test_country_forms_cover_short_forms_and_seats():
    forms = country_forms()
    assert forms["U.S."].iso3 == "USA"
    assert forms["DPRK"].iso3 == "PRK"
    assert forms["Britons"].iso3 == "GBR" and forms["Britons"].form == "people"
    assert forms["Kremlin"].form == "seat"
    assert forms["Caracas"].iso3 == "VEN"


def test_read_tsv_reports_bad_rows():
    with pytest.raises(ValueError, match="line 3"):
        read_tsv("a\tb\n1\t2\n1\t2\t3\t4\n", "x.tsv")


def test_user_file_adds_an_actor(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my actors\nname\taliases\tcountry\tsector\trole\tstart\tend\tnotes\n"
        "Zorblat Quexley\tQuexley\tVEN\tOPP\tstudent leader\t2018\t\t\n",
        encoding="utf-8",
    )
    kb = load_kb([str(path)])
    assert kb.resolve_person("Quexley", "2019-05-01").sector == "OPP"
    assert load_kb().resolve_person("Quexley") is None  # the bundled KB is untouched


def test_user_file_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="missing.tsv"):
        load_kb([str(tmp_path / "missing.tsv")])
    bad = tmp_path / "bad.tsv"
    bad.write_text("who\twhere\nX\tY\n", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        load_kb([str(bad)])


def test_user_actor_found_in_text(tmp_path):
    from dyads.actors import find_actors
    from dyads.nlp import load_nlp

    path = tmp_path / "mine.tsv"
    path.write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\tnotes\n"
        "Zorblat Quexley\t\tVEN\tOPP\tstudent leader\t2018\t\t\n",
        encoding="utf-8",
    )
    text = "Zorblat Quexley called for protests. Quexley said the march would go ahead."
    found = find_actors(load_nlp()(text), Article(id="t", text=text, date="2019-05-01"),
                        load_kb([str(path)]))
    hits = [a for a in found if a.name == "Zorblat Quexley"]
    assert len(hits) == 2 and all(a.code == "VENOPP" for a in hits)
