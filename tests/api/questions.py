"""The four analyst questions of issue 5, one request each, shared by the seed tests and the upload/delete test."""
from __future__ import annotations


def little_giants_in_zhejiang(client) -> set[str]:
    """Which firms in Zhejiang hold 专精特新“小巨人”."""
    r = client.get("/firms", params={"region": "浙江", "designation": "专精特新“小巨人”"})
    assert r.status_code == 200, r.text
    return {f["label"] for f in r.json()["items"]}


def changxing_gdp(client) -> list[tuple[str, float, str | None]]:
    """What the seeds say about 长兴县's GDP over time: (period, value, qualifier) of the GDP series."""
    r = client.get("/observations", params={"subject": "长兴县", "indicator": "GDP", "exact": "true"})
    assert r.status_code == 200, r.text
    series = r.json()["series"]
    assert all(s["indicator"] == "GDP" for s in series)
    return [(p["period"], p["value"], p["qualifier"]) for s in series for p in s["points"]]


def geely_to_zhejiang(client) -> list[list[str]]:
    """How Geely is connected to 浙江省: the labels along each shortest path."""
    r = client.get("/paths", params={"from": "吉利", "to": "浙江省"})
    assert r.status_code == 200, r.text
    return [[n["label"] for n in p["nodes"]] for p in r.json()["items"]]


def cited_policies(client) -> dict[str, set[str]]:
    """Which policy documents the seeds cite, and who issued them."""
    r = client.get("/policies", params={"titled": "true", "limit": 500})
    assert r.status_code == 200, r.text
    return {p["label"]: {i["object_label"] for i in p["issuers"]} for p in r.json()["items"]}
