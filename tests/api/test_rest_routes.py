"""Every REST route of issue 5 on the seeds: the answer, its evidence, paging and sorting."""
from __future__ import annotations

import pytest

CHANGXING = "https://w3id.org/kg-cn/id/region/330522"


def test_firms_by_designation_and_region_carry_both_links(client):
    body = client.get("/firms", params={"region": "湖州", "designation": "专精特新小巨人"}).json()
    assert body["total"] == 4 and body["designation"].endswith("designation/专精特新小巨人企业")
    for firm in body["items"]:
        predicates = [link["predicate"] for link in firm["links"]]
        assert "hasDesignation" in predicates and "locatedIn" in predicates
        assert all(link["evidence"] for link in firm["links"])


def test_firms_by_industry_through_the_chain(client):
    labels = {f["label"] for f in client.get("/firms", params={"industry": "智能汽车及关键零部件"}).json()["items"]}
    assert {"吉利", "三众汽车部件"} <= labels


def test_firms_are_paged_and_sorted(client):
    everything = client.get("/firms", params={"limit": 500}).json()
    first = client.get("/firms", params={"limit": 3, "sort": "-label"}).json()
    assert first["total"] == everything["total"] and len(first["items"]) == 3
    assert [f["label"] for f in first["items"]] == sorted((f["label"] for f in everything["items"]), reverse=True)[:3]


def test_unknown_sort_key_is_422(client):
    r = client.get("/firms", params={"sort": "revenue"})
    assert r.status_code == 422 and r.json()["error"]["type"] == "ValidationError"


def test_region_has_parents_firms_designations_and_observations(client):
    body = client.get("/regions/长兴县").json()
    assert body["code"] == "330522"
    assert [p["label"] for p in body["parents"]][:1] == ["浙江省"]
    assert "吉利" in {f["label"] for f in body["firms"]} and body["firms_total"] >= len(body["firms"])
    assert any(d["object_label"].startswith("全国综合实力百强县") for d in body["designations"])
    assert body["priority_industries"] and body["observations"]
    assert "深化“放管服”十条举措" in {p["subject_label"] for p in body["policies"]}


def test_province_lists_its_cities(client):
    body = client.get("/regions/330000").json()
    assert "湖州市" in {c["label"] for c in body["children"]}


def test_industry_has_the_chain_above_and_below(client):
    body = client.get("/industries/汽车").json()
    assert body["label"] == "汽车"
    assert body["broader"] and body["narrower"]
    assert {"吉利", "三众汽车部件"} <= {f["label"] for f in body["firms"]}


def test_policies_by_issuer_region_and_year(client):
    by_issuer = {p["label"] for p in client.get("/policies", params={"issuer": "国务院"}).json()["items"]}
    assert "质量强国建设纲要" in by_issuer
    by_year = {p["label"] for p in client.get("/policies", params={"year": 2023}).json()["items"]}
    assert "质量强国建设纲要" in by_year
    by_region = {p["label"] for p in client.get("/policies", params={"region": "长兴县"}).json()["items"]}
    assert "长兴县工业产业重点发展方向及指导目录" in by_region and "2023年全球创新指数" not in by_region
    body = client.get("/policies", params={"industry": "汽车"}).json()
    assert body["total"] == len(body["items"])
    # the plans on strategic emerging industries, by their titles' edge or their article (tests/test_policy_targets.py
    # checks the edge alone)
    targeting = {p["label"] for p in client.get("/policies", params={"industry": "战略性新兴产业"}).json()["items"]}
    assert {"“十三五”国家战略性新兴产业发展规划", "国务院关于加快培育和发展战略性新兴产业的决定"} <= targeting


def test_every_policy_is_cited_by_a_sentence(client):
    for p in client.get("/policies").json()["items"]:
        assert p["citations"], p["label"]
        for c in p["citations"]:
            assert c["start"] < c["end"] and c["document"].startswith("https://w3id.org/kg-cn/doc/")


def test_clusters_list_tier_filter_and_detail(client):
    body = client.get("/clusters").json()
    assert "长兴县战略性新兴产业集群" in {c["label"] for c in body["items"]}
    assert client.get("/clusters", params={"tier": "国家先进制造业集群"}).status_code == 200
    assert client.get("/clusters", params={"tier": "长兴县"}).status_code == 404
    detail = client.get("/clusters/长兴县战略性新兴产业集群").json()
    assert detail["id"] == "cluster/长兴县战略性新兴产业集群" and detail["documents"]


def test_designation_holders_with_evidence(client):
    body = client.get("/designations/专精特新“小巨人”企业/holders", params={"sort": "label"}).json()
    assert [h["label"] for h in body["items"]] == sorted(["中德", "润阳", "中钢", "松德"])
    assert all("小巨人" in h["evidence"][0]["sentence"] for h in body["items"])


def test_county_holds_its_rankings(client):
    holders = client.get("/designations/全国综合实力百强县/holders").json()["items"]
    assert [h["iri"] for h in holders] == [CHANGXING] and holders[0]["type"] == "Region"


def test_observations_are_a_plottable_series(client):
    body = client.get("/observations", params={"subject": "长兴县", "indicator": "战略性新兴产业企业", "exact": "true"}).json()
    (series,) = body["series"]
    assert series["periods"] == ["2019", "2023"] and series["values"] == [149.0, 243.0] and series["unit"] == "家"
    assert all(p["evidence"]["sentence"] for p in series["points"])


def test_a_rank_is_a_position_among_peers_beside_the_figure(client):
    body = client.get("/observations", params={"subject": "长兴县", "indicator": "一般公共预算收入占GDP比重",
                                                "exact": "true"}).json()
    points = {p["qualifier"]: p for p in body["items"]}
    assert (points[None]["value"], points[None]["unit"]) == (10.3, "%")
    assert (points["rank"]["value"], points["rank"]["unit"], points["rank"]["among"]) == (2.0, "", "环太湖五地")
    assert "居环太湖五地第2" in points["rank"]["evidence"]["sentence"]


def test_observations_by_period_prefix(client):
    body = client.get("/observations", params={"subject": "330522", "period": "2023"}).json()
    assert body["total"] > 0 and all(p["period"].startswith("2023") for p in body["items"])
    assert "2023H1" in {p["period"] for p in body["items"]}


def test_paths_give_evidence_for_every_hop(client):
    body = client.get("/paths", params={"from": "吉利长兴基地", "to": "浙江省", "max_hops": 4}).json()
    assert body["total"] >= 1
    for path in body["items"]:
        assert path["length"] == len(path["hops"]) == len(path["nodes"]) - 1
        assert all(h["evidence"] for h in path["hops"])


def test_paths_respect_max_hops(client):
    body = client.get("/paths", params={"from": "吉利", "to": "浙江省", "max_hops": 1}).json()
    assert body["items"] == [] and body["total"] == 0


def test_entity_evidence_lists_statements_with_spans(client):
    body = client.get("/entities/region/330522/evidence", params={"limit": 500}).json()
    assert body["entity"]["label"] == "长兴县"
    kinds = {s["kind"] for s in body["items"]}
    assert kinds == {"relation", "observation"}
    assert all(s["start"] < s["end"] and s["sentence"] for s in body["items"])
    assert body["total"] == len(body["items"])


def test_documents_list_and_detail(client):
    docs = client.get("/documents").json()
    assert docs["total"] == 2
    one = docs["items"][0]
    detail = client.get(f"/documents/{one['id']}").json()
    assert detail["iri"] == one["iri"] and detail["entities"] and detail["facts"]
    assert detail["counts"]["relations"] == sum(f["kind"] == "relation" for f in detail["facts"])
    assert client.get("/documents/doc/0000000000000000").status_code == 404


@pytest.mark.parametrize("url", ["/firms", "/policies", "/clusters", "/documents", "/observations"])
def test_lists_report_total_limit_offset(client, url):
    body = client.get(url, params={"limit": 1, "offset": 1}).json()
    assert body["limit"] == 1 and body["offset"] == 1 and len(body["items"]) <= 1


def test_cors_is_closed_by_default(client):
    r = client.options("/firms", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers
