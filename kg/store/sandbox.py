"""Untrusted SPARQL queries in worker processes, with a deadline and a result-size limit.

pyoxigraph cannot cancel a running query, and an aggregate over a cross product can run for hours in
one native call. So queries from the public endpoint run in a small pool of worker processes, each
holding a read-only copy of the dataset (an N-Quads snapshot taken whenever ``store.generation``
moved). A query past its deadline is stopped by killing its worker, which is then replaced: the
caller gets :class:`QueryTimeout` at the deadline, the CPU is free again at once, and the other
workers keep answering meanwhile.

The worker serialises the result itself, so serialisation counts towards the deadline and towards
the row limit: a SELECT with more than ``max_rows`` solutions, or a CONSTRUCT with more than
``max_rows`` triples, raises :class:`ResultTooLarge` instead of being cut short.
"""
from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
import queue
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg._exceptions import QueryError, StoreError
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

#: how long a new worker may take to start and load the snapshot, on top of a query's own deadline
WORKER_START_GRACE_S = 30.0


class QueryTimeout(StoreError):
    """A query ran past its deadline and was stopped."""


class ResultTooLarge(QueryError):
    """A result has more rows (or triples) than the configured limit."""


class NotAcceptable(QueryError):
    """No format the client accepts fits the kind of result (solutions or a graph)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(f"no acceptable format for a {kind} result")


@dataclass
class QueryRequest:
    """What one worker needs to answer a query; media types are already negotiated by the caller."""

    query: str
    results_media: str | None = None  # for SELECT and ASK
    graph_media: str | None = None  # for CONSTRUCT and DESCRIBE
    union_default_graph: bool = True
    default_graph: list[str] | None = None
    named_graphs: list[str] | None = None
    base_iri: str | None = None
    max_rows: int = 100_000


@dataclass
class QueryResult:
    kind: str  # "solutions", "boolean" or "graph"
    media_type: str
    body: bytes
    rows: int = 0
    seconds: float = field(default=0.0)


class QueryPool:
    """A fixed number of query workers over snapshots of ``store``; :meth:`run` blocks, :meth:`run_async` awaits.

    >>> from kg.store import open_store
    >>> store = open_store(None)
    >>> store.update('INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "c" } }')
    >>> with QueryPool(store, workers=1) as pool:
    ...     pool.run(QueryRequest("ASK { <urn:a> ?p ?o }", results_media="application/sparql-results+json"),
    ...              timeout_s=30).body
    b'{"head":{},"boolean":true}'
    """

    def __init__(self, store: Store, *, workers: int = 2) -> None:
        self.store = store
        self.size = workers
        self._ctx = mp.get_context("spawn")  # never fork a process that runs threads
        self._dir = Path(tempfile.mkdtemp(prefix="kg-query-pool-"))
        self._lock = threading.Lock()
        self._snapshot: tuple[int, Path] | None = None
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: list[_Worker] = []
        self._slots: tuple[object, asyncio.Semaphore] | None = None
        self._closed = False
        for _ in range(workers):
            self._idle.put(self._spawn())

    def _spawn(self) -> "_Worker":
        worker = _Worker(self._ctx)
        with self._lock:
            self._workers = [w for w in self._workers if w.proc.is_alive()] + [worker]
        return worker

    async def run_async(self, request: QueryRequest, *, timeout_s: float) -> QueryResult:
        """:meth:`run` for an event loop: a request waiting for a free worker holds no thread meanwhile."""
        import anyio.to_thread

        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots[0] is not loop:
            self._slots = (loop, asyncio.Semaphore(self.size))
        slots = self._slots[1]
        started = time.monotonic()
        try:
            await asyncio.wait_for(slots.acquire(), timeout_s)
        except asyncio.TimeoutError:
            raise QueryTimeout(f"no query worker became free within the {timeout_s:g} s time limit "
                               f"({self.size} workers, all busy); try again later") from None
        try:
            remaining = max(0.001, timeout_s - (time.monotonic() - started))
            return await anyio.to_thread.run_sync(lambda: self.run(request, timeout_s=remaining, limit_s=timeout_s))
        finally:
            slots.release()

    def __enter__(self) -> "QueryPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, request: QueryRequest, *, timeout_s: float, limit_s: float | None = None) -> QueryResult:
        """Answer ``request`` in a worker; :class:`QueryTimeout` after ``timeout_s`` seconds, waiting included."""
        started = time.monotonic()
        deadline = started + timeout_s
        snapshot = self._current_snapshot()
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(f"no query worker became free within the {timeout_s:g} s time limit "
                               f"({self.size} workers, all busy); try again later") from None
        try:
            if worker.loaded != snapshot[0]:
                loading = time.monotonic()
                worker.load(snapshot)
                deadline += time.monotonic() - loading  # loading a new snapshot is not the query's time
            reply = worker.call(request, deadline)
        except _Deadline:
            worker.kill()
            self._idle.put(self._spawn())
            raise QueryTimeout(f"query stopped after {time.monotonic() - started:.1f} s: it ran past the "
                               f"{limit_s or timeout_s:g} s time limit (setting KG_QUERY_TIMEOUT_S)") from None
        except BaseException:
            worker.kill()
            self._idle.put(self._spawn())
            raise
        self._idle.put(worker)
        status, payload = reply
        if status == "ok":
            kind, media, body, rows = payload
            return QueryResult(kind, media, body, rows, time.monotonic() - started)
        cls = {"QueryError": QueryError, "ResultTooLarge": ResultTooLarge, "StoreError": StoreError}.get(payload[0])
        if payload[0] == "NotAcceptable":
            raise NotAcceptable(payload[1])
        if cls is None:
            raise RuntimeError(f"query worker failed: {payload[0]}: {payload[1]}")
        raise cls(payload[1])

    def _current_snapshot(self) -> tuple[int, Path]:
        """The snapshot of the store's current generation: a RocksDB checkpoint of an on-disk store (hard
        links, tens of milliseconds), an N-Quads dump of an in-memory one."""
        with self._lock:
            if self._closed:
                raise StoreError("the query pool is closed")
            gen = self.store.generation
            if self._snapshot is None or self._snapshot[0] != gen:
                name = f"snapshot-{gen}-{time.monotonic_ns()}"
                if isinstance(self.store, OxigraphStore) and self.store.path:
                    path = self._dir / name
                    self.store.native.backup(str(path))
                else:
                    path = self._dir / (name + ".nq")
                    path.write_bytes(self.store.dump("nquads"))
                previous, self._snapshot = self._snapshot, (gen, path)
                self._remove_unused(previous)
            return self._snapshot

    def _remove_unused(self, previous: tuple[int, Path] | None) -> None:
        # a worker reading a checkpoint opens its files lazily: keep every snapshot a live worker has loaded,
        # and the previous one, which a worker may be loading right now
        keep = {self._snapshot[1].name} | {w.loaded_path for w in self._workers if w.proc.is_alive()}
        if previous is not None:
            keep.add(previous[1].name)
        for old in self._dir.iterdir():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        for worker in self._workers:
            worker.kill()
        shutil.rmtree(self._dir, ignore_errors=True)


class _Deadline(Exception):
    pass


class _Worker:
    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child,), daemon=True, name="kg-query-worker")
        self.proc.start()
        child.close()
        self.loaded: int | None = None
        self.loaded_path = ""

    def load(self, snapshot: tuple[int, Path]) -> None:
        self.conn.send(("load", snapshot[0], str(snapshot[1])))
        if not self.conn.poll(WORKER_START_GRACE_S):
            raise StoreError(f"a query worker did not load the dataset within {WORKER_START_GRACE_S:g} s")
        status, payload = self._recv()
        if status != "ok":
            raise StoreError(f"a query worker could not load the dataset: {payload[1]}")
        self.loaded, self.loaded_path = snapshot[0], snapshot[1].name

    def call(self, request: QueryRequest, deadline: float) -> tuple[str, Any]:
        self.conn.send(("query", request))
        if not self.conn.poll(max(0.0, deadline - time.monotonic())):
            raise _Deadline()
        return self._recv()

    def _recv(self) -> tuple[str, Any]:
        try:
            return self.conn.recv()
        except EOFError:
            raise StoreError("a query worker died while answering (out of memory?)") from None

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()


# ---- the worker process: no kg imports beyond this module, so it starts fast --------------------------------


def _serve(conn: Any) -> None:
    import pyoxigraph as ox

    store = ox.Store()
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        try:
            if msg[0] == "load":
                if msg[2].endswith(".nq"):
                    store = ox.Store()
                    store.bulk_load(path=msg[2], format=ox.RdfFormat.N_QUADS)
                else:
                    store = ox.Store.read_only(msg[2])
                conn.send(("ok", msg[1]))
                continue
            conn.send(("ok", _answer(ox, store, msg[1])))
        except SyntaxError as e:
            conn.send(("error", ("QueryError", f"malformed SPARQL query: {e}")))
        except _TooLarge as e:
            conn.send(("error", ("ResultTooLarge", str(e))))
        except _NoFormat as e:
            conn.send(("error", ("NotAcceptable", str(e))))
        except OSError as e:
            conn.send(("error", ("StoreError", f"store read failed: {e}")))
        except Exception as e:  # noqa: BLE001 - reported to the caller, who logs it as a 500
            conn.send(("error", (type(e).__name__, str(e))))


class _TooLarge(Exception):
    pass


class _NoFormat(Exception):
    pass


def _answer(ox: Any, store: Any, r: QueryRequest) -> tuple[str, str, bytes, int]:
    kwargs: dict[str, Any] = {"base_iri": r.base_iri}
    if r.default_graph is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in r.default_graph]
    elif r.union_default_graph:
        kwargs["use_default_graph_as_union"] = True
    if r.named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in r.named_graphs]
    result = store.query(r.query, **kwargs)
    if isinstance(result, ox.QueryBoolean):
        if r.results_media is None:
            raise _NoFormat("boolean")
        fmt = ox.QueryResultsFormat.from_media_type(r.results_media)
        return "boolean", r.results_media, result.serialize(format=fmt), 1
    if isinstance(result, ox.QueryTriples):
        if r.graph_media is None:
            raise _NoFormat("graph")
        triples = []
        for t in result:
            triples.append(t)
            if len(triples) > r.max_rows:
                raise _TooLarge(f"the result has more than {r.max_rows} triples (setting KG_QUERY_MAX_ROWS); "
                                "narrow the query or add LIMIT")
        fmt = ox.RdfFormat.from_media_type(r.graph_media)
        if fmt.supports_datasets:
            triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        return "graph", r.graph_media, ox.serialize(triples, format=fmt), len(triples)
    if r.results_media is None:
        raise _NoFormat("solutions")
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append({n: _json_term(ox, solution[n]) for n in names if solution[n] is not None})
        if len(rows) > r.max_rows:
            raise _TooLarge(f"the result has more than {r.max_rows} rows (setting KG_QUERY_MAX_ROWS); "
                            "narrow the query or add LIMIT")
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False).encode()
    fmt = ox.QueryResultsFormat.from_media_type(r.results_media)
    if fmt != ox.QueryResultsFormat.JSON:
        # pyoxigraph's own writers for XML, CSV and TSV, fed from the rows already counted
        body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)
    return "solutions", r.results_media, body, len(rows)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(ox: Any, term: Any) -> dict[str, Any]:
    """One RDF term in the SPARQL 1.1 Query Results JSON format (RDF-star triples included)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(ox, term.subject),
                                        "predicate": _json_term(ox, term.predicate),
                                        "object": _json_term(ox, term.object)}}
