"""Graph analytics on the export projection (networkx): who is central, which groups form, how two
entities connect, and what a region's industry looks like.

Centrality and communities treat the graph as undirected and simple (parallel edges of different predicates
count once each towards degree, but make one link for PageRank and Louvain), because a firm's importance here
is how much it is connected to, whatever the direction of ``locatedIn`` or ``partOf``. Results are plain dicts,
ready for JSON; they name entities by ``id`` (``region/330522``), ``label`` and ``iri``.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kg._exceptions import KGError, NotFound
from kg.export.projection import project_all
from kg.store.base import Store

#: Louvain is randomised; a fixed seed gives the same communities on the same graph
COMMUNITY_SEED = 42
CENTRAL_TYPES = ("Firm", "Policy", "Region")


def graph(store: Store) -> nx.MultiDiGraph:
    """The whole projected graph (shared, read-only)."""
    return project_all(store)


def _simple(g: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for s, o in g.edges():
        if s != o:
            w = simple.edges[s, o]["weight"] + 1 if simple.has_edge(s, o) else 1
            simple.add_edge(s, o, weight=w)
    return simple


def pagerank(g: nx.Graph, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank by power iteration, in pure Python (``nx.pagerank`` needs numpy and scipy, which kg does not).

    >>> r = pagerank(nx.star_graph(3))
    >>> round(sum(r.values()), 6), max(r, key=r.get)
    (1.0, 0)
    """
    n = g.number_of_nodes()
    if n == 0:
        return {}
    rank = dict.fromkeys(g, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in g if g.degree(v) == 0) / n
        new = {}
        for v in g:
            new[v] = (1 - alpha) / n + dangling + alpha * sum(rank[u] / g.degree(u) for u in g[v])
        if sum(abs(new[v] - rank[v]) for v in g) < n * tol:
            return new
        rank = new
    return rank


def ref(g: nx.MultiDiGraph, iri: str) -> dict[str, Any]:
    d = g.nodes[iri]
    return {"id": d["id"], "iri": iri, "label": d["label"], "type": d["type"]}


def central(g: nx.MultiDiGraph, types: tuple[str, ...] = CENTRAL_TYPES, top: int = 10) -> dict[str, list[dict]]:
    """The ``top`` entities of each type by PageRank (ties broken by degree), with both measures."""
    if g.number_of_nodes() == 0:
        return {t: [] for t in types}
    rank = pagerank(_simple(g))
    out = {}
    for t in types:
        members = [n for n, d in g.nodes(data="type") if d == t]
        members.sort(key=lambda n: (-rank[n], -g.degree(n), g.nodes[n]["label"]))
        out[t] = [{**ref(g, n), "degree": g.degree(n), "pagerank": round(rank[n], 6)} for n in members[:top]]
    return out


def communities(g: nx.MultiDiGraph, min_size: int = 2) -> list[dict[str, Any]]:
    """Louvain communities, largest first; each named after its best-connected member."""
    simple = _simple(g)
    groups = nx.community.louvain_communities(simple, seed=COMMUNITY_SEED) if simple.number_of_edges() else []
    out = []
    for members in groups:
        if len(members) < min_size:
            continue
        ordered = sorted(members, key=lambda n: (-g.degree(n), g.nodes[n]["label"]))
        out.append({"name": g.nodes[ordered[0]]["label"], "size": len(members),
                    "types": dict(Counter(g.nodes[n]["type"] for n in members).most_common()),
                    "members": [ref(g, n) for n in ordered]})
    out.sort(key=lambda c: (-c["size"], c["name"]))
    for n, c in enumerate(out):
        c["id"] = n
    return out


def shortest_paths(g: nx.MultiDiGraph, source: str, target: str, limit: int = 5) -> list[list[dict[str, Any]]]:
    """Up to ``limit`` shortest paths between two entity IRIs, ignoring edge direction. Each hop says which
    way its edge points: ``{"subject", "predicate", "object", "forward"}``."""
    for iri in (source, target):
        if iri not in g:
            raise NotFound("entity in the graph", iri)
    if source == target:
        return [[]]
    und = _simple(g)
    try:
        node_paths = list(_take(nx.all_shortest_paths(und, source, target), limit))
    except nx.NetworkXNoPath:
        return []
    paths = []
    for nodes in node_paths:
        hops = []
        for a, b in zip(nodes, nodes[1:]):
            forward = g.has_edge(a, b)
            s, o = (a, b) if forward else (b, a)
            pred = sorted(g[s][o])[0]
            hops.append({"subject": ref(g, s), "predicate": pred, "object": ref(g, o),
                         "predicate_iri": g.edges[s, o, pred]["predicate_iri"], "forward": forward})
        paths.append(hops)
    return paths


def _take(it, n: int):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def region_profile(g: nx.MultiDiGraph, region: str) -> dict[str, Any]:
    """A region's industry profile: its firms (there or in regions below), their industries and the chains
    above them, their designations, and the region's priority industries, clusters and sub-regions."""
    if region not in g or g.nodes[region]["type"] != "Region":
        raise RegionError(f"{region} is not a region of the graph")
    below = {region} | {s for s in nx.ancestors(_along(g, "locatedIn"), region) if g.nodes[s]["type"] == "Region"}
    firms = sorted({s for s, o, d in g.in_edges(below, data=True)
                    if d["predicate"] == "locatedIn" and g.nodes[s]["type"] == "Firm"},
                   key=lambda n: g.nodes[n]["label"])
    industries: Counter = Counter()
    chains: Counter = Counter()
    designations: Counter = Counter()
    part_of = _along(g, "partOf")
    for f in firms:
        direct = {o for _, o, d in g.out_edges(f, data=True) if d["predicate"] == "inIndustry"}
        industries.update(direct)
        above = set()
        for i in direct:
            above |= nx.descendants(part_of, i)
        chains.update(above - direct)
        designations.update({o for _, o, d in g.out_edges(f, data=True) if d["predicate"] == "hasDesignation"})
    located_here = [s for s, _, d in g.in_edges(region, data=True) if d["predicate"] == "locatedIn"]
    return {
        "region": {**ref(g, region), "code": g.nodes[region].get("code") or None, "level": g.nodes[region].get("level") or None},
        "sub_regions": len(below) - 1,
        "firms": [ref(g, f) for f in firms],
        "industries": _counted(g, industries, "firms"),
        "chains": _counted(g, chains, "firms"),
        "designations": _counted(g, designations, "firms"),
        "priority_industries": [ref(g, o) for _, o, d in g.out_edges(region, data=True) if d["predicate"] == "hasPriorityIndustry"],
        "clusters": [ref(g, s) for s in located_here if g.nodes[s]["type"] == "Cluster"],
        "organizations": [ref(g, s) for s in located_here if g.nodes[s]["type"] == "Organization"],
    }


def _counted(g: nx.MultiDiGraph, counts: Counter, what: str) -> list[dict[str, Any]]:
    return [{**ref(g, n), what: c} for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], g.nodes[kv[0]]["label"]))]


def _along(g: nx.MultiDiGraph, predicate: str) -> nx.DiGraph:
    out = nx.DiGraph()
    out.add_nodes_from(g)
    out.add_edges_from((s, o) for s, o, d in g.edges(data=True) if d["predicate"] == predicate)
    return out


class RegionError(KGError):
    """The entity asked about is not a region."""


QUESTIONS = {"central": 0, "communities": 0, "path": 2, "region": 1}


def answer(store: Store, question: str, names: list[str], top: int = 10, resolver=None) -> Any:
    """One analytics question by name, with entities given in any name form (the CLI's entry point)."""
    from kg.resolve import Resolver

    if question not in QUESTIONS:
        raise KGError(f"unknown question {question!r}; ask one of {', '.join(QUESTIONS)}")
    if len(names) != QUESTIONS[question]:
        raise KGError(f"{question} takes {QUESTIONS[question]} name(s), got {len(names)}")
    resolver = resolver or Resolver(store)
    iris = [resolver.resolve(n, "entity").iri for n in names]
    g = graph(store)
    if question == "central":
        return central(g, top=top)
    if question == "communities":
        return communities(g)
    if question == "path":
        return shortest_paths(g, *iris)
    return region_profile(g, iris[0])


def text(question: str, result: Any) -> str:
    """A short plain-text rendering of ``answer``'s result."""
    lines: list[str] = []
    if question == "central":
        for t, items in result.items():
            lines.append(f"{t}:")
            lines += [f"  {i['pagerank']:.4f}  degree {i['degree']:>3}  {i['label']}  ({i['id']})" for i in items]
    elif question == "communities":
        for c in result:
            names = "、".join(m["label"] for m in c["members"][:8])
            lines.append(f"#{c['id']} {c['name']} ({c['size']}): {names}{' …' if c['size'] > 8 else ''}")
    elif question == "path":
        if not result:
            lines.append("no path")
        for path in result:
            lines.append(" ; ".join(f"{h['subject']['label']} -{h['predicate']}-> {h['object']['label']}" for h in path)
                         or "(the same entity)")
    else:
        r = result["region"]
        lines.append(f"{r['label']} ({r['id']}, {r['level']}): {len(result['firms'])} firms, {result['sub_regions']} regions below")
        for key in ("industries", "chains", "designations"):
            if result[key]:
                lines.append(f"{key}: " + ", ".join(f"{i['label']} {i['firms']}" for i in result[key]))
        for key in ("priority_industries", "clusters", "organizations"):
            if result[key]:
                lines.append(f"{key.replace('_', ' ')}: " + ", ".join(i["label"] for i in result[key]))
    return "\n".join(lines)
