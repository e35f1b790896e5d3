"""/store (Graph Store Protocol) and /update on a scratch store."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from kg.config import Settings
from kg.store import open_store

TOKEN = "graph-store-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
G = "urn:x-kg-test:gsp"


@pytest.fixture
def client():
    store = open_store(None)
    with TestClient(create_app(Settings(store=":memory:", seeds="", token=TOKEN, query_workers=1), store=store)) as c:
        yield c


def nt(client, graph=G):
    r = client.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    return r.status_code, {(q.subject.value, q.object.value) for q in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)} if r.status_code == 200 else set()


def test_put_post_get_head_delete(client):
    r = client.put("/store", params={"graph": G}, content=b"<urn:a> <urn:p> <urn:b> .",
                   headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 201
    r = client.post("/store", params={"graph": G}, content='<urn:c> <urn:p> "中文"@zh .'.encode(),
                    headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 204
    assert nt(client) == (200, {("urn:a", "urn:b"), ("urn:c", "中文")})
    head = client.head("/store", params={"graph": G}, headers={"Accept": "text/turtle"})
    assert head.status_code == 200 and head.headers["content-type"].startswith("text/turtle") and head.content == b""
    r = client.put("/store", params={"graph": G}, content=b"<urn:d> <urn:p> <urn:e> .",
                   headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 204 and nt(client) == (200, {("urn:d", "urn:e")})
    assert client.delete("/store", params={"graph": G}, headers=AUTH).status_code == 204
    assert nt(client)[0] == 404
    assert client.delete("/store", params={"graph": G}, headers=AUTH).status_code == 404


def test_bad_graph_store_requests(client):
    assert client.get("/store").status_code == 400
    assert client.get("/store", params={"graph": G, "default": ""}).status_code == 400
    assert client.get("/store", params={"graph": "not an iri"}).status_code == 400
    r = client.put("/store", params={"graph": G}, content=b"<urn:a> <urn:p> .", headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 400 and "cannot parse" in r.json()["error"]["message"]
    r = client.put("/store", params={"graph": G}, content=b"{}", headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 415


def test_default_graph_writes_the_unnamed_graph_and_reads_the_union(client):
    r = client.post("/store?default", content=b"<urn:x-kg-test:s> <urn:p> <urn:o> .",
                    headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 204
    r = client.get("/store?default", headers={"Accept": "application/n-triples"})
    assert b"<urn:x-kg-test:s>" in r.content and b"w3id.org/kg-cn" in r.content  # the union: reference data too


def test_update_with_using_graph_uri_and_relative_iris(client):
    h = {**AUTH, "Content-Type": "application/sparql-update"}
    assert client.post("/update", content=b"INSERT DATA { GRAPH <urn:g1> { <urn:s1> a <urn:T> } GRAPH <urn:g2> { <urn:s2> a <urn:T> } }",
                       headers=h).status_code == 204
    r = client.post("/update", params={"using-graph-uri": "urn:g1"}, headers=h,
                    content=b"INSERT { GRAPH <urn:g3> { ?s <urn:seen> <rel> } } WHERE { ?s a <urn:T> }")
    assert r.status_code == 204
    assert nt(client, "urn:g3") == (200, {("urn:s1", "https://w3id.org/kg-cn/rel")})
    r = client.post("/update", params={"using-graph-uri": "urn:g1"}, headers=h,
                    content=b"DELETE { ?s ?p ?o } USING <urn:g2> WHERE { ?s ?p ?o }")
    assert r.status_code == 400 and "conflict" in r.json()["error"]["message"]
