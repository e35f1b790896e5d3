"""GET /export in every format, with subgraph parameters; POST /export for a view; /explore served offline;
/analytics."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from api.routes.explore import ASSETS, STATIC
from kg.export import FORMATS

RENDERED = {"svg", "png"}  # need Graphviz; tests/export checks them


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - RENDERED))
def test_every_format_downloads_with_its_media_type(client, fmt):
    r = client.get("/export", params={"format": fmt, "focus": "吉利"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == FORMATS[fmt].media_type
    assert "attachment" in r.headers["content-disposition"]
    assert len(r.content) > 100


def test_focus_depth_types_and_predicates_as_query_parameters(client):
    r = client.get("/export", params={"format": "cytoscape", "focus": "changxing", "depth": 1,
                                      "types": "Firm,Region", "predicates": "locatedIn"})
    doc = r.json()
    assert doc["data"]["focus"] == "region/330522"
    assert {n["data"]["type"] for n in doc["elements"]["nodes"]} == {"Firm", "Region"}
    assert {e["data"]["predicate"] for e in doc["elements"]["edges"]} == {"locatedIn"}
    whole = client.get("/export", params={"format": "cytoscape"}).json()
    assert len(whole["elements"]["nodes"]) > len(doc["elements"]["nodes"])


@pytest.mark.parametrize("params,status", [({"format": "xlsx"}, 422), ({"types": "Company"}, 422),
                                           ({"predicates": "knows"}, 422), ({"depth": 99}, 422),
                                           ({"focus": "不存在的公司"}, 404)])
def test_bad_parameters(client, params, status):
    assert client.get("/export", params=params).status_code == status


def test_post_exports_exactly_the_view(client):
    r = client.post("/export", json={"format": "neo4j", "nodes": ["firm/吉利", "region/330522"]})
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert len(z.read("nodes.csv").decode().strip().splitlines()) == 3
    assert "LOCATED_IN" in z.read("relationships.csv").decode()
    assert client.post("/export", json={"format": "d3", "nodes": ["firm/不存在"]}).status_code == 400


def test_explorer_page_and_assets_load_from_this_server_only(client):
    page = client.get("/explore")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and all(ref.startswith("/") for ref in refs)
    for name in ASSETS:
        body = client.get(f"/explore/assets/{name}").text
        urls = set(re.findall(r"https?://[^\s\"'`)]+", body)) - {"http://www.w3.org/2000/svg"}
        assert not urls, f"{name} names outside hosts: {urls}"
    assert client.get("/explore/assets/../main.py").status_code == 404
    assert {p.name for p in STATIC.iterdir()} == set(ASSETS) | {"index.html"}


def test_explorer_config_gives_colours_and_formats(client):
    cfg = client.get("/explore/config").json()
    assert cfg["types"]["Firm"].startswith("#") and set(cfg["formats"]) == set(FORMATS)


def test_central_entities(client):
    body = client.get("/analytics/central", params={"top": 3}).json()
    assert set(body) == {"Firm", "Policy", "Region"}
    assert body["Region"][0]["label"] == "长兴县"
    assert all(len(v) <= 3 for v in body.values())
    ranks = [i["pagerank"] for i in body["Firm"]]
    assert ranks == sorted(ranks, reverse=True)


def test_communities(client):
    body = client.get("/analytics/communities").json()
    assert body["total"] == len(body["items"]) > 1
    members = [m["id"] for c in body["items"] for m in c["members"]]
    assert len(members) == len(set(members))  # a partition


def test_shortest_path_with_evidence(client):
    body = client.get("/analytics/paths", params={"from": "jili", "to": "浙江"}).json()
    assert body["hops"] == 2
    first = body["paths"][0]
    assert [h["predicate"] for h in first] == ["locatedIn", "locatedIn"]
    assert first[0]["subject"]["label"] == "吉利" and first[-1]["object"]["label"] == "浙江省"
    assert "吉利" in first[0]["evidence"][0]["sentence"]


def test_region_profile(client):
    body = client.get("/analytics/regions/330522").json()
    assert body["region"]["label"] == "长兴县"
    assert len(body["firms"]) > 5
    assert any(d["label"].startswith("专精特新") and d["firms"] >= 1 for d in body["designations"])
    assert body["priority_industries"]
    assert client.get("/analytics/regions/吉利").status_code == 404
