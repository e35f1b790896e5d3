"""GET /firms: the Changxing auto chain, whatever name form the user types."""
from __future__ import annotations

import pytest

AUTO_FIRMS = {"吉利", "三众汽车部件"}


def labels(body):
    return {f["label"] for f in body["items"]}


@pytest.mark.parametrize("region", ["长兴", "长兴县", "Changxing", "changxing", "CHANGXING", "Chang Xing", "330522"])
@pytest.mark.parametrize("chain", ["汽车", "智能汽车及关键零部件"])
def test_changxing_auto_chain_by_every_name_form(client, region, chain):
    r = client.get("/firms", params={"region": region, "chain": chain})
    assert r.status_code == 200, r.text
    body = r.json()
    assert AUTO_FIRMS <= labels(body)
    assert body["total"] == len(body["items"])
    assert "桐昆" not in labels(body)  # a Changxing firm the seeds do not put in the auto chain


def test_every_link_has_evidence(client):
    body = client.get("/firms", params={"region": "长兴", "chain": "汽车"}).json()
    for firm in body["items"]:
        assert firm["iri"].startswith("https://w3id.org/kg-cn/id/firm/")
        predicates = {l["predicate"] for l in firm["links"]}
        assert {"locatedIn", "inIndustry"} <= predicates
        for link in firm["links"]:
            assert link["evidence"], link
            for ev in link["evidence"]:
                assert ev["document"]
                if ev["sentence"] is not None:
                    assert ev["start"] < ev["end"]


def test_evidence_sentence_names_the_firm(client):
    body = client.get("/firms", params={"region": "长兴", "chain": "汽车"}).json()
    sanzhong = next(f for f in body["items"] if f["label"] == "三众汽车部件")
    industry = next(l for l in sanzhong["links"] if l["predicate"] == "inIndustry")
    assert "三众汽车部件" in industry["evidence"][0]["sentence"]


def test_region_matches_through_hierarchy(client):
    county = labels(client.get("/firms", params={"region": "长兴县"}).json())
    city = labels(client.get("/firms", params={"region": "湖州"}).json())
    province = labels(client.get("/firms", params={"region": "浙江省"}).json())
    assert "中德" in county and county <= city <= province


def test_unknown_region_is_404_with_nearest_names(client):
    r = client.get("/firms", params={"region": "长兴州", "chain": "汽车"})
    assert r.status_code == 404
    err = r.json()["error"]
    assert err["name"] == "长兴州" and "长兴县" in err["nearest"]


def test_unknown_chain_is_404(client):
    r = client.get("/firms", params={"region": "长兴", "chain": "航天飞船"})
    assert r.status_code == 404
    assert r.json()["error"]["kind"] == "chain"


def test_no_part_of_cycles(seeded_store):
    """A regression test: a compound chain and the reference data once made 汽车 part of itself."""
    rows = seeded_store.select("PREFIX kg: <https://w3id.org/kg-cn/ontology#> "
                               "SELECT DISTINCT ?a WHERE { ?a kg:partOf ?b . ?b kg:partOf+ ?a }")
    assert rows == []
