from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import ResolverDep, StoreDep
from api.models import PoliciesPublic
from api.routes._params import ERRORS, PagingDep, check_sort, name_param
from kg import queries

router = APIRouter(prefix="/policies", tags=["policies"], responses=ERRORS)
SORTS = ("label", "id", "year")


@router.get("", response_model=PoliciesPublic, summary="The policies the documents cite, who issued them, and where they are cited",
            description="`issuer` matches kg:issuedBy. `region` matches a policy issued by the region (or by a body in it) "
                        "or cited by a document about a place in it; `titled=true` keeps the policy documents (cited by title in 《》); `industry` a policy cited by a document about the "
                        "industry or a narrower one; `year` a year named in the title or in a citing sentence. "
                        "Sort keys: `label`, `id`, `year`.")
def list_policies(
    store: StoreDep,
    resolver: ResolverDep,
    paging: PagingDep,
    industry: Annotated[str | None, name_param("industry", "战略性新兴产业")] = None,
    issuer: Annotated[str | None, name_param("issuing body or region", "国务院")] = None,
    region: Annotated[str | None, name_param("region", "长兴县")] = None,
    year: Annotated[int | None, Query(ge=1949, le=2100, examples=[2023])] = None,
    titled: Annotated[bool | None, Query(description="true: only policies cited by title in 《》 (documents); false: only the others",
                                         examples=[True])] = None,
) -> PoliciesPublic:
    check_sort(paging, SORTS)
    industry_iri = resolver.resolve(industry, "industry", {"Industry"}).iri if industry else None
    issuer_iri = resolver.resolve(issuer, "issuer", {"Organization", "Region"}).iri if issuer else None
    region_iri = resolver.resolve(region, "region", {"Region"}).iri if region else None
    items = queries.policies(store, industry=industry_iri, issuer=issuer_iri, region=region_iri, year=year, titled=titled)
    page = paging.page(items, {"label": lambda p: p["label"], "id": lambda p: p["id"],
                               "year": lambda p: (p["years"][-1] if p["years"] else 0, p["label"])})
    return PoliciesPublic(items=page, total=len(items), limit=paging.limit, offset=paging.offset)
