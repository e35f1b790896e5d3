"""GeoJSON (RFC 7946) for map tools: each region with coordinates as a WGS-84 point ``[lon, lat]``, with its
firm counts.

``firms`` counts the firms located directly in the region; ``firms_total`` also those in the regions below
it. Both are counted over the whole graph, so a subgraph's map still shows each region's real counts.
Coordinates are the gazetteer's WGS-84 points (geotool-cn), not the GCJ-02 of Chinese map services.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

CRS_NOTE = "WGS 84 (EPSG:4326), longitude then latitude, as RFC 7946 requires"


def firm_counts(whole: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    """Per region IRI: firms located there directly, and firms there or in any region below it."""
    parents = defaultdict(set)
    direct: dict[str, set[str]] = defaultdict(set)
    for s, o, d in whole.edges(data=True):
        if d["predicate"] != "locatedIn" or whole.nodes[o]["type"] != "Region":
            continue
        if whole.nodes[s]["type"] == "Region":
            parents[s].add(o)
        elif whole.nodes[s]["type"] == "Firm":
            direct[o].add(s)
    total: dict[str, set[str]] = defaultdict(set)
    for region, firms in direct.items():
        seen, todo = set(), [region]
        while todo:  # up the hierarchy; `seen` guards against a cycle in bad data
            r = todo.pop()
            if r not in seen:
                seen.add(r)
                total[r] |= firms
                todo.extend(parents[r])
    return {r: len(f) for r, f in direct.items()}, {r: len(f) for r, f in total.items()}


def geojson(g: nx.MultiDiGraph, whole: nx.MultiDiGraph) -> dict:
    direct, total = firm_counts(whole)
    features = []
    for iri, d in sorted(g.nodes(data=True), key=lambda nd: nd[1].get("code") or nd[0]):
        if d["type"] != "Region" or d.get("latitude") is None or d.get("longitude") is None:
            continue
        features.append({
            "type": "Feature", "id": d["id"],
            "geometry": {"type": "Point", "coordinates": [d["longitude"], d["latitude"]]},
            "properties": {"iri": iri, "id": d["id"], "label": d["label"], "label_en": d.get("label_en") or None,
                           "code": d.get("code") or None, "level": d.get("level") or None,
                           "firms": direct.get(iri, 0), "firms_total": total.get(iri, 0)},
        })
    return {"type": "FeatureCollection", "name": "kg regions", "crs_note": CRS_NOTE, "features": features}
