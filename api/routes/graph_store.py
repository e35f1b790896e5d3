"""SPARQL 1.1 Graph Store HTTP Protocol at /store, indirect identification (``?graph=IRI`` or ``?default``).

GET and HEAD are open; PUT (replace), POST (merge) and DELETE need the bearer token, as /update does.
GET ``?default`` returns the default graph that queries see (the union of every graph); PUT, POST and
DELETE ``?default`` write the store's own unnamed graph, which that union includes, and never touch
a document's graph.
"""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.security import WriteAccess
from api.sparql_formats import GRAPH_MEDIA_TYPES, RDF_INPUT_MEDIA_TYPES, graph_response, rdf_format
from api.sparql_protocol import read_body
from kg.store import Store

router = APIRouter(prefix="/store", tags=["graph store"])


def _target(request: Request) -> str | None:
    """The graph IRI, or None for the default graph; 400 unless exactly one of ``graph``/``default`` is given."""
    params = request.query_params
    graphs = params.getlist("graph")
    if ("default" in params) == bool(graphs) or len(graphs) > 1:
        raise HTTPException(400, "name one graph: ?graph=<absolute IRI> or ?default")
    if graphs:
        iri = graphs[0]
        try:
            ox.NamedNode(iri)
        except ValueError as e:
            raise HTTPException(400, f"graph={iri!r} is not an absolute IRI: {e}") from None
        if ":" not in iri:
            raise HTTPException(400, f"graph={iri!r} is not an absolute IRI")
        return iri
    return None


def _read(store: Store, graph: str | None) -> list[ox.Triple]:
    if graph is not None and not store.has_graph(graph):
        raise HTTPException(404, f"no graph <{graph}> in the store")
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    return list(store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"))


async def _payload(request: Request, limit: int, graph: str | None) -> str:
    """The body as N-Triples; 415 for a format that is not a graph format, 400 for a syntax error."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in RDF_INPUT_MEDIA_TYPES or media in ("application/trig", "application/n-quads"):
        raise HTTPException(415, f"a graph body must be one of {', '.join(m for m in RDF_INPUT_MEDIA_TYPES if 'quads' not in m and 'trig' not in m)}"
                                 f", not {media or 'a body without Content-Type'}")
    body = await read_body(request, limit)
    try:
        triples = list(ox.parse(body, format=rdf_format(media), base_iri=graph or "https://w3id.org/kg-cn/"))
    except SyntaxError as e:
        raise HTTPException(400, f"cannot parse the {media} body: {e}") from None
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()


def _into(graph: str | None, ntriples: str) -> str:
    return f"GRAPH <{graph}> {{\n{ntriples}\n}}" if graph else ntriples


_GET_RESPONSES = {200: {"content": {m: {} for m in GRAPH_MEDIA_TYPES}}, 404: {"description": "no such graph"}}


@router.get("", summary="A graph (?graph=IRI) or the default graph (?default)", responses=_GET_RESPONSES,
            operation_id="graph_store_get")
@router.head("", summary="Headers of a graph (?graph=IRI) or of the default graph (?default)", responses=_GET_RESPONSES,
             operation_id="graph_store_head")
async def get_graph(request: Request, store: StoreDep) -> Response:
    graph = _target(request)
    triples = await run_in_threadpool(_read, store, graph)
    response = graph_response(triples, request.headers.get("accept"))
    if request.method == "HEAD":
        return Response(status_code=response.status_code, headers=dict(response.headers))
    return response


@router.put("", summary="Replace a graph (bearer token required)", status_code=204)
async def put_graph(request: Request, _: WriteAccess, store: StoreDep, settings: SettingsDep) -> Response:
    graph = _target(request)
    nt = await _payload(request, settings.max_body_bytes, graph)
    existed = graph is None or store.has_graph(graph)
    drop = f"DROP SILENT GRAPH <{graph}>" if graph else "DROP SILENT DEFAULT"
    await run_in_threadpool(store.update, f"{drop} ;\nINSERT DATA {{ {_into(graph, nt)} }}")
    return Response(status_code=204 if existed else 201)


@router.post("", summary="Merge triples into a graph (bearer token required)", status_code=204)
async def post_graph(request: Request, _: WriteAccess, store: StoreDep, settings: SettingsDep) -> Response:
    graph = _target(request)
    nt = await _payload(request, settings.max_body_bytes, graph)
    existed = graph is None or store.has_graph(graph)
    await run_in_threadpool(store.update, f"INSERT DATA {{ {_into(graph, nt)} }}")
    return Response(status_code=204 if existed else 201)


@router.delete("", summary="Delete a graph (bearer token required)", status_code=204)
async def delete_graph(request: Request, _: WriteAccess, store: StoreDep) -> Response:
    graph = _target(request)
    if graph is not None and not store.has_graph(graph):
        raise HTTPException(404, f"no graph <{graph}> in the store")
    await run_in_threadpool(store.update, f"DROP GRAPH <{graph}>" if graph else "DROP SILENT DEFAULT")
    return Response(status_code=204)
