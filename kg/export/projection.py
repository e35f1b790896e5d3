"""RDF → property graph (networkx). Entities become nodes, object properties edges, literals attributes.

The graph holds every entity a document mentions, plus the entities their relations point at
(parent regions, reference industries), so that edges never dangle.
"""
from __future__ import annotations

import networkx as nx

from kg.iris import entity_id
from kg.resolve import entity_type
from kg.store.base import Store
from kg.vocab import BASE, RELATION_PREDICATES

_P = "https://w3id.org/kg-cn/ontology#"
_VALUES = " ".join(f"<{_P}{p}>" for p in RELATION_PREDICATES)
_NODES = f"""PREFIX kg: <{_P}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?zh) AS ?label) (SAMPLE(?en) AS ?label_en) (SAMPLE(?c) AS ?code) WHERE {{
  {{ ?e kg:mentionedIn ?d }} UNION {{ ?x kg:mentionedIn ?d . ?x ?p ?e . VALUES ?p {{ {_VALUES} }} }}
  ?e a ?t .
  OPTIONAL {{ ?e rdfs:label ?zh FILTER(lang(?zh) = "zh") }}
  OPTIONAL {{ ?e rdfs:label ?en FILTER(lang(?en) = "en") }}
  OPTIONAL {{ ?e kg:code ?c }}
}} GROUP BY ?e"""
_EDGES = f"""SELECT ?s ?p ?o (COUNT(DISTINCT ?doc) AS ?docs) WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  VALUES ?p {{ {_VALUES} }}
  BIND(IF(STRSTARTS(STR(?g), "{BASE}doc/"), ?g, ?unbound) AS ?doc)
}} GROUP BY ?s ?p ?o"""


def project(store: Store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for row in store.select(_NODES):
        iri = row["e"]
        g.add_node(iri, iri=iri, id=entity_id(iri), type=entity_type(row["type"]),
                   label=row.get("label") or entity_id(iri), label_en=row.get("label_en") or "", code=row.get("code") or "")
    for row in store.select(_EDGES):
        s, o = row["s"], row["o"]
        if s in g and o in g:
            pred = row["p"].rsplit("#", 1)[-1]
            g.add_edge(s, o, key=f"{pred}", predicate=pred, documents=int(row["docs"]))
    for n in g.nodes:
        g.nodes[n]["degree"] = g.degree(n)
    for n, (s, o, k) in enumerate(sorted(g.edges(keys=True))):
        g.edges[s, o, k]["id"] = f"e{n}"
    return g
