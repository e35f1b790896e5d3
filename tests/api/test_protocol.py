"""/sparql, /update and /store against real clients, over a live uvicorn server on a free loopback port.

The server is a subprocess (``python -m uvicorn api.main:app``) configured through the environment as an
operator would, with an in-memory store holding the reference data (no seeds, so it starts quickly).
"""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import SHARED
from tests.live import serving

TOKEN = "protocol-test-token"
HARNESS = SHARED / "tools" / "sparql_protocol_check.py"
KG = "https://w3id.org/kg-cn/ontology#"
CHANGXING = "https://w3id.org/kg-cn/id/region/330522"


@pytest.fixture(scope="module")
def live():
    """Base URL of a `kg serve` subprocess on a free loopback port; stopped after the module."""
    with serving(":memory:", env={"KG_TOKEN": TOKEN, "KG_QUERY_WORKERS": "2"}, seeds=False) as base:
        yield base


@pytest.mark.skipif(not HARNESS.is_file(), reason=f"{HARNESS} is absent (the shared tools sit beside the repository)")
def test_protocol_harness_passes_every_check(live):
    run = subprocess.run([sys.executable, str(HARNESS), live + "/sparql", "--update-url", live + "/update",
                          "--token", TOKEN], capture_output=True, text=True, timeout=300)
    last = run.stdout.strip().splitlines()[-1]
    failures = [ln for ln in run.stdout.splitlines() if ln.startswith("FAIL")]
    assert run.returncode == 0 and last.endswith(" 0 failed"), "\n".join(failures) or run.stdout[-2000:]
    assert "SKIP" not in run.stdout.replace("# skipped: 0", "")


def test_sparqlwrapper_default_get_xml(live):
    from SPARQLWrapper import SPARQLWrapper

    sw = SPARQLWrapper(live + "/sparql")  # its defaults: GET, XML results
    sw.setQuery(f"SELECT ?code WHERE {{ <{CHANGXING}> <{KG}code> ?code }}")
    doc = sw.query().convert()  # an xml.dom.minidom document
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ["330522"]


def test_sparqlwrapper_json_and_construct(live):
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(live + "/sparql")
    sw.setReturnFormat(JSON)
    sw.setQuery(f"SELECT ?label WHERE {{ <{CHANGXING}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}")
    labels = {b["label"]["value"] for b in sw.query().convert()["results"]["bindings"]}
    assert "长兴县" in labels
    sw.setMethod(POST)
    sw.setReturnFormat(TURTLE)
    sw.setQuery(f"CONSTRUCT {{ <{CHANGXING}> <{KG}code> ?c }} WHERE {{ <{CHANGXING}> <{KG}code> ?c }}")
    assert b"330522" in sw.query().convert()


def test_rdflib_sparqlstore_defaults(live):
    from rdflib import Literal, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(live + "/sparql")  # XML results for SELECT/ASK, RDF/XML for CONSTRUCT
    rows = list(store.query(f"SELECT ?code WHERE {{ <{CHANGXING}> <{KG}code> ?code }}"))
    assert rows == [(Literal("330522"),)]
    assert store.query(f"ASK {{ <{CHANGXING}> ?p ?o }}").askAnswer is True
    graph = store.query(f"CONSTRUCT {{ <{CHANGXING}> <{KG}code> ?c }} WHERE {{ <{CHANGXING}> <{KG}code> ?c }}").graph
    assert (URIRef(CHANGXING), URIRef(KG + "code"), Literal("330522")) in graph


@pytest.mark.skipif(not shutil.which("curl"), reason="curl is not installed")
def test_curl_query_update_and_graph_store(live, tmp_path):
    def curl(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["curl", "-sS", "-w", "\n%{http_code}", *args], capture_output=True, text=True, timeout=60)

    r = curl("-H", "Accept: text/csv", "--data-urlencode", f"query=SELECT ?code WHERE {{ <{CHANGXING}> <{KG}code> ?code }}",
             live + "/sparql")
    assert r.stdout.split("\n")[-1] == "200" and "330522" in r.stdout
    graph = "urn:x-kg-test:curl"
    r = curl("-X", "PUT", "-H", f"Authorization: Bearer {TOKEN}", "-H", "Content-Type: text/turtle",
             "--data-binary", '<urn:a> <urn:b> "中文"@zh .', f"{live}/store?graph={graph}")
    assert r.stdout.strip() == "201"
    r = curl("-H", "Accept: application/n-triples", f"{live}/store?graph={graph}")
    assert '"中文"@zh' in r.stdout and r.stdout.endswith("200")
    r = curl("-H", "Content-Type: application/sparql-update", "--data-binary", f"DROP GRAPH <{graph}>", live + "/update")
    assert r.stdout.endswith("\n401") and "missing bearer token" in r.stdout
    r = curl("-H", f"Authorization: Bearer {TOKEN}", "--data-urlencode", f"update=DROP GRAPH <{graph}>", live + "/update")
    assert r.stdout.strip() == "204"
    r = curl(f"{live}/store?graph={graph}")
    assert r.stdout.endswith("404")
