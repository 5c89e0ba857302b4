"""CAMEO region codes that the actor stage writes can be asked for with a sector in lower case."""

import pytest

from dyads.queries import resolve_actor


@pytest.mark.parametrize("text, country, sector", [("wstgov", "WST", "GOV"), ("pgsmil", "PGS", "MIL")])
def test_region_codes_with_a_sector_resolve_in_lower_case(text: str, country: str, sector: str) -> None:
    spec = resolve_actor(text)
    assert (spec.country, spec.sector) == (country, sector)
