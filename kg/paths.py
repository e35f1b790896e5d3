"""Shortest relationship paths between two entities, with the evidence for every hop.

The relation graph is every ``kg:`` link between two entities (``ENTITY_PREDICATES``) over all graphs, walked in
either direction. It is built once per store generation, so an upload or a delete is seen by the next request.
"""
from __future__ import annotations

import itertools
import threading
from typing import Any

import networkx as nx

from kg.iris import entity_id
from kg.queries import ENTITY_PREDICATES, PREFIXES, evidence, labels
from kg.store.base import Store
from kg.vocab import ID

#: how many hops a path may have at most, and how many equally short paths are reported
MAX_HOPS = 8
MAX_PATHS = 20

_EDGES = PREFIXES + "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p IN (" + ", ".join(f"kg:{p}" for p in ENTITY_PREDICATES) + ")) }"
_lock = threading.Lock()
_cache: dict[int, tuple[int, nx.Graph]] = {}


def relation_graph(store: Store) -> nx.Graph:
    """The undirected graph of entity links; each edge keeps its ``(s, p, o)`` triples."""
    with _lock:
        hit = _cache.get(id(store))
        if hit and hit[0] == store.generation:
            return hit[1]
        g = nx.Graph()
        for r in store.select(_EDGES):
            s, p, o = r["s"], r["p"], r["o"]
            if not (isinstance(o, str) and s.startswith(str(ID)) and o.startswith(str(ID))) or s == o:
                continue
            if g.has_edge(s, o):
                g[s][o]["triples"].append((s, p, o))
            else:
                g.add_edge(s, o, triples=[(s, p, o)])
        _cache[id(store)] = (store.generation, g)
        return g


def shortest_paths(store: Store, source: str, target: str, max_hops: int = 4, limit: int = MAX_PATHS) -> list[dict[str, Any]]:
    """Up to ``limit`` shortest paths from ``source`` to ``target`` of at most ``max_hops`` hops ([] if none)."""
    g = relation_graph(store)
    if source not in g or target not in g or source == target:
        return []
    try:
        found = list(itertools.islice(nx.all_shortest_paths(g, source, target), limit))
    except nx.NetworkXNoPath:
        return []
    found = [p for p in found if len(p) - 1 <= max_hops]
    names = labels(store, sorted({n for p in found for n in p}))
    out = []
    for nodes in found:
        hops = []
        for u, v in zip(nodes, nodes[1:]):
            s, p, o = sorted(g[u][v]["triples"])[0]
            hops.append({"subject": s, "subject_label": names.get(s, entity_id(s)), "predicate": p.rsplit("#", 1)[-1],
                         "object": o, "object_label": names.get(o, entity_id(o)),
                         "direction": "forward" if s == u else "backward", "evidence": evidence(store, s, p, o)})
        out.append({"length": len(hops), "nodes": [{"iri": n, "id": entity_id(n), "label": names[n]} for n in nodes],
                    "hops": hops})
    out.sort(key=lambda p: [h["predicate"] for h in p["hops"]])
    return out
