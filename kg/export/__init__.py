"""Graph export: one projection from RDF to a property graph, then one writer per format."""
from __future__ import annotations

from kg.export.projection import project

FORMATS = ("graphml",)
MEDIA_TYPES = {"graphml": "application/graphml+xml"}
EXTENSIONS = {"graphml": ".graphml"}


def export(store, format: str) -> bytes:
    """The whole graph in ``format`` (see ``FORMATS``)."""
    if format not in FORMATS:
        from kg._exceptions import KGError

        raise KGError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    from kg.export import graphml

    return graphml.write(project(store))


__all__ = ["export", "project", "FORMATS", "MEDIA_TYPES", "EXTENSIONS"]
