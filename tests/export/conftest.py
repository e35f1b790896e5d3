"""The seeds' projection and exports, computed once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "schemas"


@pytest.fixture(scope="session")
def whole(seeded_store):
    from kg.export.projection import project_all

    return project_all(seeded_store)


@pytest.fixture(scope="session")
def exported(seeded_store):
    """format -> bytes of the whole-graph export, made on first use."""
    from kg.export import export

    cache: dict[str, bytes] = {}

    def get(format: str) -> bytes:
        if format not in cache:
            cache[format] = export(seeded_store, format)
        return cache[format]

    return get
