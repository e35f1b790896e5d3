"""SPARQL 1.1 Protocol: query by GET, POST form or POST ``application/sparql-query``.

The default graph is the union of every named graph (documents, reference data, ontology); each
document's graph can be named with ``default-graph-uri`` / ``named-graph-uri`` or ``GRAPH``.
"""
from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import StoreDep
from api.errors import error_body
from api.negotiation import negotiate
from kg._exceptions import QueryError

router = APIRouter(tags=["sparql"])

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/x-turtle": ox.RdfFormat.TURTLE,
}
MAX_QUERY_BYTES = 1_000_000
SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
        <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/RDF_XML>,
        <http://www.w3.org/ns/formats/JSON-LD>, <http://www.w3.org/ns/formats/TriG>, <http://www.w3.org/ns/formats/N-Quads> ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


def _run(store, request: Request, query: str, default_graphs: list[str], named_graphs: list[str]) -> Response:
    if len(query.encode()) > MAX_QUERY_BYTES:
        return Response(status_code=413, content=f"query longer than {MAX_QUERY_BYTES} bytes")
    result = store.query(query, default_graph=default_graphs or None, named_graphs=named_graphs or None)
    accept = request.headers.get("accept")
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, list(GRAPH_FORMATS))
        if media is None:
            return _not_acceptable(list(GRAPH_FORMATS))
        body = result.serialize(format=GRAPH_FORMATS[media])
    else:
        media = negotiate(accept, list(RESULT_FORMATS))
        if media is None:
            return _not_acceptable(list(RESULT_FORMATS))
        body = result.serialize(format=RESULT_FORMATS[media])
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return Response(content=body, media_type=media + charset, headers={"Vary": "Accept"})


def _not_acceptable(offered: list[str]) -> Response:
    import json

    return Response(json.dumps(error_body("NotAcceptable", "no acceptable result format", offered=offered)),
                    status_code=406, media_type="application/json")


@router.get("/sparql", summary="SPARQL 1.1 query (GET); without a query, the service description")
def sparql_get(request: Request, store: StoreDep) -> Response:
    params = request.query_params
    query = params.get("query")
    if query is None:
        endpoint = str(request.url.replace(query=""))
        return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
    return _run(store, request, query, params.getlist("default-graph-uri"), params.getlist("named-graph-uri"))


@router.post("/sparql", summary="SPARQL 1.1 query (POST form-encoded or application/sparql-query)")
async def sparql_post(request: Request, store: StoreDep) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    params = request.query_params
    if ctype == "application/x-www-form-urlencoded":
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        if "update" in form:
            raise QueryError("updates go to /update, not /sparql")
        query = (form.get("query") or [None])[0]
        defaults = form.get("default-graph-uri", []) + params.getlist("default-graph-uri")
        named = form.get("named-graph-uri", []) + params.getlist("named-graph-uri")
    elif ctype == "application/sparql-query":
        query = body.decode("utf-8", "replace")
        defaults, named = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    else:
        import json

        return Response(json.dumps(error_body("UnsupportedMediaType",
                        "POST /sparql takes application/x-www-form-urlencoded or application/sparql-query")),
                        status_code=415, media_type="application/json")
    if not query:
        raise QueryError("missing 'query' parameter")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_run, store, request, query, defaults, named)
