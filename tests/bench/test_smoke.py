"""CI's pass over the benchmark suite: tiny data, sub-second windows, every part runs; nothing is timed or asserted
about speed (BENCHMARKS.md holds the figures)."""
from __future__ import annotations


def test_synth_is_deterministic_and_in_the_loader_shape(tmp_path):
    from kg import synth
    from kg.maintenance import verify
    from kg.store import open_store

    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    synth.write(a, 60, 7)
    synth.write(b, 60, 7)
    assert a.read_bytes() == b.read_bytes()
    synth.write(b, 60, 8)
    assert a.read_bytes() != b.read_bytes()
    store = open_store(None)
    store.bulk_load(a)
    kinds = {r["t"].rsplit("#", 1)[1] for r in store.select("SELECT DISTINCT ?t WHERE { ?e a ?t }")}
    assert {"Firm", "Policy", "Cluster", "Observation", "Document", "Sentence", "Assertion"} <= kinds
    assert verify(store, shacl=False).ok


def test_firms_in_the_anchor_county_chain_over_synthetic_data(tmp_path):
    from kg import queries, synth
    from kg.store import open_store

    store = open_store(None)
    synth.synthesise(store, 400, 42)
    items, total = queries.firm_page(store, region="https://w3id.org/kg-cn/id/region/330000", limit=5)
    assert total >= 1 and items[0]["links"][0]["evidence"]


def test_bench_smoke_runs_every_part(tmp_path):
    from bench.__main__ import main

    out = tmp_path / "table.md"
    assert main(["run", "--firms", "60", "--smoke", "--workdir", str(tmp_path), "--skip", "ingest,rdflib,oxigraph,sparql",
                 "-o", str(out)]) == 0
    table = out.read_text(encoding="utf-8")
    assert "## Bulk load" in table and "firms in 长兴县's 汽车 chain" in table
    # the timed restart read what the first start saved, and built nothing
    assert "saved indexes read: names, indexes, evidence" in table and "rebuilt: none" in table


def test_bench_restart_serves_a_store_built_once(tmp_path, capsys):
    """``python -m bench restart``: the first start builds and saves the indexes, each timed restart reads them."""
    from bench.__main__ import main
    from kg import synth
    from kg.store import open_store

    store = open_store(str(tmp_path / "store"))
    synth.synthesise(store, 60, 42)
    store.close()
    del store
    assert main(["restart", "--store", str(tmp_path / "store"), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "first start: indexes built and saved" in out and "run 1: /ready" in out and "median of 1" in out
    assert all((tmp_path / f"store.saved.{n}").exists() for n in ("names", "indexes", "evidence", "pages"))
