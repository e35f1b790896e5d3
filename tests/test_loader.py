"""The loader's batches and workers (issue 7, ingestion speed): faster, and the store ends up exactly the same."""
from __future__ import annotations

import shutil
from pathlib import Path

from kg.loader import extract_bytes, load_paths
from kg.rdf import extraction_graph, extraction_ntriples, to_ntriples
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def corpus(folder: Path) -> Path:
    """The seeds, short articles, a copy of a seed under another name, and an empty (bad) file."""
    folder.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    shutil.copy(SEEDS / "002_90c95b44a413019a.txt", folder / "zz_same_content.txt")
    for i in range(12):
        (folder / f"a{i:02}.txt").write_text(f"长兴县新闻{i}\n\n2023年,浙江省长兴县智能汽车及关键零部件产业产值达{100 + i}.5亿元。\n",
                                            encoding="utf-8")
    (folder / "b_empty.txt").write_text("", encoding="utf-8")
    return folder


def quads(store) -> list[str]:
    return sorted(store.dump("nquads").decode().splitlines())


def run(folder: Path, workers: int):
    store = open_store(None)
    told: list[tuple[int, str, bool]] = []

    def progress(n, total, item):
        stored = store.has_graph(item.iri) if hasattr(item, "iri") else False
        told.append((n, getattr(item, "status", "error"), stored))

    results, errors = load_paths(store, [folder], progress, workers=workers)
    return store, results, errors, told


def test_workers_leave_the_store_and_the_report_exactly_as_one_process(tmp_path):
    folder = corpus(tmp_path / "articles")
    one, results1, errors1, told1 = run(folder, 1)
    two, results2, errors2, told2 = run(folder, 2)
    assert quads(one) == quads(two)
    assert [(r.path, r.iri, r.status, r.counts) for r in results1] == [(r.path, r.iri, r.status, r.counts) for r in results2]
    assert [str(e) for e in errors1] == [str(e) for e in errors2] and len(errors1) == 1
    assert told1 == told2 and [n for n, _s, _k in told1] == list(range(1, 17))
    assert [s for _n, s, _k in told1].count("unchanged") == 1  # the copy of a seed, loaded in the same run


def test_a_document_is_reported_only_once_its_transaction_is_committed(tmp_path):
    _store, _results, _errors, told = run(corpus(tmp_path / "articles"), 1)
    assert all(stored for _n, status, stored in told if status != "error")


def test_a_rerun_changes_nothing_and_starts_no_workers(tmp_path):
    folder = corpus(tmp_path / "articles")
    store, _results, _errors, _told = run(folder, 1)
    before = quads(store)
    results, errors = load_paths(store, [folder], workers=2)
    assert {r.status for r in results} == {"unchanged"} and len(errors) == 1
    assert quads(store) == before


def test_the_plan_asks_the_store_what_one_question_per_file_would(tmp_path):
    """_plan looks paths and titles up a chunk of files at a time (several chunks here): the same stale graphs,
    statuses and titles as asking about each file alone (an edited file, an unchanged one, a name that needs
    escaping, an empty file), and what they are is checked outright below."""
    import os

    from kg import loader

    folder = corpus(tmp_path / "articles")
    shutil.copy(SEEDS / "002_90c95b44a413019a.txt", folder / 'q "quoted" \\ name.txt')
    store, _results, _errors, _told = run(folder, 1)
    (folder / "a00.txt").write_text("长兴县新闻\n\n2024年,长兴县新能源汽车产业产值达1.5亿元。\n", encoding="utf-8")
    files = loader.collect([folder])
    old_chunk, loader._PLAN_CHUNK = loader._PLAN_CHUNK, 3  # several chunks
    try:
        plan = loader._plan(store, files)
    finally:
        loader._PLAN_CHUNK = old_chunk
    expected = []
    for f in files:
        name = os.path.normpath(str(f))
        data = f.read_bytes()
        if not data.strip():
            expected.append(("error", name))
            continue
        iri = str(loader.document_iri(loader.hashlib.sha256(data).hexdigest()))
        stale = [g for g in loader._graphs_loaded_from(store, name) if g != iri]
        if store.has_graph(iri) and not stale:
            expected.append(("unchanged", name, iri, loader._title(store, iri)))
        else:
            expected.append(("job", name, iri, sorted(stale)))
    got = [("error", os.path.normpath(job.path)) if isinstance(job, loader.DocumentError) else
           ("unchanged", job.path, job.iri, job.title) if isinstance(job, loader.LoadResult) else
           ("job", job.path, job.iri, sorted(job.stale)) for job in plan]
    assert got == expected
    assert [e[1] for e in expected if e[0] == "job"] == [os.path.normpath(str(folder / "a00.txt"))]  # edited: only it
    assert [e for e in expected if e[0] == "job"][0][3]  # and the graph loaded from it before is stale
    assert all(e[3] for e in expected if e[0] == "unchanged")  # titles found


def test_fast_ntriples_are_the_graph_serialised():
    ext = extract_bytes((SEEDS / "002_90c95b44a413019a.txt").read_bytes(), path="seed.txt")
    assert sorted(extraction_ntriples(ext).splitlines()) == sorted(to_ntriples(extraction_graph(ext)).splitlines())


def test_fast_ntriples_escape_as_rdflib_does():
    text = '他说"新能源"\\产业\n第二行\r末尾 @zh'
    data = f"# 标题 \"引号\" \\ 反斜杠\n\n浙江省长兴县发展新能源汽车产业。{text}。\n".encode()
    ext = extract_bytes(data, path='dir/a "quoted" \\ name.txt')
    rows = extraction_ntriples(ext)
    assert sorted(rows.splitlines()) == sorted(to_ntriples(extraction_graph(ext)).splitlines())
    assert '"true"' in rows or '"false"' in rows  # booleans and integers are typed literals too


def test_new_graphs_and_replaced_graphs_store_the_same_triples():
    nt = '<http://e/a> <http://e/p> "x ." .\n<http://e/a> <http://e/q> <http://e/b> .\n'
    fresh, replaced = open_store(None), open_store(None)
    fresh.replace_graphs({"http://e/g1": nt, "http://e/g2": nt})  # one TriG load
    replaced.replace_graphs({"http://e/g1": '<http://e/old> <http://e/p> "1" .\n'})
    replaced.replace_graphs({"http://e/g1": nt, "http://e/g2": nt})  # a SPARQL update (g1 exists)
    assert quads(fresh) == quads(replaced) and len(quads(fresh)) == 4


def test_new_graphs_load_whole_ntriples_texts_with_comments_and_braces_in_literals():
    nt = '# a comment\n\n<http://e/a> <http://e/p> "} <http://e/x> {" .\n<http://e/a> <http://e/q> "二" .\n'
    fresh, replaced = open_store(None), open_store(None)
    fresh.replace_graphs({"http://e/g1": nt})  # one TriG load: a graph's text is read whole by the parser
    replaced.replace_graphs({"http://e/g1": '<http://e/old> <http://e/p> "1" .\n'})
    replaced.replace_graphs({"http://e/g1": nt})  # a SPARQL update (g1 exists)
    assert quads(fresh) == quads(replaced) and len(quads(fresh)) == 2
