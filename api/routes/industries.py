from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api.deps import ResolverDep, StoreDep
from api.models import IndustryPublic
from api.routes._params import ERRORS, id_param
from kg import queries

router = APIRouter(prefix="/industries", tags=["industries"], responses=ERRORS)


@router.get("/{id:path}", response_model=IndustryPublic,
            summary="An industry: the chain above and the tree below, its firms, regions and policies")
def get_industry(id: Annotated[str, id_param("the industry", "汽车")], store: StoreDep, resolver: ResolverDep) -> IndustryPublic:
    industry = resolver.resolve(id, "industry", {"Industry"})
    return IndustryPublic(**queries.industry(store, industry.iri))
