"""CPU per article of each stage of ``kg load``, in one process, side by side on the ingestion bench's articles.

``python -m bench.ingest_cpu`` prints CPU milliseconds per article (``time.process_time``: every thread of this
process, so Oxigraph's own threads count) for

* ``extract``: ``kg.text.prepare`` and ``kg.extract.pipeline.extract`` (a worker's share, without its N-Triples);
* ``rows``: ``kg.rdf.extraction_ntriples`` (the rest of a worker's share);
* ``plan``: the loader's look at the store before extracting (``kg.loader._plan``);
* ``write``: the writer's transactions, ``kg.batch`` as ``kg load`` uses it, into a fresh store on disk;

and, with ``--write-paths``, the transactional ways pyoxigraph offers to write the same batches, each into its
own fresh store on disk: ``Store.load`` of N-Quads (strict and lenient), ``Store.extend`` of ``Quad`` objects
(parsed beforehand, untimed, and timed with the parsing) and one SPARQL ``INSERT DATA``; the texts are made
beforehand, untimed (``write`` above times what the writer does to make its own).
``Store.memory`` is ``Store.load`` of the same text into a store in memory: what Oxigraph costs without RocksDB.
Each stage runs ``--rounds`` times; the best round is printed (the machine is shared: the least disturbed round is
the closest to the cost itself).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.ingest import COPIES, articles

BATCH = 8  # kg.batch.BATCH_DOCUMENTS


def _best(rounds: int, fn) -> float:
    """The least CPU seconds of ``rounds`` runs of ``fn(round)``."""
    best = float("inf")
    for k in range(rounds):
        t = time.process_time()
        fn(k)
        best = min(best, time.process_time() - t)
    return best


def stages(files: list[Path], work: Path, rounds: int, write_paths: bool) -> list[tuple[str, float]]:
    from kg.batch import Batch
    from kg.extract.pipeline import extract
    from kg.loader import _plan, extract_bytes, warm_up
    from kg.rdf import extraction_ntriples
    from kg.store import open_store
    from kg.text import prepare

    warm_up()
    data = [(str(f), f.read_bytes()) for f in files]
    exts = []

    def do_extract(k: int) -> None:
        exts[:] = [extract(prepare(b, path=p)) for p, b in data]

    rows: list[tuple[str, str]] = []

    def do_rows(k: int) -> None:
        rows[:] = [(e.document.iri, extraction_ntriples(e)) for e in exts]

    n = len(files)
    out = [("extract", _best(rounds, do_extract) / n), ("rows", _best(rounds, do_rows) / n)]

    def fresh(name: str, k: int):
        path = work / f"{name}-{k}"
        shutil.rmtree(path, ignore_errors=True)
        return open_store(str(path))

    def do_plan(k: int) -> None:
        _plan(stores[k], files)

    stores = [fresh("plan", k) for k in range(rounds)]
    for s in stores:
        from kg.loader import ensure_reference

        ensure_reference(s)
    out.append(("plan", _best(rounds, do_plan) / n))

    batches = [dict(rows[i:i + BATCH]) for i in range(0, n, BATCH)]

    def do_write(k: int) -> None:
        batch = Batch(stores[k])
        for graphs in batches:
            for iri, nt in graphs.items():
                batch.add(iri, nt, [], None)
            batch.commit()
        stores[k].flush()

    out.append(("write", _best(rounds, do_write) / n))
    if write_paths:
        out += _write_paths(batches, fresh, rounds, n)
    return out


def _write_paths(batches: list[dict[str, str]], fresh, rounds: int, n: int) -> list[tuple[str, float]]:
    import pyoxigraph as ox

    texts = ["".join(f"{row[:-2]}<{g}> .\n" for g, nt in b.items() for row in nt.splitlines(keepends=True)) for b in batches]
    trig = ["".join(f"<{g}> {{\n{nt}\n}}\n" for g, nt in b.items()) for b in batches]
    parsed = [list(ox.parse(t, format=ox.RdfFormat.N_QUADS)) for t in texts]
    out = []

    def path(name: str, write) -> None:
        stores = [fresh(name, k)._store for k in range(rounds)]

        def run(k: int) -> None:
            for i in range(len(batches)):
                write(stores[k], i)
            stores[k].flush()

        out.append((name, _best(rounds, run) / n))

    path("  Store.load(TriG)", lambda s, i: s.load(trig[i], format=ox.RdfFormat.TRIG))
    path("  Store.load(N-Quads)", lambda s, i: s.load(texts[i], format=ox.RdfFormat.N_QUADS))
    path("  Store.load(N-Quads, lenient)", lambda s, i: s.load(texts[i], format=ox.RdfFormat.N_QUADS, lenient=True))
    path("  Store.extend(quads), parsed untimed", lambda s, i: s.extend(parsed[i]))
    path("  Store.extend(parse(N-Quads))", lambda s, i: s.extend(ox.parse(texts[i], format=ox.RdfFormat.N_QUADS)))
    path("  Store.update(INSERT DATA)", lambda s, i: s.update(
        "INSERT DATA {\n" + "\n".join(f"GRAPH <{g}> {{\n{nt}\n}}" for g, nt in batches[i].items()) + "\n}"))
    path("  Store.bulk_extend (not transactional)", lambda s, i: s.bulk_extend(parsed[i]))
    memory = [ox.Store() for _ in range(rounds)]

    def in_memory(k: int) -> None:
        for t in trig:
            memory[k].load(t, format=ox.RdfFormat.TRIG)

    out.append(("  Store.memory (no RocksDB)", _best(rounds, in_memory) / n))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ingest_cpu", description=__doc__.split("\n\n")[0])
    p.add_argument("--copies", type=int, default=COPIES, help="copies of the 10 source articles (default: the bench's)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--write-paths", action="store_true", help="also time pyoxigraph's transactional write paths")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder, n, size = articles(Path(work), args.copies)
        files = sorted(folder.iterdir())
        results = stages(files, Path(work), args.rounds, args.write_paths)
    print(f"{n} articles, {size / n / 1024:.1f} KB each; CPU ms per article, best of {args.rounds}")
    total = 0.0
    for name, seconds in results:
        print(f"{name:40s} {seconds * 1000:7.2f}")
        if not name.startswith(" "):
            total += seconds
    print(f"{'all of kg load (extract+rows+plan+write)':40s} {total * 1000:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
