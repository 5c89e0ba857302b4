"""Shared fixtures: the spaCy model is loaded once per session; shared/ is optional."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_e92bd4434ac71c8f.md"


@pytest.fixture(scope="session")
def nlp():
    from dyads.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seed is not here (the user's example article)")
    return SEED
