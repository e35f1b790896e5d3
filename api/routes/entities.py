from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from starlette.concurrency import run_in_threadpool

from api.deps import ResolverDep, StoreDep
from api.models import EntitiesPublic, EntityPublic, EntityRef, EntitySummary, StatementsPublic
from api.responses import public_json
from api.routes._params import ERRORS, PagingDep, check_sort, id_param
from kg import indexes, pages, queries
from kg._exceptions import NotFound
from kg.resolve import NameIndex, Resolver
from kg.store import Store
from kg.vocab import ENTITY_TYPES

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("", response_model=EntitiesPublic, summary="Search entities by name, alias or pinyin")
async def search(
    resolver: ResolverDep,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["吉利"])],
    type: Annotated[str | None, Query(pattern="^(" + "|".join(ENTITY_TYPES) + ")$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EntitiesPublic:
    # autocomplete is a fraction of a millisecond in memory: answered on the event loop, without a thread hop, when
    # the name index is built; building it (after a write, or the pinyin on first use) goes to the thread pool
    index = resolver.current()
    if index is not None and index.searchable(q):
        return _search(index, q, type, limit, offset)
    return await run_in_threadpool(lambda: _search(resolver.index, q, type, limit, offset))


def _search(index: NameIndex, q: str, type: str | None, limit: int, offset: int) -> EntitiesPublic:
    hits = index.search(q)
    found = [index.info[i] for i in hits if not type or index.info[i].type == type]
    found.sort(key=lambda c: (hits[c.iri], len(c.label), c.label, c.iri))
    page = found[offset: offset + limit]
    return EntitiesPublic(items=[EntitySummary(**c.as_dict()) for c in page], total=len(found), limit=limit, offset=offset)


@router.get("/{id:path}/evidence", response_model=StatementsPublic, responses=ERRORS,
            summary="Every statement about the entity, with document, sentence and character span",
            description="Relations both ways and observations. Sort keys: `document` (then position, the default), `predicate`, `kind`.")
def get_evidence(id: Annotated[str, id_param("the entity", "吉利")], store: StoreDep, resolver: ResolverDep,
                 paging: PagingDep) -> StatementsPublic:
    check_sort(paging, ("document", "predicate", "kind"))
    found = resolver.resolve(id, "entity")
    items = queries.statements_about(store, found.iri)
    page = paging.page(items, {"document": lambda s: (s["document"], s["start"]), "predicate": lambda s: (s["predicate"], s["start"]),
                               "kind": lambda s: (s["kind"], s["document"], s["start"])})
    return StatementsPublic(entity=EntityRef(**queries.summary(store, found.iri)), items=page, total=len(items),
                            limit=paging.limit, offset=paging.offset)


@router.get("/{id:path}", response_model=EntityPublic, responses=ERRORS, summary="One entity: labels, relations both ways with evidence, observations")
async def get_entity(id: Annotated[str, id_param("the entity", "firm/吉利长兴基地")], store: StoreDep,
                     resolver: ResolverDep) -> Response | EntityPublic:
    # answered on the event loop from the indexes when they are built (see api/routes/regions.py)
    found = resolver.resolved(id)
    idx = indexes.ready(store) if found is not None else None
    if idx is not None and pages.covers(idx, found.iri):
        return public_json(EntityPublic, pages.entity(idx, found.iri))
    return await run_in_threadpool(_entity_from_store, store, resolver, id)


def _entity_from_store(store: Store, resolver: Resolver, id: str) -> EntityPublic:
    candidate = resolver.resolve(id, "entity")
    data = queries.entity(store, candidate.iri)
    if data is None:
        raise NotFound("entity", id)
    return EntityPublic(**data)
