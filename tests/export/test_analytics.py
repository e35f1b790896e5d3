"""kg.analytics on the seeds, and `kg analyze` / `kg export` on the command line."""
from __future__ import annotations

import io
import json
import zipfile

import networkx as nx
import pytest

from kg import analytics, cli
from kg.vocab import BASE

GEELY = BASE + "id/firm/吉利"
ZHEJIANG = BASE + "id/region/330000"


def test_pagerank_matches_the_definition():
    g = nx.path_graph(4)
    r = analytics.pagerank(g)
    assert abs(sum(r.values()) - 1) < 1e-9 and r[1] == pytest.approx(r[2]) and r[1] > r[0]


def test_central_firms_policies_and_regions(whole):
    top = analytics.central(whole, top=5)
    assert [i["label"] for i in top["Firm"]][0] == "吉利"
    assert top["Region"][0]["label"] == "长兴县"
    assert all(i["type"] == "Policy" for i in top["Policy"])


def test_communities_partition_the_linked_nodes(whole):
    found = analytics.communities(whole, min_size=1)
    members = [m["iri"] for c in found for m in c["members"]]
    assert len(members) == len(set(members)) == whole.number_of_nodes()
    assert analytics.communities(whole) == analytics.communities(whole)  # seeded: repeatable


def test_shortest_paths_ignore_direction_but_report_it(whole):
    paths = analytics.shortest_paths(whole, ZHEJIANG, GEELY)
    assert paths and all(len(p) == 2 for p in paths)
    assert [h["forward"] for h in paths[0]] == [False, False]
    assert analytics.shortest_paths(whole, GEELY, GEELY) == [[]]


def test_region_profile_counts_firms_below(whole):
    county = analytics.region_profile(whole, BASE + "id/region/330522")
    province = analytics.region_profile(whole, ZHEJIANG)
    assert province["sub_regions"] >= 2
    assert {f["iri"] for f in county["firms"]} <= {f["iri"] for f in province["firms"]}
    with pytest.raises(analytics.RegionError):
        analytics.region_profile(whole, GEELY)


@pytest.fixture
def kg_cli(seeded_store, monkeypatch, capsys):
    monkeypatch.setattr(cli, "_open", lambda args, read_only=False: seeded_store)

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def test_kg_analyze(kg_cli):
    code, out, _ = kg_cli("analyze", "path", "吉利", "浙江")
    assert code == 0 and out.strip() == "吉利 -locatedIn-> 长兴县 ; 长兴县 -locatedIn-> 浙江省"
    code, out, _ = kg_cli("analyze", "region", "changxing", "--json")
    assert code == 0 and json.loads(out)["region"]["code"] == "330522"
    code, _, err = kg_cli("analyze", "path", "吉利")
    assert code == 1 and "path takes 2 name(s)" in err


def test_kg_export_files_folders_and_zips(kg_cli, tmp_path):
    code, _, _ = kg_cli("export", "--format", "gexf", "--focus", "长兴", "--types", "Firm,Region", "--output", str(tmp_path / "cx.gexf"))
    assert code == 0 and b"\xe9\x95\xbf\xe5\x85\xb4\xe5\x8e\xbf" in (tmp_path / "cx.gexf").read_bytes()  # 长兴县
    code, _, _ = kg_cli("export", "--format", "neo4j", "--output", str(tmp_path / "neo4j"))
    assert code == 0 and {p.name for p in (tmp_path / "neo4j").iterdir()} == {"nodes.csv", "relationships.csv", "import.txt"}
    code, _, _ = kg_cli("export", "--format", "csv", "--output", str(tmp_path / "tables.zip"))
    assert code == 0 and "relations.csv" in zipfile.ZipFile(io.BytesIO((tmp_path / "tables.zip").read_bytes())).namelist()
    code, _, err = kg_cli("export", "--format", "d3", "--types", "Company")
    assert code == 1 and "unknown entity type Company" in err
