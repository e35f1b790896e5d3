"""The ontology, its SHACL shapes and the reference data, as RDF graphs.

Reference data is what every document's facts point at: the ~3300 regions of the gazetteer
(kg/regions.py), region levels, macro-regions, industries, cluster tiers and designations. It is the
one place where gazetteer records become triples, so the extractors and the store agree on the
shape of a region. The files live in the ``ontology`` package (ontology/kg.ttl, shapes.ttl,
reference/*.ttl); ontology/README.md says where each came from.

Graphs are built once per process and shared: copy one before changing it.

>>> from kg.vocab import KG
>>> from kg.iris import entity_iri
>>> (entity_iri("Region", "330522"), KG.locatedIn, entity_iri("Region", "330500")) in reference_graph()
True
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import SKOS

from kg import regions
from kg.iris import entity_iri, level_iri
from kg.vocab import DCT, KG, ORG, PROV, QB, SCHEMA, SH

#: levels that come from the reference Turtle files rather than from geotool-cn
_FROM_TURTLE = frozenset({"macro", "country"})


def _bind(graph: Graph) -> Graph:
    for prefix, ns in (("kg", KG), ("schema", SCHEMA), ("org", ORG), ("prov", PROV), ("qb", QB),
                       ("dcterms", DCT), ("sh", SH), ("skos", SKOS)):
        graph.bind(prefix, ns, override=True)
    return graph


def _parse(*names: str) -> Graph:
    graph = _bind(Graph())
    for name in names:
        graph.parse(data=regions.ontology_file(name).read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """ontology/kg.ttl: classes, properties and their alignments."""
    return _parse("kg.ttl")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl. Validate with the ontology as ``ont_graph`` so subclasses are known:

    ``pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none")``
    """
    return _parse("shapes.ttl")


def reference_files() -> list[str]:
    """The Turtle files under ontology/reference/, relative to ontology/, sorted."""
    folder = regions.ontology_file("reference")
    return sorted(f"reference/{f.name}" for f in folder.iterdir() if f.name.endswith(".ttl"))


def region_triples(graph: Graph, place: regions.Place) -> None:
    """Add one gazetteer place to ``graph`` in the shape the shapes expect of a kg:Region."""
    node = entity_iri("Region", place.code)
    graph.add((node, RDF.type, KG.Region))
    graph.add((node, RDFS.label, Literal(place.name, lang="zh")))
    if place.name_en:
        graph.add((node, RDFS.label, Literal(place.name_en, lang="en")))
    for alias in place.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    graph.add((node, KG.code, Literal(place.code)))
    graph.add((node, KG.regionLevel, level_iri(place.level)))
    if place.parent:
        graph.add((node, KG.locatedIn, entity_iri("Region", place.parent)))
    if place.latitude is not None and place.longitude is not None:
        # str() first: a float's binary expansion is not the figure geotool published
        graph.add((node, KG.latitude, Literal(Decimal(str(place.latitude)))))
        graph.add((node, KG.longitude, Literal(Decimal(str(place.longitude)))))
    for reading in {place.pinyin, place.pinyin_stem} - {""}:
        graph.add((node, KG.pinyin, Literal(reading)))
    if place.valid_from:
        graph.add((node, KG.validFrom, Literal(place.valid_from, datatype=XSD.gYear)))
    if place.valid_until:
        graph.add((node, KG.validUntil, Literal(place.valid_until, datatype=XSD.gYear)))
    if place.successor:
        graph.add((entity_iri("Region", place.successor), KG.formerly, node))


@lru_cache(maxsize=1)
def reference_vocabulary() -> Graph:
    """ontology/reference/*.ttl alone: industries, designations, cluster tiers, levels, macro-regions.

    What extraction looks up by name (kg.extract.reference) is all here; the ~3300 divisions that
    ``reference_graph`` adds from the gazetteer are kg:Region nodes only, and cost most of its build.
    """
    return _parse(*reference_files())


@lru_cache(maxsize=1)
def reference_graph() -> Graph:
    """All of ontology/reference/*.ttl plus every division of the gazetteer as kg:Region."""
    graph = _parse(*reference_files())
    for place in regions.places():
        if place.level not in _FROM_TURTLE:
            region_triples(graph, place)
    return graph
