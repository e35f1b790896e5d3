"""Entity IRIs dereference at /id/{path} by content negotiation, always with Vary: Accept."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph, URIRef

GEELY = "https://w3id.org/kg-cn/id/firm/吉利"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_browser_gets_an_html_page(client):
    r = client.get("/id/region/330522", headers={"Accept": BROWSER})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Accept" in r.headers["vary"]
    page = r.text
    assert "<h1>长兴县</h1>" in page
    assert 'href="/id/region/330000"' in page  # relations are links on this server
    assert "长兴县位" in page or "浙江省长兴县" in page  # evidence sentences
    assert "/documents/9e38df0d58f69581" in page  # sources


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld"), ("*/*", "turtle")])
def test_rdf_clients_get_rdf(client, accept, fmt):
    r = client.get("/id/firm/吉利", headers={"Accept": accept})
    assert r.status_code == 200 and "Accept" in r.headers["vary"]
    g = Graph().parse(data=r.content, format=fmt)
    assert (URIRef(GEELY), URIRef("https://w3id.org/kg-cn/ontology#locatedIn"), URIRef("https://w3id.org/kg-cn/id/region/330522")) in g
    # provenance travels with the description
    assert any(True for _ in g.triples((None, URIRef("https://w3id.org/kg-cn/ontology#evidence"), None)))


def test_json_ld_is_json(client):
    assert isinstance(json.loads(client.get("/id/firm/吉利", headers={"Accept": "application/ld+json"}).content), (list, dict))


def test_unacceptable_media_type_is_406(client):
    r = client.get("/id/firm/吉利", headers={"Accept": "image/png"})
    assert r.status_code == 406 and "Accept" in r.headers["vary"] and r.json()["error"]["type"] == "NotAcceptable"


def test_unknown_iri_is_404(client):
    r = client.get("/id/firm/没有这家公司", headers={"Accept": "text/turtle"})
    assert r.status_code == 404 and "Accept" in r.headers["vary"]


def test_entity_page_links_to_the_explorer(client):
    page = client.get("/id/region/330522", headers={"Accept": "text/html"}).text
    assert "/explore?focus=region/330522" in page
