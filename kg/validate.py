"""SHACL validation of what is stored: every document graph together with the reference data it uses."""
from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph

from kg.store.base import Store
from kg.vocab import BASE, ONTOLOGY_GRAPH

# reference nodes the documents touch, and everything those point at (parents, broader terms)
_USED_REFERENCE = f"""CONSTRUCT {{ ?n ?p ?o }} WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{
      GRAPH ?g {{ {{ ?x ?q ?r }} UNION {{ ?r ?q ?x }} }}
      FILTER(STRSTARTS(STR(?g), "{BASE}doc/") && isIRI(?r))
      GRAPH <{BASE}graph/reference> {{ ?r (!<urn:x-kg:none>)* ?n }}
  }} }}
  GRAPH <{BASE}graph/reference> {{ ?n ?p ?o }}
}}"""


@dataclass
class Report:
    conforms: bool
    text: str
    violations: int


def data_graph(store: Store) -> Graph:
    """Document graphs plus the reference nodes they touch (all 3,300 regions would only slow pySHACL)."""
    g = Graph()
    docs = [x for x in store.graphs() if x.startswith(BASE + "doc/")]
    for name in docs:
        g.parse(data=store.dump("ntriples", graph=name), format="nt")
    g.parse(data=_construct(store, _USED_REFERENCE), format="nt")
    return g


def _construct(store: Store, query: str) -> bytes:
    import pyoxigraph as ox

    return store.query(query).serialize(format=ox.RdfFormat.N_TRIPLES)


def validate_graph(data: Graph) -> Report:
    from kg.refdata import ontology_graph, shapes_graph

    conforms, report_graph, text = pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                                    inference="none", advanced=False)
    from kg.vocab import SH

    violations = len(list(report_graph.subjects(SH.resultSeverity, None)))
    return Report(bool(conforms), text, violations)


def validate_store(store: Store) -> Report:
    return validate_graph(data_graph(store))


__all__ = ["validate_store", "validate_graph", "data_graph", "Report", "ONTOLOGY_GRAPH"]
