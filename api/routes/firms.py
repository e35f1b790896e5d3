from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import ResolverDep, StoreDep
from api.models import FirmsPublic
from kg import queries

router = APIRouter(tags=["firms"])


@router.get("/firms", response_model=FirmsPublic, summary="Firms by region (through the hierarchy) and chain (through partOf)")
def list_firms(
    store: StoreDep,
    resolver: ResolverDep,
    region: Annotated[str | None, Query(max_length=200, description="name, alias, pinyin, GB/T 2260 code or IRI", examples=["长兴"])] = None,
    chain: Annotated[str | None, Query(max_length=200, description="industry or chain name, alias or IRI", examples=["汽车"])] = None,
) -> FirmsPublic:
    region_iri = resolver.resolve(region, "region", {"Region"}).iri if region else None
    chain_iri = resolver.resolve(chain, "chain", {"Industry"}).iri if chain else None
    items = queries.firms(store, region_iri, chain_iri)
    return FirmsPublic(items=items, total=len(items), region=region_iri, chain=chain_iri)
