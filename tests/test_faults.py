"""Faults: a document is stored whole or not at all, even when `kg load` is killed; verify, dump, restore.

The kill test runs 20 kills over 40 documents in CI; `KG_LONG_TESTS=1 scripts/test tests/test_faults.py`
runs 100.
"""
from __future__ import annotations

import gc
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.loader import load_paths
from kg.maintenance import dump, restore, verify
from kg.store import open_store
from kg.vocab import BASE

ROOT = Path(__file__).resolve().parents[1]
KILLS = 100 if os.environ.get("KG_LONG_TESTS") else 20


def make_corpus(folder: Path, n: int = 40) -> Path:
    """n short articles cut from the seeds (each a title, three paragraphs and a serial line)."""
    lines = [l for l in (ROOT / "seeds" / "000_6e6171ac0b97f2b3.txt").read_text(encoding="utf-8").splitlines() if len(l) > 40]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(lines[(i * 3 + k) % len(lines)] for k in range(3))
        (folder / f"a{i:02}.txt").write_text(f"长兴县调研之{i}\n\n{body}\n\n(第{i}号)\n", encoding="utf-8")
    return folder


def doc_graphs(store) -> dict[str, frozenset[str]]:
    out = {}
    for g in store.graphs():
        if g.startswith(BASE + "doc/"):
            out[g] = frozenset(store.dump("ntriples", graph=g).decode().splitlines())
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = make_corpus(tmp_path_factory.mktemp("corpus") / "articles")
    clean = open_store(None)
    results, errors = load_paths(clean, [folder])
    assert not errors and len(results) == 40
    return folder, doc_graphs(clean)


def run_load(store_path: Path, folder: Path, *, progress: bool = False) -> subprocess.Popen:
    args = [sys.executable, "-m", "kg.cli", "load", "--store", str(store_path), str(folder)]
    return subprocess.Popen(args if progress else args + ["--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE if progress else subprocess.DEVNULL, text=True)


def check_whole_or_absent(store_path: Path, clean: dict[str, frozenset[str]]) -> int:
    store = open_store(str(store_path), read_only=True)
    try:
        present = doc_graphs(store)
    finally:
        del store
        gc.collect()
    for g, triples in present.items():
        assert g in clean, f"unexpected graph {g}"
        assert triples == clean[g], f"{g} is not whole: {len(triples)} of {len(clean[g])} triples"
    return len(present)


def test_kill_load_at_random_moments(tmp_path, corpus):
    """Kill `kg load` mid-run: after a random number of committed documents, plus a random part of the next.

    Each kill is timed from the loader's own progress lines, so it lands while documents remain to load.
    """
    folder, clean = corpus
    store_path = tmp_path / "store"
    rng = random.Random(20261122)
    kills = partial = 0
    while kills < KILLS:
        proc = run_load(store_path, folder, progress=True)
        target = rng.randint(1, 3)
        done = 0
        killed = False
        for line in proc.stderr:
            if "unchanged" in line:
                continue
            done += 1
            if done >= target:
                time.sleep(rng.uniform(0.0, 0.3))
                proc.send_signal(signal.SIGKILL)
                killed = True
                break
        proc.wait(timeout=60)
        proc.stderr.close()
        n = check_whole_or_absent(store_path, clean)
        if not killed:  # the run finished first: start again from an empty store
            import shutil

            shutil.rmtree(store_path)
            continue
        kills += 1
        partial += n < len(clean)
    assert partial >= KILLS // 2, f"only {partial} of {kills} kills left the load unfinished"
    assert run_load(store_path, folder).wait(timeout=600) == 0
    store = open_store(str(store_path), read_only=True)
    assert doc_graphs(store) == clean  # a re-run finishes the job: exactly the graph of a clean load
    assert verify(store, shacl=False).ok


def test_verify_names_a_damaged_graph(seeded_store):
    store = open_store(None)
    store.load(seeded_store.dump("nquads"), format="nquads")
    doc = next(g for g in store.graphs() if g.startswith(BASE + "doc/"))
    assert verify(store, shacl=False).ok
    store.update(f"DELETE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{doc}> {{ ?s a <https://w3id.org/kg-cn/ontology#Sentence> ; ?p ?o }} }}")
    report = verify(store, shacl=False)
    assert not report.ok
    assert any(doc in p and "kg:tripleCount" in p for p in report.problems)
    assert any("assertion without a sentence" in p for p in report.problems)


def test_dump_restore_round_trip_is_isomorphic(seeded_store, tmp_path):
    backup = tmp_path / "kg.nq"
    dump(seeded_store, backup)
    restored = open_store(None)
    restore(restored, backup)

    def canonical(store):
        ds = ox.Dataset(ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS))
        ds.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        return ds

    assert canonical(restored) == canonical(seeded_store)


def test_restore_refuses_a_non_empty_store(seeded_store, tmp_path):
    from kg._exceptions import StoreError

    backup = tmp_path / "kg.nq"
    dump(seeded_store, backup)
    with pytest.raises(StoreError, match="not empty"):
        restore(seeded_store, backup)


def test_restore_rejects_a_broken_backup(tmp_path):
    from kg._exceptions import StoreError

    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> this is not N-Quads\n")
    empty = open_store(None)
    with pytest.raises(StoreError, match="bad.nq"):
        restore(empty, bad)
    assert empty.count() == 0
