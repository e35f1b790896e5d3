from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from api.deps import ResolverDep, StoreDep
from api.models import RegionPublic
from api.responses import public_json
from api.routes._params import ERRORS, id_param
from kg import indexes, pages, queries
from kg.resolve import Resolver
from kg.store import Store

router = APIRouter(prefix="/regions", tags=["regions"], responses=ERRORS)


@router.get("/{id:path}", response_model=RegionPublic,
            summary="A region: parents and children, firms, priority industries, designations, clusters, policies, observations")
async def get_region(id: Annotated[str, id_param("the region", "长兴县")], store: StoreDep,
                     resolver: ResolverDep) -> Response | RegionPublic:
    # with the indexes built for the store's generation the profile is a fraction of a millisecond of lookups:
    # answered on the event loop, without a thread hop or a second validation; otherwise read in the thread pool
    found = resolver.resolved(id, {"Region"})
    idx = indexes.ready(store) if found is not None else None
    if idx is not None:
        return public_json(RegionPublic, pages.region(idx, found.iri))
    return await run_in_threadpool(_from_store, store, resolver, id)


def _from_store(store: Store, resolver: Resolver, id: str) -> RegionPublic:
    region = resolver.resolve(id, "region", {"Region"})
    return RegionPublic(**queries.region(store, region.iri))
