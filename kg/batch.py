"""Documents written a batch per transaction: fewer commits, each graph still whole or absent.

The loader queues each document's graph here and every result in file order; a result is handed back only once
the transaction holding its document (and every document before it) is committed, so what a load reports is
what a reader, or a store left behind by a killed load, holds.
"""
from __future__ import annotations

from kg.store.base import Store

#: documents per transaction: a killed load loses at most this many extracted documents
BATCH_DOCUMENTS = 8
#: N-Triples characters per transaction, so that long articles do not make one huge update
BATCH_CHARS = 4_000_000


class Batch:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.graphs: dict[str, str] = {}
        self.drop: list[str] = []
        self.titles: dict[str, str | None] = {}  # graphs written in this run, for files with the same content
        self._held: list[tuple[int, object]] = []
        self._chars = 0

    def add(self, iri: str, ntriples: str, stale: list[str], title: str | None) -> None:
        """Queue a document's graph, replacing the ``stale`` graphs loaded from its path before."""
        self.graphs[iri] = ntriples
        self.drop.extend(stale)
        self.titles[iri] = title
        self._chars += len(ntriples)

    def hold(self, n: int, item: object) -> list[tuple[int, object]]:
        """Queue the result of file ``n``; returns the results now committed, in order (after a commit if full)."""
        self._held.append((n, item))
        if len(self.graphs) >= BATCH_DOCUMENTS or self._chars >= BATCH_CHARS:
            return self.commit()
        if not self.graphs:  # nothing to write before it: an error or an unchanged file is told at once
            return self.commit()
        return []

    def commit(self) -> list[tuple[int, object]]:
        """Write the queued graphs in one transaction; returns the results held until now."""
        if self.graphs:
            self.store.replace_graphs(self.graphs, drop=self.drop)
        done, self._held = self._held, []
        self.graphs, self.drop, self._chars = {}, [], 0
        return done
