from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api.deps import ResolverDep, StoreDep
from api.models import EntityRef, HoldersPublic
from api.routes._params import ERRORS, PagingDep, check_sort, id_param
from kg import queries

router = APIRouter(prefix="/designations", tags=["designations"], responses=ERRORS)


@router.get("/{id:path}/holders", response_model=HoldersPublic,
            summary="Who holds a designation (or a narrower one), with the sentence that says so",
            description="Sort keys: `label`, `id`, `type`.")
def get_holders(id: Annotated[str, id_param("the designation", "专精特新“小巨人”")], store: StoreDep, resolver: ResolverDep,
                paging: PagingDep) -> HoldersPublic:
    check_sort(paging, ("label", "id", "type"))
    found = resolver.resolve(id, "designation", {"Designation"})
    items = queries.holders(store, found.iri)
    page = paging.page(items, {"label": lambda h: h["label"], "id": lambda h: h["id"], "type": lambda h: (h["type"] or "", h["label"])})
    return HoldersPublic(designation=EntityRef(**queries.summary(store, found.iri)), items=page, total=len(items),
                         limit=paging.limit, offset=paging.offset)
