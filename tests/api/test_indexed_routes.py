"""/regions/{id} and /entities/{id} answer on the event loop from the indexes once they are built: the same body
as the store path validated by pydantic, without a thread hop, and never stale after an upload or a deletion."""
from __future__ import annotations

import pytest

from tests.conftest import SEEDS

REGIONS = ["长兴县", "330522", "浙江省", "湖州", "region/330500"]
ENTITIES = ["吉利", "firm/三众汽车部件", "长兴", "汽车", "国务院", "浙江省"]


@pytest.fixture()
def app_store():
    from fastapi.testclient import TestClient

    from api.main import create_app
    from kg.config import Settings
    from kg.loader import load_paths
    from kg.store import open_store

    store = open_store(None)
    load_paths(store, [SEEDS])
    with TestClient(create_app(Settings(store=":memory:", seeds=""), store=store)) as client:
        yield client, store


def _build(store):
    from kg import indexes

    idx = indexes.indexes_for(store)
    idx.evidence_index, idx.page_index  # built here, not in the background
    assert indexes.ready(store) is idx


def _no_thread_pool(monkeypatch):
    from api.routes import entities, regions

    def refuse(*_a, **_k):
        raise AssertionError("answered in the thread pool")

    for module in (entities, regions):
        monkeypatch.setattr(module, "run_in_threadpool", refuse)


def test_the_indexed_bodies_are_the_store_bodies(app_store, monkeypatch):
    client, store = app_store
    paths = [f"/regions/{n}" for n in REGIONS] + [f"/entities/{n}" for n in ENTITIES]
    from kg import indexes

    monkeypatch.setattr(indexes.Indexes, "evidence_ready", lambda self: None)  # the store path, as before a build
    from_store = {p: client.get(p) for p in paths}
    monkeypatch.undo()
    _build(store)
    client.get("/entities", params={"q": "吉利"})  # the name index is built
    _no_thread_pool(monkeypatch)
    for path in paths:
        fast = client.get(path)
        assert fast.status_code == from_store[path].status_code == 200, path
        assert fast.headers["content-type"] == from_store[path].headers["content-type"] == "application/json"
        assert fast.json() == from_store[path].json(), path


def test_the_indexed_bodies_are_the_models_serialisation(app_store):
    """The library's dicts are already in the models' public shape: pydantic's serialisation is the same body."""
    from api.models import EntityPublic, RegionPublic
    from kg import indexes, pages, queries

    client, store = app_store
    _build(store)
    idx = indexes.ready(store)
    county = "https://w3id.org/kg-cn/id/region/330522"
    assert client.get("/regions/330522").json() == RegionPublic(**pages.region(idx, county)).model_dump(mode="json")
    firm = client.get("/entities", params={"q": "吉利"}).json()["items"][0]["iri"]
    card = client.get(f"/entities/{firm}").json()
    assert card == EntityPublic(**queries.entity(store, firm)).model_dump(mode="json")
    assert card["relations"] and all(link["subject_label"] is None for link in card["relations"])


@pytest.mark.parametrize(("path", "status"), [("/regions/不存在的地方", 404), ("/entities/不存在", 404),
                                              ("/regions/吉利", 404), ("/regions/changxing", 200)])
def test_names_the_event_loop_cannot_settle_go_to_the_thread_pool(app_store, path, status):
    """Unknown names (their nearest names are a scan), names of another type and pinyin not computed yet are
    resolved in the thread pool, as before."""
    client, store = app_store
    _build(store)
    assert client.get(path).status_code == status


def test_an_upload_and_a_deletion_change_the_indexed_answers(app_store, monkeypatch):
    """Never stale: after a write the first answer comes from the store (the indexes of the new generation are not
    built yet), the next ones from the rebuilt indexes, and both show the write."""
    from kg.loader import load_document

    client, store = app_store
    _build(store)
    before = client.get("/regions/330522").json()
    result = load_document(store, "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。".encode(), path="upload.txt")
    stale_free = client.get("/regions/330522").json()
    _build(store)
    _no_thread_pool(monkeypatch)
    after = client.get("/regions/330522").json()
    assert after == stale_free and after["firms_total"] == before["firms_total"] + 1
    firm = next(f for f in after["firms"] if "新能达" in f["label"])
    card = client.get(f"/entities/{firm['id']}").json()
    assert card["type"] == "Firm" and card["relations"][0]["evidence"][0]["sentence"].startswith("浙江长兴新能达")
    monkeypatch.undo()
    store.remove_graph(result.iri)
    client.get("/regions/330522")
    _build(store)
    _no_thread_pool(monkeypatch)
    assert client.get("/regions/330522").json() == before
    monkeypatch.undo()  # an unknown name is resolved in the thread pool (its nearest names are a scan)
    assert client.get(f"/entities/{firm['id']}").status_code == 404


def test_the_openapi_document_keeps_the_response_models(app_store):
    client, _ = app_store
    spec = client.get("/openapi.json").json()
    for path, model in (("/regions/{id}", "RegionPublic"), ("/entities/{id}", "EntityPublic")):
        ok = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": f"#/components/schemas/{model}"}


FIRM_QUERIES = [{"region": "长兴县", "chain": "汽车"}, {"region": "长兴"}, {"industry": "新能源", "limit": 3, "offset": 1},
                {"chain": "汽车", "sort": "-label"}, {}]


def test_firm_pages_from_the_indexes_are_the_store_pages(app_store, monkeypatch):
    """/firms answers on the event loop once the indexes are built, with the body the thread-pool path gives; a
    designation filter (which the indexes do not hold) still goes to the store."""
    from api.routes import firms
    from kg import indexes

    client, store = app_store
    monkeypatch.setattr(indexes.Indexes, "evidence_ready", lambda self: None)  # the store path, as before a build
    from_store = [client.get("/firms", params=q) for q in FIRM_QUERIES]
    monkeypatch.undo()
    _build(store)
    client.get("/entities", params={"q": "吉利"})  # the name index is built

    def refuse(*_a, **_k):
        raise AssertionError("answered in the thread pool")

    monkeypatch.setattr(firms, "run_in_threadpool", refuse)
    for q, before in zip(FIRM_QUERIES, from_store):
        fast = client.get("/firms", params=q)
        assert fast.status_code == before.status_code == 200, q
        assert fast.json() == before.json(), q
    assert client.get("/firms", params={"region": "长兴县"}).json()["total"] > 0
    with pytest.raises(AssertionError, match="thread pool"):
        client.get("/firms", params={"designation": "专精特新“小巨人”"})
