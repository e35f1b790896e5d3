"""Every entity-naming parameter takes every name form; ambiguous names get candidates, unknown ones the nearest names."""
from __future__ import annotations

import pytest

CHANGXING = "https://w3id.org/kg-cn/id/region/330522"
FORMS = {
    "Chinese name": "长兴县",
    "alias": "长兴",
    "traditional": "長興縣",
    "English label": "Changxing",
    "English label with suffix": "Changxing County",
    "pinyin": "changxing",
    "pinyin with tones": "Cháng Xīng",
    "pinyin upper case with spaces": "CHANG XING",
    "pinyin with suffix": "changxingxian",
    "GB/T 2260 code": "330522",
    "short id": "region/330522",
    "IRI": CHANGXING,
}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_region_route(client, form):
    r = client.get(f"/regions/{form}")
    assert r.status_code == 200, r.text
    assert r.json()["iri"] == CHANGXING


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_observation_subject(client, form):
    body = client.get("/observations", params={"subject": form, "indicator": "GDP", "exact": "true"}).json()
    assert {s["subject"]["iri"] for s in body["series"]} == {CHANGXING}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_entity_evidence(client, form):
    assert client.get(f"/entities/{form}/evidence").json()["entity"]["iri"] == CHANGXING


@pytest.mark.parametrize("form", ["浙江省", "浙江", "Zhejiang", "zhejiang province", "Zhè Jiāng", "330000"])
def test_path_endpoints(client, form):
    body = client.get("/paths", params={"from": "吉利", "to": form}).json()
    assert body["target"]["label"] == "浙江省" and body["total"] >= 1


@pytest.mark.parametrize("form", ["汽车", "Automotive", "automotive", "qiche", "Qì Chē", "industry/汽车"])
def test_industry_forms(client, form):
    assert client.get(f"/industries/{form}").json()["label"] == "汽车"


@pytest.mark.parametrize("form", ["专精特新“小巨人”企业", "专精特新“小巨人”", '专精特新"小巨人"', "专精特新小巨人",
                                  'Specialised and innovative "little giant" enterprise', "designation/专精特新小巨人企业"])
def test_designation_forms(client, form):
    body = client.get("/firms", params={"designation": form}).json()
    assert body["designation"] == "https://w3id.org/kg-cn/id/designation/专精特新小巨人企业" and body["total"] == 4


@pytest.mark.parametrize("form", ["国务院", "guowuyuan", "Guó Wù Yuàn", "org/国务院"])
def test_issuer_forms(client, form):
    labels = {p["label"] for p in client.get("/policies", params={"issuer": form}).json()["items"]}
    assert "质量强国建设纲要" in labels


def test_ambiguous_name_lists_candidates_and_how_to_choose(client):
    r = client.get("/paths", params={"from": "Taizhou", "to": "浙江省"})
    assert r.status_code == 409
    err = r.json()["error"]
    assert err["type"] == "Ambiguous" and len(err["candidates"]) >= 2
    assert {"iri", "id", "label", "type"} <= set(err["candidates"][0]) and "id" in err["hint"]
    chosen = err["candidates"][0]["id"]
    assert client.get("/paths", params={"from": chosen, "to": "浙江省"}).status_code == 200


@pytest.mark.parametrize("url,params", [
    ("/regions/长兴州", {}),
    ("/industries/汽车业务", {}),
    ("/firms", {"designation": "小巨人企业奖"}),
    ("/policies", {"issuer": "国务阮"}),
    ("/paths", {"from": "吉利", "to": "浙江生"}),
    ("/observations", {"subject": "长兴州"}),
    ("/designations/小巨人奖/holders", {}),
    ("/entities/长兴州/evidence", {}),
])
def test_unknown_name_is_404_with_nearest(client, url, params):
    r = client.get(url, params=params)
    assert r.status_code == 404, r.text
    err = r.json()["error"]
    assert err["type"] == "NotFound" and err["nearest"]
