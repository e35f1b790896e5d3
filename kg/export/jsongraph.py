"""Node-link JSON: Cytoscape.js elements (also imported by Cytoscape desktop as ``.cyjs``) and D3's
``{nodes, links}``.

Node ids are the short entity ids (``region/330522``); every edge carries its stable id, so Cytoscape.js
never invents one and merging two subgraphs (as the explorer does when it expands a node) cannot collide.
"""
from __future__ import annotations

import json

import networkx as nx

from kg.export.projection import sorted_edges, sorted_nodes
from kg.export.style import colour


def _node(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, "")}


def cytoscape(g: nx.MultiDiGraph) -> dict:
    """``{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}`` with ``name`` = label."""
    nodes = [{"data": {**_node(d), "name": d["label"], "color": colour(d["type"])}, "group": "nodes",
              "classes": d["type"]} for _, d in sorted_nodes(g)]
    edges = [{"data": {**d, "source": g.nodes[s]["id"], "target": g.nodes[o]["id"], "name": d["predicate"]},
              "group": "edges", "classes": d["predicate"]} for s, o, d in sorted_edges(g)]
    return {"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~3",
            "data": {"name": "kg", **g.graph}, "elements": {"nodes": nodes, "edges": edges}}


def d3(g: nx.MultiDiGraph) -> dict:
    """``{"directed": true, "multigraph": true, "nodes": [...], "links": [...]}``; links name node ids."""
    return {"directed": True, "multigraph": True,
            "nodes": [{**_node(d), "group": d["type"], "color": colour(d["type"])} for _, d in sorted_nodes(g)],
            "links": [{**d, "source": g.nodes[s]["id"], "target": g.nodes[o]["id"]} for s, o, d in sorted_edges(g)]}


def dumps(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def write_cytoscape(g: nx.MultiDiGraph) -> bytes:
    return dumps(cytoscape(g))


def write_d3(g: nx.MultiDiGraph) -> bytes:
    return dumps(d3(g))
