"""One test per safety rule of the endpoint: timeout, row limit, no outbound fetch, every bad input, auth."""
from __future__ import annotations

import http.server
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from kg.config import Settings
from kg.store import open_store

TOKEN = "safety-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Accept": "application/sparql-results+json"}
#: a cross product of every triple with itself, three times, then counted: hours on the seeds
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def app_client(store, **settings) -> TestClient:
    return TestClient(create_app(Settings(store=":memory:", seeds="", **settings), store=store))


@pytest.fixture
def scratch():
    """A small store of its own, for tests that write."""
    store = open_store(None)
    store.update('INSERT DATA { GRAPH <urn:x-kg-test:g> { <urn:a> <urn:p> "1", "2", "3" } }')
    return store


@pytest.fixture
def listener():
    """A loopback HTTP server that records every request it gets (and answers like a SPARQL endpoint)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            hits.append(f"{self.command} {self.path}")
            body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
                {"x": {"type": "literal", "value": "from-the-listener"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


# ---- timeout ---------------------------------------------------------------------------------------------


def test_expensive_query_is_stopped_at_the_deadline_while_others_are_answered(seeded_store):
    with app_client(seeded_store, query_timeout_s=2.0, query_workers=2) as client:
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200  # workers started and loaded
        with ThreadPoolExecutor(1) as ex:
            started = time.monotonic()
            slow = ex.submit(client.get, "/sparql", params={"query": EXPENSIVE}, headers=JSON)
            time.sleep(0.3)
            quick_started = time.monotonic()
            quick = client.get("/sparql", params={"query": "ASK { ?s a ?t }"}, headers=JSON)
            quick_seconds = time.monotonic() - quick_started
            r = slow.result(timeout=60)
            slow_seconds = time.monotonic() - started
        assert quick.status_code == 200 and quick.json()["boolean"] is True
        assert quick_seconds < 1.5, f"a cheap query waited {quick_seconds:.1f} s behind the expensive one"
        assert r.status_code == 503
        assert r.json()["error"]["type"] == "QueryTimeout"
        assert "2 s time limit" in r.json()["error"]["message"]
        assert 2.0 <= slow_seconds < 6.0
        pool = client.app.state.query_pool
        # the killed worker was replaced: the pool answers at full size again
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        assert pool._idle.qsize() == pool.size


# ---- row limit -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query, unit", [
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 11", "rows"),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 11", "triples"),
])
def test_row_limit_is_an_error_never_a_cut_result(seeded_store, query, unit):
    with app_client(seeded_store, query_max_rows=10, query_workers=1) as client:
        r = client.get("/sparql", params={"query": query})
        assert r.status_code == 400
        assert r.json()["error"]["type"] == "ResultTooLarge"
        assert f"more than 10 {unit}" in r.json()["error"]["message"]
        ok = client.get("/sparql", params={"query": query.replace("LIMIT 11", "LIMIT 10")})
        assert ok.status_code == 200 and ok.headers["x-result-rows"] == "10"


# ---- no outbound fetch -----------------------------------------------------------------------------------


def test_service_load_from_using_never_fetch(scratch, listener):
    url, hits = listener
    with app_client(scratch, token=TOKEN, query_workers=1) as client:
        for q in (f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                  f"PREFIX remote: <{url}/> SELECT * WHERE {{ SERVICE SILENT remote:sparql {{ ?s ?p ?o }} }}",
                  "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <" + url + "/sparql> } }"):
            r = client.post("/sparql", content=q.encode(), headers={"Content-Type": "application/sparql-query"})
            assert r.status_code == 400 and "outbound request refused" in r.json()["error"]["message"], q
        for u in (f"LOAD <{url}/data.ttl>", f"LOAD SILENT <{url}/data.ttl> INTO GRAPH <urn:x-kg-test:loaded>"):
            r = client.post("/update", data={"update": u}, headers=AUTH)
            assert r.status_code == 400 and "outbound request refused" in r.json()["error"]["message"], u
        r = client.get("/sparql", params={"query": f"SELECT * FROM <{url}/graph> WHERE {{ ?s ?p ?o }}"}, headers=JSON)
        assert r.status_code == 200 and r.json()["results"]["bindings"] == []
        r = client.post("/update", headers={**AUTH, "Content-Type": "application/sparql-update"},
                        content=f"INSERT {{ GRAPH <urn:x-kg-test:h> {{ ?s ?p ?o }} }} USING <{url}/graph> WHERE {{ ?s ?p ?o }}")
        assert r.status_code == 204
    time.sleep(0.2)
    assert hits == [], f"the server fetched from the listener: {hits}"


def test_allow_listed_service_is_reached(scratch, listener):
    url, hits = listener
    with app_client(scratch, query_workers=1, federation_allow=[url + "/"]) as client:
        r = client.get("/sparql", params={"query": f"SELECT ?x WHERE {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}"},
                       headers=JSON)
        assert r.status_code == 200, r.text
        assert [b["x"]["value"] for b in r.json()["results"]["bindings"]] == ["from-the-listener"]
        other = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.2:9/x> { ?s ?p ?o } }"})
        assert other.status_code == 400
    assert len(hits) == 1


# ---- bad input -------------------------------------------------------------------------------------------


def test_malformed_query_gives_parser_message_and_position(client):
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE {\n  ?x ?p"})
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert message.startswith("malformed SPARQL query: error at 2:") and "expected" in message


def test_malformed_update_gives_parser_message_and_position(scratch):
    with app_client(scratch, token=TOKEN) as client:
        r = client.post("/update", data={"update": "INSERT DATA { <urn:a> <urn:b> "}, headers=AUTH)
        assert r.status_code == 400
        assert r.json()["error"]["message"].startswith("malformed SPARQL update: error at 1:")


@pytest.mark.parametrize("headers, body", [
    ({"Content-Type": "text/plain"}, b"ASK {}"),
    ({}, b"ASK {}"),
    ({"Content-Type": "application/json"}, b'{"query": "ASK {}"}'),
    ({"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}".encode("utf-16")),
])
def test_wrong_or_missing_media_type_is_415(client, headers, body):
    r = client.post("/sparql", content=body, headers=headers)
    assert r.status_code == 415, r.text


def test_body_too_large_is_413(scratch):
    with app_client(scratch, token=TOKEN, max_body_bytes=1000) as client:
        big = "ASK {} #" + "x" * 2000
        r = client.post("/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413 and "1000" in r.json()["error"]["message"]
        r = client.post("/update", data={"update": "INSERT DATA { <urn:a> <urn:b> \"" + "x" * 2000 + "\" }"}, headers=AUTH)
        assert r.status_code == 413
        r = client.put("/store?graph=urn:x-kg-test:big", content=b"<urn:a> <urn:b> <urn:c> ." * 100,
                       headers={**AUTH, "Content-Type": "application/n-triples"})
        assert r.status_code == 413
        assert not scratch.has_graph("urn:x-kg-test:big")


def test_update_sent_to_sparql_is_refused_and_changes_nothing(scratch):
    with app_client(scratch, token=TOKEN) as client:
        before = scratch.count()  # after startup, which adds the reference data
        upd = "INSERT DATA { <urn:x-kg-test:probe> <urn:p> 1 }"
        for r in (client.post("/sparql", data={"update": upd}, headers=AUTH),
                  client.post("/sparql", content=upd.encode(), headers={**AUTH, "Content-Type": "application/sparql-update"}),
                  client.post("/sparql", content=upd.encode(), headers={**AUTH, "Content-Type": "application/sparql-query"}),
                  client.get("/sparql", params={"update": upd}, headers=AUTH)):
            assert 400 <= r.status_code < 500, r.text
        assert scratch.count() == before


def test_query_sent_to_update_is_refused(scratch):
    with app_client(scratch, token=TOKEN) as client:
        assert client.post("/update", data={"query": "ASK {}"}, headers=AUTH).status_code == 400
        r = client.post("/update", content=b"ASK {}", headers={**AUTH, "Content-Type": "application/sparql-query"})
        assert r.status_code == 400 and "/sparql" in r.json()["error"]["message"]
        assert client.get("/update", params={"query": "ASK {}"}).status_code == 405


@pytest.mark.parametrize("token, headers, status", [
    (TOKEN, {}, 401),
    (TOKEN, {"Authorization": "Bearer wrong-token-value"}, 403),
    (TOKEN, {"Authorization": f"Basic {TOKEN}"}, 401),
    (None, AUTH, 403),  # no KG_TOKEN configured: writes are refused, never open
])
def test_bad_or_missing_token_changes_nothing(scratch, token, headers, status):
    with app_client(scratch, token=token) as client:
        before = scratch.dump("nquads")  # after startup, which adds the reference data
        writes = [
            client.post("/update", data={"update": "DROP ALL"}, headers=headers),
            client.put("/store?graph=urn:x-kg-test:g", content=b"<urn:z> <urn:z> <urn:z> .",
                       headers={**headers, "Content-Type": "application/n-triples"}),
            client.post("/store?default", content=b"<urn:z> <urn:z> <urn:z> .",
                        headers={**headers, "Content-Type": "application/n-triples"}),
            client.delete("/store?graph=urn:x-kg-test:g", headers=headers),
        ]
        assert [w.status_code for w in writes] == [status] * 4
        assert scratch.dump("nquads") == before
