"""RDF exports of a (sub)graph: Turtle, N-Triples and JSON-LD of the union; TriG and N-Quads keep each
fact in the named graph of the document that states it (provenance), and reference data in its own graph.

What a view holds: every node's description (type, labels, codes, coordinates…), the relations between its
nodes, and for a subgraph the assertions, evidence sentences, observations and documents behind them. The
whole graph holds every document graph as stored, plus the reference data about its nodes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.store.base import Store
from kg.store.oxigraph import IRI
from kg.vocab import BASE, DCT, KG, PROV, REFERENCE_GRAPH, RELATION_PREDICATES, SCHEMA

Quad = tuple  # (s, p, o, g) of rdflib terms

PREFIXES = {"kg": str(KG), "id": BASE + "id/", "doc": BASE + "doc/", "rdf": str(RDF),
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#", "prov": str(PROV), "dct": str(DCT), "schema": str(SCHEMA)}
#: the JSON-LD context, inline so that no processor has to fetch one
CONTEXT = {**PREFIXES, "@vocab": str(KG)}

_RELATIONS = {str(KG[p]) for p in RELATION_PREDICATES}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
_DOC_QUADS = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{BASE}doc/\")) }}"
_REFERENCE = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}"


def _term(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == _XSD_STRING:  # a plain literal: rdflib tells "x" and "x"^^xsd:string apart
        return Literal(t.value)
    if t.datatype.value == _XSD_DECIMAL and re.fullmatch(r"[+-]?\d+", t.value):
        # Turtle writes a decimal bare and so needs a point: "20" would come back as "20.0", another term
        return Literal(t.value + ".0", datatype=URIRef(_XSD_DECIMAL))
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def quads(store: Store, g: nx.MultiDiGraph, whole: bool) -> list[Quad]:
    """The quads of the view ``g`` (see the module docstring)."""
    nodes = {URIRef(n) for n in g.nodes}
    edges = {(URIRef(s), URIRef(d["predicate_iri"]), URIRef(o)) for s, o, d in g.edges(data=True)}

    def relation_ok(s, p, o) -> bool:
        return str(p) not in _RELATIONS or (s, p, o) in edges

    out: list[Quad] = []
    ref = URIRef(str(REFERENCE_GRAPH))
    for node in sorted(nodes):
        for row in store.query(_REFERENCE, bindings={"s": IRI(str(node))}):
            p, o = _term(row["p"]), _term(row["o"])
            if relation_ok(node, p, o):
                out.append((node, p, o, ref))
    doc_quads = [tuple(_term(row[v]) for v in ("s", "p", "o", "g")) for row in store.query(_DOC_QUADS)]
    if whole:
        return out + doc_quads
    by_subject: dict = defaultdict(list)
    for q in doc_quads:
        by_subject[q[0]].append(q)
    keep: set = set()
    for s, qs in by_subject.items():
        props = {p: o for _, p, o, _ in qs}
        if s in nodes:
            keep.add(s)
            keep.update(o for _, p, o, _ in qs if p == KG.mentionedIn)
        elif (props.get(RDF.subject), props.get(RDF.predicate), props.get(RDF.object)) in edges \
                or props.get(KG.observedEntity) in nodes:
            keep.update((s, props.get(KG.evidence), props.get(PROV.wasDerivedFrom)))
    return out + [q for s in keep if s in by_subject for q in by_subject[s]
                  if s not in nodes or relation_ok(*q[:3])]


def _graph(qs: Iterable[Quad]) -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    for s, p, o, _ in qs:
        graph.add((s, p, o))
    return graph


def _dataset(qs: Iterable[Quad]) -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    for s, p, o, gr in qs:
        ds.graph(gr).add((s, p, o))
    return ds


def serialize(qs: list[Quad], format: str) -> bytes:
    """``format`` is one of turtle, nt, jsonld (the union), trig, nquads (named graphs kept)."""
    if format in ("trig", "nquads"):
        return _dataset(qs).serialize(format=format, encoding="utf-8")
    if format == "jsonld":
        return _graph(qs).serialize(format="json-ld", context=CONTEXT, auto_compact=True, encoding="utf-8")
    return _graph(qs).serialize(format=format, encoding="utf-8")
