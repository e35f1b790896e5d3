"""Shared fixtures: one in-memory store with the seeds loaded, and an app over it."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeded_store():
    from kg.loader import load_paths
    from kg.store import open_store

    store = open_store(None)
    results, errors = load_paths(store, [SEEDS])
    assert not errors and len(results) == 2
    return store


@pytest.fixture(scope="session")
def client(seeded_store):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from kg.config import Settings

    app = create_app(Settings(store=":memory:", seeds=""), store=seeded_store)
    with TestClient(app) as c:
        yield c
