"""JSON bodies written straight from the library's dicts, for the routes that answer from memory.

FastAPI validates a route's return value against its ``response_model`` and serialises it again: ~0.75 ms for a
29 KB region profile, more than the profile takes to assemble from the indexes. The library's dicts for these
routes are already in the model's public shape (every link has ``subject_label``, every observation its fields),
so ``public_json`` only picks the model's top-level fields (filling defaults, dropping the others, such as an
entity's coordinates) and writes them with orjson. The route keeps its ``response_model`` for the OpenAPI
document; tests/api/test_indexed_routes.py checks that each body equals the model's own serialisation.

>>> from api.models import EntityRef
>>> public_json(EntityRef, {"iri": "https://w3id.org/kg-cn/id/region/330522", "id": "region/330522", "label": "长兴县",
...                         "code": "330522"}).body.decode()
'{"iri":"https://w3id.org/kg-cn/id/region/330522","id":"region/330522","label":"长兴县"}'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import orjson
from fastapi import Response
from pydantic import BaseModel
from pydantic_core import PydanticUndefined


@lru_cache(maxsize=None)
def _fields(model: type[BaseModel]) -> tuple[tuple[str, Any], ...]:
    """``(name, default)`` of the model's fields in order; a required field has ``PydanticUndefined``."""
    return tuple((name, f.get_default(call_default_factory=True)) for name, f in model.model_fields.items())


def public_json(model: type[BaseModel], data: dict[str, Any]) -> Response:
    """``data`` as a 200 JSON response in ``model``'s top-level shape, without validating it again."""
    body = {}
    for name, default in _fields(model):
        value = data.get(name, default)
        if value is PydanticUndefined:  # a bug in the library's dict, not the client's: a logged 500
            raise KeyError(f"{model.__name__}.{name} missing from the answer")
        body[name] = value
    return Response(orjson.dumps(body), media_type="application/json")


__all__ = ["public_json"]
