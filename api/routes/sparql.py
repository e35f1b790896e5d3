"""SPARQL 1.1 Protocol query at /sparql: GET, POST form-encoded, POST ``application/sparql-query``.

The default graph is the union of every named graph (documents, reference data, ontology) unless the
query has ``FROM``/``FROM NAMED`` or the request ``default-graph-uri``/``named-graph-uri``; then, as the
protocol says, the dataset is exactly the graphs named (the protocol's parameters win over the query's).

Queries run in worker processes (``kg.store.sandbox``): past ``KG_QUERY_TIMEOUT_S`` the worker is killed
and the client gets 503; past ``KG_QUERY_MAX_ROWS`` rows the client gets 400, never a cut result.
``SERVICE`` and ``LOAD`` targets outside ``KG_FEDERATION_ALLOW`` are refused before anything runs.

GET /sparql without a query answers with the service description, or with the query editor when a
browser asks for HTML.
"""
from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.sparql_description import service_description
from api.sparql_formats import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES, content_type, graph_response, not_acceptable
from api.sparql_guard import analyse, refused_targets
from api.sparql_protocol import Operation, read_operation
from api.negotiation import negotiate
from kg._exceptions import QueryError
from kg.config import Settings
from kg.store import Store
from kg.store.sandbox import NotAcceptable, QueryPool, QueryRequest

router = APIRouter(tags=["sparql"])

STATIC = Path(__file__).resolve().parents[1] / "static"
#: where scripts/setup installs the editor (npm package @zazuko/yasgui, pinned in api/static/package.json)
YASGUI_BUILD = STATIC / "node_modules" / "@zazuko" / "yasgui" / "build"
OWN_FILES = {"sparql.js": "text/javascript", "sparql-examples.json": "application/json"}
YASGUI_FILES = {"yasgui.min.js": "text/javascript", "yasgui.min.css": "text/css"}
#: relative IRIs in queries and updates resolve against this
BASE_IRI = "https://w3id.org/kg-cn/"

_pool_lock = threading.Lock()


def query_pool(app: FastAPI, store: Store, settings: Settings) -> QueryPool:
    """The app's pool of query workers, started on the first query."""
    with _pool_lock:
        pool = getattr(app.state, "query_pool", None)
        if pool is None or pool.store is not store:
            pool = app.state.query_pool = QueryPool(store, workers=settings.query_workers)
        return pool


def close_pool(app: FastAPI) -> None:
    with _pool_lock:
        pool = getattr(app.state, "query_pool", None)
        if pool is not None:
            pool.close()
            app.state.query_pool = None


def check_outbound(text: str, settings: Settings) -> None:
    """Refuse SERVICE and LOAD targets outside the allow-list, before anything runs or fetches."""
    refused = refused_targets(analyse(text), settings.federation_allow)
    if refused:
        raise QueryError(f"outbound request refused: {', '.join(refused)} is not in KG_FEDERATION_ALLOW "
                         "(this endpoint fetches nothing unless allowed)")


async def _answer(request: Request, op: Operation, store: Store, settings: Settings) -> Response:
    check_outbound(op.text, settings)
    accept = request.headers.get("accept")
    results_media = negotiate(accept, RESULT_MEDIA_TYPES)
    graph_media = negotiate(accept, GRAPH_MEDIA_TYPES)
    if results_media is None and graph_media is None:
        return not_acceptable(RESULT_MEDIA_TYPES + GRAPH_MEDIA_TYPES)
    job = QueryRequest(
        query=op.text, results_media=results_media, graph_media=graph_media,
        union_default_graph=not (op.has_dataset or analyse(op.text).has_from),
        default_graph=op.default_graphs if op.has_dataset else None,
        named_graphs=op.named_graphs if op.has_dataset else None,
        base_iri=BASE_IRI, max_rows=settings.query_max_rows,
    )
    if hasattr(store, "forward"):  # a remote engine (kg/store/sparql.py) answers itself, under its own limits
        media, body = await run_in_threadpool(store.forward, op.text, ", ".join(filter(None, [results_media, graph_media])),
                                              op.default_graphs if op.has_dataset else None,
                                              op.named_graphs if op.has_dataset else None)
        return Response(body, media_type=media, headers={"Vary": "Accept"})
    pool = query_pool(request.app, store, settings)
    try:
        result = await pool.run_async(job, timeout_s=settings.query_timeout_s)
    except NotAcceptable as e:
        return not_acceptable(GRAPH_MEDIA_TYPES if e.kind == "graph" else RESULT_MEDIA_TYPES)
    return Response(result.body, media_type=content_type(result.media_type),
                    headers={"Vary": "Accept", "X-Result-Rows": str(result.rows)})


def _editor() -> Response:
    return HTMLResponse((STATIC / "sparql.html").read_text(encoding="utf-8"))


@router.get("/sparql", summary="SPARQL 1.1 query (GET); without a query, the service description or the editor",
            responses={200: {"content": {m: {} for m in RESULT_MEDIA_TYPES + GRAPH_MEDIA_TYPES + ["text/html"]}},
                       400: {"description": "malformed query (parser message and position)"},
                       503: {"description": "the query ran past the time limit and was stopped"}})
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    op = await read_operation(request, "query", settings.max_body_bytes)
    if op is None:
        endpoint = str(request.url.replace(query="", fragment=""))
        update = endpoint.rsplit("/sparql", 1)[0] + "/update"
        triples = await run_in_threadpool(service_description, store, endpoint, update, bool(settings.federation_allow))
        return graph_response(triples, request.headers.get("accept"), {"text/html": _editor()})
    return await _answer(request, op, store, settings)


@router.post("/sparql", summary="SPARQL 1.1 query (POST form-encoded or application/sparql-query)",
             openapi_extra={"requestBody": {"content": {"application/sparql-query": {"schema": {"type": "string"}},
                                                        "application/x-www-form-urlencoded": {"schema": {
                                                            "type": "object", "properties": {"query": {"type": "string"}}}}}}})
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    op = await read_operation(request, "query", settings.max_body_bytes)
    return await _answer(request, op, store, settings)


@router.get("/static/sparql/{name}", include_in_schema=False)
def static_file(name: str) -> Response:
    """The editor's own script, and the YASGUI build installed by scripts/setup (never committed)."""
    if name in OWN_FILES:
        return FileResponse(STATIC / name, media_type=OWN_FILES[name])
    if name in YASGUI_FILES and (YASGUI_BUILD / name).is_file():
        return FileResponse(YASGUI_BUILD / name, media_type=YASGUI_FILES[name])
    raise HTTPException(404, f"no static file {name!r} (the editor's files are installed by scripts/setup)")
