from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from api.deps import ResolverDep, StoreDep
from api.models import FirmsPublic
from api.responses import public_json
from api.routes._params import Paging, PagingDep, check_sort, name_param
from kg import indexes, queries
from kg.resolve import Resolver
from kg.store import Store

router = APIRouter(tags=["firms"])

_KINDS = (("region", "region", {"Region"}), ("chain", "chain", {"Industry"}), ("industry", "industry", {"Industry"}),
          ("designation", "designation", {"Designation"}))


@router.get("/firms", response_model=FirmsPublic,
            summary="Firms by region (through the hierarchy), chain (through partOf), industry and designation",
            description="Every filter is optional and they combine. Each firm carries the links that put it in the "
                        "answer, each with the sentences that state it. Sort keys: `label`, `id`.")
async def list_firms(
    store: StoreDep,
    resolver: ResolverDep,
    paging: PagingDep,
    region: Annotated[str | None, name_param("region", "长兴")] = None,
    chain: Annotated[str | None, name_param("industry chain", "汽车")] = None,
    industry: Annotated[str | None, name_param("industry (narrower industries and categories match too)", "新能源")] = None,
    designation: Annotated[str | None, name_param("designation held (narrower ones match too)", "专精特新“小巨人”")] = None,
) -> Response | FirmsPublic:
    check_sort(paging, queries.FIRM_SORTS)
    names = {"region": region, "chain": chain, "industry": industry, "designation": designation}
    # with the indexes built and every name found in memory the page is under a millisecond of lookups: answered
    # on the event loop and written once (kg.indexes.firm_page has no designation filter: that one goes to the store)
    if designation is None:
        found = {key: resolver.resolved(names[key], types) for key, _kind, types in _KINDS if names[key]}
        idx = indexes.ready(store) if all(c is not None for c in found.values()) else None
        if idx is not None:
            iris = {key: c.iri for key, c in found.items()}
            items, total = idx.firm_page(iris.get("region"), iris.get("chain"), iris.get("industry"), limit=paging.limit,
                                         offset=paging.offset, sort=paging.sort or "label", descending=paging.descending)
            return public_json(FirmsPublic, {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset,
                                             **{key: iris.get(key) for key in names}})
    return await run_in_threadpool(_from_store, store, resolver, paging, names)


def _from_store(store: Store, resolver: Resolver, paging: Paging, names: dict[str, str | None]) -> FirmsPublic:
    iris = {key: resolver.resolve(names[key], kind, types).iri if names[key] else None for key, kind, types in _KINDS}
    items, total = queries.firm_page(store, iris["region"], iris["chain"], iris["industry"], iris["designation"],
                                     limit=paging.limit, offset=paging.offset, sort=paging.sort or "label",
                                     descending=paging.descending)
    return FirmsPublic(items=items, total=total, limit=paging.limit, offset=paging.offset, **iris)
