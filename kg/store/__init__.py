"""Storage: a narrow interface over a quad store. It knows nothing about extraction.

``open_store(location)`` picks the backend from the location:

- ``None`` or ``":memory:"``: an in-memory Oxigraph store (tests);
- a directory path: an embedded on-disk Oxigraph store (the default);
- ``sparql+http://host:port/path``: a remote SPARQL 1.1 engine (kg/store/sparql.py, docs/remote-store.md).
"""
from __future__ import annotations

from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

__all__ = ["Store", "OxigraphStore", "open_store"]


def open_store(location: str | None = None, *, read_only: bool = False) -> Store:
    if location in (None, "", ":memory:"):
        return OxigraphStore(None)
    if location.startswith(("sparql+http://", "sparql+https://")):
        from kg.store.sparql import SparqlStore

        return SparqlStore(location)
    return OxigraphStore(location, read_only=read_only)
