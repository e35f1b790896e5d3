"""Every export format passes its validator: the format's schema where one exists, its tool where one runs
here (Graphviz), and otherwise the structural rules the tool enforces (ids, endpoints, headers)."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zipfile

import networkx as nx
import pytest
from lxml import etree
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import FORMATS, export
from kg.export.dot import has_cjk_font
from kg.export.projection import Selection
from kg.vocab import BASE, REFERENCE_GRAPH

from .conftest import SCHEMAS

GEELY = BASE + "id/firm/吉利"


#: which test validates each format
TESTED = {"graphml": "test_graphml_is_valid_and_gephi_safe", "gexf": "test_gexf_is_valid_gexf_13_with_colours_by_type",
          "cytoscape": "test_cytoscape_elements_have_ids_names_and_endpoints", "d3": "test_d3_node_link",
          "dot": "test_dot_renders_svg_and_png_with_chinese_labels", "svg": "test_dot_renders_svg_and_png_with_chinese_labels",
          "png": "test_dot_renders_svg_and_png_with_chinese_labels",
          "neo4j": "test_neo4j_import_files_have_headers_and_no_dangling_ids",
          "jsonld": "test_jsonld_has_an_inline_context_and_is_isomorphic_to_turtle",
          "turtle": "test_turtle_and_nt_are_the_same_graph", "nt": "test_turtle_and_nt_are_the_same_graph",
          "trig": "test_trig_and_nquads_keep_the_document_graphs", "nquads": "test_trig_and_nquads_keep_the_document_graphs",
          "geojson": "test_geojson_regions_are_wgs84_points_with_firm_counts", "csv": "test_csv_tables_for_spreadsheets"}


def test_every_format_is_tested():
    assert set(TESTED) == set(FORMATS)
    assert all(name in globals() for name in TESTED.values())


def test_graphml_is_valid_and_gephi_safe(exported, whole):
    xsd = SCHEMAS / "graphml-1.0" / "graphml.xsd"
    if not xsd.exists():
        pytest.skip(f"GraphML schema not found at {xsd}")
    body = exported("graphml")
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    doc = etree.fromstring(body)
    schema.assertValid(doc)
    keys = doc.findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert not {k.get("id") for k in keys} & {"d3", "d7"}
    assert {k.get("attr.type") for k in keys} <= {"string", "int", "double"}
    back = nx.read_graphml(io.BytesIO(body), force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (whole.number_of_nodes(), whole.number_of_edges())


def test_gexf_is_valid_gexf_13_with_colours_by_type(exported, whole):
    rng = SCHEMAS / "gexf-1.3" / "gexf.rng"
    if not rng.exists():
        pytest.skip(f"GEXF schema not found at {rng}")
    doc = etree.fromstring(exported("gexf"))
    etree.RelaxNG(etree.parse(str(rng))).assertValid(doc)
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    nodes = doc.findall(".//g:node", ns)
    assert len(nodes) == whole.number_of_nodes()
    by_type: dict[str, set] = {}
    for n in nodes:
        colour = n.find("viz:color", ns)
        type_ = n.find("g:attvalues/g:attvalue[@for='node_type']", ns).get("value")
        by_type.setdefault(type_, set()).add((colour.get("r"), colour.get("g"), colour.get("b")))
    assert all(len(c) == 1 for c in by_type.values())  # one colour per type
    assert len({next(iter(c)) for c in by_type.values()}) == len(by_type)  # and a different one for each


def test_cytoscape_elements_have_ids_names_and_endpoints(exported, whole):
    doc = json.loads(exported("cytoscape"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert len(ids) == len(nodes) == whole.number_of_nodes()
    assert all(n["data"]["name"] == n["data"]["label"] for n in nodes)
    edge_ids = [e["data"]["id"] for e in edges]
    assert len(set(edge_ids)) == len(edges) == whole.number_of_edges()
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)


def test_d3_node_link(exported, whole):
    doc = json.loads(exported("d3"))
    ids = {n["id"] for n in doc["nodes"]}
    assert len(doc["links"]) == whole.number_of_edges()
    assert all(link["source"] in ids and link["target"] in ids for link in doc["links"])
    back = nx.node_link_graph(doc, edges="links")
    assert back.number_of_nodes() == whole.number_of_nodes()


def test_dot_renders_svg_and_png_with_chinese_labels(exported, seeded_store):
    if not shutil.which("dot"):
        pytest.skip("Graphviz is not installed (scripts/setup installs it as root)")
    if not has_cjk_font():
        pytest.skip("no CJK font (fc-list :lang=zh is empty): Chinese labels would render as boxes")
    done = subprocess.run(["dot", "-Tsvg"], input=exported("dot"), capture_output=True, timeout=120)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    small = Selection(focus=GEELY, depth=1)
    svg = etree.fromstring(export(seeded_store, "svg", small))
    texts = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"吉利", "长兴县"} <= texts
    assert export(seeded_store, "png", small).startswith(b"\x89PNG\r\n\x1a\n")


def test_dot_ids_are_not_iris(exported):
    text = exported("dot").decode()
    assert re.search(r"^\s*n0 \[", text, re.M) and 'URL="https://w3id.org/kg-cn/id/' in text
    assert not re.search(r"^\s*\"?https?:", text, re.M)


def test_neo4j_import_files_have_headers_and_no_dangling_ids(exported):
    z = zipfile.ZipFile(io.BytesIO(exported("neo4j")))
    assert {"nodes.csv", "relationships.csv", "import.txt"} <= set(z.namelist())
    nodes = list(csv.reader(io.StringIO(z.read("nodes.csv").decode())))
    rels = list(csv.reader(io.StringIO(z.read("relationships.csv").decode())))
    assert nodes[0][:2] == ["iri:ID(Entity)", ":LABEL"]
    assert rels[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert all(re.fullmatch(r"[A-Za-z_]+(:(int|double|string\[\]))?|:?[A-Z_]+(\(Entity\))?|iri:ID\(Entity\)", h) for h in nodes[0] + rels[0])
    ids = [row[0] for row in nodes[1:]]
    assert len(ids) == len(set(ids))
    assert all(row[0] in ids and row[1] in ids for row in rels[1:])
    assert all(re.fullmatch(r"[A-Z][A-Z_]*", row[2]) for row in rels[1:])
    assert all(row[1].startswith("Entity;") for row in nodes[1:])


def test_jsonld_has_an_inline_context_and_is_isomorphic_to_turtle(exported):
    doc = json.loads(exported("jsonld"))
    assert isinstance(doc["@context"], dict) and doc["@context"]["kg"].startswith(BASE)
    from_jsonld = Graph().parse(data=exported("jsonld"), format="json-ld")
    from_turtle = Graph().parse(data=exported("turtle"), format="turtle")
    assert len(from_turtle) > 1000
    assert isomorphic(from_jsonld, from_turtle)


def test_turtle_and_nt_are_the_same_graph(exported):
    assert isomorphic(Graph().parse(data=exported("nt"), format="nt"),
                      Graph().parse(data=exported("turtle"), format="turtle"))


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_trig_and_nquads_keep_the_document_graphs(exported, fmt):
    ds = Dataset()
    ds.parse(data=exported(fmt), format=fmt)
    names = {str(g.identifier) for g in ds.graphs()}
    docs = {n for n in names if n.startswith(BASE + "doc/")}
    assert len(docs) == 2 and str(REFERENCE_GRAPH) in names
    # a fact stays in the graph of the document that states it
    located = [str(c) for _, _, _, c in ds.quads((None, None, None, None))
               if c is not None and str(c).startswith(BASE + "doc/")]
    assert located
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, Graph().parse(data=exported("turtle"), format="turtle"))


def test_a_subgraph_rdf_export_carries_its_evidence(seeded_store):
    body = export(seeded_store, "trig", Selection(focus=GEELY, depth=1))
    ds = Dataset()
    ds.parse(data=body, format="trig")
    text = {str(o) for _, p, o, _ in ds.quads((None, None, None, None)) if str(p).endswith("#text")}
    assert any("吉利" in t for t in text)


def test_geojson_regions_are_wgs84_points_with_firm_counts(exported):
    from geojson_pydantic import FeatureCollection

    doc = json.loads(exported("geojson"))
    FeatureCollection.model_validate(doc)
    assert doc["features"]
    for f in doc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 73 <= lon <= 135 and 18 <= lat <= 54, f"{f['id']} is outside China or has lat/lon swapped"
        assert f["properties"]["firms_total"] >= f["properties"]["firms"] >= 0
    by_id = {f["id"]: f["properties"] for f in doc["features"]}
    assert by_id["region/330522"]["firms"] > 5
    assert by_id["region/330000"]["firms_total"] >= by_id["region/330522"]["firms"]


def test_csv_tables_for_spreadsheets(exported, whole):
    z = zipfile.ZipFile(io.BytesIO(exported("csv")))
    assert set(z.namelist()) == {"entities.csv", "relations.csv", "observations.csv"}
    read = {n: list(csv.DictReader(io.StringIO(z.read(n).decode("utf-8-sig")))) for n in z.namelist()}
    assert len(read["entities.csv"]) == whole.number_of_nodes()
    assert len(read["relations.csv"]) == whole.number_of_edges()
    geely = [r for r in read["relations.csv"] if r["subject_label"] == "吉利" and r["predicate"] == "locatedIn"]
    assert geely and "吉利" in geely[0]["evidence"]
    assert any(r["unit"] == "亿元" and float(r["value"]) > 0 for r in read["observations.csv"])
