from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api.deps import ResolverDep, StoreDep
from api.models import RegionPublic
from api.routes._params import ERRORS, id_param
from kg import queries

router = APIRouter(prefix="/regions", tags=["regions"], responses=ERRORS)


@router.get("/{id:path}", response_model=RegionPublic,
            summary="A region: parents and children, firms, priority industries, designations, clusters, policies, observations")
def get_region(id: Annotated[str, id_param("the region", "长兴县")], store: StoreDep, resolver: ResolverDep) -> RegionPublic:
    region = resolver.resolve(id, "region", {"Region"})
    return RegionPublic(**queries.region(store, region.iri))
