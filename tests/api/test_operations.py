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
