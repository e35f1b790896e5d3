"""The formats the SPARQL endpoints speak, as tables, and responses built from them.

The first entry of each table is what ``*/*`` (or no ``Accept``) gets: SPARQL JSON results for SELECT
and ASK, Turtle for graphs. Aliases that clients send (``application/json``, ``text/plain`` …) follow.
"""
from __future__ import annotations

import json

import pyoxigraph as ox
from fastapi.responses import Response

from api.errors import error_body
from api.negotiation import negotiate

RESULT_MEDIA_TYPES = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
    "application/xml",
    "text/xml",
]
GRAPH_MEDIA_TYPES = [
    "text/turtle",
    "application/n-triples",
    "application/rdf+xml",
    "application/ld+json",
    "application/trig",
    "application/n-quads",
    "application/x-turtle",
    "text/plain",
    "application/xml",
    "text/xml",
]
#: media types that name a format in the W3C formats registry (for service descriptions)
FORMAT_IRIS = {
    "application/sparql-results+json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "application/sparql-results+xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "text/csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "text/tab-separated-values": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "text/turtle": "http://www.w3.org/ns/formats/Turtle",
    "application/n-triples": "http://www.w3.org/ns/formats/N-Triples",
    "application/rdf+xml": "http://www.w3.org/ns/formats/RDF_XML",
    "application/ld+json": "http://www.w3.org/ns/formats/JSON-LD",
    "application/trig": "http://www.w3.org/ns/formats/TriG",
    "application/n-quads": "http://www.w3.org/ns/formats/N-Quads",
}
#: prefixes for the serialisations that have them (service descriptions read better with them)
PREFIXES = {"sd": "http://www.w3.org/ns/sparql-service-description#", "void": "http://rdfs.org/ns/void#",
            "dct": "http://purl.org/dc/terms/", "formats": "http://www.w3.org/ns/formats/",
            "kg": "https://w3id.org/kg-cn/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"}
#: formats a Graph Store PUT/POST body may have
RDF_INPUT_MEDIA_TYPES = ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
                         "application/trig", "application/n-quads", "application/x-turtle", "text/plain"]


def rdf_format(media_type: str) -> ox.RdfFormat:
    if media_type in ("application/xml", "text/xml"):
        return ox.RdfFormat.RDF_XML
    fmt = ox.RdfFormat.from_media_type(media_type)
    if fmt is None:
        raise ValueError(f"not an RDF media type: {media_type}")
    return fmt


def content_type(media_type: str) -> str:
    """The Content-Type header: UTF-8 stated for every textual format (all of ours are)."""
    return f"{media_type}; charset=utf-8"


def not_acceptable(offered: list[str]) -> Response:
    return Response(json.dumps(error_body("NotAcceptable", "none of the formats in Accept can carry this result",
                                          offered=offered)),
                    status_code=406, media_type="application/json", headers={"Vary": "Accept"})


def graph_response(triples: list[ox.Triple], accept: str | None, extra: dict[str, Response] | None = None) -> Response:
    """Serialise ``triples`` in the best graph format for ``accept``; ``extra`` offers more (e.g. HTML) after Turtle."""
    offered = GRAPH_MEDIA_TYPES[:1] + list(extra or {}) + GRAPH_MEDIA_TYPES[1:]
    media = negotiate(accept, offered)
    if media is None:
        return not_acceptable(offered)
    if extra and media in extra:
        return extra[media]
    fmt = rdf_format(media)
    items = [ox.Quad(t.subject, t.predicate, t.object) for t in triples] if fmt.supports_datasets else triples
    body = ox.serialize(items, format=fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG,
                                                                           ox.RdfFormat.RDF_XML) else None)
    return Response(body, media_type=content_type(media), headers={"Vary": "Accept"})
