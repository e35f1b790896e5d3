"""Operations: a structured access log (request id, route, status, duration) and health probes.

The access log never records headers, bodies or query strings, so tokens and uploaded text stay out
of it. Errors are logged with their stack by ``api.errors``, on the server side only.
"""
from __future__ import annotations

import json
import logging
import time
import uuid

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

access_log = logging.getLogger("kg.access")
router = APIRouter(tags=["operations"])


def install(app: FastAPI) -> None:
    @app.middleware("http")
    async def _access_log(request: Request, call_next):
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        if len(request_id) > 64 or not request_id.isprintable():
            request_id = uuid.uuid4().hex
        request.state.request_id = request_id
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            response.headers["X-Request-ID"] = request_id
            return response
        finally:
            route = request.scope.get("route")
            access_log.info(json.dumps({
                "request_id": request_id, "method": request.method,
                "route": getattr(route, "path", request.url.path), "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            }, ensure_ascii=False))


@router.get("/health", summary="The process is alive")
def health() -> dict:
    return {"status": "ok"}


@router.get("/ready", summary="The store is open and answering queries", responses={503: {"description": "not ready"}})
def ready(request: Request):
    store = getattr(request.app.state, "store", None)
    try:
        if store is None:
            raise RuntimeError("no store")
        store.query("ASK { ?s ?p ?o }")
    except Exception as e:  # any failure means not ready; the reason is logged, not returned
        logging.getLogger("kg.api").warning("readiness check failed: %s", type(e).__name__)
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return {"status": "ready", "documents": len([g for g in store.graphs() if "/doc/" in g])}
