"""The VoID description of the dataset at /.well-known/void (RFC 5785; VoID section 7.2)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.sparql_description import void_description
from api.sparql_formats import GRAPH_MEDIA_TYPES, graph_response

router = APIRouter(tags=["sparql"])


@router.get("/.well-known/void", summary="VoID description: size, graphs, classes, vocabularies, endpoint",
            responses={200: {"content": {m: {} for m in GRAPH_MEDIA_TYPES}}})
async def void(request: Request, store: StoreDep) -> Response:
    base = str(request.base_url).rstrip("/")
    triples = await run_in_threadpool(void_description, store, base)
    return graph_response(triples, request.headers.get("accept"))
