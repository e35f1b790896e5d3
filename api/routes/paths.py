from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import ResolverDep, StoreDep
from api.models import EntityRef, PathsPublic
from api.routes._params import ERRORS, name_param
from kg import queries
from kg.paths import MAX_HOPS, shortest_paths

router = APIRouter(prefix="/paths", tags=["paths"], responses=ERRORS)


@router.get("", response_model=PathsPublic, summary="How two entities are connected: the shortest relationship paths, with evidence for every hop",
            description="Walks every kg: link between entities in either direction (each hop says which). An empty "
                        "`items` means no path of at most `max_hops` hops.")
def get_paths(
    store: StoreDep,
    resolver: ResolverDep,
    source: Annotated[str, name_param("where the path starts", "吉利", alias="from")],
    target: Annotated[str, name_param("where the path ends", "浙江省", alias="to")],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 4,
) -> PathsPublic:
    a = resolver.resolve(source, "from")
    b = resolver.resolve(target, "to")
    items = shortest_paths(store, a.iri, b.iri, max_hops)
    return PathsPublic(source=EntityRef(**queries.summary(store, a.iri)), target=EntityRef(**queries.summary(store, b.iri)),
                       max_hops=max_hops, items=items, total=len(items))
