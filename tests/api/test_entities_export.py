"""/entities search and detail; /export GraphML valid against the GraphML 1.0 schema; offline docs."""
from __future__ import annotations

from pathlib import Path

import pytest

SCHEMA = Path(__file__).resolve().parents[2].parent / "shared" / "schemas" / "graphml-1.0" / "graphml.xsd"


@pytest.mark.parametrize("q,label", [("吉利", "吉利"), ("长兴", "长兴县"), ("changxing", "长兴县"), ("Chang Xing", "长兴县"), ("長興", "长兴县")])
def test_search_by_name_alias_pinyin(client, q, label):
    body = client.get("/entities", params={"q": q}).json()
    assert body["total"] >= 1
    assert label in [i["label"] for i in body["items"]]


def test_search_is_paged(client):
    first = client.get("/entities", params={"q": "县", "limit": 2}).json()
    second = client.get("/entities", params={"q": "县", "limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["total"] > 2
    assert first["items"] != second["items"]


def test_entity_detail_with_evidence(client):
    body = client.get("/entities/firm/吉利长兴基地").json()
    assert body["type"] == "Firm"
    part = next(r for r in body["relations"] if r["predicate"] == "partOf")
    assert part["object_label"] == "吉利"
    assert "吉利长兴基地" in part["evidence"][0]["sentence"]


def test_region_detail_has_observations(client):
    body = client.get("/entities/region/330522").json()
    assert body["label"] == "长兴县" and body["code"] == "330522"
    assert any(o["unit"] == "亿元" for o in body["observations"])


def test_unknown_entity_is_404(client):
    assert client.get("/entities/firm/不存在的公司").status_code == 404


def test_graphml_export_is_schema_valid(client):
    xmlschema = pytest.importorskip("xmlschema")
    if not SCHEMA.exists():
        pytest.skip(f"GraphML schema not found at {SCHEMA}")
    r = client.get("/export", params={"format": "graphml"})
    assert r.status_code == 200
    schema = xmlschema.XMLSchema(str(SCHEMA))
    schema.validate(r.content)
    assert b'id="d3"' not in r.content and b'id="d7"' not in r.content
    assert "吉利".encode() in r.content


def test_docs_are_served_without_a_cdn(client):
    page = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/firms"]
