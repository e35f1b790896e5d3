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


# ---- formats and negotiation ------------------------------------------------------------------------------

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pyoxigraph as ox  # noqa: E402
import pytest  # noqa: E402

CODE = "SELECT ?code WHERE { <https://w3id.org/kg-cn/id/region/330522> <https://w3id.org/kg-cn/ontology#code> ?code }"
CONSTRUCT = ("CONSTRUCT { <https://w3id.org/kg-cn/id/region/330522> <https://w3id.org/kg-cn/ontology#code> ?c } "
             "WHERE { <https://w3id.org/kg-cn/id/region/330522> <https://w3id.org/kg-cn/ontology#code> ?c }")
EXAMPLES = json.loads((Path(__file__).resolve().parents[2] / "api" / "static" / "sparql-examples.json").read_text("utf-8"))


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*", "text/csv"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml"),
])
def test_select_formats_by_accept(client, accept, media):
    r = client.get("/sparql", params={"query": CODE}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media
    assert "330522" in r.text


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML), ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/trig", ox.RdfFormat.TRIG), ("application/n-quads", ox.RdfFormat.N_QUADS),
    ("*/*", ox.RdfFormat.TURTLE), ("application/sparql-results+json;q=1, application/rdf+xml;q=0.1", ox.RdfFormat.RDF_XML),
])
def test_construct_formats_by_accept(client, accept, fmt):
    r = client.post("/sparql", data={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == fmt.media_type
    objects = {str(q.object.value) for q in ox.parse(r.content, format=fmt)}
    assert objects == {"330522"}


def test_unacceptable_format_is_406(client):
    assert client.get("/sparql", params={"query": CODE}, headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"}).status_code == 406


def test_unknown_parameters_are_ignored(client):
    r = client.get("/sparql", params={"query": CODE, "format": "json", "output": "json", "results": "json",
                                      "timeout": "0"}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["results"]["bindings"][0]["code"]["value"] == "330522"


def test_two_queries_are_refused(client):
    assert client.get("/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")]).status_code == 400


# ---- dataset ----------------------------------------------------------------------------------------------

DOCS = "SELECT DISTINCT ?doc WHERE { ?doc a <https://w3id.org/kg-cn/ontology#Document> }"


def test_default_graph_is_the_union_and_a_document_graph_can_be_named(client, seeded_store):
    docs = sorted(r["doc"] for r in seeded_store.select(DOCS))
    assert len(docs) == 2
    union = client.get("/sparql", params={"query": DOCS}, headers={"Accept": "application/json"}).json()
    assert sorted(b["doc"]["value"] for b in union["results"]["bindings"]) == docs
    one = client.get("/sparql", params={"query": DOCS, "default-graph-uri": docs[0]}, headers={"Accept": "application/json"})
    assert [b["doc"]["value"] for b in one.json()["results"]["bindings"]] == [docs[0]]
    named = client.post("/sparql", data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                         "named-graph-uri": docs[1]}, headers={"Accept": "application/json"})
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [docs[1]]
    from_clause = client.get("/sparql", params={"query": DOCS.replace("WHERE", f"FROM <{docs[1]}> WHERE")},
                             headers={"Accept": "application/json"})
    assert [b["doc"]["value"] for b in from_clause.json()["results"]["bindings"]] == [docs[1]]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_editor_examples_return_rows_on_the_seeds(client, example):
    r = client.post("/sparql", data={"query": example["query"]}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    assert r.json()["results"]["bindings"], f"{example['name']} found nothing"


# ---- service description, VoID, editor --------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"


def test_service_description_is_negotiated_and_complete(client, seeded_store):
    r = client.get("/sparql", headers={"Accept": "application/rdf+xml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/rdf+xml")
    g = {(t.subject.value if hasattr(t.subject, "value") else None, t.predicate.value, getattr(t.object, "value", None))
         for t in ox.parse(r.content, format=ox.RdfFormat.RDF_XML)}
    endpoint = "http://testserver/sparql"
    for p, o in [(SD + "endpoint", endpoint), (SD + "supportedLanguage", SD + "SPARQL11Query"),
                 (SD + "feature", SD + "UnionDefaultGraph"),
                 (SD + "resultFormat", "http://www.w3.org/ns/formats/SPARQL_Results_CSV")]:
        assert (endpoint, p, o) in g, (p, o)
    assert ("http://testserver/update", SD + "supportedLanguage", SD + "SPARQL11Update") in g
    names = {o for s, p, o in g if p == SD + "name"}
    assert set(seeded_store.graphs()) <= names
    assert (endpoint, SD + "feature", SD + "BasicFederatedQuery") not in g  # federation is off
    assert "sd:Service" in client.get("/sparql").text  # */* gets Turtle


def test_browser_gets_the_editor(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "/static/sparql/yasgui.min.js" in r.text and "https://" not in r.text.split("<body>")[0]
    assert client.get("/static/sparql/sparql.js").status_code == 200
    assert client.get("/static/sparql/../main.py").status_code == 404


def test_void_description(client, seeded_store):
    r = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    triples = list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))
    by = {(t.predicate.value, getattr(t.object, "value", None)) for t in triples}
    assert ("http://rdfs.org/ns/void#sparqlEndpoint", "http://testserver/sparql") in by
    distinct = seeded_store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[0]["n"]
    assert ("http://rdfs.org/ns/void#triples", str(distinct)) in by
