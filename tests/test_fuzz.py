"""Schemathesis over the OpenAPI schema: generated requests to every route give no 5xx, and every response
conforms to the schema (status codes, content types, bodies).

CI runs a small pass; `KG_FUZZ_EXAMPLES=100 scripts/test tests/test_fuzz.py` sends several thousand requests.
"""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "8"))


@pytest.fixture(scope="module")
def api_schema(seeded_store):
    from api.main import create_app
    from kg.config import Settings
    from kg.resolve import Resolver

    cfg = Settings(store=":memory:", seeds="", query_timeout_s=5)
    app = create_app(cfg, store=seeded_store)
    # the lifespan is not run by the fuzzer's transport: set what it would
    app.state.store, app.state.settings, app.state.resolver = seeded_store, cfg, Resolver(seeded_store)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_route(api_schema):
    """Each operation gets its own Hypothesis run (schemathesis' pytest plugin does not support pytest 9)."""
    from hypothesis import given

    sent = {"n": 0}
    failures: list[str] = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case):
            sent["n"] += 1
            response = case.call()
            assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
            # every response conforms to the schema; whether the schema admits exactly the inputs a route takes
            # (positive_data_acceptance) is a question about inputs, checked by the routes' own tests
            case.validate_response(response, excluded_checks=[positive_data_acceptance])

        try:
            run()
        except BaseException as e:  # noqa: B036 - collect every operation's failure, not just the first
            failures.append(f"{operation.method.upper()} {operation.path}: {str(e)[:600]}")
    print(f"\nfuzz: {sent['n']} generated requests over {len(list(api_schema.get_all_operations()))} operations")
    assert not failures, "\n\n".join(failures)
