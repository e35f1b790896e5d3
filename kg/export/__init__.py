"""Graph export: one projection from RDF to a property graph (``projection``), then one writer per format.

``export(store, format, selection)`` returns the bytes of one file; formats made of several files (``neo4j``,
``csv``) come as a zip, and ``export_files`` gives them one by one for writing a folder.

>>> sorted(FORMATS)[:4]
['csv', 'cytoscape', 'd3', 'dot']
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace

import networkx as nx

from kg._exceptions import KGError
from kg.export import dot, gexf, graphml, jsongraph, rdf, tables
from kg.export.geojson import geojson
from kg.export.projection import Selection, SelectionError, project, project_all, select
from kg.resolve import Resolver
from kg.store.base import Store
from kg.vocab import ID


@dataclass(frozen=True)
class View:
    """What a writer sees: the selected graph, the whole graph (for counts) and the store (for evidence)."""

    store: Store
    graph: nx.MultiDiGraph
    whole: nx.MultiDiGraph
    is_whole: bool


@dataclass(frozen=True)
class Format:
    media_type: str
    extension: str
    tool: str
    write: Callable[[View], bytes | dict[str, bytes]]


def _rdf(fmt: str) -> Callable[[View], bytes]:
    return lambda v: rdf.serialize(rdf.quads(v.store, v.graph, v.is_whole), fmt)


FORMATS: dict[str, Format] = {
    "graphml": Format("application/graphml+xml", ".graphml", "Gephi, Cytoscape desktop, yEd", lambda v: graphml.write(v.graph)),
    "gexf": Format("application/gexf+xml", ".gexf", "Gephi", lambda v: gexf.write(v.graph)),
    "cytoscape": Format("application/json", ".cyjs", "Cytoscape.js, Cytoscape desktop", lambda v: jsongraph.write_cytoscape(v.graph)),
    "d3": Format("application/json", ".json", "D3 force layouts", lambda v: jsongraph.write_d3(v.graph)),
    "dot": Format("text/vnd.graphviz", ".dot", "Graphviz", lambda v: dot.write(v.graph)),
    "svg": Format("image/svg+xml", ".svg", "browsers (rendered by Graphviz)", lambda v: dot.write_svg(v.graph)),
    "png": Format("image/png", ".png", "image viewers (rendered by Graphviz)", lambda v: dot.write_png(v.graph)),
    "neo4j": Format("application/zip", ".zip", "neo4j-admin database import", lambda v: tables.neo4j(v.graph)),
    "jsonld": Format("application/ld+json", ".jsonld", "JSON-LD processors", _rdf("jsonld")),
    "turtle": Format("text/turtle", ".ttl", "RDF tools", _rdf("turtle")),
    "nt": Format("application/n-triples", ".nt", "RDF tools", _rdf("nt")),
    "trig": Format("application/trig", ".trig", "RDF tools (named graphs kept)", _rdf("trig")),
    "nquads": Format("application/n-quads", ".nq", "RDF tools (named graphs kept)", _rdf("nquads")),
    "geojson": Format("application/geo+json", ".geojson", "QGIS, geojson.io, Leaflet",
                      lambda v: jsongraph.dumps(geojson(v.graph, v.whole))),
    "csv": Format("application/zip", ".zip", "spreadsheets", lambda v: tables.spreadsheet(v.store, v.graph)),
}
#: kept for callers of v1
MEDIA_TYPES = {name: f.media_type for name, f in FORMATS.items()}
EXTENSIONS = {name: f.extension for name, f in FORMATS.items()}


class UnknownFormat(KGError):
    pass


def view(store: Store, selection: Selection | None = None) -> View:
    whole = project_all(store)
    selection = selection or Selection()
    return View(store, select(whole, selection) if not selection.whole else whole, whole, selection.whole)


def selection(store: Store, focus: str | None = None, depth: int = 1, types: str | None = None,
              predicates: str | None = None, resolver: Resolver | None = None,
              nodes: list[str] | None = None) -> Selection:
    """A selection from the strings a user types: ``focus`` may be any name form (label, alias, pinyin, code,
    IRI); ``nodes`` are short ids (``firm/吉利``) or IRIs."""
    iri = None
    if focus:
        iri = (resolver or Resolver(store)).resolve(focus, "entity").iri
    sel = Selection.parse(iri, depth, types, predicates)
    if nodes:
        sel = replace(sel, nodes=frozenset(n if n.startswith(("http://", "https://")) else str(ID) + n for n in nodes))
    return sel


def export_files(store: Store, format: str, selection: Selection | None = None) -> bytes | dict[str, bytes]:
    """The export as written: bytes for one file, or file name → bytes for the formats made of several."""
    if format not in FORMATS:
        raise UnknownFormat(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[format].write(view(store, selection))


def zip_files(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def export(store: Store, format: str, selection: Selection | None = None) -> bytes:
    """The graph (or ``selection`` of it) in ``format``, as the bytes of one file (a zip for several files)."""
    out = export_files(store, format, selection)
    return zip_files(out) if isinstance(out, dict) else out


__all__ = ["export", "export_files", "zip_files", "view", "project", "Selection", "SelectionError", "UnknownFormat",
           "FORMATS", "MEDIA_TYPES", "EXTENSIONS", "selection"]
