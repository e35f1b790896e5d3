"""GraphML for Gephi, Cytoscape and yEd, valid against the GraphML 1.0 schema.

Keys have readable ids (never ``d3``/``d7``, which Gephi reads as labels) and Gephi-safe types
(string, int). Node ids are ``n0, n1…``; the IRI is an attribute.
"""
from __future__ import annotations

import networkx as nx
from lxml import etree

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
NODE_KEYS = (("label", "string"), ("label_en", "string"), ("type", "string"), ("iri", "string"),
             ("code", "string"), ("degree", "int"))
EDGE_KEYS = (("predicate", "string"), ("documents", "int"), ("edge_id", "string"))


def write(g: nx.MultiDiGraph) -> bytes:
    root = etree.Element(f"{{{NS}}}graphml", nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    for name, type_ in NODE_KEYS:
        etree.SubElement(root, f"{{{NS}}}key", id=f"node_{name}", attrib={"for": "node", "attr.name": name, "attr.type": type_})
    for name, type_ in EDGE_KEYS:
        etree.SubElement(root, f"{{{NS}}}key", id=f"edge_{name}", attrib={"for": "edge", "attr.name": name, "attr.type": type_})
    graph = etree.SubElement(root, f"{{{NS}}}graph", id="kg", edgedefault="directed")
    ids = {}
    for n, (node, data) in enumerate(sorted(g.nodes(data=True))):
        ids[node] = f"n{n}"
        el = etree.SubElement(graph, f"{{{NS}}}node", id=ids[node])
        for name, _ in NODE_KEYS:
            value = data.get(name)
            if value not in (None, ""):
                etree.SubElement(el, f"{{{NS}}}data", key=f"node_{name}").text = str(value)
    for s, o, data in sorted(g.edges(data=True), key=lambda e: e[2]["id"]):
        el = etree.SubElement(graph, f"{{{NS}}}edge", id=data["id"], source=ids[s], target=ids[o])
        etree.SubElement(el, f"{{{NS}}}data", key="edge_predicate").text = data["predicate"]
        etree.SubElement(el, f"{{{NS}}}data", key="edge_documents").text = str(data["documents"])
        etree.SubElement(el, f"{{{NS}}}data", key="edge_edge_id").text = data["id"]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
