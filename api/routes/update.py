"""SPARQL 1.1 Update at /update: POST form-encoded (``update=``) or ``application/sparql-update``.

Every request needs ``Authorization: Bearer <KG_TOKEN>``; with no token configured, updates are refused.
``using-graph-uri``/``using-named-graph-uri`` become ``USING`` clauses (and conflict with ``USING``/``WITH``
in the text, as the protocol says). ``LOAD`` of a source outside ``KG_FEDERATION_ALLOW`` is refused.
In an update the default graph is the store's own unnamed graph (part of the union that queries see);
name a document's graph with ``GRAPH``, ``WITH`` or ``USING``.
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.routes.sparql import BASE_IRI, check_outbound
from api.security import WriteAccess
from api.sparql_guard import add_using, analyse
from api.sparql_protocol import read_operation

router = APIRouter(tags=["sparql"])


@router.post("/update", status_code=204, summary="SPARQL 1.1 Update (bearer token required)",
             openapi_extra={"requestBody": {"content": {"application/sparql-update": {"schema": {"type": "string"}},
                                                        "application/x-www-form-urlencoded": {"schema": {
                                                            "type": "object", "properties": {"update": {"type": "string"}}}}}}},
             responses={401: {"description": "no bearer token"}, 403: {"description": "wrong token, or writes disabled"}})
async def update(request: Request, _: WriteAccess, store: StoreDep, settings: SettingsDep) -> Response:
    op = await read_operation(request, "update", settings.max_body_bytes)
    check_outbound(op.text, settings)
    text = op.text
    if op.has_dataset:
        if analyse(text).has_using:
            raise HTTPException(400, "using-graph-uri/using-named-graph-uri conflict with USING or WITH in the update")
        text = add_using(text, op.default_graphs, op.named_graphs)
    await run_in_threadpool(store.update, text, base_iri=BASE_IRI)
    return Response(status_code=204)
