"""Article ingestion: ``kg load`` timed as a user runs it, start-up told apart from the steady rate.

Each ``kg load`` runs twice on a fresh store holding only the reference data: on one copy of the corpus, then on
``copies`` copies. Start-up (interpreter, imports, jieba's dictionary, the lexicon and gazetteer, worker processes)
is paid once per run, so the difference between the two runs is the steady state, and what is left of the small
run is the start-up. CPU seconds (the process and its workers, from ``getrusage``) give articles per core actually
used, which the shared machine's load does not bend as much as the wall clock.
"""
from __future__ import annotations

import ctypes
import os
import resource
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
#: copies of the 10 source articles in the timed run (200 articles): enough that start-up is not the figure
COPIES = 20


def articles(workdir: Path, copies: int, name: str = "articles") -> tuple[Path, int, int]:
    """Copies of the shared dev corpus (10 articles with the seeds), each made distinct, as an ingestion corpus.

    Extraction remembers nothing from one document to the next, so a copy costs what an unseen article would.
    """
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    sources = sorted([*dev.glob("*.html"), *dev.glob("*.txt")]) + sorted((ROOT / "seeds").glob("*.txt"))
    folder = workdir / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    n = size = 0
    for k in range(copies):
        for src in sources:
            # ASCII, so that a GB18030 or Big5 file stays in its encoding
            data = src.read_bytes() + (f"\n<!-- copy {k} -->\n" if src.suffix == ".html" else f"\n\n({k})\n").encode()
            (folder / f"{k:03d}_{src.name}").write_bytes(data)
            n += 1
            size += len(data)
    return folder, n, size


@dataclass
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system seconds of kg load and its worker processes


def kg_load(store: Path, folder: Path, workers: int) -> Run:
    """One ``kg load`` into a fresh store; the reference data goes in first, untimed (once per store, not per article)."""
    shutil.rmtree(store, ignore_errors=True)
    subprocess.run([str(BIN / "kg"), "load", "--quiet", "--store", str(store), str(ROOT / "seeds" / "README.md")],
                   capture_output=True)
    with _reaping_descendants():
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([str(BIN / "kg"), "load", "--quiet", "--workers", str(workers), "--store", str(store), str(folder)],
                       check=True, capture_output=True)
        seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Run(seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


@contextmanager
def _reaping_descendants():
    """Count the CPU of every process ``kg load`` starts: its workers are forked by a forkserver that it never
    waits for, so this process becomes their subreaper (Linux) and waits for them itself."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        subreaper = libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        subreaper = False
    try:
        yield
    finally:
        while subreaper:
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                break
        if subreaper:
            libc.prctl(_PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)


_PR_SET_CHILD_SUBREAPER = 36


def ingestion(work: Path, smoke: bool) -> list[str]:
    """The table rows: per ``--workers`` value, start-up and the steady rate (wall clock and per CPU second)."""
    small, n1, _ = articles(work, 1, "articles-1")
    big, n2, size2 = articles(work, 2 if smoke else COPIES)
    kb_per_article = size2 / n2 / 1024
    lines = ["## Article ingestion (extraction + writing, `kg load`)", "",
             f"Steady state from {n2} distinct articles ({kb_per_article:.1f} KB each) minus a run on {n1}; start-up is "
             "what the small run took beyond its articles. Per core: articles per CPU second of `kg load` and its workers.", "",
             "| command | articles | seconds | start-up s | steady articles/s | KB/s | articles per CPU s | CPU s per article |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for workers in (1, 2):
        one = kg_load(work / f"ingest-{workers}", small, workers)
        many = kg_load(work / f"ingest-{workers}", big, workers)
        rate = (n2 - n1) / max(many.seconds - one.seconds, 1e-9)
        per_cpu = (n2 - n1) / max(many.cpu - one.cpu, 1e-9)
        start = one.seconds - n1 / rate
        lines.append(f"| `kg load --workers {workers}` | {n2} | {many.seconds:.1f} | {start:.1f} | {rate:.1f} | "
                     f"{rate * kb_per_article:.0f} | {per_cpu:.1f} | {1000 / per_cpu:.0f} ms |")
    return lines + [""]
