from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api.deps import ResolverDep, StoreDep
from api.models import FirmsPublic
from api.routes._params import PagingDep, check_sort, name_param
from kg import queries

router = APIRouter(tags=["firms"])


@router.get("/firms", response_model=FirmsPublic,
            summary="Firms by region (through the hierarchy), chain (through partOf), industry and designation",
            description="Every filter is optional and they combine. Each firm carries the links that put it in the "
                        "answer, each with the sentences that state it. Sort keys: `label`, `id`.")
def list_firms(
    store: StoreDep,
    resolver: ResolverDep,
    paging: PagingDep,
    region: Annotated[str | None, name_param("region", "长兴")] = None,
    chain: Annotated[str | None, name_param("industry chain", "汽车")] = None,
    industry: Annotated[str | None, name_param("industry (narrower industries and categories match too)", "新能源")] = None,
    designation: Annotated[str | None, name_param("designation held (narrower ones match too)", "专精特新“小巨人”")] = None,
) -> FirmsPublic:
    check_sort(paging, queries.FIRM_SORTS)
    region_iri = resolver.resolve(region, "region", {"Region"}).iri if region else None
    chain_iri = resolver.resolve(chain, "chain", {"Industry"}).iri if chain else None
    industry_iri = resolver.resolve(industry, "industry", {"Industry"}).iri if industry else None
    designation_iri = resolver.resolve(designation, "designation", {"Designation"}).iri if designation else None
    items, total = queries.firm_page(store, region_iri, chain_iri, industry_iri, designation_iri, limit=paging.limit,
                                     offset=paging.offset, sort=paging.sort or "label", descending=paging.descending)
    return FirmsPublic(items=items, total=total, limit=paging.limit, offset=paging.offset, region=region_iri,
                       chain=chain_iri, industry=industry_iri, designation=designation_iri)
