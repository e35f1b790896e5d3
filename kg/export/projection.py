"""RDF → property graph (networkx), the one projection every graph format is written from.

* Entities become nodes keyed by IRI, with ``iri``, ``id`` (the short REST id), ``type``, ``label`` (zh),
  ``label_en``, ``aliases`` (``|``-joined), ``pinyin``, ``code``, ``level``, ``latitude``/``longitude``
  (regions, WGS-84), ``documents`` (how many documents mention it) and ``degree`` (in the whole graph, so a
  subgraph still shows how much lies beyond it).
* Object properties become edges with a unique, stable ``id`` (the same edge keeps its id in every subgraph),
  ``predicate`` (local name), ``predicate_iri`` and ``documents`` (supporting documents; 0 for reference data).
* Literals are attributes, never nodes; IRIs are attributes, and each writer picks ids its format allows.

The graph holds every entity a document mentions, the entities their relations point at, and the regions
above those, so that edges never dangle and the region hierarchy is whole. A :class:`Selection` cuts a
subgraph: a focus entity with its neighbourhood, entity types, predicates.
"""
from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field

import networkx as nx

from kg._exceptions import KGError
from kg.iris import entity_id
from kg.resolve import entity_type
from kg.store.base import Store
from kg.vocab import BASE, ENTITY_TYPES, RELATION_PREDICATES

ONTOLOGY = BASE + "ontology#"
#: how far a focus may reach; beyond 4 hops the seeds' neighbourhood is the whole graph anyway
MAX_DEPTH = 6
#: node attributes in a fixed order, with the type a writer should declare (Gephi-safe: string, int, double)
NODE_ATTRIBUTES = (("iri", "string"), ("id", "string"), ("type", "string"), ("label", "string"),
                   ("label_en", "string"), ("aliases", "string"), ("pinyin", "string"), ("code", "string"),
                   ("level", "string"), ("latitude", "double"), ("longitude", "double"),
                   ("documents", "int"), ("degree", "int"))
EDGE_ATTRIBUTES = (("id", "string"), ("predicate", "string"), ("predicate_iri", "string"), ("documents", "int"))

_VALUES = " ".join(f"<{ONTOLOGY}{p}>" for p in RELATION_PREDICATES)
_NODES = f"""PREFIX kg: <{ONTOLOGY}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?zh) AS ?label) (SAMPLE(?en) AS ?label_en) (SAMPLE(?c) AS ?code)
       (SAMPLE(?lat) AS ?latitude) (SAMPLE(?lon) AS ?longitude) (SAMPLE(?lvl) AS ?level)
       (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases) (GROUP_CONCAT(DISTINCT ?py; separator="|") AS ?pinyin)
WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{
    {{ ?e kg:mentionedIn ?d }}
    UNION {{ ?x kg:mentionedIn ?d . ?x ?p ?e . VALUES ?p {{ {_VALUES} }} }}
    UNION {{ ?x kg:mentionedIn ?d . ?x kg:locatedIn+ ?e }}
  }} }}
  ?e a ?t .
  OPTIONAL {{ ?e rdfs:label ?zh FILTER(lang(?zh) = "zh") }}
  OPTIONAL {{ ?e rdfs:label ?en FILTER(lang(?en) = "en") }}
  OPTIONAL {{ ?e skos:altLabel ?alias }}
  OPTIONAL {{ ?e kg:pinyin ?py }}
  OPTIONAL {{ ?e kg:code ?c }}
  OPTIONAL {{ ?e kg:latitude ?lat ; kg:longitude ?lon }}
  OPTIONAL {{ ?e kg:regionLevel ?lvl }}
}} GROUP BY ?e"""
_MENTIONS = f"""PREFIX kg: <{ONTOLOGY}>
SELECT ?e (COUNT(DISTINCT ?d) AS ?docs) WHERE {{ ?e kg:mentionedIn ?d }} GROUP BY ?e"""
_EDGES = f"""SELECT ?s ?p ?o (COUNT(DISTINCT ?doc) AS ?docs) WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  VALUES ?p {{ {_VALUES} }}
  BIND(IF(STRSTARTS(STR(?g), "{BASE}doc/"), ?g, ?unbound) AS ?doc)
}} GROUP BY ?s ?p ?o"""


# store -> (generation, graph): the explorer asks for many small views of one graph
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class SelectionError(KGError):
    """A subgraph selection names an unknown type or predicate, or reaches too far."""


@dataclass(frozen=True)
class Selection:
    """Which part of the graph to export. The default is the whole graph.

    ``focus`` is an entity IRI (names are resolved before this, see ``kg.export.export``); ``depth`` counts
    hops in either direction; ``types`` and ``predicates`` keep only those node types and edge predicates
    (the focus itself is always kept). ``nodes`` (IRIs) keeps exactly those entities and the edges among them,
    as when the explorer exports what it shows.

    >>> sorted(Selection.parse(types="Firm,Region", predicates="locatedIn").types)
    ['Firm', 'Region']
    """

    focus: str | None = None
    depth: int = 1
    types: frozenset[str] = field(default_factory=frozenset)
    predicates: frozenset[str] = field(default_factory=frozenset)
    nodes: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not 0 <= self.depth <= MAX_DEPTH:
            raise SelectionError(f"depth {self.depth} is out of range 0..{MAX_DEPTH}")
        unknown = sorted(self.types - set(ENTITY_TYPES))
        if unknown:
            raise SelectionError(f"unknown entity type {', '.join(unknown)}; choose from {', '.join(ENTITY_TYPES)}")
        unknown = sorted(self.predicates - set(RELATION_PREDICATES))
        if unknown:
            raise SelectionError(f"unknown predicate {', '.join(unknown)}; choose from {', '.join(RELATION_PREDICATES)}")

    @classmethod
    def parse(cls, focus: str | None = None, depth: int = 1, types: str | None = None,
              predicates: str | None = None) -> "Selection":
        """From comma-separated strings, as the CLI and query parameters give them."""
        def items(text: str | None) -> frozenset[str]:
            return frozenset(t.strip() for t in (text or "").split(",") if t.strip())

        return cls(focus=focus or None, depth=depth, types=items(types), predicates=items(predicates))

    @property
    def whole(self) -> bool:
        return self.focus is None and not self.types and not self.predicates and not self.nodes


def edge_id(s: str, p: str, o: str) -> str:
    """A stable id for the edge ``s p o``: the same in every export and every subgraph.

    >>> edge_id("a", "locatedIn", "b") == edge_id("a", "locatedIn", "b") != edge_id("b", "locatedIn", "a")
    True
    """
    return "e" + hashlib.sha1(f"{s} {p} {o}".encode()).hexdigest()[:12]


def _number(value) -> float | None:
    return float(value) if value not in (None, "") else None


def project_all(store: Store) -> nx.MultiDiGraph:
    """The whole graph, shared until the store changes: treat it as read-only (``select`` copies)."""
    cached = _CACHE.get(store)
    if cached is not None and cached[0] == store.generation:
        return cached[1]
    generation = store.generation
    g = _project(store)
    _CACHE[store] = (generation, g)
    return g


def _project(store: Store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    mentions = {row["e"]: int(row["docs"]) for row in store.select(_MENTIONS)}
    for row in store.select(_NODES):
        iri = row["e"]
        label = row.get("label") or entity_id(iri)
        aliases = sorted(a for a in (row.get("aliases") or "").split("|") if a and a != label)
        g.add_node(iri, iri=iri, id=entity_id(iri), type=entity_type(row["type"]), label=label,
                   label_en=row.get("label_en") or "", aliases="|".join(aliases),
                   pinyin=(row.get("pinyin") or "").split("|")[0], code=str(row.get("code") or ""),
                   level=(row.get("level") or "").rsplit("/", 1)[-1], latitude=_number(row.get("latitude")),
                   longitude=_number(row.get("longitude")), documents=mentions.get(iri, 0))
    for row in store.select(_EDGES):
        s, o = row["s"], row["o"]
        if s in g and o in g and s != o:
            pred = row["p"].rsplit("#", 1)[-1]
            g.add_edge(s, o, key=pred, id=edge_id(s, pred, o), predicate=pred, predicate_iri=row["p"],
                       documents=int(row["docs"]))
    for n in g.nodes:
        g.nodes[n]["degree"] = g.degree(n)
    return g


def select(g: nx.MultiDiGraph, selection: Selection) -> nx.MultiDiGraph:
    """The subgraph ``selection`` names (a copy; ``g`` is left as it is)."""
    if selection.whole:
        return g.copy()
    if selection.focus is not None and selection.focus not in g:
        raise SelectionError(f"{selection.focus} is not in the graph (it has no relation to export)")
    missing = sorted(selection.nodes - set(g))
    if missing:
        raise SelectionError(f"not in the graph: {', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}")
    keep = {n for n, t in g.nodes(data="type") if (not selection.types or t in selection.types)
            and (not selection.nodes or n in selection.nodes)}
    if selection.focus is not None:
        keep.add(selection.focus)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in keep)
    sub.add_edges_from((s, o, k, d) for s, o, k, d in g.edges(keys=True, data=True)
                       if s in keep and o in keep and (not selection.predicates or d["predicate"] in selection.predicates))
    if selection.focus is not None:
        near = nx.single_source_shortest_path_length(sub.to_undirected(as_view=True), selection.focus,
                                                     cutoff=selection.depth)
        sub = sub.subgraph(near).copy()
        sub.graph["focus"] = g.nodes[selection.focus]["id"]
    return sub


def project(store: Store, selection: Selection | None = None) -> nx.MultiDiGraph:
    """The property graph of ``store``, cut to ``selection`` (default: the whole graph)."""
    g = project_all(store)
    return g if selection is None or selection.whole else select(g, selection)


def sorted_nodes(g: nx.MultiDiGraph) -> list[tuple[str, dict]]:
    """Nodes in a stable order (by type, then IRI), so that exports of the same graph are byte-identical."""
    return sorted(g.nodes(data=True), key=lambda nd: (nd[1]["type"], nd[0]))


def sorted_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    return sorted(g.edges(data=True), key=lambda e: (e[2]["predicate"], e[0], e[1]))
