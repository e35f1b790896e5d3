"""One table from error to HTTP status, registered once. One error body shape:
``{"error": {"type": ..., "message": ..., ...details}}``.

An unexpected exception is a logged 500 whose body names no path and carries no stack.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg._exceptions import (Ambiguous, BinaryDocument, ConfigError, DocumentError, DocumentTooLarge, EmptyDocument,
                            KGError, NotFound, QueryError, StoreError, UndecodableDocument)

log = logging.getLogger("kg.api")

STATUS: list[tuple[type[Exception], int]] = [
    (DocumentTooLarge, 413),
    (EmptyDocument, 400),
    (BinaryDocument, 415),
    (UndecodableDocument, 415),
    (DocumentError, 400),
    (QueryError, 400),
    (NotFound, 404),
    (Ambiguous, 409),
    (StoreError, 503),
    (ConfigError, 500),
    (KGError, 400),
]


def error_body(type_: str, message: str, **details) -> dict:
    return {"error": {"type": type_, "message": message, **details}}


def _details(exc: KGError) -> dict:
    if isinstance(exc, NotFound):
        return {"kind": exc.kind, "name": exc.name, "nearest": exc.nearest}
    if isinstance(exc, Ambiguous):
        return {"kind": exc.kind, "name": exc.name, "candidates": exc.candidates,
                "hint": "repeat the request with one candidate's id, IRI or code"}
    return {}


def status_of(exc: Exception) -> int:
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def register(app: FastAPI) -> None:
    @app.exception_handler(KGError)
    async def _kg_error(request: Request, exc: KGError) -> JSONResponse:
        return JSONResponse(error_body(type(exc).__name__, str(exc), **_details(exc)), status_code=status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
        return JSONResponse(error_body("ValidationError", "invalid request parameters", problems=problems), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body("HTTPError", str(exc.detail)), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("InternalError", "internal server error"), status_code=500)


#: statuses any operation can answer with, and why: the error table above, the validation layer and
#: the limits middleware apply to every route
COMMON_ERRORS = {
    "400": "bad input: malformed query or value, with the problem named",
    "404": "a named entity, region, chain or document is unknown (with the nearest names)",
    "409": "a name matches several entities (with the candidates and how to choose)",
    "413": "the request body is larger than the configured limit",
    "415": "a body whose media type the route does not take",
    "422": "a parameter out of range or of the wrong form",
    "429": "too many requests in flight from this client",
    "503": "the store is unavailable or a query ran past its deadline",
}
#: write operations (bearer token from KG_TOKEN) can also answer these
WRITE_PATHS = {"/update", "/store"}
WRITE_ERRORS = {"401": "no bearer token", "403": "a wrong token, or writes disabled (no KG_TOKEN on the server)"}
_ERROR_SCHEMA = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["type", "message"],
    "properties": {"type": {"type": "string"}, "message": {"type": "string"}}, "additionalProperties": True}}}


def document_common_errors(app: FastAPI) -> None:
    """Add ``COMMON_ERRORS`` to every operation of the OpenAPI schema (keeping what a route documents itself)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        for path, path_item in schema.get("paths", {}).items():
            for method, operation in path_item.items():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                errors = dict(COMMON_ERRORS)
                if method in ("put", "post", "delete") and (path in WRITE_PATHS or path.startswith("/documents")):
                    errors.update(WRITE_ERRORS)
                for status, why in errors.items():
                    operation["responses"].setdefault(status, {
                        "description": why, "content": {"application/json": {"schema": _ERROR_SCHEMA}}})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
