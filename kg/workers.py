"""Extraction in worker processes, for ``kg load --workers N``; this process stays the one writer.

Workers are forked from a forkserver that has already built what extraction needs (``kg._preload``: jieba's
dictionary, the lexicon, the gazetteer), so N workers cost one warm-up rather than N interpreters each importing
and building everything.
"""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

#: files per task sent to a worker: fewer round trips, still fine-grained enough to keep both workers busy
CHUNK = 2

Extract = Callable[[Iterable[tuple[str, str]]], Iterator]


@contextmanager
def extractor(workers: int) -> Iterator[Extract]:
    """A function from (file, path) jobs to ``kg.loader.extract_job`` results, in job order.

    The pool starts only when there is work (a re-run that changes nothing pays no warm-up), with no more workers
    than jobs, and is stopped on leaving the block.
    """
    from kg.loader import extract_job

    if workers <= 1:
        yield lambda jobs: map(extract_job, jobs)
        return
    pools = []

    def extract_all(jobs: Iterable[tuple[str, str]]) -> Iterator:
        jobs = list(jobs)
        if not jobs:
            return iter(())
        pools.append(_context().Pool(min(workers, len(jobs))))
        return pools[-1].imap(extract_job, jobs, chunksize=CHUNK)

    try:
        yield extract_all
    finally:
        for pool in pools:
            pool.terminate()


def _context():
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["kg._preload"])
    return ctx
