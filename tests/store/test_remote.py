"""The REST service, unchanged, over a remote SPARQL engine: an Oxigraph server and Virtuoso, on 127.0.0.1.

Each engine is installed by scripts/services when missing and started by tests/store/engines.py; a test skips,
saying why, only where the engine cannot be installed or started here.
"""
from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tests.store import engines

ENGINES = {"oxigraph": engines.oxigraph_server, "virtuoso": engines.virtuoso_server}


@pytest.fixture(scope="module", params=sorted(ENGINES))
def remote(request, tmp_path_factory):
    try:
        with ENGINES[request.param](tmp_path_factory.mktemp(request.param)) as url:
            yield request.param, url
    except engines.Unavailable as e:
        pytest.skip(str(e))


@pytest.fixture(scope="module")
def client(remote):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from kg.config import Settings

    _name, url = remote
    app = create_app(Settings(store=url, seeds=str(SEEDS), query_workers=1))
    with TestClient(app) as c:
        yield c


def test_seeds_load_into_the_engine(client):
    store = client.app.state.store
    docs = [g for g in store.graphs() if "/doc/" in g]
    assert len(docs) == 2
    assert store.count() > 40_000  # reference data (past Virtuoso's 10,000-row cap) and both documents


def test_firms_in_the_changxing_auto_chain(client):
    r = client.get("/firms", params={"region": "长兴", "chain": "汽车"})
    assert r.status_code == 200, r.text
    labels = {f["label"] for f in r.json()["items"]}
    assert {"吉利", "三众汽车部件"} <= labels and "桐昆" not in labels
    for firm in r.json()["items"]:
        assert all(link["evidence"] for link in firm["links"])


def test_entity_search_by_pinyin_prefix(client):
    r = client.get("/entities", params={"q": "changxing"})
    assert r.status_code == 200, r.text
    assert any(e["label"] == "长兴县" for e in r.json()["items"])


def test_entity_with_relations_and_evidence(client):
    r = client.get("/entities/firm/吉利")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["label"] == "吉利" and body["relations"]
    assert any(rel["predicate"] == "locatedIn" and rel["evidence"] for rel in body["relations"])


def test_sparql_endpoint_answers_from_the_engine(client):
    q = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a <https://w3id.org/kg-cn/ontology#Firm> }"
    r = client.get("/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) >= 10


def test_bound_parameters_are_terms_not_text(client):
    from kg.store.oxigraph import IRI

    store = client.app.state.store
    hostile = 'x" } } ; DROP ALL ; SELECT * { ?s ?p "'
    assert store.select("SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }", {"l": hostile}) == []
    with pytest.raises(Exception):
        store.select("SELECT ?p WHERE { ?s ?p ?o }", {"s": IRI("urn:a> } DROP ALL {")})
    assert store.count() > 40_000


def test_more_rows_than_the_cap_are_paged(client, remote):
    """Virtuoso caps results at 10,000 rows; the store pages, so every region label comes back."""
    rows = client.app.state.store.select(
        "SELECT ?r ?l WHERE { ?r a <https://w3id.org/kg-cn/ontology#Region> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert len(rows) > 10_000 or len({r["r"] for r in rows}) > 3000


def test_delete_a_document_changes_the_answers(client):
    r = client.get("/firms", params={"region": "长兴", "chain": "汽车"})
    before = r.json()["total"]
    store = client.app.state.store
    doc = next(g for g in store.graphs() if "/doc/" in g and store.select(
        "SELECT ?f WHERE { GRAPH ?g { ?f a <https://w3id.org/kg-cn/ontology#Firm> ; <http://www.w3.org/2000/01/rdf-schema#label> \"吉利\"@zh } }",
        {"g": __import__("kg.store.oxigraph", fromlist=["IRI"]).IRI(g)}))
    data = store.dump("ntriples", graph=doc)
    store.remove_graph(doc)
    try:
        after = client.get("/firms", params={"region": "长兴", "chain": "汽车"}).json()["total"]
        assert after < before
    finally:
        store.load(data, "ntriples", graph=doc)
    assert client.get("/firms", params={"region": "长兴", "chain": "汽车"}).json()["total"] == before
