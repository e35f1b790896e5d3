"""GEXF 1.3 for Gephi 0.10, valid against the RELAX NG schema (``gexf.rng``), with ``viz:color`` by type
and ``viz:size`` by degree.

Written directly rather than with ``nx.write_gexf``, whose 1.3 output is invalid as written (an empty
``graph@name`` and a misspelt xsi namespace).
"""
from __future__ import annotations

import datetime as dt
import math

import networkx as nx
from lxml import etree

from kg.export.projection import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, sorted_edges, sorted_nodes
from kg.export.style import one_line, rgb

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_TYPES = {"string": "string", "int": "integer", "double": "double"}
# shown as the node label and edge label already, or used as the GEXF id
_SKIP_NODE = {"label", "id"}
_SKIP_EDGE = {"id"}


def write(g: nx.MultiDiGraph) -> bytes:
    root = etree.Element(f"{{{NS}}}gexf", nsmap={None: NS, "viz": VIZ}, version="1.3")
    meta = etree.SubElement(root, f"{{{NS}}}meta", lastmodifieddate=dt.date.today().isoformat())
    etree.SubElement(meta, f"{{{NS}}}creator").text = "kg"
    etree.SubElement(meta, f"{{{NS}}}description").text = "Chinese industrial policy knowledge graph"
    graph = etree.SubElement(root, f"{{{NS}}}graph", defaultedgetype="directed", idtype="string")
    for kind, attrs, skip in (("node", NODE_ATTRIBUTES, _SKIP_NODE), ("edge", EDGE_ATTRIBUTES, _SKIP_EDGE)):
        el = etree.SubElement(graph, f"{{{NS}}}attributes", attrib={"class": kind})
        for name, type_ in attrs:
            if name not in skip:
                etree.SubElement(el, f"{{{NS}}}attribute", id=f"{kind}_{name}", title=name, type=_TYPES[type_])
    nodes = etree.SubElement(graph, f"{{{NS}}}nodes", count=str(g.number_of_nodes()))
    for node, data in sorted_nodes(g):
        el = etree.SubElement(nodes, f"{{{NS}}}node", id=data["id"], label=one_line(data["label"]))
        _attvalues(el, "node", NODE_ATTRIBUTES, data, _SKIP_NODE)
        r, gr, b = rgb(data["type"])
        etree.SubElement(el, f"{{{VIZ}}}color", r=str(r), g=str(gr), b=str(b))
        etree.SubElement(el, f"{{{VIZ}}}size", value=f"{4 + 4 * math.sqrt(data.get('degree', 0)):.1f}")
    edges = etree.SubElement(graph, f"{{{NS}}}edges", count=str(g.number_of_edges()))
    for s, o, data in sorted_edges(g):
        el = etree.SubElement(edges, f"{{{NS}}}edge", id=data["id"], source=g.nodes[s]["id"],
                              target=g.nodes[o]["id"], label=data["predicate"], weight=str(max(1, data["documents"])))
        _attvalues(el, "edge", EDGE_ATTRIBUTES, data, _SKIP_EDGE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _attvalues(el, kind: str, attrs, data: dict, skip: set[str]) -> None:
    values = etree.SubElement(el, f"{{{NS}}}attvalues")
    for name, _ in attrs:
        value = data.get(name)
        if name not in skip and value not in (None, ""):
            etree.SubElement(values, f"{{{NS}}}attvalue", attrib={"for": f"{kind}_{name}", "value": str(value)})
