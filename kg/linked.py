"""Linked data: the RDF description of one entity, for dereferencing its IRI.

The description is the entity's own triples, the links that point at it, the labels of everything it links to, and
the provenance of each link (the ``kg:Assertion``, its sentence with text and span, and the document), so that a
client that fetches one IRI can trace every statement without a second request.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from kg.queries import PREFIXES
from kg.store.base import Store
from kg.store.oxigraph import IRI

#: media type → pyoxigraph format, in the order offered when the client accepts anything
FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
}

# characters RFC 3987 forbids in an IRI: such a path names nothing here
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')
_DESCRIBE = PREFIXES + """CONSTRUCT {
  ?e ?p ?o . ?o rdfs:label ?ol . ?s ?q ?e . ?s rdfs:label ?sl .
  ?a a kg:Assertion ; rdf:subject ?as ; rdf:predicate ?ap ; rdf:object ?ao ; kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
  ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end ; kg:inDocument ?doc . ?doc dct:title ?title .
} WHERE {
  { ?e ?p ?o OPTIONAL { ?o rdfs:label ?ol } }
  UNION
  { ?s ?q ?e FILTER(?q NOT IN (rdf:subject, rdf:object, kg:observedEntity)) ?s a ?t OPTIONAL { ?s rdfs:label ?sl } }
  UNION
  { { ?a rdf:subject ?e } UNION { ?a rdf:object ?e }
    ?a a kg:Assertion ; rdf:subject ?as ; rdf:predicate ?ap ; rdf:object ?ao ; kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
    ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end .
    OPTIONAL { ?doc dct:title ?title } }
}"""


def exists(store: Store, iri: str) -> bool:
    """Whether the store says anything about ``iri`` (False for a string that is not a valid IRI)."""
    if _NOT_IRI.search(iri):
        return False
    return bool(store.select("SELECT ?e ?p WHERE { ?e ?p ?o } LIMIT 1", {"e": IRI(iri)}))


def describe(store: Store, iri: str, media_type: str) -> bytes:
    """The entity's description serialised as ``media_type`` (one of ``FORMATS``)."""
    triples = store.query(_DESCRIBE, bindings={"e": IRI(iri)})
    return triples.serialize(format=FORMATS[media_type])
