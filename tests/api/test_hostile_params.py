"""Every REST parameter reaches SPARQL bound, never spliced: hostile strings give 404 or 422, never 500, and
change neither the store nor later answers."""
from __future__ import annotations

from urllib.parse import quote

import pytest

HOSTILE = [
    '"} ; DROP ALL ; #', "'> } UNION { ?s ?p ?o } #", "{", "# comment", "line\nbreak\r\n",
    "SELECT * WHERE { ?s ?p ?o }", "DELETE WHERE { ?s ?p ?o }", "<http://evil.example/>",
    '长兴" . ?x ?y ?z . "', "x" * 10_000, "长" * 3_400, "?region \u0000",
]
IDS = [repr(h[:24]) for h in HOSTILE]
QUERY_PARAMS = [
    ("/firms", "region"), ("/firms", "chain"), ("/firms", "industry"), ("/firms", "designation"), ("/firms", "sort"),
    ("/policies", "industry"), ("/policies", "issuer"), ("/policies", "region"), ("/policies", "year"),
    ("/clusters", "tier"), ("/observations", "subject"), ("/observations", "indicator"), ("/observations", "period"),
    ("/paths", "from"), ("/paths", "to"), ("/paths", "max_hops"), ("/entities", "q"), ("/entities", "type"),
    ("/firms", "limit"), ("/firms", "offset"), ("/observations", "exact"),
]
PATH_ROUTES = ["/regions/{}", "/industries/{}", "/clusters/{}", "/designations/{}/holders", "/entities/{}",
               "/entities/{}/evidence", "/documents/{}", "/id/{}"]
BASE_PARAMS = {"/paths": {"from": "吉利", "to": "浙江省"}, "/entities": {"q": "长兴"}}


@pytest.fixture(scope="module")
def baseline(client, seeded_store):
    return seeded_store.count(), client.get("/firms", params={"region": "长兴", "chain": "汽车"}).json()


@pytest.mark.parametrize("hostile", HOSTILE, ids=IDS)
@pytest.mark.parametrize("url,param", QUERY_PARAMS)
def test_query_parameters(client, seeded_store, baseline, url, param, hostile):
    r = client.get(url, params={**BASE_PARAMS.get(url, {}), param: hostile})
    # a hostile string may still be a harmless search (?q=") or be ignored by the indicator filter: then 200
    assert r.status_code in (200, 404, 422), (url, param, r.status_code, r.text[:200])
    assert set(r.json()) == {"error"} if r.status_code != 200 else True
    if r.status_code == 200 and url != "/entities":
        assert r.json()["total"] == 0 or param in ("sort",), r.text[:300]
    assert seeded_store.count() == baseline[0]


@pytest.mark.parametrize("hostile", HOSTILE, ids=IDS)
@pytest.mark.parametrize("route", PATH_ROUTES)
def test_path_parameters(client, seeded_store, baseline, route, hostile):
    r = client.get(route.format(quote(hostile, safe="")))
    assert r.status_code in (404, 406, 422), (route, r.status_code, r.text[:200])
    assert seeded_store.count() == baseline[0]


def test_answers_unchanged_after_the_barrage(client, baseline):
    assert client.get("/firms", params={"region": "长兴", "chain": "汽车"}).json() == baseline[1]
