"""Health probes and the structured access log."""
from __future__ import annotations

import json
import logging


def test_health_and_ready(client):
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json()["status"] == "ready" and ready.json()["documents"] >= 2


def test_access_log_has_request_id_route_status_duration(client, caplog):
    with caplog.at_level(logging.INFO, logger="kg.access"):
        r = client.get("/entities/region/330522", headers={"X-Request-ID": "req-123", "Authorization": "Bearer secret-token"})
    assert r.headers["X-Request-ID"] == "req-123"
    entries = [json.loads(rec.getMessage()) for rec in caplog.records if rec.name == "kg.access"]
    entry = next(e for e in entries if e["request_id"] == "req-123")
    assert entry["route"] == "/entities/{id:path}" and entry["status"] == 200 and entry["duration_ms"] >= 0
    assert "secret-token" not in caplog.text


def test_errors_leak_no_paths_or_stacks(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p"})
    assert r.status_code == 400
    assert "Traceback" not in r.text and "/work/" not in r.text and "site-packages" not in r.text


def test_ready_reports_the_evidence_index_without_waiting_for_it(client):
    """/ready answers as soon as the store does; the evidence and page indexes, built in the background after the
    first page that needs them, are reported (the bench waits for ``built`` before measuring)."""
    import time

    assert client.get("/ready").json()["evidence"] in ("absent", "building", "built")
    assert client.get("/ready").json()["pages"] in ("absent", "building", "built")
    assert client.get("/firms", params={"region": "长兴"}).status_code == 200
    deadline = time.monotonic() + 30
    while client.get("/ready").json()["pages"] != "built" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.get("/ready").json() | {"documents": 0} == {"status": "ready", "documents": 0, "indexes": "built",
                                                                "evidence": "built", "pages": "built"}


def test_ready_counts_documents_again_after_a_write(tmp_path, seeded_store):
    """On a store on disk /ready counts the document graphs once per write stamp, not at every probe: an upload
    and a delete show at once."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from kg.config import Settings
    from kg.loader import document_graphs, load_document

    app = create_app(Settings(store=str(tmp_path / "store"), seeds=""))
    with TestClient(app) as client:
        store = app.state.store
        assert store.stamp() is not None and client.get("/ready").json()["documents"] == 0
        store.load(seeded_store.dump())
        assert client.get("/ready").json()["documents"] == 2 == client.get("/ready").json()["documents"]
        load_document(store, "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。".encode(), path="upload.txt")
        assert client.get("/ready").json()["documents"] == 3
        store.remove_graph(document_graphs(store)[0])
        assert client.get("/ready").json()["documents"] == 2


def test_the_seeds_are_loaded_into_an_empty_store_only():
    from api.main import bootstrap
    from kg.config import REPO_ROOT, Settings
    from kg.loader import document_graphs
    from kg.store import open_store

    store, settings = open_store(None), Settings(store=":memory:", seeds=str(REPO_ROOT / "seeds"))
    bootstrap(store, settings)
    assert len(document_graphs(store)) == 2
    store.remove_graph(document_graphs(store)[0])
    bootstrap(store, settings)  # a store holding a document is not seeded again
    assert len(document_graphs(store)) == 1
    bootstrap(store, Settings(store=":memory:", seeds=""))
    assert len(document_graphs(store)) == 1
