"""Query parameters that several routes share: names of entities, paging and sorting.

Names are resolved by ``kg.resolve`` into IRIs; only IRIs (bound as RDF terms) ever reach SPARQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query

#: the longest name a parameter accepts; longer is a 422, not a search
MAX_NAME = 200
NAME_FORMS = "Chinese name or alias (simplified or traditional), English label, pinyin (any case, tones and spaces optional), GB/T 2260 code, short id (region/330522) or IRI"
T = TypeVar("T")


def name_param(description: str, example: str, alias: str | None = None):
    return Query(min_length=1, max_length=MAX_NAME, description=f"{description}: {NAME_FORMS}", examples=[example], alias=alias)


@dataclass
class Paging:
    limit: int
    offset: int
    sort: str | None
    descending: bool

    def page(self, items: list[T], keys: dict[str, Any] | None = None) -> list[T]:
        """Sort ``items`` by the chosen key (from ``keys``), then cut out this page."""
        if self.sort and keys and self.sort in keys:
            items = sorted(items, key=keys[self.sort], reverse=self.descending)
        elif self.descending:
            items = list(reversed(items))
        return items[self.offset: self.offset + self.limit]


async def paging(  # async: only reads parameters, so no thread hop (see api/deps.py)
    limit: Annotated[int, Query(ge=1, le=500, description="page size")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")] = 0,
    sort: Annotated[str | None, Query(pattern="^-?[a-z_]{1,20}$", description="sort key; a leading '-' sorts descending",
                                      examples=["label"])] = None,
) -> Paging:
    descending = bool(sort and sort.startswith("-"))
    return Paging(limit, offset, sort.lstrip("-") if sort else None, descending)


PagingDep = Annotated[Paging, Depends(paging)]


def check_sort(p: Paging, allowed: tuple[str, ...]) -> None:
    """A sort key the route does not offer is a bad parameter (422), like any other."""
    if p.sort and p.sort not in allowed:
        from fastapi.exceptions import RequestValidationError

        raise RequestValidationError([{"loc": ("query", "sort"), "msg": f"sort must be one of {', '.join(allowed)} (prefix '-' for descending)",
                                       "type": "value_error"}])


def _errors() -> dict:
    from api.models import ErrorPublic

    return {
        404: {"model": ErrorPublic, "description": "unknown name: the body lists the nearest names"},
        409: {"model": ErrorPublic, "description": "ambiguous name: the body lists the candidates and how to choose"},
        422: {"model": ErrorPublic, "description": "bad parameter"},
    }


#: error responses, for the OpenAPI of every route that names entities
ERRORS = _errors()


def id_param(description: str, example: str):
    from fastapi import Path

    return Path(min_length=1, max_length=MAX_NAME, description=f"{description}: {NAME_FORMS}", examples=[example])
