from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api.deps import ResolverDep, StoreDep
from api.models import ClusterPublic, ClustersPublic
from api.routes._params import ERRORS, PagingDep, check_sort, id_param, name_param
from kg import queries
from kg._exceptions import NotFound

router = APIRouter(prefix="/clusters", tags=["clusters"], responses=ERRORS)


@router.get("", response_model=ClustersPublic, summary="Industrial clusters, optionally of one tier (or a narrower tier)",
            description="Sort keys: `label`, `id`.")
def list_clusters(
    store: StoreDep,
    resolver: ResolverDep,
    paging: PagingDep,
    tier: Annotated[str | None, name_param("cluster tier", "国家先进制造业集群")] = None,
) -> ClustersPublic:
    check_sort(paging, ("label", "id"))
    tier_iri = None
    if tier:
        found = resolver.resolve(tier, "tier", {"Cluster"})
        if "/tier/" not in found.iri:
            raise NotFound("tier", tier, [c.label for c in resolver.index.info.values() if "/tier/" in c.iri][:5])
        tier_iri = found.iri
    items = queries.clusters(store, tier_iri)
    page = paging.page(items, {"label": lambda c: c["label"], "id": lambda c: c["id"]})
    return ClustersPublic(items=page, total=len(items), limit=paging.limit, offset=paging.offset, tier=tier_iri)


@router.get("/{id:path}", response_model=ClusterPublic, summary="A cluster: its tier, members, location and industries, with evidence")
def get_cluster(id: Annotated[str, id_param("the cluster", "长兴县战略性新兴产业集群")], store: StoreDep, resolver: ResolverDep) -> ClusterPublic:
    found = resolver.resolve(id, "cluster", {"Cluster"})
    return ClusterPublic(**queries.cluster(store, found.iri))
