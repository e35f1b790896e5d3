"""GraphML for Gephi, Cytoscape desktop and yEd, valid against the GraphML 1.0 schema.

Keys have readable ids (``node_label``, ``edge_predicate``; never ``d3``/``d7``, which Gephi reads as
labels) and stay within the schema's types (string, int, double), which Gephi reads. Node ids are ``n0, n1…``
because GraphML ids are ``NMTOKEN``s and IRIs are not; the IRI is an attribute. Attribute names avoid the
ones Gephi reserves (``id``), so the short id is ``kg_id`` and the edge id ``edge_id``.
"""
from __future__ import annotations

import networkx as nx
from lxml import etree

from kg.export.projection import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, sorted_edges, sorted_nodes

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_NODE_NAMES = {"id": "kg_id"}
_EDGE_NAMES = {"id": "edge_id"}


def _value(value, type_: str) -> str:
    return repr(float(value)) if type_ == "double" else str(value)


def write(g: nx.MultiDiGraph) -> bytes:
    root = etree.Element(f"{{{NS}}}graphml", nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    for attrs, kind, names in ((NODE_ATTRIBUTES, "node", _NODE_NAMES), (EDGE_ATTRIBUTES, "edge", _EDGE_NAMES)):
        for name, type_ in attrs:
            etree.SubElement(root, f"{{{NS}}}key", id=f"{kind}_{names.get(name, name)}",
                             attrib={"for": kind, "attr.name": names.get(name, name), "attr.type": type_})
    graph = etree.SubElement(root, f"{{{NS}}}graph", id="kg", edgedefault="directed")
    ids = {}
    for n, (node, data) in enumerate(sorted_nodes(g)):
        ids[node] = f"n{n}"
        el = etree.SubElement(graph, f"{{{NS}}}node", id=ids[node])
        for name, type_ in NODE_ATTRIBUTES:
            value = data.get(name)
            if value not in (None, ""):
                etree.SubElement(el, f"{{{NS}}}data", key=f"node_{_NODE_NAMES.get(name, name)}").text = _value(value, type_)
    for s, o, data in sorted_edges(g):
        el = etree.SubElement(graph, f"{{{NS}}}edge", id=data["id"], source=ids[s], target=ids[o])
        for name, type_ in EDGE_ATTRIBUTES:
            etree.SubElement(el, f"{{{NS}}}data", key=f"edge_{_EDGE_NAMES.get(name, name)}").text = _value(data[name], type_)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
