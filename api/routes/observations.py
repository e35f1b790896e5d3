from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import ResolverDep, StoreDep
from api.models import ObservationsPublic
from api.routes._params import ERRORS, PagingDep, check_sort, name_param
from kg import queries

router = APIRouter(prefix="/observations", tags=["observations"], responses=ERRORS)


@router.get("", response_model=ObservationsPublic, summary="Statistics as time series, ready to plot, each point with its sentence",
            description="`series` groups every matching point by subject, indicator and unit, in period order: `periods` "
                        "and `values` are the x and y of a chart. `indicator` matches as a substring, case-insensitive "
                        "(`GDP` finds 人均GDP too) unless `exact=true`; `period` is a prefix (`2023` finds 2023H1). "
                        "Sort keys for `items`: `period`, `value`, `indicator`.")
def list_observations(
    store: StoreDep,
    resolver: ResolverDep,
    paging: PagingDep,
    subject: Annotated[str | None, name_param("the entity observed", "长兴县")] = None,
    indicator: Annotated[str | None, Query(min_length=1, max_length=200, examples=["GDP"])] = None,
    period: Annotated[str | None, Query(pattern=r"^[0-9]{4}[0-9A-Za-z\-]{0,6}$", examples=["2021"])] = None,
    exact: Annotated[bool, Query(description="match the indicator exactly")] = False,
) -> ObservationsPublic:
    check_sort(paging, ("period", "value", "indicator"))
    subject_iri = resolver.resolve(subject, "subject").iri if subject else None
    points = queries.observation_points(store, subject_iri, indicator, period, exact)
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for p in points:
        groups.setdefault((p["subject"], p["indicator"], p["unit"]), []).append(p)
    names = queries.labels(store, sorted({k[0] for k in groups}))
    series = [{"subject": {"iri": s, "id": queries.entity_id(s), "label": names[s]}, "indicator": i, "unit": u,
               "periods": [p["period"] for p in pts], "values": [p["value"] for p in pts], "points": pts}
              for (s, i, u), pts in groups.items()]
    page = paging.page(points, {"period": lambda p: (p["period"] or "", p["indicator"]), "value": lambda p: p["value"],
                                "indicator": lambda p: (p["indicator"], p["period"] or "")})
    return ObservationsPublic(series=series, items=page, total=len(points), limit=paging.limit, offset=paging.offset)
