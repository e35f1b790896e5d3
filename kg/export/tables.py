"""Tables for spreadsheets (``csv``) and for ``neo4j-admin database import`` (``neo4j``), each a set of
CSV files (UTF-8 with a byte-order mark for spreadsheets, so Excel reads the Chinese).

* ``csv``: ``entities.csv``, ``relations.csv`` (with the first evidence sentence and how many there are) and
  ``observations.csv``.
* ``neo4j``: ``nodes.csv`` with ``iri:ID(Entity)`` and ``:LABEL``; ``relationships.csv`` with
  ``:START_ID(Entity)``, ``:END_ID(Entity)`` and ``:TYPE``; and ``import.txt`` with the command.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict

import networkx as nx

from kg.export.projection import NODE_ATTRIBUTES, sorted_edges, sorted_nodes
from kg.queries import VALUE_OR_RANK
from kg.store.base import Store

_EVIDENCE = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?s ?p ?o ?text ?doc ?start WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
  ?sentence kg:text ?text ; kg:charStart ?start .
} ORDER BY ?doc ?start"""
_OBSERVATIONS = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?o ?subject ?indicator ?value ?unit ?period ?qualifier ?text ?doc WHERE {
  ?o a kg:Observation ; kg:observedEntity ?subject ; kg:indicator ?indicator ;
     kg:evidence ?s ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?o kg:period ?period } OPTIONAL { ?o kg:qualifier ?qualifier }
  """ + VALUE_OR_RANK + """
  ?s kg:text ?text .
} ORDER BY ?subject ?indicator ?period"""
NEO4J_TYPES = {"string": "", "int": ":int", "double": ":double"}
NEO4J_COMMAND = ("neo4j-admin database import full --array-delimiter=';' --nodes=nodes.csv "
                 "--relationships=relationships.csv neo4j\n")


def _csv(header: list[str], rows, bom: bool = False) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buf.getvalue().encode()


def _cell(value) -> str:
    return "" if value is None else str(value)


def spreadsheet(store: Store, g: nx.MultiDiGraph) -> dict[str, bytes]:
    names = [n for n, _ in NODE_ATTRIBUTES]
    entities = _csv(names, ([_cell(d.get(n)) for n in names] for _, d in sorted_nodes(g)), bom=True)
    evidence = defaultdict(list)
    for r in store.select(_EVIDENCE):
        evidence[(r["s"], r["p"], r["o"])].append(r)
    rows = []
    for s, o, d in sorted_edges(g):
        ev = evidence.get((s, d["predicate_iri"], o), [])
        rows.append([d["id"], s, g.nodes[s]["label"], d["predicate"], o, g.nodes[o]["label"], d["documents"],
                     len(ev), ev[0]["text"] if ev else "", ev[0]["doc"] if ev else ""])
    relations = _csv(["id", "subject", "subject_label", "predicate", "object", "object_label", "documents",
                      "evidence_count", "evidence", "evidence_document"], rows, bom=True)
    obs = [[r["o"], r["subject"], g.nodes[r["subject"]]["label"], r["indicator"], _cell(r["value"]), r["unit"],
            _cell(r.get("period")), _cell(r.get("qualifier")), r["text"], r["doc"]]
           for r in store.select(_OBSERVATIONS) if r["subject"] in g]
    observations = _csv(["iri", "subject", "subject_label", "indicator", "value", "unit", "period", "qualifier",
                         "evidence", "document"], obs, bom=True)
    return {"entities.csv": entities, "relations.csv": relations, "observations.csv": observations}


def relationship_type(predicate: str) -> str:
    """Neo4j's convention for relationship types.

    >>> relationship_type("hasPriorityIndustry")
    'HAS_PRIORITY_INDUSTRY'
    """
    return re.sub(r"(?<!^)(?=[A-Z])", "_", predicate).upper()


def _neo4j_header(name: str, type_: str) -> str:
    return "aliases:string[]" if name == "aliases" else name + NEO4J_TYPES[type_]


def _neo4j_cell(name: str, value) -> str:
    # the projection joins aliases with "|"; neo4j-admin splits arrays on --array-delimiter
    return _cell(value).replace("|", ";") if name == "aliases" else _cell(value)


def neo4j(g: nx.MultiDiGraph) -> dict[str, bytes]:
    attrs = [(n, t) for n, t in NODE_ATTRIBUTES if n != "iri"]
    nodes = _csv(["iri:ID(Entity)", ":LABEL"] + [_neo4j_header(n, t) for n, t in attrs],
                 ([iri, f"Entity;{d['type']}"] + [_neo4j_cell(n, d.get(n)) for n, _ in attrs] for iri, d in sorted_nodes(g)))
    rels = _csv([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "predicate", "predicate_iri", "documents:int"],
                ([s, o, relationship_type(d["predicate"]), d["id"], d["predicate"], d["predicate_iri"], d["documents"]]
                 for s, o, d in sorted_edges(g)))
    return {"nodes.csv": nodes, "relationships.csv": rels, "import.txt": NEO4J_COMMAND.encode()}
