"""The OpenAPI document stays valid, and every route of issue 5 is in it with an example."""
from __future__ import annotations

import pytest

ROUTES = ["/firms", "/regions/{id}", "/industries/{id}", "/policies", "/clusters", "/clusters/{id}",
          "/designations/{id}/holders", "/observations", "/paths", "/entities", "/entities/{id}", "/entities/{id}/evidence",
          "/documents", "/documents/{id}", "/id/{path}"]


@pytest.fixture(scope="module")
def spec(client):
    return client.get("/openapi.json").json()


def test_schema_is_valid_openapi(spec):
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(spec)


def test_rest_routes_alone_are_valid_openapi(spec):
    validator = pytest.importorskip("openapi_spec_validator")
    rest = {**spec, "paths": {p: ops for p, ops in spec["paths"].items() if p in ROUTES}}
    validator.validate(rest)


@pytest.mark.parametrize("route", ROUTES)
def test_route_is_documented_with_examples(spec, route):
    ops = spec["paths"][route]
    for op in ops.values():
        assert op.get("summary")
        params = op.get("parameters", [])
        body = op.get("requestBody", {}).get("content", {})
        examples = [p for p in params if p.get("example") is not None or p.get("examples") or p["schema"].get("examples")]
        assert examples or any("example" in c for c in body.values()) or not (params or body), (route, op.get("operationId"))
