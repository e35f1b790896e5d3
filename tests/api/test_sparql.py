"""/sparql: SPARQL 1.1 Protocol query over the same graph as REST."""
from __future__ import annotations

import xml.etree.ElementTree as ET

GIANTS = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?firmLabel ?regionLabel WHERE {
  ?firm a kg:Firm ; rdfs:label ?firmLabel ; kg:hasDesignation ?d ; kg:locatedIn ?region .
  ?d rdfs:label ?dl FILTER(CONTAINS(?dl, "小巨人"))
  ?region rdfs:label ?regionLabel FILTER(lang(?regionLabel) = "zh")
}"""
EXPECTED = {("中德", "长兴县"), ("润阳", "长兴县"), ("中钢", "长兴县"), ("松德", "长兴县")}


def rows(body):
    return {(b["firmLabel"]["value"], b["regionLabel"]["value"]) for b in body["results"]["bindings"]}


def test_get_json(client):
    r = client.get("/sparql", params={"query": GIANTS}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert rows(r.json()) == EXPECTED


def test_post_form_xml(client):
    r = client.post("/sparql", data={"query": GIANTS}, headers={"Accept": "application/sparql-results+xml"})
    assert r.status_code == 200
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(r.content)
    got = {tuple(b.find("s:literal", ns).text for b in res.findall("s:binding", ns)) for res in root.iter("{%s}result" % ns["s"])}
    assert got == EXPECTED


def test_post_sparql_query_body(client):
    r = client.post("/sparql", content=GIANTS.encode(), headers={"Content-Type": "application/sparql-query",
                                                                    "Accept": "application/json"})
    assert r.status_code == 200 and rows(r.json()) == EXPECTED


def test_default_accept_is_json(client):
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_construct_as_turtle(client):
    q = "PREFIX kg: <https://w3id.org/kg-cn/ontology#> CONSTRUCT { ?f kg:locatedIn ?r } WHERE { ?f a kg:Firm ; kg:locatedIn ?r }"
    r = client.get("/sparql", params={"query": q}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert "330522" in r.text


def test_malformed_query_is_400_with_parser_message(client):
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
    assert r.status_code == 400
    assert "error" in r.json() and r.json()["error"]["message"]


def test_without_query_gives_service_description(client):
    r = client.get("/sparql")
    assert r.status_code == 200 and "sd:Service" in r.text


def test_wrong_post_media_type_is_415(client):
    r = client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 415
