"""The kg command as a user runs it: load, extract, query, export, validate; errors in one line."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_6e6171ac0b97f2b3.txt"


def kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "kg"
    r = kg("load", "--store", str(path), str(ROOT / "seeds"))
    assert r.returncode == 0, r.stderr
    assert "2 documents loaded" in r.stdout
    assert "[1/2]" in r.stderr  # progress
    return path


def test_load_twice_changes_nothing(store):
    r = kg("load", "--store", str(store), str(ROOT / "seeds"))
    assert r.returncode == 0 and "0 new or replaced, 2 unchanged" in r.stdout


def test_edited_file_replaces_its_graph(tmp_path):
    path = tmp_path / "kg"
    article = tmp_path / "a.txt"
    article.write_text("长兴县位于太湖西南岸,北与江苏宜兴交界。\n", encoding="utf-8")
    assert kg("load", "--store", str(path), str(article)).returncode == 0
    article.write_text("武进区位于江苏省常州市,与宜兴交界。\n", encoding="utf-8")
    r = kg("load", "--store", str(path), str(article))
    assert r.returncode == 0 and "replaced" in r.stderr
    q = kg("query", "--store", str(path), "--format", "json",
           "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/kg-cn/ontology#Document> }")
    assert json.loads(q.stdout)["results"]["bindings"][0]["n"]["value"] == "1"


def test_query_table_and_json(store):
    q = "SELECT ?l WHERE { <https://w3id.org/kg-cn/id/region/330522> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l)='zh') }"
    table = kg("query", "--store", str(store), q)
    assert table.returncode == 0 and "长兴县" in table.stdout and "(1 rows)" in table.stdout
    as_json = json.loads(kg("query", "--store", str(store), "--format", "json", q).stdout)
    assert as_json["results"]["bindings"][0]["l"]["value"] == "长兴县"


def test_export_graphml(store, tmp_path):
    out = tmp_path / "kg.graphml"
    r = kg("export", "--store", str(store), "--format", "graphml", "--output", str(out))
    assert r.returncode == 0 and out.read_bytes().startswith(b"<?xml")


def test_validate_conforms(store):
    r = kg("validate", "--store", str(store))
    assert r.returncode == 0, r.stdout[:2000]
    assert "Conforms: True" in r.stdout


def test_extract_json_contract():
    r = kg("extract", str(SEED), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert list(data) == ["documents", "entities", "relations", "observations"]
    assert set(data["documents"][0]) == {"iri", "path", "title", "published"}
    assert data["documents"][0]["published"] == "2023-12-07"
    assert all(set(e) == {"iri", "type", "label", "aliases"} for e in data["entities"])
    assert {e["type"] for e in data["entities"]} <= {"Firm", "Region", "Organization", "Policy", "Industry", "Cluster", "Designation"}
    assert all(set(r) == {"subject", "predicate", "object", "evidence", "document"} for r in data["relations"])
    obs = data["observations"]
    assert all(set(o) == {"subject", "indicator", "value", "unit", "period", "evidence", "document"} for o in obs)
    assert all(isinstance(o["value"], (int, float)) for o in obs)
    assert any(o["value"] == 300.9 and o["unit"] == "亿元" for o in obs)


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (bytes([0xff, 0xfe, 0xfa, 0x80, 0x81]) * 40, "decode"),
])
def test_bad_input_is_one_clear_line_and_stores_nothing(store, tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = kg("query", "--store", str(store), "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").stdout
    r = kg("load", "--store", str(store), str(bad))
    assert r.returncode == 1
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 1 and "bad.txt" in errors[0] and problem in errors[0].lower()
    after = kg("query", "--store", str(store), "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").stdout
    assert before == after


def test_missing_file_is_an_error(tmp_path):
    r = kg("extract", str(tmp_path / "nope.txt"))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "nope.txt" in r.stderr


def test_gbk_file_is_read(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes("浙江省长兴县地处长三角中心腹地,北与江苏宜兴交界。".encode("gbk"))
    data = json.loads(kg("extract", str(f)).stdout)
    assert any(e["label"] == "长兴县" for e in data["entities"])
