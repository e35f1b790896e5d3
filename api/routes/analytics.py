"""/analytics: central entities, communities, shortest paths and a region's industry profile (networkx over
the export projection)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from api.deps import ResolverDep, StoreDep
from kg import analytics, queries
from kg.vocab import ENTITY_TYPES

router = APIRouter(prefix="/analytics", tags=["analytics"])


class EntityRef(BaseModel):
    id: str
    iri: str
    label: str
    type: str


class CentralEntity(EntityRef):
    degree: int
    pagerank: float


class CountedEntity(EntityRef):
    firms: int


class CommunityPublic(BaseModel):
    id: int
    name: str
    size: int
    types: dict[str, int]
    members: list[EntityRef]


class CommunitiesPublic(BaseModel):
    items: list[CommunityPublic]
    total: int


class Hop(BaseModel):
    subject: EntityRef
    predicate: str
    object: EntityRef
    forward: bool
    evidence: list[dict[str, Any]]


class PathsPublic(BaseModel):
    source: EntityRef
    target: EntityRef
    hops: int | None
    paths: list[list[Hop]]


class RegionRef(EntityRef):
    code: str | None = None
    level: str | None = None


class RegionProfilePublic(BaseModel):
    region: RegionRef
    sub_regions: int
    firms: list[EntityRef]
    industries: list[CountedEntity]
    chains: list[CountedEntity]
    designations: list[CountedEntity]
    priority_industries: list[EntityRef]
    clusters: list[EntityRef]
    organizations: list[EntityRef]


_TYPES = "^(" + "|".join(ENTITY_TYPES) + ")(,(" + "|".join(ENTITY_TYPES) + "))*$"


@router.get("/central", response_model=dict[str, list[CentralEntity]],
            summary="The most central entities of each type, by PageRank (with degree)")
def central(store: StoreDep,
            types: Annotated[str, Query(pattern=_TYPES, examples=["Firm,Policy,Region"])] = ",".join(analytics.CENTRAL_TYPES),
            top: Annotated[int, Query(ge=1, le=200)] = 10) -> dict:
    return analytics.central(analytics.graph(store), tuple(types.split(",")), top)


@router.get("/communities", response_model=CommunitiesPublic, summary="Communities (Louvain), largest first")
def communities(store: StoreDep, min_size: Annotated[int, Query(ge=1, le=1000)] = 2) -> CommunitiesPublic:
    items = analytics.communities(analytics.graph(store), min_size)
    return CommunitiesPublic(items=items, total=len(items))


@router.get("/paths", response_model=PathsPublic,
            summary="The shortest paths between two entities, in either direction, with evidence for every hop")
def paths(store: StoreDep, resolver: ResolverDep,
          source: Annotated[str, Query(alias="from", min_length=1, max_length=500, examples=["吉利"])],
          target: Annotated[str, Query(alias="to", min_length=1, max_length=500, examples=["浙江"])],
          limit: Annotated[int, Query(ge=1, le=50)] = 5) -> PathsPublic:
    a, b = resolver.resolve(source, "entity"), resolver.resolve(target, "entity")
    g = analytics.graph(store)
    found = analytics.shortest_paths(g, a.iri, b.iri, limit)
    for path in found:
        for hop in path:
            hop["evidence"] = queries.evidence(store, hop["subject"]["iri"], hop["predicate_iri"], hop["object"]["iri"])
    return PathsPublic(source=analytics.ref(g, a.iri), target=analytics.ref(g, b.iri),
                       hops=len(found[0]) if found else None, paths=found)


@router.get("/regions/{name}", response_model=RegionProfilePublic,
            summary="A region's industry profile: firms, their industries, chains and designations, priority industries")
def region_profile(name: str, store: StoreDep, resolver: ResolverDep) -> dict:
    region = resolver.resolve(name, "region", {"Region"})
    return analytics.region_profile(analytics.graph(store), region.iri)
